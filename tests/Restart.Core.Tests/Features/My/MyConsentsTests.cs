using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Apply;
using Restart.Core.Features.My;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.TestData;

namespace Restart.Core.Tests.Features.My;

public sealed class MyConsentsTests
{
    [Fact]
    public async Task Withdrawing_the_optional_consent_erases_career_and_skills()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        var applicant = await host.SignInAsNewAsync(Roles.Applicant);
        await host.SendAsync(new MyConsents.Change { Item = ConsentItem.Optional, Grant = true });
        await FillDraftAsync(host);
        (await host.SendAsync(new ApplyWishes.Query())).Value.Form.CareerHistory.ShouldBe("한식당 20년 운영");

        (await host.SendAsync(new MyConsents.Change { Item = ConsentItem.Required, Grant = false })).Status.ShouldBe(ResultStatus.Invalid);
        (await host.SendAsync(new MyConsents.Change { Item = ConsentItem.Optional, Grant = false })).Succeeded.ShouldBeTrue();

        var wishes = (await host.SendAsync(new ApplyWishes.Query())).Value;
        wishes.OptionalConsent.ShouldBeFalse();
        wishes.Form.CareerHistory.ShouldBeNull();
        wishes.Form.CertificatesAndSkills.ShouldBeNull();
        var consents = (await host.SendAsync(new MyConsents.Query())).Value;
        consents.Current[ConsentItem.Optional].ShouldNotBeNull().Granted.ShouldBeFalse();
        consents.History.Count.ShouldBe(2);
        consents.History.ShouldAllBe(h => h.TextVersion == ConsentTexts.Version && h.IpAddress == "203.0.113.7");
        applicant.ShouldNotBeNull();
    }
}
