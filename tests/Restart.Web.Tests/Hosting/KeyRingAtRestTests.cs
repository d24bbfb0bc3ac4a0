using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Hosting;

public sealed class KeyRingAtRestTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task The_data_protection_keys_in_the_database_are_encrypted_and_still_sign_people_in()
    {
        using var session = factory.NewSession();
        await session.LoginAsync(DemoDataSeeder.Accounts[Roles.Administrator], DemoDataSeeder.Password);
        (await session.GetAsync("/Admin/AccessLog")).Status.ShouldBe(System.Net.HttpStatusCode.OK, "the cookie made with the encrypted key ring is read back");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var stored = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync(TestContext.Current.CancellationToken);

        stored.ShouldNotBeEmpty();
        stored.ShouldAllBe(xml => xml.Contains("encryptedSecret") && xml.Contains("KeyRingDecryptor") && !xml.Contains("requiresEncryption"));
        File.Exists(Path.Combine(factory.KeysFolder, "data-protection.keys")).ShouldBeTrue("the key lives outside the database");
    }
}
