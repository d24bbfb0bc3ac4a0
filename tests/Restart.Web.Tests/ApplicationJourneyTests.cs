using System.Net;
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
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests;

public sealed class ApplicationJourneyTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8];

    [Fact]
    public async Task An_ex_owner_registers_applies_step_by_step_uploads_proof_and_sees_the_case()
    {
        using var session = factory.NewSession();
        await AccountTests.RegisterAsync(session, "김영수");

        var start = await session.GetAsync("/Apply");
        start.Location.ShouldBe("/Apply/Personal");
        await FillPersonalAsync(session);
        await FillBusinessAsync(session);
        await FillWishesAsync(session);

        var documents = await session.GetAsync("/Apply/Documents");
        var fake = await UploadAsync(session, documents, "폐업사실증명원.pdf", [.. "this is not a pdf"u8]);
        fake.Status.ShouldBe(HttpStatusCode.OK);
        fake.FieldError("Upload").ShouldStartWith("PDF, JPG, PNG 파일만");
        var uploaded = await UploadAsync(session, fake, "폐업사실증명원.pdf", Pdf);
        uploaded.Location.ShouldBe("/Apply/Documents?uploaded=True");
        var listed = await session.GetAsync(uploaded.Location!);
        listed.Text("main .list-group").ShouldContain("폐업사실증명원.pdf");
        (await session.SubmitAsync(listed, new Dictionary<string, string>(), "form[action*='handler=Continue']")).Location.ShouldBe("/Apply/Review");

        var review = await session.GetAsync("/Apply/Review");
        var rules = review.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        rules.ShouldContain(r => r.Contains("폐업 사실") && r.Contains("충족"));
        rules.ShouldContain(r => r.Contains("소상공인 규모") && r.Contains("충족"));
        var submitted = await session.SubmitAsync(review, new Dictionary<string, string>());
        submitted.Location.ShouldBe("/Apply/Submitted");
        var confirmation = await session.GetAsync("/Apply/Submitted");
        var number = confirmation.Text("[data-testid='case-number']");
        number.ShouldMatch(@"^\d{4}-\d{6}$");
        confirmation.Text("main").ShouldContain("서울지역본부");

        var again = await session.SubmitAsync(review, new Dictionary<string, string>());
        again.Location.ShouldBe("/Apply/Submitted", "a second submission lands on the same case");
        (await session.GetAsync("/Apply/Submitted")).Text("[data-testid='case-number']").ShouldBe(number);

        var myCase = await session.GetAsync("/My/Case");
        myCase.Text("[data-testid='case-status']").ShouldBe("접수 완료");
        myCase.Text("main").ShouldContain("온라인으로 신청서를 제출했습니다.");
        var link = myCase.Document.QuerySelectorAll("a").Single(a => a.TextContent == "폐업사실증명원.pdf").GetAttribute("href")!;
        var download = await session.Client.GetAsync(link, TestContext.Current.CancellationToken);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).ShouldBe(Pdf);

        (await session.GetAsync("/Apply")).Location.ShouldBe("/My/Case", "one active case: the wizard sends the person to it");
        (await session.GetAsync("/Apply/Documents")).Location.ShouldBe("/Apply", "after submitting, the steps lead back to the case");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        (await db.Cases.CountAsync(c => c.Number == number, TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Fact]
    public async Task Someone_elses_document_is_a_404_and_the_attempt_is_logged()
    {
        using var owner = factory.NewSession();
        await AccountTests.RegisterAsync(owner, "서류 주인");
        await FillPersonalAsync(owner);
        await FillBusinessAsync(owner);
        await FillWishesAsync(owner);
        await UploadAsync(owner, await owner.GetAsync("/Apply/Documents"), "proof.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]);
        var link = (await owner.GetAsync("/Apply/Documents")).Document.QuerySelector("form[action*='handler=Remove']")!.GetAttribute("action")!;
        var documentId = link.Split("documentId=")[1];

        using var stranger = factory.NewSession();
        var strangerEmail = await AccountTests.RegisterAsync(stranger, "남의 서류");
        var attempt = await stranger.GetAsync($"/My/Document/{documentId}");
        attempt.Status.ShouldBe(HttpStatusCode.NotFound);
        attempt.Text("main h1").ShouldBe("페이지를 찾을 수 없습니다");
        (await stranger.GetAsync($"/My/Document/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound, "the same answer as for an id that does not exist");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var strangerId = await db.Users.Where(u => u.Email == strangerEmail).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
        var logged = await db.AccessLog.Where(e => e.ActorUserId == strangerId && e.Action == PersonalDataAction.Download).ToListAsync(TestContext.Current.CancellationToken);
        logged.ShouldContain(e => e.Outcome == "NotFound" && e.Subject != $"document:{documentId}", "logged under the owner's id");
    }

    [Fact]
    public async Task Mistakes_in_the_business_step_are_explained_and_nothing_typed_is_lost()
    {
        using var session = factory.NewSession();
        await AccountTests.RegisterAsync(session, "실수 많은 사장님");
        await FillPersonalAsync(session);
        var form = await session.GetAsync("/Apply/Business");

        var page = await session.SubmitAsync(form, BusinessFields(new()
        {
            ["Data.BusinessName"] = "<script>alert('x')</script>식당",
            ["Data.BusinessNumber"] = "124-81-00999",
            ["Data.OpenedOn"] = "2020-05-01",
            ["Data.ClosedOn"] = "2019-01-01",
            ["Data.ClosureReasonDetail"] = new string('가', 10_000),
        }));

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.FieldError("Data.BusinessNumber").ShouldStartWith("사업자등록번호가 올바르지 않습니다");
        page.FieldError("Data.ClosedOn").ShouldBe("폐업일은 개업일보다 빠를 수 없습니다.");
        page.FieldError("Data.ClosureReasonDetail").ShouldBe("1000자 이하로 입력해 주세요.");
        page.Value("Data.BusinessName").ShouldBe("<script>alert('x')</script>식당");
        page.Value("Data.BusinessNumber").ShouldBe("124-81-00999");
        page.Document.QuerySelectorAll("main script").Length.ShouldBe(0);
        (await session.GetAsync("/Apply/Business")).Value("Data.BusinessName").ShouldBe("", "nothing was saved from the refused form");
    }

    [Fact]
    public async Task A_negative_wage_and_too_many_hours_are_refused_next_to_their_fields()
    {
        using var session = factory.NewSession();
        await AccountTests.RegisterAsync(session, "임금 확인");
        await FillPersonalAsync(session);
        await FillBusinessAsync(session);

        var page = await session.SubmitAsync(await session.GetAsync("/Apply/Wishes"), new Dictionary<string, string>
        {
            ["Data.Track"] = "ReEmployment",
            ["Data.Occupations[0]"] = "5312 한식 조리사",
            ["Data.Regions[0]"] = "11200",
            ["Data.DesiredMonthlyWage"] = "-100",
            ["Data.DesiredWeeklyHours"] = "80",
        });

        page.FieldError("Data.DesiredMonthlyWage").ShouldBe("희망 월급은 0원 이상으로 입력해 주세요.");
        page.FieldError("Data.DesiredWeeklyHours").ShouldContain("52시간");
        page.Value("Data.DesiredMonthlyWage").ShouldBe("-100");
    }

    [Fact]
    public async Task The_applicant_answers_a_supplement_request_and_can_withdraw_with_a_reason()
    {
        using var session = factory.NewSession();
        var email = await AccountTests.RegisterAsync(session, "보완 요청");
        await FillPersonalAsync(session);
        await FillBusinessAsync(session);
        await FillWishesAsync(session);
        await session.SubmitAsync(await session.GetAsync("/Apply/Documents"), new Dictionary<string, string>(), "form[action*='handler=Continue']");
        await session.SubmitAsync(await session.GetAsync("/Apply/Review"), new Dictionary<string, string>());
        var submittedCase = await session.GetAsync("/My/Case?done=<b>가짜 안내</b>");
        submittedCase.Document.QuerySelector("[role='status']").ShouldBeNull("only the page's own confirmations are shown");
        var proofLater = new MultipartFormDataContent
        {
            { new StringContent(Token(submittedCase)), "__RequestVerificationToken" },
            { new ByteArrayContent(Pdf), "Upload", "나중에 받은 폐업사실증명원.pdf" },
        };
        (await session.Client.PostAsync("/My/Case?handler=Upload", proofLater, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetAsync("/My/Case?done=Uploaded")).Text("main").ShouldContain("나중에 받은 폐업사실증명원.pdf");
        await RequestSupplementAsStaffAsync(email, "폐업사실증명원을 올려 주세요.");

        var waiting = await session.GetAsync("/My/Case");
        waiting.Text("[data-testid='case-status']").ShouldBe("서류 보완 요청");
        waiting.Text("main").ShouldContain("폐업사실증명원을 올려 주세요.");
        var empty = await session.SubmitAsync(waiting, new Dictionary<string, string>(), "form[action*='handler=Answer']");
        empty.FieldError("Answer.Message").ShouldBe("내용을 입력해 주세요.");

        var content = new MultipartFormDataContent
        {
            { new StringContent(Token(waiting)), "__RequestVerificationToken" },
            { new StringContent("폐업사실증명원 올립니다."), "Answer.Message" },
            { new ByteArrayContent(Pdf), "AnswerFile", "proof.pdf" },
        };
        var answered = await session.Client.PostAsync("/My/Case?handler=Answer", content, TestContext.Current.CancellationToken);
        answered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var back = await session.GetAsync("/My/Case");
        back.Text("[data-testid='case-status']").ShouldBe("자격 검토 중");
        back.Text("main").ShouldContain("proof.pdf");

        var noReason = await session.SubmitAsync(back, new Dictionary<string, string> { ["Withdraw.Reason"] = " " }, "form[action*='handler=Withdraw']");
        noReason.FieldError("Withdraw.Reason").ShouldBe("철회 사유를 입력해 주세요.");
        var withdrawn = await session.SubmitAsync(back, new Dictionary<string, string> { ["Withdraw.Reason"] = "취업했습니다" }, "form[action*='handler=Withdraw']");
        withdrawn.Location.ShouldBe("/My/Case?done=Withdrawn");
        var closed = await session.GetAsync("/My/Case");
        closed.Text("[data-testid='case-status']").ShouldBe("종결 (신청자 철회)");
        closed.Text("main").ShouldContain("취업했습니다");
    }

    [Fact]
    public async Task Consents_are_given_separately_at_registration_and_can_be_withdrawn_later()
    {
        using var session = factory.NewSession();
        var form = await session.GetAsync("/Account/Register");
        form.Text("main").ShouldContain("[필수] 개인정보 수집·이용");
        form.Text("main").ShouldContain("보유 기간");
        var refused = await session.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Data.Name"] = "동의 안 함",
            ["Data.Email"] = $"consent-{Guid.NewGuid():N}@example.com",
            ["Data.Password"] = AccountTests.Password,
            ["Data.ConfirmPassword"] = AccountTests.Password,
        });
        refused.FieldError("Data.AgreeRequired").ShouldStartWith("필수 항목(개인정보 수집·이용)에 동의해야");
        refused.Value("Data.Name").ShouldBe("동의 안 함");

        var registered = await session.SubmitAsync(refused, new Dictionary<string, string>
        {
            ["Data.Password"] = AccountTests.Password,
            ["Data.ConfirmPassword"] = AccountTests.Password,
            ["Data.AgreeRequired"] = "true",
            ["Data.AgreeThirdParty"] = "true",
        });
        registered.Location.ShouldBe("/applicant");

        var consents = await session.GetAsync("/My/Consents");
        consents.Text("#consent-ThirdParty").ShouldBe("[선택] 개인정보 제3자 제공");
        consents.Document.QuerySelectorAll("tbody tr").Length.ShouldBe(3);
        var withdrawn = await session.SubmitAsync(consents, new Dictionary<string, string>(), "section[aria-labelledby='consent-ThirdParty'] form");
        withdrawn.Location.ShouldBe("/My/Consents?changed=True");
        var after = await session.GetAsync("/My/Consents");
        after.Document.QuerySelectorAll("tbody tr").Length.ShouldBe(4);
        after.Text("section[aria-labelledby='consent-ThirdParty']").ShouldContain("동의하지 않음");
    }

    [Fact]
    public async Task A_file_over_10_MB_is_refused_next_to_the_field_and_a_far_larger_upload_gets_the_413_page()
    {
        using var session = factory.NewSession();
        await AccountTests.RegisterAsync(session, "큰 파일");
        await FillPersonalAsync(session);
        await FillBusinessAsync(session);
        await FillWishesAsync(session);
        var documents = await session.GetAsync("/Apply/Documents");

        var slightlyLarge = await UploadAsync(session, documents, "scan.pdf", [.. Pdf, .. new byte[(10 * 1024 * 1024) + 1]]);
        var huge = await UploadAsync(session, documents, "huge.pdf", [.. Pdf, .. new byte[20 * 1024 * 1024]]);

        slightlyLarge.Status.ShouldBe(HttpStatusCode.OK);
        slightlyLarge.FieldError("Upload").ShouldBe("파일이 너무 큽니다. 10MB 이하로 올려 주세요.");
        huge.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        huge.Text("main h1").ShouldBe("파일이 너무 큽니다");
        (await session.GetAsync("/Apply/Documents")).Text("main").ShouldContain("아직 올린 서류가 없습니다.");
    }

    [Fact]
    public async Task A_step_opened_too_early_or_after_submitting_leads_back_to_where_the_person_is()
    {
        using var session = factory.NewSession();
        await AccountTests.RegisterAsync(session, "순서 확인");

        (await session.GetAsync("/Apply/Documents")).Location.ShouldBe("/Apply");
        await FillPersonalAsync(session);
        (await session.GetAsync("/Apply/Business")).Status.ShouldBe(HttpStatusCode.OK);
        (await session.GetAsync("/Apply/Wishes")).Location.ShouldBe("/Apply");
        (await session.GetAsync("/Apply")).Location.ShouldBe("/Apply/Business", "back to the first unsaved step");
    }

    [Fact]
    public async Task Staff_and_partners_cannot_open_the_application_pages()
    {
        using var counselor = factory.NewSession();
        await counselor.LoginAsync(DemoDataSeeder.Accounts[Roles.Counselor], DemoDataSeeder.Password);
        (await counselor.GetAsync("/Apply/Personal")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await counselor.GetAsync("/My/Case")).Status.ShouldBe(HttpStatusCode.Forbidden);
        using var anonymous = factory.NewSession();
        (await anonymous.GetAsync($"/My/Document/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    private async Task RequestSupplementAsStaffAsync(string applicantEmail, string message)
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
            Message = message,
            Deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14),
        });
        result.Succeeded.ShouldBeTrue(string.Join(", ", result.Errors.Select(e => e.Message)));
    }

    private static string Token(WebSession.Page page) => page.Value("__RequestVerificationToken")!;

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

    private static Dictionary<string, string> BusinessFields(Dictionary<string, string> overrides)
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

    private static async Task<WebSession.Page> UploadAsync(WebSession session, WebSession.Page page, string fileName, byte[] bytes)
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
