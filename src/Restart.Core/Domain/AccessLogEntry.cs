namespace Restart.Core.Domain;

public enum PersonalDataAction
{
    View = 1,
    Create = 2,
    Change = 3,
    Export = 4,
    Download = 5,
    Delete = 6,
}

/// <summary>
/// One read or change of a person's data (개인정보 접근기록). Rows are only ever appended: each carries an
/// HMAC-SHA256, under a key kept outside the database, of its predecessor's hash and its own fields, so an
/// edited or deleted row breaks the chain and only the key's holder could mend it (ADR 0007, 0022).
/// </summary>
public class AccessLogEntry
{
    public long Id { get; init; }
    public DateTime At { get; init; }
    /// <summary>The account that acted; null for an anonymous request.</summary>
    public string? ActorUserId { get; init; }
    public string? IpAddress { get; init; }
    /// <summary>Whose data: a user id, or a description such as "accounts" for a list.</summary>
    public required string Subject { get; init; }
    public PersonalDataAction Action { get; init; }
    /// <summary>The use case, e.g. "ListAccounts".</summary>
    public required string Operation { get; init; }
    /// <summary>Ok, NotFound, Forbidden, Invalid or Conflict.</summary>
    public required string Outcome { get; init; }
    /// <summary>Why the person needed the data, where the law asks for it (a download's or an export's 사유); null otherwise.</summary>
    public string? Reason { get; init; }
    public required string PreviousHash { get; init; }
    public required string Hash { get; init; }
    /// <summary>The id of the HMAC key that sealed the entry; null for entries sealed with plain SHA-256 before keys existed.</summary>
    public string? KeyId { get; init; }
}
