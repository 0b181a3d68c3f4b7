using Rocb.Api.Domain.Activities;
using Rocb.Api.Domain.Plans;

namespace Rocb.Api.Domain.Experts;

/// <summary>Where an expert comes from: a Member administration of the region, the WCO Secretariat, or an administration outside the region.</summary>
public enum ExpertOrigin { Member, WcoSecretariat, OutsideRegion }

/// <summary>The six WCO accreditation categories (DOMAIN.md, "Accredited experts"); unspecified when the source does not say.</summary>
public enum AccreditationCategory
{
    DiagnosticFacilitator, CustomsModernizationAdvisor, MercatorProgrammeAdvisor, TechnicalOperationalAdvisor, ExpertTrainer,
    LeadershipManagementDevelopmentAdvisor, Unspecified,
}

/// <summary>candidate (nominated) → pre-accredited (assessed at an accreditation workshop) → accredited → expired or withdrawn.</summary>
public enum AccreditationStatus { Candidate, PreAccredited, Accredited, Expired, Withdrawn }

/// <summary>A WCO-accredited (or candidate) Customs expert of the region's pool.</summary>
public sealed class Expert
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public ExpertOrigin Origin { get; set; }
    /// <summary>The home administration when it is a Member.</summary>
    public int? MemberId { get; set; }
    public Member? Member { get; set; }
    /// <summary>The home administration when it is outside the region (e.g. France Customs).</summary>
    public string? OutsideAdministration { get; set; }
    public Gender Gender { get; set; } = Gender.NotRecorded;
    /// <summary>ISO 639-1 codes (en, fr, ja…), lower case.</summary>
    public List<string> Languages { get; set; } = [];
    /// <summary>Personal data: shown to Staff, Administrators and the expert only.</summary>
    public string? Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>Without consent the expert is never invited.</summary>
    public bool ConsentToContact { get; set; }
    public string? Notes { get; set; }
    public string? Source { get; set; }
    public uint Version { get; set; }

    public List<ExpertTopic> Topics { get; set; } = [];
    public List<Accreditation> Accreditations { get; set; } = [];
    public List<Unavailability> Unavailability { get; set; } = [];
}

/// <summary>An area of expertise with a level: 1 working knowledge, 2 experienced, 3 specialist.</summary>
public sealed class ExpertTopic
{
    public int ExpertId { get; set; }
    public int TopicId { get; set; }
    public Topic Topic { get; set; } = null!;
    public int Level { get; set; }
}

/// <summary>One accreditation of an expert in one category, with where it stands in the lifecycle.</summary>
public sealed class Accreditation
{
    public long Id { get; set; }
    public int ExpertId { get; set; }
    public AccreditationCategory Category { get; set; }
    /// <summary>For a Technical and Operational Advisor: its area (TFA, SAFE/AEO, RM, valuation, IPR, environment…).</summary>
    public string? Area { get; set; }
    public AccreditationStatus Status { get; set; }
    /// <summary>When the current status took effect.</summary>
    public DateOnly? StatusSince { get; set; }
    /// <summary>Accredited from / until (null: not known or open-ended).</summary>
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public string? Evidence { get; set; }
    /// <summary>Why a status change skipped a step of the lifecycle.</summary>
    public string? OverrideReason { get; set; }
    public uint Version { get; set; }
    /// <summary>Every status the accreditation has had, oldest first (the current one included).</summary>
    public List<AccreditationStatusChange> History { get; set; } = [];
}

/// <summary>One step of an accreditation's lifecycle as it was recorded: the status, when it took effect, who recorded it, the evidence and
/// why a step was skipped. Rows are only ever added.</summary>
public sealed class AccreditationStatusChange
{
    public long Id { get; set; }
    public long AccreditationId { get; set; }
    public AccreditationStatus Status { get; set; }
    /// <summary>When the status took effect (null: not known, e.g. seeded from a report).</summary>
    public DateOnly? EffectiveOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    /// <summary>Who recorded it, as the audit log names them ("system" for migrations and seeds).</summary>
    public string RecordedBy { get; set; } = "";
    public string? Evidence { get; set; }
    public string? OverrideReason { get; set; }
}

/// <summary>A period the expert cannot be deployed (leave, other duties).</summary>
public sealed class Unavailability
{
    public long Id { get; set; }
    public int ExpertId { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public string? Reason { get; set; }
}
