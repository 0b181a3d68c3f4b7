using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Rocb.Api.Persistence;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.Platform;

public sealed class MigrationTests : IAsyncLifetime
{
    private readonly List<string> _databases = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in _databases) await TestDatabases.DropAsync(database);
    }

    private async Task<NpgsqlDataSource> EmptyDatabaseAsync()
    {
        var name = await TestDatabases.CreateEmptyAsync();
        _databases.Add(name);
        return NpgsqlDataSource.Create(TestDatabases.ConnectionStringFor(name));
    }

    private static MigrationRunner Runner(NpgsqlDataSource dataSource) => new(dataSource, NullLogger<MigrationRunner>.Instance);

    [Fact]
    public async Task The_sql_migrations_build_exactly_the_schema_of_the_ef_model()
    {
        await using var migrated = await EmptyDatabaseAsync();
        await Runner(migrated).MigrateAsync();

        await using var fromModel = await EmptyDatabaseAsync();
        var options = new DbContextOptionsBuilder<RocbDbContext>().UseNpgsql(fromModel).UseSnakeCaseNamingConvention().Options;
        await using (var db = new RocbDbContext(options))
        {
            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
            // EF Core cannot declare exclusion constraints: the one in 0005_experts.sql (no two confirmed deployments of an
            // expert overlap) is added to the model's schema here, from the same text, so the comparison still covers it.
            await db.Database.ExecuteSqlRawAsync("CREATE EXTENSION IF NOT EXISTS btree_gist; " + Constraints.DeploymentOverlapSql);
        }

        Assert.Equal(await SchemaAsync(fromModel), await SchemaAsync(migrated));
    }

    [Fact]
    public async Task Running_again_applies_nothing()
    {
        await using var dataSource = await EmptyDatabaseAsync();
        Assert.NotEmpty(await Runner(dataSource).MigrateAsync());
        Assert.Empty(await Runner(dataSource).MigrateAsync());
    }

    [Fact]
    public async Task A_changed_applied_migration_is_refused_with_a_clear_message()
    {
        await using var dataSource = await EmptyDatabaseAsync();
        var original = new MigrationRunner.Migration("0001_test.sql", "CREATE TABLE t1 (id int);", MigrationRunner.Checksum("CREATE TABLE t1 (id int);"));
        await Runner(dataSource).MigrateAsync([original]);

        const string edited = "CREATE TABLE t1 (id bigint);";
        var error = await Assert.ThrowsAsync<MigrationChangedException>(() =>
            Runner(dataSource).MigrateAsync([original with { Sql = edited, Checksum = MigrationRunner.Checksum(edited) }]));
        Assert.Contains("0001_test.sql was changed after it was applied", error.Message);
    }

    [Fact]
    public async Task A_failing_migration_leaves_nothing_behind()
    {
        await using var dataSource = await EmptyDatabaseAsync();
        const string good = "CREATE TABLE t1 (id int);";
        const string bad = "CREATE TABLE t2 (id int); SELECT 1/0;";
        await Assert.ThrowsAsync<PostgresException>(() => Runner(dataSource).MigrateAsync([
            new("0001_good.sql", good, MigrationRunner.Checksum(good)),
            new("0002_bad.sql", bad, MigrationRunner.Checksum(bad))]));

        Assert.Equal(["0001_good.sql"], await ScalarsAsync(dataSource, "SELECT name FROM schema_migrations ORDER BY name"));
        Assert.Equal(["t1"], await ScalarsAsync(dataSource, "SELECT tablename FROM pg_tables WHERE tablename IN ('t1','t2')"));
    }

    [Fact]
    public async Task Two_instances_migrating_at_once_apply_each_file_once()
    {
        await using var dataSource = await EmptyDatabaseAsync();
        var results = await Task.WhenAll(Runner(dataSource).MigrateAsync(), Runner(dataSource).MigrateAsync());
        Assert.Equal(MigrationRunner.Embedded().Count, results.Sum(r => r.Count));
        Assert.Equal(MigrationRunner.Embedded().Select(m => m.Name).ToList(),
            await ScalarsAsync(dataSource, "SELECT name FROM schema_migrations ORDER BY name"));
    }

    /// <summary>Tables, columns (type, length, nullability, identity), constraints and indexes, as text.</summary>
    private static async Task<List<string>> SchemaAsync(NpgsqlDataSource dataSource) =>
    [
        .. await ScalarsAsync(dataSource, """
            SELECT concat_ws(' ', table_name, column_name, data_type, character_maximum_length, is_nullable, is_identity, identity_generation, column_default)
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'schema_migrations' ORDER BY 1
            """),
        .. await ScalarsAsync(dataSource, """
            SELECT concat_ws(' ', conrelid::regclass::text, conname, pg_get_constraintdef(oid))
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'schema_migrations' ORDER BY 1
            """),
        .. await ScalarsAsync(dataSource, """
            SELECT concat_ws(' ', tablename, indexname, indexdef)
            FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'schema_migrations' ORDER BY 1
            """),
    ];

    private static async Task<List<string>> ScalarsAsync(NpgsqlDataSource dataSource, string sql)
    {
        var values = new List<string>();
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }
}
