namespace Restart.Core.Domain;

/// <summary>
/// An entity two people can edit at once. <see cref="Version"/> is an optimistic concurrency token that
/// changes on every save (set in <c>RestartDbContext.SaveChangesAsync</c>), so it works the same on SQLite
/// and PostgreSQL without provider-specific row versions.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
