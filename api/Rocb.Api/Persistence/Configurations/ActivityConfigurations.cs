using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rocb.Api.Domain;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Domain.Plans;

namespace Rocb.Api.Persistence.Configurations;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> b)
    {
        b.ToTable("activities", t => t.HasCheckConstraint(Constraints.ActivityDates, "ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on"));
        b.Property(a => a.Reference).HasMaxLength(50);
        b.Property(a => a.Title).HasMaxLength(500);
        b.Property(a => a.Type).HasConversion<string>().HasMaxLength(50);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.StatusReason).HasMaxLength(500);
        b.Property(a => a.DatePrecision).HasConversion<string>().HasMaxLength(10);
        b.Property(a => a.Venue).HasMaxLength(200);
        b.Property(a => a.Mode).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.RocbRole).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Sponsors).HasMaxLength(500);
        b.Property(a => a.Partners).HasMaxLength(500);
        b.Property(a => a.Funding).HasMaxLength(200);
        b.Property(a => a.Version).IsRowVersion();
        b.HasIndex(a => new { a.Status, a.StartsOn });
        b.HasIndex(a => a.StartsOn);
        b.HasIndex(a => a.Reference).IsUnique().HasDatabaseName(Constraints.ActivityReference);
        b.HasOne(a => a.HostMember).WithMany().HasForeignKey(a => a.HostMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.PlannedIn).WithMany().HasForeignKey(a => a.PlannedInId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Actions).WithMany().UsingEntity<Dictionary<string, object>>("activity_actions",
            r => r.HasOne<SpecificAction>().WithMany().HasForeignKey("action_id").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne<Activity>().WithMany().HasForeignKey("activity_id").OnDelete(DeleteBehavior.Cascade));
        b.HasMany(a => a.Members).WithMany().UsingEntity<Dictionary<string, object>>("activity_members",
            r => r.HasOne<Member>().WithMany().HasForeignKey("member_id").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne<Activity>().WithMany().HasForeignKey("activity_id").OnDelete(DeleteBehavior.Cascade));
        b.HasMany(a => a.Topics).WithMany().UsingEntity<Dictionary<string, object>>("activity_topics",
            r => r.HasOne<Topic>().WithMany().HasForeignKey("topic_id").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne<Activity>().WithMany().HasForeignKey("activity_id").OnDelete(DeleteBehavior.Cascade));
        b.HasMany(a => a.Staff).WithOne().HasForeignKey(s => s.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActivityStaffConfiguration : IEntityTypeConfiguration<ActivityStaff>
{
    public void Configure(EntityTypeBuilder<ActivityStaff> b)
    {
        b.ToTable("activity_staff");
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Role).HasMaxLength(200);
    }
}

internal sealed class ParticipantCountConfiguration : IEntityTypeConfiguration<ParticipantCount>
{
    public void Configure(EntityTypeBuilder<ParticipantCount> b)
    {
        b.ToTable("participant_counts", t => t.HasCheckConstraint(Constraints.ParticipantCountsNotNegative,
            "female >= 0 AND male >= 0 AND other >= 0 AND not_recorded >= 0 AND observers >= 0"));
        b.Ignore(c => c.Total);
        b.Property(c => c.HeadOfDelegationGender).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Note).HasMaxLength(500);
        // One row per Member and activity, and at most one row that is not broken down by Member.
        b.HasIndex(c => new { c.ActivityId, c.MemberId }).IsUnique().AreNullsDistinct(false).HasDatabaseName(Constraints.ParticipantCountMember);
        b.HasIndex(c => c.MemberId);
        b.HasOne<Activity>().WithMany().HasForeignKey(c => c.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(c => c.Member).WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> b)
    {
        b.ToTable("participants");
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Gender).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Position).HasMaxLength(200);
        b.HasIndex(p => new { p.ActivityId, p.MemberId });
        b.HasIndex(p => p.MemberId);
        b.HasOne<Activity>().WithMany().HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(p => p.Member).WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EvaluationResponseConfiguration : IEntityTypeConfiguration<EvaluationResponse>
{
    public void Configure(EntityTypeBuilder<EvaluationResponse> b)
    {
        b.ToTable("evaluation_responses", t => t.HasCheckConstraint(Constraints.EvaluationScore, "overall BETWEEN 1 AND 5"));
        b.Property(e => e.Comment).HasMaxLength(2000);
        b.OwnsMany(e => e.Items, i => i.ToJson("items"));
        b.HasIndex(e => e.ActivityId);
        b.HasOne<Activity>().WithMany().HasForeignKey(e => e.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EvaluationSummaryConfiguration : IEntityTypeConfiguration<EvaluationSummary>
{
    public void Configure(EntityTypeBuilder<EvaluationSummary> b)
    {
        b.ToTable("evaluation_summaries", t => t.HasCheckConstraint(Constraints.EvaluationSummary, "mean BETWEEN 1 AND 5 AND responses > 0"));
        b.HasKey(e => e.ActivityId);
        b.Property(e => e.Mean).HasPrecision(4, 2);
        b.Property(e => e.Source).HasMaxLength(500);
        b.HasOne<Activity>().WithOne().HasForeignKey<EvaluationSummary>(e => e.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyRoundConfiguration : IEntityTypeConfiguration<SurveyRound>
{
    public void Configure(EntityTypeBuilder<SurveyRound> b)
    {
        b.ToTable("survey_rounds", t => t.HasCheckConstraint("ck_survey_rounds_reply_window", "reply_window_days BETWEEN 1 AND 365"));
        b.Property(r => r.Code).HasMaxLength(30);
        b.Property(r => r.Title).HasMaxLength(300);
        b.Property(r => r.Publication).HasMaxLength(300);
        b.Property(r => r.Version).IsRowVersion();
        b.HasIndex(r => r.Code).IsUnique().HasDatabaseName(Constraints.SurveyRoundCode);
    }
}

internal sealed class SurveyWorkshopConfiguration : IEntityTypeConfiguration<SurveyWorkshop>
{
    public void Configure(EntityTypeBuilder<SurveyWorkshop> b)
    {
        b.ToTable("survey_workshops", t => t.HasCheckConstraint("ck_survey_workshops_due_after_send", "due_on >= send_on"));
        b.Property(w => w.Scope).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(w => new { w.RoundId, w.ActivityId }).IsUnique().HasDatabaseName(Constraints.SurveyWorkshopActivity);
        b.HasIndex(w => w.ActivityId);
        b.HasOne(w => w.Round).WithMany(r => r.Workshops).HasForeignKey(w => w.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(w => w.Activity).WithMany().HasForeignKey(w => w.ActivityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SurveyReplyConfiguration : IEntityTypeConfiguration<SurveyReply>
{
    public void Configure(EntityTypeBuilder<SurveyReply> b)
    {
        b.ToTable("survey_replies", t => t.HasCheckConstraint(Constraints.SurveyReplyRespondent, "member_id IS NOT NULL OR respondent_label IS NOT NULL"));
        b.Property(r => r.RespondentLabel).HasMaxLength(100);
        b.Property(r => r.OtherActionsText).HasMaxLength(2000);
        b.Property(r => r.DirectEffectsExample).HasMaxLength(4000);
        b.Property(r => r.SuccessStory).HasMaxLength(4000);
        b.Property(r => r.Version).IsRowVersion();
        b.HasIndex(r => new { r.WorkshopId, r.MemberId }).IsUnique().HasDatabaseName(Constraints.SurveyReplyMember);
        b.HasIndex(r => r.MemberId);
        b.HasOne(r => r.Workshop).WithMany(w => w.Replies).HasForeignKey(r => r.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.Member).WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
