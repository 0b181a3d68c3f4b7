using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rocb.Api.Domain;

namespace Rocb.Api.Persistence.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.ToTable("regions");
        b.Property(r => r.Code).HasMaxLength(10);
        b.Property(r => r.Name).HasMaxLength(200);
        b.Property(r => r.RocbLocation).HasMaxLength(200);
        b.HasIndex(r => r.Code).IsUnique().HasDatabaseName(Constraints.RegionCode);
    }
}
