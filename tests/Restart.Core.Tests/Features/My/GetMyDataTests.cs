using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Apply;
using Restart.Core.Features.Cases;
using Restart.Core.Features.My;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.TestData;

namespace Restart.Core.Tests.Features.My;

public sealed class GetMyDataTests
{
    /// <summary>An applicant with a submitted case holding one document, an optional consent given, and the case opened by a counselor of its office.</summary>
    private static async Task<(ApplicationUser Applicant, Guid CaseId, ApplicationUser Counselor)> ApplicantSeenByStaffAsync(CoreHost host, string document)
    {
        var applicant = await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host);
        (await host.SendAsync(new ApplyDocuments.Upload { FileName = document, Content = Pdf })).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new SubmitApplication.Command())).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new MyConsents.Change { Item = ConsentItem.Optional, Grant = true })).Succeeded.ShouldBeTrue();
        var caseId = await CaseIdAsync(host, applicant.Id);
        var counselor = await CaseTestData.StaffAsync(host, Roles.Counselor);
        (await host.SendAsync(new GetCase.Query { Id = caseId })).Succeeded.ShouldBeTrue();
        return (applicant, caseId, counselor);
    }

    [Fact]
    public async Task The_applicant_gets_everything_held_about_them_and_nothing_of_another_applicant()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        var (applicant, caseId, _) = await ApplicantSeenByStaffAsync(host, "영수 폐업사실증명원.pdf");
        var (other, _, _) = await ApplicantSeenByStaffAsync(host, "다른 사람 서류.pdf");
        host.User.SignIn(applicant, Roles.Applicant);

        var data = (await host.SendAsync(new GetMyData.Query())).Value;

        data.Account.Email.ShouldBe(applicant.Email);
        data.Profile!.Name.ShouldBe("김영수");
        data.Profile.Region.ShouldNotBeNullOrEmpty();
        var application = data.Applications.ShouldHaveSingleItem();
        application.Id.ShouldBe(caseId);
        application.Number.ShouldNotBeNull();
        application.Business.Name.ShouldBe("영수네 한식당");
        application.Business.Industry.ShouldNotBeNullOrEmpty();
        application.Wishes.Occupations.Select(o => o.Code).ShouldBe(["5312", "5318"], ignoreOrder: true);
        application.Timeline.ShouldNotBeEmpty();
        application.Documents.ShouldHaveSingleItem().FileName.ShouldBe("영수 폐업사실증명원.pdf");
        data.Consents.ShouldContain(c => c.Item == ConsentItem.Optional && c.Granted);
        var seen = data.AccessByOthers.ShouldHaveSingleItem("the counselor's view of the case; the person's own views are left out");
        seen.Operation.ShouldBe("GetCase.Query");
        seen.Role.ShouldBe(Roles.Counselor);
        seen.Organization.ShouldNotBeNullOrEmpty("the office, not the counselor's name");
        seen.Action.ShouldBe(PersonalDataAction.View);
        data.Applications.SelectMany(a => a.Documents).ShouldNotContain(d => d.FileName == "다른 사람 서류.pdf");
        other.Id.ShouldNotBe(applicant.Id);
    }

    [Fact]
    public async Task The_export_is_in_the_access_log_as_the_persons_own_with_page_or_file_as_the_reason()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        var applicant = await host.SignInAsNewAsync(Roles.Applicant);

        (await host.SendAsync(new GetMyData.Query())).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new GetMyData.Query { AsFile = true })).Succeeded.ShouldBeTrue();

        await using var db = host.Database.NewContext();
        var entries = await db.AccessLog.Where(e => e.Operation == "GetMyData.Query").OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
        entries.Count.ShouldBe(2);
        entries.ShouldAllBe(e => e.Subject == applicant.Id && e.ActorUserId == applicant.Id && e.Action == PersonalDataAction.Export && e.Outcome == "Ok");
        entries.Select(e => e.Reason).ShouldBe(["DataSubjectAccess: page", "DataSubjectAccess: JSON"]);
    }

    [Fact]
    public async Task Staff_cannot_ask_for_an_applicants_export_and_the_refusal_is_logged()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await ApplicantSeenByStaffAsync(host, "a.pdf");

        var refused = await host.SendAsync(new GetMyData.Query());

        refused.Status.ShouldBe(ResultStatus.Forbidden);
        await using var db = host.Database.NewContext();
        (await db.AccessLog.AnyAsync(e => e.Operation == "GetMyData.Query" && e.Outcome == "Forbidden", TestContext.Current.CancellationToken)).ShouldBeTrue();
    }

    [Fact]
    public async Task Counseling_shows_when_how_and_what_about_but_not_the_counselors_notes()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        var (applicant, caseId) = await CaseTestData.SubmittedCaseAsync(host);
        var counselor = await CaseTestData.StaffAsync(host, Roles.Counselor);
        await CaseTestData.StaffAsync(host, Roles.RegionalManager);
        await CaseTestData.ActAsync(host, new ReviewCase.Start { CaseId = caseId });
        await CaseTestData.ActAsync(host, new ReviewCase.Decide { CaseId = caseId, Eligible = true });
        await CaseTestData.ActAsync(host, new AssignCase.Command { CaseId = caseId, CounselorId = counselor.Id });
        host.User.SignIn(counselor, Roles.Counselor);
        var at = DateTime.UtcNow.AddHours(-1);
        (await host.SendAsync(new RecordCounseling.Command
        {
            CaseId = caseId, HeldAt = at, Mode = CounselingMode.Phone, Topics = [CounselingTopics.Resume], Notes = "내부 메모: 채무 상황 추가 확인 필요",
            NextAppointmentAt = at.AddDays(7),
        })).Succeeded.ShouldBeTrue();
        host.User.SignIn(applicant, Roles.Applicant);

        var data = (await host.SendAsync(new GetMyData.Query { AsFile = true })).Value;

        var session = data.Applications.Single().Counseling.ShouldHaveSingleItem();
        (session.Mode, session.Topics).ShouldBe((CounselingMode.Phone, CounselingTopics.Resume));
        session.NextAppointmentAt.ShouldNotBeNull();
        System.Text.Json.JsonSerializer.Serialize(data).ShouldNotContain("채무 상황", customMessage: "the counselor's notes stay internal (ADR 0015)");
    }
}
