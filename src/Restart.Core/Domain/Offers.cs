namespace Restart.Core.Domain;

public enum ProgrammeKind
{
    Training = 1,
    Allowance = 2,
    Loan = 3,
    CreditRecovery = 4,
    Welfare = 5,
    StartupCoaching = 6,
    CareerConsulting = 7,
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
    /// <summary>The 시·도 it serves; null for nationwide programmes.</summary>
    public string? SidoCode { get; set; }
    public DateOnly ApplyFrom { get; set; }
    public DateOnly ApplyUntil { get; set; }
    public int Capacity { get; set; }
    public int? MinAge { get; set; }
    public int? MaxAge { get; set; }
    public required string Description { get; set; }
    public OfferStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
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
    public required string SigunguCode { get; set; }
    public int MonthlyWage { get; set; }
    public int WeeklyHours { get; set; }
    public required string Description { get; set; }
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public OfferStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
