namespace Restart.Core.Domain;

/// <summary>What a partner agency's programme gives. Numbers are stored: never renumber.</summary>
public enum ProgrammeKind
{
    Training = 1,
    /// <summary>전직장려수당 and other allowances.</summary>
    Allowance = 2,
    /// <summary>A loan, such as a self-sufficiency fund's business loan: limit, interest rate, term.</summary>
    Loan = 3,
    CreditRecovery = 4,
    Welfare = 5,
    /// <summary>재창업 코칭.</summary>
    StartupCoaching = 6,
    /// <summary>컨설팅.</summary>
    CareerConsulting = 7,
    /// <summary>기업연계 훈련: training with a partner company that hires from it.</summary>
    CompanyLinkedTraining = 8,
    EquipmentSupport = 9,
    /// <summary>A course that leads to a national qualification.</summary>
    CertificationCourse = 10,
}

/// <summary>Which path a programme or a plan serves.</summary>
public enum Track
{
    ReEmployment = 1,
    ReFounding = 2,
    Both = 3,
}

public enum OfferStatus
{
    Draft = 0,
    Open = 1,
    Closed = 2,
}

/// <summary>A programme posted by a partner agency: training, allowance, loan, credit recovery, welfare or coaching.</summary>
public class Programme : IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid AgencyId { get; init; }
    public Agency? Agency { get; init; }
    public required string Title { get; set; }
    public ProgrammeKind Kind { get; set; }
    public Track Track { get; set; }
    /// <summary>The 시·도 it serves; none for a nationwide programme.</summary>
    public List<ProgrammeRegion> Regions { get; init; } = [];
    public DateOnly ApplyFrom { get; set; }
    public DateOnly ApplyUntil { get; set; }
    /// <summary>When the programme itself runs.</summary>
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public int Capacity { get; set; }
    /// <summary>Places held by referrals (<see cref="ReferralLifecycle.TakesAPlace"/>), kept by the context on every save (ADR 0019); never set by hand.</summary>
    public int PlacesTaken { get; private set; }
    public int? MinAge { get; set; }
    public int? MaxAge { get; set; }
    /// <summary>Other eligibility conditions, as the agency states them.</summary>
    public string? OtherConditions { get; set; }
    public required string Description { get; set; }
    /// <summary>Money given (training allowance, 전직장려수당, equipment), in KRW.</summary>
    public long? BenefitAmount { get; set; }
    /// <summary>For a loan: the limit in KRW, the yearly interest rate in percent and the term in months.</summary>
    public long? LoanLimit { get; set; }
    public decimal? InterestRate { get; set; }
    public int? LoanTermMonths { get; set; }
    /// <summary>For company-linked training (기업연계): the company that takes part.</summary>
    public Guid? PartnerCompanyId { get; set; }
    /// <summary>The council pilot project (시범사업) the programme belongs to, if any.</summary>
    public Guid? PilotProjectId { get; set; }
    public OfferStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public class ProgrammeRegion
{
    public Guid ProgrammeId { get; init; }
    public required string SidoCode { get; init; }
}

public enum EmploymentType
{
    Permanent = 1,
    FixedTerm = 2,
    PartTime = 3,
    Daily = 4,
}

public enum WageKind
{
    Monthly = 1,
    Hourly = 2,
}

public enum ShiftKind
{
    Day = 1,
    Night = 2,
    Rotating = 3,
    Flexible = 4,
}

/// <summary>A job offer posted by an employer.</summary>
public class JobPost : IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid CompanyId { get; init; }
    public Company? Company { get; init; }
    public required string Title { get; set; }
    /// <summary>KECO occupation code.</summary>
    public required string OccupationCode { get; set; }
    /// <summary>The workplace: its 시·도 (kept beside the 시·군·구 for filtering) and 시·군·구.</summary>
    public required string SidoCode { get; set; }
    public required string SigunguCode { get; set; }
    public EmploymentType EmploymentType { get; set; } = EmploymentType.Permanent;
    public WageKind WageKind { get; set; } = WageKind.Monthly;
    /// <summary>The wage as posted: per month or per hour, in KRW.</summary>
    public int WageAmount { get; set; }
    /// <summary>The monthly equivalent, for sorting, filtering and matching (<see cref="Wages.MonthlyEquivalent"/>).</summary>
    public int MonthlyWage { get; set; }
    public int WeeklyHours { get; set; }
    public ShiftKind Shift { get; set; } = ShiftKind.Day;
    public List<JobPostQualification> Qualifications { get; init; } = [];
    /// <summary>Skills wanted, comma-separated as the employer writes them.</summary>
    public string? Skills { get; set; }
    /// <summary>Years of experience wanted; null or 0 for none.</summary>
    public int? ExperienceYears { get; set; }
    public int Openings { get; set; } = 1;
    /// <summary>Openings held by referrals (<see cref="ReferralLifecycle.TakesAPlace"/>), kept by the context on every save (ADR 0019); never set by hand.</summary>
    public int OpeningsTaken { get; private set; }
    public bool MiddleAgedWelcome { get; set; }
    public bool TrainingProvided { get; set; }
    public required string Description { get; set; }
    public DateOnly OpensOn { get; set; }
    /// <summary>The deadline: the post closes by itself after this day.</summary>
    public DateOnly ClosesOn { get; set; }
    public OfferStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>A national qualification a job post requires.</summary>
public class JobPostQualification
{
    public Guid JobPostId { get; init; }
    public required string QualificationCode { get; init; }
}

/// <summary>Monthly equivalents of wages, the way Korean pay is compared (주휴 included, 4.345 weeks a month).</summary>
public static class Wages
{
    /// <summary>Paid hours in a month for <paramref name="weeklyHours"/> a week: weekly hours plus the paid weekly rest (주휴, from 15 hours a week), times 365/7/12. 40 hours → 209.</summary>
    public static decimal MonthlyPaidHours(int weeklyHours)
    {
        var paidWeekly = weeklyHours >= 15 ? weeklyHours + Math.Min(weeklyHours, 40) / 5m : weeklyHours;
        return Math.Round(paidWeekly * 365m / 7m / 12m, 0, MidpointRounding.AwayFromZero);
    }

    public static int MonthlyEquivalent(WageKind kind, int amount, int weeklyHours) =>
        kind == WageKind.Monthly ? amount : (int)Math.Min(int.MaxValue, amount * MonthlyPaidHours(weeklyHours));

    /// <summary>The hourly rate a wage pays, to compare with the minimum wage.</summary>
    public static decimal HourlyEquivalent(WageKind kind, int amount, int weeklyHours)
    {
        if (kind == WageKind.Hourly)
        {
            return amount;
        }

        var hours = MonthlyPaidHours(weeklyHours);
        return hours == 0 ? 0 : amount / hours;
    }
}
