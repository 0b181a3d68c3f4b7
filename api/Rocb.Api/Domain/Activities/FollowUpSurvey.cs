namespace Rocb.Api.Domain.Activities;

public enum WorkshopScope { Regional, SubRegional }

/// <summary>
/// A round of the follow-up (impact) survey: a fiscal year's regional and sub-regional workshops, each asked about six
/// months after it ended what the participating administrations did with what they learned.
/// </summary>
public sealed class SurveyRound
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>The fiscal year of the workshops, by its starting year (2018 = FY2018/19).</summary>
    public int FiscalYear { get; set; }
    public int ReplyWindowDays { get; set; } = 21;
    /// <summary>Where the results were published (e.g. a numbered Good Practice Report).</summary>
    public string? Publication { get; set; }
    public string? Source { get; set; }
    public string? Note { get; set; }
    public uint Version { get; set; }
    public List<SurveyWorkshop> Workshops { get; set; } = [];
}

/// <summary>A workshop in a round, with when it is asked, when the replies are due, and the reminders and feedback sent.</summary>
public sealed class SurveyWorkshop
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public SurveyRound? Round { get; set; }
    public long ActivityId { get; set; }
    public Activity? Activity { get; set; }
    /// <summary>Order in the round's tables.</summary>
    public int Number { get; set; }
    public WorkshopScope Scope { get; set; }
    public DateOnly SendOn { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? SentOn { get; set; }
    public DateOnly? RemindedOn { get; set; }
    public DateOnly? FeedbackSentOn { get; set; }
    /// <summary>How many administrations took part when the source gives the number but not who (else counted from the participants).</summary>
    public int? ParticipatingAdministrations { get; set; }
    public List<SurveyReply> Replies { get; set; } = [];
}

/// <summary>One participating administration's reply about one workshop. Unknown answers are null.</summary>
public sealed class SurveyReply
{
    public long Id { get; set; }
    public int WorkshopId { get; set; }
    public SurveyWorkshop? Workshop { get; set; }
    /// <summary>Null only for historic replies whose administration the source does not name (then <see cref="RespondentLabel"/>).</summary>
    public int? MemberId { get; set; }
    public Member? Member { get; set; }
    public string? RespondentLabel { get; set; }
    public bool? SharedMaterials { get; set; }
    public bool? SubmittedReports { get; set; }
    public bool? MadeRecommendations { get; set; }
    public bool? HeldInHouseWorkshop { get; set; }
    public bool? DevelopedManuals { get; set; }
    public bool? OtherActions { get; set; }
    public string? OtherActionsText { get; set; }
    public bool? DirectEffects { get; set; }
    public string? DirectEffectsExample { get; set; }
    public bool? EfficiencyImproved { get; set; }
    public bool? NewProject { get; set; }
    public string? SuccessStory { get; set; }
    public DateOnly? ReceivedOn { get; set; }
    public string? Source { get; set; }
    public uint Version { get; set; }
}
