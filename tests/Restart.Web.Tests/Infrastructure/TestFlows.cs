using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;

namespace Restart.Web.Tests.Infrastructure;

/// <summary>What several test classes set up the same way: forms filled in, files, ids looked up.</summary>
internal static class TestFlows
{
    internal const string Password = "my long test phrase";

    /// <summary>Registers as a new applicant, opens the mailed link and finishes with the password: signed in on the applicant home.</summary>
    internal static async Task<string> RegisterAsync(WebSession session, string name)
    {
        var email = $"user-{Guid.NewGuid():N}@example.com";
        var posted = await PostRegistrationAsync(session, name, email);
        posted.Text("[role='status']").ShouldContain("메일을 보냈습니다", customMessage: posted.Summary);
        var mail = await WaitForMailAsync(session.Factory ?? throw new InvalidOperationException("A session of RestartWebFactory.NewSession reads its mails."), email, "/Account/ConfirmRegistration?");
        var done = await session.SubmitAsync(await session.GetAsync(LinkIn(mail)), new Dictionary<string, string> { ["Data.Password"] = Password });
        done.Location.ShouldBe("/applicant", $"{done.Status} {done.Summary} {done.FieldError("Data.Password")}");
        return email;
    }

    internal static async Task<WebSession.Page> PostRegistrationAsync(WebSession session, string name, string email, string password = Password) =>
        await session.SubmitAsync(await session.GetAsync("/Account/Register"), new Dictionary<string, string>
        {
            ["Data.Name"] = name,
            ["Data.Email"] = email,
            ["Data.Password"] = password,
            ["Data.ConfirmPassword"] = password,
            ["Data.AgreeRequired"] = "true",
        });

    internal static string LinkIn(string mail)
    {
        var start = mail.IndexOf("http", StringComparison.Ordinal);
        var end = mail.IndexOfAny(['\r', '\n', ' '], start);
        return mail[start..end];
    }

    internal static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8];

    /// <summary>The demo counselor asks for documents through the case page, as staff do.</summary>
    internal static async Task RequestSupplementAsStaffAsync(RestartWebFactory factory, string applicantEmail, string message)
    {
        Guid caseId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
            var applicantId = await db.Users.Where(u => u.Email == applicantEmail).Select(u => u.Id).SingleAsync();
            caseId = await db.Cases.Where(c => c.ApplicantUserId == applicantId).Select(c => c.Id).SingleAsync();
        }

        using var counselor = factory.NewSession();
        await counselor.LoginAsync(DemoDataSeeder.Accounts[Roles.Counselor], DemoDataSeeder.Password);
        var page = await counselor.GetAsync($"/Staff/Cases/{caseId}");
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var sent = await counselor.SubmitAsync(page, new Dictionary<string, string> { ["Supplement.Message"] = message, ["Supplement.Deadline"] = deadline },
            "form[action*='handler=Supplement']");
        sent.Status.ShouldBe(System.Net.HttpStatusCode.Redirect, sent.Text("main"));
    }

    /// <summary>
    /// The mail to <paramref name="email"/> holding <paramref name="text"/>, once the outbox has sent it: it leaves
    /// in the background after the commit, so this waits for it (a bound for a stuck loop, not a speed measure).
    /// </summary>
    internal static async Task<string> WaitForMailAsync(RestartWebFactory factory, string email, string text)
    {
        for (var i = 0; i < 300; i++)
        {
            if (factory.Mails().FirstOrDefault(m => m.Contains(email, StringComparison.Ordinal) && m.Contains(text, StringComparison.Ordinal)) is { } mail)
            {
                return mail;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new ShouldAssertException($"No mail to {email} with '{text}' left the outbox within 30 s.");
    }

    internal static string Token(WebSession.Page page) => page.Value("__RequestVerificationToken")!;

    internal static async Task FillPersonalAsync(WebSession session)
    {
        var page = await session.SubmitAsync(await session.GetAsync("/Apply/Personal"), new Dictionary<string, string>
        {
            ["Data.BirthDate"] = "1968-05-17",
            ["Data.Phone"] = "010-1234-5678",
            ["Data.SigunguCode"] = "11200",
        });
        page.Location.ShouldBe("/Apply/Business", page.Summary + page.Text("main"));
    }

    internal static async Task FillBusinessAsync(WebSession session)
    {
        var page = await session.SubmitAsync(await session.GetAsync("/Apply/Business"), BusinessFields([]));
        page.Location.ShouldBe("/Apply/Wishes", page.Text("main"));
    }

    internal static async Task FillWishesAsync(WebSession session)
    {
        var page = await session.SubmitAsync(await session.GetAsync("/Apply/Wishes"), new Dictionary<string, string>
        {
            ["Data.Track"] = "ReEmployment",
            ["Data.Occupations[0]"] = "5312 한식 조리사",
            ["Data.Regions[0]"] = "11200",
            ["Data.DesiredMonthlyWage"] = "2500000",
            ["Data.DesiredWeeklyHours"] = "40",
        });
        page.Location.ShouldBe("/Apply/Documents", page.Text("main"));
    }

    internal static Dictionary<string, string> BusinessFields(Dictionary<string, string> overrides)
    {
        var fields = new Dictionary<string, string>
        {
            ["Data.BusinessName"] = "영수네 한식당",
            ["Data.BusinessNumber"] = "124-81-00998",
            ["Data.Industry"] = "56111 한식 일반 음식점업",
            ["Data.SigunguCode"] = "11200",
            ["Data.OpenedOn"] = "2015-03-02",
            ["Data.ClosureState"] = "Closed",
            ["Data.ClosedOn"] = "2026-09-30",
            ["Data.RegularEmployees"] = "2",
            ["Data.ClosureReason"] = "PoorSales",
            ["Data.LeasedPremises"] = "true",
        };
        foreach (var (key, value) in overrides)
        {
            fields[key] = value;
        }

        return fields;
    }

    internal static async Task<WebSession.Page> UploadAsync(WebSession session, WebSession.Page page, string fileName, byte[] bytes)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(Token(page)), "__RequestVerificationToken" },
            { new StringContent("ClosureProof"), "Kind" },
            { new ByteArrayContent(bytes), "Upload", fileName },
        };
        var response = await session.Client.PostAsync("/Apply/Documents?handler=Upload", content);
        return await WebSession.ReadAsync(response, "/Apply/Documents");
    }
}
