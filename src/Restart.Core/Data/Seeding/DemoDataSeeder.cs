using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Domain;

namespace Restart.Core.Data.Seeding;

/// <summary>
/// Demo data for local runs and demonstrations: one account per role with a known password (README),
/// agencies, employers, programmes, job posts and applicants with realistic Korean names and real codes.
/// Runs once: it does nothing when the demo administrator already exists.
/// </summary>
public sealed class DemoDataSeeder(RestartDbContext db, UserManager<ApplicationUser> users, IUserStore<ApplicationUser> store, TimeProvider clock)
{
    public const string Password = "restart-demo-2026";

    /// <summary>
    /// The authenticator key of every demo account but the applicant's (ADR 0023; README): demo data only, never a real
    /// account. Base32, as an authenticator app takes it; tests and perf/run compute the codes from it.
    /// </summary>
    public const string AuthenticatorKey = "RESTARTDEMOTOTPKEYFORSTAFFONLY23";

    public static readonly IReadOnlyDictionary<string, string> Accounts = new Dictionary<string, string>
    {
        [Roles.Applicant] = "applicant@restart.demo",
        [Roles.Counselor] = "counselor@restart.demo",
        [Roles.RegionalManager] = "manager@restart.demo",
        [Roles.AgencyPartner] = "partner@restart.demo",
        [Roles.Employer] = "employer@restart.demo",
        [Roles.Administrator] = "admin@restart.demo",
    };

    private readonly IUserAuthenticatorKeyStore<ApplicationUser> keys = (IUserAuthenticatorKeyStore<ApplicationUser>)store;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(Accounts[Roles.Administrator]) is not null)
        {
            // Demo data from before two-factor sign-in: its accounts get the demo key too.
            foreach (var role in Accounts.Keys.Where(r => r != Roles.Applicant))
            {
                if (await users.FindByEmailAsync(Accounts[role]) is { } existing && !await users.GetTwoFactorEnabledAsync(existing))
                {
                    await UseDemoAuthenticatorAsync(existing, cancellationToken);
                }
            }

            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.Today();
        var faker = new Faker("ko") { Random = new Randomizer(2026) };

        var network = new DemoNetworkSeeder(db, faker, now, today);
        var (demoAgency, demoCompany) = await network.SeedAsync(cancellationToken);

        var offices = await db.RegionalOffices.Include(o => o.Coverage).Include(o => o.Districts).ToDictionaryAsync(o => o.Code, cancellationToken);
        var seoul = offices["SEOUL"];
        await CreateAccountAsync(Roles.Applicant, "김영수", _ => { });
        await CreateAccountAsync(Roles.Counselor, "박지현", u => u.RegionalOfficeId = seoul.Id);
        await CreateAccountAsync(Roles.RegionalManager, "이정훈", u => u.RegionalOfficeId = seoul.Id);
        await CreateAccountAsync(Roles.AgencyPartner, "최민정", u => u.AgencyId = demoAgency);
        await CreateAccountAsync(Roles.Employer, "정대호", u => u.CompanyId = demoCompany);
        await CreateAccountAsync(Roles.Administrator, "관리자", _ => { });

        var demoApplicant = await users.FindByEmailAsync(Accounts[Roles.Applicant]);
        db.ApplicantProfiles.Add(NewProfile(faker, demoApplicant!.Id, "김영수", "11200", now));

        var sigungus = await db.Sigungus.Where(s => s.Kind != "일반구").Select(s => s.Code).ToListAsync(cancellationToken);
        for (var i = 0; i < 30; i++)
        {
            var name = faker.Name.LastName() + faker.Name.FirstName();
            var user = await CreateUserAsync($"applicant{i + 1:00}@restart.demo", name, now);
            await users.AddToRoleAsync(user, Roles.Applicant);
            db.ApplicantProfiles.Add(NewProfile(faker, user.Id, name, faker.PickRandom(sigungus), now));
        }

        await db.SaveChangesAsync(cancellationToken);

        var counselor = await users.FindByEmailAsync(Accounts[Roles.Counselor]);
        var manager = await users.FindByEmailAsync(Accounts[Roles.RegionalManager]);
        await new DemoCaseSeeder(db, faker, now).SeedAsync(offices, counselor!, manager!, demoApplicant!, "11200", cancellationToken);
        await network.SeedReferralsAsync(demoAgency, demoCompany, seoul.Id, counselor!.Id, demoApplicant!.Id, cancellationToken);

        async Task CreateAccountAsync(string role, string name, Action<ApplicationUser> configure)
        {
            var user = new ApplicationUser { UserName = Accounts[role], Email = Accounts[role], EmailConfirmed = true, DisplayName = name, CreatedAt = now };
            configure(user);
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
            if (role != Roles.Applicant)
            {
                await UseDemoAuthenticatorAsync(user, cancellationToken);
            }
        }
    }

    /// <summary>Sets the demo key through Identity's own store, as if the person had set the app up with it.</summary>
    private async Task UseDemoAuthenticatorAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        await keys.SetAuthenticatorKeyAsync(user, AuthenticatorKey, cancellationToken);
        Check(await users.SetTwoFactorEnabledAsync(user, true));
    }

    private async Task<ApplicationUser> CreateUserAsync(string email, string name, DateTime now)
    {
        // Other demo applicants have no password: they exist to fill lists, not to sign in.
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = now };
        Check(await users.CreateAsync(user));
        return user;
    }

    private static ApplicantProfile NewProfile(Faker faker, string userId, string name, string sigungu, DateTime now) => new()
    {
        UserId = userId,
        Name = name,
        BirthDate = DateOnly.FromDateTime(faker.Date.Between(new DateTime(1958, 1, 1), new DateTime(1988, 12, 31))),
        Phone = faker.Phone.PhoneNumber("010-####-####"),
        SigunguCode = sigungu,
        CreatedAt = now,
    };

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo data could not be created: " + string.Join(", ", result.Errors.Select(e => e.Code)));
        }
    }
}
