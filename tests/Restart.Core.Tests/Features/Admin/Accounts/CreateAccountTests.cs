using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Account;
using Restart.Core.Features.Admin.Accounts;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.TestData;

namespace Restart.Core.Tests.Features.Admin.Accounts;

public sealed class CreateAccountTests
{
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
}
