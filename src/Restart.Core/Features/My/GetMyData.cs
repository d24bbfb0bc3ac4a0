using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;

namespace Restart.Core.Features.My;

/// <summary>
/// Everything the portal holds about the signed-in applicant (개인정보 열람, PIPA Art. 35; the JSON file for 전송,
/// Art. 35-2), read for the page and the download alike: one read per table, each by the person's id or their cases'
/// ids, never one per row. Only the sender's own data: the request carries no id. Both are in the access log as an
/// export by the person of their own data. ADR 0024 says what is left out and why.
/// </summary>
public static partial class GetMyData
{
    [SentBy(Roles.Applicant)]
    public sealed class Query : IQuery<Result<Model>>, IOwnDataRequest
    {
        /// <summary>The JSON file rather than the page.</summary>
        public bool AsFile { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Export;
        string? IPersonalDataRequest.Reason => AsFile ? "DataSubjectAccess: JSON" : "DataSubjectAccess: page";
    }

    /// <summary>The newest entries about the person by others that the page and file list; older ones are kept and shown on request to the office.</summary>
    public const int AccessEntriesShown = 1000;

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            var me = user.UserId;
            var account = await db.Users.AsNoTracking().Where(u => u.Id == me)
                .Select(u => new Account(u.Email, u.DisplayName, u.CreatedAt, u.EmailConfirmed, u.TwoFactorEnabled)).SingleOrDefaultAsync(cancellationToken);
            if (account is null)
            {
                return Result<Model>.NotFound();
            }

            var signIns = await db.AccountSessions.AsNoTracking().Where(s => s.UserId == me).OrderByDescending(s => s.CreatedAt)
                .Select(s => new SignIn(s.CreatedAt, s.EndedAt)).ToListAsync(cancellationToken);
            var profile = await db.ApplicantProfiles.AsNoTracking().Where(p => p.UserId == me)
                .Select(p => new { p.Name, p.BirthDate, p.Phone, p.SigunguCode, p.CreatedAt }).SingleOrDefaultAsync(cancellationToken);
            var applications = await ApplicationsAsync(me!, profile?.SigunguCode, cancellationToken);
            var consents = await db.Consents.AsNoTracking().Where(c => c.UserId == me).OrderByDescending(c => c.Id)
                .Select(c => new Consent(c.Item, c.Granted, c.TextVersion, c.At, c.IpAddress)).ToListAsync(cancellationToken);
            var referrals = await ReferralsAsync(me!, cancellationToken);
            var notices = (await db.Notices.AsNoTracking().Where(n => n.UserId == me).OrderByDescending(n => n.Id)
                    .Select(n => new { n.CreatedAt, n.Kind, n.Arguments, n.ReadAt }).ToListAsync(cancellationToken))
                .Select(n => new NoticeItem(n.CreatedAt, n.Kind, CaseEventText.Describe(n.Kind, n.Arguments), n.ReadAt)).ToList();
            var access = await AccessByOthersAsync(me!, cancellationToken);

            var personal = profile is null ? null
                : new Profile(profile.Name, profile.BirthDate, profile.Phone, profile.SigunguCode, applications.Regions.GetValueOrDefault(profile.SigunguCode), profile.CreatedAt);
            return new Model(clock.GetUtcNow().UtcDateTime, account, signIns, personal, applications.Items, consents, referrals, notices, access);
        }

        private async Task<(List<Application> Items, IReadOnlyDictionary<string, string> Regions)> ApplicationsAsync(string me, string? homeSigungu, CancellationToken cancellationToken)
        {
            var cases = await db.Cases.AsNoTracking().Where(c => c.ApplicantUserId == me).OrderBy(c => c.CreatedAt)
                .Select(c => new
                {
                    c.Id, c.Number, c.Status, c.Closure, c.CreatedAt, c.SubmittedAt, c.IneligibleReason,
                    Office = db.RegionalOffices.Where(o => o.Id == c.RegionalOfficeId).Select(o => o.Name).FirstOrDefault(),
                    Business = new Business(c.BusinessName, c.BusinessNumber, c.IndustryCode, null, c.BusinessSigunguCode, null, c.OpenedOn,
                        c.ClosureState, c.ClosedOn, c.RegularEmployees, c.ClosureReason, c.ClosureReasonDetail, c.LeasedPremises),
                    c.Track, c.DesiredMonthlyWage, c.DesiredWeeklyHours, c.CareerHistory, c.CertificatesAndSkills,
                    c.PlacedEmployer, c.PlacedOn, c.PlacedMonthlyWage, c.FoundedBusinessNumber, c.FoundedOn,
                })
                .ToListAsync(cancellationToken);
            var ids = cases.Select(c => c.Id).ToList();
            var events = (await db.CaseEvents.AsNoTracking().Where(e => ids.Contains(e.CaseId)).OrderBy(e => e.Id)
                    .Select(e => new { e.CaseId, e.At, e.From, e.To, e.ReasonCode, e.ReasonArguments, e.Reason, e.Note }).ToListAsync(cancellationToken))
                .ToLookup(e => e.CaseId, e => new TimelineItem(e.At, e.From, e.To, CaseEventText.Describe(e.ReasonCode, e.ReasonArguments, e.Reason), e.Note));
            var documents = (await db.CaseDocuments.AsNoTracking().Where(d => ids.Contains(d.CaseId)).OrderBy(d => d.UploadedAt)
                    .Select(d => new { d.CaseId, Item = new Document(d.Id, d.Kind, d.FileName, d.ContentType, d.Length, d.UploadedAt) }).ToListAsync(cancellationToken))
                .ToLookup(d => d.CaseId, d => d.Item);
            var supplements = (await db.SupplementRequests.AsNoTracking().Where(s => ids.Contains(s.CaseId)).OrderBy(s => s.RequestedAt)
                    .Select(s => new { s.CaseId, Item = new Supplement(s.Message, s.Deadline, s.RequestedAt, s.AnsweredAt, s.Answer) }).ToListAsync(cancellationToken))
                .ToLookup(s => s.CaseId, s => s.Item);
            var plans = await db.CasePlans.AsNoTracking().Where(p => ids.Contains(p.CaseId))
                .Select(p => new { p.CaseId, Item = new Plan(p.Track, p.Goals, p.AgreedAt) }).ToDictionaryAsync(p => p.CaseId, p => p.Item, cancellationToken);
            var actions = (await db.CaseActionItems.AsNoTracking().Where(a => ids.Contains(a.CaseId)).OrderBy(a => a.DueOn)
                    .Select(a => new { a.CaseId, Item = new ActionItem(a.Description, a.Owner, a.DueOn, a.DoneOn) }).ToListAsync(cancellationToken))
                .ToLookup(a => a.CaseId, a => a.Item);
            // Not the notes, the needs found or the intake written on a visit: the counselor's working record (ADR 0015).
            var counseling = (await db.CounselingSessions.AsNoTracking().Where(s => ids.Contains(s.CaseId)).OrderBy(s => s.HeldAt)
                    .Select(s => new { s.CaseId, Item = new Counseling(s.HeldAt, s.Mode, s.Topics, s.NextAppointmentAt) }).ToListAsync(cancellationToken))
                .ToLookup(s => s.CaseId, s => s.Item);
            var followUps = (await db.CaseFollowUps.AsNoTracking().Where(f => ids.Contains(f.CaseId)).OrderBy(f => f.Month)
                    .Select(f => new { f.CaseId, Item = new FollowUp(f.Month, f.DueOn, f.RecordedAt, f.StillWorking, f.MonthlyWage, f.NeedsMoreHelp) }).ToListAsync(cancellationToken))
                .ToLookup(f => f.CaseId, f => f.Item);
            var occupations = (await db.Set<CaseDesiredOccupation>().AsNoTracking().Where(o => ids.Contains(o.CaseId)).Select(o => new { o.CaseId, o.Code }).ToListAsync(cancellationToken))
                .ToLookup(o => o.CaseId, o => o.Code);
            var regions = (await db.Set<CaseDesiredRegion>().AsNoTracking().Where(r => ids.Contains(r.CaseId)).Select(r => new { r.CaseId, r.SigunguCode }).ToListAsync(cancellationToken))
                .ToLookup(r => r.CaseId, r => r.SigunguCode);

            // Reference names, one read per list for every code the person's records name.
            var sigunguCodes = regions.SelectMany(r => r).Concat(cases.Select(c => c.Business.SigunguCode)).Append(homeSigungu).OfType<string>().Distinct().ToList();
            var regionNames = await CaseReading.RegionNamesAsync(db, sigunguCodes, cancellationToken);
            var industryCodes = cases.Select(c => c.Business.IndustryCode).OfType<string>().Distinct().ToList();
            var industries = await db.Industries.AsNoTracking().Where(i => i.Revision == ReferenceDataSeeder.IndustryRevision && industryCodes.Contains(i.Code))
                .ToDictionaryAsync(i => i.Code, i => i.NameKo, cancellationToken);
            var occupationCodes = occupations.SelectMany(o => o).Distinct().ToList();
            var occupationNames = await db.Occupations.AsNoTracking().Where(o => o.Revision == ReferenceDataSeeder.OccupationRevision && occupationCodes.Contains(o.Code))
                .ToDictionaryAsync(o => o.Code, o => o.Name, cancellationToken);
            var items = cases.Select(c => new Application(
                c.Id, c.Number, c.Status, c.Closure, c.Office, c.CreatedAt, c.SubmittedAt,
                c.Business with
                {
                    Industry = c.Business.IndustryCode is { } industry ? industries.GetValueOrDefault(industry) : null,
                    Region = c.Business.SigunguCode is { } sigungu ? regionNames.GetValueOrDefault(sigungu) : null,
                },
                new Wishes(c.Track, c.DesiredMonthlyWage, c.DesiredWeeklyHours,
                    [.. occupations[c.Id].Select(code => new Coded(code, occupationNames.GetValueOrDefault(code)))],
                    [.. regions[c.Id].Select(code => new Coded(code, regionNames.GetValueOrDefault(code)))],
                    c.CareerHistory, c.CertificatesAndSkills),
                c.IneligibleReason is { } why ? Text.Get($"IneligibleReason.{why}") : null,
                c.PlacedEmployer is null && c.FoundedBusinessNumber is null ? null
                    : new Outcome(c.PlacedEmployer, c.PlacedOn, c.PlacedMonthlyWage, c.FoundedBusinessNumber, c.FoundedOn),
                [.. events[c.Id]], [.. documents[c.Id]], [.. supplements[c.Id]], plans.GetValueOrDefault(c.Id),
                [.. actions[c.Id]], [.. counseling[c.Id]], [.. followUps[c.Id]])).ToList();
            return (items, regionNames);
        }

        private async Task<List<Referral>> ReferralsAsync(string me, CancellationToken cancellationToken)
        {
            var rows = await db.Referrals.AsNoTracking().Where(r => r.ApplicantUserId == me).OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id)
                .Select(r => new
                {
                    r.Id, r.JobPostId, r.Status, r.Reason, r.CreatedAt, r.InterestedAt, r.ApplicantAcceptedAt, r.InterviewOn, r.HiredOn, r.HiredMonthlyWage,
                    Title = r.JobPostId != null
                        ? db.JobPosts.Where(j => j.Id == r.JobPostId).Select(j => j.Title).FirstOrDefault()
                        : db.Programmes.Where(p => p.Id == r.ProgrammeId).Select(p => p.Title).FirstOrDefault(),
                    Organization = r.CompanyId != null
                        ? db.Companies.Where(c => c.Id == r.CompanyId).Select(c => c.Name).FirstOrDefault()
                        : db.Agencies.Where(a => a.Id == r.AgencyId).Select(a => a.Name).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            var steps = (await (from s in db.ReferralSteps.AsNoTracking()
                                join r in db.Referrals on s.ReferralId equals r.Id
                                where r.ApplicantUserId == me
                                orderby s.At, s.Id
                                select new { s.ReferralId, s.Status, s.At, s.Reason }).ToListAsync(cancellationToken))
                .ToLookup(s => s.ReferralId, s => new ReferralStep(s.Status, s.At, s.Reason));
            return [.. rows.Select(r => new Referral(r.Title ?? "", r.Organization ?? "", r.JobPostId is not null, r.Status, r.Reason, r.CreatedAt, r.InterestedAt,
                r.ApplicantAcceptedAt, r.InterviewOn, r.HiredOn, r.HiredMonthlyWage, [.. steps[r.Id]]))];
        }

        /// <summary>The access log's entries about the person written by someone else, newest first: read through (Subject, Id).</summary>
        private async Task<List<Access>> AccessByOthersAsync(string me, CancellationToken cancellationToken)
        {
            var entries = await (from e in db.AccessLog.AsNoTracking()
                                 where e.Subject == me && (e.ActorUserId == null || e.ActorUserId != me)
                                 orderby e.Id descending
                                 select new { e.At, e.ActorUserId, e.Action, e.Operation, e.Outcome, e.Reason })
                .Take(AccessEntriesShown).ToListAsync(cancellationToken);
            var actorIds = entries.Select(e => e.ActorUserId).OfType<string>().Distinct().ToList();
            var actors = await (from u in db.Users.AsNoTracking()
                                where actorIds.Contains(u.Id)
                                select new
                                {
                                    u.Id,
                                    Organization = u.RegionalOffice != null ? u.RegionalOffice.Name : u.Agency != null ? u.Agency.Name : u.Company != null ? u.Company.Name : null,
                                    Role = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).FirstOrDefault(),
                                })
                .ToDictionaryAsync(a => a.Id, cancellationToken);
            return [.. entries.Select(e => e.ActorUserId is { } actor && actors.TryGetValue(actor, out var who)
                ? new Access(e.At, who.Organization, who.Role, e.Action, e.Operation, e.Outcome, e.Reason)
                : new Access(e.At, null, null, e.Action, e.Operation, e.Outcome, e.Reason))];
        }
    }
}
