using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Rocb.Api.Persistence;

/// <summary>
/// Applies the versioned SQL files embedded from Persistence/Migrations in name order.
/// Why not EF migrations: the EF Core design tools do not install here (README, "Substitutes").
/// Each file runs in its own transaction and is recorded with its SHA-256; an applied file that
/// changed is refused. An advisory lock lets two instances start at once safely.
/// </summary>
public sealed class MigrationRunner(NpgsqlDataSource dataSource, ILogger<MigrationRunner> logger)
{
    // Arbitrary but fixed: every Rocb instance takes the same lock.
    private const long AdvisoryLockKey = 0x526f6362_4d696772; // "RocbMigr"
    private const string ResourcePrefix = "Migrations.";

    public sealed record Migration(string Name, string Sql, string Checksum);

    public static IReadOnlyList<Migration> Embedded()
    {
        var assembly = typeof(MigrationRunner).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Load(assembly, n))
            .ToList();
    }

    private static Migration Load(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var sql = reader.ReadToEnd();
        return new Migration(resource[ResourcePrefix.Length..], sql, Checksum(sql));
    }

    public static string Checksum(string sql) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n"))));

    /// <returns>The names of the migrations applied by this call.</returns>
    public async Task<IReadOnlyList<string>> MigrateAsync(IReadOnlyList<Migration>? migrations = null, CancellationToken ct = default)
    {
        migrations ??= Embedded();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await Execute(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", ct);
        try
        {
            await Execute(connection, """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    name text PRIMARY KEY,
                    checksum text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, ct);
            var applied = await AppliedAsync(connection, ct);
            var done = new List<string>();
            foreach (var migration in migrations)
            {
                if (applied.TryGetValue(migration.Name, out var checksum))
                {
                    if (checksum != migration.Checksum)
                        throw new MigrationChangedException(migration.Name, checksum, migration.Checksum);
                    continue;
                }
                await using var tx = await connection.BeginTransactionAsync(ct);
                await using (var cmd = new NpgsqlCommand(migration.Sql, connection, tx))
                    await cmd.ExecuteNonQueryAsync(ct);
                await using (var record = new NpgsqlCommand(
                    "INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)", connection, tx))
                {
                    record.Parameters.AddWithValue(migration.Name);
                    record.Parameters.AddWithValue(migration.Checksum);
                    await record.ExecuteNonQueryAsync(ct);
                }
                await tx.CommitAsync(ct);
                logger.LogInformation("Applied migration {Migration}", migration.Name);
                done.Add(migration.Name);
            }
            return done;
        }
        finally
        {
            await Execute(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    private static async Task<Dictionary<string, string>> AppliedAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var cmd = new NpgsqlCommand("SELECT name, checksum FROM schema_migrations", connection);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) applied[reader.GetString(0)] = reader.GetString(1);
        return applied;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, connection);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}

public sealed class MigrationChangedException(string name, string appliedChecksum, string fileChecksum)
    : Exception($"Migration {name} was changed after it was applied (applied checksum {appliedChecksum[..12]}…, " +
                $"file now {fileChecksum[..12]}…). Applied migrations are immutable: restore the file and add a new migration instead.")
{
    public string MigrationName { get; } = name;
}
