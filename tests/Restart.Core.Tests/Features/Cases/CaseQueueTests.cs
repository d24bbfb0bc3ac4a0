using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Cases;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.CaseTestData;

namespace Restart.Core.Tests.Features.Cases;

/// <summary>The office's queue: its own cases only, each filter, counts per status, and paging that neither skips nor repeats a case.</summary>
public sealed class CaseQueueTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task The_queue_pages_through_every_case_of_the_office_once_in_order_and_back(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await ManyCasesAsync(host, "SEOUL", 120, i => ($"신청자{i:000}", i % 3 == 0 ? CaseStatus.EligibilityReview : CaseStatus.Submitted, Track.ReEmployment));
        await ManyCasesAsync(host, "BUSAN-ULSAN", 5, i => ($"부산{i}", CaseStatus.Submitted, Track.ReEmployment), firstNumber: 800000);
        await StaffAsync(host, Roles.Counselor);

        var seen = new List<string>();
        var page = (await host.SendAsync(new GetCaseQueue.Query())).Value;
        page.Previous.ShouldBeNull();
        page.Total.ShouldBe(120, "the other office's five are not counted");
        while (true)
        {
            seen.AddRange(page.Items.Select(i => i.Number));
            if (page.Next is null)
            {
                break;
            }

            page = (await host.SendAsync(new GetCaseQueue.Query { After = page.Next })).Value;
        }

        seen.Count.ShouldBe(120);
        seen.ShouldBe(seen.OrderBy(n => n, StringComparer.Ordinal).ToList(), "longest waiting first: the oldest were numbered first");
        seen.ShouldAllBe(n => n.StartsWith("2026-9", StringComparison.Ordinal));

        // The last page's "previous" leads back to exactly the page before it.
        var back = (await host.SendAsync(new GetCaseQueue.Query { Before = page.Previous })).Value;
        back.Items.Select(i => i.Number).ShouldBe(seen.Skip(50).Take(50));
        back.Next.ShouldNotBeNull();
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Each_filter_narrows_the_queue_and_the_counts_stay_per_status(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var me = await StaffAsync(host, Roles.Counselor);
        await ManyCasesAsync(host, "SEOUL", 12, i => (i == 7 ? "홍길동" : $"김철수{i}", i < 4 ? CaseStatus.Assigned : i < 8 ? CaseStatus.Submitted : CaseStatus.Closed,
            i % 2 == 0 ? Track.ReFounding : Track.ReEmployment), counselorId: me.Id);
        host.Clock.Now = new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

        var all = (await host.SendAsync(new GetCaseQueue.Query())).Value;
        all.Total.ShouldBe(8, "closed cases are not in the default queue");
        all.Counts.ShouldBe(new Dictionary<CaseStatus, int> { [CaseStatus.Assigned] = 4, [CaseStatus.Submitted] = 4, [CaseStatus.Closed] = 4 }, ignoreOrder: true);

        async Task<IReadOnlyList<string>> Names(GetCaseQueue.Query q) => [.. (await host.SendAsync(q)).Value.Items.Select(i => i.Name)];
        (await Names(new() { Status = CaseStatus.Closed })).Count.ShouldBe(4);
        (await Names(new() { Counselor = "mine" })).Count.ShouldBe(4);
        (await Names(new() { Counselor = "none" })).Count.ShouldBe(4);
        (await Names(new() { Track = Track.ReFounding })).Count.ShouldBe(4);
        (await Names(new() { Search = "홍길" })).ShouldBe(["홍길동"]);
        (await Names(new() { Search = "2026-900003" })).ShouldBe(["김철수3"]);
        (await Names(new() { WaitingDays = 1 })).ShouldBeEmpty("every case changed less than a day before");
        host.Clock.Now = new DateTimeOffset(2026, 6, 3, 10, 0, 0, TimeSpan.Zero);
        (await Names(new() { WaitingDays = 2 })).Count.ShouldBe(8);
        (await Names(new() { Sort = GetCaseQueue.Sort.Recent })).First().ShouldBe("홍길동", "the most recently changed open case");
    }

    /// <summary>
    /// The everyday views (a status or none, a counselor or none, a sort) are read by compiled queries, a view with a
    /// track, a wait or a search by the composed one: a track every case has narrows nothing, so both must page alike.
    /// </summary>
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_filter_that_narrows_nothing_pages_the_same_cases_in_every_sort_and_both_ways(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var me = await StaffAsync(host, Roles.Counselor);
        await ManyCasesAsync(host, "SEOUL", 120, i => ($"신청자{i:000}", i % 4 == 0 ? CaseStatus.Assigned : CaseStatus.Submitted, Track.ReEmployment),
            counselorId: me.Id);

        foreach (var sort in Enum.GetValues<GetCaseQueue.Sort>())
        {
            foreach (var (status, counselor) in new (CaseStatus?, string?)[] { (null, null), (CaseStatus.Submitted, null), (null, "mine"), (null, "none") })
            {
                var everyday = await PagesAsync(new() { Sort = sort, Status = status, Counselor = counselor });
                var composed = await PagesAsync(new() { Sort = sort, Status = status, Counselor = counselor, Track = Track.ReEmployment });
                composed.ShouldBe(everyday, $"{sort}, {status}, {counselor}");
            }
        }

        // Every page forwards, then the first page again by going back from the last.
        async Task<List<string>> PagesAsync(GetCaseQueue.Query first)
        {
            var seen = new List<string>();
            var page = (await host.SendAsync(first)).Value;
            seen.AddRange(page.Items.Select(i => i.Number));
            while (page.Next is { } next)
            {
                var query = first.As<GetCaseQueue.Query>();
                query.After = next;
                page = (await host.SendAsync(query)).Value;
                seen.AddRange(page.Items.Select(i => i.Number));
            }

            if (page.Previous is { } previous)
            {
                var query = first.As<GetCaseQueue.Query>();
                query.Before = previous;
                seen.Add("back:");
                seen.AddRange((await host.SendAsync(query)).Value.Items.Select(i => i.Number));
            }

            return seen;
        }
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task The_export_holds_the_filtered_rows_for_a_manager_and_records_the_reason(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await ManyCasesAsync(host, "SEOUL", 6, i => ($"이영희{i}", i < 2 ? CaseStatus.Eligible : CaseStatus.Submitted, Track.Both));

        await StaffAsync(host, Roles.Counselor);
        (await host.SendAsync(new ExportCaseQueue.Query { Why = "주간 회의" })).Status.ShouldBe(ResultStatus.Forbidden);
        await StaffAsync(host, Roles.RegionalManager);
        (await host.SendAsync(new ExportCaseQueue.Query())).Errors.ShouldContain(e => e.Field == nameof(ExportCaseQueue.Query.Why));
        var rows = (await host.SendAsync(new ExportCaseQueue.Query { Status = CaseStatus.Eligible, Why = "주간 사례회의 자료" })).Value;

        rows.Select(r => r.Name).ShouldBe(["이영희0", "이영희1"]);
        await using var db = host.Database.NewContext();
        var entry = await db.AccessLog.OrderByDescending(e => e.Id).FirstAsync(TestContext.Current.CancellationToken);
        (entry.Action, entry.Operation, entry.Reason).ShouldBe((PersonalDataAction.Export, "ExportCaseQueue.Query", "주간 사례회의 자료"));
    }
}
