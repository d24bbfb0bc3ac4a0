namespace Restart.Core.Domain;

/// <summary>The six roles of the portal. Staff, partner and employer accounts are created by an administrator.</summary>
public static class Roles
{
    public const string Applicant = nameof(Applicant);
    public const string Counselor = nameof(Counselor);
    public const string RegionalManager = nameof(RegionalManager);
    public const string AgencyPartner = nameof(AgencyPartner);
    public const string Employer = nameof(Employer);
    public const string Administrator = nameof(Administrator);

    public static readonly IReadOnlyList<string> All =
        [Applicant, Counselor, RegionalManager, AgencyPartner, Employer, Administrator];

    /// <summary>Roles an administrator may give; Applicant accounts come only from self-registration.</summary>
    public static readonly IReadOnlyList<string> AssignableByAdministrator =
        [Counselor, RegionalManager, AgencyPartner, Employer, Administrator];

    public static bool IsStaff(string role) => role is Counselor or RegionalManager;
}
