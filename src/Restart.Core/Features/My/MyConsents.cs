using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.My;

/// <summary>
/// The applicant's consents: the current answer per item with its text version, and every decision
/// made. The optional and third-party consents can be given or withdrawn here; the required one only
/// ends with the account.
/// </summary>
public static class MyConsents
{
    [SentBy(Roles.Applicant)]
    public sealed class Query : IQuery<Result<Model>>, IOwnDataRequest
    {
        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
    }

    public sealed record Decision(ConsentItem Item, bool Granted, string TextVersion, DateTime At, string? IpAddress);

    public sealed record Model(IReadOnlyDictionary<ConsentItem, Decision?> Current, IReadOnlyList<Decision> History);

    [SentBy(Roles.Applicant)]
    public sealed class Change : ICommand<Result>, IOwnDataRequest
    {
        public ConsentItem Item { get; set; }
        public bool Grant { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Change;
    }

    public sealed class ChangeValidator : AbstractValidator<Change>
    {
        public ChangeValidator() =>
            RuleFor(x => x.Item).Must(i => i is ConsentItem.Optional or ConsentItem.ThirdParty).WithMessage(_ => Text.Get("Consent.RequiredStays"));
    }

    internal sealed class QueryHandler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            var history = await db.Consents.AsNoTracking().Where(c => c.UserId == user.UserId).OrderByDescending(c => c.Id)
                .Select(c => new Decision(c.Item, c.Granted, c.TextVersion, c.At, c.IpAddress)).ToListAsync(cancellationToken);
            var current = Enum.GetValues<ConsentItem>().ToDictionary(item => item, item => history.FirstOrDefault(d => d.Item == item));
            return new Model(current, history);
        }
    }

    internal sealed class ChangeHandler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Change, Result>
    {
        public async Task<Result> Handle(Change request, CancellationToken cancellationToken)
        {
            var userId = user.UserId!;
            db.Consents.Add(ConsentRecords.New(userId, request.Item, request.Grant, user.IpAddress, clock));
            if (request.Item == ConsentItem.Optional && !request.Grant)
            {
                // Withdrawing the optional consent destroys the optional items at once.
                await foreach (var held in db.Cases.Where(c => c.ApplicantUserId == userId && (c.CareerHistory != null || c.CertificatesAndSkills != null))
                    .AsAsyncEnumerable().WithCancellation(cancellationToken))
                {
                    held.CareerHistory = null;
                    held.CertificatesAndSkills = null;
                }
            }

            return Result.Ok();
        }
    }
}
