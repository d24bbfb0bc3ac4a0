using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;

namespace Restart.Core.Common.Behaviours;

/// <summary>
/// One transaction per command, opened inside the provider's execution strategy so a retrying strategy
/// replays the whole command. Handlers change tracked entities and never call SaveChanges themselves.
/// A failed result rolls everything back; a concurrency conflict becomes a Conflict result.
/// </summary>
public sealed class UnitOfWorkBehaviour<TRequest, TResponse>(RestartDbContext db, AfterCommit afterCommit) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = typeof(TRequest).GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!IsCommand)
        {
            return await next();
        }

        var strategy = db.Database.CreateExecutionStrategy();
        var attempt = 0;
        return await strategy.ExecuteAsync(async () =>
        {
            if (attempt++ > 0)
            {
                db.ChangeTracker.Clear();
                afterCommit.Restart();
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var response = await next();
            if (response is Result { Succeeded: false })
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                afterCommit.Clear();
                await afterCommit.RunAfterTransactionAsync();
                return response;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || Database.IsUniqueViolation(ex))
            {
                // Someone saved first, or the same form arrived twice at once (a double tap, a second tab).
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                afterCommit.Clear();
                await afterCommit.RunAfterTransactionAsync();
                return Failure<TResponse>.Of(ResultStatus.Conflict, [new FieldError("", Text.Get("Conflict.EditedByAnother"))]);
            }
            catch (OfferFullException)
            {
                // Another referral took the last place between this command's check and its save (ADR 0019).
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                afterCommit.Clear();
                return Failure<TResponse>.Of(ResultStatus.Conflict, [new FieldError("", Text.Get("Referral.OfferFull"))]);
            }

            await transaction.CommitAsync(cancellationToken);
            await afterCommit.RunAsync();
            await afterCommit.RunAfterTransactionAsync();
            return response;
        });
    }
}
