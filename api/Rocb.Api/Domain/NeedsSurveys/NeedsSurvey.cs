namespace Rocb.Api.Domain.NeedsSurveys;

/// <summary>draft (being prepared) → open (answers accepted between opens_on and closes_on) → closed.</summary>
public enum NeedsCycleStatus { Draft, Open, Closed }

public enum NeedsResponseStatus { Draft, Submitted }

/// <summary>A question about a topic of the topic list, or a free-text question of the cycle's own.</summary>
public enum NeedsQuestionKind { Topic, Custom }

/// <summary>The Member's self-assessed implementation of a topic (instrument or theme).</summary>
public enum ImplementationStatus { NotStarted, Planning, PartiallyImplemented, Implemented, NotApplicable }

public enum PreferredDelivery
{
    NationalWorkshop, SubRegionalWorkshop, RegionalWorkshop, ExpertMission, ELearning, StudyVisit, RemoteAdvice,
}

/// <summary>How a reminder went out: only recorded (no e-mail configured, no focal point, or the send failed), or e-mailed.</summary>
public enum NeedsReminderChannel { Recorded, Email }

/// <summary>
/// A needs survey cycle: every January the ROCB and the regional coordinator ask the Members what capacity building they
/// need in the next fiscal year; the answers become that year's draft annual work plan.
/// </summary>
public sealed class NeedsCycle
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The fiscal year planned for, by its starting year (2027 = FY2027/28).</summary>
    public int FiscalYear { get; set; }
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public NeedsCycleStatus Status { get; set; }
    /// <summary>Who runs the survey, e.g. "Japan Customs (regional coordinator)", "ROCB A/P".</summary>
    public List<string> Coordinators { get; set; } = [];
    public int? CopiedFromCycleId { get; set; }
    /// <summary>Invented example data (the seeded example cycle), never real survey answers.</summary>
    public bool IsExample { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public uint Version { get; set; }

    public List<NeedsCycleMember> Members { get; set; } = [];
    public List<NeedsQuestion> Questions { get; set; } = [];
}

/// <summary>A Member asked in a cycle.</summary>
public sealed class NeedsCycleMember
{
    public int CycleId { get; set; }
    public int MemberId { get; set; }
    public Member? Member { get; set; }
}

/// <summary>A question of a cycle's questionnaire, in order.</summary>
public sealed class NeedsQuestion
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public int Position { get; set; }
    public NeedsQuestionKind Kind { get; set; }
    /// <summary>Set exactly when <see cref="Kind"/> is Topic.</summary>
    public int? TopicId { get; set; }
    public Plans.Topic? Topic { get; set; }
    /// <summary>The question as shown; for a topic question the topic's name unless worded otherwise.</summary>
    public string Text { get; set; } = "";
}

/// <summary>One Member's response to a cycle (by its focal point, or by Staff on its behalf).</summary>
public sealed class NeedsResponse
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public int MemberId { get; set; }
    public NeedsResponseStatus Status { get; set; }
    /// <summary>Staff answered (last saved) on the Member's behalf.</summary>
    public bool EnteredByStaff { get; set; }
    /// <summary>The Member's overall top three priorities (at most three distinct topics of the questionnaire), first = highest.</summary>
    public List<int> PriorityTopicIds { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    /// <summary>Bumped on every save; each save also writes a <see cref="NeedsResponseRevision"/>.</summary>
    public int Revision { get; set; }

    public List<NeedsAnswer> Answers { get; set; } = [];
}

/// <summary>The answer to one question. Everything is optional while the response is a draft.</summary>
public sealed class NeedsAnswer
{
    public int ResponseId { get; set; }
    public int QuestionId { get; set; }
    public ImplementationStatus? ImplementationStatus { get; set; }
    /// <summary>0 none, 1 low, 2 medium, 3 high.</summary>
    public int? NeedLevel { get; set; }
    public PreferredDelivery? PreferredDelivery { get; set; }
    /// <summary>Fiscal-year quarter 1..4 (Q1 Jul–Sep … Q4 Apr–Jun).</summary>
    public int? PreferredQuarter { get; set; }
    public string? NationalPlanLink { get; set; }
    public string? Remarks { get; set; }
    /// <summary>The answer to a custom question.</summary>
    public string? CustomAnswer { get; set; }
}

/// <summary>The response as it was saved, kept for its history.</summary>
public sealed class NeedsResponseRevision
{
    public long Id { get; set; }
    public int ResponseId { get; set; }
    public int Revision { get; set; }
    public NeedsResponseStatus Status { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public Guid? SavedBy { get; set; }
    public bool EnteredByStaff { get; set; }
    /// <summary>The whole response as saved (JSON).</summary>
    public string Snapshot { get; set; } = "{}";
}

/// <summary>A reminder to a Member about a cycle.</summary>
public sealed class NeedsReminder
{
    public long Id { get; set; }
    public int CycleId { get; set; }
    public int MemberId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }
    public NeedsReminderChannel Channel { get; set; }
    public string? Note { get; set; }
    /// <summary>For an e-mailed reminder: the focal points' addresses it was sent to (null when only recorded).</summary>
    public string[]? SentTo { get; set; }
}
