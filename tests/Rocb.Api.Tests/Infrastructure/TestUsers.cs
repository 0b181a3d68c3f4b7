using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain;
using Rocb.Api.Persistence;

namespace Rocb.Api.Tests.Infrastructure;

/// <summary>
/// One user per role in the template database (placeholders for tests, not real people), plus a second
/// focal point of another Member for row-level tests. Created through Identity, as the API creates users.
/// </summary>
public static class TestUsers
{
    public const string Password = "Test-Passw0rd!-only";
    public const string AdminEmail = "admin@rocb.test";
    public const string FocalPointOfOtherMember = "FocalPointMY";

    /// <summary>Principal name → (email, role, bound Member code).</summary>
    public static readonly IReadOnlyDictionary<string, (string Email, string Role, string? MemberCode)> All =
        new Dictionary<string, (string, string, string?)>
        {
            [Roles.Administrator] = (AdminEmail, Roles.Administrator, null),
            [Roles.Staff] = ("staff@rocb.test", Roles.Staff, null),
            [Roles.MemberFocalPoint] = ("focal.th@rocb.test", Roles.MemberFocalPoint, "TH"),
            [FocalPointOfOtherMember] = ("focal.my@rocb.test", Roles.MemberFocalPoint, "MY"),
            [Roles.Expert] = ("expert@rocb.test", Roles.Expert, null),
            [Roles.Viewer] = ("viewer@rocb.test", Roles.Viewer, null),
        };

    public static async Task CreateAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<RocbUser>>();
        var db = services.GetRequiredService<RocbDbContext>();
        foreach (var (name, (email, role, memberCode)) in All)
        {
            if (role == Roles.Administrator) continue; // the bootstrap made it from ROCB_ADMIN_EMAIL/PASSWORD
            var user = new RocbUser
            {
                Id = Guid.CreateVersion7(), UserName = email, Email = email, DisplayName = $"Test {name} (placeholder)",
                MemberId = memberCode is null ? null : await db.Members.Where(m => m.Code == memberCode).Select(m => m.Id).SingleAsync(),
                ExpertId = role == Roles.Expert ? 1 : null, CreatedAt = DateTimeOffset.UtcNow, LockoutEnabled = true,
            };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
