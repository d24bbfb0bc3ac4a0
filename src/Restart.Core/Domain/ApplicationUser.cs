using Microsoft.AspNetCore.Identity;

namespace Restart.Core.Domain;

public class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    /// <summary>Counselors and regional managers belong to one regional office.</summary>
    public Guid? RegionalOfficeId { get; set; }
    public RegionalOffice? RegionalOffice { get; set; }

    /// <summary>Partner accounts belong to one agency.</summary>
    public Guid? AgencyId { get; set; }
    public Agency? Agency { get; set; }

    /// <summary>Employer accounts belong to one company.</summary>
    public Guid? CompanyId { get; set; }
    public Company? Company { get; set; }
}
