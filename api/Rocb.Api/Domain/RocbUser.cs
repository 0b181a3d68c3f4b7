using Microsoft.AspNetCore.Identity;

namespace Rocb.Api.Domain;

/// <summary>A person who signs in to Rocb. Its role says what it may do; a focal point is bound to a Member, an expert to an expert profile.</summary>
public sealed class RocbUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    /// <summary>For a Member focal point: the administration it acts for.</summary>
    public int? MemberId { get; set; }
    public Member? Member { get; set; }
    /// <summary>For an expert: the expert profile it maintains (profiles arrive with the experts feature).</summary>
    public int? ExpertId { get; set; }
    /// <summary>A disabled user cannot sign in and its tokens stop working at once.</summary>
    public bool IsDisabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class RocbRole : IdentityRole<Guid>
{
    public RocbRole() { }
    public RocbRole(string name) : base(name) => NormalizedName = name.ToUpperInvariant();
}
