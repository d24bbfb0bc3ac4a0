using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Employer;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Features.Employer.EmployerTestData;

namespace Restart.Core.Tests.Features.Employer;

public sealed class JobPostTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task An_employer_writes_a_draft_publishes_it_and_closes_it(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var companyId = await SignInAsEmployerAsync(host);

        var id = await CreatePostAsync(host, p =>
        {
            p.WageKind = WageKind.Hourly;
            p.WageAmount = 11_000;
            p.WeeklyHours = 30;
            p.Qualifications = ["한식조리기능사", "지게차운전기능사", " "];
        });

        var ct = TestContext.Current.CancellationToken;
        await using (var db = host.Database.NewContext())
        {
            var post = await db.JobPosts.Include(j => j.Qualifications).SingleAsync(j => j.Id == id, ct);
            (post.CompanyId, post.Status, post.SidoCode, post.SigunguCode, post.OccupationCode).ShouldBe((companyId, OfferStatus.Draft, "11", "11680", "5312"));
            post.MonthlyWage.ShouldBe(Wages.MonthlyEquivalent(WageKind.Hourly, 11_000, 30));
            post.Qualifications.Select(q => q.QualificationCode).ShouldBe(["7910", "7875"], ignoreOrder: true);
        }

        await PublishAsync(host, id);
        var published = (await host.SendAsync(new GetJobPost.Query { Id = id })).Value;
        published.Status.ShouldBe(OfferStatus.Open);
        published.PublishedAt.ShouldNotBeNull();
        published.Qualifications.ShouldBe(["한식조리기능사", "지게차운전기능사"], ignoreOrder: true);

        (await host.SendAsync(new ChangeJobPostStatus.Close { Id = id, Version = published.Version })).Succeeded.ShouldBeTrue();
        var closed = (await host.SendAsync(new GetJobPost.Query { Id = id })).Value;
        (closed.Status, closed.ClosedAt is not null, closed.CanEdit).ShouldBe((OfferStatus.Closed, true, false));
        var edit = (await host.SendAsync(new EditJobPost.Query { Id = id })).Value.Data;
        (await host.SendAsync(edit)).Errors.Single().Message.ShouldBe("마감된 공고는 고칠 수 없습니다.");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Editing_keeps_the_form_values_and_changes_the_qualifications(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await SignInAsEmployerAsync(host);
        var id = await CreatePostAsync(host);

        var form = (await host.SendAsync(new EditJobPost.Query { Id = id })).Value.Data;
        form.Occupation.ShouldBe("5312 한식 조리사");
        form.Qualifications.ShouldBe(["한식조리기능사"]);
        form.Title = "한식 조리원";
        form.Qualifications = ["지게차운전기능사"];
        form.SigunguCode = "41135";
        (await host.SendAsync(form)).Succeeded.ShouldBeTrue();

        var post = (await host.SendAsync(new GetJobPost.Query { Id = id })).Value;
        post.Title.ShouldBe("한식 조리원");
        post.Qualifications.ShouldBe(["지게차운전기능사"]);
        post.Region.ShouldBe("경기도 성남시 분당구");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_second_editor_working_from_an_older_version_is_told_and_the_first_save_stays(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await SignInAsEmployerAsync(host);
        var id = await CreatePostAsync(host);
        var first = (await host.SendAsync(new EditJobPost.Query { Id = id })).Value.Data;
        var second = (await host.SendAsync(new EditJobPost.Query { Id = id })).Value.Data;
        first.Title = "첫 번째";
        second.Qualifications = [];

        (await host.SendAsync(first)).Succeeded.ShouldBeTrue();
        var refused = await host.SendAsync(second);

        refused.Status.ShouldBe(ResultStatus.Conflict);
        var post = (await host.SendAsync(new GetJobPost.Query { Id = id })).Value;
        (post.Title, post.Qualifications.Count).ShouldBe(("첫 번째", 1), "only the qualifications changed in the stale edit, and it is still refused");
        (await host.SendAsync(new ChangeJobPostStatus.Publish { Id = id, Version = first.Version })).Status.ShouldBe(ResultStatus.Conflict);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task An_unverified_company_cannot_publish_and_the_post_stays_a_draft(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await SignInAsEmployerAsync(host, verified: false);
        var id = await CreatePostAsync(host);

        var result = await host.SendAsync(new ChangeJobPostStatus.Publish { Id = id, Version = await VersionOfPostAsync(host, id) });

        result.Status.ShouldBe(ResultStatus.Invalid);
        result.Errors.Single().Message.ShouldStartWith("기업 확인이 끝난 뒤에 공고를 게시할 수 있습니다");
        (await host.SendAsync(new GetJobPost.Query { Id = id })).Value.Status.ShouldBe(OfferStatus.Draft);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_post_whose_deadline_passed_cannot_be_published(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await SignInAsEmployerAsync(host);
        var id = await CreatePostAsync(host, p => p.ClosesOn = Today);
        host.Clock.Now = Now.AddDays(1);

        var result = await host.SendAsync(new ChangeJobPostStatus.Publish { Id = id, Version = await VersionOfPostAsync(host, id) });

        result.Errors.Single().Message.ShouldStartWith("마감일이 지난 공고는 게시할 수 없습니다");
        (await host.SendAsync(new ChangeJobPostStatus.Close { Id = id, Version = await VersionOfPostAsync(host, id) })).Errors.Single().Message
            .ShouldBe("게시 중인 공고만 마감할 수 있습니다.", "a draft is not closed, it is simply not published");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Another_companys_post_is_not_found_and_other_roles_are_refused(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await SignInAsEmployerAsync(host);
        var id = await CreatePostAsync(host);
        var version = await VersionOfPostAsync(host, id);

        await SignInAsEmployerAsync(host);
        (await host.SendAsync(new GetJobPost.Query { Id = id })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(new EditJobPost.Query { Id = id })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(Post(p => p.Id = id))).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(new ChangeJobPostStatus.Publish { Id = id, Version = version })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(new ChangeJobPostStatus.Close { Id = id, Version = version })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(new ListJobPosts.Query())).Value.TotalCount.ShouldBe(0);

        await host.SignInAsNewAsync(Roles.AgencyPartner);
        (await host.SendAsync(new GetJobPost.Query { Id = id })).Status.ShouldBe(ResultStatus.Forbidden);
        (await host.SendAsync(Post())).Status.ShouldBe(ResultStatus.Forbidden);
        await host.SignInAsNewAsync(Roles.Employer);
        (await host.SendAsync(Post())).Status.ShouldBe(ResultStatus.Forbidden, "an employer account without a company");
        await using var db = host.Database.NewContext();
        (await db.JobPosts.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task The_list_shows_own_posts_soonest_deadline_first_with_openings_filled(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var companyId = await SignInAsEmployerAsync(host);
        var later = await CreatePostAsync(host, p => { p.Title = "나중"; p.ClosesOn = Today.AddDays(40); });
        var sooner = await CreatePostAsync(host, p => { p.Title = "먼저"; p.ClosesOn = Today.AddDays(5); p.WageKind = WageKind.Hourly; p.WageAmount = 12_000; });
        var open = await CreatePostAsync(host, p => p.Title = "게시됨");
        await PublishAsync(host, open);
        await ReferralAsync(host, companyId, open, ReferralStatus.Hired);
        await ReferralAsync(host, companyId, open, ReferralStatus.Interview);

        var all = (await host.SendAsync(new ListJobPosts.Query())).Value;
        var drafts = (await host.SendAsync(new ListJobPosts.Query { Status = OfferStatus.Draft })).Value;

        all.Items.Select(i => i.Title).ShouldBe(["먼저", "나중", "게시됨"], "drafts first, each status by deadline");
        drafts.Items.Select(i => i.Id).ShouldBe([sooner, later]);
        var first = drafts.Items[0];
        (first.Occupation, first.Region, first.WageKind, first.WageAmount).ShouldBe(("한식 조리사", "서울특별시 강남구", WageKind.Hourly, 12_000));
        var published = all.Items.Single(i => i.Id == open);
        (published.Filled, published.Openings).ShouldBe((2, 2), "the hire and the interview each hold an opening (ADR 0019)");
    }
}
