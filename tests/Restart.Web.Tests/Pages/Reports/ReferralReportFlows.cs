using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;
using Case = Restart.Core.Domain.Case;

namespace Restart.Web.Tests.Pages.Reports;

/// <summary>Referrals walked along their steps today, straight into the database, and a report's CSV file or Excel workbook read back.</summary>
internal static class ReferralReportFlows
{
    /// <summary><paramref name="count"/> people with cases of the office, referred now to the programme or the post and moved along <paramref name="path"/>.</summary>
    internal static async Task ReferralsAsync(RestartWebFactory factory, int count, ReferralStatus[] path, (Guid Agency, Guid Programme)? programme = null,
        (Guid Company, Guid Post)? post = null, string office = "SEOUL")
    {
        var now = DateTime.UtcNow;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var officeId = await db.RegionalOffices.Where(o => o.Code == office).Select(o => o.Id).SingleAsync(TestContext.Current.CancellationToken);
        for (var i = 0; i < count; i++)
        {
            var user = new ApplicationUser { UserName = $"report-{Guid.NewGuid():N}@example.com", DisplayName = "신청인", CreatedAt = now };
            db.Users.Add(user);
            var theCase = new Case { ApplicantUserId = user.Id, CreatedAt = now, UpdatedAt = now, Track = Track.ReEmployment };
            theCase.Submit(TestCaseNumbers.Next(), officeId, user.Id, now);
            db.Cases.Add(theCase);
            var referral = new Referral
            {
                CaseId = theCase.Id, ApplicantUserId = user.Id, RegionalOfficeId = officeId, CreatedAt = now, UpdatedAt = now, CreatedByUserId = user.Id,
                ProgrammeId = programme?.Programme, AgencyId = programme?.Agency, JobPostId = post?.Post, CompanyId = post?.Company,
            };
            foreach (var to in path)
            {
                referral.MoveTo(to, user.Id, now).ShouldBeTrue();
            }

            db.Referrals.Add(referral);
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>An open job post of the company, straight into the database.</summary>
    internal static async Task<Guid> PostAsync(RestartWebFactory factory, Guid companyId, string title)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var post = new JobPost
        {
            CompanyId = companyId, Title = title, OccupationCode = "5312", SidoCode = "11", SigunguCode = "11200", WageAmount = 2_600_000, MonthlyWage = 2_600_000,
            WeeklyHours = 40, Openings = 20, Description = "주방", OpensOn = today.AddDays(-3), ClosesOn = today.AddDays(27), Status = OfferStatus.Open, CreatedAt = DateTime.UtcNow,
        };
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        db.JobPosts.Add(post);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return post.Id;
    }

    internal static async Task JoinCouncilAsync(RestartWebFactory factory, Guid agencyId, string office)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var officeId = await db.RegionalOffices.Where(o => o.Code == office).Select(o => o.Id).SingleAsync(TestContext.Current.CancellationToken);
        db.CouncilMembers.Add(new CouncilMember { RegionalOfficeId = officeId, AgencyId = agencyId, JoinedOn = new DateOnly(2026, 1, 2) });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A downloaded report: its file name and its lines, the byte-order mark taken off.</summary>
    internal static async Task<(string Name, string[] Lines)> CsvAsync(WebSession.Page file)
    {
        file.Response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var text = Encoding.UTF8.GetString(await file.Response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        text.ShouldStartWith("\uFEFF");
        return (file.Response.Content.Headers.ContentDisposition!.FileNameStar!, text.TrimStart('\uFEFF').TrimEnd().Split("\r\n"));
    }

    /// <summary>The cells of a report table's row whose heading is <paramref name="name"/>.</summary>
    internal static string[] Row(WebSession.Page page, string table, string name) =>
        [.. page.Document.QuerySelectorAll($"[data-testid='report-{table}'] tbody tr")
            .Single(tr => tr.QuerySelector("th")!.TextContent == name)
            .QuerySelectorAll("td").Select(td => td.TextContent)];

    /// <summary>A downloaded workbook: its file name, its sheets' names, and the file to read sheets from.</summary>
    internal static async Task<(string Name, IReadOnlyList<string> Sheets, MemoryStream File)> WorkbookAsync(WebSession.Page file)
    {
        file.Response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        file.Response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var workbook = new MemoryStream(await file.Response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        return (file.Response.Content.Headers.ContentDisposition!.FileNameStar!, MiniExcel.GetSheetNames(workbook), workbook);
    }

    /// <summary>
    /// The cells after the first of a sheet's row whose first cell is <paramref name="name"/>, as text: a whole number Excel can sum reads as the
    /// page's digits, "&lt;5" and rates as themselves.
    /// </summary>
    internal static string[] SheetRow(Stream workbook, string sheet, string name) =>
        [.. MiniExcel.Query(workbook, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object>>()
            .Single(row => Convert.ToString(row.Values.First(), CultureInfo.InvariantCulture) == name)
            .Values.Skip(1).Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "")];

    /// <summary>The titles of a report page's tables, in the page's order: the workbook's sheets after its first.</summary>
    internal static string[] TableTitles(WebSession.Page page) => [.. page.Document.QuerySelectorAll("main section h2").Select(h => h.TextContent.Trim())];
}
