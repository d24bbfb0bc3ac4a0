using Restart.Core.Domain;
using Restart.Core.Features.Organizations;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Features.Organizations;

/// <summary>Forms filled in the way staff fill them, and staff of an office signed in.</summary>
internal static class OrganizationsTestData
{
    internal static EditAgency.Command Agency(string name = "서울중부고용복지플러스센터", string sido = "11") => new()
    {
        Name = name,
        Kind = AgencyKind.EmploymentWelfareCenter,
        BusinessNumber = "220-81-00016",
        SidoCode = sido,
        Regions = [sido],
        Summary = "국민취업지원제도, 실업급여, 직업훈련 상담",
        Phone = "02-2004-7300",
        Website = "https://www.work24.go.kr",
        ContactName = "한지원",
        ContactEmail = "jiwon.han@example.go.kr",
        ContactPhone = "02-2004-7311",
    };

    internal static EditCompany.Command Company(string number = "105-86-00008", string sigungu = "11200") => new()
    {
        Name = "성동푸드 주식회사",
        BusinessNumber = number,
        SigunguCode = sigungu,
        Industry = "56111 한식 일반 음식점업",
        Phone = "02-499-1234",
        ContactName = "오세훈",
        ContactEmail = "hr@seongdongfood.example.com",
        IsAgreementCompany = true,
    };

    internal static async Task<ApplicationUser> ManagerOfAsync(CoreHost host, string officeCode)
    {
        var office = await TestData.OfficeIdAsync(host, officeCode);
        return await host.SignInAsNewAsync(Roles.RegionalManager, u => u.RegionalOfficeId = office);
    }
}
