namespace Restart.Core.Matching;

/// <summary>
/// The "Matching" configuration section: how much each factor weighs (relative weights, any scale), the partial
/// credit of a near match, and how often an instance re-reads the open posts. Defaults in appsettings.json;
/// every key is documented in docs/operations.md (ADR 0018).
/// </summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    public JobWeights Jobs { get; set; } = new();
    public ProgrammeWeights Programmes { get; set; } = new();

    /// <summary>Credit of a post in the same KECO middle group (two digits) as a desired occupation, 0–1.</summary>
    public double SameGroupCredit { get; set; } = 0.6;

    /// <summary>Credit of a post whose occupation the former business's industry leads to (ksic_keco.csv), 0–1.</summary>
    public double RelatedToBusinessCredit { get; set; } = 0.5;

    /// <summary>Credit of a post in the same 시·도 as a desired region or home, 0–1.</summary>
    public double SameSidoCredit { get; set; } = 0.6;

    /// <summary>Credit of a post in a 시·도 next to one the person wants or lives in, 0–1.</summary>
    public double NeighbouringSidoCredit { get; set; } = 0.3;

    /// <summary>A wage this far below the desired one (as a share of it) scores nothing; in between the credit falls linearly.</summary>
    public double WageShortfallToZero { get; set; } = 0.25;

    /// <summary>Weekly hours within this many of the desired ones count as a fit.</summary>
    public int HoursTolerance { get; set; } = 4;

    /// <summary>Beyond the tolerance, the credit falls to nothing over this many hours.</summary>
    public int HoursToZero { get; set; } = 16;

    /// <summary>How often an instance asks the database whether open posts changed (a cheap marker query).</summary>
    public int RefreshSeconds { get; set; } = 15;

    /// <summary>How often an instance reloads every open post whatever the marker says (edits made on other instances).</summary>
    public int FullReloadMinutes { get; set; } = 10;
}

/// <summary>Relative weights of a job's factors.</summary>
public sealed class JobWeights
{
    public double Occupation { get; set; } = 30;
    public double Region { get; set; } = 25;
    public double Wage { get; set; } = 15;
    public double Hours { get; set; } = 10;
    public double Certificates { get; set; } = 10;
    public double Skills { get; set; } = 5;
    public double Experience { get; set; } = 5;

    internal double Total => Occupation + Region + Wage + Hours + Certificates + Skills + Experience;
}

/// <summary>Relative weights of a programme's fit, once it passed the eligibility filters.</summary>
public sealed class ProgrammeWeights
{
    /// <summary>The programme serves exactly the person's track (a programme for both tracks gets half).</summary>
    public double Track { get; set; } = 40;

    /// <summary>Words of the agreed plan's goals found in the programme's title or description.</summary>
    public double Plan { get; set; } = 25;

    /// <summary>The programme leads to a qualification that recommended jobs ask for and the person lacks.</summary>
    public double Gap { get; set; } = 25;

    /// <summary>The programme serves the person's own 시·도 rather than the whole country.</summary>
    public double Region { get; set; } = 10;

    internal double Total => Track + Plan + Gap + Region;
}
