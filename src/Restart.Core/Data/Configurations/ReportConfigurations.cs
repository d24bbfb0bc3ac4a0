using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Restart.Core.Domain;

namespace Restart.Core.Data.Configurations;

internal sealed class DailyFigureConfiguration : IEntityTypeConfiguration<DailyFigure>
{
    public void Configure(EntityTypeBuilder<DailyFigure> b)
    {
        b.ToTable("DailyFigures");
        // A dashboard reads one office's metrics over a range of days: one index range per metric (ADR 0026).
        b.HasKey(x => new { x.OfficeId, x.Metric, x.Day, x.Dimension });
        b.Property(x => x.Dimension).HasMaxLength(64);
        // No foreign key to the office: the figures are counts kept by the context, written by upserts in raw SQL.
    }
}
