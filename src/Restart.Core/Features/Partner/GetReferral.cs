using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Domain.Eligibility;

namespace Restart.Core.Features.Partner;

/// <summary>
/// One referral to the agency (/Partner/Referrals/{id}): the person and how to reach them, their track and
/// plan, the programme, the steps so far and the answers the agency may give now. Opening it is recorded in
/// the personal-data access log; a person who withdrew consent, or another agency's referral, is not found.
/// </summary>
public static class GetReferral
{
    [SentBy(Roles.AgencyPartner)]
    public sealed class Query : IQuery<Result<Model>>, IPersonalDataRequest
    {
        public Guid Id { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
        string IPersonalDataRequest.Subject => $"referral:{Id}";
    }

    /// <summary>The answers a partner gives, in the order the page offers them.</summary>
    public static readonly IReadOnlyList<ReferralStatus> Answers = [ReferralStatus.Accepted, ReferralStatus.Declined, ReferralStatus.Completed, ReferralStatus.Dropped];

    public sealed record Person(string Name, int Age, string Phone, string? Email);

    public sealed record Step(ReferralStatus Status, DateTime At, string? By, string? Reason);

    public sealed record Model(
        Guid Id,
        ReferralStatus Status,
        string? Reason,
        DateTime CreatedAt,
        DateTime UpdatedAt,
        Guid Version,
        Person Person,
        Track? Track,
        string? PlanGoals,
        Guid ProgrammeId,
        string Programme,
        ProgrammeKind ProgrammeKind,
        IReadOnlyList<Step> Steps,
        IReadOnlyList<ReferralStatus> AllowedAnswers)
    {
        public bool Allows(ReferralStatus answer) => AllowedAnswers.Contains(answer);
    }

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, AccessLogSubject subject, TimeProvider clock) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (user.AgencyId is not { } agencyId)
            {
                return Result<Model>.Forbidden();
            }

            var found = await (
                from r in db.Referrals.SeenBy(db, agencyId)
                where r.Id == request.Id
                join g in db.Programmes on r.ProgrammeId equals g.Id
                join c in db.Cases on r.CaseId equals c.Id
                join p in db.ApplicantProfiles on r.ApplicantUserId equals p.UserId
                select new
                {
                    r.Id, r.Status, r.Reason, r.CreatedAt, r.UpdatedAt, r.Version, r.ApplicantUserId,
                    p.Name, p.BirthDate, p.Phone,
                    Email = db.Users.Where(u => u.Id == r.ApplicantUserId).Select(u => u.Email).FirstOrDefault(),
                    CaseTrack = c.Track,
                    PlanTrack = db.CasePlans.Where(x => x.CaseId == c.Id).Select(x => (Track?)x.Track).FirstOrDefault(),
                    PlanGoals = db.CasePlans.Where(x => x.CaseId == c.Id).Select(x => x.Goals).FirstOrDefault(),
                    ProgrammeId = g.Id, g.Title, g.Kind,
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return Result<Model>.NotFound();
            }

            subject.Set(found.ApplicantUserId);
            var steps = await (
                from s in db.ReferralSteps.AsNoTracking()
                where s.ReferralId == found.Id
                orderby s.At, s.Id
                select new Step(s.Status, s.At, db.Users.Where(u => u.Id == s.ByUserId).Select(u => u.DisplayName).FirstOrDefault(), s.Reason))
                .ToListAsync(cancellationToken);
            return new Model(
                found.Id, found.Status, found.Reason, found.CreatedAt, found.UpdatedAt, found.Version,
                new Person(found.Name, PreCheck.AgeOn(found.BirthDate, clock.Today()), found.Phone, found.Email),
                found.PlanTrack ?? found.CaseTrack,
                found.PlanGoals,
                found.ProgrammeId, found.Title, found.Kind,
                steps,
                [.. Answers.Where(a => ReferralLifecycle.Allows(found.Status, a, isJob: false))]);
        }
    }
}
