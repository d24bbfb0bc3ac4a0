using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Pages.Account;

/// <summary>
/// Having an account says a person's business closed: an unknown address gets the same answer as a wrong
/// password, after the same work (one password-hash check), so neither the words nor the time tell them apart.
/// </summary>
public sealed class LoginEnumerationTests : IAsyncDisposable
{
    private readonly RestartWebFactory _factory = new();
    private int _checks;

    [Fact]
    public async Task An_unknown_address_costs_one_password_check_and_reads_like_a_wrong_password()
    {
        await using var app = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddScoped<IPasswordHasher<ApplicationUser>>(_ => new CountingHasher(() => Interlocked.Increment(ref _checks)))));
        WebSession Session() => new(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));

        using var known = Session();
        var wrong = await known.LoginAsync(DemoDataSeeder.Accounts[Roles.Counselor], "not the password at all");
        var checksForKnown = Interlocked.Exchange(ref _checks, 0);
        using var unknown = Session();
        var nobody = await unknown.LoginAsync("nobody-at-all@example.com", "not the password at all");
        var checksForUnknown = Interlocked.Exchange(ref _checks, 0);

        checksForKnown.ShouldBe(1);
        checksForUnknown.ShouldBe(1, "the same password check as for a known address");
        nobody.Summary.ShouldBe(wrong.Summary);
        nobody.Status.ShouldBe(wrong.Status);
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private sealed class CountingHasher(Action counted) : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> _inner = new();

        public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            counted();
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
