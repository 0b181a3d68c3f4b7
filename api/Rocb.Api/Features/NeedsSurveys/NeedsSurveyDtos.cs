using System.Text.Json;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Features.Activities;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>Where a Member stands in a cycle: no response yet, a draft, or submitted.</summary>
public enum NeedsProgress { NotStarted, Draft, Submitted }

/// <summary>A Member asked in a cycle, with its sub-region (for the analysis and the tracker).</summary>
public sealed record NeedsMemberDto(int Id, string Code, string Name, int SubRegionId, string SubRegionName);

/// <summary>A question of the questionnaire: a topic of the topic list, or a custom question (no topic).</summary>
public sealed record NeedsQuestionDto(int Id, int Position, NeedsQuestionKind Kind, TopicRefDto? Topic, string Text);

/// <summary>Whether answers are accepted today, and if not, why (when the cycle opens or when it closed).</summary>
public sealed record NeedsWindowDto(bool AcceptingAnswers, string Message);

/// <summary>A row of the cycle list. <c>ownResponse</c> is the caller's own Member's progress (focal points; null for others).</summary>
public sealed record NeedsCycleSummaryDto(
    int Id, string Name, int FiscalYear, string FiscalYearLabel, DateOnly OpensOn, DateOnly ClosesOn, NeedsCycleStatus Status,
    bool IsExample, NeedsWindowDto Window, int MemberCount, int QuestionCount, int DraftCount, int SubmittedCount,
    NeedsProgress? OwnResponse);

public sealed record NeedsCyclePageDto(IReadOnlyList<NeedsCycleSummaryDto> Items, int Page, int PageSize, int Total);

/// <summary>A cycle with its questionnaire and the Members asked. The ETag (and <c>version</c>) guards updates.</summary>
public sealed record NeedsCycleDto(
    int Id, string Name, int FiscalYear, string FiscalYearLabel, DateOnly OpensOn, DateOnly ClosesOn, NeedsCycleStatus Status,
    IReadOnlyList<string> Coordinators, int? CopiedFromCycleId, bool IsExample, DateTimeOffset CreatedAt, NeedsWindowDto Window,
    IReadOnlyList<NeedsQuestionDto> Questions, IReadOnlyList<NeedsMemberDto> Members, int ResponseCount, int SubmittedCount,
    NeedsProgress? OwnResponse, string Version);

/// <summary>A custom question of the questionnaire editor, or a topic question (topicId, text optional: defaults to the topic name).</summary>
public sealed record NeedsQuestionInput
{
    public int? TopicId { get; init; }
    public string? Text { get; init; }
}

/// <summary>The answer to one question. For a topic question: the topic fields; for a custom question: customAnswer.</summary>
public sealed record NeedsAnswerDto(
    int QuestionId, ImplementationStatus? ImplementationStatus, int? NeedLevel, PreferredDelivery? PreferredDelivery, int? PreferredQuarter,
    string? NationalPlanLink, string? Remarks, string? CustomAnswer);

/// <summary>One answer as sent by the form (every field optional in a draft).</summary>
public sealed record NeedsAnswerInput
{
    public int QuestionId { get; init; }
    public ImplementationStatus? ImplementationStatus { get; init; }
    /// <summary>0 none, 1 low, 2 medium, 3 high.</summary>
    public int? NeedLevel { get; init; }
    public PreferredDelivery? PreferredDelivery { get; init; }
    /// <summary>Fiscal-year quarter: 1 Jul–Sep, 2 Oct–Dec, 3 Jan–Mar, 4 Apr–Jun.</summary>
    public int? PreferredQuarter { get; init; }
    public string? NationalPlanLink { get; init; }
    public string? Remarks { get; init; }
    public string? CustomAnswer { get; init; }
}

/// <summary>
/// A Member's response to a cycle. For a Member that has not started, <c>status</c> is not-started, <c>id</c> null and there are
/// no answers. <c>answered</c>/<c>questionCount</c> is the progress; the ETag is the revision.
/// </summary>
public sealed record NeedsResponseDto(
    int? Id, int CycleId, NeedsMemberDto Member, NeedsProgress Status, bool EnteredByStaff, IReadOnlyList<int> PriorityTopicIds,
    IReadOnlyList<NeedsAnswerDto> Answers, int Answered, int QuestionCount, DateTimeOffset? CreatedAt, DateTimeOffset? UpdatedAt,
    DateTimeOffset? SubmittedAt, int Revision, NeedsWindowDto Window);

/// <summary>One saved state of a response: who saved it when, and the whole response as it was (snapshot).</summary>
public sealed record NeedsResponseRevisionDto(
    int Revision, NeedsResponseStatus Status, DateTimeOffset SavedAt, Guid? SavedBy, string? SavedByName, bool EnteredByStaff, JsonElement Snapshot);

public sealed record NeedsReminderSummaryDto(int Count, DateTimeOffset? LastAt);

/// <summary>A row of the response tracker: one Member asked in the cycle.</summary>
public sealed record NeedsTrackerRowDto(
    NeedsMemberDto Member, NeedsProgress Status, bool EnteredByStaff, DateTimeOffset? LastSavedAt, DateTimeOffset? SubmittedAt,
    int Answered, int QuestionCount, NeedsReminderSummaryDto Reminders);

public sealed record NeedsTrackerTotalsDto(int Asked, int NotStarted, int Draft, int Submitted, decimal SubmittedPercent);

public sealed record NeedsTrackerDto(
    int CycleId, string Name, NeedsCycleStatus Status, NeedsWindowDto Window, NeedsTrackerTotalsDto Totals, IReadOnlyList<NeedsTrackerRowDto> Rows);

/// <summary>
/// The reminders recorded. <c>channel</c> is email when e-mail is configured (each reminder then says whether it went out),
/// recorded when it is not (nothing is sent). <c>emailSent</c>: at least one e-mail went out.
/// </summary>
public sealed record NeedsRemindersResultDto(
    NeedsReminderChannel Channel, bool EmailSent, string Message, IReadOnlyList<NeedsRecordedReminderDto> Reminders);

/// <summary>
/// One Member's reminder: <c>channel</c> email with the focal points' addresses in <c>sentTo</c>, or recorded with the
/// <c>reason</c> nothing was sent (no e-mail configured, no focal point with an address, the e-mail server failed).
/// </summary>
public sealed record NeedsRecordedReminderDto(
    long Id, MemberRefDto Member, DateTimeOffset RecordedAt, string? Note, NeedsReminderChannel Channel, IReadOnlyList<string> SentTo,
    string? Reason);

/// <summary>A problem with one upload row (row 1 is the header; column null for the whole row).</summary>
public sealed record NeedsUploadProblemDto(int Row, string? Column, string Message);

/// <summary>
/// What an upload found (and, unless a dry run, wrote): rows read, Members and responses it covers, and per-row problems.
/// With any problem nothing is written.
/// </summary>
public sealed record NeedsUploadReportDto(
    bool DryRun, bool Committed, int Rows, int Members, int ResponsesCreated, int ResponsesUpdated, NeedsResponseStatus UploadedStatus,
    IReadOnlyList<NeedsUploadProblemDto> Problems);
