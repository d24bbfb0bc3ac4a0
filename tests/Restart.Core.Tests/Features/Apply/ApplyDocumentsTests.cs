using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Documents;
using Restart.Core.Domain;
using Restart.Core.Domain.Eligibility;
using Restart.Core.Features.Apply;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.TestData;

namespace Restart.Core.Tests.Features.Apply;

public sealed class ApplyDocumentsTests
{
    [Fact]
    public async Task A_file_that_is_not_really_a_PDF_or_image_is_refused_and_a_real_one_kept()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host);

        var fake = await host.SendAsync(new ApplyDocuments.Upload { FileName = "폐업사실증명원.pdf", Content = [.. "MZ this is an executable"u8] });
        var tooLarge = await host.SendAsync(new ApplyDocuments.Upload { FileName = "big.pdf", Content = [.. Pdf, .. new byte[11 * 1024 * 1024]] });
        var real = await host.SendAsync(new ApplyDocuments.Upload { FileName = "C:\\Users\\me\\폐업사실증명원.pdf", Content = Pdf });

        fake.Errors.Single().Message.ShouldStartWith("PDF, JPG, PNG 파일만");
        tooLarge.Errors.Single().Message.ShouldContain("10MB");
        real.Succeeded.ShouldBeTrue();
        var documents = (await host.SendAsync(new ApplyDocuments.Query())).Value;
        documents.ShouldHaveSingleItem().FileName.ShouldBe("폐업사실증명원.pdf");
        var review = (await host.SendAsync(new ReviewApplication.Query())).Value;
        review.PreCheck.Single(r => r.Rule == "폐업 사실").Verdict.ShouldBe(Verdict.Met);
    }

    [Fact]
    public async Task An_upload_whose_row_does_not_commit_leaves_no_file_behind()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host);
        var folder = await host.InScopeAsync(p => Task.FromResult(p.GetRequiredService<DocumentStore>().Root));
        int Files() => Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;
        await using (var db = host.Database.NewContext())
        {
            // A second document of the case now clashes (a conflict); with the trigger, any insert fails outright.
            await db.Database.ExecuteSqlRawAsync("CREATE UNIQUE INDEX \"IX_Test_OneDocument\" ON \"CaseDocuments\" (\"CaseId\")", TestContext.Current.CancellationToken);
        }

        (await host.SendAsync(new ApplyDocuments.Upload { FileName = "first.pdf", Content = Pdf })).Succeeded.ShouldBeTrue();
        Files().ShouldBe(1);

        (await host.SendAsync(new ApplyDocuments.Upload { FileName = "second.pdf", Content = Pdf })).Status.ShouldBe(ResultStatus.Conflict);
        Files().ShouldBe(1, "the file written for a row that was rolled back is deleted");

        await using (var db = host.Database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("DROP INDEX \"IX_Test_OneDocument\"", TestContext.Current.CancellationToken);
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER \"Test_NoDocuments\" BEFORE INSERT ON \"CaseDocuments\" BEGIN SELECT RAISE(ABORT, 'disk full'); END",
                TestContext.Current.CancellationToken);
        }

        await Should.ThrowAsync<Exception>(() => host.SendAsync(new ApplyDocuments.Upload { FileName = "third.pdf", Content = Pdf }));
        Files().ShouldBe(1, "a command that failed with an exception leaves no file either");
    }
}
