namespace Restart.Core.Common;

/// <summary>Who is sending the request. The web host reads it from the signed-in principal; Core never sees HttpContext.</summary>
public interface ICurrentUser
{
    string? UserId { get; }
    bool IsAuthenticated { get; }
    IReadOnlyCollection<string> Roles { get; }
    Guid? RegionalOfficeId { get; }
    Guid? AgencyId { get; }
    Guid? CompanyId { get; }
    string? IpAddress { get; }

    bool IsInRole(string role) => Roles.Contains(role);
}
