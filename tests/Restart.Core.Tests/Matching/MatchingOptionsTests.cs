using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Restart.Core.Matching;

namespace Restart.Core.Tests.Matching;

/// <summary>Weights are configuration: the web host's defaults, and a changed weight changing the order.</summary>
public sealed class MatchingOptionsTests(ReferenceFixture fixture) : IClassFixture<ReferenceFixture>
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static MatchingOptions Bound(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.Configure<MatchingOptions>(configuration.GetSection(MatchingOptions.Section));
        return services.BuildServiceProvider().GetRequiredService<IOptionsMonitor<MatchingOptions>>().CurrentValue;
    }

    [Fact]
    public void The_web_hosts_appsettings_hold_every_weight_at_its_documented_default()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Restart.sln")))
        {
            root = Path.GetDirectoryName(root)!;
        }

        var configured = new ConfigurationBuilder().AddJsonFile(Path.Combine(root, "src", "Restart.Web", "appsettings.json")).Build();
        var section = configured.GetSection(MatchingOptions.Section);

        section.GetSection("Jobs").GetChildren().Select(c => c.Key).ShouldBe(["Certificates", "Experience", "Hours", "Occupation", "Region", "Skills", "Wage"], ignoreOrder: true);
        section.GetSection("Programmes").GetChildren().Select(c => c.Key).ShouldBe(["Gap", "Plan", "Region", "Track"], ignoreOrder: true);
        Bound(configured).ShouldBeEquivalentTo(new MatchingOptions());
    }

    [Fact]
    public void A_weight_changed_in_configuration_changes_the_order()
    {
        var nearOther = ReferenceFixture.Post(Today, "성동 택배원", occupation: "6241");
        var farSame = ReferenceFixture.Post(Today, "부산 한식 조리사", sigungu: "26350");
        string[] Ranked(MatchingOptions options)
        {
            var scorer = new JobScorer(fixture.Person(), fixture.Reference, options);
            return [.. JobRanking.Top(new JobSnapshot([nearOther, farSame], fixture.Reference, (0, 0, 0, 0), DateTimeOffset.UnixEpoch), scorer, 2, Today).Select(r => r.Post.Title)];
        }

        Ranked(new MatchingOptions()).ShouldBe(["부산 한식 조리사", "성동 택배원"], "occupation 30 outweighs region 25 by default");
        var regionFirst = Bound(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Matching:Jobs:Region"] = "60",
        }).Build());

        regionFirst.Jobs.Region.ShouldBe(60);
        regionFirst.Jobs.Occupation.ShouldBe(30, "keys not given keep their defaults");
        Ranked(regionFirst).ShouldBe(["성동 택배원", "부산 한식 조리사"]);
    }
}
