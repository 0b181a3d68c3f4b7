using Rocb.Api.Domain.Plans;

namespace Rocb.Api.Domain.Activities;

public enum ActivityStatus { Planned, Confirmed, Delivered, Postponed, Cancelled }

/// <summary>How much of an activity's date is known: many are known only to the month or quarter.</summary>
public enum DatePrecision { Day, Month, Quarter }

/// <summary>The kinds of work the ROCB records (DOMAIN.md, "Activities"). Stored and sent in kebab case.</summary>
public enum ActivityType
{
    RegionalWorkshop, SubRegionalWorkshop, NationalWorkshop, TrainTheTrainer, DiagnosticMission, ScopingMission,
    AccreditationWorkshop, Seminar, Webinar, StudyTour, PolicyDialogue, Conference, Publication, Other,
}

public enum ActivityMode { InPerson, Virtual, Hybrid }

/// <summary>What the ROCB did in it: its own activities count for its KPIs; attended events are engagements; WCO activities
/// in the region whose source gives no ROCB role are "not stated".</summary>
public enum RocbInvolvement { Organised, CoOrganised, Participated, Presented, NotStated }

/// <summary>A workshop, mission, meeting or publication of the ROCB, with who took part and how they rated it.</summary>
public sealed class Activity
{
    public long Id { get; set; }
    /// <summary>A stable key from the source it was imported from (e.g. fy1920-007), so that imports are idempotent.</summary>
    public string? Reference { get; set; }
    public string Title { get; set; } = "";
    public ActivityType Type { get; set; }
    public ActivityStatus Status { get; set; }
    /// <summary>Why it was postponed or cancelled (e.g. COVID-19).</summary>
    public string? StatusReason { get; set; }
    /// <summary>First day (of the month or quarter when only that is known).</summary>
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public DatePrecision DatePrecision { get; set; }
    public string? Venue { get; set; }
    public int? HostMemberId { get; set; }
    public Member? HostMember { get; set; }
    public ActivityMode Mode { get; set; }
    public RocbInvolvement RocbRole { get; set; }
    /// <summary>For planned activities: the plan (AWP) that planned it.</summary>
    public int? PlannedInId { get; set; }
    public Plan? PlannedIn { get; set; }
    public string? Sponsors { get; set; }
    public string? Partners { get; set; }
    public string? Funding { get; set; }
    public string? Source { get; set; }
    public string? Note { get; set; }
    public uint Version { get; set; }

    public List<SpecificAction> Actions { get; set; } = [];
    /// <summary>Beneficiary Members.</summary>
    public List<Member> Members { get; set; } = [];
    public List<Topic> Topics { get; set; } = [];
    public List<ActivityStaff> Staff { get; set; } = [];
}

/// <summary>A member of the ROCB's staff and the part they played (resource person, organiser, …).</summary>
public sealed class ActivityStaff
{
    public long Id { get; set; }
    public long ActivityId { get; set; }
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";
}
