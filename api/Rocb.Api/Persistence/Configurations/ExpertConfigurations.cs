using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Domain.Plans;

namespace Rocb.Api.Persistence.Configurations;

internal sealed class ExpertConfiguration : IEntityTypeConfiguration<Expert>
{
    public void Configure(EntityTypeBuilder<Expert> b)
    {
        b.ToTable("experts", t =>
        {
            t.HasCheckConstraint(Constraints.ExpertHome,
                "(origin = 'Member' AND member_id IS NOT NULL) OR (origin = 'OutsideRegion' AND outside_administration IS NOT NULL AND member_id IS NULL) OR (origin = 'WcoSecretariat' AND member_id IS NULL)");
        });
        b.Property(e => e.Name).HasMaxLength(200);
        b.Property(e => e.Origin).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.OutsideAdministration).HasMaxLength(200);
        b.Property(e => e.Gender).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Email).HasMaxLength(254);
        b.Property(e => e.Phone).HasMaxLength(50);
        b.Property(e => e.Notes).HasMaxLength(4000);
        b.Property(e => e.Source).HasMaxLength(500);
        b.Property(e => e.Version).IsRowVersion();
        b.HasIndex(e => e.Name);
        b.HasIndex(e => e.MemberId);
        b.HasOne(e => e.Member).WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Topics).WithOne().HasForeignKey(t => t.ExpertId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Accreditations).WithOne().HasForeignKey(a => a.ExpertId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Unavailability).WithOne().HasForeignKey(u => u.ExpertId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExpertTopicConfiguration : IEntityTypeConfiguration<ExpertTopic>
{
    public void Configure(EntityTypeBuilder<ExpertTopic> b)
    {
        b.ToTable("expert_topics", t => t.HasCheckConstraint(Constraints.ExpertTopicLevel, "level BETWEEN 1 AND 3"));
        b.HasKey(t => new { t.ExpertId, t.TopicId });
        b.HasIndex(t => t.TopicId);
        b.HasOne(t => t.Topic).WithMany().HasForeignKey(t => t.TopicId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AccreditationConfiguration : IEntityTypeConfiguration<Accreditation>
{
    public void Configure(EntityTypeBuilder<Accreditation> b)
    {
        b.ToTable("accreditations", t => t.HasCheckConstraint(Constraints.AccreditationDates,
            "valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from"));
        b.Property(a => a.Category).HasConversion<string>().HasMaxLength(50);
        b.Property(a => a.Area).HasMaxLength(100);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Evidence).HasMaxLength(1000);
        b.Property(a => a.OverrideReason).HasMaxLength(500);
        b.Property(a => a.Version).IsRowVersion();
        b.HasIndex(a => a.ExpertId);
        b.HasMany(a => a.History).WithOne().HasForeignKey(h => h.AccreditationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AccreditationStatusChangeConfiguration : IEntityTypeConfiguration<AccreditationStatusChange>
{
    public void Configure(EntityTypeBuilder<AccreditationStatusChange> b)
    {
        b.ToTable("accreditation_history");
        b.Property(h => h.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(h => h.RecordedBy).HasMaxLength(256);
        b.Property(h => h.Evidence).HasMaxLength(1000);
        b.Property(h => h.OverrideReason).HasMaxLength(500);
        b.HasIndex(h => new { h.AccreditationId, h.RecordedAt });
    }
}

internal sealed class UnavailabilityConfiguration : IEntityTypeConfiguration<Unavailability>
{
    public void Configure(EntityTypeBuilder<Unavailability> b)
    {
        b.ToTable("unavailability", t => t.HasCheckConstraint(Constraints.UnavailabilityDates, "ends_on >= starts_on"));
        b.Property(u => u.Reason).HasMaxLength(300);
        b.HasIndex(u => new { u.ExpertId, u.StartsOn });
    }
}

internal sealed class ExpertRequestConfiguration : IEntityTypeConfiguration<ExpertRequest>
{
    public void Configure(EntityTypeBuilder<ExpertRequest> b)
    {
        b.ToTable("expert_requests", t =>
        {
            t.HasCheckConstraint(Constraints.ExpertRequestDates, "ends_on >= starts_on");
            t.HasCheckConstraint(Constraints.ExpertRequestCount, "experts_needed BETWEEN 1 AND 50");
        });
        b.Property(r => r.Title).HasMaxLength(300);
        b.Property(r => r.Place).HasMaxLength(200);
        b.Property(r => r.Mode).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Language).HasMaxLength(3);
        b.Property(r => r.Accreditation).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Category).HasConversion<string>().HasMaxLength(50);
        b.Property(r => r.Funding).HasMaxLength(200);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Note).HasMaxLength(2000);
        b.Property(r => r.Version).IsRowVersion();
        b.HasIndex(r => r.ActivityId);
        b.HasIndex(r => new { r.Status, r.StartsOn });
        b.HasOne(r => r.Activity).WithMany().HasForeignKey(r => r.ActivityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.RequestingMember).WithMany().HasForeignKey(r => r.RequestingMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Topics).WithMany().UsingEntity<Dictionary<string, object>>("expert_request_topics",
            r => r.HasOne<Topic>().WithMany().HasForeignKey("topic_id").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne<ExpertRequest>().WithMany().HasForeignKey("expert_request_id").OnDelete(DeleteBehavior.Cascade));
    }
}

internal sealed class DonorRequestConfiguration : IEntityTypeConfiguration<DonorRequest>
{
    public void Configure(EntityTypeBuilder<DonorRequest> b)
    {
        b.ToTable("donor_requests", t =>
        {
            t.HasCheckConstraint(Constraints.DonorRequestAdministration, "member_id IS NOT NULL OR administration IS NOT NULL");
            t.HasCheckConstraint(Constraints.DonorRequestAnswer, "answered_on IS NULL OR answered_on >= sent_on");
        });
        b.Property(r => r.Administration).HasMaxLength(200);
        b.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Note).HasMaxLength(1000);
        b.Property(r => r.Version).IsRowVersion();
        b.HasIndex(r => r.SentOn);
        b.HasIndex(r => r.ExpertRequestId);
        b.HasIndex(r => r.ExpertId);
        b.HasIndex(r => r.MemberId);
        b.HasOne<ExpertRequest>().WithMany().HasForeignKey(r => r.ExpertRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Expert>().WithMany().HasForeignKey(r => r.ExpertId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Member).WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
        // One release per deployment (a unique index; many requests may have none).
        b.HasOne(r => r.Deployment).WithOne(d => d.ReleaseRequest).HasForeignKey<DonorRequest>(r => r.DeploymentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => r.DeploymentId).IsUnique().HasDatabaseName(Constraints.DonorRequestDeployment);
    }
}

internal sealed class DeploymentConfiguration : IEntityTypeConfiguration<Deployment>
{
    public void Configure(EntityTypeBuilder<Deployment> b)
    {
        b.ToTable("deployments", t =>
        {
            t.HasCheckConstraint(Constraints.DeploymentDates, "ends_on >= starts_on");
            t.HasCheckConstraint(Constraints.DeploymentAppraisals,
                "(host_appraisal IS NULL OR host_appraisal BETWEEN 1 AND 5) AND (rocb_appraisal IS NULL OR rocb_appraisal BETWEEN 1 AND 5)");
        });
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.ConflictOverrideReason).HasMaxLength(500);
        b.Property(d => d.CancelReason).HasMaxLength(500);
        b.Property(d => d.DeclineReason).HasMaxLength(500);
        b.Property(d => d.Note).HasMaxLength(2000);
        b.Property(d => d.Version).IsRowVersion();
        b.HasIndex(d => new { d.ExpertId, d.StartsOn });
        b.HasIndex(d => new { d.Status, d.StatusChangedAt });
        b.HasIndex(d => d.RequestId);
        b.HasIndex(d => d.ActivityId);
        b.HasOne(d => d.Expert).WithMany().HasForeignKey(d => d.ExpertId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.Request).WithMany().HasForeignKey(d => d.RequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.Activity).WithMany().HasForeignKey(d => d.ActivityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MatchingSettingsConfiguration : IEntityTypeConfiguration<MatchingSettings>
{
    public void Configure(EntityTypeBuilder<MatchingSettings> b)
    {
        b.ToTable("matching_settings", t =>
        {
            t.HasCheckConstraint("ck_matching_settings_single_row", "id = 1");
            t.HasCheckConstraint(Constraints.MatchingWeights,
                "topic_weight BETWEEN 0 AND 100 AND accreditation_weight BETWEEN 0 AND 100 AND language_weight BETWEEN 0 AND 100 AND availability_weight BETWEEN 0 AND 100 AND region_weight BETWEEN 0 AND 100 AND workload_weight BETWEEN 0 AND 100 AND appraisal_weight BETWEEN 0 AND 100 AND workload_cap BETWEEN 1 AND 100");
        });
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Version).IsRowVersion();
    }
}
