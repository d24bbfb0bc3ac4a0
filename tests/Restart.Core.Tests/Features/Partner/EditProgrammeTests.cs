using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Partner;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.PartnerTestData;

namespace Restart.Core.Tests.Features.Partner;

public sealed class EditProgrammeTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_new_programme_starts_as_a_draft_of_the_agency_and_reads_back_as_typed(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (agencyId, _) = await PartnerAsync(host);
        await using (var db = host.Database.NewContext())
        {
            db.AgencyRegions.Add(new AgencyRegion { AgencyId = agencyId, SidoCode = "41" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var blank = (await host.SendAsync(new EditProgramme.Query())).Value;
        blank.Regions.ShouldBe(["41"], "a new programme starts with the 시·도 the agency serves");
        blank.ApplyFrom.ShouldBe(Today);
        blank.ApplyUntil.ShouldBe(Today.AddDays(30));

        var id = await CreateAsync(host);

        var form = (await host.SendAsync(new EditProgramme.Query { Id = id })).Value;
        form.Status.ShouldBe(OfferStatus.Draft);
        form.Title.ShouldBe("중장년 조리 실무 과정");
        form.Kind.ShouldBe(ProgrammeKind.Training);
        form.Track.ShouldBe(Track.ReEmployment);
        form.Capacity.ShouldBe(20);
        form.MinAge.ShouldBe(40);
        form.MaxAge.ShouldBe(69);
        form.Regions.ShouldBe(["11", "41"]);
        form.ApplyUntil.ShouldBe(Today.AddDays(20));
        form.EndsOn.ShouldBe(Today.AddDays(90));
        form.BenefitAmount.ShouldBe(300_000);
        await using var check = host.Database.NewContext();
        (await check.Programmes.SingleAsync(p => p.Id == id, TestContext.Current.CancellationToken)).AgencyId.ShouldBe(agencyId);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_loan_keeps_its_terms_and_company_linked_training_its_verified_company(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await PartnerAsync(host);
        var companyId = await CompanyAsync(host);

        var loan = await CreateAsync(host, f => (f.Kind, f.BenefitAmount, f.LoanLimit, f.InterestRate, f.LoanTermMonths, f.Regions) =
            (ProgrammeKind.Loan, null, 100_000_000, 1.0m, 60, []));
        var linked = await CreateAsync(host, f => (f.Kind, f.PartnerCompanyId) = (ProgrammeKind.CompanyLinkedTraining, companyId));

        var shown = (await host.SendAsync(new GetProgramme.Query { Id = loan })).Value;
        shown.LoanLimit.ShouldBe(100_000_000);
        shown.InterestRate.ShouldBe(1.0m);
        shown.LoanTermMonths.ShouldBe(60);
        shown.BenefitAmount.ShouldBeNull();
        shown.Regions.ShouldBeEmpty("no 시·도 is a nationwide programme");
        (await host.SendAsync(new GetProgramme.Query { Id = linked })).Value.PartnerCompany.ShouldBe("(주)검증식품");
        (await host.SendAsync(new EditProgramme.OptionsQuery())).Value.Companies.Select(c => c.Name).ShouldBe(["(주)검증식품"]);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Each_mistake_is_explained_next_to_its_field_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await PartnerAsync(host);
        var unverified = await CompanyAsync(host, verified: false);
        var verified = await CompanyAsync(host);
        (Action<EditProgramme.Command> Change, string Field, string Message)[] mistakes =
        [
            (f => f.Title = "  ", "Title", "프로그램 이름을 입력해 주세요."),
            (f => f.Kind = null, "Kind", "프로그램 유형을 골라 주세요."),
            (f => f.Kind = (ProgrammeKind)99, "Kind", "프로그램 유형을 골라 주세요."),
            (f => f.Track = null, "Track", "재취업, 재창업, 둘 다 중에서 골라 주세요."),
            (f => f.ApplyFrom = Today.AddDays(21), "ApplyUntil", "신청 마감일은 신청 시작일과 같거나 그 뒤여야 합니다."),
            (f => f.EndsOn = Today.AddDays(29), "EndsOn", "종료일은 시작일과 같거나 그 뒤여야 합니다."),
            (f => f.EndsOn = Today.AddDays(19), "ApplyUntil", "신청 마감일은 프로그램 종료일보다 늦을 수 없습니다."),
            (f => f.ApplyUntil = null, "ApplyUntil", "신청 마감일을 입력해 주세요."),
            (f => f.Capacity = 0, "Capacity", "정원은 1명 이상 1,000,000명 이하로 입력해 주세요."),
            (f => f.Capacity = null, "Capacity", "정원을 입력해 주세요."),
            (f => f.BenefitAmount = -1, "BenefitAmount", "금액은 0원 이상으로 입력해 주세요."),
            (f => f.MinAge = 14, "MinAge", "나이는 15세에서 99세 사이로 입력해 주세요."),
            (f => f.MaxAge = 100, "MaxAge", "나이는 15세에서 99세 사이로 입력해 주세요."),
            (f => (f.MinAge, f.MaxAge) = (60, 50), "MaxAge", "최대 나이는 최소 나이보다 작을 수 없습니다."),
            (f => f.Regions = ["11", "99"], "Regions", "목록에 있는 시·도만 고를 수 있습니다."),
            (f => f.LoanLimit = 1_000_000, "LoanLimit", "대출 한도, 금리, 기간은 융자 프로그램에만 입력할 수 있습니다."),
            (f => f.InterestRate = 1, "InterestRate", "대출 한도, 금리, 기간은 융자 프로그램에만 입력할 수 있습니다."),
            (f => (f.Kind, f.BenefitAmount) = (ProgrammeKind.Loan, null), "LoanLimit", "융자의 대출 한도를 입력해 주세요."),
            (f => (f.Kind, f.BenefitAmount, f.LoanLimit) = (ProgrammeKind.Loan, null, -5), "LoanLimit", "금액은 0원 이상으로 입력해 주세요."),
            (f => (f.Kind, f.BenefitAmount, f.LoanLimit, f.InterestRate) = (ProgrammeKind.Loan, null, 1_000_000, 20.5m), "InterestRate", "금리는 연 0%에서 20% 사이로 입력해 주세요."),
            (f => (f.Kind, f.LoanLimit) = (ProgrammeKind.Loan, 1_000_000), "BenefitAmount", "융자는 지원 금액 대신 대출 한도를 입력해 주세요."),
            (f => f.Kind = ProgrammeKind.CompanyLinkedTraining, "PartnerCompanyId", "기업연계 훈련은 협력 기업을 골라야 합니다."),
            (f => (f.Kind, f.PartnerCompanyId) = (ProgrammeKind.CompanyLinkedTraining, unverified), "PartnerCompanyId", "검증을 마친 기업만 협력 기업으로 고를 수 있습니다."),
            (f => (f.Kind, f.PartnerCompanyId) = (ProgrammeKind.CompanyLinkedTraining, Guid.NewGuid()), "PartnerCompanyId", "검증을 마친 기업만 협력 기업으로 고를 수 있습니다."),
            (f => f.PartnerCompanyId = verified, "PartnerCompanyId", "협력 기업은 기업연계 훈련에만 고를 수 있습니다."),
        ];

        foreach (var (change, field, message) in mistakes)
        {
            var result = await host.SendAsync(Form(change));
            result.Status.ShouldBe(ResultStatus.Invalid, $"{field}: {message}");
            result.Errors.ShouldContain(new FieldError(field, message));
        }

        await using var db = host.Database.NewContext();
        (await db.Programmes.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task An_edit_keeps_the_status_and_an_open_programme_cannot_be_saved_with_a_past_deadline(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await PartnerAsync(host);
        var id = await CreateAsync(host);
        (await host.SendAsync(new ChangeProgrammeStatus.Publish { Id = id, Version = await VersionAsync(host, id) })).Succeeded.ShouldBeTrue();

        var form = (await host.SendAsync(new EditProgramme.Query { Id = id })).Value;
        (form.Title, form.Regions, form.Capacity) = ("중장년 조리 심화 과정", ["26"], 30);
        (await host.SendAsync(form)).Succeeded.ShouldBeTrue();
        var saved = (await host.SendAsync(new GetProgramme.Query { Id = id })).Value;
        (saved.Title, saved.Status, saved.Capacity).ShouldBe(("중장년 조리 심화 과정", OfferStatus.Open, 30));
        saved.Regions.ShouldBe(["부산광역시"]);

        var late = (await host.SendAsync(new EditProgramme.Query { Id = id })).Value;
        (late.ApplyFrom, late.ApplyUntil) = (Today.AddDays(-10), Today.AddDays(-1));
        var refused = await host.SendAsync(late);
        refused.Errors.ShouldBe([new FieldError("ApplyUntil", "모집 중인 프로그램의 신청 마감일은 오늘이나 그 뒤여야 합니다.")]);

        var draft = await CreateAsync(host, f => (f.ApplyFrom, f.ApplyUntil) = (Today.AddDays(-10), Today.AddDays(-1)));
        (await host.SendAsync(new GetProgramme.Query { Id = draft })).Value.Status.ShouldBe(OfferStatus.Draft, "a draft may be saved with any deadline; publishing checks it");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_second_editor_is_told_someone_saved_first_and_the_first_save_stays(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await PartnerAsync(host);
        var id = await CreateAsync(host);
        var first = (await host.SendAsync(new EditProgramme.Query { Id = id })).Value;
        var second = (await host.SendAsync(new EditProgramme.Query { Id = id })).Value;
        first.Capacity = 25;
        second.Capacity = 40;

        (await host.SendAsync(first)).Succeeded.ShouldBeTrue();
        var refused = await host.SendAsync(second);

        refused.Status.ShouldBe(ResultStatus.Conflict);
        refused.Errors.Single().Message.ShouldStartWith("다른 사람이 먼저");
        (await host.SendAsync(new GetProgramme.Query { Id = id })).Value.Capacity.ShouldBe(25);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Another_agencys_programme_is_not_found_and_other_roles_are_refused(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await PartnerAsync(host, "첫째기관");
        var id = await CreateAsync(host);
        var version = await VersionAsync(host, id);

        await PartnerAsync(host, "둘째기관");
        (await host.SendAsync(new GetProgramme.Query { Id = id })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(new EditProgramme.Query { Id = id })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(Form(f => (f.Id, f.Version) = (id, version)))).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(new ChangeProgrammeStatus.Publish { Id = id, Version = version })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(new ListProgrammes.Query())).Value.TotalCount.ShouldBe(0);

        await host.SignInAsNewAsync(Roles.Employer);
        (await host.SendAsync(new GetProgramme.Query { Id = id })).Status.ShouldBe(ResultStatus.Forbidden);
        (await host.SendAsync(Form())).Status.ShouldBe(ResultStatus.Forbidden);
        await host.SignInAsNewAsync(Roles.AgencyPartner);
        (await host.SendAsync(Form())).Status.ShouldBe(ResultStatus.Forbidden, "a partner account without an agency");

        await using var db = host.Database.NewContext();
        (await db.Programmes.SingleAsync(p => p.Id == id, TestContext.Current.CancellationToken)).Status.ShouldBe(OfferStatus.Draft);
    }
}
