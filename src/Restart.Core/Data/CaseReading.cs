using Microsoft.EntityFrameworkCore;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using static Restart.Core.Features.Cases.GetCase;

namespace Restart.Core.Data;

/// <summary>The parts of a case page read beside the case itself: one query each, never one per row.</summary>
internal static class CaseReading
{
    public sealed record Names(string? Counselor, string? BusinessRegion, IReadOnlyList<string> Occupations, IReadOnlyList<string> Regions);

    public sealed record Parts(
        IReadOnlyList<TimelineItem> Timeline,
        IReadOnlyList<DocumentItem> Documents,
        IReadOnlyList<Session> Sessions,
        Plan? Plan,
        IReadOnlyList<ActionItem> ActionItems,
        IReadOnlyList<FollowUp> FollowUps,
        IReadOnlyList<Supplement> Supplements);

    /// <summary>"서울특별시 성동구" for each 시·군·구 code.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> RegionNamesAsync(RestartDbContext db, IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        codes.Count == 0
            ? new Dictionary<string, string>()
            : await (from g in db.Sigungus.AsNoTracking()
                     join s in db.Sidos on g.SidoCode equals s.Code
                     where codes.Contains(g.Code)
                     select new { g.Code, Name = s.Name + " " + g.Name })
                .ToDictionaryAsync(r => r.Code, r => r.Name, cancellationToken);

    public static async Task<Names> NamesAsync(RestartDbContext db, Case theCase, CancellationToken cancellationToken)
    {
        var counselor = theCase.AssignedCounselorId is { } id
            ? await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;
        var occupationCodes = theCase.DesiredOccupations.Select(o => o.Code).ToList();
        var occupations = await db.Occupations.AsNoTracking()
            .Where(o => o.Revision == ReferenceDataSeeder.OccupationRevision && occupationCodes.Contains(o.Code))
            .Select(o => o.Code + " " + o.Name).ToListAsync(cancellationToken);
        var regionCodes = theCase.DesiredRegions.Select(r => r.SigunguCode).Append(theCase.BusinessSigunguCode).OfType<string>().ToList();
        var regions = await RegionNamesAsync(db, regionCodes, cancellationToken);
        return new Names(
            counselor,
            theCase.BusinessSigunguCode is { } b ? regions.GetValueOrDefault(b) : null,
            occupations,
            [.. theCase.DesiredRegions.Select(r => regions.GetValueOrDefault(r.SigunguCode, r.SigunguCode))]);
    }

    public static async Task<Parts> ReadAsync(RestartDbContext db, Guid caseId, string readerId, DateTime now, CancellationToken cancellationToken)
    {
        var events = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.At, e.From, e.To, e.ReasonCode, e.ReasonArguments, e.Reason, e.Note, Actor = db.Users.Where(u => u.Id == e.ActorUserId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var documents = await db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == caseId).OrderBy(d => d.UploadedAt)
            .Select(d => new DocumentItem(d.Id, d.Kind, d.FileName, d.ContentType, d.Length, d.UploadedAt)).ToListAsync(cancellationToken);
        var sessions = await db.CounselingSessions.AsNoTracking().Where(s => s.CaseId == caseId).OrderByDescending(s => s.HeldAt)
            .Select(s => new { Session = s, Author = db.Users.Where(u => u.Id == s.AuthorUserId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var visitRegions = await RegionNamesAsync(db, [.. sessions.Select(s => s.Session.VisitSigunguCode).OfType<string>().Distinct()], cancellationToken);
        var plan = await db.CasePlans.AsNoTracking().Where(p => p.CaseId == caseId)
            .Select(p => new Plan(p.Track, p.Goals, p.AgreedAt, db.Users.Where(u => u.Id == p.AgreedByUserId).Select(u => u.DisplayName).FirstOrDefault() ?? ""))
            .SingleOrDefaultAsync(cancellationToken);
        var items = await db.CaseActionItems.AsNoTracking().Where(i => i.CaseId == caseId).OrderBy(i => i.DueOn)
            .Select(i => new ActionItem(i.Id, i.SessionId, i.Description, i.Owner, i.DueOn, i.DoneOn)).ToListAsync(cancellationToken);
        var followUps = await db.CaseFollowUps.AsNoTracking().Where(f => f.CaseId == caseId).OrderBy(f => f.Month)
            .Select(f => new FollowUp(f.Month, f.DueOn, f.RecordedAt, f.StillWorking, f.MonthlyWage, f.NeedsMoreHelp, f.Note)).ToListAsync(cancellationToken);
        var supplements = await db.SupplementRequests.AsNoTracking().Where(s => s.CaseId == caseId).OrderByDescending(s => s.RequestedAt)
            .Select(s => new Supplement(s.Message, s.Deadline, s.RequestedAt, s.AnsweredAt, s.Answer)).ToListAsync(cancellationToken);

        return new Parts(
            [.. events.Select(e => new TimelineItem(e.Id, e.At, e.From, e.To, CaseEventText.Describe(e.ReasonCode, e.ReasonArguments, e.Reason), e.Note, e.Actor))],
            documents,
            [.. sessions.Select(x => x.Session).Select((s, i) => new Session(s.Id, s.HeldAt, s.Mode, s.Topics, s.Notes, s.NextAppointmentAt, sessions[i].Author ?? "",
                s.MayBeEditedBy(readerId, now), s.Version, s.EditedAt, s.CorrectsSessionId,
                s.VisitSigunguCode, s.VisitSigunguCode is { } v ? visitRegions.GetValueOrDefault(v, v) : null, s.BusinessStage, s.NeedsFound, s.IntakeOnSite))],
            plan,
            items,
            followUps,
            supplements);
    }
}
