using Microsoft.EntityFrameworkCore;
using Restart.Core.Domain;
using Restart.Core.Features.Apply;

namespace Restart.Core.Tests.Infrastructure;

/// <summary>What several test classes set up the same way: forms filled in, files, ids looked up.</summary>
internal static class TestData
{
    internal static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8];

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

    internal static async Task<Guid> CaseIdAsync(CoreHost host, string userId)
    {
        await using var db = host.Database.NewContext();
        return await db.Cases.Where(c => c.ApplicantUserId == userId).Select(c => c.Id).SingleAsync();
    }

    internal static Guid OfficeOf(CoreHost host, string code)
    {
        using var db = host.Database.NewContext();
        return db.RegionalOffices.Where(o => o.Code == code).Select(o => o.Id).Single();
    }

    internal static async Task<Guid> OfficeIdAsync(CoreHost host, string code)
    {
        await using var db = host.Database.NewContext();
        return await db.RegionalOffices.Where(o => o.Code == code).Select(o => o.Id).SingleAsync();
    }
}
