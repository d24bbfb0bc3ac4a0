using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Domain;
using Case = Restart.Core.Domain.Case;
using Restart.Core.Features.Apply;

namespace Restart.Core.Tests.Infrastructure;

/// <summary>Cases as staff meet them: submitted through the real wizard, or many at once straight into the database for the queue.</summary>
internal static class CaseTestData
{
    internal static async Task<(ApplicationUser Applicant, Guid CaseId)> SubmittedCaseAsync(CoreHost host, string sigungu = "11200")
    {
        var applicant = await host.SignInAsNewAsync(Roles.Applicant);
        await TestData.FillDraftAsync(host, sigungu);
        (await host.SendAsync(new SubmitApplication.Command())).Succeeded.ShouldBeTrue();
        return (applicant, await TestData.CaseIdAsync(host, applicant.Id));
    }

    internal static Task<ApplicationUser> StaffAsync(CoreHost host, string role, string office = "SEOUL", string? name = null) =>
        host.SignInAsNewAsync(role, u =>
        {
            u.RegionalOfficeId = TestData.OfficeOf(host, office);
            u.DisplayName = name ?? u.DisplayName;
        });

    /// <summary>Fills the version and the last timeline entry a page would have shown, as the form sends them.</summary>
    internal static async Task<T> Seen<T>(CoreHost host, T command) where T : CaseCommand
    {
        await using var db = host.Database.NewContext();
        command.Version = await db.Cases.Where(c => c.Id == command.CaseId).Select(c => c.Version).SingleAsync();
        command.SeenEventId = await db.CaseEvents.Where(e => e.CaseId == command.CaseId).MaxAsync(e => (long?)e.Id) ?? 0;
        return command;
    }

    /// <summary>Sends a staff action as its page would (with what the page showed) and expects it to succeed.</summary>
    internal static async Task ActAsync<T>(CoreHost host, T command) where T : CaseCommand
    {
        var result = await host.SendAsync(await Seen(host, command));
        result.Succeeded.ShouldBeTrue($"{typeof(T).Name}: {result.Status} {string.Join(", ", result.Errors.Select(e => e.Message))}");
    }

    internal static async Task<CaseStatus> StatusAsync(CoreHost host, Guid caseId)
    {
        await using var db = host.Database.NewContext();
        return await db.Cases.Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync();
    }

    /// <summary>
    /// <paramref name="count"/> submitted cases of one office straight into the database, numbered in order,
    /// each <c>i</c> hours older than the last, for queue tests that need more than a page.
    /// </summary>
    internal static async Task<List<Guid>> ManyCasesAsync(CoreHost host, string office, int count, Func<int, (string Name, CaseStatus Status, Track Track)> shape, string? counselorId = null, int firstNumber = 900000)
    {
        var officeId = TestData.OfficeOf(host, office);
        var start = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        var ids = new List<Guid>();
        await using var db = host.Database.NewContext();
        for (var i = 0; i < count; i++)
        {
            var (name, status, track) = shape(i);
            var user = new ApplicationUser { UserName = $"q{i}-{Guid.NewGuid():N}@test.restart", DisplayName = name, CreatedAt = start };
            db.Users.Add(user);
            db.ApplicantProfiles.Add(new ApplicantProfile { UserId = user.Id, Name = name, Phone = "010-0000-0000", SigunguCode = "11200", BirthDate = new DateOnly(1970, 1, 1) });
            var at = start.AddHours(i);
            var c = new Case { ApplicantUserId = user.Id, CreatedAt = at, UpdatedAt = at, Track = track };
            c.Submit($"2026-{firstNumber + i:D6}", officeId, user.Id, at);
            Walk(c, status, counselorId ?? user.Id, at);
            db.Cases.Add(c);
            ids.Add(c.Id);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>Moves a new case along the lifecycle to <paramref name="status"/>, all at one instant; an assigned case goes to <paramref name="counselorId"/>.</summary>
    private static void Walk(Case c, CaseStatus status, string counselorId, DateTime at)
    {
        CaseStatus[] path = status switch
        {
            CaseStatus.Submitted => [],
            CaseStatus.EligibilityReview => [CaseStatus.EligibilityReview],
            CaseStatus.Eligible or CaseStatus.Assigned => [CaseStatus.EligibilityReview, CaseStatus.Eligible],
            CaseStatus.Ineligible => [CaseStatus.EligibilityReview, CaseStatus.Ineligible],
            CaseStatus.Closed => [CaseStatus.Closed],
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not needed by the queue tests"),
        };
        foreach (var to in path)
        {
            c.TransitionTo(to, counselorId, CaseEventReason.ReviewStarted, at).ShouldBeTrue();
        }

        if (status == CaseStatus.Assigned)
        {
            c.Assign(counselorId, "상담사", counselorId, at, null).ShouldBeTrue();
        }
    }
}
