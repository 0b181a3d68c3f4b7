using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rocb.Api.Domain;

namespace Rocb.Api.Persistence.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> b)
    {
        b.ToTable("members", t => t.HasCheckConstraint(Constraints.MemberDates, "left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on"));
        b.Property(m => m.Code).HasMaxLength(2);
        b.Property(m => m.Name).HasMaxLength(200);
        b.Property(m => m.Version).IsRowVersion();
        b.HasIndex(m => m.Code).IsUnique().HasDatabaseName(Constraints.MemberCode);
        b.HasIndex(m => m.SubRegionId);
        b.HasOne(m => m.SubRegion).WithMany(s => s.Members).HasForeignKey(m => m.SubRegionId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName(Constraints.MemberSubRegion);
    }
}
