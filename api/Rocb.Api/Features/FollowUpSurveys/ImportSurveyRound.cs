using System.Globalization;
using System.Text.RegularExpressions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Features.Plans;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.FollowUpSurveys;

/// <summary>
/// A round of the follow-up survey with its raw replies, as transcribed from a published report (the format of
/// Persistence/Seed/followup-2018-19.json). Other properties of the file (the published tables, headlines and
/// discrepancies kept for reference) are not imported.
/// </summary>
public sealed record SurveyRoundFile
{
    public string? Description { get; init; }
    public SurveyRoundData Round { get; init; } = null!;
    public IReadOnlyList<SurveyWorkshopData> Workshops { get; init; } = [];
    public IReadOnlyList<SurveyReplyData> Replies { get; init; } = [];
}

public sealed record SurveyRoundData
{
    public string Code { get; init; } = "";
    public string Title { get; init; } = "";
    /// <summary>The fiscal year of the workshops, written FY2018/19.</summary>
    public string FiscalYear { get; init; } = "";
    /// <summary>Days the participants had to reply (default 21).</summary>
    public int? ReplyWindowDays { get; init; }
    public string? Publication { get; init; }
    /// <summary>When the results were published (YYYY-MM or YYYY-MM-DD): the feedback to all participants.</summary>
    public string? PublishedOn { get; init; }
    public string? Source { get; init; }
    public string? Note { get; init; }
}

public sealed record SurveyWorkshopData
{
    /// <summary>The workshop's number in the report's tables.</summary>
    public int Number { get; init; }
    /// <summary>A stable key: the activity's reference, so that the activity is found again on a second import.</summary>
    public string Key { get; init; } = "";
    public string Title { get; init; } = "";
    /// <summary>Activity type in kebab case (regional-workshop, sub-regional-workshop, seminar, …).</summary>
    public string Type { get; init; } = "";
    /// <summary>regional or sub-regional.</summary>
    public string SurveyScope { get; init; } = "";
    /// <summary>The month it took place (YYYY-MM).</summary>
    public string Month { get; init; } = "";
    public IReadOnlyList<string> TopicCodes { get; init; } = [];
    public string? HostMemberCode { get; init; }
    public string? Venue { get; init; }
    /// <summary>How many administrations took part, as printed.</summary>
    public int? ParticipatingAdministrations { get; init; }
    public int? RepliesPrinted { get; init; }
    /// <summary>The administrations known to have taken part (they become beneficiary Members, as do those that replied).</summary>
    public IReadOnlyList<string> ParticipatingMemberCodes { get; init; } = [];
    public string? Source { get; init; }
    public string? Note { get; init; }
}

public sealed record SurveyReplyData
{
    public string WorkshopKey { get; init; } = "";
    /// <summary>The replying administration; null only when the source does not name it (then respondentLabel).</summary>
    public string? MemberCode { get; init; }
    public string? RespondentLabel { get; init; }
    public SurveyReplyActionsData Actions { get; init; } = new();
    public string? OthersText { get; init; }
    public bool? DirectEffects { get; init; }
    public string? DirectEffectsExample { get; init; }
    public bool? EfficiencyImproved { get; init; }
    public bool? NewProject { get; init; }
    public string? SuccessStory { get; init; }
    public DateOnly? ReceivedOn { get; init; }
    public string? Source { get; init; }
    public string? Note { get; init; }
}

/// <summary>The follow-up actions taken, as the questionnaire asks them; null when not known.</summary>
public sealed record SurveyReplyActionsData
{
    public bool? ShareMaterials { get; init; }
    public bool? SubmitReports { get; init; }
    public bool? MakeRecommendations { get; init; }
    public bool? InHouseWorkshop { get; init; }
    public bool? OperationalManuals { get; init; }
    public bool? Others { get; init; }
}

/// <summary>
/// Imports a round with its raw replies. Each workshop's activity is found by its reference (the workshop key) or
/// created (delivered, organised by the ROCB, dated to the month printed, with its topics); the administrations that
/// replied or are listed as participating become its beneficiary Members. The round's workshops keep the printed
/// number of participating administrations; each was asked six months after the end of its month (as the report says),
/// and the publication of the results is recorded as the feedback to all. Historic replies are kept as printed, even
/// where the source's example and answer disagree. A dry run reports every problem by row and writes nothing; otherwise
/// everything is written or nothing. What already exists (round by code, workshop by activity, reply by workshop and
/// administration) is left as it is, so importing the same file again changes nothing.
/// </summary>
public sealed record ImportSurveyRound(SurveyRoundFile File, bool DryRun) : ICommand<ImportReportDto>;

internal sealed partial class ImportSurveyRoundHandler(RocbDbContext db) : IRequestHandler<ImportSurveyRound, ImportReportDto>
{
    [GeneratedRegex(@"^FY(\d{4})/(\d{2})$")]
    private static partial Regex FiscalYearPattern();

    public async Task<ImportReportDto> Handle(ImportSurveyRound request, CancellationToken cancellationToken)
    {
        var file = request.File;
        var problems = new List<ImportProblemDto>();
        var members = await db.Members.ToDictionaryAsync(m => m.Code, m => m.Id, cancellationToken);
        var topics = await db.Topics.ToDictionaryAsync(t => t.Code, t => t.Id, cancellationToken);

        // The round.
        var round = file.Round;
        int? fiscalYear = null;
        DateOnly? publishedOn = null;
        void RoundProblem(string field, string message) => problems.Add(new ImportProblemDto($"round.{field}", null, message));
        if (round is null) problems.Add(new ImportProblemDto("round", null, "The file needs a round (code, title, fiscalYear)."));
        else
        {
            if (string.IsNullOrWhiteSpace(round.Code) || round.Code.Trim().Length > 30) RoundProblem("code", "Give the round a code of at most 30 characters.");
            if (string.IsNullOrWhiteSpace(round.Title) || round.Title.Trim().Length > 300) RoundProblem("title", "Give the round a title of at most 300 characters.");
            var fy = FiscalYearPattern().Match(round.FiscalYear ?? "");
            if (fy.Success && (int.Parse(fy.Groups[1].Value, CultureInfo.InvariantCulture) + 1) % 100 == int.Parse(fy.Groups[2].Value, CultureInfo.InvariantCulture))
                fiscalYear = int.Parse(fy.Groups[1].Value, CultureInfo.InvariantCulture);
            else RoundProblem("fiscalYear", "Write the fiscal year as FY2018/19.");
            if (round.ReplyWindowDays is < 1 or > 365) RoundProblem("replyWindowDays", "The reply window is 1 to 365 days.");
            if (round.PublishedOn is { } published)
            {
                publishedOn = Month(published) ?? (DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null);
                if (publishedOn is null) RoundProblem("publishedOn", "Write the publication date as YYYY-MM or YYYY-MM-DD.");
            }
            if (round.Publication?.Trim().Length > 300) RoundProblem("publication", "At most 300 characters.");
        }

        // The workshops.
        var workshops = new Dictionary<string, (SurveyWorkshopData Data, ActivityType Type, WorkshopScope Scope, DateOnly Month)>();
        for (var i = 0; i < file.Workshops.Count; i++)
        {
            var row = file.Workshops[i];
            var at = $"workshops[{i}]";
            var problemCount = problems.Count;
            void Problem(string field, string message) => problems.Add(new ImportProblemDto($"{at}.{field}", i + 1, message));
            if (string.IsNullOrWhiteSpace(row.Key) || row.Key.Trim().Length > 50) Problem("key", "Give the workshop a key of at most 50 characters (the activity's reference).");
            else if (workshops.ContainsKey(row.Key.Trim())) Problem("key", $"Another workshop of the file has the key '{row.Key}'.");
            if (row.Number < 1) Problem("number", "Workshops are numbered from 1.");
            else if (file.Workshops.Take(i).Any(w => w.Number == row.Number)) Problem("number", $"Another workshop of the file has number {row.Number}.");
            if (string.IsNullOrWhiteSpace(row.Title) || row.Title.Trim().Length > 500) Problem("title", "Give the workshop's title (at most 500 characters).");
            if (!KebabEnum.TryParse<ActivityType>(row.Type, out var type)) Problem("type", $"The activity type must be one of: {KebabEnum.Names<ActivityType>()}.");
            else if (type == ActivityType.AccreditationWorkshop) Problem("type", "Accreditation workshops are not part of the follow-up survey.");
            if (!KebabEnum.TryParse<WorkshopScope>(row.SurveyScope, out var scope)) Problem("surveyScope", "surveyScope must be regional or sub-regional.");
            var month = Month(row.Month);
            if (month is null) Problem("month", "Write the month as YYYY-MM.");
            foreach (var code in row.TopicCodes.Where(c => !topics.ContainsKey(c))) Problem("topicCodes", $"Unknown topic '{code}'.");
            if (row.HostMemberCode is { } host && !members.ContainsKey(host)) Problem("hostMemberCode", $"Unknown Member '{host}'.");
            foreach (var code in row.ParticipatingMemberCodes.Where(c => !members.ContainsKey(c))) Problem("participatingMemberCodes", $"Unknown Member '{code}'.");
            if (row.ParticipatingAdministrations is < 0) Problem("participatingAdministrations", "The number of administrations cannot be negative.");
            if (row.Venue?.Length > 200) Problem("venue", "At most 200 characters.");
            if (problems.Count == problemCount) workshops[row.Key.Trim()] = (row, type, scope, month!.Value);
        }

        // The replies.
        var seen = new HashSet<(string Workshop, string Respondent)>();
        for (var i = 0; i < file.Replies.Count; i++)
        {
            var row = file.Replies[i];
            var at = $"replies[{i}]";
            void Problem(string field, string message) => problems.Add(new ImportProblemDto($"{at}.{field}", i + 1, message));
            if (!file.Workshops.Any(w => w.Key?.Trim() == row.WorkshopKey?.Trim())) Problem("workshopKey", $"No workshop of the file has the key '{row.WorkshopKey}'.");
            if (row.MemberCode is { } code && !members.ContainsKey(code)) Problem("memberCode", $"Unknown Member '{code}'.");
            if (row.MemberCode is null && string.IsNullOrWhiteSpace(row.RespondentLabel))
                Problem("memberCode", "Say which administration replied (memberCode), or label the respondent when the source does not name it.");
            if (row.RespondentLabel?.Length > 100) Problem("respondentLabel", "At most 100 characters.");
            if (row.OthersText?.Length > 2000) Problem("othersText", "At most 2000 characters.");
            if (row.DirectEffectsExample?.Length > 4000) Problem("directEffectsExample", "At most 4000 characters.");
            if (row.SuccessStory?.Length > 4000) Problem("successStory", "At most 4000 characters.");
            var respondent = row.MemberCode ?? $"label:{row.RespondentLabel?.Trim()}";
            if (!seen.Add((row.WorkshopKey?.Trim() ?? "", respondent)))
                Problem(row.MemberCode is null ? "respondentLabel" : "memberCode",
                    $"A second reply from {row.MemberCode ?? row.RespondentLabel} about workshop '{row.WorkshopKey}': one reply per administration and workshop.");
        }

        // What exists already.
        var keys = workshops.Keys.ToList();
        var activities = await db.Activities.Include(a => a.Members).Where(a => a.Reference != null && keys.Contains(a.Reference))
            .ToDictionaryAsync(a => a.Reference!, cancellationToken);
        var roundCode = round?.Code?.Trim();
        var existingRound = string.IsNullOrEmpty(roundCode) ? null
            : await db.SurveyRounds.Include(r => r.Workshops).ThenInclude(w => w.Replies).SingleOrDefaultAsync(r => r.Code == roundCode, cancellationToken);
        var counts = new Dictionary<string, int>
        {
            ["workshops"] = file.Workshops.Count, ["replies"] = file.Replies.Count,
            ["activitiesCreated"] = workshops.Keys.Count(k => !activities.ContainsKey(k)),
            ["roundsCreated"] = existingRound is null ? 1 : 0,
        };
        SurveyWorkshop? ExistingWorkshop(string key) =>
            activities.TryGetValue(key, out var activity) ? existingRound?.Workshops.SingleOrDefault(w => w.ActivityId == activity.Id) : null;
        bool Recorded(SurveyReplyData reply) =>
            ExistingWorkshop(reply.WorkshopKey.Trim()) is { } workshop && workshop.Replies.Any(r => reply.MemberCode is { } code
                ? members.TryGetValue(code, out var memberId) && r.MemberId == memberId
                : r.MemberId == null && r.RespondentLabel == reply.RespondentLabel?.Trim());
        counts["workshopsCreated"] = workshops.Keys.Count(k => ExistingWorkshop(k) is null);
        counts["repliesCreated"] = problems.Count > 0 ? 0 : file.Replies.Count(r => !Recorded(r));
        counts["repliesAlreadyRecorded"] = problems.Count > 0 ? 0 : file.Replies.Count - counts["repliesCreated"];
        if (problems.Count > 0 || request.DryRun) return new ImportReportDto(request.DryRun, false, problems, counts);

        // Activities, with the administrations that replied or took part as beneficiaries.
        var memberEntities = await db.Members.ToDictionaryAsync(m => m.Code, cancellationToken);
        var topicEntities = await db.Topics.ToDictionaryAsync(t => t.Code, cancellationToken);
        foreach (var (key, (data, type, _, month)) in workshops)
        {
            if (!activities.TryGetValue(key, out var activity))
            {
                activity = new Activity
                {
                    Reference = key, Title = data.Title.Trim(), Type = type, Status = ActivityStatus.Delivered, RocbRole = RocbInvolvement.Organised,
                    DatePrecision = DatePrecision.Month, StartsOn = month, EndsOn = month.AddMonths(1).AddDays(-1), Venue = data.Venue,
                    HostMemberId = data.HostMemberCode is null ? null : members[data.HostMemberCode], Source = data.Source, Note = data.Note,
                    Topics = data.TopicCodes.Distinct().Select(c => topicEntities[c]).ToList(),
                };
                db.Activities.Add(activity);
                activities[key] = activity;
            }
            var beneficiaries = data.ParticipatingMemberCodes
                .Concat(file.Replies.Where(r => r.WorkshopKey.Trim() == key && r.MemberCode is not null).Select(r => r.MemberCode!))
                .Distinct();
            foreach (var code in beneficiaries.Where(c => activity.Members.All(m => m.Code != c)))
                activity.Members.Add(memberEntities[code]);
        }
        await db.SaveChangesAsync(cancellationToken);

        // The round and its workshops.
        var surveyRound = existingRound;
        if (surveyRound is null)
        {
            surveyRound = new SurveyRound
            {
                Code = round!.Code.Trim(), Title = round.Title.Trim(), FiscalYear = fiscalYear!.Value, ReplyWindowDays = round.ReplyWindowDays ?? 21,
                Publication = round.Publication?.Trim(), Source = round.Source,
                Note = string.Join(" ", new[]
                {
                    round.Note,
                    "Imported: each questionnaire is recorded as sent six months after the end of the workshop's month (the report's own " +
                    "timing) and the publication of the results as the feedback to all participants.",
                }.Where(n => !string.IsNullOrWhiteSpace(n))),
            };
            db.SurveyRounds.Add(surveyRound);
        }
        foreach (var (key, (data, _, scope, month)) in workshops)
        {
            if (ExistingWorkshop(key) is not null) continue;
            var sendOn = SurveySchedule.SendOn(month.AddMonths(1).AddDays(-1));
            surveyRound.Workshops.Add(new SurveyWorkshop
            {
                ActivityId = activities[key].Id, Number = data.Number, Scope = scope, SendOn = sendOn, SentOn = sendOn,
                DueOn = sendOn.AddDays(surveyRound.ReplyWindowDays), ParticipatingAdministrations = data.ParticipatingAdministrations,
                FeedbackSentOn = publishedOn is { } feedback && feedback >= sendOn ? feedback : null,
            });
        }
        await db.SaveChangesAsync(cancellationToken);

        // The replies.
        var workshopIds = surveyRound.Workshops.ToDictionary(w => w.ActivityId, w => w.Id);
        foreach (var reply in file.Replies.Where(r => !Recorded(r)))
        {
            var note = string.IsNullOrWhiteSpace(reply.Note) ? "" : $" Note: {reply.Note.Trim()}";
            db.SurveyReplies.Add(new SurveyReply
            {
                WorkshopId = workshopIds[activities[reply.WorkshopKey.Trim()].Id],
                MemberId = reply.MemberCode is null ? null : members[reply.MemberCode],
                RespondentLabel = reply.MemberCode is null ? reply.RespondentLabel?.Trim() : null,
                SharedMaterials = reply.Actions.ShareMaterials, SubmittedReports = reply.Actions.SubmitReports,
                MadeRecommendations = reply.Actions.MakeRecommendations, HeldInHouseWorkshop = reply.Actions.InHouseWorkshop,
                DevelopedManuals = reply.Actions.OperationalManuals, OtherActions = reply.Actions.Others,
                OtherActionsText = Clean(reply.OthersText), DirectEffects = reply.DirectEffects, DirectEffectsExample = Clean(reply.DirectEffectsExample),
                EfficiencyImproved = reply.EfficiencyImproved, NewProject = reply.NewProject, SuccessStory = Clean(reply.SuccessStory),
                ReceivedOn = reply.ReceivedOn, Source = (reply.Source + note).Trim() is { Length: > 0 } source ? source : null,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        return new ImportReportDto(false, true, [], counts);
    }

    private static DateOnly? Month(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;
}
