namespace Restart.Core.Domain;

/// <summary>A regional office (지역본부) whose staff review the cases of the regions it covers.</summary>
public class RegionalOffice : IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<RegionalOfficeCoverage> Coverage { get; init; } = [];
}

public class RegionalOfficeCoverage
{
    public Guid RegionalOfficeId { get; init; }
    public required string SidoCode { get; init; }
}

public enum AgencyKind
{
    EmploymentWelfareCenter = 1,
    JobFoundation = 2,
    Polytechnic = 3,
    TripartiteFoundation = 4,
    CreditCounseling = 5,
    SelfSufficiencyCenter = 6,
    SmallBusinessAssociation = 7,
    EducationOffice = 8,
    University = 9,
}

/// <summary>A partner agency (협력기관) that posts programmes and answers referrals.</summary>
public class Agency : IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Name { get; set; }
    public AgencyKind Kind { get; set; }
    public required string SidoCode { get; set; }
    public string? Phone { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>An employer (지역기업/협약기업) that posts job offers.</summary>
public class Company : IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string SigunguCode { get; set; }
    public string? IndustryCode { get; set; }
    public string? Phone { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
