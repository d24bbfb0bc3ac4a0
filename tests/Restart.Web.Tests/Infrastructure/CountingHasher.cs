using Microsoft.AspNetCore.Identity;
using Restart.Core.Domain;

namespace Restart.Web.Tests.Infrastructure;

/// <summary>The portal's password hasher, counting its work: equal work is proved by counting, never by timing.</summary>
internal sealed class CountingHasher : IPasswordHasher<ApplicationUser>
{
    private readonly PasswordHasher<ApplicationUser> _inner = new();
    private int _hashes;
    private int _checks;

    /// <summary>New hashes made (a password set) since the last call, and the counter reset.</summary>
    public int TakeHashes() => Interlocked.Exchange(ref _hashes, 0);

    /// <summary>Password checks made since the last call, and the counter reset.</summary>
    public int TakeChecks() => Interlocked.Exchange(ref _checks, 0);

    public string HashPassword(ApplicationUser user, string password)
    {
        Interlocked.Increment(ref _hashes);
        return _inner.HashPassword(user, password);
    }

    public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _checks);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
