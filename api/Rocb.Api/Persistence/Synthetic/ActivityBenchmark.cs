using System.Diagnostics;
using System.Text;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rocb.Api.Features.Activities;
using Rocb.Api.Features.FollowUpSurveys;
using Rocb.Api.Features.Participation;

namespace Rocb.Api.Persistence.Synthetic;

/// <summary>
/// The activity register's performance goals on the synthetic data set (run `synthetic` first): a filtered, paged
/// activity list and a survey round's analysis (handler, as the server runs it, against the same SQL sent straight to
/// PostgreSQL), and a 100,000-row participant CSV upload against PostgreSQL COPY of the same file.
/// </summary>
public sealed class ActivityBenchmark(IServiceScopeFactory scopes, NpgsqlDataSource dataSource)
{
    public async Task<string> RunAsync(int runs, CancellationToken ct = default)
    {
        var lines = new List<string> { $"Activity register benchmark, {runs} runs after 3 warm-up runs.", $"Data: {await CountsAsync(ct)}" };

        // 1. Filtered, paged list: one fiscal year and one type, latest first (the list's default sort), page 1 of 50.
        var list = new ListActivities { FiscalYear = 2015, Type = "regional-workshop", Page = 1, PageSize = 50 };
        var byTopic = new ListActivities { FiscalYear = 2012, TopicId = await ScalarAsync<int>("SELECT min(id) FROM topics", ct), Status = "delivered", Page = 2, PageSize = 20 };
        foreach (var (label, query) in new[] { ("list: FY2015/16, regional workshops, page 1", list), ("list: FY2012/13, one topic, delivered, page 2", byTopic) })
        {
            var handler = await Stopwatches.TimeAsync(async () =>
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query, ct);
            }, runs);
            // The SQL EF Core sends for the count and the page, with its parameters written in.
            RawQuery countSql, pageSql;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<RocbDbContext>();
                var filtered = ListActivitiesHandler.Filter(db, query);
                countSql = Parse(filtered.Select(a => 1).ToQueryString().Replace("SELECT 1", "SELECT count(*)::int"));
                pageSql = Parse(ListActivitiesHandler.Sort(filtered, query.Sort).Skip((query.PageNumber - 1) * query.Size).Take(query.Size)
                    .Select(ActivitySummaryDto.Projection).ToQueryString());
            }
            var raw = await Stopwatches.TimeAsync(() => RawListAsync(countSql, pageSql, ct), runs);
            lines.Add($"  {label,-52} handler p50 {handler.P50,6:F1} ms (p95 {handler.P95,6:F1})   raw SQL p50 {raw.P50,6:F1} ms   ratio {handler.P50 / raw.P50:F2}");
        }

        // 2. The analysis of the synthetic survey round.
        var roundId = await ScalarAsync<int>("SELECT id FROM survey_rounds WHERE code = 'SYN-FUS'", ct);
        var analysis = await Stopwatches.TimeAsync(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetSurveyAnalysis(roundId), ct);
        }, runs);
        var rawAnalysis = await Stopwatches.TimeAsync(async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            foreach (var sql in new[] { "SELECT id, code, title, fiscal_year, publication FROM survey_rounds WHERE id = @round",
                         SurveyAnalysisQueries.FiguresSql, SurveyAnalysisQueries.SuccessStoriesSql })
            {
                await using var cmd = new NpgsqlCommand(sql, connection);
                cmd.Parameters.AddWithValue("round", roundId);
                await Drain(cmd, ct);
            }
        }, runs);
        var replies = await ScalarAsync<long>($"SELECT count(*) FROM survey_replies r JOIN survey_workshops w ON w.id = r.workshop_id WHERE w.round_id = {roundId}", ct);
        lines.Add($"  {$"survey analysis: SYN-FUS ({replies} replies)",-52} handler p50 {analysis.P50,6:F1} ms (p95 {analysis.P95,6:F1})   raw SQL p50 {rawAnalysis.P50,6:F1} ms   ratio {analysis.P50 / rawAnalysis.P50:F2}");

        // 3. A 100,000-row participant upload, against COPY of the same CSV into a table of its columns.
        var csv = await ParticipantCsvAsync(100_000, ct);
        var activityId = await ScalarAsync<long>("""
            INSERT INTO activities (title, type, status, starts_on, date_precision, mode, rocb_role, source)
            VALUES ('Synthetic upload target (placeholder)', 'RegionalWorkshop', 'Delivered', DATE '2016-01-10', 'Day', 'InPerson', 'Organised', 'synthetic')
            RETURNING id
            """, ct);
        var uploads = new List<double>();
        var sqlLoads = new List<double>();
        var copies = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            await ExecuteAsync($"DELETE FROM participants WHERE activity_id = {activityId}; DELETE FROM participant_counts WHERE activity_id = {activityId}", ct);
            var started = Stopwatch.GetTimestamp();
            await using (var scope = scopes.CreateAsyncScope())
            {
                var report = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new UploadParticipantsCsv(activityId, csv, DryRun: false), ct);
                if (!report.Written) throw new InvalidOperationException("The benchmark upload was refused: " + string.Join("; ", report.Problems.Select(p => p.Message)));
            }
            uploads.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await ExecuteAsync($"DELETE FROM participants WHERE activity_id = {activityId}; DELETE FROM participant_counts WHERE activity_id = {activityId}", ct);

            // The same file loaded with SQL alone: COPY into a table of its columns, then one INSERT … SELECT into
            // participants (the same indexes and foreign keys) and the same roll-up; rolled back afterwards.
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            await using var tx = await connection.BeginTransactionAsync(ct);
            started = Stopwatch.GetTimestamp();
            await using (var create = new NpgsqlCommand("CREATE TEMP TABLE upload (name text, member text, gender text, role text, position text) ON COMMIT DROP", connection, tx))
                await create.ExecuteNonQueryAsync(ct);
            await using (var writer = await connection.BeginTextImportAsync("COPY upload FROM STDIN (FORMAT csv, HEADER true)", ct))
                await writer.WriteAsync(csv);
            copies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await using (var load = new NpgsqlCommand($"""
                INSERT INTO participants (activity_id, member_id, name, gender, role, position)
                SELECT {activityId}, m.id, u.name, replace(initcap(u.gender), '-', ''), replace(initcap(u.role), '-', ''), nullif(u.position, '')
                FROM upload u JOIN members m ON m.code = u.member;
                INSERT INTO participant_counts (activity_id, member_id, female, male, other, not_recorded, observers, head_of_delegation_gender, from_individuals)
                SELECT p.activity_id, p.member_id,
                       count(*) FILTER (WHERE p.role <> 'Observer' AND p.gender = 'Female'), count(*) FILTER (WHERE p.role <> 'Observer' AND p.gender = 'Male'),
                       count(*) FILTER (WHERE p.role <> 'Observer' AND p.gender = 'Other'), count(*) FILTER (WHERE p.role <> 'Observer' AND p.gender = 'NotRecorded'),
                       count(*) FILTER (WHERE p.role = 'Observer'), min(p.gender) FILTER (WHERE p.role = 'HeadOfDelegation'), true
                FROM participants p WHERE p.activity_id = {activityId} GROUP BY p.activity_id, p.member_id
                """, connection, tx) { CommandTimeout = 600 })
                await load.ExecuteNonQueryAsync(ct);
            sqlLoads.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await tx.RollbackAsync(ct);
        }
        await ExecuteAsync($"DELETE FROM activities WHERE id = {activityId}", ct);
        uploads.Sort();
        sqlLoads.Sort();
        copies.Sort();
        lines.Add($"  {"participant CSV upload, 100,000 rows (median of 3)",-52} upload {uploads[1],7:F0} ms   " +
                  $"COPY + INSERT … SELECT of the same file {sqlLoads[1],6:F0} ms   ratio {uploads[1] / sqlLoads[1]:F2}");
        lines.Add($"  {"",-52} (COPY of the file into a bare table of its columns alone: {copies[1]:F0} ms; ratio {uploads[1] / copies[1]:F1})");
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>The list's result with the same SQL sent directly: total, the page, and the page's participant totals.</summary>
    private async Task RawListAsync(RawQuery countSql, RawQuery pageSql, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using (var count = countSql.Command(connection))
            await count.ExecuteScalarAsync(ct);
        var ids = new List<long>();
        await using (var page = pageSql.Command(connection))
        await using (var reader = await page.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0));
        await using var totals = new NpgsqlCommand(
            "SELECT activity_id, sum(female + male + other + not_recorded) FROM participant_counts WHERE activity_id = ANY (@ids) GROUP BY activity_id", connection);
        totals.Parameters.AddWithValue("ids", ids.Distinct().ToArray());
        await Drain(totals, ct);
    }

    /// <summary>EF Core's SQL and its parameters, read from a query string's header ("-- @name='value' (DbType = …)").</summary>
    private sealed record RawQuery(string Sql, IReadOnlyList<(string Name, object Value)> Parameters)
    {
        public NpgsqlCommand Command(NpgsqlConnection connection)
        {
            var cmd = new NpgsqlCommand(Sql, connection);
            foreach (var (name, value) in Parameters) cmd.Parameters.AddWithValue(name, value);
            return cmd;
        }
    }

    private static RawQuery Parse(string queryString)
    {
        var lines = queryString.Split('\n');
        var parameters = new List<(string, object)>();
        foreach (var line in lines.Where(l => l.StartsWith("-- @", StringComparison.Ordinal)))
        {
            var match = System.Text.RegularExpressions.Regex.Match(line, @"^-- @(\w+)='(.*)'(?: \(Nullable = \w+\))?(?: \(DbType = (\w+)\))?$");
            if (!match.Success) throw new InvalidOperationException($"Cannot read parameter: {line}");
            var (name, value, type) = (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value);
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            parameters.Add((name, type switch
            {
                "Int32" => int.Parse(value, inv),
                "Int64" => long.Parse(value, inv),
                "Date" => DateOnly.Parse(value, inv),
                // Paging values are listed without a type; no text filter value is all digits.
                "" when value.Length > 0 && value.All(char.IsAsciiDigit) => int.Parse(value, inv),
                _ => value,
            }));
        }
        return new RawQuery(string.Join('\n', lines.Where(l => !l.StartsWith("-- ", StringComparison.Ordinal))), parameters);
    }

    private async Task<string> ParticipantCsvAsync(int rows, CancellationToken ct)
    {
        var codes = new List<string>();
        await using (var cmd = dataSource.CreateCommand("SELECT code FROM members ORDER BY code"))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) codes.Add(reader.GetString(0));
        string[] genders = ["female", "male", "male", "not-recorded"];
        var csv = new StringBuilder("name,member,gender,role,position\n");
        for (var i = 0; i < rows; i++)
            csv.Append("Synthetic upload participant ").Append(i).Append(" (placeholder),").Append(codes[i % codes.Count]).Append(',')
                .Append(genders[i % 4]).Append(',').Append(i % 25 == 0 ? "observer" : "participant").Append(",Officer\n");
        return csv.ToString();
    }

    private static async Task Drain(NpgsqlCommand cmd, CancellationToken ct)
    {
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) { }
    }

    private async Task<T> ScalarAsync<T>(string sql, CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand(sql);
        return (T)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand(sql);
        await cmd.ExecuteNonQueryAsync(ct);
    }


    private async Task<string> CountsAsync(CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand("""
            SELECT (SELECT count(*) FROM activities), (SELECT count(*) FROM participants), (SELECT count(*) FROM participant_counts),
                   (SELECT count(*) FROM survey_replies)
            """);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return $"{reader.GetInt64(0)} activities, {reader.GetInt64(1)} named participants, {reader.GetInt64(2)} participant count rows, {reader.GetInt64(3)} survey replies";
    }
}
