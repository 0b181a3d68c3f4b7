using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Auditing;
using Rocb.Api.Domain;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Domain.Needs;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Domain.Plans;

namespace Rocb.Api.Persistence;

public sealed class RocbDbContext(DbContextOptions<RocbDbContext> options, IAuditActor? actor = null)
    : IdentityDbContext<RocbUser, RocbRole, Guid>(options)
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<SubRegion> SubRegions => Set<SubRegion>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<Pillar> Pillars => Set<Pillar>();
    public DbSet<SpecificAction> SpecificActions => Set<SpecificAction>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<MilestoneLink> MilestoneLinks => Set<MilestoneLink>();
    public DbSet<Kpi> Kpis => Set<Kpi>();
    public DbSet<KpiReportedValue> KpiReportedValues => Set<KpiReportedValue>();
    public DbSet<MilestoneStatusRecord> MilestoneStatusRecords => Set<MilestoneStatusRecord>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<ActivityStaff> ActivityStaff => Set<ActivityStaff>();
    public DbSet<ParticipantCount> ParticipantCounts => Set<ParticipantCount>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<EvaluationResponse> EvaluationResponses => Set<EvaluationResponse>();
    public DbSet<EvaluationSummary> EvaluationSummaries => Set<EvaluationSummary>();
    public DbSet<SurveyRound> SurveyRounds => Set<SurveyRound>();
    public DbSet<SurveyWorkshop> SurveyWorkshops => Set<SurveyWorkshop>();
    public DbSet<SurveyReply> SurveyReplies => Set<SurveyReply>();
    public DbSet<Expert> Experts => Set<Expert>();
    public DbSet<ExpertTopic> ExpertTopics => Set<ExpertTopic>();
    public DbSet<Accreditation> Accreditations => Set<Accreditation>();
    public DbSet<AccreditationStatusChange> AccreditationHistory => Set<AccreditationStatusChange>();
    public DbSet<Unavailability> Unavailability => Set<Unavailability>();
    public DbSet<ExpertRequest> ExpertRequests => Set<ExpertRequest>();
    public DbSet<DonorRequest> DonorRequests => Set<DonorRequest>();
    public DbSet<Deployment> Deployments => Set<Deployment>();
    public DbSet<MatchingSettings> MatchingSettings => Set<MatchingSettings>();
    public DbSet<NeedsAnalysisSettings> NeedsAnalysisSettings => Set<NeedsAnalysisSettings>();
    public DbSet<WorkPlanDraft> WorkPlanDrafts => Set<WorkPlanDraft>();
    public DbSet<WorkPlanItem> WorkPlanItems => Set<WorkPlanItem>();
    public DbSet<NeedsCycle> NeedsCycles => Set<NeedsCycle>();
    public DbSet<NeedsCycleMember> NeedsCycleMembers => Set<NeedsCycleMember>();
    public DbSet<NeedsQuestion> NeedsQuestions => Set<NeedsQuestion>();
    public DbSet<NeedsResponse> NeedsResponses => Set<NeedsResponse>();
    public DbSet<NeedsAnswer> NeedsAnswers => Set<NeedsAnswer>();
    public DbSet<NeedsResponseRevision> NeedsResponseRevisions => Set<NeedsResponseRevision>();
    public DbSet<NeedsReminder> NeedsReminders => Set<NeedsReminder>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RocbDbContext).Assembly);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changes = AuditTrail.Capture(ChangeTracker);
        if (changes.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        // The audit rows go in the same transaction as the change: both commit or neither does.
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            // After the first save, generated keys (identity columns) are known.
            AuditEntries.AddRange(AuditTrail.Entries(changes, actor ?? SystemActor.Instance));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            return saved;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();
}
