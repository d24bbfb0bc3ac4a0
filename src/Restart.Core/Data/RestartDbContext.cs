using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Restart.Core.Data.Figures;
using Restart.Core.Domain;

namespace Restart.Core.Data;

/// <summary>
/// The one context of the portal: Identity's tables, the data-protection keys every instance shares, and the
/// domain. It is the repository (ADR 0005).
/// </summary>
public class RestartDbContext(DbContextOptions<RestartDbContext> options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Sido> Sidos => Set<Sido>();
    public DbSet<Sigungu> Sigungus => Set<Sigungu>();
    public DbSet<IndustryClass> Industries => Set<IndustryClass>();
    public DbSet<OccupationClass> Occupations => Set<OccupationClass>();
    public DbSet<ReferenceDataSet> ReferenceDataSets => Set<ReferenceDataSet>();
    public DbSet<RegionalOffice> RegionalOffices => Set<RegionalOffice>();
    public DbSet<RegionalOfficeCoverage> RegionalOfficeCoverage => Set<RegionalOfficeCoverage>();
    public DbSet<RegionalOfficeDistrict> RegionalOfficeDistricts => Set<RegionalOfficeDistrict>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Company> Companies => Set<Company>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<JobPost> JobPosts => Set<JobPost>();
    public DbSet<ProgrammeRegion> ProgrammeRegions => Set<ProgrammeRegion>();
    public DbSet<JobPostQualification> JobPostQualifications => Set<JobPostQualification>();
    public DbSet<AgencyRegion> AgencyRegions => Set<AgencyRegion>();
    public DbSet<CouncilMember> CouncilMembers => Set<CouncilMember>();
    public DbSet<PilotProject> PilotProjects => Set<PilotProject>();
    public DbSet<PilotProjectMember> PilotProjectMembers => Set<PilotProjectMember>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<ReferralStep> ReferralSteps => Set<ReferralStep>();
    public DbSet<Qualification> Qualifications => Set<Qualification>();
    public DbSet<MinimumWage> MinimumWages => Set<MinimumWage>();
    public DbSet<ApplicantProfile> ApplicantProfiles => Set<ApplicantProfile>();
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<CaseDocument> CaseDocuments => Set<CaseDocument>();
    public DbSet<SupplementRequest> SupplementRequests => Set<SupplementRequest>();
    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();
    public DbSet<EligibilityRule> EligibilityRules => Set<EligibilityRule>();
    public DbSet<CasePlan> CasePlans => Set<CasePlan>();
    public DbSet<CaseActionItem> CaseActionItems => Set<CaseActionItem>();
    public DbSet<CounselingSession> CounselingSessions => Set<CounselingSession>();
    public DbSet<CaseFollowUp> CaseFollowUps => Set<CaseFollowUp>();
    public DbSet<CaseTransfer> CaseTransfers => Set<CaseTransfer>();
    public DbSet<Notice> Notices => Set<Notice>();
    public DbSet<OutboxMail> Outbox => Set<OutboxMail>();
    public DbSet<AccountSession> AccountSessions => Set<AccountSession>();
    public DbSet<PasswordThrottle> PasswordThrottles => Set<PasswordThrottle>();
    public DbSet<DestructionRecord> DestructionRecords => Set<DestructionRecord>();
    public DbSet<DeletionRequest> DeletionRequests => Set<DeletionRequest>();
    public DbSet<DailyFigure> DailyFigures => Set<DailyFigure>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RestartDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is stored and read as UTC; SQLite would otherwise hand back DateTimeKind.Unspecified.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }

        // Places taken move with the referrals (ADR 0019), and the daily outcome figures with the cases' rows (ADR 0026), in
        // the same transaction; a save outside a command's unit of work (seeding, a test's set-up) gets a transaction of its own.
        var places = PlaceCounters.Pending(ChangeTracker);
        var cases = FigureKeeper.Touched(ChangeTracker);
        if (places.Count == 0 && cases.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            return await SaveKeepingCountsAsync(places, cases, acceptAllChangesOnSuccess, cancellationToken);
        }

        return await Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
            var saved = await SaveKeepingCountsAsync(places, cases, acceptAllChangesOnSuccess, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return saved;
        });
    }

    /// <summary>The save, with the places it takes and the figures of the cases it touches (their counts before, then after).</summary>
    private async Task<int> SaveKeepingCountsAsync(List<PlaceCounters.Change> places, HashSet<Guid> cases, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        await PlaceCounters.ApplyAsync(this, places, cancellationToken);
        if (cases.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var before = await FigureKeeper.CountAsync(this, cases, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await FigureKeeper.ApplyAsync(this, before, await FigureKeeper.CountAsync(this, cases, cancellationToken), cancellationToken);
        return saved;
    }

    /// <summary>
    /// The portal's own data access is asynchronous; only ASP.NET's key ring, whose store interface is
    /// synchronous, saves this way (a new data-protection key every 90 days).
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        ChangeTracker.Entries().All(e => e.Entity is DataProtectionKey)
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new InvalidOperationException("Use SaveChangesAsync: the portal's data access is asynchronous.");

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
