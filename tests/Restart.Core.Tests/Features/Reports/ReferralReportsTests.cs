using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Reports;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Features.Reports.ReferralReportTestData;
using static Restart.Core.Tests.Infrastructure.CaseTestData;
using S = Restart.Core.Domain.ReferralStatus;

namespace Restart.Core.Tests.Features.Reports;

/// <summary>A partner's, an employer's and a council's referral outcomes counted from hand-built referrals whose answers are known; "&lt;5" below five; each reads only its own.</summary>
public sealed class ReferralReportsTests
{
    private static readonly S[] Completed = [S.Referred, S.Accepted, S.Completed];
    private static readonly S[] Dropped = [S.Referred, S.Accepted, S.Dropped];

    private static T InNovember<T>(T query) where T : ReportPeriodRequest
    {
        (query.Period, query.Year, query.Number) = (PeriodKind.Month, 2026, 11);
        return query;
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_partner_reads_its_own_programmes_funnel_and_places_and_another_agencys_is_not_found(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        host.Clock.Now = Now;
        var agency = await AgencyAsync(host, "성동자활센터");
        var other = await AgencyAsync(host, "다른기관");
        var cooking = await ProgrammeAsync(host, agency, "조리 실무", capacity: 10);
        var driving = await ProgrammeAsync(host, agency, "운전 교육", status: OfferStatus.Draft);
        var quiet = await ProgrammeAsync(host, agency, "바리스타");
        await ProgrammeAsync(host, agency, "초안", status: OfferStatus.Draft);
        await ProgrammeAsync(host, agency, "지난해 과정", applyFrom: new DateOnly(2025, 3, 1));
        var elsewhere = await ProgrammeAsync(host, other, "다른 과정");

        await ReferralsAsync(host, 5, November, Completed, (agency, cooking));
        await ReferralsAsync(host, 2, November, Dropped, (agency, cooking));
        await ReferralsAsync(host, 1, November, [S.Referred, S.Declined], (agency, cooking));
        await ReferralsAsync(host, 1, November, [S.Referred, S.Accepted], (agency, cooking));
        await ReferralsAsync(host, 1, November, [S.Referred], (agency, cooking));
        await ReferralsAsync(host, 1, November, [], (agency, cooking)); // a suggestion the partner never saw
        await ReferralsAsync(host, 1, October, Completed, (agency, cooking)); // another month
        await ReferralsAsync(host, 1, November, Completed, (agency, driving));
        await ReferralsAsync(host, 6, November, Completed, (other, elsewhere));

        await host.SignInAsNewAsync(Roles.AgencyPartner, u => u.AgencyId = agency);
        var result = await host.SendAsync(InNovember(new GetOfferReport.Query()));
        result.Succeeded.ShouldBeTrue(result.Status.ToString());
        var report = result.Value;

        report.Name.ShouldBe("성동자활센터");
        (report.From, report.Until).ShouldBe((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));
        report.Total.ShouldBe(new ReferralFunnel.Row(agency, "성동자활센터", 11, 9, null, 6, null, null, 0.545m));
        report.Offers.ShouldBe(
        [
            new(quiet, "바리스타", null, null, null, null, null, null, null),
            new(driving, "운전 교육", null, null, null, null, null, null, null),
            new(cooking, "조리 실무", 10, 8, null, 5, null, null, 0.5m),
        ]);
        // Places held now: 5 completed, 1 accepted and 1 referred this month and October's completed one.
        report.Places.ShouldBe(
        [
            new(quiet, "바리스타", 20, null, null),
            new(driving, "운전 교육", 20, null, null),
            new(cooking, "조리 실무", 10, 8, 0.8m),
        ]);

        (await host.SendAsync(InNovember(new GetOfferReport.Query { OrganisationId = other }))).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(InNovember(new GetOfferReport.Export { OrganisationId = agency, Table = GetOfferReport.Table.Funnel }))).Status.ShouldBe(ResultStatus.Invalid);
        (await host.SendAsync(InNovember(new GetOfferReport.Export { Table = GetOfferReport.Table.Funnel, Why = "성과공유회" }))).Value.Total.Referred.ShouldBe(11);
        await StaffAsync(host, Roles.RegionalManager);
        (await host.SendAsync(InNovember(new GetOfferReport.Query()))).Status.ShouldBe(ResultStatus.Forbidden);

        await using var db = host.Database.NewContext();
        var log = await db.AccessLog.Where(e => e.Operation.StartsWith("GetOfferReport")).Select(e => new { e.Subject, e.Outcome, e.Reason }).ToListAsync(TestContext.Current.CancellationToken);
        log.ShouldContain(e => e.Subject == $"offer-report:{other}" && e.Outcome == "NotFound");
        log.ShouldContain(e => e.Subject == "offer-report:own:Funnel" && e.Reason == "성과공유회");
        log.ShouldContain(e => e.Subject == "offer-report:own" && e.Outcome == "Forbidden");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task An_employer_reads_its_own_posts_funnel_to_hire_and_openings_filled_and_another_companys_is_not_found(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        host.Clock.Now = Now;
        var company = await CompanyAsync(host, "(주)한빛푸드");
        var other = await CompanyAsync(host, "(주)다른상사");
        var cook = await PostAsync(host, company, "한식 조리원");
        var server = await PostAsync(host, company, "홀 서빙");
        await PostAsync(host, company, "작년 공고", opensOn: new DateOnly(2025, 5, 1));
        var elsewhere = await PostAsync(host, other, "다른 공고");

        await ReferralsAsync(host, 3, November, [S.Referred, S.Accepted, S.Interview, S.Hired], post: (company, cook));
        await ReferralsAsync(host, 2, November, [S.Referred, S.Accepted, S.Hired], post: (company, cook));
        await ReferralsAsync(host, 2, November, [S.Referred, S.Accepted, S.Interview, S.NotHired], post: (company, cook));
        await ReferralsAsync(host, 1, November, [S.Referred, S.Declined], post: (company, cook));
        await ReferralsAsync(host, 2, November, [S.Referred], post: (company, cook));
        await ReferralsAsync(host, 5, November, [S.Referred, S.Accepted, S.Hired], post: (other, elsewhere));

        await host.SignInAsNewAsync(Roles.Employer, u => u.CompanyId = company);
        var report = (await host.SendAsync(InNovember(new GetOfferReport.Query()))).Value;

        report.Total.ShouldBe(new ReferralFunnel.Row(company, "(주)한빛푸드", 10, 7, 5, 5, null, null, 0.5m));
        report.Offers.ShouldBe(
        [
            new(cook, "한식 조리원", 10, 7, 5, 5, null, null, 0.5m),
            new(server, "홀 서빙", null, null, null, null, null, null, null),
        ]);
        // Openings held now: five hired and two referred.
        report.Places.ShouldBe([new(cook, "한식 조리원", 30, 7, 0.233m), new(server, "홀 서빙", 30, null, null)]);
        (await host.SendAsync(InNovember(new GetOfferReport.Query { OrganisationId = other }))).Status.ShouldBe(ResultStatus.NotFound);
        await StaffAsync(host, Roles.Counselor);
        (await host.SendAsync(InNovember(new GetOfferReport.Query()))).Status.ShouldBe(ResultStatus.Forbidden);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_council_reads_its_members_pilots_and_the_referrals_from_each_office_and_only_its_readers_may(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        host.Clock.Now = Now;
        var seoul = TestData.OfficeOf(host, "SEOUL");
        var jeju = TestData.OfficeOf(host, "JEJU");
        var first = await AgencyAsync(host, "가나고용센터", "SEOUL");
        var second = await AgencyAsync(host, "다라자활센터", "SEOUL", "JEJU");
        var outsider = await AgencyAsync(host, "바깥기관");
        var pilot = await PilotAsync(host, "SEOUL", "소상공인 재기 시범사업", planned: 10);
        await PilotAsync(host, "SEOUL", "지난 시범사업", planned: 5, endsOn: new DateOnly(2026, 6, 30));
        var inPilot = await ProgrammeAsync(host, first, "재기 과정", pilotId: pilot);
        var secondCourse = await ProgrammeAsync(host, second, "자활 과정");
        var outside = await ProgrammeAsync(host, outsider, "바깥 과정");

        await ReferralsAsync(host, 6, November, Completed, (first, inPilot));
        await ReferralsAsync(host, 5, November, [S.Referred], (second, secondCourse), office: "JEJU");
        await ReferralsAsync(host, 2, November, [S.Referred], (second, secondCourse));
        await ReferralsAsync(host, 7, November, Completed, (outsider, outside));

        await StaffAsync(host, Roles.Counselor, office: "SEOUL");
        var report = (await host.SendAsync(InNovember(new GetCouncilReport.Query()))).Value;

        report.OfficeId.ShouldBe(seoul);
        report.Members.ShouldBe(
        [
            new(first, "가나고용센터", 6, 6, null, 6, null, null, 1m),
            new(second, "다라자활센터", 7, null, null, null, null, null, null),
        ]);
        report.Pilots.ShouldBe([new(new(pilot, "소상공인 재기 시범사업", 6, 6, null, 6, null, null, 1m), 10, 6, 0.6m)]);
        report.Flows.Select(f => (f.Agency, f.Referrals.Referred, f.Referrals.Succeeded)).ShouldBe(
            [("가나고용센터", (int?)6, (int?)6), ("다라자활센터", null, null), ("다라자활센터", 5, null)], ignoreOrder: true);
        report.Flows.Count(f => f.Office.Length > 0).ShouldBe(3);

        (await host.SendAsync(InNovember(new GetCouncilReport.Query { OfficeId = jeju }))).Status.ShouldBe(ResultStatus.Forbidden);
        await StaffAsync(host, Roles.Counselor, office: "JEJU");
        (await host.SendAsync(InNovember(new GetCouncilReport.Query { OfficeId = seoul }))).Status.ShouldBe(ResultStatus.Forbidden);
        (await host.SendAsync(InNovember(new GetCouncilReport.Query()))).Value.OfficeId.ShouldBe(jeju);

        await host.SignInAsNewAsync(Roles.AgencyPartner, u => u.AgencyId = second);
        var member = (await host.SendAsync(InNovember(new GetCouncilReport.Query { OfficeId = seoul }))).Value;
        member.Councils.Select(c => c.OfficeId).ShouldBe([seoul, jeju], ignoreOrder: true);
        await host.SignInAsNewAsync(Roles.AgencyPartner, u => u.AgencyId = outsider);
        (await host.SendAsync(InNovember(new GetCouncilReport.Query { OfficeId = seoul }))).Status.ShouldBe(ResultStatus.Forbidden);
        (await host.SendAsync(InNovember(new GetCouncilReport.Query()))).Status.ShouldBe(ResultStatus.Forbidden);
        await host.SignInAsNewAsync(Roles.Employer);
        (await host.SendAsync(InNovember(new GetCouncilReport.Query { OfficeId = seoul }))).Status.ShouldBe(ResultStatus.Forbidden);
        await host.SignInAsNewAsync(Roles.Administrator);
        (await host.SendAsync(InNovember(new GetCouncilReport.Query { OfficeId = jeju }))).Value.Members.Select(m => m.Id).ShouldBe([second]);

        await using var db = host.Database.NewContext();
        var refusals = await db.AccessLog.Where(e => e.Operation == "GetCouncilReport.Query" && e.Outcome == "Forbidden").Select(e => e.Subject).ToListAsync(TestContext.Current.CancellationToken);
        refusals.Count(s => s == $"council-report:{seoul}").ShouldBe(3);
        refusals.ShouldContain($"council-report:{jeju}");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Referrals_made_before_the_stage_times_count_the_same_after_the_upgrade(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        host.Clock.Now = Now;
        var company = await CompanyAsync(host, "(주)한빛푸드");
        var cook = await PostAsync(host, company, "한식 조리원");
        await ReferralsAsync(host, 5, November, [S.Referred, S.Accepted, S.Interview, S.Hired], post: (company, cook));
        await ReferralsAsync(host, 2, November, [S.Referred, S.Accepted, S.NotHired], post: (company, cook));
        await ReferralsAsync(host, 1, November, [S.Referred, S.Declined], post: (company, cook));
        await ReferralsAsync(host, 1, November, [S.Declined], post: (company, cook)); // a suggestion declined before it was sent
        await host.SignInAsNewAsync(Roles.Employer, u => u.CompanyId = company);
        var before = (await host.SendAsync(InNovember(new GetOfferReport.Query()))).Value.Total;
        before.ShouldBe(new ReferralFunnel.Row(company, "(주)한빛푸드", 8, 7, 5, 5, null, null, 0.625m));

        // The database as it was before the referrals kept their stages' times, then upgraded: the times come from the steps.
        await using (var db = host.Database.NewContext())
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("20261208001855_ReferralStepStatusIndex", TestContext.Current.CancellationToken);
            await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);
        }

        (await host.SendAsync(InNovember(new GetOfferReport.Query()))).Value.Total.ShouldBe(before);
        await using var read = host.Database.NewContext();
        var hired = await read.Referrals.AsNoTracking().Include(r => r.Steps).FirstAsync(r => r.Status == S.Hired, TestContext.Current.CancellationToken);
        (hired.ReferredAt, hired.AcceptedAt, hired.InterviewRecordedAt).ShouldBe((
            hired.Steps.Single(x => x.Status == S.Referred).At, hired.Steps.Single(x => x.Status == S.Accepted).At, hired.Steps.Single(x => x.Status == S.Interview).At));
        var unsent = await read.Referrals.AsNoTracking().SingleAsync(r => r.ReferredAt == null, TestContext.Current.CancellationToken);
        unsent.Status.ShouldBe(S.Declined);
    }
}
