using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Partner;

/// <summary>A partner agency publishes a draft programme (it opens for referrals) or closes an open one.</summary>
public static class ChangeProgrammeStatus
{
    /// <summary>Draft → Open; refused once the application deadline has passed.</summary>
    [SentBy(Roles.AgencyPartner)]
    public sealed class Publish : ICommand<Result>
    {
        public Guid Id { get; set; }
        public Guid Version { get; set; }
    }

    /// <summary>Open → Closed.</summary>
    [SentBy(Roles.AgencyPartner)]
    public sealed class Close : ICommand<Result>
    {
        public Guid Id { get; set; }
        public Guid Version { get; set; }
    }

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Publish, Result>, IRequestHandler<Close, Result>
    {
        public async Task<Result> Handle(Publish request, CancellationToken cancellationToken)
        {
            var (programme, refusal) = await OpenAsync(request.Id, request.Version, cancellationToken);
            if (programme is null)
            {
                return refusal!;
            }

            if (programme.Status != OfferStatus.Draft)
            {
                return Result.Invalid("", Text.Get("Programme.NotDraft"));
            }

            if (programme.ApplyUntil < clock.Today())
            {
                return Result.Invalid("", Text.Get("Programme.PublishDeadlinePassed"));
            }

            programme.Status = OfferStatus.Open;
            programme.PublishedAt = clock.GetUtcNow().UtcDateTime;
            return Result.Ok();
        }

        public async Task<Result> Handle(Close request, CancellationToken cancellationToken)
        {
            var (programme, refusal) = await OpenAsync(request.Id, request.Version, cancellationToken);
            if (programme is null)
            {
                return refusal!;
            }

            if (programme.Status != OfferStatus.Open)
            {
                return Result.Invalid("", Text.Get("Programme.NotOpen"));
            }

            programme.Status = OfferStatus.Closed;
            programme.ClosedAt = clock.GetUtcNow().UtcDateTime;
            return Result.Ok();
        }

        /// <summary>The agency's own programme as the page showed it: another agency's is not found, a changed one a conflict.</summary>
        private async Task<(Programme? Programme, Result? Refusal)> OpenAsync(Guid id, Guid version, CancellationToken cancellationToken)
        {
            if (user.AgencyId is not { } agencyId)
            {
                return (null, Result.Forbidden());
            }

            var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == id && p.AgencyId == agencyId, cancellationToken);
            if (programme is null)
            {
                return (null, Result.NotFound());
            }

            if (programme.Version != version)
            {
                // Someone saving between this read and the commit is caught by the version token at save.
                return (null, Result.Conflict(Text.Get("Conflict.EditedByAnother")));
            }

            return (programme, null);
        }
    }
}
