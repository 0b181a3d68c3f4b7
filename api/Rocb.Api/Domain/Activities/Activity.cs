using Rocb.Api.Domain.Plans;

namespace Rocb.Api.Domain.Activities;

public enum ActivityStatus { Planned, Confirmed, Delivered, Postponed, Cancelled }

/// <summary>How much of an activity's date is known: many are known only to the month or quarter.</summary>
public enum DatePrecision { Day, Month, Quarter }

/// <summary>
/// A workshop, mission, meeting or publication of the ROCB. This is the part the KPI engine counts
/// (frequency per fiscal year, linked plan actions); the activity register builds on it.
/// </summary>
public sealed class Activity
{
    public long Id { get; set; }
    public string Title { get; set; } = "";
    /// <summary>regional-workshop, sub-regional-workshop, national-workshop, train-the-trainer, diagnostic-mission, publication, …</summary>
    public string Type { get; set; } = "";
    public ActivityStatus Status { get; set; }
    /// <summary>First day (of the month or quarter when only that is known).</summary>
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public DatePrecision DatePrecision { get; set; }
    public int? HostMemberId { get; set; }
    public Member? HostMember { get; set; }
    /// <summary>For planned activities: the plan (AWP) that planned it.</summary>
    public int? PlannedInId { get; set; }
    public Plan? PlannedIn { get; set; }
    public string? Partners { get; set; }
    public string? Funding { get; set; }
    public string? Source { get; set; }
    public string? Note { get; set; }
    public uint Version { get; set; }

    public List<SpecificAction> Actions { get; set; } = [];
    public List<Member> Members { get; set; } = [];
    public List<Topic> Topics { get; set; } = [];
}
