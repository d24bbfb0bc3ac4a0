using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>
/// The counselor (or the office's manager) refers the person to a programme or a job post: a referral in
/// Referred, with who and when, and a line on the case's timeline. Only with the person's third-party consent
/// (제3자 제공), only to an open offer before its deadline with a place left, and never twice at once for the
/// same offer; a suggestion already there (matching's, or the person's "interested" mark) is moved on rather
/// than duplicated. The agency's or company's accounts are told. ADR 0019.
/// </summary>
public static class ReferToOffer
{
    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Command : CaseCommand
    {
        public Guid? ProgrammeId { get; set; }
        public Guid? JobPostId { get; set; }
    }

    public sealed class Validator : CaseCommandValidator<Command>
    {
        public Validator() =>
            RuleFor(x => x).Must(x => (x.ProgrammeId is null) != (x.JobPostId is null)).WithMessage(_ => Text.Get("Referral.OfferRequired"));
    }

    internal sealed class Handler(StaffCases cases, RestartDbContext db, TimeProvider clock, ReferralMoves moves) : IRequestHandler<Command, Result>
    {
        private sealed record Offer(Guid Id, Guid OrganizationId, OfferStatus Status, DateOnly From, DateOnly Until, int Taken, int Capacity);

        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var (theCase, staff, refusal) = await cases.OpenAsync(request, CaseAction.Refer, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }

            var offer = request.ProgrammeId is { } programmeId
                ? await db.Programmes.AsNoTracking().Where(p => p.Id == programmeId)
                    .Select(p => new Offer(p.Id, p.AgencyId, p.Status, p.ApplyFrom, p.ApplyUntil, p.PlacesTaken, p.Capacity)).SingleOrDefaultAsync(cancellationToken)
                : await db.JobPosts.AsNoTracking().Where(j => j.Id == request.JobPostId)
                    .Select(j => new Offer(j.Id, j.CompanyId, j.Status, j.OpensOn, j.ClosesOn, j.OpeningsTaken, j.Openings)).SingleOrDefaultAsync(cancellationToken);
            if (offer is null)
            {
                return Result.NotFound();
            }

            // The person's latest decision on third-party provision must be a yes: partners see nobody without it.
            var applicant = theCase!.ApplicantUserId;
            var consents = await db.Consents.AsNoTracking().Where(c => c.UserId == applicant && c.Item == ConsentItem.ThirdParty)
                .OrderByDescending(c => c.Id).Select(c => (bool?)c.Granted).FirstOrDefaultAsync(cancellationToken);
            if (consents != true)
            {
                return Result.Invalid("", Text.Get("Referral.NoThirdPartyConsent"));
            }

            var today = clock.Today();
            if (offer.Status != OfferStatus.Open || today < offer.From || today > offer.Until)
            {
                return Result.Invalid("", Text.Get("Referral.OfferClosed"));
            }

            // Read here to answer at once; taken for certain (atomically) when the referral is saved (PlaceCounters).
            if (offer.Taken >= offer.Capacity)
            {
                return Result.Invalid("", Text.Get("Referral.OfferFull"));
            }

            var existing = await db.Referrals
                .Where(r => r.CaseId == theCase.Id && (r.ProgrammeId == request.ProgrammeId && r.JobPostId == request.JobPostId)
                    && ReferralLifecycle.Active.Contains(r.Status))
                .FirstOrDefaultAsync(cancellationToken);
            if (existing is not null && existing.Status != ReferralStatus.Suggested)
            {
                return Result.Invalid("", Text.Get("Referral.AlreadyActive"));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var referral = existing ?? new Referral
            {
                CaseId = theCase.Id,
                ApplicantUserId = applicant,
                RegionalOfficeId = theCase.RegionalOfficeId!.Value,
                ProgrammeId = request.ProgrammeId,
                AgencyId = request.ProgrammeId is null ? null : offer.OrganizationId,
                JobPostId = request.JobPostId,
                CompanyId = request.JobPostId is null ? null : offer.OrganizationId,
                Status = ReferralStatus.Suggested,
                CreatedAt = now,
                CreatedByUserId = staff.UserId,
                UpdatedAt = now,
            };
            if (existing is null)
            {
                db.Referrals.Add(referral);
            }

            await moves.MoveAsync(referral, ReferralStatus.Referred, staff.UserId, now, null, cancellationToken);
            var named = await moves.OfferAsync(referral, cancellationToken);
            theCase.RecordReferral(named.Title, named.Organization, staff.UserId, now);
            return Result.Ok();
        }
    }
}
