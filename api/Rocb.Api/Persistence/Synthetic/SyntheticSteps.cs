using Npgsql;

namespace Rocb.Api.Persistence.Synthetic;

/// <summary>
/// How every synthetic data set here is written: its named SQL steps in one transaction (a failed step leaves nothing
/// behind, so the "already there?" check stays true to its word), each step's row count logged, then ANALYZE so the
/// benchmarks that follow are planned on real statistics.
/// </summary>
public static class SyntheticSteps
{
    public static async Task RunAsync(NpgsqlConnection connection, IEnumerable<(string Step, string Sql)> steps, ILogger logger, CancellationToken ct)
    {
        await using (var tx = await connection.BeginTransactionAsync(ct))
        {
            foreach (var (step, sql) in steps)
            {
                var started = DateTime.UtcNow;
                await using var cmd = new NpgsqlCommand(sql, connection, tx) { CommandTimeout = 600 };
                var rows = await cmd.ExecuteNonQueryAsync(ct);
                logger.LogInformation("{Step}: {Rows} rows in {Seconds:F1} s", step, rows, (DateTime.UtcNow - started).TotalSeconds);
            }
            await tx.CommitAsync(ct);
        }
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync(ct);
    }
}
