using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Matching;

/// <summary>
/// The matching engine (issue 10, ADR 0018): jobs from the instance's in-memory index of open posts, checked
/// against the database before they are shown; programmes and gaps from an eligibility query.
/// </summary>
public sealed class MatchEngine(RestartDbContext db, JobIndex index, MatchReferences references, IOptionsMonitor<MatchingOptions> options, TimeProvider clock) : IMatchEngine
{
    public async Task<Recommendations> RecommendAsync(Guid caseId, int jobs, int programmes, CancellationToken cancellationToken)
    {
        var person = await ApplicantAsync(caseId, cancellationToken);
        if (person is null)
        {
            return Recommendations.None;
        }

        var reference = await references.GetAsync(db, cancellationToken);
        var settings = options.CurrentValue;
        var today = clock.Today();
        var scorer = new JobScorer(person, reference, settings);
        var ranked = jobs > 0 ? await RankJobsAsync(scorer, jobs, today, cancellationToken) : [];
        var jobMatches = ranked.Select(r => new JobMatch(r.Post.Id, r.Post.Title, r.Post.CompanyId, r.Post.CompanyName, r.Post.OccupationCode,
            r.Post.SigunguCode, r.Post.MonthlyWage, r.Post.ClosesOn, JobScorer.Percent(r.Score), scorer.Explain(r.Post))).ToList();

        // The qualifications the shown jobs ask for and the person lacks, most asked first.
        var missing = ranked.SelectMany(r => r.Post.Qualifications.Where(q => !person.Qualifications.Contains(q)).Select(q => (Code: q, r.Post)))
            .GroupBy(x => x.Code)
            .Select(g => (Code: g.Key, Name: reference.QualificationName(g.Key), Posts: g.Select(x => x.Post).ToList()))
            .OrderByDescending(g => g.Posts.Count).ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        if (programmes <= 0 && missing.Count == 0)
        {
            return new Recommendations(jobMatches, [], []);
        }

        var eligible = await ProgrammeMatching.EligibleAsync(db, person, today, cancellationToken);
        var gapInputs = missing.Select(g => (g.Code, g.Name, Companies: g.Posts.Select(p => p.CompanyId).Distinct().ToArray())).ToList();
        var gaps = missing.Select(g => new QualificationGap(g.Code, g.Name,
            [.. eligible.Where(p => p.LeadsTo(g.Name, g.Posts.Select(j => j.CompanyId))).OrderBy(p => p.ApplyUntil).ThenBy(p => p.Id)
                .Select(p => new OfferRef(p.Id, p.Title, p.AgencyName))],
            [.. g.Posts.Select(p => new OfferRef(p.Id, p.Title, p.CompanyName))])).ToList();
        var programmeMatches = programmes > 0 ? ProgrammeMatching.Rank(eligible, person, gapInputs, reference, settings, programmes) : [];
        return new Recommendations(jobMatches, programmeMatches, gaps);
    }

    /// <summary>The facts of a submitted case; null for a draft or a case that does not exist.</summary>
    public async Task<Applicant?> ApplicantAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var theCase = await db.Cases.AsNoTracking().Include(c => c.DesiredOccupations).Include(c => c.DesiredRegions)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (theCase is null || theCase.Status == CaseStatus.Draft)
        {
            return null;
        }

        var profile = await db.ApplicantProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == theCase.ApplicantUserId, cancellationToken);
        var plan = await db.CasePlans.AsNoTracking().SingleOrDefaultAsync(p => p.CaseId == caseId, cancellationToken);
        return Applicant.From(theCase, profile, plan, await references.GetAsync(db, cancellationToken), clock.Today());
    }

    /// <summary>
    /// The top posts from the index, then the same posts read again from the database: a post closed, past its
    /// deadline or filled since the snapshot is dropped and the next one taken; the rest are scored on their current
    /// fields. Candidates are taken with a margin, and again with a wider one if too many dropped.
    /// </summary>
    public async Task<List<(OpenPost Post, double Score)>> RankJobsAsync(JobScorer scorer, int count, DateOnly today, CancellationToken cancellationToken)
    {
        var snapshot = await index.GetAsync(cancellationToken);
        var rejected = new HashSet<Guid>();
        var kept = new List<(OpenPost Post, double Score)>();
        for (var (attempt, wanted) = (0, count + Math.Max(5, count / 2)); attempt < 3; attempt++, wanted *= 4)
        {
            var candidates = JobRanking.Top(snapshot, scorer, wanted, today, rejected);
            var ids = candidates.Select(c => c.Post.Id).ToList();
            var current = (await OpenPost.LoadAsync(db, today, ids, cancellationToken)).ToDictionary(p => p.Id);
            kept.Clear();
            foreach (var (post, _) in candidates)
            {
                if (current.TryGetValue(post.Id, out var fresh) && fresh.PassesHardFilters(today))
                {
                    kept.Add((fresh, scorer.Score(fresh)));
                }
                else
                {
                    rejected.Add(post.Id);
                }
            }

            if (kept.Count >= count || candidates.Count < wanted)
            {
                break;
            }

            if (rejected.Count > 0)
            {
                index.Invalidate();
            }
        }

        kept.Sort(JobRanking.Compare);
        return kept.Count > count ? kept[..count] : kept;
    }
}
