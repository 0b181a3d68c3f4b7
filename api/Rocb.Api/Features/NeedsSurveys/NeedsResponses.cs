using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Hosting;
using Rocb.Api.Common.Security;
using Rocb.Api.Common.Text;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>
/// The rules of a response shared by the form, the submit and the upload: what a draft may hold, what a submitted response
/// must hold, and how a save is written (answers replaced, revision bumped, a snapshot kept).
/// </summary>
public static class NeedsResponses
{
    public const int MaxPriorities = 3;
    private static readonly JsonSerializerOptions SnapshotJson = CreateJson();

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ServiceRegistration.ConfigureJson(options);
        return options;
    }

    /// <summary>Rules that hold for every save, draft or not: the scales and the lengths.</summary>
    public static void AnswerRules<T>(this AbstractValidator<T> v, Func<T, IReadOnlyList<NeedsAnswerInput>?> answers, Func<T, IReadOnlyList<int>?> priorities)
    {
        v.RuleForEach(x => answers(x) ?? Array.Empty<NeedsAnswerInput>()).ChildRules(a =>
        {
            a.RuleFor(i => i.NeedLevel).InclusiveBetween(0, 3)
                .WithMessage("The need level is 0 (none), 1 (low), 2 (medium) or 3 (high).");
            a.RuleFor(i => i.PreferredQuarter).InclusiveBetween(1, 4)
                .WithMessage("The preferred quarter is 1 (Jul–Sep), 2 (Oct–Dec), 3 (Jan–Mar) or 4 (Apr–Jun) of the fiscal year.");
            a.RuleFor(i => i.ImplementationStatus).IsInEnum();
            a.RuleFor(i => i.PreferredDelivery).IsInEnum();
            a.RuleFor(i => i.NationalPlanLink).MaximumLength(500).WithMessage("At most 500 characters.");
            a.RuleFor(i => i.Remarks).MaximumLength(2000).WithMessage("At most 2000 characters.");
            a.RuleFor(i => i.CustomAnswer).MaximumLength(2000).WithMessage("At most 2000 characters.");
        }).OverridePropertyName("answers");
        v.RuleFor(x => answers(x) ?? Array.Empty<NeedsAnswerInput>())
            .Must(list => list.Count <= NeedsQuestionnaire.MaxQuestions).OverridePropertyName("answers")
            .WithMessage($"At most {NeedsQuestionnaire.MaxQuestions} answers.");
        v.RuleFor(x => priorities(x) ?? Array.Empty<int>())
            .Must(p => p.Count <= MaxPriorities).OverridePropertyName("priorityTopicIds").WithMessage("At most three priorities.")
            .Must(p => p.Distinct().Count() == p.Count).WithMessage("The three priorities must be different topics.");
    }

    /// <summary>
    /// What the questionnaire allows (checked against the cycle): each answer to a question of the cycle, at most one per question,
    /// topic fields only on topic questions and a custom answer only on custom questions; the priorities topics of the questionnaire.
    /// </summary>
    public static List<ValidationFailure> CheckAgainstQuestionnaire(IReadOnlyList<NeedsQuestion> questions, IReadOnlyList<NeedsAnswerInput> answers,
        IReadOnlyList<int> priorities)
    {
        var failures = new List<ValidationFailure>();
        var byId = questions.ToDictionary(q => q.Id);
        var seen = new HashSet<int>();
        for (var i = 0; i < answers.Count; i++)
        {
            var answer = answers[i];
            var path = $"answers[{i}]";
            if (!byId.TryGetValue(answer.QuestionId, out var question))
            {
                failures.Add(new($"{path}.questionId", "This question is not in the cycle's questionnaire."));
                continue;
            }
            if (!seen.Add(answer.QuestionId)) failures.Add(new($"{path}.questionId", "The question is answered twice."));
            if (question.Kind == NeedsQuestionKind.Custom
                && (answer.ImplementationStatus is not null || answer.NeedLevel is not null || answer.PreferredDelivery is not null
                    || answer.PreferredQuarter is not null || TextInput.Clean(answer.NationalPlanLink) is not null))
                failures.Add(new(path, "A custom question takes customAnswer (and remarks) only."));
            if (question.Kind == NeedsQuestionKind.Topic && TextInput.Clean(answer.CustomAnswer) is not null)
                failures.Add(new($"{path}.customAnswer", "customAnswer is for custom questions only."));
        }
        var topics = questions.Where(q => q.TopicId is not null).Select(q => q.TopicId!.Value).ToHashSet();
        for (var i = 0; i < priorities.Count; i++)
            if (!topics.Contains(priorities[i]))
                failures.Add(new($"priorityTopicIds[{i}]", "A priority must be a topic of the questionnaire."));
        return failures;
    }

    /// <summary>
    /// What a submitted response must hold: every topic question answered with an implementation status and a need level,
    /// a preferred delivery wherever help is needed (level 1 or more), and at least one priority when any help is needed.
    /// </summary>
    public static List<ValidationFailure> CheckComplete(IReadOnlyList<NeedsQuestion> questions, IReadOnlyList<NeedsAnswerInput> answers,
        IReadOnlyList<int> priorities)
    {
        var failures = new List<ValidationFailure>();
        var index = answers.Select((a, i) => (a, i)).GroupBy(x => x.a.QuestionId).ToDictionary(g => g.Key, g => g.First());
        foreach (var question in questions.Where(q => q.Kind == NeedsQuestionKind.Topic).OrderBy(q => q.Position))
        {
            if (!index.TryGetValue(question.Id, out var found))
            {
                failures.Add(new("answers", $"Question {question.Position} ({question.Text}) is not answered."));
                continue;
            }
            var (answer, i) = found;
            if (answer.ImplementationStatus is null)
                failures.Add(new($"answers[{i}].implementationStatus", $"Say how far question {question.Position} ({question.Text}) is implemented."));
            if (answer.NeedLevel is null)
                failures.Add(new($"answers[{i}].needLevel", $"Give the level of need for question {question.Position} ({question.Text})."));
            else if (answer.NeedLevel > 0 && answer.PreferredDelivery is null)
                failures.Add(new($"answers[{i}].preferredDelivery", $"Say how help on question {question.Position} ({question.Text}) is best delivered."));
        }
        if (priorities.Count == 0 && answers.Any(a => a.NeedLevel > 0))
            failures.Add(new("priorityTopicIds", "Name your top priorities (up to three topics of the questionnaire)."));
        return failures;
    }

    public static NeedsAnswerInput ToInput(NeedsAnswer a) => new()
    {
        QuestionId = a.QuestionId, ImplementationStatus = a.ImplementationStatus, NeedLevel = a.NeedLevel, PreferredDelivery = a.PreferredDelivery,
        PreferredQuarter = a.PreferredQuarter, NationalPlanLink = a.NationalPlanLink, Remarks = a.Remarks, CustomAnswer = a.CustomAnswer,
    };

    private static bool IsEmpty(NeedsAnswerInput a) =>
        a.ImplementationStatus is null && a.NeedLevel is null && a.PreferredDelivery is null && a.PreferredQuarter is null
        && TextInput.Clean(a.NationalPlanLink) is null && TextInput.Clean(a.Remarks) is null && TextInput.Clean(a.CustomAnswer) is null;

    /// <summary>The answers in questionnaire order (as the response shows them).</summary>
    public static List<NeedsAnswer> Ordered(NeedsResponse response, IReadOnlyList<NeedsQuestion> questions)
    {
        var position = questions.ToDictionary(q => q.Id, q => q.Position);
        return response.Answers.OrderBy(a => position.GetValueOrDefault(a.QuestionId, int.MaxValue)).ToList();
    }

    /// <summary>Replaces the response's answers (empty answers are not kept) and priorities.</summary>
    public static void Apply(NeedsResponse response, IReadOnlyList<NeedsAnswerInput> answers, IReadOnlyList<int> priorities)
    {
        response.Answers.Clear();
        foreach (var a in answers.Where(a => !IsEmpty(a)))
            response.Answers.Add(new NeedsAnswer
            {
                QuestionId = a.QuestionId, ImplementationStatus = a.ImplementationStatus, NeedLevel = a.NeedLevel, PreferredDelivery = a.PreferredDelivery,
                PreferredQuarter = a.PreferredQuarter, NationalPlanLink = TextInput.Clean(a.NationalPlanLink), Remarks = TextInput.Clean(a.Remarks),
                CustomAnswer = TextInput.Clean(a.CustomAnswer),
            });
        response.PriorityTopicIds = [.. priorities];
    }

    /// <summary>Answered questions: a topic question with a need level, a custom question with an answer.</summary>
    public static int Answered(IEnumerable<NeedsAnswer> answers, IReadOnlyList<NeedsQuestion> questions)
    {
        var kinds = questions.ToDictionary(q => q.Id, q => q.Kind);
        return answers.Count(a => kinds.TryGetValue(a.QuestionId, out var kind)
                                  && (kind == NeedsQuestionKind.Topic ? a.NeedLevel is not null : a.CustomAnswer is not null));
    }

    /// <summary>The response, tracked with its answers, or null when the Member has not started.</summary>
    public static Task<NeedsResponse?> FindAsync(RocbDbContext db, int cycleId, int memberId, CancellationToken ct) =>
        db.NeedsResponses.Include(r => r.Answers).SingleOrDefaultAsync(r => r.CycleId == cycleId && r.MemberId == memberId, ct);

    public static Task<List<NeedsQuestion>> QuestionsAsync(RocbDbContext db, int cycleId, CancellationToken ct) =>
        db.NeedsQuestions.AsNoTracking().Where(q => q.CycleId == cycleId).OrderBy(q => q.Position).ToListAsync(ct);

    /// <summary>
    /// Marks a save: who and when, entered by Staff or by the Member's focal point, the revision bumped, and the whole response
    /// as saved kept as a revision. Call after the answers and status are set, then save changes.
    /// </summary>
    public static async Task RecordSaveAsync(RocbDbContext db, NeedsResponse response, IReadOnlyList<NeedsQuestion> questions, bool byStaff,
        Guid? userId, DateTimeOffset now, CancellationToken ct)
    {
        if (response.Id == 0)
        {
            response.CreatedAt = now;
            db.NeedsResponses.Add(response);
        }
        response.EnteredByStaff = byStaff;
        response.UpdatedAt = now;
        response.UpdatedBy = userId;
        response.Revision++;
        await db.SaveChangesAsync(ct);
        db.NeedsResponseRevisions.Add(new NeedsResponseRevision
        {
            ResponseId = response.Id, Revision = response.Revision, Status = response.Status, SavedAt = now, SavedBy = userId,
            EnteredByStaff = byStaff, Snapshot = Snapshot(response, questions),
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The response as saved, as JSON: status, priorities and every answer with its question (position, topic, text).</summary>
    public static string Snapshot(NeedsResponse response, IReadOnlyList<NeedsQuestion> questions)
    {
        var byId = questions.ToDictionary(q => q.Id);
        return JsonSerializer.Serialize(new
        {
            response.CycleId, response.MemberId, response.Status, response.EnteredByStaff, response.SubmittedAt, response.PriorityTopicIds,
            Answers = Ordered(response, questions).Select(a => new
            {
                a.QuestionId, Position = byId.TryGetValue(a.QuestionId, out var q) ? q.Position : (int?)null, q?.TopicId, Question = q?.Text,
                a.ImplementationStatus, a.NeedLevel, a.PreferredDelivery, a.PreferredQuarter, a.NationalPlanLink, a.Remarks, a.CustomAnswer,
            }),
        }, SnapshotJson);
    }

    public static async Task<NeedsResponseDto> ToDtoAsync(RocbDbContext db, NeedsCycle cycle, int memberId, NeedsResponse? response,
        IReadOnlyList<NeedsQuestion> questions, DateOnly today, CancellationToken ct)
    {
        var member = await NeedsCycleQueries.MemberAsync(db, memberId, ct);
        var window = NeedsAccess.Window(cycle, today);
        if (response is null)
            return new NeedsResponseDto(null, cycle.Id, member, NeedsProgress.NotStarted, false, [], [], 0, questions.Count, null, null, null, 0, window);
        var answers = Ordered(response, questions).Select(a => new NeedsAnswerDto(a.QuestionId, a.ImplementationStatus, a.NeedLevel,
            a.PreferredDelivery, a.PreferredQuarter, a.NationalPlanLink, a.Remarks, a.CustomAnswer)).ToList();
        return new NeedsResponseDto(response.Id, cycle.Id, member, NeedsCycleQueries.Progress(response.Status), response.EnteredByStaff,
            response.PriorityTopicIds, answers, Answered(response.Answers, questions), questions.Count, response.CreatedAt, response.UpdatedAt,
            response.SubmittedAt, response.Revision, window);
    }

    public static void ThrowIfAny(List<ValidationFailure> failures)
    {
        if (failures.Count > 0) throw new ValidationException(failures);
    }

    public static bool ByStaff(CurrentUser user) => user.IsStaffOrAdministrator;
}
