using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data.Retention;
using Restart.Core.Domain;
using Restart.Core.Features.Apply;

namespace Restart.Core.Tests.Infrastructure;

/// <summary>People whose cases ended at a chosen moment, and the retention run as the daily job runs it.</summary>
internal static class RetentionTestData
{
    /// <summary>The moment the tests' clock shows: a working day in 2026.</summary>
    internal static readonly DateTime Now = new(2026, 12, 7, 3, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// An applicant who applied (with a proof of closure uploaded) and whose case was closed at <paramref name="closedAt"/>
    /// with <paramref name="closure"/>: the retention period runs from the closure. The wizard runs at <see cref="Now"/>,
    /// as its dates are checked against today.
    /// </summary>
    internal static async Task<(ApplicationUser Applicant, Guid CaseId)> ClosedCaseAsync(CoreHost host, DateTime closedAt, CaseClosure closure = CaseClosure.NoContact, string sigungu = "11200")
    {
        host.Clock.Now = Now;
        var applicant = await host.SignInAsNewAsync(Roles.Applicant, u => u.EmailConfirmed = true);
        await TestData.FillDraftAsync(host, sigungu);
        (await host.SendAsync(new ApplyDocuments.Upload { FileName = "폐업사실증명원.pdf", Content = TestData.Pdf })).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new SubmitApplication.Command())).Succeeded.ShouldBeTrue();
        var caseId = await TestData.CaseIdAsync(host, applicant.Id);
        await using (var db = host.Database.NewContext())
        {
            var c = await db.Cases.SingleAsync(x => x.Id == caseId);
            c.Close(closure, applicant.Id, CaseEventReason.ClosedByStaff, closedAt, note: "연락이 닿지 않음").ShouldBeTrue();
            await db.SaveChangesAsync();
        }

        host.Clock.Now = Now;
        return (applicant, caseId);
    }

    /// <summary>Makes the person's draft look last changed at <paramref name="at"/>.</summary>
    internal static async Task DraftLastChangedAsync(CoreHost host, string userId, DateTime at)
    {
        await using var db = host.Database.NewContext();
        await db.Cases.Where(c => c.ApplicantUserId == userId && c.Status == CaseStatus.Draft).ExecuteUpdateAsync(s => s.SetProperty(c => c.UpdatedAt, at));
    }

    internal static Task<RetentionSweep.Summary> RunAsync(CoreHost host) =>
        host.InScopeAsync(p => p.GetRequiredService<RetentionSweep>().RunAsync(CancellationToken.None));

    internal static async Task<List<string>> StoredFilesOfAsync(CoreHost host, Guid caseId)
    {
        await using var db = host.Database.NewContext();
        return await db.CaseDocuments.Where(d => d.CaseId == caseId).Select(d => d.StoredName).ToListAsync();
    }

    /// <summary>
    /// The figures the programme reports (issue 12): cases by office, status, track and outcome per month of application,
    /// and the timeline's moves by kind per month.
    /// </summary>
    internal static async Task<List<string>> FiguresAsync(CoreHost host)
    {
        await using var db = host.Database.NewContext();
        var cases = (await db.Cases.Where(c => c.Status != CaseStatus.Draft)
                .Select(c => new { c.RegionalOfficeId, c.Status, c.Track, c.Closure, c.SubmittedAt, c.StatusChangedAt, c.IndustryCode, c.BusinessSigunguCode })
                .ToListAsync())
            .GroupBy(c => $"{c.RegionalOfficeId}|{c.Status}|{c.Track}|{c.Closure}|{c.SubmittedAt:yyyy-MM}|{c.StatusChangedAt:yyyy-MM}|{c.IndustryCode}|{c.BusinessSigunguCode}")
            .Select(g => $"case {g.Key}: {g.Count()}");
        var events = (await db.CaseEvents.Select(e => new { e.From, e.To, e.ReasonCode, e.At }).ToListAsync())
            .GroupBy(e => $"{e.From}>{e.To}|{e.ReasonCode}|{e.At:yyyy-MM}")
            .Select(g => $"event {g.Key}: {g.Count()}");
        return [.. cases.Concat(events).Order(StringComparer.Ordinal)];
    }
}
