using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Rocb.Api.Common.Auditing;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Features.Plans;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.Participation;

/// <summary>
/// Adds named participants from a CSV file with the header <c>name,member,gender,role,position</c> (member = Member code;
/// gender = female, male, other or not-recorded; role = participant, head-of-delegation or observer; position optional).
/// Every row is checked first; a dry run only reports. Otherwise all rows are written with PostgreSQL COPY in the
/// command's transaction and rolled up into the counts, or nothing is.
/// </summary>
public sealed record UploadParticipantsCsv(long ActivityId, string Csv, bool DryRun) : ICommand<ImportReportDto>;

internal sealed class UploadParticipantsCsvHandler(RocbDbContext db, IAuditActor actor) : IRequestHandler<UploadParticipantsCsv, ImportReportDto>
{
    public static readonly string[] Header = ["name", "member", "gender", "role", "position"];

    public async Task<ImportReportDto> Handle(UploadParticipantsCsv request, CancellationToken cancellationToken)
    {
        await ParticipationRules.ActivityAsync(db, request.ActivityId, cancellationToken);
        var members = await db.Members.AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var existingHeads = await db.Participants.Where(p => p.ActivityId == request.ActivityId && p.Role == ParticipantRole.HeadOfDelegation)
            .Select(p => p.MemberId).ToListAsync(cancellationToken);
        var (rows, problems) = Read(request.Csv, members, existingHeads.ToHashSet());
        var counts = new Dictionary<string, int> { ["rows"] = rows.Count, ["members"] = rows.Select(r => r.MemberId).Distinct().Count() };
        if (problems.Count > 0 || request.DryRun) return new ImportReportDto(request.DryRun, false, problems, counts);

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var copy = await connection.BeginBinaryImportAsync(
                         "COPY participants (activity_id, member_id, name, gender, role, position) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in rows)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(request.ActivityId, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(row.MemberId, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(row.Name, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(row.Gender.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(row.Role.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                if (row.Position is null) await copy.WriteNullAsync(cancellationToken);
                else await copy.WriteAsync(row.Position, NpgsqlDbType.Varchar, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }
        await ParticipationRules.RollUpAsync(db, request.ActivityId, cancellationToken);
        // COPY bypasses the change tracker, so the upload is audited as one entry.
        db.AuditEntries.Add(new AuditEntry
        {
            OccurredAt = DateTimeOffset.UtcNow, ActorType = actor.Type, ActorId = actor.Id, ActorName = actor.Name, TraceId = actor.TraceId, Entity = "Activity", EntityId = request.ActivityId.ToString(CultureInfo.InvariantCulture),
            Action = "updated", After = $"{{\"participantsUploaded\":{rows.Count}}}",
        });
        await db.SaveChangesAsync(cancellationToken);
        counts["created"] = rows.Count;
        return new ImportReportDto(false, true, [], counts);
    }

    private sealed record Row(int MemberId, string Name, Gender Gender, ParticipantRole Role, string? Position);

    private static (List<Row> Rows, List<ImportProblemDto> Problems) Read(string csv, IReadOnlyDictionary<string, int> members, HashSet<int> heads)
    {
        var rows = new List<Row>();
        var problems = new List<ImportProblemDto>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, MissingFieldFound = null, BadDataFound = null };
        using var reader = new CsvReader(new StringReader(csv), config);
        if (!reader.Read() || !reader.ReadHeader())
            return (rows, [new ImportProblemDto("header", null, $"The file is empty: it needs the header {string.Join(",", Header)}.")]);
        var missing = Header.Take(4).Where(h => !reader.HeaderRecord!.Contains(h, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
            return (rows, [new ImportProblemDto("header", 1, $"Missing column(s): {string.Join(", ", missing)}. The header is {string.Join(",", Header)}.")]);
        var index = Header.ToDictionary(h => h, h => Array.FindIndex(reader.HeaderRecord!, x => string.Equals(x, h, StringComparison.OrdinalIgnoreCase)));
        while (reader.Read())
        {
            var line = reader.Parser.Row;
            string? Field(string name) => index[name] < 0 ? null : reader.GetField(index[name]);
            void Problem(string field, string message)
            {
                if (problems.Count < 200) problems.Add(new ImportProblemDto(field, line, message));
            }
            var name = Field("name");
            var code = Field("member");
            var position = Field("position");
            var ok = true;
            if (string.IsNullOrWhiteSpace(name) || name.Length > 200) { Problem("name", "Give the participant's name (at most 200 characters)."); ok = false; }
            if (code is null || !members.TryGetValue(code, out var memberId)) { Problem("member", $"Unknown Member code '{code}'."); ok = false; memberId = 0; }
            if (!KebabEnum.TryParse<Gender>(Field("gender"), out var gender)) { Problem("gender", $"gender must be one of: {KebabEnum.Names<Gender>()}."); ok = false; }
            if (!KebabEnum.TryParse<ParticipantRole>(Field("role"), out var role)) { Problem("role", $"role must be one of: {KebabEnum.Names<ParticipantRole>()}."); ok = false; }
            if (position?.Length > 200) { Problem("position", "At most 200 characters."); ok = false; }
            if (ok && role == ParticipantRole.HeadOfDelegation && !heads.Add(memberId))
            {
                Problem("role", $"The delegation of {code} already has a head.");
                ok = false;
            }
            if (ok) rows.Add(new Row(memberId, name!.Trim(), gender, role, Clean(position)));
        }
        if (rows.Count == 0 && problems.Count == 0) problems.Add(new ImportProblemDto("rows", null, "The file has no participants."));
        return (rows, problems);
    }
}
