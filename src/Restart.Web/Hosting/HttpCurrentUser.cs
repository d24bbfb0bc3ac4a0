using System.Security.Claims;
using Restart.Core.Common;

namespace Restart.Web.Hosting;

/// <summary>The signed-in person as Core sees them, read from the authentication cookie's claims.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;
    public IReadOnlyCollection<string> Roles => Principal?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList() ?? [];
    public Guid? RegionalOfficeId => GuidClaim(RestartClaims.RegionalOffice);
    public Guid? AgencyId => GuidClaim(RestartClaims.Agency);
    public Guid? CompanyId => GuidClaim(RestartClaims.Company);
    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    private Guid? GuidClaim(string type) => Guid.TryParse(Principal?.FindFirstValue(type), out var id) ? id : null;
}
