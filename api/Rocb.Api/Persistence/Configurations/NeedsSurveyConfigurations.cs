using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rocb.Api.Domain;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Domain.Plans;

namespace Rocb.Api.Persistence.Configurations;

internal sealed class NeedsCycleConfiguration : IEntityTypeConfiguration<NeedsCycle>
{
    public void Configure(EntityTypeBuilder<NeedsCycle> b)
    {
        b.ToTable("needs_cycles", t => t.HasCheckConstraint(Constraints.NeedsCycleDates, "closes_on >= opens_on"));
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Version).IsRowVersion();
        b.HasIndex(c => c.Name).IsUnique().HasDatabaseName(Constraints.NeedsCycleName);
        b.HasIndex(c => c.FiscalYear);
        b.HasIndex(c => c.CopiedFromCycleId);
        b.HasOne<NeedsCycle>().WithMany().HasForeignKey(c => c.CopiedFromCycleId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Questions).WithOne().HasForeignKey(q => q.CycleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NeedsCycleMemberConfiguration : IEntityTypeConfiguration<NeedsCycleMember>
{
    public void Configure(EntityTypeBuilder<NeedsCycleMember> b)
    {
        b.ToTable("needs_cycle_members");
        b.HasKey(m => new { m.CycleId, m.MemberId });
        b.HasIndex(m => m.MemberId);
        b.HasOne(m => m.Member).WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NeedsQuestionConfiguration : IEntityTypeConfiguration<NeedsQuestion>
{
    public void Configure(EntityTypeBuilder<NeedsQuestion> b)
    {
        b.ToTable("needs_questions", t => t.HasCheckConstraint(Constraints.NeedsQuestionKind, "(kind = 'Topic') = (topic_id IS NOT NULL)"));
        b.Property(q => q.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(q => q.Text).HasMaxLength(1000);
        // One question per topic in a cycle (custom questions have no topic: NULLs are distinct).
        b.HasIndex(q => new { q.CycleId, q.TopicId }).IsUnique().HasDatabaseName(Constraints.NeedsQuestionTopic);
        b.HasIndex(q => q.TopicId);
        b.HasOne(q => q.Topic).WithMany().HasForeignKey(q => q.TopicId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NeedsResponseConfiguration : IEntityTypeConfiguration<NeedsResponse>
{
    public void Configure(EntityTypeBuilder<NeedsResponse> b)
    {
        b.ToTable("needs_responses", t => t.HasCheckConstraint(Constraints.NeedsResponsePriorities, "cardinality(priority_topic_ids) <= 3"));
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(r => new { r.CycleId, r.MemberId }).IsUnique().HasDatabaseName(Constraints.NeedsResponseMember);
        b.HasIndex(r => r.MemberId);
        // The Member must be asked in the cycle; a Member that has answered cannot be taken out of it.
        b.HasOne<NeedsCycleMember>().WithMany().HasForeignKey(r => new { r.CycleId, r.MemberId })
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName(Constraints.NeedsResponseCycleMember);
        b.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NeedsAnswerConfiguration : IEntityTypeConfiguration<NeedsAnswer>
{
    public void Configure(EntityTypeBuilder<NeedsAnswer> b)
    {
        b.ToTable("needs_answers", t =>
        {
            t.HasCheckConstraint(Constraints.NeedsAnswerNeedLevel, "need_level BETWEEN 0 AND 3");
            t.HasCheckConstraint(Constraints.NeedsAnswerQuarter, "preferred_quarter BETWEEN 1 AND 4");
        });
        b.HasKey(a => new { a.ResponseId, a.QuestionId });
        b.Property(a => a.ImplementationStatus).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.PreferredDelivery).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.NationalPlanLink).HasMaxLength(500);
        b.Property(a => a.Remarks).HasMaxLength(2000);
        b.Property(a => a.CustomAnswer).HasMaxLength(2000);
        b.HasIndex(a => a.QuestionId);
        b.HasOne<NeedsQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NeedsResponseRevisionConfiguration : IEntityTypeConfiguration<NeedsResponseRevision>
{
    public void Configure(EntityTypeBuilder<NeedsResponseRevision> b)
    {
        b.ToTable("needs_response_revisions");
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Snapshot).HasColumnType("jsonb");
        b.HasIndex(r => new { r.ResponseId, r.Revision }).IsUnique();
        b.HasOne<NeedsResponse>().WithMany().HasForeignKey(r => r.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NeedsReminderConfiguration : IEntityTypeConfiguration<NeedsReminder>
{
    public void Configure(EntityTypeBuilder<NeedsReminder> b)
    {
        b.ToTable("needs_reminders");
        b.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Note).HasMaxLength(500);
        b.HasIndex(r => new { r.CycleId, r.MemberId });
        b.HasOne<NeedsCycleMember>().WithMany().HasForeignKey(r => new { r.CycleId, r.MemberId }).OnDelete(DeleteBehavior.Cascade);
    }
}
