using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Cases;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.CaseTestData;

namespace Restart.Core.Tests.Features.Cases;

/// <summary>Counseling records: editable by their author on the day, corrected by new entries after; outreach visits counted per counselor and district; the agenda.</summary>
public sealed class CounselingTests
{
    private static RecordCounseling.Command Session(Guid caseId, DateTime at) => new()
    {
        CaseId = caseId,
        HeldAt = at,
        Mode = CounselingMode.Office,
        Topics = [CounselingTopics.CareerDesign, CounselingTopics.Resume],
        Notes = "경력 정리, 이력서 초안 검토",
        NextAppointmentAt = at.AddDays(7),
        Items = [new() { Description = "이력서 수정본 제출", Owner = ActionOwner.Applicant, DueOn = DateOnly.FromDateTime(at.AddDays(3)) }],
    };

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_session_is_edited_on_its_day_by_its_author_and_corrected_by_a_new_entry_after(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (_, caseId) = await SubmittedCaseAsync(host);
        var author = await StaffAsync(host, Roles.Counselor, name: "박지현");
        var at = new DateTime(2026, 11, 23, 1, 0, 0, DateTimeKind.Utc);
        host.Clock.Now = at.AddHours(1);
        (await host.SendAsync(Session(caseId, at))).Succeeded.ShouldBeTrue();
        var written = (await host.SendAsync(new GetCase.Query { Id = caseId })).Value.Sessions.Single();
        written.Topics.ShouldBe(CounselingTopics.CareerDesign | CounselingTopics.Resume);
        written.Editable.ShouldBeTrue();

        var edit = Session(caseId, at);
        (edit.SessionId, edit.SessionVersion, edit.Notes) = (written.Id, written.Version, "경력 정리, 이력서 초안 검토 (면접 연습 희망)");
        (await host.SendAsync(edit)).Succeeded.ShouldBeTrue();

        host.Clock.Now = at.AddDays(2);
        var late = Session(caseId, at);
        (late.SessionId, late.SessionVersion) = (written.Id, (await host.SendAsync(new GetCase.Query { Id = caseId })).Value.Sessions.Single().Version);
        (await host.SendAsync(late)).Errors.Single().Message.ShouldContain("정정 기록");
        var correction = Session(caseId, at);
        (correction.CorrectsSessionId, correction.Notes) = (written.Id, "정정: 다음 약속은 전화 상담");
        (await host.SendAsync(correction)).Succeeded.ShouldBeTrue();

        var sessions = (await host.SendAsync(new GetCase.Query { Id = caseId })).Value.Sessions;
        sessions.Count.ShouldBe(2);
        sessions.ShouldContain(s => s.Notes == "경력 정리, 이력서 초안 검토 (면접 연습 희망)" && s.EditedAt != null);
        sessions.ShouldContain(s => s.CorrectsSessionId == written.Id);
        sessions.Single(s => s.Id == written.Id).Editable.ShouldBeFalse("a day later it stays as written");
        sessions.Single(s => s.Id != written.Id).Editable.ShouldBeTrue("the correction is new");
        _ = author;
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Outreach_visits_are_counted_per_counselor_and_district_and_the_agenda_shows_what_is_due(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (_, caseId) = await SubmittedCaseAsync(host);
        var counselor = await StaffAsync(host, Roles.Counselor, name: "박지현");
        var manager = await StaffAsync(host, Roles.RegionalManager);
        await ActAsync(host, new ReviewCase.Start { CaseId = caseId });
        await ActAsync(host, new ReviewCase.Decide { CaseId = caseId, Eligible = true });
        await ActAsync(host, new AssignCase.Command { CaseId = caseId, CounselorId = counselor.Id });

        host.User.SignIn(counselor, Roles.Counselor);
        var at = new DateTime(2026, 11, 23, 1, 0, 0, DateTimeKind.Utc);
        host.Clock.Now = at.AddHours(1);
        var visit = Session(caseId, at);
        visit.Mode = CounselingMode.Outreach;
        (await host.SendAsync(visit)).Errors.Select(e => e.Field).ShouldBe([nameof(visit.VisitSigunguCode), nameof(visit.BusinessStage)], ignoreOrder: true);
        (visit.VisitSigunguCode, visit.BusinessStage, visit.IntakeOnSite, visit.NextAppointmentAt) = ("11200", BusinessStage.Closing, "자활기금 점포임차 융자 신청서 접수", new DateTime(2026, 11, 26, 5, 0, 0, DateTimeKind.Utc));
        (await host.SendAsync(visit)).Succeeded.ShouldBeTrue();

        host.User.SignIn(manager, Roles.RegionalManager);
        var summary = (await host.SendAsync(new GetOutreachSummary.Query { From = new DateOnly(2026, 11, 1), Until = new DateOnly(2026, 11, 30) })).Value;
        summary.PerCounselor.ShouldBe([new GetOutreachSummary.Row("박지현", 1, 1)]);
        summary.PerDistrict.ShouldBe([new GetOutreachSummary.Row("서울특별시 성동구", 1, 1)]);

        host.User.SignIn(counselor, Roles.Counselor);
        host.Clock.Now = new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);
        var agenda = (await host.SendAsync(new GetAgenda.Query())).Value;
        agenda.Appointments.Single().Name.ShouldBe("김영수");
        agenda.OverdueItems.ShouldBeEmpty("the item is due on the 26th (KST), not before");
        host.Clock.Now = new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);
        agenda = (await host.SendAsync(new GetAgenda.Query())).Value;
        agenda.Appointments.ShouldBeEmpty();
        var item = agenda.OverdueItems.Single();
        item.Description.ShouldBe("이력서 수정본 제출");

        (await host.SendAsync(new CompleteActionItem.Command { CaseId = caseId, ItemId = item.ItemId })).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new GetAgenda.Query())).Value.OverdueItems.ShouldBeEmpty();
        await using var db = host.Database.NewContext();
        (await db.CaseActionItems.SingleAsync(i => i.Id == item.ItemId, TestContext.Current.CancellationToken)).DoneOn.ShouldBe(new DateOnly(2026, 11, 27));
    }
}
