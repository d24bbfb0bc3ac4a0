using System.Security.Claims;
using Restart.Core.Domain;

namespace Restart.Web.Hosting;

/// <summary>Where each role lands after signing in.</summary>
public static class HomePages
{
    public const string Applicant = "/Home/Applicant";
    public const string Staff = "/Home/Staff";
    public const string Partner = "/Home/Partner";
    public const string Employer = "/Home/Employer";
    public const string Administrator = "/Home/Admin";

    public static string For(ClaimsPrincipal user) => For(Roles.All.Where(user.IsInRole));

    public static string For(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet();
        return set.Contains(Roles.Administrator) ? Administrator
            : set.Contains(Roles.Counselor) || set.Contains(Roles.RegionalManager) ? Staff
            : set.Contains(Roles.AgencyPartner) ? Partner
            : set.Contains(Roles.Employer) ? Employer
            : Applicant;
    }
}
