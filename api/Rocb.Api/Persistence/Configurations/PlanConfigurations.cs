using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rocb.Api.Domain;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Domain.Plans;

namespace Rocb.Api.Persistence.Configurations;

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> b)
    {
        b.ToTable("topics");
        b.Property(t => t.Code).HasMaxLength(50);
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.Package).HasMaxLength(50);
        b.HasIndex(t => t.Code).IsUnique().HasDatabaseName(Constraints.TopicCode);
    }
}

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.ToTable("plans", t => t.HasCheckConstraint(Constraints.PlanPeriod, "ends_on > starts_on"));
        b.Property(p => p.Code).HasMaxLength(30);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(p => p.Title).HasMaxLength(300);
        b.Property(p => p.Version).IsRowVersion();
        b.HasIndex(p => p.Code).IsUnique().HasDatabaseName(Constraints.PlanCode);
        b.HasOne(p => p.Region).WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Plan>().WithMany().HasForeignKey(p => p.ParentPlanId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PillarConfiguration : IEntityTypeConfiguration<Pillar>
{
    public void Configure(EntityTypeBuilder<Pillar> b)
    {
        b.ToTable("pillars");
        b.Property(p => p.Title).HasMaxLength(300);
        b.HasIndex(p => new { p.PlanId, p.Number }).IsUnique().HasDatabaseName(Constraints.PillarNumber);
        b.HasOne(p => p.Plan).WithMany(p => p.Pillars).HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SpecificActionConfiguration : IEntityTypeConfiguration<SpecificAction>
{
    public void Configure(EntityTypeBuilder<SpecificAction> b)
    {
        b.ToTable("specific_actions");
        b.Property(a => a.Code).HasMaxLength(5);
        b.HasIndex(a => new { a.PillarId, a.Code }).IsUnique().HasDatabaseName(Constraints.ActionCode);
        b.HasOne(a => a.Pillar).WithMany(p => p.Actions).HasForeignKey(a => a.PillarId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Milestones).WithMany(m => m.Actions).UsingEntity<Dictionary<string, object>>("action_milestones",
            r => r.HasOne<Milestone>().WithMany().HasForeignKey("milestone_id").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne<SpecificAction>().WithMany().HasForeignKey("action_id").OnDelete(DeleteBehavior.Cascade));
    }
}

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> b)
    {
        b.ToTable("milestones");
        b.Property(m => m.Code).HasMaxLength(30);
        b.Property(m => m.Reference).HasMaxLength(100);
        b.HasIndex(m => new { m.PlanId, m.Code }).IsUnique().HasDatabaseName(Constraints.MilestoneCode);
        b.HasOne(m => m.Plan).WithMany(p => p.Milestones).HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.Topic).WithMany().HasForeignKey(m => m.TopicId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MilestoneLinkConfiguration : IEntityTypeConfiguration<MilestoneLink>
{
    public void Configure(EntityTypeBuilder<MilestoneLink> b)
    {
        b.ToTable("milestone_links", t => t.HasCheckConstraint("ck_milestone_links_not_self", "milestone_id <> predecessor_id"));
        b.HasKey(l => new { l.MilestoneId, l.PredecessorId });
        b.Property(l => l.Reason).HasMaxLength(500);
        b.HasOne(l => l.Milestone).WithMany().HasForeignKey(l => l.MilestoneId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(l => l.Predecessor).WithMany().HasForeignKey(l => l.PredecessorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class KpiConfiguration : IEntityTypeConfiguration<Kpi>
{
    public void Configure(EntityTypeBuilder<Kpi> b)
    {
        b.ToTable("kpis", t =>
        {
            t.HasCheckConstraint(Constraints.KpiDenominator, "target_denominator IS NULL OR target_denominator > 0");
            t.HasCheckConstraint("ck_kpis_scale_positive", "target_scale IS NULL OR target_scale > 0");
        });
        b.Property(k => k.Code).HasMaxLength(10);
        b.Property(k => k.Name).HasMaxLength(500);
        b.Property(k => k.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(k => k.ComputedFrom).HasMaxLength(50);
        b.Property(k => k.TargetComparator).HasConversion<string>().HasMaxLength(20);
        b.Property(k => k.TargetPeriod).HasConversion<string>().HasMaxLength(20);
        b.Property(k => k.TargetValue).HasPrecision(12, 2);
        b.Property(k => k.TargetScale).HasPrecision(6, 2);
        b.Property(k => k.TargetUnit).HasMaxLength(30);
        b.Property(k => k.TargetText).HasMaxLength(300);
        b.HasIndex(k => new { k.ActionId, k.Code }).IsUnique().HasDatabaseName(Constraints.KpiCode);
        b.HasOne(k => k.Action).WithMany(a => a.Kpis).HasForeignKey(k => k.ActionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(k => k.Milestone).WithMany().HasForeignKey(k => k.MilestoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class KpiReportedValueConfiguration : IEntityTypeConfiguration<KpiReportedValue>
{
    public void Configure(EntityTypeBuilder<KpiReportedValue> b)
    {
        b.ToTable("kpi_reported_values");
        b.Property(v => v.Value).HasPrecision(14, 2);
        b.HasIndex(v => new { v.KpiId, v.AsOf });
        b.HasOne(v => v.Kpi).WithMany().HasForeignKey(v => v.KpiId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MilestoneStatusRecordConfiguration : IEntityTypeConfiguration<MilestoneStatusRecord>
{
    public void Configure(EntityTypeBuilder<MilestoneStatusRecord> b)
    {
        b.ToTable("milestone_status_records", t => t.HasCheckConstraint(Constraints.NotApplicableReason,
            "status <> 'NotApplicable' OR (not_applicable_reason IS NOT NULL AND length(trim(not_applicable_reason)) > 0)"));
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Version).IsRowVersion();
        // The progress queries read the latest approved record per Member and milestone as of a date.
        b.HasIndex(r => new { r.MilestoneId, r.MemberId, r.EffectiveOn }).HasDatabaseName("ix_milestone_status_records_lookup");
        b.HasIndex(r => new { r.State, r.SubmittedAt });
        b.HasIndex(r => r.MemberId);
        b.HasOne(r => r.Member).WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Milestone).WithMany().HasForeignKey(r => r.MilestoneId).OnDelete(DeleteBehavior.Restrict);
    }
}
