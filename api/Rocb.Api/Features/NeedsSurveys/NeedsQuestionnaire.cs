using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Text;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>Building a questionnaire: topic questions (worded as the topic unless given a text) and custom questions, in order.</summary>
public static class NeedsQuestionnaire
{
    public const int MaxQuestions = 200;

    /// <summary>Topic questions first, in the order given, then the custom questions.</summary>
    public static List<NeedsQuestionInput> FromTopicsAndCustom(IEnumerable<int>? topicIds, IEnumerable<string>? customQuestions) =>
    [
        .. (topicIds ?? []).Select(id => new NeedsQuestionInput { TopicId = id }),
        .. (customQuestions ?? []).Select(text => new NeedsQuestionInput { Text = text }),
    ];

    public static async Task<List<NeedsQuestion>> BuildAsync(RocbDbContext db, IReadOnlyList<NeedsQuestionInput> inputs, CancellationToken ct)
    {
        var ids = inputs.Where(i => i.TopicId is not null).Select(i => i.TopicId!.Value).Distinct().ToList();
        var names = await db.Topics.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        return inputs.Select((input, index) => input.TopicId is { } topicId
            ? new NeedsQuestion { Position = index + 1, Kind = NeedsQuestionKind.Topic, TopicId = topicId, Text = TextInput.Clean(input.Text) ?? names[topicId] }
            : new NeedsQuestion { Position = index + 1, Kind = NeedsQuestionKind.Custom, Text = TextInput.Clean(input.Text)! }).ToList();
    }

    /// <summary>Rules for a list of questions at <paramref name="field"/>: existing topics, each at most once, custom questions worded.</summary>
    public static void QuestionRules<T>(this AbstractValidator<T> validator, RocbDbContext db, Func<T, IReadOnlyList<NeedsQuestionInput>> questions,
        string field)
    {
        validator.RuleFor(x => questions(x))
            .Must(q => q.Count <= MaxQuestions).OverridePropertyName(field).WithMessage($"At most {MaxQuestions} questions.")
            .Must(q => q.Where(i => i.TopicId is not null).GroupBy(i => i.TopicId).All(g => g.Count() == 1))
            .WithMessage("A topic can be in the questionnaire only once.");
        validator.RuleForEach(x => questions(x)).ChildRules(q =>
        {
            q.RuleFor(i => i.Text).Must(t => TextInput.Clean(t) is not null).When(i => i.TopicId is null)
                .WithMessage("A custom question needs its text.");
            q.RuleFor(i => i.Text).MaximumLength(1000);
            q.RuleFor(i => i.TopicId).Cascade(CascadeMode.Stop).MustAsync(async (id, ct) => await db.Topics.AnyAsync(t => t.Id == id, ct))
                .When(i => i.TopicId is not null).WithMessage("Choose a topic of the topic list.");
        }).OverridePropertyName(field);
    }
}
