using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rocb.Api.Domain;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Domain.Needs;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Domain.Plans;

namespace Rocb.Api.Persistence.Configurations;

internal sealed class NeedsAnalysisSettingsConfiguration : IEntityTypeConfiguration<NeedsAnalysisSettings>
{
    public void Configure(EntityTypeBuilder<NeedsAnalysisSettings> b)
    {
        b.ToTable("needs_analysis_settings", t =>
        {
            t.HasCheckConstraint("ck_needs_analysis_settings_single_row", "id = 1");
            t.HasCheckConstraint(Constraints.NeedsAnalysisSettingsRanges,
                "sub_regional_workshop_threshold BETWEEN 2 AND 50 AND high_need_level BETWEEN 1 AND 3 AND supply_shortage_ratio > 0 " +
                "AND supply_shortage_ratio <= 100 AND experts_per_workshop BETWEEN 0 AND 20 AND experts_per_national_activity BETWEEN 0 AND 20");
        });
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.SupplyShortageRatio).HasPrecision(6, 2);
        b.Property(s => s.Version).IsRowVersion();
    }
}

internal sealed class WorkPlanDraftConfiguration : IEntityTypeConfiguration<WorkPlanDraft>
{
    public void Configure(EntityTypeBuilder<WorkPlanDraft> b)
    {
        b.ToTable("work_plan_drafts", t => t.HasCheckConstraint(Constraints.WorkPlanDraftAdopted,
            "(status = 'Adopted') = (adopted_at IS NOT NULL)"));
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Version).IsRowVersion();
        b.HasIndex(d => d.CycleId).IsUnique().HasDatabaseName(Constraints.WorkPlanDraftCycle);
        b.HasOne<NeedsCycle>().WithMany().HasForeignKey(d => d.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Items).WithOne().HasForeignKey(i => i.DraftId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkPlanItemConfiguration : IEntityTypeConfiguration<WorkPlanItem>
{
    public void Configure(EntityTypeBuilder<WorkPlanItem> b)
    {
        b.ToTable("work_plan_items", t =>
        {
            t.HasCheckConstraint(Constraints.WorkPlanItemQuarter, "quarter IS NULL OR quarter BETWEEN 1 AND 4");
            t.HasCheckConstraint(Constraints.WorkPlanItemExperts, "experts_needed BETWEEN 0 AND 50");
        });
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(i => i.Title).HasMaxLength(500);
        b.Property(i => i.ActivityType).HasConversion<string>().HasMaxLength(50);
        b.Property(i => i.Origin).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Reason).HasMaxLength(1000);
        b.Property(i => i.Evidence).HasColumnType("jsonb");
        b.Property(i => i.Notes).HasMaxLength(2000);
        b.Property(i => i.Version).IsRowVersion();
        b.HasIndex(i => new { i.DraftId, i.Position });
        b.HasIndex(i => i.ActivityId);
        b.HasOne<Topic>().WithMany().HasForeignKey(i => i.TopicId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SubRegion>().WithMany().HasForeignKey(i => i.SubRegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Activity>().WithMany().HasForeignKey(i => i.ActivityId).OnDelete(DeleteBehavior.SetNull);
    }
}
