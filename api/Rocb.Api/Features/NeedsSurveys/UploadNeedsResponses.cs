using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Common.Spreadsheets;
using Rocb.Api.Common.Text;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>
/// Takes in responses from the survey spreadsheet (CSV or XLSX, see <see cref="NeedsUploadFormat"/>). Every row is checked first
/// and each problem reported with its row and column; a dry run only reports. Otherwise, if there is no problem, the responses of
/// every Member in the file are written in one transaction (all or nothing): each Member's rows replace its answers, marked
/// entered by Staff, with a new revision. Status: submitted by default — the spreadsheet is the questionnaire the Member sent
/// back, so each Member's rows must then make a complete response — or draft (<c>status=draft</c>) for partial transcriptions.
/// Rows with no answer at all (e.g. the template's pre-filled rows left empty) are skipped. The cycle must be open; its dates are
/// not checked, since Staff may transcribe questionnaires that arrived in time after the closing date, until they close the cycle.
/// </summary>
public sealed record UploadNeedsResponses(int CycleId, NeedsUploadFormat.Sheet? Sheet, bool DryRun, NeedsResponseStatus Status)
    : ICommand<NeedsUploadReportDto>;

internal sealed class UploadNeedsResponsesHandler(RocbDbContext db, CurrentUser user, TimeProvider clock)
    : IRequestHandler<UploadNeedsResponses, NeedsUploadReportDto>
{
    private const int MaxProblems = 500;

    private sealed record Row(int Number, int MemberId, int QuestionId, int? Priority, NeedsAnswerInput Answer);

    public async Task<NeedsUploadReportDto> Handle(UploadNeedsResponses request, CancellationToken cancellationToken)
    {
        var cycle = await db.NeedsCycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.CycleId, cancellationToken)
                    ?? throw new NotFoundException("Needs survey cycle", request.CycleId);
        if (cycle.Status != NeedsCycleStatus.Open)
            throw new ConflictException(cycle.Status == NeedsCycleStatus.Draft
                ? "Open the cycle before uploading responses."
                : $"The cycle is closed (answers were due by {cycle.ClosesOn:yyyy-MM-dd}); responses can no longer be uploaded.", "cycle");

        var questions = await NeedsResponses.QuestionsAsync(db, cycle.Id, cancellationToken);
        var members = await db.Members.AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var asked = (await db.NeedsCycleMembers.Where(m => m.CycleId == cycle.Id).Select(m => m.MemberId).ToListAsync(cancellationToken)).ToHashSet();
        var topics = await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);

        var problems = new List<NeedsUploadProblemDto>();
        var withProblems = new HashSet<int>();
        var rows = Read(request.Sheet, questions, members, asked, topics, problems, withProblems);

        // Per Member: at most one row per question, priorities 1..3 once each, and (submitting) a complete response.
        var byMember = rows.GroupBy(r => r.MemberId).ToList();
        var codes = members.ToDictionary(m => m.Value, m => m.Key);
        var prepared = new List<(int MemberId, List<NeedsAnswerInput> Answers, List<int> Priorities)>();
        foreach (var group in byMember)
        {
            var memberRows = group.ToList();
            foreach (var duplicate in memberRows.GroupBy(r => r.QuestionId).Where(g => g.Count() > 1))
                foreach (var row in duplicate.Skip(1))
                    Add(problems, row.Number, null, $"{codes[group.Key]} answers this question twice (first in row {duplicate.First().Number}).");
            foreach (var duplicate in memberRows.Where(r => r.Priority is not null).GroupBy(r => r.Priority).Where(g => g.Count() > 1))
                foreach (var row in duplicate.Skip(1))
                    Add(problems, row.Number, "priority", $"{codes[group.Key]} already has priority {row.Priority} (row {duplicate.First().Number}).");
            var answers = memberRows.GroupBy(r => r.QuestionId).Select(g => g.First().Answer).ToList();
            var priorities = memberRows.Where(r => r.Priority is not null).OrderBy(r => r.Priority).Select(r => TopicOf(questions, r.QuestionId))
                .Distinct().ToList();
            // A Member whose rows already have problems is not also told that its response is incomplete.
            if (request.Status == NeedsResponseStatus.Submitted && !withProblems.Contains(group.Key))
                foreach (var failure in NeedsResponses.CheckComplete(questions, answers, priorities))
                    Add(problems, memberRows[0].Number, null,
                        $"{codes[group.Key]}'s response is not complete: {failure.ErrorMessage} (or upload it with status=draft)");
            prepared.Add((group.Key, answers, priorities));
        }
        if (rows.Count == 0 && problems.Count == 0)
            Add(problems, request.Sheet?.HeaderRow ?? 1, null, "The file has no answers.");

        var existing = await db.NeedsResponses.Where(r => r.CycleId == cycle.Id).Select(r => r.MemberId).ToListAsync(cancellationToken);
        var updated = prepared.Count(p => existing.Contains(p.MemberId));
        var report = new NeedsUploadReportDto(request.DryRun, false, rows.Count, prepared.Count, prepared.Count - updated, updated, request.Status, problems);
        if (problems.Count > 0 || request.DryRun) return report;

        var now = NeedsAccess.Now(clock);
        foreach (var (memberId, answers, priorities) in prepared)
        {
            var response = await NeedsResponses.FindAsync(db, cycle.Id, memberId, cancellationToken)
                           ?? new NeedsResponse { CycleId = cycle.Id, MemberId = memberId, Status = NeedsResponseStatus.Draft };
            NeedsResponses.Apply(response, answers, priorities);
            if (request.Status == NeedsResponseStatus.Submitted)
            {
                response.SubmittedAt ??= now;
                response.Status = NeedsResponseStatus.Submitted;
            }
            await NeedsResponses.RecordSaveAsync(db, response, questions, byStaff: true, user.UserId, now, cancellationToken);
        }
        return report with { Committed = true };
    }

    private static int TopicOf(IReadOnlyList<NeedsQuestion> questions, int questionId) => questions.Single(q => q.Id == questionId).TopicId ?? 0;

    private static void Add(List<NeedsUploadProblemDto> problems, int row, string? column, string message)
    {
        if (problems.Count < MaxProblems) problems.Add(new NeedsUploadProblemDto(row, column, message));
    }

    private static List<Row> Read(NeedsUploadFormat.Sheet? sheet, IReadOnlyList<NeedsQuestion> questions, IReadOnlyDictionary<string, int> members,
        HashSet<int> asked, IReadOnlyDictionary<string, int> topics, List<NeedsUploadProblemDto> problems, HashSet<int> withProblems)
    {
        var rows = new List<Row>();
        if (sheet is null)
        {
            Add(problems, 1, null, $"The file is empty: it needs the header {string.Join(",", NeedsUploadFormat.Columns)}.");
            return rows;
        }
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < sheet.Header.Count; i++)
        {
            var name = sheet.Header[i].Trim();
            if (name.Length == 0) continue;
            var known = NeedsUploadFormat.Columns.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (known is null) Add(problems, sheet.HeaderRow, name, $"Unknown column '{name}'. The columns are {string.Join(",", NeedsUploadFormat.Columns)}.");
            else if (!index.TryAdd(known, i)) Add(problems, sheet.HeaderRow, name, $"The column {known} appears twice.");
        }
        foreach (var required in new[] { "member", "topic" }.Where(c => !index.ContainsKey(c)))
            Add(problems, sheet.HeaderRow, required, $"Missing column {required}. The header is {string.Join(",", NeedsUploadFormat.Columns)}.");
        if (problems.Count > 0) return rows;

        var byTopic = questions.Where(q => q.TopicId is not null).ToDictionary(q => q.TopicId!.Value);
        var byPosition = questions.ToDictionary(q => q.Position);
        foreach (var (number, cells) in sheet.Rows)
        {
            string? Field(string name) => index.TryGetValue(name, out var i) && i < cells.Count ? TextInput.Clean(cells[i]) : null;
            var ok = true;
            void Problem(string column, string message)
            {
                Add(problems, number, column, message);
                ok = false;
            }

            var memberCode = Field("member");
            var memberId = 0;
            if (memberCode is null) Problem("member", "Give the Member's code (e.g. TH).");
            else if (!members.TryGetValue(memberCode, out memberId)) Problem("member", $"Unknown Member code '{memberCode}'.");
            else if (!asked.Contains(memberId)) Problem("member", $"{memberCode.ToUpperInvariant()} is not asked in this cycle.");

            NeedsQuestion? question = null;
            var topicCode = Field("topic");
            var questionNumber = Field("question");
            if (topicCode is not null)
            {
                if (!topics.TryGetValue(topicCode, out var topicId)) Problem("topic", $"Unknown topic code '{topicCode}'.");
                else if (!byTopic.TryGetValue(topicId, out question)) Problem("topic", $"The topic '{topicCode}' is not in this cycle's questionnaire.");
            }
            else if (questionNumber is not null)
            {
                if (!int.TryParse(questionNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
                    || !byPosition.TryGetValue(position, out question) || question.Kind != NeedsQuestionKind.Custom)
                {
                    Problem("question", $"'{questionNumber}' is not the number of a custom question of this cycle.");
                    question = null;
                }
            }
            else Problem("topic", "Give the topic code (or, for a custom question, its number in column question).");

            var status = Field("implementationStatus");
            ImplementationStatus? implementation = null;
            if (status is not null)
            {
                if (KebabEnum.TryParse<ImplementationStatus>(status, out var s)) implementation = s;
                else Problem("implementationStatus", $"Unknown status '{status}': one of {KebabEnum.Names<ImplementationStatus>()}.");
            }
            var needLevel = Number(Field("needLevel"), 0, 3, "needLevel", "The need level is 0 (none), 1 (low), 2 (medium) or 3 (high)", Problem);
            var deliveryText = Field("preferredDelivery");
            PreferredDelivery? delivery = null;
            if (deliveryText is not null)
            {
                if (KebabEnum.TryParse<PreferredDelivery>(deliveryText, out var d)) delivery = d;
                else Problem("preferredDelivery", $"Unknown delivery '{deliveryText}': one of {KebabEnum.Names<PreferredDelivery>()}.");
            }
            var quarterText = Field("preferredQuarter");
            if (quarterText is { Length: > 1 } && quarterText[0] is 'Q' or 'q') quarterText = quarterText[1..]; // "Q2" as well as "2"
            var quarter = Number(quarterText, 1, 4, "preferredQuarter",
                "The preferred quarter is 1 (Jul–Sep), 2 (Oct–Dec), 3 (Jan–Mar) or 4 (Apr–Jun) of the fiscal year", Problem);
            var link = Field("nationalPlanLink");
            if (link?.Length > 500) Problem("nationalPlanLink", "At most 500 characters.");
            var remarks = Field("remarks");
            if (remarks?.Length > 2000) Problem("remarks", "At most 2000 characters.");
            var custom = Field("customAnswer");
            if (custom?.Length > 2000) Problem("customAnswer", "At most 2000 characters.");
            var priority = Number(Field("priority"), 1, 3, "priority", "The priority is 1, 2 or 3 (or empty)", Problem);

            if (question?.Kind == NeedsQuestionKind.Custom
                && (implementation is not null || needLevel is not null || delivery is not null || quarter is not null || link is not null || priority is not null))
                Problem("question", "A custom question takes customAnswer (and remarks) only.");
            if (question?.Kind == NeedsQuestionKind.Topic && custom is not null)
                Problem("customAnswer", "customAnswer is for custom questions only (leave topic empty and give question).");

            var answer = new NeedsAnswerInput
            {
                QuestionId = question?.Id ?? 0, ImplementationStatus = implementation, NeedLevel = needLevel, PreferredDelivery = delivery,
                PreferredQuarter = quarter, NationalPlanLink = link, Remarks = remarks, CustomAnswer = custom,
            };
            var empty = implementation is null && needLevel is null && delivery is null && quarter is null && link is null && remarks is null
                        && custom is null && priority is null;
            if (ok && question is not null && !empty) rows.Add(new Row(number, memberId, question.Id, priority, answer));
            else if (!ok && memberId != 0) withProblems.Add(memberId);
        }
        return rows;
    }

    private static int? Number(string? text, int min, int max, string column, string rule, Action<string, string> problem)
    {
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        problem(column, $"{rule}; '{text}' is outside the scale.");
        return null;
    }
}
