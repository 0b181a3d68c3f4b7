namespace Rocb.Api.Domain;

/// <summary>A group of Member administrations followed by one ROCB programme manager.</summary>
public sealed class SubRegion
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public Region Region { get; set; } = null!;
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? ProgrammeManager { get; set; }
    /// <summary>Where the record comes from (seed file and line, or who entered it).</summary>
    public string? Source { get; set; }
    /// <summary>PostgreSQL xmin: the optimistic-concurrency token behind ETag / If-Match.</summary>
    public uint Version { get; set; }

    public List<Member> Members { get; set; } = [];
}
