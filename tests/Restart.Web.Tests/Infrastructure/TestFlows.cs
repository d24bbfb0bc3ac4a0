using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Core.Features.Cases;
using Restart.Web.Hosting;

namespace Restart.Web.Tests.Infrastructure;

/// <summary>What several test classes set up the same way: forms filled in, files, ids looked up.</summary>
internal static class TestFlows
{
    internal const string Password = "my long test phrase";

    internal static async Task<string> RegisterAsync(WebSession session, string name)
    {
        var email = $"user-{Guid.NewGuid():N}@example.com";
        var form = await session.GetAsync("/Account/Register");
        var posted = await session.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Data.Name"] = name,
            ["Data.Email"] = email,
            ["Data.Password"] = Password,
            ["Data.ConfirmPassword"] = Password,
            ["Data.AgreeRequired"] = "true",
        });
        posted.Location.ShouldBe("/applicant", posted.Summary);
        return email;
    }

    internal static string LinkIn(string mail)
    {
        var start = mail.IndexOf("http", StringComparison.Ordinal);
        var end = mail.IndexOfAny(['\r', '\n', ' '], start);
        return mail[start..end];
    }

    internal static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8];

    internal static async Task RequestSupplementAsStaffAsync(RestartWebFactory factory, string applicantEmail, string message)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var applicantId = await db.Users.Where(u => u.Email == applicantEmail).Select(u => u.Id).SingleAsync();
        var theCase = await db.Cases.SingleAsync(c => c.ApplicantUserId == applicantId);
        var counselor = await db.Users.SingleAsync(u => u.Email == DemoDataSeeder.Accounts[Roles.Counselor]);
        // The staff review pages come with a later issue; the counselor's request goes through the same pipeline here.
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, counselor.Id),
                new Claim(ClaimTypes.Role, Roles.Counselor),
                new Claim(RestartClaims.RegionalOffice, counselor.RegionalOfficeId!.Value.ToString()),
            ], "test")),
        };
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RequestSupplement.Command
        {
            CaseId = theCase.Id,
            Version = theCase.Version,
            Message = message,
            Deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14),
        });
        result.Succeeded.ShouldBeTrue(string.Join(", ", result.Errors.Select(e => e.Message)));
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
