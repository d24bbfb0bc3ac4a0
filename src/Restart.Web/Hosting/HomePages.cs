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

    public static string For(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Administrator) ? Administrator
        : user.IsInRole(Roles.Counselor) || user.IsInRole(Roles.RegionalManager) ? Staff
        : user.IsInRole(Roles.AgencyPartner) ? Partner
        : user.IsInRole(Roles.Employer) ? Employer
        : Applicant;
}
