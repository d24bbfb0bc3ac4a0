using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Restart.Core.Domain;

namespace Restart.Web.Hosting;

public static class RestartClaims
{
    public const string DisplayName = "restart:name";
    public const string RegionalOffice = "restart:office";
    public const string Agency = "restart:agency";
    public const string Company = "restart:company";
}

/// <summary>Puts the account's organisation into the cookie, so every request knows the user's region, agency or company.</summary>
public sealed class RestartClaimsPrincipalFactory(UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(RestartClaims.DisplayName, user.DisplayName));
        Add(identity, RestartClaims.RegionalOffice, user.RegionalOfficeId);
        Add(identity, RestartClaims.Agency, user.AgencyId);
        Add(identity, RestartClaims.Company, user.CompanyId);
        return identity;
    }

    private static void Add(ClaimsIdentity identity, string type, Guid? value)
    {
        if (value is { } id)
        {
            identity.AddClaim(new Claim(type, id.ToString("D", CultureInfo.InvariantCulture)));
        }
    }
}
