using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Matching;

namespace Restart.Core.Features.Cases;

/// <summary>
/// The matching engine's top jobs and programmes for a case, with their reasons and the qualification gaps, for
/// staff of its office; with each offer the referral already going on for it, so the page offers "refer" only
/// where it would be accepted. Access-logged: the matches are read from the person's wishes.
/// </summary>
public static class GetCaseMatches
{
    public const int JobsShown = 5;
    public const int ProgrammesShown = 5;

    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Query : IQuery<Result<Model>>, IPersonalDataRequest
    {
        public Guid CaseId { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
        string IPersonalDataRequest.Subject => $"case:{CaseId}";
    }

    /// <param name="Recommendations">What the engine ranked, best first.</param>
    /// <param name="Ongoing">The status of the referral going on for each offer (by programme or post id).</param>
    /// <param name="ThirdPartyConsent">Whether the person's latest third-party decision is a yes: without it nobody can be referred.</param>
    public sealed record Model(Recommendations Recommendations, IReadOnlyDictionary<Guid, ReferralStatus> Ongoing, bool ThirdPartyConsent);

    internal sealed class Handler(RestartDbContext db, StaffCases staffCases, AccessLogSubject subject, IMatchEngine engine) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (staffCases.Staff is not { } staff)
            {
                return Result<Model>.Forbidden();
            }

            var found = await db.Cases.AsNoTracking().Where(c => c.Id == request.CaseId && c.Status != CaseStatus.Draft)
                .Select(c => new { c.RegionalOfficeId, c.ApplicantUserId }).SingleOrDefaultAsync(cancellationToken);
            if (found is null || !CaseWork.Sees(staff, found.RegionalOfficeId))
            {
                return Result<Model>.NotFound();
            }

            subject.Set(found.ApplicantUserId);
            var recommendations = await engine.RecommendAsync(request.CaseId, JobsShown, ProgrammesShown, cancellationToken);
            var ongoing = await db.Referrals.AsNoTracking()
                .Where(r => r.CaseId == request.CaseId && ReferralLifecycle.Active.Contains(r.Status))
                .Select(r => new { Offer = r.ProgrammeId ?? r.JobPostId, r.Status })
                .ToListAsync(cancellationToken);
            var consent = await db.Consents.AsNoTracking().Where(c => c.UserId == found.ApplicantUserId && c.Item == ConsentItem.ThirdParty)
                .OrderByDescending(c => c.Id).Select(c => (bool?)c.Granted).FirstOrDefaultAsync(cancellationToken);
            return new Model(recommendations,
                ongoing.Where(o => o.Offer is not null).GroupBy(o => o.Offer!.Value).ToDictionary(g => g.Key, g => g.Max(o => o.Status)),
                consent == true);
        }
    }
}
