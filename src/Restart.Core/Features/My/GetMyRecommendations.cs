using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Matching;

namespace Restart.Core.Features.My;

/// <summary>
/// The applicant's recommendations (/My/Recommendations): the jobs and programmes the matching engine ranks for
/// their own active case, each with what matched and what is missing in their language, the qualifications they
/// lack with the programmes that lead to them, and which offers they marked or were referred to. The query takes
/// no case id: it reads the signed-in person's case, so nobody sees anyone else's.
/// </summary>
public static class GetMyRecommendations
{
    [SentBy(Roles.Applicant)]
    public sealed class Query : IQuery<Result<Model>>, IOwnDataRequest
    {
        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
    }

    /// <summary>Where the person's application stands, as far as recommendations go.</summary>
    public enum Standing
    {
        /// <summary>No application yet.</summary>
        NotApplied,
        /// <summary>An application saved but not submitted.</summary>
        Draft,
        /// <summary>The latest case is closed or found ineligible.</summary>
        Ended,
        /// <summary>An active case: recommendations are shown.</summary>
        Active,
    }

    /// <summary>What the person did about an offer: nothing yet, marked it, or staff referred them (see /My/Referrals).</summary>
    public enum Mark
    {
        None,
        Interested,
        Referred,
    }

    /// <summary>One factor in the reader's language; <see cref="Met"/> false for what is missing.</summary>
    public sealed record Reason(string Text, bool Met);

    public sealed record JobItem(Guid Id, string Title, string Company, string Region, int MonthlyWage, DateOnly ClosesOn, int Score, IReadOnlyList<Reason> Reasons, Mark Mark);

    public sealed record ProgrammeItem(Guid Id, string Title, string Agency, ProgrammeKind Kind, DateOnly ApplyUntil, int Score, IReadOnlyList<Reason> Reasons, Mark Mark);

    public sealed record Gap(string Qualification, IReadOnlyList<OfferRef> Programmes, IReadOnlyList<OfferRef> JobsUnlocked);

    public sealed record Model(Standing Standing, bool HasCounselor, IReadOnlyList<JobItem> Jobs, IReadOnlyList<ProgrammeItem> Programmes, IReadOnlyList<Gap> Gaps)
    {
        public static Model Without(Standing standing) => new(standing, false, [], [], []);
    }

    /// <summary>How many of each the page shows: the best, not a list to page through.</summary>
    public const int JobsShown = 20;

    public const int ProgrammesShown = 10;

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, IMatchEngine engine) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            var userId = user.UserId!;
            var latest = await db.Cases.AsNoTracking().LatestSubmittedOf(userId)
                .Select(c => new { c.Id, c.Status, c.AssignedCounselorId }).FirstOrDefaultAsync(cancellationToken);
            if (latest is null || !CaseLifecycle.IsActive(latest.Status))
            {
                var draft = await db.Cases.AnyAsync(c => c.ApplicantUserId == userId && c.Status == CaseStatus.Draft, cancellationToken);
                return Model.Without(draft ? Standing.Draft : latest is null ? Standing.NotApplied : Standing.Ended);
            }

            var found = await engine.RecommendAsync(latest.Id, JobsShown, ProgrammesShown, cancellationToken);
            var marks = await MarksAsync(latest.Id, cancellationToken);
            var regions = await RegionNamesAsync([.. found.Jobs.Select(j => j.SigunguCode).Distinct()], cancellationToken);
            return new Model(
                Standing.Active,
                latest.AssignedCounselorId is not null,
                [.. found.Jobs.Select(j => new JobItem(j.JobPostId, j.Title, j.CompanyName, regions.GetValueOrDefault(j.SigunguCode, ""), j.MonthlyWage, j.ClosesOn, j.Score,
                    Describe(j.Reasons), marks.GetValueOrDefault(j.JobPostId)))],
                [.. found.Programmes.Select(p => new ProgrammeItem(p.ProgrammeId, p.Title, p.AgencyName, p.Kind, p.ApplyUntil, p.Score,
                    Describe(p.Reasons), marks.GetValueOrDefault(p.ProgrammeId)))],
                [.. found.Gaps.Select(g => new Gap(g.QualificationName, g.Programmes, g.JobsUnlocked))]);
        }

        /// <summary>Put into words here, in the reader's culture: what matched first, then what is missing.</summary>
        private static List<Reason> Describe(IReadOnlyList<MatchReason> reasons) =>
            [.. reasons.OrderByDescending(r => r.Met).Select(r => new Reason(MatchReasonText.Describe(r), r.Met))];

        /// <summary>The case's marks and referrals under way, by offer, in one read of the (CaseId, …) index.</summary>
        private async Task<Dictionary<Guid, Mark>> MarksAsync(Guid caseId, CancellationToken cancellationToken)
        {
            var rows = await db.Referrals.AsNoTracking()
                .Where(r => r.CaseId == caseId && ((r.Status == ReferralStatus.Suggested && r.InterestedAt != null) || ApplicantOffers.UnderWay.Contains(r.Status)))
                .Select(r => new { Offer = r.JobPostId ?? r.ProgrammeId, r.Status }).ToListAsync(cancellationToken);
            return rows.Where(r => r.Offer is not null).GroupBy(r => r.Offer!.Value)
                .ToDictionary(g => g.Key, g => g.Any(r => r.Status != ReferralStatus.Suggested) ? Mark.Referred : Mark.Interested);
        }

        private async Task<Dictionary<string, string>> RegionNamesAsync(List<string> codes, CancellationToken cancellationToken) =>
            await (from s in db.Sigungus
                   join d in db.Sidos on s.SidoCode equals d.Code
                   where codes.Contains(s.Code)
                   select new { s.Code, Name = d.Name + " " + s.Name }).ToDictionaryAsync(r => r.Code, r => r.Name, cancellationToken);
    }
}
