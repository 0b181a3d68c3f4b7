using System.Globalization;
using CsvHelper;
using FluentValidation;
using MediatR;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Spreadsheets;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsAnalysis;

/// <summary>A file to download: its bytes, content type and name.</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// The analysis as a file. XLSX: one sheet per part (Demand, Topics, Members, High impact, Supply, Gaps, Proposals).
/// CSV: one table in long form — section, topic, sub-region, Member, measure, value, detail — one row per figure, so that
/// every part fits in one file and a spreadsheet can pivot it.
/// </summary>
public sealed record ExportNeedsAnalysis(int CycleId, string? Format, int? SubRegionId = null) : IQuery<ExportFile>;

/// <summary>The draft work plan as a file: one row per item (XLSX: plus an Evidence sheet, one row per answer).</summary>
public sealed record ExportWorkPlanDraft(int CycleId, string? Format) : IQuery<ExportFile>;

public sealed class ExportNeedsAnalysisValidator : AbstractValidator<ExportNeedsAnalysis>
{
    public ExportNeedsAnalysisValidator() =>
        RuleFor(q => q.Format).Must(NeedsExports.IsFormat).WithMessage("Choose format=csv or format=xlsx.");
}

public sealed class ExportWorkPlanDraftValidator : AbstractValidator<ExportWorkPlanDraft>
{
    public ExportWorkPlanDraftValidator() =>
        RuleFor(q => q.Format).Must(NeedsExports.IsFormat).WithMessage("Choose format=csv or format=xlsx.");
}

internal static class NeedsExports
{
    public static bool IsFormat(string? format) => format is "csv" or "xlsx";

    public static ExportFile Write(string format, string name, IReadOnlyList<(string Sheet, string[] Header, List<object?[]> Rows)> sheets,
        Func<string> csv) =>
        format == "xlsx"
            ? new ExportFile(sheets.Aggregate(new XlsxWriter(), (w, s) => w.Sheet(s.Sheet, s.Header, s.Rows)).ToBytes(), XlsxWriter.ContentType, name + ".xlsx")
            : new ExportFile(new System.Text.UTF8Encoding(false).GetBytes(csv()), CsvBody.ContentType + "; charset=utf-8", name + ".csv");

    public static string Csv(string[] header, IEnumerable<object?[]> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(text, CultureInfo.InvariantCulture);
        foreach (var h in header) csv.WriteField(h);
        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var value in row) csv.WriteField(value is null ? "" : Convert.ToString(value, CultureInfo.InvariantCulture));
            csv.NextRecord();
        }
        csv.Flush();
        return text.ToString();
    }

    public static string Kebab<T>(T value) where T : struct, Enum => KebabEnum.Name(value);
}

internal sealed class ExportNeedsAnalysisHandler(RocbDbContext db) : IRequestHandler<ExportNeedsAnalysis, ExportFile>
{
    private static readonly string[] LongHeader = ["section", "topic", "subRegion", "member", "measure", "value", "detail"];

    public async Task<ExportFile> Handle(ExportNeedsAnalysis request, CancellationToken cancellationToken)
    {
        var a = await NeedsAnalysisBuilder.BuildAsync(db, request.CycleId, request.SubRegionId, cancellationToken);
        var sheets = new List<(string, string[], List<object?[]>)>
        {
            ("Demand", ["topic", "topicName", "subRegion", "subRegionName", "members", "weightedNeed", "highNeedMembers"],
                a.Demand.Select(d => new object?[] { d.TopicCode, d.TopicName, d.SubRegionCode, d.SubRegionName, d.Members, d.WeightedNeed, d.HighNeedMembers }).ToList()),
            ("Topics", ["topic", "topicName", "members", "weightedNeed", "highNeedMembers", "previousMembers", "previousWeightedNeed", "membersChange", "weightedNeedChange"],
                a.Topics.Select(t => new object?[] { t.TopicCode, t.TopicName, t.Members, t.WeightedNeed, t.HighNeedMembers, t.PreviousMembers,
                    t.PreviousWeightedNeed, t.MembersChange, t.WeightedNeedChange }).ToList()),
            ("Members", ["member", "memberName", "responseId", "revision", "priorities", "topNeeds"],
                a.Members.Select(m => new object?[] { m.MemberCode, m.MemberName, m.ResponseId, m.Revision,
                    string.Join("; ", m.Priorities.Select(p => $"{p.TopicCode} ({p.NeedLevel?.ToString(CultureInfo.InvariantCulture) ?? "-"})")),
                    string.Join("; ", m.TopNeeds.Select(p => $"{p.TopicCode} ({p.NeedLevel})")) }).ToList()),
            ("High impact", ["member", "topic", "needLevel", "plan", "milestone", "milestoneReference", "milestoneStatus", "kpis"],
                a.HighImpact.Select(h => new object?[] { h.MemberCode, h.TopicCode, h.NeedLevel, h.PlanCode, h.MilestoneCode, h.MilestoneReference,
                    h.MilestoneStatus ?? "not reported", string.Join("; ", h.Kpis.Select(k => $"{k.PillarNumber}-{k.Code} {k.Name}")) }).ToList()),
            ("Supply", ["topic", "topicName", "accreditedExperts", "byLanguage", "bySubRegion"],
                a.Supply.Select(s => new object?[] { s.TopicCode, s.TopicName, s.AccreditedExperts,
                    string.Join("; ", s.ByLanguage.Select(l => $"{l.Language} {l.Experts}")),
                    string.Join("; ", s.BySubRegion.Select(x => $"{x.SubRegionCode ?? "outside"} {x.Experts}")) }).ToList()),
            ("Gaps", ["topic", "topicName", "demandMembers", "accreditedExperts", "membersPerExpert", "short", "expertsToAccredit"],
                a.Gaps.Select(g => new object?[] { g.TopicCode, g.TopicName, g.DemandMembers, g.AccreditedExperts, g.MembersPerExpert, g.Short ? "yes" : "no",
                    g.ExpertsToAccredit }).ToList()),
            ("Proposals", ["position", "kind", "activityType", "title", "topic", "subRegionId", "memberIds", "quarter", "expertsNeeded", "reason", "evidence"],
                a.Proposals.Select((p, i) => new object?[] { i + 1, NeedsExports.Kebab(p.Kind), NeedsExports.Kebab(p.ActivityType), p.Title, p.TopicCode,
                    p.SubRegionId, string.Join(" ", p.MemberIds), p.Quarter, p.ExpertsNeeded, p.Reason, Evidence(p.Evidence) }).ToList()),
        };
        var name = $"needs-analysis-{a.Cycle.Id}" + (a.SubRegionId is { } s ? $"-sub-region-{s}" : "");
        return NeedsExports.Write(request.Format!, name, sheets, () => NeedsExports.Csv(LongHeader, LongRows(a)));
    }

    internal static string Evidence(IEnumerable<NeedsEvidenceDto> evidence) => string.Join("; ", evidence.Select(e =>
        $"{e.MemberCode} {e.TopicCode} need {e.NeedLevel}" + (e.PreferredDelivery is null ? "" : $" {e.PreferredDelivery}") +
        (e.PreferredQuarter is null ? "" : $" Q{e.PreferredQuarter}") + $" (response {e.ResponseId} rev {e.Revision})"));

    private static IEnumerable<object?[]> LongRows(NeedsAnalysisDto a)
    {
        yield return ["cycle", null, null, null, "submittedResponses", a.Respondents.Submitted, $"{a.Cycle.Name} ({a.Cycle.FiscalYearLabel}); {a.Basis}"];
        yield return ["cycle", null, null, null, "membersAsked", a.Respondents.Asked, null];
        foreach (var d in a.Demand)
        {
            yield return ["demand", d.TopicCode, d.SubRegionCode, null, "members", d.Members, null];
            yield return ["demand", d.TopicCode, d.SubRegionCode, null, "weightedNeed", d.WeightedNeed, null];
            yield return ["demand", d.TopicCode, d.SubRegionCode, null, "highNeedMembers", d.HighNeedMembers, null];
        }
        foreach (var t in a.Topics)
        {
            yield return ["topic", t.TopicCode, null, null, "members", t.Members, null];
            yield return ["topic", t.TopicCode, null, null, "weightedNeed", t.WeightedNeed, null];
            yield return ["topic", t.TopicCode, null, null, "previousMembers", t.PreviousMembers, a.PreviousCycle?.Name];
            yield return ["topic", t.TopicCode, null, null, "previousWeightedNeed", t.PreviousWeightedNeed, a.PreviousCycle?.Name];
        }
        foreach (var m in a.Members)
        {
            foreach (var (p, rank) in m.Priorities.Select((p, i) => (p, i + 1)))
                yield return ["priority", p.TopicCode, null, m.MemberCode, "rank", rank, p.NeedLevel is null ? null : $"need {p.NeedLevel}"];
            foreach (var n in m.TopNeeds) yield return ["topNeed", n.TopicCode, null, m.MemberCode, "needLevel", n.NeedLevel, null];
        }
        foreach (var h in a.HighImpact)
            yield return ["highImpact", h.TopicCode, null, h.MemberCode, "needLevel", h.NeedLevel,
                $"{h.PlanCode} {h.MilestoneCode} ({h.MilestoneStatus ?? "not reported"}); KPIs: {string.Join(", ", h.Kpis.Select(k => $"{k.PillarNumber}-{k.Code}"))}"];
        foreach (var s in a.Supply)
        {
            yield return ["supply", s.TopicCode, null, null, "accreditedExperts", s.AccreditedExperts, $"valid on {a.SupplyAsOf:yyyy-MM-dd}"];
            foreach (var l in s.ByLanguage) yield return ["supplyLanguage", s.TopicCode, null, null, l.Language, l.Experts, null];
            foreach (var x in s.BySubRegion) yield return ["supplySubRegion", s.TopicCode, x.SubRegionCode ?? "outside", null, "experts", x.Experts, null];
        }
        foreach (var g in a.Gaps)
        {
            yield return ["gap", g.TopicCode, null, null, "demandMembers", g.DemandMembers, g.Short ? "short" : null];
            yield return ["gap", g.TopicCode, null, null, "accreditedExperts", g.AccreditedExperts, g.Short ? $"accredit {g.ExpertsToAccredit}" : null];
        }
        foreach (var (p, i) in a.Proposals.Select((p, i) => (p, i + 1)))
            yield return ["proposal", p.TopicCode, p.SubRegionId?.ToString(CultureInfo.InvariantCulture), string.Join(" ", p.Evidence.Select(e => e.MemberCode).Distinct()),
                NeedsExports.Kebab(p.Kind), i, $"{p.Title}. {p.Reason}"];
    }
}

internal sealed class ExportWorkPlanDraftHandler(RocbDbContext db) : IRequestHandler<ExportWorkPlanDraft, ExportFile>
{
    private static readonly string[] Header =
    [
        "position", "kind", "title", "activityType", "topic", "members", "subRegionId", "quarter", "actionIds", "expertsNeeded", "origin",
        "reason", "evidence", "notes", "activityId",
    ];

    public async Task<ExportFile> Handle(ExportWorkPlanDraft request, CancellationToken cancellationToken)
    {
        var draft = await WorkPlanDrafts.ToDtoAsync(db, await WorkPlanDrafts.LoadAsync(db, request.CycleId, cancellationToken), cancellationToken);
        var codes = (await NeedsAnalysisQueries.NamesAsync(db, NeedsAnalysisQueries.MembersSql, cancellationToken)).ToDictionary(m => m.Id, m => m.Code);
        var rows = draft.Items.Select(i => new object?[]
        {
            i.Position, NeedsExports.Kebab(i.Kind), i.Title, NeedsExports.Kebab(i.ActivityType), i.TopicCode,
            string.Join(" ", i.MemberIds.Select(m => codes.GetValueOrDefault(m, m.ToString(CultureInfo.InvariantCulture)))), i.SubRegionId, i.Quarter,
            string.Join(" ", i.ActionIds), i.ExpertsNeeded, NeedsExports.Kebab(i.Origin), i.Reason, ExportNeedsAnalysisHandler.Evidence(i.Evidence),
            i.Notes, i.ActivityId,
        }).ToList();
        var evidence = draft.Items.SelectMany(i => i.Evidence.Select(e => new object?[]
        {
            i.Position, e.MemberCode, e.TopicCode, e.NeedLevel, e.PreferredDelivery, e.PreferredQuarter, e.CycleId, e.ResponseId, e.Revision,
        })).ToList();
        var sheets = new List<(string, string[], List<object?[]>)>
        {
            ("Work plan", Header, rows),
            ("Evidence", ["position", "member", "topic", "needLevel", "preferredDelivery", "preferredQuarter", "cycleId", "responseId", "revision"], evidence),
        };
        return NeedsExports.Write(request.Format!, $"work-plan-{draft.CycleId}-{draft.FiscalYearLabel.Replace('/', '-')}", sheets,
            () => NeedsExports.Csv(Header, rows));
    }
}
