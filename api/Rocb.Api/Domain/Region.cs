namespace Rocb.Api.Domain;

/// <summary>A WCO region (Asia/Pacific first); each has its own Regional Office for Capacity Building.</summary>
public sealed class Region
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>Seat of the region's ROCB, e.g. Bangkok.</summary>
    public string? RocbLocation { get; set; }
    public string? Source { get; set; }

    public List<SubRegion> SubRegions { get; set; } = [];
}
