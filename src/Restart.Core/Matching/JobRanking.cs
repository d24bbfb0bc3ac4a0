namespace Restart.Core.Matching;

/// <summary>
/// The best posts of a snapshot for one person without scoring every post (ADR 0018). Posts are visited by
/// source — the person's occupations and groups, the occupations the former business leads to, then the person's
/// 시·군·구, 시·도 and neighbouring 시·도, then the rest — in falling order of the best score a post of that source
/// can reach. Once the list holds <c>count</c> posts that all score above that bound, no unvisited post can enter
/// it, and the search stops: the result is the same as scoring every post.
/// </summary>
public static class JobRanking
{
    public static List<(OpenPost Post, double Score)> Top(JobSnapshot snapshot, JobScorer scorer, int count, DateOnly today, IReadOnlySet<Guid>? excluded = null)
    {
        var best = new PriorityQueue<(OpenPost Post, double Score), (OpenPost Post, double Score)>(count + 1, WorstFirst.Instance);
        if (count <= 0)
        {
            return [];
        }

        var visited = new HashSet<OpenPost>(ReferenceEqualityComparer.Instance);
        var person = scorer.Person;

        // Occupation sources, best credit first; a post of another occupation is never among them.
        var sources = new List<(OpenPost[] Posts, double Bound)>();
        foreach (var code in person.Occupations)
        {
            Add(snapshot.ByOccupation.GetValueOrDefault(code), scorer.UpperBound(scorer.OccupationCredit(OccupationFit.Same), 1));
        }

        foreach (var group in person.Occupations.Select(c => c[..2]).Distinct())
        {
            Add(snapshot.ByOccupation.GetValueOrDefault(group), scorer.UpperBound(scorer.OccupationCredit(OccupationFit.SameGroup), 1));
        }

        foreach (var code in person.RelatedOccupations)
        {
            Add(snapshot.ByOccupation.GetValueOrDefault(code), scorer.UpperBound(scorer.OccupationCredit(OccupationFit.RelatedToBusiness), 1));
        }

        if (!Visit(sources.OrderByDescending(s => s.Bound)))
        {
            return Sorted();
        }

        // Every post left has another occupation: only its region raises its bound.
        sources.Clear();
        foreach (var city in person.DesiredCities.Append(person.HomeCity).OfType<string>().Distinct())
        {
            Add(snapshot.ByCity.GetValueOrDefault(city), scorer.UpperBound(0, scorer.RegionCredit(RegionFit.SameSigungu)));
        }

        foreach (var sido in person.Sidos)
        {
            Add(snapshot.BySido.GetValueOrDefault(sido), scorer.UpperBound(0, scorer.RegionCredit(RegionFit.SameSido)));
        }

        foreach (var sido in person.NeighbouringSidos)
        {
            Add(snapshot.BySido.GetValueOrDefault(sido), scorer.UpperBound(0, scorer.RegionCredit(RegionFit.NeighbouringSido)));
        }

        sources.Add((snapshot.All, scorer.UpperBound(0, 0)));
        Visit(sources.OrderByDescending(s => s.Bound));
        return Sorted();

        void Add(OpenPost[]? posts, double bound)
        {
            if (posts is { Length: > 0 })
            {
                sources.Add((posts, bound));
            }
        }

        // False once no unvisited post can enter the list.
        bool Visit(IEnumerable<(OpenPost[] Posts, double Bound)> ordered)
        {
            foreach (var (posts, bound) in ordered)
            {
                if (best.Count == count && best.Peek().Score > bound)
                {
                    return false;
                }

                foreach (var post in posts)
                {
                    if (!visited.Add(post) || !post.PassesHardFilters(today) || excluded?.Contains(post.Id) == true)
                    {
                        continue;
                    }

                    var entry = (post, scorer.Score(post));
                    if (best.Count < count)
                    {
                        best.Enqueue(entry, entry);
                    }
                    else if (WorstFirst.Instance.Compare(entry, best.Peek()) > 0)
                    {
                        best.EnqueueDequeue(entry, entry);
                    }
                }
            }

            return true;
        }

        List<(OpenPost Post, double Score)> Sorted()
        {
            var list = new List<(OpenPost Post, double Score)>(best.Count);
            while (best.Count > 0)
            {
                list.Add(best.Dequeue());
            }

            list.Reverse();
            return list;
        }
    }

    /// <summary>The ranking's order, best first: higher score, then sooner deadline, then id (stable across runs).</summary>
    public static int Compare((OpenPost Post, double Score) a, (OpenPost Post, double Score) b) => -WorstFirst.Instance.Compare(a, b);

    /// <summary>Orders worst first, so the queue's head is the entry to drop.</summary>
    private sealed class WorstFirst : IComparer<(OpenPost Post, double Score)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((OpenPost Post, double Score) x, (OpenPost Post, double Score) y)
        {
            var byScore = x.Score.CompareTo(y.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byDeadline = y.Post.ClosesOn.CompareTo(x.Post.ClosesOn);
            return byDeadline != 0 ? byDeadline : y.Post.Id.CompareTo(x.Post.Id);
        }
    }
}
