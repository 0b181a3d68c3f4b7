using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rocb.Api.Domain;

namespace Rocb.Api.Persistence.Configurations;

internal sealed class SubRegionConfiguration : IEntityTypeConfiguration<SubRegion>
{
    public void Configure(EntityTypeBuilder<SubRegion> b)
    {
        b.ToTable("sub_regions");
        b.Property(s => s.Code).HasMaxLength(10);
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.ProgrammeManager).HasMaxLength(200);
        b.Property(s => s.Version).IsRowVersion();
        // A sub-region code is unique within its region (another region may reuse "SA").
        b.HasIndex(s => new { s.RegionId, s.Code }).IsUnique().HasDatabaseName(Constraints.SubRegionCode);
        b.HasOne(s => s.Region).WithMany(r => r.SubRegions).HasForeignKey(s => s.RegionId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName(Constraints.SubRegionRegion);
    }
}
