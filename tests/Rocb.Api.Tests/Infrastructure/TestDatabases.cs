using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Rocb.Api.Common.Security;
using Rocb.Api.Persistence;
using Rocb.Api.Persistence.Seed;

namespace Rocb.Api.Tests.Infrastructure;

/// <summary>
/// Real PostgreSQL for every test (Testcontainers does not install here, see README): one template
/// database migrated and seeded through the API's own migrate path, then a throwaway copy per test class
/// (CREATE DATABASE ... TEMPLATE is a fast file copy).
/// </summary>
public static class TestDatabases
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? _template;

    /// <summary>The server the tests use: ROCB_TEST_DB, else ROCB_DB, else the local one deploy/ensure-postgres.sh makes.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("ROCB_TEST_DB")
        ?? Environment.GetEnvironmentVariable("ROCB_DB")
        ?? "Host=127.0.0.1;Port=5432;Database=rocb;Username=rocb;Password=rocb";

    public static string ConnectionStringFor(string database, bool pooling = true) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database, Pooling = pooling }.ConnectionString;

    /// <summary>A new database copied from the migrated, seeded template.</summary>
    public static async Task<string> CreateFromTemplateAsync()
    {
        var template = await TemplateAsync();
        var name = NewName();
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return name;
    }

    /// <summary>A new, empty database (for migration tests).</summary>
    public static async Task<string> CreateEmptyAsync()
    {
        var name = NewName();
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
        return name;
    }

    public static async Task DropAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await DropDatabaseAsync(database);
    }

    private static string NewName() => $"rocb_test_{Guid.NewGuid():N}"[..30];

    private static async Task<string> TemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_template is not null) return _template;
            // The template is rebuilt whenever a migration or the seed file changes.
            var name = $"{TemplatePrefix}{ContentHash()}";
            await using var server = new NpgsqlConnection(ConnectionStringFor("postgres", pooling: false));
            await server.OpenAsync();
            await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", server))
            {
                exists.Parameters.AddWithValue(name);
                if (await exists.ExecuteScalarAsync() is null)
                {
                    var building = name + "_building";
                    await DropDatabaseAsync(building);
                    await ExecuteOnServerAsync($"CREATE DATABASE \"{building}\"");
                    await using (var factory = new RocbApiFactory(ConnectionStringFor(building, pooling: false)))
                    await using (var scope = factory.Services.CreateAsyncScope())
                    {
                        // What `migrate` does, then one placeholder user per role.
                        await scope.ServiceProvider.GetRequiredService<MigrationRunner>().MigrateAsync();
                        await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync();
                        await scope.ServiceProvider.GetRequiredService<AdministratorBootstrap>().EnsureAsync();
                        await TestUsers.CreateAsync(scope.ServiceProvider);
                    }
                    NpgsqlConnection.ClearAllPools();
                    await ExecuteOnServerAsync($"ALTER DATABASE \"{building}\" RENAME TO \"{name}\"");
                    await DropOtherTemplatesAsync(server, name);
                }
            }
            _template = name;
            return name;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static async Task DropOtherTemplatesAsync(NpgsqlConnection server, string keep)
    {
        var stale = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, $1) AND datname <> $2", server))
        {
            list.Parameters.AddWithValue(TemplatePrefix);
            list.Parameters.AddWithValue(keep);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) stale.Add(reader.GetString(0));
        }
        foreach (var database in stale) await DropDatabaseAsync(database);
    }

    // One template per checkout: a test run in another worktree on the same server keeps its own template
    // (dropping "every other template" used to pull it from under that run).
    private static readonly string TemplatePrefix =
        $"rocb_test_template_{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AppContext.BaseDirectory)))[..6]}_";

    private static string ContentHash()
    {
        var parts = MigrationRunner.Embedded().Select(m => m.Checksum).ToList();
        parts.Add(typeof(TestUsers).Assembly.ManifestModule.ModuleVersionId.ToString()); // test users may change too
        // Every embedded seed file (JSON and CSV), not only the reference data.
        var assembly = typeof(MigrationRunner).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Seed.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var seed = assembly.GetManifestResourceStream(resource)!;
            parts.Add(Convert.ToHexString(SHA256.HashData(seed)));
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("|", parts))))[..12];
    }

    /// <summary>
    /// Drops a database even while sessions use it. FORCE cannot end an autovacuum worker for a role that is not a superuser
    /// (42501), and the seeded data makes autovacuum visit fresh databases: such a drop is tried again once the worker is done.
    /// </summary>
    private static async Task DropDatabaseAsync(string database)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                await Task.Delay(200);
            }
        }
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres", pooling: false));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
