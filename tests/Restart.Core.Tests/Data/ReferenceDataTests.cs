using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Data;

public sealed class ReferenceDataTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Official_lists_are_loaded_with_their_revision_and_publisher(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await using var db = host.Database.NewContext();
        var ct = TestContext.Current.CancellationToken;

        (await db.Sidos.CountAsync(ct)).ShouldBe(17);
        (await db.Sigungus.CountAsync(ct)).ShouldBe(264);
        (await db.Sigungus.SingleAsync(s => s.Code == "27720", ct)).Name.ShouldBe("군위군", "군위군 moved to 대구 in 2023");
        (await db.Sidos.SingleAsync(s => s.Code == "52", ct)).Name.ShouldBe("전북특별자치도");
        (await db.Industries.CountAsync(i => i.Level == 1, ct)).ShouldBe(21);
        (await db.Industries.CountAsync(i => i.Level == 2, ct)).ShouldBe(77);
        (await db.Industries.SingleAsync(i => i.Code == "56221", ct)).NameKo.ShouldBe("커피 전문점");
        (await db.Occupations.CountAsync(o => o.Level == 1, ct)).ShouldBe(10);
        (await db.Occupations.CountAsync(o => o.Level == 2, ct)).ShouldBe(35);
        (await db.Occupations.CountAsync(o => o.Level == 3, ct)).ShouldBe(140);
        (await db.Qualifications.CountAsync(ct)).ShouldBe(613);
        (await db.Qualifications.SingleAsync(q => q.Code == "7875", ct)).Name.ShouldBe("지게차운전기능사");
        (await db.MinimumWages.SingleAsync(w => w.Year == 2026, ct)).Hourly.ShouldBe(10_320);

        var sets = await db.ReferenceDataSets.OrderBy(s => s.Name).ToListAsync(ct);
        sets.Select(s => s.Name).ShouldBe(["keco", "ksic", "qualifications", "regions"]);
        sets.Single(s => s.Name == "qualifications").Publisher.ShouldContain("한국산업인력공단");
        sets.Single(s => s.Name == "ksic").Publisher.ShouldContain("통계청");
        sets.Single(s => s.Name == "regions").Publisher.ShouldContain("행정안전부");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Every_province_is_covered_by_exactly_one_regional_office(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await using var db = host.Database.NewContext();
        var ct = TestContext.Current.CancellationToken;

        var covered = await db.RegionalOfficeCoverage.Select(c => c.SidoCode).ToListAsync(ct);
        covered.Order().ShouldBe(await db.Sidos.Select(s => s.Code).OrderBy(c => c).ToListAsync(ct));
        (await db.RegionalOffices.CountAsync(ct)).ShouldBe(13);

        // 경기북부 takes the ten northern 시·군 (and 고양's 일반구) out of 경기.
        var north = await db.RegionalOffices.Where(o => o.Code == "GYEONGGI-NORTH").Select(o => o.Id).SingleAsync(ct);
        var districts = await db.SigungusOf(north).ToListAsync(ct);
        districts.ShouldContain("41285", "고양시 일산동구");
        districts.ShouldNotContain("41110", "수원시 stays with 경기");
        var gyeonggi = await db.RegionalOffices.Where(o => o.Code == "GYEONGGI").Select(o => o.Id).SingleAsync(ct);
        var rest = await db.SigungusOf(gyeonggi).ToListAsync(ct);
        rest.ShouldContain("41110");
        rest.Intersect(districts).ShouldBeEmpty("no 시·군·구 is served by two offices");
        (rest.Count + districts.Count).ShouldBe(await db.Sigungus.CountAsync(s => s.SidoCode == "41", ct));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Seeding_again_changes_nothing_and_keeps_an_administrators_edits(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await using (var db = host.Database.NewContext())
        {
            var office = await db.RegionalOffices.SingleAsync(o => o.Code == "SEOUL", ct);
            office.Phone = "02-123-4567";
            await db.SaveChangesAsync(ct);
        }

        await host.InScopeAsync(p => p.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: false, ct));

        await using var check = host.Database.NewContext();
        (await check.Sigungus.CountAsync(ct)).ShouldBe(264);
        (await check.RegionalOffices.CountAsync(ct)).ShouldBe(13);
        (await check.RegionalOffices.SingleAsync(o => o.Code == "SEOUL", ct)).Phone.ShouldBe("02-123-4567");
    }

    [Fact]
    public void Seed_files_keep_quoted_commas_inside_one_field()
    {
        var rows = SeedCsv.Parse("code,name\nA,\"농업, 임업 및 어업(01~03)\"\nB,\"say \"\"hi\"\"\"\n");
        rows.Count.ShouldBe(3);
        rows[1].ShouldBe(["A", "농업, 임업 및 어업(01~03)"]);
        rows[2].ShouldBe(["B", "say \"hi\""]);
    }
}
