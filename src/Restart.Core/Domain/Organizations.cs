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
    /// <summary>시·군·구 the office takes out of another office's 시·도 (경기북부 out of 경기).</summary>
    public List<RegionalOfficeDistrict> Districts { get; init; } = [];
}

/// <summary>A 시·군·구 whose cases go to this office rather than to the office covering its 시·도.</summary>
public class RegionalOfficeDistrict
{
    public Guid RegionalOfficeId { get; init; }
    public required string SigunguCode { get; init; }
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
    /// <summary>Where the agency is based; <see cref="Regions"/> are where it serves.</summary>
    public required string SidoCode { get; set; }
    /// <summary>사업자등록번호 (or 고유번호), ten digits, check digit verified.</summary>
    public string? BusinessNumber { get; set; }
    /// <summary>What the agency offers, in a few sentences: shown on /Network, to the public too.</summary>
    public string? Summary { get; set; }
    /// <summary>The public phone and web site.</summary>
    public string? Phone { get; set; }
    public string? Website { get; set; }
    /// <summary>The contact person for staff and fellow members; not shown to the public.</summary>
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public List<AgencyRegion> Regions { get; init; } = [];
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>A 시·도 an agency serves.</summary>
public class AgencyRegion
{
    public Guid AgencyId { get; init; }
    public required string SidoCode { get; init; }
}

/// <summary>Membership of an agency in a regional office's council (협의회).</summary>
public class CouncilMember
{
    public Guid RegionalOfficeId { get; init; }
    public Guid AgencyId { get; init; }
    public Agency? Agency { get; init; }
    public DateOnly JoinedOn { get; init; }
}

/// <summary>A shared pilot project (시범사업) a council runs with several member agencies.</summary>
public class PilotProject : IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid RegionalOfficeId { get; init; }
    public required string Title { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public required string TargetGroup { get; set; }
    public int PlannedPlaces { get; set; }
    public string? Description { get; set; }
    public List<PilotProjectMember> Members { get; init; } = [];
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public class PilotProjectMember
{
    public Guid PilotProjectId { get; init; }
    public Guid AgencyId { get; init; }
}

/// <summary>An employer (지역기업/협약기업) that posts job offers once staff have verified it.</summary>
public class Company : IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Name { get; set; }
    /// <summary>사업자등록번호, ten digits, check digit verified.</summary>
    public string? BusinessNumber { get; set; }
    public required string SigunguCode { get; set; }
    /// <summary>KSIC code of the company's industry.</summary>
    public string? IndustryCode { get; set; }
    public string? Phone { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    /// <summary>협약기업: a company with an agreement with the office to hire from the programme.</summary>
    public bool IsAgreementCompany { get; set; }
    /// <summary>Staff checked the company exists and is who it says; until then its job posts cannot be published.</summary>
    public DateTime? VerifiedAt { get; set; }
    public string? VerifiedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsVerified => VerifiedAt is not null;
}
