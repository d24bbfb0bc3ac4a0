using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Documents;
using Restart.Core.Domain;
using Restart.Core.Features.Apply;
using Restart.Core.Features.My;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.TestData;

namespace Restart.Core.Tests.Documents;

/// <summary>The per-account quota (ADR 0024): what one account may keep, over all its applications, however its uploads arrive.</summary>
public sealed class DocumentQuotaTests
{
    private static Task<CoreHost> StartAsync(DatabaseProvider provider, int maxFiles, long maxBytes = 100 * 1024 * 1024)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        return CoreHost.StartAsync(provider, services => services.Configure<DocumentQuotaOptions>(q => (q.MaxFiles, q.MaxBytes) = (maxFiles, maxBytes)));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Uploads_racing_at_the_quota_edge_store_exactly_the_quota(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider, maxFiles: 5);
        var applicant = await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host);
        for (var i = 0; i < 3; i++)
        {
            (await host.SendAsync(new ApplyDocuments.Upload { FileName = $"before-{i}.pdf", Content = Pdf })).Succeeded.ShouldBeTrue();
        }

        // Eight uploads at once for the last two places: each one's check and insert must not interleave with another's.
        var racing = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => host.SendAsync(new ApplyDocuments.Upload { FileName = $"racing-{i}.pdf", Content = Pdf }), TestContext.Current.CancellationToken)));

        racing.Count(r => r.Succeeded).ShouldBe(2);
        racing.Where(r => !r.Succeeded).ShouldAllBe(r => r.Status == ResultStatus.Invalid && r.Errors.Single().Field == "Content");
        racing.First(r => !r.Succeeded).Errors.Single().Message.ShouldStartWith("한 계정에 보관할 수 있는 서류는 모두 5개");
        await using var db = host.Database.NewContext();
        (await db.CaseDocuments.CountAsync(d => d.UploadedByUserId == applicant.Id, TestContext.Current.CancellationToken)).ShouldBe(5);
        Directory.GetFiles(host.Database.DocumentsFolder).Length.ShouldBe(5, "a refused upload leaves no file behind");
    }

    [Fact]
    public async Task Withdrawing_and_applying_again_does_not_start_a_fresh_allowance()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite, maxFiles: 2);
        await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host);
        (await host.SendAsync(new ApplyDocuments.Upload { FileName = "폐업사실증명원.pdf", Content = Pdf })).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new ApplyDocuments.Upload { FileName = "임대차계약서.pdf", Content = Pdf })).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new SubmitApplication.Command())).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new WithdrawApplication.Command { Reason = "다시 신청하겠습니다." })).Succeeded.ShouldBeTrue();

        await FillDraftAsync(host);
        var again = await host.SendAsync(new ApplyDocuments.Upload { FileName = "폐업사실증명원.pdf", Content = Pdf });

        again.Status.ShouldBe(ResultStatus.Invalid);
        again.Errors.Single().Message.ShouldContain("지금 2개");
        (await host.SendAsync(new ApplyDocuments.Query())).Value.ShouldBeEmpty();
        (await host.SendAsync(new GetMyCase.Query())).Value.Documents.Count.ShouldBe(2, "what the withdrawn application holds is kept");
    }

    [Fact]
    public async Task Removing_a_document_gives_its_room_back_and_bytes_count_as_well_as_files()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite, maxFiles: 10, maxBytes: (2 * Pdf.Length) + 10);
        await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host);
        (await host.SendAsync(new ApplyDocuments.Upload { FileName = "a.pdf", Content = Pdf })).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new ApplyDocuments.Upload { FileName = "b.pdf", Content = Pdf })).Succeeded.ShouldBeTrue();

        var third = await host.SendAsync(new ApplyDocuments.Upload { FileName = "c.pdf", Content = Pdf });
        third.Errors.Single().Message.ShouldStartWith("한 계정에 보관할 수 있는 서류는 모두 10개");

        var first = (await host.SendAsync(new ApplyDocuments.Query())).Value.First();
        (await host.SendAsync(new ApplyDocuments.Remove { DocumentId = first.Id })).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new ApplyDocuments.Upload { FileName = "c.pdf", Content = Pdf })).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new ApplyDocuments.Query())).Value.Select(d => d.FileName).ShouldBe(["b.pdf", "c.pdf"]);
    }

    [Fact]
    public async Task The_quota_is_the_accounts_own_another_applicant_is_not_held_back()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite, maxFiles: 1);
        await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host);
        (await host.SendAsync(new ApplyDocuments.Upload { FileName = "a.pdf", Content = Pdf })).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new ApplyDocuments.Upload { FileName = "b.pdf", Content = Pdf })).Succeeded.ShouldBeFalse();

        await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host);
        (await host.SendAsync(new ApplyDocuments.Upload { FileName = "a.pdf", Content = Pdf })).Succeeded.ShouldBeTrue();
    }
}
