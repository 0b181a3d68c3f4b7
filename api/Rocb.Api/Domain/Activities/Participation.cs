namespace Rocb.Api.Domain.Activities;

public enum Gender { Female, Male, Other, NotRecorded }

public enum ParticipantRole { Participant, HeadOfDelegation, Observer }

/// <summary>
/// How many took part from one Member (or, when the source gives no breakdown, from all Members together: MemberId
/// null). The KPI engine reads only these rows; individual <see cref="Participant"/> records roll up into the row of
/// their Member (<see cref="FromIndividuals"/>), which then cannot be edited as counts.
/// </summary>
public sealed class ParticipantCount
{
    public long Id { get; set; }
    public long ActivityId { get; set; }
    public int? MemberId { get; set; }
    public Member? Member { get; set; }
    public int Female { get; set; }
    public int Male { get; set; }
    public int Other { get; set; }
    public int NotRecorded { get; set; }
    /// <summary>Observers are counted apart: they are not in the total.</summary>
    public int Observers { get; set; }
    /// <summary>The gender of the delegation's head, when it had one.</summary>
    public Gender? HeadOfDelegationGender { get; set; }
    public bool FromIndividuals { get; set; }
    public string? Note { get; set; }

    public int Total => Female + Male + Other + NotRecorded;
}

/// <summary>One named participant (personal data: Staff, and the focal points of the participant's own Member).</summary>
public sealed class Participant
{
    public long Id { get; set; }
    public long ActivityId { get; set; }
    public int MemberId { get; set; }
    public Member? Member { get; set; }
    public string Name { get; set; } = "";
    public Gender Gender { get; set; }
    public ParticipantRole Role { get; set; }
    public string? Position { get; set; }
}
