using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Apply;
using Restart.Core.Features.My;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.TestData;

namespace Restart.Core.Tests.Features.My;

public sealed class DownloadDocumentTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Only_the_owner_and_staff_of_the_office_can_open_a_document_and_others_are_logged(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var owner = await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host);
        await host.SendAsync(new ApplyDocuments.Upload { FileName = "proof.pdf", Content = Pdf });
        await host.SendAsync(new SubmitApplication.Command());
        var documentId = (await host.SendAsync(new GetMyCase.Query())).Value.Documents.Single().Id;

        (await host.SendAsync(new DownloadDocument.Query { Id = documentId })).Value.FileName.ShouldBe("proof.pdf");

        var stranger = await host.SignInAsNewAsync(Roles.Applicant);
        (await host.SendAsync(new DownloadDocument.Query { Id = documentId })).Status.ShouldBe(ResultStatus.NotFound);
        await host.SignInAsNewAsync(Roles.Counselor, u => u.RegionalOfficeId = OfficeOf(host, "JEJU"));
        (await host.SendAsync(new DownloadDocument.Query { Id = documentId })).Status.ShouldBe(ResultStatus.NotFound);
        var staff = await host.SignInAsNewAsync(Roles.Counselor, u => u.RegionalOfficeId = OfficeOf(host, "SEOUL"));
        (await host.SendAsync(new DownloadDocument.Query { Id = documentId })).Errors.Single().Field.ShouldBe("Why", "staff say why they open a person's document");
        (await host.SendAsync(new DownloadDocument.Query { Id = documentId, Why = DownloadDocument.Purpose.Other })).Errors.Single().Field.ShouldBe("WhyDetail");
        (await host.SendAsync(new DownloadDocument.Query { Id = documentId, Why = DownloadDocument.Purpose.EligibilityReview })).Succeeded.ShouldBeTrue();

        await using var db = host.Database.NewContext();
        var attempt = await db.AccessLog.SingleAsync(e => e.ActorUserId == stranger.Id, TestContext.Current.CancellationToken);
        (attempt.Subject, attempt.Action, attempt.Outcome).ShouldBe((owner.Id, PersonalDataAction.Download, "NotFound"));
        var download = await db.AccessLog.Where(e => e.ActorUserId == staff.Id).OrderBy(e => e.Id).LastAsync(TestContext.Current.CancellationToken);
        (download.Outcome, download.Reason).ShouldBe(("Ok", "EligibilityReview"));
    }
}
