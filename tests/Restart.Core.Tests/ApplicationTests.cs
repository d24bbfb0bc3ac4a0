using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Documents;
using Restart.Core.Domain;
using Restart.Core.Domain.Eligibility;
using Restart.Core.Features.Apply;
using Restart.Core.Features.Cases;
using Restart.Core.Features.My;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests;

public sealed class ApplicationTests
{
    internal static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8];

    [Theory]
    [InlineData("124-81-00998", true)]
    [InlineData("1208147521", true)]
    [InlineData("124-81-00999", false)]
    [InlineData("124-81-0099", false)]
    [InlineData("abc-de-fghij", false)]
    public void A_business_registration_number_is_checked_by_its_check_digit(string number, bool valid) =>
        BusinessNumber.IsValid(number).ShouldBe(valid);

    [Fact]
    public void Rules_apply_only_within_their_effective_dates_and_explain_themselves()
    {
        var rules = new[]
        {
            new EligibilityRule { Id = 1, Kind = EligibilityRuleKind.MinimumDaysInBusiness, Number = 60, EffectiveFrom = new(2026, 1, 1), EffectiveUntil = new(2026, 12, 31), Source = "2026" },
            new EligibilityRule { Id = 2, Kind = EligibilityRuleKind.MinimumDaysInBusiness, Number = 90, EffectiveFrom = new(2027, 1, 1), Source = "2027" },
            new EligibilityRule { Id = 3, Kind = EligibilityRuleKind.MaximumEmployees, Number = 10, Codes = "B,C,F,H", EffectiveFrom = new(2026, 1, 1), Source = "2026" },
            new EligibilityRule { Id = 4, Kind = EligibilityRuleKind.MaximumEmployees, Number = 5, EffectiveFrom = new(2026, 1, 1), Source = "2026" },
            new EligibilityRule { Id = 5, Kind = EligibilityRuleKind.ExcludedIndustry, Codes = "6811,56211", EffectiveFrom = new(2026, 1, 1), Source = "2026" },
            new EligibilityRule { Id = 6, Kind = EligibilityRuleKind.AgeRange, Number = 15, Number2 = 69, EffectiveFrom = new(2026, 1, 1), Source = "2026" },
        };
        var restaurant = new EligibilityFacts(new DateOnly(1958, 3, 1), new DateOnly(2026, 1, 1), ClosureState.Closed, new DateOnly(2026, 3, 15),
            RegularEmployees: 5, "56111", "I", HasOtherActiveCase: false, HasClosureProof: false);

        var in2026 = PreCheck.Evaluate(restaurant, rules, new DateOnly(2026, 6, 1));
        var in2027 = PreCheck.Evaluate(restaurant, rules, new DateOnly(2027, 6, 1));

        in2026.Single(o => o.Rule.Contains("영업 기간")).ShouldSatisfyAllConditions(
            o => o.Verdict.ShouldBe(Verdict.Met),
            o => o.Rule.ShouldBe("영업 기간 60일 이상"),
            o => o.Reason.ShouldBe("73일 동안 영업하셨습니다."));
        in2027.Single(o => o.Rule.Contains("영업 기간")).ShouldSatisfyAllConditions(
            o => o.Verdict.ShouldBe(Verdict.NotMet, "the 2027 notice asks for 90 days"),
            o => o.Reason.ShouldBe("영업 기간이 73일로 기준(90일)보다 짧습니다."));
        in2026.Single(o => o.Rule.StartsWith("소상공인 규모")).Verdict.ShouldBe(Verdict.NotMet, "a restaurant needs fewer than 5");
        in2026.Single(o => o.Rule.StartsWith("나이")).ShouldSatisfyAllConditions(
            o => o.Verdict.ShouldBe(Verdict.Met),
            o => o.Reason.ShouldBe("만 68세로 기준에 맞습니다."));
        var older = restaurant with { BirthDate = new DateOnly(1956, 6, 2) };
        PreCheck.Evaluate(older, rules, new DateOnly(2026, 6, 1)).Single(o => o.Rule.StartsWith("나이")).Verdict.ShouldBe(Verdict.Met, "69 until the day before the 70th birthday");
        PreCheck.Evaluate(older, rules, new DateOnly(2026, 6, 2)).Single(o => o.Rule.StartsWith("나이")).Verdict.ShouldBe(Verdict.NotMet);
        in2026.Single(o => o.Rule == "폐업 사실").Verdict.ShouldBe(Verdict.NeedsReview, "no proof uploaded yet");

        var factory = restaurant with { IndustryCode = "25111", IndustrySection = "C", RegularEmployees = 9 };
        PreCheck.Evaluate(factory, rules, new DateOnly(2026, 6, 1)).Single(o => o.Rule.StartsWith("소상공인 규모")).Verdict.ShouldBe(Verdict.Met);
        var landlord = restaurant with { IndustryCode = "68111", IndustrySection = "L" };
        PreCheck.Evaluate(landlord, rules, new DateOnly(2026, 6, 1)).Single(o => o.Rule == "지원 제외 업종").Verdict.ShouldBe(Verdict.NotMet);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_draft_saved_on_one_device_resumes_on_another(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.SignInAsNewAsync(Roles.Applicant);

        (await host.SendAsync(Personal())).Succeeded.ShouldBeTrue();
        (await host.SendAsync(Business())).Succeeded.ShouldBeTrue();

        var business = (await host.SendAsync(new ApplyBusiness.Query())).Value;
        business.BusinessName.ShouldBe("영수네 한식당");
        business.BusinessNumber.ShouldBe("1248100998");
        business.Industry.ShouldBe("56111 한식 일반 음식점업");
        business.ClosedOn.ShouldBe(new DateOnly(2026, 9, 30));
        var personal = (await host.SendAsync(new ApplyPersonal.Query())).Value;
        personal.Phone.ShouldBe("010-1234-5678");
        personal.Email.ShouldNotBeNull().ShouldEndWith("@test.restart");
    }

    [Fact]
    public async Task Wrong_business_details_are_each_explained()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await host.SignInAsNewAsync(Roles.Applicant);
        await host.SendAsync(Personal());
        var command = Business();
        command.BusinessNumber = "124-81-00999";
        command.OpenedOn = new DateOnly(2020, 5, 1);
        command.ClosedOn = new DateOnly(2019, 1, 1);
        command.RegularEmployees = -1;
        command.Industry = "99999 없는 업종";
        command.ClosureReason = (ClosureReason)99;

        var result = await host.SendAsync(command);

        result.Errors.Single(e => e.Field == "BusinessNumber").Message.ShouldStartWith("사업자등록번호가 올바르지 않습니다");
        result.Errors.Single(e => e.Field == "ClosedOn").Message.ShouldBe("폐업일은 개업일보다 빠를 수 없습니다.");
        result.Errors.Single(e => e.Field == "RegularEmployees").Message.ShouldContain("0 이상");
        result.Errors.Single(e => e.Field == "Industry").Message.ShouldContain("목록에 있는 업종");
        result.Errors.Single(e => e.Field == "ClosureReason").Message.ShouldBe("폐업 사유를 골라 주세요.", "a value posted by hand outside the list");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Submitting_creates_one_case_in_the_office_of_the_applicants_region(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var applicant = await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host, sigungu: "26350");

        var first = await host.SendAsync(new SubmitApplication.Command());
        var second = await host.SendAsync(new SubmitApplication.Command());

        first.Succeeded.ShouldBeTrue(string.Join(", ", first.Errors.Select(e => e.Message)));
        first.Value.ShouldMatch(@"^\d{4}-\d{6}$");
        second.Value.ShouldBe(first.Value, "a second submission answers with the same case");
        await using var db = host.Database.NewContext();
        var ct = TestContext.Current.CancellationToken;
        var theCase = await db.Cases.SingleAsync(c => c.ApplicantUserId == applicant.Id, ct);
        theCase.Status.ShouldBe(CaseStatus.Submitted);
        (await db.RegionalOffices.SingleAsync(o => o.Id == theCase.RegionalOfficeId, ct)).Code.ShouldBe("BUSAN-ULSAN");
        var entry = await db.CaseEvents.SingleAsync(e => e.CaseId == theCase.Id, ct);
        (entry.From, entry.To, entry.ActorUserId).ShouldBe((CaseStatus.Draft, CaseStatus.Submitted, applicant.Id));

        var again = await host.SendAsync(Personal());
        again.Value.ShouldBeFalse("with a case in progress the form only corrects contact details");
        (await db.Cases.CountAsync(c => c.ApplicantUserId == applicant.Id, ct)).ShouldBe(1, "no second application was started");
    }

    [Fact]
    public async Task A_file_that_is_not_really_a_PDF_or_image_is_refused_and_a_real_one_kept()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host);

        var fake = await host.SendAsync(new ApplyDocuments.Upload { FileName = "폐업사실증명원.pdf", Content = [.. "MZ this is an executable"u8] });
        var tooLarge = await host.SendAsync(new ApplyDocuments.Upload { FileName = "big.pdf", Content = [.. Pdf, .. new byte[11 * 1024 * 1024]] });
        var real = await host.SendAsync(new ApplyDocuments.Upload { FileName = "C:\\Users\\me\\폐업사실증명원.pdf", Content = Pdf });

        fake.Errors.Single().Message.ShouldStartWith("PDF, JPG, PNG 파일만");
        tooLarge.Errors.Single().Message.ShouldContain("10MB");
        real.Succeeded.ShouldBeTrue();
        var documents = (await host.SendAsync(new ApplyDocuments.Query())).Value;
        documents.ShouldHaveSingleItem().FileName.ShouldBe("폐업사실증명원.pdf");
        var review = (await host.SendAsync(new ReviewApplication.Query())).Value;
        review.PreCheck.Single(r => r.Rule == "폐업 사실").Verdict.ShouldBe(Verdict.Met);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Staff_of_the_office_request_a_supplement_and_the_answer_returns_the_case_to_review(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var applicant = await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host);
        await host.SendAsync(new SubmitApplication.Command());
        var caseId = await CaseIdAsync(host, applicant.Id);
        host.Clock.Now = new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

        await host.SignInAsNewAsync(Roles.Counselor, u => u.RegionalOfficeId = OfficeOf(host, "BUSAN-ULSAN"));
        (await host.SendAsync(new RequestSupplement.Command { CaseId = caseId, Message = "x", Deadline = new DateOnly(2026, 12, 1) })).Status
            .ShouldBe(ResultStatus.NotFound, "staff of another region do not see the case");
        await host.SignInAsNewAsync(Roles.Counselor, u => u.RegionalOfficeId = OfficeOf(host, "SEOUL"));
        (await host.SendAsync(new RequestSupplement.Command { CaseId = caseId, Message = "폐업사실증명원을 올려 주세요.", Deadline = new DateOnly(2026, 12, 1) }))
            .Succeeded.ShouldBeTrue();

        host.User.SignIn(applicant, Roles.Applicant);
        var waiting = (await host.SendAsync(new GetMyCase.Query())).Value;
        waiting.Status.ShouldBe(CaseStatus.SupplementRequested);
        waiting.Supplement.ShouldNotBeNull().Deadline.ShouldBe(new DateOnly(2026, 12, 1));
        (await host.SendAsync(new AnswerSupplement.Command { Message = "올렸습니다.", FileName = "proof.pdf", Content = Pdf })).Succeeded.ShouldBeTrue();

        var answered = (await host.SendAsync(new GetMyCase.Query())).Value;
        answered.Status.ShouldBe(CaseStatus.EligibilityReview);
        answered.Supplement.ShouldBeNull();
        answered.Documents.ShouldContain(d => d.Kind == DocumentKind.SupplementAnswer);
        answered.Timeline.Select(t => t.To).ShouldBe([CaseStatus.Submitted, CaseStatus.EligibilityReview, CaseStatus.SupplementRequested, CaseStatus.EligibilityReview]);
    }

    [Fact]
    public async Task Withdrawing_closes_the_case_and_keeps_its_history()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        var applicant = await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host);
        await host.SendAsync(new SubmitApplication.Command());

        (await host.SendAsync(new WithdrawApplication.Command { Reason = " " })).Errors.Single().Message.ShouldBe("철회 사유를 입력해 주세요.");
        (await host.SendAsync(new WithdrawApplication.Command { Reason = "다른 곳에 취업했습니다." })).Succeeded.ShouldBeTrue();

        var closed = (await host.SendAsync(new GetMyCase.Query())).Value;
        closed.Status.ShouldBe(CaseStatus.Closed);
        closed.Closure.ShouldBe(CaseClosure.Withdrawn);
        closed.Timeline.Count.ShouldBe(2);
        closed.Timeline[1].Reason.ShouldContain("다른 곳에 취업했습니다.");
        closed.CanWithdraw.ShouldBeFalse();
        (await host.SendAsync(Personal())).Value.ShouldBeTrue("after a withdrawal a new application can start");
        applicant.ShouldNotBeNull();
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Only_the_owner_and_staff_of_the_office_can_open_a_document_and_others_are_logged(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var owner = await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host);
        await host.SendAsync(new ApplyDocuments.Upload { FileName = "proof.pdf", Content = Pdf });
        await host.SendAsync(new SubmitApplication.Command());
        var documentId = (await host.SendAsync(new GetMyCase.Query())).Value.Documents.Single().Id;

        (await host.SendAsync(new DownloadDocument.Query { Id = documentId })).Value.FileName.ShouldBe("proof.pdf");

        var stranger = await host.SignInAsNewAsync(Roles.Applicant);
        (await host.SendAsync(new DownloadDocument.Query { Id = documentId })).Status.ShouldBe(ResultStatus.NotFound);
        await host.SignInAsNewAsync(Roles.Counselor, u => u.RegionalOfficeId = OfficeOf(host, "JEJU"));
        (await host.SendAsync(new DownloadDocument.Query { Id = documentId })).Status.ShouldBe(ResultStatus.NotFound);
        await host.SignInAsNewAsync(Roles.Counselor, u => u.RegionalOfficeId = OfficeOf(host, "SEOUL"));
        (await host.SendAsync(new DownloadDocument.Query { Id = documentId })).Succeeded.ShouldBeTrue();

        await using var db = host.Database.NewContext();
        var attempt = await db.AccessLog.SingleAsync(e => e.ActorUserId == stranger.Id, TestContext.Current.CancellationToken);
        (attempt.Subject, attempt.Action, attempt.Outcome).ShouldBe((owner.Id, PersonalDataAction.Download, "NotFound"));
    }

    [Fact]
    public async Task Withdrawing_the_optional_consent_erases_career_and_skills()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        var applicant = await host.SignInAsNewAsync(Roles.Applicant);
        await host.SendAsync(new MyConsents.Change { Item = ConsentItem.Optional, Grant = true });
        await FillDraftAsync(host);
        (await host.SendAsync(new ApplyWishes.Query())).Value.Form.CareerHistory.ShouldBe("한식당 20년 운영");

        (await host.SendAsync(new MyConsents.Change { Item = ConsentItem.Required, Grant = false })).Status.ShouldBe(ResultStatus.Invalid);
        (await host.SendAsync(new MyConsents.Change { Item = ConsentItem.Optional, Grant = false })).Succeeded.ShouldBeTrue();

        var wishes = (await host.SendAsync(new ApplyWishes.Query())).Value;
        wishes.OptionalConsent.ShouldBeFalse();
        wishes.Form.CareerHistory.ShouldBeNull();
        wishes.Form.CertificatesAndSkills.ShouldBeNull();
        var consents = (await host.SendAsync(new MyConsents.Query())).Value;
        consents.Current[ConsentItem.Optional].ShouldNotBeNull().Granted.ShouldBeFalse();
        consents.History.Count.ShouldBe(2);
        consents.History.ShouldAllBe(h => h.TextVersion == ConsentTexts.Version && h.IpAddress == "203.0.113.7");
        applicant.ShouldNotBeNull();
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Two_tabs_starting_the_application_at_once_make_one_draft(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var applicant = await host.SignInAsNewAsync(Roles.Applicant);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => host.SendAsync(Personal())));

        results.ShouldContain(r => r.Succeeded);
        results.Where(r => !r.Succeeded).ShouldAllBe(r => r.Status == ResultStatus.Conflict);
        await using var db = host.Database.NewContext();
        (await db.Cases.CountAsync(c => c.ApplicantUserId == applicant.Id, TestContext.Current.CancellationToken)).ShouldBe(1);
        (await host.SendAsync(Business())).Succeeded.ShouldBeTrue("the one draft goes on as usual");
    }

    [Fact]
    public async Task A_step_posted_before_the_earlier_ones_is_refused_in_plain_words()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await host.SignInAsNewAsync(Roles.Applicant);

        var business = await host.SendAsync(Business());
        var submit = await host.SendAsync(new SubmitApplication.Command());

        business.Errors.Single().Message.ShouldBe("앞 단계를 먼저 저장해 주세요.");
        submit.Status.ShouldBe(ResultStatus.NotFound);
    }

    [Fact]
    public async Task An_upload_whose_row_does_not_commit_leaves_no_file_behind()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host);
        var folder = await host.InScopeAsync(p => Task.FromResult(p.GetRequiredService<DocumentStore>().Root));
        int Files() => Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;
        await using (var db = host.Database.NewContext())
        {
            // A second document of the case now clashes (a conflict); with the trigger, any insert fails outright.
            await db.Database.ExecuteSqlRawAsync("CREATE UNIQUE INDEX \"IX_Test_OneDocument\" ON \"CaseDocuments\" (\"CaseId\")", TestContext.Current.CancellationToken);
        }

        (await host.SendAsync(new ApplyDocuments.Upload { FileName = "first.pdf", Content = Pdf })).Succeeded.ShouldBeTrue();
        Files().ShouldBe(1);

        (await host.SendAsync(new ApplyDocuments.Upload { FileName = "second.pdf", Content = Pdf })).Status.ShouldBe(ResultStatus.Conflict);
        Files().ShouldBe(1, "the file written for a row that was rolled back is deleted");

        await using (var db = host.Database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("DROP INDEX \"IX_Test_OneDocument\"", TestContext.Current.CancellationToken);
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER \"Test_NoDocuments\" BEFORE INSERT ON \"CaseDocuments\" BEGIN SELECT RAISE(ABORT, 'disk full'); END",
                TestContext.Current.CancellationToken);
        }

        await Should.ThrowAsync<Exception>(() => host.SendAsync(new ApplyDocuments.Upload { FileName = "third.pdf", Content = Pdf }));
        Files().ShouldBe(1, "a command that failed with an exception leaves no file either");
    }

    [Fact]
    public void A_very_long_file_name_is_shortened_and_keeps_its_extension()
    {
        var name = CaseFiles.CleanName("C:\\scans\\" + new string('가', 300) + ".pdf");

        name.Length.ShouldBe(200);
        name.ShouldEndWith(".pdf");
        CaseFiles.CleanName("   ").ShouldBe("document");
    }

    internal static ApplyPersonal.Command Personal(string sigungu = "11200") =>
        new() { Name = "김영수", BirthDate = new DateOnly(1968, 5, 17), Phone = "010-1234-5678", SigunguCode = sigungu };

    internal static ApplyBusiness.Command Business() => new()
    {
        BusinessName = "영수네 한식당",
        BusinessNumber = "124-81-00998",
        Industry = "56111 한식 일반 음식점업",
        SigunguCode = "11200",
        OpenedOn = new DateOnly(2015, 3, 2),
        ClosureState = ClosureState.Closed,
        ClosedOn = new DateOnly(2026, 9, 30),
        RegularEmployees = 2,
        ClosureReason = ClosureReason.PoorSales,
        LeasedPremises = true,
    };

    internal static async Task FillDraftAsync(CoreHost host, string sigungu = "11200")
    {
        (await host.SendAsync(Personal(sigungu))).Succeeded.ShouldBeTrue();
        (await host.SendAsync(Business())).Succeeded.ShouldBeTrue();
        var wishes = await host.SendAsync(new ApplyWishes.Command
        {
            Track = Track.ReEmployment,
            Occupations = ["5312 한식 조리사", "5318"],
            Regions = ["11200", "11680"],
            DesiredMonthlyWage = 2_500_000,
            DesiredWeeklyHours = 40,
            CareerHistory = "한식당 20년 운영",
            CertificatesAndSkills = "한식조리기능사",
        });
        wishes.Succeeded.ShouldBeTrue(string.Join(", ", wishes.Errors.Select(e => e.Message)));
    }

    private static async Task<Guid> CaseIdAsync(CoreHost host, string userId)
    {
        await using var db = host.Database.NewContext();
        return await db.Cases.Where(c => c.ApplicantUserId == userId).Select(c => c.Id).SingleAsync();
    }

    private static Guid OfficeOf(CoreHost host, string code)
    {
        using var db = host.Database.NewContext();
        return db.RegionalOffices.Where(o => o.Code == code).Select(o => o.Id).Single();
    }
}
