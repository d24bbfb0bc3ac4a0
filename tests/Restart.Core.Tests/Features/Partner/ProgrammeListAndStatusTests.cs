using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Home;
using Restart.Core.Features.Partner;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.PartnerTestData;

namespace Restart.Core.Tests.Features.Partner;

/// <summary>Publishing and closing a programme, and the agency's list of programmes with their places taken.</summary>
public sealed class ProgrammeListAndStatusTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_draft_is_published_then_closed_each_once_and_the_times_are_kept(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await PartnerAsync(host);
        var id = await CreateAsync(host);

        (await host.SendAsync(new ChangeProgrammeStatus.Close { Id = id, Version = await VersionAsync(host, id) }))
            .Errors.ShouldBe([new FieldError("", "모집 중인 프로그램만 마감할 수 있습니다.")]);
        (await host.SendAsync(new ChangeProgrammeStatus.Publish { Id = id, Version = await VersionAsync(host, id) })).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new ChangeProgrammeStatus.Publish { Id = id, Version = await VersionAsync(host, id) }))
            .Errors.ShouldBe([new FieldError("", "작성 중인 프로그램만 게시할 수 있습니다.")]);
        var open = (await host.SendAsync(new GetProgramme.Query { Id = id })).Value;
        open.Status.ShouldBe(OfferStatus.Open);
        open.PublishedAt.ShouldBe(Now.UtcDateTime);
        open.ClosedAt.ShouldBeNull();

        host.Clock.Now = Now.AddDays(2);
        (await host.SendAsync(new ChangeProgrammeStatus.Close { Id = id, Version = open.Version })).Succeeded.ShouldBeTrue();
        var closed = (await host.SendAsync(new GetProgramme.Query { Id = id })).Value;
        closed.Status.ShouldBe(OfferStatus.Closed);
        closed.ClosedAt.ShouldBe(Now.UtcDateTime.AddDays(2));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Publishing_after_the_deadline_or_from_a_stale_page_is_refused_with_a_message(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await PartnerAsync(host);
        var late = await CreateAsync(host, f => (f.ApplyFrom, f.ApplyUntil) = (Today.AddDays(-10), Today.AddDays(-1)));
        var id = await CreateAsync(host);
        var seen = await VersionAsync(host, id);
        var form = (await host.SendAsync(new EditProgramme.Query { Id = id })).Value;
        form.Capacity = 12;
        (await host.SendAsync(form)).Succeeded.ShouldBeTrue();

        (await host.SendAsync(new ChangeProgrammeStatus.Publish { Id = late, Version = await VersionAsync(host, late) }))
            .Errors.Single().Message.ShouldBe("신청 마감일이 지나 게시할 수 없습니다. 마감일을 고친 뒤 게시해 주세요.");
        var stale = await host.SendAsync(new ChangeProgrammeStatus.Publish { Id = id, Version = seen });
        stale.Status.ShouldBe(ResultStatus.Conflict);
        stale.Errors.Single().Message.ShouldStartWith("다른 사람이 먼저");

        await using var db = host.Database.NewContext();
        (await db.Programmes.Where(p => p.Status != OfferStatus.Draft).CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task The_list_shows_the_agencys_programmes_soonest_deadline_first_with_the_places_taken(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (otherAgency, _) = await PartnerAsync(host, "다른기관");
        await CreateAsync(host, f => f.Title = "다른 기관 과정");
        var (agencyId, _) = await PartnerAsync(host);
        var later = await CreateAsync(host, f => (f.Title, f.ApplyUntil) = ("나중 마감", Today.AddDays(25)));
        var sooner = await CreateAsync(host, f => (f.Title, f.ApplyUntil, f.Capacity) = ("먼저 마감", Today.AddDays(5), 3));
        (await host.SendAsync(new ChangeProgrammeStatus.Publish { Id = sooner, Version = await VersionAsync(host, sooner) })).Succeeded.ShouldBeTrue();
        foreach (var (name, status) in new[] { ("가", ReferralStatus.Accepted), ("나", ReferralStatus.Completed), ("다", ReferralStatus.Referred), ("라", ReferralStatus.Declined), ("마", ReferralStatus.Dropped) })
        {
            await ReferralAsync(host, agencyId, sooner, name, status);
        }

        var all = (await host.SendAsync(new ListProgrammes.Query())).Value;
        all.Items.Select(p => p.Title).ShouldBe(["먼저 마감", "나중 마감"]);
        all.Items[0].PlacesTaken.ShouldBe(3, "referred, accepted and completed hold a place; declined and dropped gave it back (ADR 0019)");
        all.Items[0].Capacity.ShouldBe(3);
        all.Items[1].PlacesTaken.ShouldBe(0);
        (await host.SendAsync(new ListProgrammes.Query { Status = OfferStatus.Draft })).Value.Items.Select(p => p.Id).ShouldBe([later]);
        (await host.SendAsync(new ListProgrammes.Query { Status = OfferStatus.Closed })).Value.TotalCount.ShouldBe(0);

        var home = (await host.SendAsync(new GetPartnerHome.Query())).Value;
        home.Programmes.Items.Single(p => p.Id == sooner).PlacesTaken.ShouldBe(3);
        home.WaitingReferrals.ShouldBe(1, "the one referral still waiting for the agency's answer");
        otherAgency.ShouldNotBe(agencyId);
    }
}
