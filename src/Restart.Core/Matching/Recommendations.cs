using Restart.Core.Domain;

namespace Restart.Core.Matching;

// The matching engine's contract (issue 10): what it returns to the pages. The engine itself, its indexes
// and its weights live beside this file; the pages and referral handlers only read these shapes.

/// <summary>
/// One factor of a score, as a code and its arguments (names already resolved: a 시·군·구's name, a
/// qualification's name), translated when shown (<see cref="MatchReasonText.Describe"/>), never stored as a sentence.
/// </summary>
/// <param name="Code">The resource key's tail, e.g. <c>Region.SameSigungu</c> → <c>Match.Region.SameSigungu</c>.</param>
/// <param name="Met">True for a factor that matched (shown as a reason), false for one that is missing (shown as a gap).</param>
/// <param name="Arguments">The values the sentence takes, culture-neutral strings.</param>
public sealed record MatchReason(string Code, bool Met, IReadOnlyList<string> Arguments)
{
    public static MatchReason Matched(string code, params string[] arguments) => new(code, true, arguments);

    public static MatchReason Missing(string code, params string[] arguments) => new(code, false, arguments);
}

/// <summary>An open job post ranked for one person: what a list row shows, its score (0–100) and why.</summary>
public sealed record JobMatch(
    Guid JobPostId,
    string Title,
    Guid CompanyId,
    string CompanyName,
    string OccupationCode,
    string SigunguCode,
    int MonthlyWage,
    DateOnly ClosesOn,
    int Score,
    IReadOnlyList<MatchReason> Reasons);

/// <summary>An open programme the person is eligible for, ranked: what a list row shows, its score (0–100) and why.</summary>
public sealed record ProgrammeMatch(
    Guid ProgrammeId,
    string Title,
    Guid AgencyId,
    string AgencyName,
    ProgrammeKind Kind,
    DateOnly ApplyUntil,
    int Score,
    IReadOnlyList<MatchReason> Reasons);

/// <summary>
/// A qualification the person lacks that open jobs ask for, the open programmes (certification courses,
/// company-linked training) that lead to it, and the jobs it would unlock: the 기업연계 path from training to hire.
/// </summary>
public sealed record QualificationGap(
    string QualificationCode,
    string QualificationName,
    IReadOnlyList<OfferRef> Programmes,
    IReadOnlyList<OfferRef> JobsUnlocked);

/// <summary>A programme or a post named in a gap: enough for a link.</summary>
public sealed record OfferRef(Guid Id, string Title, string OrganizationName);

/// <summary>Everything the engine recommends for one case.</summary>
public sealed record Recommendations(
    IReadOnlyList<JobMatch> Jobs,
    IReadOnlyList<ProgrammeMatch> Programmes,
    IReadOnlyList<QualificationGap> Gaps)
{
    public static Recommendations None { get; } = new([], [], []);
}

/// <summary>
/// Ranks open jobs and programmes for a case. No access checks here: the handlers that call it decide
/// who may see whose recommendations (an applicant their own, staff their office's cases).
/// </summary>
public interface IMatchEngine
{
    /// <summary>
    /// The top <paramref name="jobs"/> job posts and top <paramref name="programmes"/> programmes for the case, best first,
    /// each with its reasons, and the qualification gaps with the programmes that close them.
    /// <see cref="Recommendations.None"/> for a case that does not exist or is still a draft.
    /// </summary>
    Task<Recommendations> RecommendAsync(Guid caseId, int jobs, int programmes, CancellationToken cancellationToken);
}

/// <summary>A match reason in the reader's language (the current UI culture), from Core's messages (<c>Match.{Code}</c>).</summary>
public static class MatchReasonText
{
    public static string Describe(MatchReason reason) => Common.Text.Format($"Match.{reason.Code}", [.. reason.Arguments]);
}
