using Restart.Core.Matching;

namespace Restart.Core.Tests.Matching;

/// <summary>The index search: hard filters first, and the same top posts as scoring every post.</summary>
public sealed class JobRankingTests(ReferenceFixture fixture) : IClassFixture<ReferenceFixture>
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private JobSnapshot Snapshot(params OpenPost[] posts) => new(posts, fixture.Reference, (0, 0, 0, 0), DateTimeOffset.UnixEpoch);

    [Fact]
    public void Posts_past_their_deadline_or_with_every_opening_filled_are_never_ranked()
    {
        var scorer = new JobScorer(fixture.Person(), fixture.Reference, new MatchingOptions());
        var snapshot = Snapshot(
            ReferenceFixture.Post(Today, "어제 마감", closesIn: -1),
            ReferenceFixture.Post(Today, "다 뽑음", openings: 2, filled: 2),
            ReferenceFixture.Post(Today, "오늘 마감", closesIn: 0),
            ReferenceFixture.Post(Today, "한 자리 남음", openings: 2, filled: 1, sigungu: "26350"));

        JobRanking.Top(snapshot, scorer, 10, Today).Select(r => r.Post.Title).ShouldBe(["오늘 마감", "한 자리 남음"]);
    }

    [Fact]
    public void Equal_scores_go_by_the_sooner_deadline()
    {
        var scorer = new JobScorer(fixture.Person(), fixture.Reference, new MatchingOptions());
        var snapshot = Snapshot(ReferenceFixture.Post(Today, "나중 마감", closesIn: 30), ReferenceFixture.Post(Today, "먼저 마감", closesIn: 3));

        JobRanking.Top(snapshot, scorer, 2, Today).Select(r => r.Post.Title).ShouldBe(["먼저 마감", "나중 마감"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(20)]
    public void The_search_by_score_bound_finds_the_same_top_posts_as_scoring_every_post(int seed)
    {
        var random = new Random(seed);
        string[] occupations = ["5312", "5313", "5318", "5323", "6241", "6152", "5611", "0272", "8711", "5501"];
        string[] places = ["11200", "11680", "11440", "41150", "41111", "28110", "26350", "52111", "50110", "11215"];
        var posts = Enumerable.Range(0, 3_000).Select(i => ReferenceFixture.Post(Today, $"공고 {i}", occupations[random.Next(occupations.Length)], places[random.Next(places.Length)],
            random.Next(180, 360) * 10_000, random.Next(15, 50), random.Next(4) == 0 ? ["7910"] : null, random.Next(3) == 0 ? "한식 조리, 엑셀" : null,
            random.Next(4), random.Next(1, 3), random.Next(3) == 0 ? 1 : 0, random.Next(-3, 40))).ToArray();
        foreach (var person in new[]
        {
            fixture.Person(),
            JobScorerTests.Reshape(fixture.Person(), occupations: [], cities: ["52111"]),
            JobScorerTests.Reshape(fixture.Person(), occupations: ["0272", "5501"], wage: 3_300_000, hours: 20),
        })
        {
            var scorer = new JobScorer(person, fixture.Reference, new MatchingOptions());
            var everyPost = posts.Where(p => p.PassesHardFilters(Today)).Select(p => (Post: p, Score: scorer.Score(p))).ToList();
            everyPost.Sort(JobRanking.Compare);

            JobRanking.Top(Snapshot(posts), scorer, 20, Today).Select(r => r.Post.Id).ShouldBe(everyPost.Take(20).Select(r => r.Post.Id));
        }
    }
}
