using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Domain;
using Rocb.Api.Persistence;

namespace Rocb.Api.Common.Security;

/// <summary>
/// On first start (the `migrate` command): the roles, and an administrator if there is none. Its credentials
/// come from ROCB_ADMIN_EMAIL / ROCB_ADMIN_PASSWORD, or a password is generated and printed once. The repo
/// holds no default password.
/// </summary>
public sealed class AdministratorBootstrap(
    RocbDbContext db, UserManager<RocbUser> users, RoleManager<RocbRole> roles, IConfiguration configuration,
    TimeProvider clock, ILogger<AdministratorBootstrap> logger)
{
    public const string DefaultEmail = "admin@rocb.local";

    public async Task EnsureAsync()
    {
        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)).ToList())
            Check(await roles.CreateAsync(new RocbRole(role)));

        var adminRole = await roles.FindByNameAsync(Roles.Administrator);
        if (await db.UserRoles.AnyAsync(ur => ur.RoleId == adminRole!.Id)) return;

        var email = configuration["ROCB_ADMIN_EMAIL"] ?? DefaultEmail;
        var given = configuration["ROCB_ADMIN_PASSWORD"];
        var password = string.IsNullOrEmpty(given) ? GeneratePassword() : given;
        var admin = new RocbUser
        {
            Id = Guid.CreateVersion7(), UserName = email, Email = email, DisplayName = "Rocb administrator",
            CreatedAt = clock.GetUtcNow(), LockoutEnabled = true,
        };
        Check(await users.CreateAsync(admin, password));
        Check(await users.AddToRoleAsync(admin, Roles.Administrator));
        logger.LogInformation("Created the first administrator {Email}", email);
        if (string.IsNullOrEmpty(given))
        {
            // Printed once, to the console of whoever ran the first start; never logged or stored in clear.
            Console.WriteLine();
            Console.WriteLine("  ┌ First administrator created (shown this once; change the password after signing in):");
            Console.WriteLine($"  │   email:    {email}");
            Console.WriteLine($"  │   password: {password}");
            Console.WriteLine("  └ Set ROCB_ADMIN_EMAIL / ROCB_ADMIN_PASSWORD before the first start to choose them.");
            Console.WriteLine();
        }
    }

    private static string GeneratePassword()
    {
        // 18 random characters from each class the password policy asks for, shuffled.
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789", symbols = "!@#$%&*?";
        var all = upper + lower + digits + symbols;
        var chars = new List<char>
        {
            upper[RandomNumberGenerator.GetInt32(upper.Length)], lower[RandomNumberGenerator.GetInt32(lower.Length)],
            digits[RandomNumberGenerator.GetInt32(digits.Length)], symbols[RandomNumberGenerator.GetInt32(symbols.Length)],
        };
        while (chars.Count < 18) chars.Add(all[RandomNumberGenerator.GetInt32(all.Length)]);
        return new string(chars.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue)).ToArray());
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Could not create the first administrator: " +
                                                string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
