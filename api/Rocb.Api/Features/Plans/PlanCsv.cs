using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Rocb.Api.Common.Http;
using Rocb.Api.Domain.Plans;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.Plans;

/// <summary>
/// The CSV form of a plan file: one row per record, its kind in the first column (plan, milestone, pillar, action,
/// kpi), so a spreadsheet can hold a whole plan and the round trip export → edit → import works as with JSON.
/// Pillar and action columns say where an action or KPI belongs; several milestone codes are separated by ";";
/// "follows" holds PLAN-CODE MILESTONE-CODE: reason.
/// </summary>
public static class PlanCsv
{
    public sealed class Row
    {
        public string Record { get; set; } = "";
        public string? PlanCode { get; set; }
        public string? Kind { get; set; }
        public string? RegionCode { get; set; }
        public string? StartsOn { get; set; }
        public string? EndsOn { get; set; }
        public string? ParentPlanCode { get; set; }
        public string? Pillar { get; set; }
        public string? Action { get; set; }
        public string? Code { get; set; }
        /// <summary>The plan or pillar title, action text, milestone reference or KPI name.</summary>
        public string? Text { get; set; }
        public string? TopicCode { get; set; }
        public string? MilestoneCodes { get; set; }
        public string? RocbSpecific { get; set; }
        public string? RspDeliverables { get; set; }
        public string? KpiKind { get; set; }
        public string? ComputedFrom { get; set; }
        public string? MilestoneCode { get; set; }
        public string? TargetText { get; set; }
        public string? Comparator { get; set; }
        public string? Value { get; set; }
        public string? Unit { get; set; }
        public string? Denominator { get; set; }
        public string? Scale { get; set; }
        public string? Period { get; set; }
        public string? Deadline { get; set; }
        public string? Follows { get; set; }
        public string? Source { get; set; }
        public string? Note { get; set; }
    }

    private static readonly CsvConfiguration Config = new(CultureInfo.InvariantCulture)
    {
        PrepareHeaderForMatch = args => args.Header.Replace("_", "").ToLowerInvariant(),
        HeaderValidated = null,
        MissingFieldFound = null,
    };

    public static string Write(PlanFile file)
    {
        var plan = file.Plan;
        var rows = new List<Row>
        {
            new() { Record = "plan", PlanCode = plan.Code, Kind = KebabEnum.Name(plan.Kind), Text = plan.Title, RegionCode = plan.RegionCode,
                StartsOn = Date(plan.StartsOn), EndsOn = Date(plan.EndsOn), ParentPlanCode = plan.ParentPlanCode, Source = plan.Source },
        };
        rows.AddRange(plan.Milestones.Select(m => new Row
        {
            Record = "milestone", Code = m.Code, Text = m.Reference, TopicCode = m.TopicCode, Source = m.Source,
            Follows = string.Join(" | ", m.Follows.Select(f => $"{f.PlanCode} {f.MilestoneCode}: {f.Reason}")),
        }));
        foreach (var pillar in plan.Pillars)
        {
            rows.Add(new Row { Record = "pillar", Pillar = N(pillar.Number), Text = pillar.Title, Source = pillar.Source });
            foreach (var action in pillar.Actions)
            {
                rows.Add(new Row
                {
                    Record = "action", Pillar = N(pillar.Number), Code = action.Code, Text = action.Text,
                    MilestoneCodes = string.Join(";", action.MilestoneCodes), RocbSpecific = action.RocbSpecific ? "true" : "false",
                    RspDeliverables = action.RspDeliverables, Source = action.Source,
                });
                rows.AddRange(action.Kpis.Select(k => new Row
                {
                    Record = "kpi", Pillar = N(pillar.Number), Action = action.Code, Code = k.Code, Text = k.Name, KpiKind = KebabEnum.Name(k.Kind),
                    ComputedFrom = k.ComputedFrom, MilestoneCode = k.MilestoneCode, TargetText = k.TargetText,
                    Comparator = KebabEnum.Name(k.Target.Comparator), Value = N(k.Target.Value), Unit = k.Target.Unit,
                    Denominator = k.Target.Denominator is { } d ? N(d) : null, Scale = k.Target.Scale is { } s ? N(s) : null,
                    Period = KebabEnum.Name(k.Target.Period), Deadline = k.Deadline is { } dl ? Date(dl) : null, Source = k.Source, Note = k.Note,
                }));
            }
        }
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(writer, Config);
        csv.WriteRecords(rows);
        return writer.ToString();
    }

    /// <summary>Reads a plan CSV. Problems that stop the reading are reported with their row (1 = the first data row).</summary>
    public static (PlanFile? File, List<ImportProblemDto> Problems, Dictionary<string, int> RowOfPath) Read(string text)
    {
        var problems = new List<ImportProblemDto>();
        var rowOf = new Dictionary<string, int>();
        List<Row> rows;
        try
        {
            using var reader = new StringReader(text);
            using var csv = new CsvReader(reader, Config);
            rows = csv.GetRecords<Row>().ToList();
        }
        catch (Exception e) when (e is CsvHelperException or BadDataException)
        {
            problems.Add(new ImportProblemDto("csv", null, $"The CSV cannot be read: {e.Message.Split('\n')[0]}"));
            return (null, problems, rowOf);
        }

        var planRows = rows.Select((r, i) => (r, i)).Where(x => x.r.Record == "plan").ToList();
        if (planRows.Count != 1)
        {
            problems.Add(new ImportProblemDto("plan", null, "The CSV needs exactly one row whose record is 'plan'."));
            return (null, problems, rowOf);
        }
        var (p, pi) = planRows[0];
        rowOf["plan"] = pi + 1;
        void Problem(int index, string column, string message) => problems.Add(new ImportProblemDto(column, index + 1, message));
        T ParseEnum<T>(string? value, int index, string column) where T : struct, Enum
        {
            if (KebabEnum.TryParse<T>(value, out var parsed)) return parsed;
            Problem(index, column, $"'{value}' is not one of: {KebabEnum.Names<T>()}.");
            return default;
        }
        DateOnly ParseDate(string? value, int index, string column)
        {
            if (DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            Problem(index, column, $"'{value}' is not a date (YYYY-MM-DD).");
            return default;
        }
        decimal? ParseNumber(string? value, int index, string column, bool required)
        {
            if (string.IsNullOrWhiteSpace(value)) { if (required) Problem(index, column, "A number is required."); return null; }
            if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n)) return n;
            Problem(index, column, $"'{value}' is not a number.");
            return null;
        }
        int ParsePillar(string? value, int index)
        {
            if (int.TryParse(value, CultureInfo.InvariantCulture, out var n)) return n;
            Problem(index, "pillar", $"'{value}' is not a pillar number.");
            return 0;
        }

        var milestones = new List<MilestoneData>();
        var pillars = new List<PillarData>();
        // Actions in file order per pillar; duplicates are kept so that the validator can name them.
        var pillarActions = new Dictionary<int, List<(string Code, List<KpiData> Kpis, ActionData Action, int Row)>>();
        var kpiRows = new Dictionary<(int ActionRow, int Kpi), int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            switch (r.Record)
            {
                case "plan":
                    break;
                case "milestone":
                    rowOf[$"plan.milestones[{milestones.Count}]"] = i + 1;
                    milestones.Add(new MilestoneData
                    {
                        Code = r.Code?.Trim() ?? "", Reference = r.Text?.Trim() ?? "", TopicCode = Clean(r.TopicCode), Source = Clean(r.Source),
                        Follows = (r.Follows ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                            .Select(f => f.Split(':', 2)).Select(f => (Ref: f[0].Split(' ', 2, StringSplitOptions.TrimEntries), Reason: f.ElementAtOrDefault(1)?.Trim() ?? ""))
                            .Select(f => new MilestoneRefData { PlanCode = f.Ref[0], MilestoneCode = f.Ref.ElementAtOrDefault(1) ?? "", Reason = f.Reason }).ToList(),
                    });
                    break;
                case "pillar":
                    var number = ParsePillar(r.Pillar, i);
                    rowOf[$"plan.pillars[{pillars.Count}]"] = i + 1;
                    pillars.Add(new PillarData { Number = number, Title = r.Text?.Trim() ?? "", Source = Clean(r.Source) });
                    pillarActions[number] = [];
                    break;
                case "action":
                    var pillarNumber = ParsePillar(r.Pillar, i);
                    if (!pillarActions.TryGetValue(pillarNumber, out var list)) { Problem(i, "pillar", $"Pillar {r.Pillar} has no 'pillar' row above this action."); break; }
                    var kpis = new List<KpiData>();
                    list.Add((r.Code?.Trim() ?? "", kpis, new ActionData
                    {
                        Code = r.Code?.Trim() ?? "", Text = r.Text?.Trim() ?? "", RocbSpecific = r.RocbSpecific?.Trim().ToLowerInvariant() is "true" or "yes" or "1",
                        MilestoneCodes = (r.MilestoneCodes ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                        RspDeliverables = Clean(r.RspDeliverables), Source = Clean(r.Source), Kpis = kpis,
                    }, i));
                    break;
                case "kpi":
                    var owner = pillarActions.GetValueOrDefault(ParsePillar(r.Pillar, i))?.FirstOrDefault(a => a.Code == r.Action?.Trim());
                    if (owner is not { } target) { Problem(i, "action", $"There is no action {r.Pillar}-{r.Action} above this KPI."); break; }
                    target.Kpis.Add(new KpiData
                    {
                        Code = r.Code?.Trim() ?? "", Name = r.Text?.Trim() ?? "", Kind = ParseEnum<KpiKind>(r.KpiKind, i, "kpiKind"),
                        ComputedFrom = r.ComputedFrom?.Trim() ?? "", MilestoneCode = Clean(r.MilestoneCode), TargetText = r.TargetText?.Trim() ?? "",
                        Target = new TargetData
                        {
                            Comparator = ParseEnum<Comparator>(r.Comparator, i, "comparator"), Value = ParseNumber(r.Value, i, "value", true) ?? 0,
                            Unit = r.Unit?.Trim() ?? "", Denominator = (int?)ParseNumber(r.Denominator, i, "denominator", false),
                            Scale = ParseNumber(r.Scale, i, "scale", false), Period = ParseEnum<TargetPeriod>(r.Period, i, "period"),
                        },
                        Deadline = string.IsNullOrWhiteSpace(r.Deadline) ? null : ParseDate(r.Deadline, i, "deadline"),
                        Source = Clean(r.Source), Note = Clean(r.Note),
                    });
                    kpiRows[(target.Row, target.Kpis.Count - 1)] = i + 1;
                    break;
                default:
                    Problem(i, "record", $"'{r.Record}' is not a record kind (plan, milestone, pillar, action, kpi).");
                    break;
            }
        }

        var file = new PlanFile
        {
            Plan = new PlanData
            {
                Code = p.PlanCode?.Trim() ?? "", Kind = ParseEnum<PlanKind>(p.Kind, pi, "kind"), Title = p.Text?.Trim() ?? "",
                RegionCode = p.RegionCode?.Trim() ?? "", StartsOn = ParseDate(p.StartsOn, pi, "startsOn"), EndsOn = ParseDate(p.EndsOn, pi, "endsOn"),
                ParentPlanCode = Clean(p.ParentPlanCode), Source = Clean(p.Source), Milestones = milestones,
                Pillars = pillars.Select((pillar, n) => pillar with
                {
                    Actions = pillarActions[pillar.Number].Select((entry, a) =>
                    {
                        rowOf[$"plan.pillars[{n}].actions[{a}]"] = entry.Row + 1;
                        for (var k = 0; k < entry.Kpis.Count; k++)
                            if (kpiRows.TryGetValue((entry.Row, k), out var row)) rowOf[$"plan.pillars[{n}].actions[{a}].kpis[{k}]"] = row;
                        return entry.Action;
                    }).ToList(),
                }).ToList(),
            },
        };
        return (file, problems, rowOf);
    }

    /// <summary>The CSV row a validation path points into (its longest known prefix).</summary>
    public static int? RowFor(string path, IReadOnlyDictionary<string, int> rowOf)
    {
        for (var candidate = path; candidate.Length > 0; candidate = candidate[..Math.Max(0, candidate.LastIndexOfAny(['.', '[']))])
        {
            if (rowOf.TryGetValue(candidate, out var row)) return row;
            if (candidate.LastIndexOfAny(['.', '[']) < 0) break;
        }
        return null;
    }

    private static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);
    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
