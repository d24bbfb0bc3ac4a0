using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Employer;

/// <summary>
/// One person referred to the employer: a summary, the post, the steps so far and the results the employer may
/// record now. The phone and e-mail are shown only once the person has accepted the referral. Every view is
/// recorded in the access log under the person's id.
/// </summary>
public static class GetCandidate
{
    [SentBy(Roles.Employer)]
    public sealed class Query : IQuery<Result<Model>>, IPersonalDataRequest
    {
        public Guid Id { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
        string IPersonalDataRequest.Subject => $"referral:{Id}";
    }

    /// <summary>Reached only after the person accepted.</summary>
    public sealed record Contact(string Phone, string? Email);

    public sealed record Step(ReferralStatus Status, DateTime At, string? Reason);

    public sealed record Model(
        Guid Id,
        Guid Version,
        string Name,
        CandidateReading.Summary Summary,
        Guid PostId,
        string PostTitle,
        ReferralStatus Status,
        DateTime? AcceptedAt,
        Contact? Contact,
        DateOnly? InterviewOn,
        DateOnly? HiredOn,
        int? HiredMonthlyWage,
        string? Reason,
        IReadOnlyList<Step> Steps)
    {
        public bool Allows(ReferralStatus to) => ReferralLifecycle.Allows(Status, to, isJob: true);
    }

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, AccessLogSubject subject, TimeProvider clock) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (user.CompanyId is not { } companyId)
            {
                return Result<Model>.Forbidden();
            }

            // Another company's referral, or a person who withdrew the consent, answers as if there were none.
            var r = await db.CandidatesOf(companyId).AsNoTracking()
                .Where(r => r.Id == request.Id)
                .Select(r => new
                {
                    Referral = r,
                    PostTitle = db.JobPosts.Where(j => j.Id == r.JobPostId).Select(j => j.Title).First(),
                    // One column per subquery: a whole row in a projection becomes ROW_NUMBER() over the table on SQL Server.
                    Name = db.ApplicantProfiles.Where(p => p.UserId == r.ApplicantUserId).Select(p => p.Name).FirstOrDefault(),
                    Phone = db.ApplicantProfiles.Where(p => p.UserId == r.ApplicantUserId).Select(p => p.Phone).FirstOrDefault(),
                    Email = db.Users.Where(u => u.Id == r.ApplicantUserId).Select(u => u.Email).FirstOrDefault(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (r is null)
            {
                return Result<Model>.NotFound();
            }

            var referral = r.Referral;
            subject.Set(referral.ApplicantUserId);
            var steps = await db.ReferralSteps.AsNoTracking().Where(s => s.ReferralId == referral.Id).OrderBy(s => s.At).ThenBy(s => s.Id)
                .Select(s => new Step(s.Status, s.At, s.Reason)).ToListAsync(cancellationToken);
            var summaries = await CandidateReading.SummariesAsync(db, [referral.CaseId], clock.Today(), cancellationToken);
            var accepted = referral.ApplicantAcceptedAt is not null;
            return new Model(
                referral.Id,
                referral.Version,
                r.Name ?? "",
                summaries[referral.CaseId],
                referral.JobPostId!.Value,
                r.PostTitle,
                referral.Status,
                referral.ApplicantAcceptedAt,
                accepted && r.Phone is not null ? new Contact(r.Phone, r.Email) : null,
                referral.InterviewOn,
                referral.HiredOn,
                referral.HiredMonthlyWage,
                referral.Reason,
                steps);
        }
    }
}
