using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Admin.Accounts;
using Restart.Core.Features.Organizations;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Features.Organizations.OrganizationsTestData;

namespace Restart.Core.Tests.Features.Organizations;

public sealed class EditCompanyTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_new_company_is_unverified_until_a_manager_of_its_region_verifies_it(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var manager = await ManagerOfAsync(host, "SEOUL");

        var created = await host.SendAsync(Company());
        created.Succeeded.ShouldBeTrue(string.Join(", ", created.Errors.Select(e => e.Message)));
        var listed = (await host.SendAsync(new ListCompanies.Query { Search = "성동푸드" })).Value.Items.ShouldHaveSingleItem();
        listed.Verified.ShouldBeFalse();
        listed.BusinessNumberText.ShouldBe("105-86-00008");

        (await host.SendAsync(new VerifyCompany.Command { Id = created.Value })).Succeeded.ShouldBeTrue();

        var company = (await host.SendAsync(new GetCompany.Query { Id = created.Value })).Value;
        company.VerifiedAt.ShouldNotBeNull();
        company.VerifiedBy.ShouldBe(manager.DisplayName);
        company.Industry.ShouldBe("56111 한식 일반 음식점업");
        company.Region.ShouldBe("서울특별시 성동구");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_business_number_already_registered_or_with_a_wrong_check_digit_is_refused_with_a_message(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.SignInAsNewAsync(Roles.Administrator);
        var first = await host.SendAsync(Company());
        first.Succeeded.ShouldBeTrue();

        var again = await host.SendAsync(Company("1058600008"));
        var wrong = await host.SendAsync(Company("105-86-00009"));
        var short_ = await host.SendAsync(Company("105-86-0000"));

        again.Errors.ShouldHaveSingleItem().ShouldBe(new FieldError("BusinessNumber", "이 사업자등록번호의 기업이 이미 등록되어 있습니다. 기업 목록에서 이름이나 번호로 찾아 주세요."));
        wrong.Errors.ShouldContain(e => e.Field == "BusinessNumber" && e.Message.Contains("올바르지 않습니다"));
        short_.Errors.ShouldContain(e => e.Field == "BusinessNumber");

        // Editing the company itself keeps its own number without complaint.
        var edit = (await host.SendAsync(new EditCompany.Query { Id = first.Value })).Value;
        edit.Phone = "02-499-5678";
        (await host.SendAsync(edit)).Succeeded.ShouldBeTrue();
        await using var db = host.Database.NewContext();
        (await db.Companies.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_manager_places_companies_in_their_region_only_and_cannot_reach_another_regions(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await ManagerOfAsync(host, "SEOUL");
        var outside = await host.SendAsync(Company(sigungu: "26110"));
        outside.Errors.ShouldContain(e => e.Field == "SigunguCode" && e.Message.Contains("관할"));
        var unknownIndustry = Company();
        unknownIndustry.Industry = "99999 없는 업종";
        (await host.SendAsync(unknownIndustry)).Errors.ShouldContain(e => e.Field == "Industry");

        await ManagerOfAsync(host, "BUSAN-ULSAN");
        var busanCompany = (await host.SendAsync(Company("314-81-00010", "26110"))).Value;

        await ManagerOfAsync(host, "SEOUL");
        (await host.SendAsync(new GetCompany.Query { Id = busanCompany })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(new VerifyCompany.Command { Id = busanCompany })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(new ListOrganizationAccounts.Query { Of = ListOrganizationAccounts.Organization.Company, Id = busanCompany })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(new CreateAccount.Command { Email = "boss@example.com", DisplayName = "부산 사장", Role = Roles.Employer, CompanyId = busanCompany }))
            .Status.ShouldBe(ResultStatus.NotFound);
        await using var db = host.Database.NewContext();
        (await db.Companies.SingleAsync(c => c.Id == busanCompany, TestContext.Current.CancellationToken)).VerifiedAt.ShouldBeNull();
        (await db.Users.AnyAsync(u => u.Email == "boss@example.com", TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_manager_creates_an_employer_account_for_their_company_but_never_a_staff_account(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await ManagerOfAsync(host, "SEOUL");
        var company = (await host.SendAsync(Company())).Value;
        var seoul = await TestData.OfficeIdAsync(host, "SEOUL");

        var employer = await host.SendAsync(new CreateAccount.Command { Email = "owner@seongdongfood.example.com", DisplayName = "오세훈", Role = Roles.Employer, CompanyId = company });
        var counselor = await host.SendAsync(new CreateAccount.Command { Email = "c@example.com", DisplayName = "상담", Role = Roles.Counselor, RegionalOfficeId = seoul });
        var admin = await host.SendAsync(new CreateAccount.Command { Email = "a@example.com", DisplayName = "관리", Role = Roles.Administrator });

        employer.Succeeded.ShouldBeTrue(string.Join(", ", employer.Errors.Select(e => e.Message)));
        counselor.Status.ShouldBe(ResultStatus.Forbidden);
        admin.Status.ShouldBe(ResultStatus.Forbidden);
        host.Mails.ShouldHaveSingleItem().Email.ShouldBe("owner@seongdongfood.example.com");
        var accounts = (await host.SendAsync(new ListOrganizationAccounts.Query { Of = ListOrganizationAccounts.Organization.Company, Id = company })).Value;
        accounts.Items.ShouldHaveSingleItem().DisplayName.ShouldBe("오세훈");
    }
}
