using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Common.Behaviours;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Account;
using Restart.Core.Features.Admin.Accounts;
using Restart.Core.Features.Admin.RegionalOffices;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests;

public sealed class PipelineTests
{
    [Fact]
    public void Every_request_declares_who_may_send_it()
    {
        var requests = typeof(Result).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
            .ToList();

        requests.Count.ShouldBeGreaterThan(10);
        foreach (var request in requests)
        {
            Should.NotThrow(() => RequestPolicy.For(request), $"{request.FullName} must carry [SentBy] or [SentByAnyone]");
        }
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Invalid_registration_answers_with_every_problem_in_Korean(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);

        var result = await host.SendAsync(new RegisterApplicant.Command { Name = " ", Email = "not-an-email", Password = "short", ConfirmPassword = "other" });

        result.Status.ShouldBe(ResultStatus.Invalid);
        result.Errors.Select(e => e.Field).Order().ShouldBe(["AgreeRequired", "ConfirmPassword", "Email", "Name", "Password"]);
        result.Errors.Single(e => e.Field == "Password").Message.ShouldBe("비밀번호는 10자 이상이어야 합니다. 기억하기 쉬운 긴 문장도 좋습니다.");
        result.Errors.Single(e => e.Field == "Email").Message.ShouldContain("이메일 형식");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_registered_applicant_can_sign_up_once_per_address(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var command = new RegisterApplicant.Command { Name = "홍길동", Email = "hong@example.com", Password = "a long enough phrase", ConfirmPassword = "a long enough phrase", AgreeRequired = true };

        var first = await host.SendAsync(command);
        var second = await host.SendAsync(command);

        first.Succeeded.ShouldBeTrue();
        second.Status.ShouldBe(ResultStatus.Invalid);
        second.Errors.ShouldContain(e => e.Field == "Email" && e.Message.Contains("이미 가입된"));
        await using var db = host.Database.NewContext();
        var user = await db.Users.SingleAsync(u => u.Email == "hong@example.com", TestContext.Current.CancellationToken);
        user.DisplayName.ShouldBe("홍길동");
        (await db.UserRoles.CountAsync(ur => ur.UserId == user.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Applicant), TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_request_from_a_role_it_does_not_name_is_refused(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);

        host.User.SignOut();
        (await host.SendAsync(new ListAccounts.Query())).Status.ShouldBe(ResultStatus.Forbidden);

        await host.SignInAsNewAsync(Roles.Applicant);
        (await host.SendAsync(new ListAccounts.Query())).Status.ShouldBe(ResultStatus.Forbidden);

        await host.SignInAsNewAsync(Roles.Counselor);
        (await host.SendAsync(new CreateAccount.Command { Email = "x@example.com", DisplayName = "x", Role = Roles.Administrator })).Status.ShouldBe(ResultStatus.Forbidden);

        await host.SignInAsNewAsync(Roles.Administrator);
        (await host.SendAsync(new ListAccounts.Query())).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_stale_edit_is_refused_with_a_message_and_the_first_edit_is_kept(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.SignInAsNewAsync(Roles.Administrator);
        var id = await host.InScopeAsync(async p =>
        {
            await using var db = host.Database.NewContext();
            return await db.RegionalOffices.Where(o => o.Code == "BUSAN-ULSAN").Select(o => o.Id).SingleAsync();
        });

        var seenByFirst = (await host.SendAsync(new EditRegionalOffice.Query { Id = id })).Value;
        var seenBySecond = (await host.SendAsync(new EditRegionalOffice.Query { Id = id })).Value;
        seenByFirst.Phone = "051-111-2222";
        seenBySecond.Phone = "051-999-8888";

        (await host.SendAsync(seenByFirst)).Succeeded.ShouldBeTrue();
        var second = await host.SendAsync(seenBySecond);

        second.Status.ShouldBe(ResultStatus.Conflict);
        second.Errors.Single().Message.ShouldStartWith("다른 사람이 먼저");
        await using var check = host.Database.NewContext();
        (await check.RegionalOffices.SingleAsync(o => o.Id == id, TestContext.Current.CancellationToken)).Phone.ShouldBe("051-111-2222");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_command_that_fails_half_way_leaves_nothing_behind_and_mails_nobody(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.SignInAsNewAsync(Roles.Administrator);
        var officeId = await OfficeIdAsync(host, "SEOUL");
        await using (var setup = host.Database.NewContext())
        {
            // The account row is saved, then giving it the missing role throws.
            await setup.Roles.Where(r => r.Name == Roles.Counselor).ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        }

        await Should.ThrowAsync<InvalidOperationException>(() => host.SendAsync(new CreateAccount.Command
        {
            Email = "new.counselor@example.com",
            DisplayName = "새 상담사",
            Role = Roles.Counselor,
            RegionalOfficeId = officeId,
        }));

        await using var db = host.Database.NewContext();
        (await db.Users.AnyAsync(u => u.Email == "new.counselor@example.com", TestContext.Current.CancellationToken))
            .ShouldBeFalse("the account row saved before the failure is rolled back");
        host.Mails.ShouldBeEmpty("no invitation for an account that does not exist");
        (await db.AccessLog.OrderByDescending(e => e.Id).FirstAsync(TestContext.Current.CancellationToken)).Outcome
            .ShouldBe("Error", "a failed attempt on personal data is still recorded");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_mail_server_that_fails_leaves_the_new_account_in_place(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.SignInAsNewAsync(Roles.Administrator);
        var officeId = await OfficeIdAsync(host, "SEOUL");
        host.MailFailure = new InvalidOperationException("mail server down");

        var created = await host.SendAsync(new CreateAccount.Command
        {
            Email = "new.counselor@example.com",
            DisplayName = "새 상담사",
            Role = Roles.Counselor,
            RegionalOfficeId = officeId,
        });

        created.Succeeded.ShouldBeTrue("the mail is sent after the account is committed, and its failure is only logged");
        host.Mails.ShouldBeEmpty();
        await using var db = host.Database.NewContext();
        (await db.Users.AnyAsync(u => u.Id == created.Value, TestContext.Current.CancellationToken))
            .ShouldBeTrue("the person can still ask for a reset link");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task An_administrator_creates_a_counselor_who_is_invited_to_set_a_password(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.SignInAsNewAsync(Roles.Administrator);
        var officeId = await OfficeIdAsync(host, "SEOUL");
        var agencyId = Guid.NewGuid();

        var created = await host.SendAsync(new CreateAccount.Command
        {
            Email = "counselor.kim@example.com",
            DisplayName = "김상담",
            Role = Roles.Counselor,
            RegionalOfficeId = officeId,
            AgencyId = agencyId,
        });

        created.Succeeded.ShouldBeTrue();
        var mail = host.Mails.ShouldHaveSingleItem();
        mail.Kind.ShouldBe("invitation");
        mail.Email.ShouldBe("counselor.kim@example.com");

        host.User.SignOut();
        (await host.SendAsync(new ResetPassword.Command { UserId = mail.UserId, Token = mail.Token, Password = "counselor's own phrase", ConfirmPassword = "counselor's own phrase" }))
            .Succeeded.ShouldBeTrue();
        await using var db = host.Database.NewContext();
        var user = await db.Users.SingleAsync(u => u.Id == created.Value, TestContext.Current.CancellationToken);
        user.RegionalOfficeId.ShouldBe(officeId);
        user.AgencyId.ShouldBeNull("a counselor belongs to an office, never to an agency");
        user.PasswordHash.ShouldNotBeNull();
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Staff_accounts_need_an_office_and_partner_accounts_an_agency(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.SignInAsNewAsync(Roles.Administrator);

        var staff = await host.SendAsync(new CreateAccount.Command { Email = "a@example.com", DisplayName = "가", Role = Roles.Counselor });
        var partner = await host.SendAsync(new CreateAccount.Command { Email = "b@example.com", DisplayName = "나", Role = Roles.AgencyPartner, AgencyId = Guid.NewGuid() });
        var applicant = await host.SendAsync(new CreateAccount.Command { Email = "c@example.com", DisplayName = "다", Role = Roles.Applicant });

        staff.Errors.ShouldContain(e => e.Field == "RegionalOfficeId" && e.Message == "소속 지역본부를 선택해 주세요.");
        partner.Errors.ShouldContain(e => e.Field == "AgencyId");
        applicant.Errors.ShouldContain(e => e.Field == "Role", "applicants register themselves");
        host.Mails.ShouldBeEmpty();
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_reset_link_with_a_wrong_token_is_refused_in_Korean(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var user = await host.SignInAsNewAsync(Roles.Applicant);
        host.User.SignOut();

        var result = await host.SendAsync(new ResetPassword.Command { UserId = user.Id, Token = "forged", Password = "new long password", ConfirmPassword = "new long password" });

        result.Status.ShouldBe(ResultStatus.Invalid);
        result.Errors.Single().Message.ShouldContain("링크가 만료되었거나");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_page_number_past_the_end_shows_the_last_page(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await using var db = host.Database.NewContext();

        var page = await db.Sigungus.OrderBy(s => s.Code).Select(s => s.Code).ToPagedAsync(999, TestContext.Current.CancellationToken, pageSize: 50);

        page.TotalCount.ShouldBe(264);
        page.PageCount.ShouldBe(6);
        page.Page.ShouldBe(6);
        page.Items.Count.ShouldBe(14);
        page.HasNext.ShouldBeFalse();
    }

    internal static async Task<Guid> OfficeIdAsync(CoreHost host, string code)
    {
        await using var db = host.Database.NewContext();
        return await db.RegionalOffices.Where(o => o.Code == code).Select(o => o.Id).SingleAsync();
    }
}
