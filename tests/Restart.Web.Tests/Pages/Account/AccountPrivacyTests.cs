using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Infrastructure.TestFlows;

namespace Restart.Web.Tests.Pages.Account;

/// <summary>
/// Having an account says a person's business closed (ADR 0021): registration, forgotten passwords and the log-in
/// answer the same, after the same work, whether or not an address has an account — work counted (hashes, password
/// checks, mails queued), never timed. Wrong passwords slow further attempts instead of locking the account.
/// </summary>
public sealed partial class AccountPrivacyTests : IAsyncDisposable
{
    private readonly RestartWebFactory _factory = new();
    private readonly CountingHasher _hasher = new();
    private WebApplicationFactory<Program>? _app;

    private WebApplicationFactory<Program> App => _app ??= _factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        services.AddScoped<IPasswordHasher<ApplicationUser>>(_ => _hasher)));

    private WebSession Session() => new(App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), _factory);

    private async Task<int> OutboxCountAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RestartDbContext>().Outbox.CountAsync(m => m.AccountMail != null, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Registering_a_taken_address_reads_and_costs_like_a_new_one_and_its_owner_is_mailed()
    {
        using var session = Session();
        var taken = DemoDataSeeder.Accounts[Roles.Applicant];
        _hasher.TakeHashes();

        var before = await OutboxCountAsync();
        var fresh = await PostRegistrationAsync(session, "새 사람", $"new-{Guid.NewGuid():N}@example.com");
        var (freshHashes, freshMails) = (_hasher.TakeHashes(), await OutboxCountAsync() - before);
        before = await OutboxCountAsync();
        var again = await PostRegistrationAsync(session, "다른 사람", taken);
        var (takenHashes, takenMails) = (_hasher.TakeHashes(), await OutboxCountAsync() - before);

        again.Status.ShouldBe(fresh.Status);
        again.Text("main").ShouldBe(fresh.Text("main"), "the same page whether or not the address has an account");
        again.Text("main").ShouldNotContain("이미 가입된");
        (takenHashes, takenMails).ShouldBe((freshHashes, freshMails), "the same work: one password hashed, one mail queued");
        freshHashes.ShouldBe(1);
        freshMails.ShouldBe(1);
        var mail = await WaitForMailAsync(_factory, taken, "이미 계정이 있습니다");
        mail.ShouldContain("/Account/ForgotPassword");
    }

    [Fact]
    public async Task A_registration_is_finished_only_from_the_mailed_link_with_the_password_chosen()
    {
        using var session = Session();
        var email = $"confirm-{Guid.NewGuid():N}@example.com";
        await PostRegistrationAsync(session, "확인 대기", email);

        (await session.LoginAsync(email, Password)).Summary.ShouldBe("이메일 또는 비밀번호가 올바르지 않습니다.", "not usable before the address is confirmed");
        var link = LinkIn(await WaitForMailAsync(_factory, email, "/Account/ConfirmRegistration?"));
        var wrong = await session.SubmitAsync(await session.GetAsync(link), new Dictionary<string, string> { ["Data.Password"] = "someone else's phrase" });
        wrong.FieldError("Data.Password").ShouldBe("가입할 때 정한 비밀번호가 맞지 않습니다.");

        var done = await session.SubmitAsync(await session.GetAsync(link), new Dictionary<string, string> { ["Data.Password"] = Password });

        done.Location.ShouldBe("/applicant");
        (await session.GetAsync("/applicant")).Status.ShouldBe(HttpStatusCode.OK);
        var reused = await session.SubmitAsync(await session.GetAsync(link), new Dictionary<string, string> { ["Data.Password"] = Password });
        reused.Summary.ShouldContain("이미 가입을 마친 계정입니다");
    }

    [Fact]
    public async Task Forgot_password_queues_one_mail_for_a_known_and_an_unknown_address_alike()
    {
        using var session = Session();
        var known = DemoDataSeeder.Accounts[Roles.Employer];
        var unknown = $"nobody-{Guid.NewGuid():N}@example.com";

        var before = await OutboxCountAsync();
        var forKnown = await session.SubmitAsync(await session.GetAsync("/Account/ForgotPassword"), new Dictionary<string, string> { ["Data.Email"] = known });
        var (knownChecks, knownQueued) = (_hasher.TakeChecks(), await OutboxCountAsync() - before);
        before = await OutboxCountAsync();
        var forUnknown = await session.SubmitAsync(await session.GetAsync("/Account/ForgotPassword"), new Dictionary<string, string> { ["Data.Email"] = unknown });
        var (unknownChecks, unknownQueued) = (_hasher.TakeChecks(), await OutboxCountAsync() - before);

        forUnknown.Text("main").ShouldBe(forKnown.Text("main"));
        (knownQueued, knownChecks).ShouldBe((1, 0), "the request only queues the mail");
        (unknownQueued, unknownChecks).ShouldBe((knownQueued, knownChecks), "the same work for an address nobody has");
        (await WaitForMailAsync(_factory, known, "비밀번호 재설정")).ShouldContain("/Account/ResetPassword?userId=");
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        for (var i = 0; i < 300 &&  await db.Outbox.AnyAsync(m => m.AccountMail != null && m.SentAt == null, TestContext.Current.CancellationToken); i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        (await db.Outbox.CountAsync(m => m.Recipient != null, TestContext.Current.CancellationToken)).ShouldBe(0, "no typed address is kept once handled");
        _factory.Mails().ShouldNotContain(m => m.Contains(unknown));
    }

    [Fact]
    public async Task A_locked_account_and_an_invited_one_without_a_password_read_like_a_wrong_password_after_one_check()
    {
        var invited = $"invited-{Guid.NewGuid():N}@example.com";
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            (await users.CreateAsync(new ApplicationUser { UserName = invited, Email = invited, DisplayName = "초대됨", CreatedAt = DateTime.UtcNow })).Succeeded.ShouldBeTrue();
            var partner = (await users.FindByEmailAsync(DemoDataSeeder.Accounts[Roles.AgencyPartner]))!;
            await users.SetLockoutEnabledAsync(partner, true);
            await users.SetLockoutEndDateAsync(partner, DateTimeOffset.UtcNow.AddHours(1));
        }

        using var session = Session();
        _hasher.TakeChecks();
        var wrong = await session.LoginAsync(DemoDataSeeder.Accounts[Roles.Employer], "not the password at all");
        var wrongChecks = _hasher.TakeChecks();
        var locked = await session.LoginAsync(DemoDataSeeder.Accounts[Roles.AgencyPartner], DemoDataSeeder.Password);
        var lockedChecks = _hasher.TakeChecks();
        var noPassword = await session.LoginAsync(invited, "not the password at all");
        var noPasswordChecks = _hasher.TakeChecks();

        (locked.Status, locked.Summary).ShouldBe((wrong.Status, wrong.Summary), "a locked account says no more than a wrong password");
        (noPassword.Status, noPassword.Summary).ShouldBe((wrong.Status, wrong.Summary));
        (wrongChecks, lockedChecks, noPasswordChecks).ShouldBe((1, 1, 1), "one password check each");
    }

    [Fact]
    public async Task After_five_wrong_passwords_a_known_and_an_unknown_address_wait_alike_and_nothing_is_checked()
    {
        using var session = Session();
        var known = DemoDataSeeder.Accounts[Roles.Administrator];
        var unknown = $"nobody-{Guid.NewGuid():N}@example.com";
        for (var i = 0; i < 5; i++)
        {
            await session.LoginAsync(known, "wrong " + i);
            await session.LoginAsync(unknown, "wrong " + i);
        }

        _hasher.TakeChecks();
        var knownWaits = await session.LoginAsync(known, "wrong again");
        var unknownWaits = await session.LoginAsync(unknown, "wrong again");

        _hasher.TakeChecks().ShouldBe(0, "no password is checked while an account waits");
        knownWaits.Summary.ShouldContain("이후에 다시 시도해 주세요");
        WithoutTime(unknownWaits.Summary).ShouldBe(WithoutTime(knownWaits.Summary), "the same answer whether or not the account exists");
    }

    [Fact]
    public async Task Wrong_passwords_never_lock_a_staff_account_for_long()
    {
        using var attacker = Session();
        var admin = DemoDataSeeder.Accounts[Roles.Administrator];
        for (var i = 0; i < 5; i++)
        {
            await attacker.LoginAsync(admin, "guess " + i);
        }

        // After the fifth failure the next attempt waits 2 seconds (not 15 minutes of lockout); then the owner signs in.
        await Task.Delay(TimeSpan.FromSeconds(2.5), TestContext.Current.CancellationToken);
        using var owner = Session();
        (await owner.LoginAsync(admin, DemoDataSeeder.Password)).Location.ShouldBe("/admin");
    }

    [Fact]
    public async Task Wrong_current_passwords_make_further_changes_wait_even_with_the_right_one()
    {
        using var session = Session();
        (await session.LoginAsync(DemoDataSeeder.Accounts[Roles.Counselor], DemoDataSeeder.Password)).Status.ShouldBe(HttpStatusCode.Redirect);
        Task<WebSession.Page> ChangeAsync(string current) => session.GetAsync("/Account/ChangePassword").ContinueWith(page => session.SubmitAsync(page.Result, new Dictionary<string, string>
        {
            ["Data.CurrentPassword"] = current,
            ["Data.NewPassword"] = "a new long phrase 2026",
            ["Data.ConfirmPassword"] = "a new long phrase 2026",
        })).Unwrap();

        for (var i = 0; i < 5; i++)
        {
            (await ChangeAsync("wrong " + i)).FieldError("Data.CurrentPassword").ShouldBe("현재 비밀번호가 맞지 않습니다.");
        }

        _hasher.TakeChecks();
        var waits = await ChangeAsync(DemoDataSeeder.Password);

        waits.FieldError("Data.CurrentPassword").ShouldContain("이후에 다시 시도해 주세요");
        _hasher.TakeChecks().ShouldBe(0);
        using var fresh = Session();
        (await fresh.LoginAsync(DemoDataSeeder.Accounts[Roles.Counselor], DemoDataSeeder.Password)).Location.ShouldBe("/staff", "the password did not change");
    }

    private static string WithoutTime(string text) => TimeOfDay().Replace(text, "");

    [GeneratedRegex(@"\d{2}:\d{2}:\d{2}")]
    private static partial Regex TimeOfDay();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _factory.DisposeAsync();
    }
}
