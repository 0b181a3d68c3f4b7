namespace Rocb.Api.Common.Security;

/// <summary>The roles of Rocb users. A user has exactly one.</summary>
public static class Roles
{
    /// <summary>ROCB: users, roles, API keys, reference data, everything else.</summary>
    public const string Administrator = "Administrator";
    /// <summary>ROCB programme managers: plans, activities, experts, surveys, approvals.</summary>
    public const string Staff = "Staff";
    /// <summary>Bound to one Member administration: its own milestone updates, survey responses, nominations.</summary>
    public const string MemberFocalPoint = "MemberFocalPoint";
    /// <summary>Bound to one expert profile: its own profile, availability and invitations.</summary>
    public const string Expert = "Expert";
    /// <summary>Reads everything that is not personal or draft.</summary>
    public const string Viewer = "Viewer";

    public static readonly IReadOnlyList<string> All = [Administrator, Staff, MemberFocalPoint, Expert, Viewer];
}
