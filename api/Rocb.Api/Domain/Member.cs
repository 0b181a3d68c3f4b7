namespace Rocb.Api.Domain;

/// <summary>A WCO Member Customs administration of a region.</summary>
public sealed class Member
{
    public int Id { get; set; }
    /// <summary>Two-letter code as the ROCB uses it (e.g. TH, HK, MO).</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int SubRegionId { get; set; }
    public SubRegion SubRegion { get; set; } = null!;
    public DateOnly? JoinedOn { get; set; }
    public DateOnly? LeftOn { get; set; }
    /// <summary>Receives capacity building from the region.</summary>
    public bool IsCbRecipient { get; set; }
    /// <summary>Funds capacity building, e.g. through the Customs Cooperation Fund.</summary>
    public bool IsDonor { get; set; }
    public bool IsSmallIslandEconomy { get; set; }
    /// <summary>Hosts a WCO Regional Training Centre.</summary>
    public bool IsRtcHost { get; set; }
    public string? Source { get; set; }
    public uint Version { get; set; }
}
