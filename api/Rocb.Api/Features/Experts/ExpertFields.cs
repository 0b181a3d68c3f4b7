using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.Experts;

public sealed record ExpertTopicInput(int TopicId, int Level);

/// <summary>What is recorded about an expert; shared by create and update.</summary>
public abstract record ExpertFields
{
    public string Name { get; init; } = "";
    /// <summary>member, wco-secretariat or outside-region.</summary>
    public ExpertOrigin Origin { get; init; }
    /// <summary>The home Member administration (origin member).</summary>
    public int? MemberId { get; init; }
    /// <summary>The home administration outside the region, by name (origin outside-region), e.g. "France".</summary>
    public string? OutsideAdministration { get; init; }
    public Gender Gender { get; init; } = Gender.NotRecorded;
    /// <summary>ISO 639-1 language codes, e.g. ["en", "fr"].</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public bool ConsentToContact { get; init; }
    public string? Notes { get; init; }
    /// <summary>Topics of expertise with a level: 1 working knowledge, 2 experienced, 3 specialist.</summary>
    public IReadOnlyList<ExpertTopicInput> Topics { get; init; } = [];

    internal void ApplyTo(Expert expert)
    {
        expert.Name = Name.Trim();
        expert.Origin = Origin;
        expert.MemberId = Origin == ExpertOrigin.Member ? MemberId : null;
        expert.OutsideAdministration = Origin == ExpertOrigin.OutsideRegion ? Clean(OutsideAdministration) : null;
        expert.Gender = Gender;
        expert.Languages = Languages.Select(l => l.Trim().ToLowerInvariant()).Distinct().Order().ToList();
        expert.Email = Clean(Email);
        expert.Phone = Clean(Phone);
        expert.ConsentToContact = ConsentToContact;
        expert.Notes = Clean(Notes);
        var wanted = Topics.GroupBy(t => t.TopicId).ToDictionary(g => g.Key, g => g.Max(t => t.Level));
        expert.Topics.RemoveAll(t => !wanted.ContainsKey(t.TopicId));
        foreach (var (topicId, level) in wanted)
        {
            var existing = expert.Topics.FirstOrDefault(t => t.TopicId == topicId);
            if (existing is null) expert.Topics.Add(new ExpertTopic { TopicId = topicId, Level = level });
            else existing.Level = level;
        }
    }
}

public abstract class ExpertFieldsValidator<T> : AbstractValidator<T> where T : ExpertFields
{
    protected ExpertFieldsValidator(RocbDbContext db)
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("Give the expert's name (or a label such as \"Accredited expert, Japan Customs (1)\").")
            .MaximumLength(200);
        RuleFor(r => r.Origin).IsInEnum();
        RuleFor(r => r.Gender).IsInEnum();
        RuleFor(r => r.MemberId).NotNull().When(r => r.Origin == ExpertOrigin.Member)
            .WithMessage("Choose the expert's home Member administration.");
        RuleFor(r => r.MemberId).MustAsync((id, ct) => db.Members.AnyAsync(m => m.Id == id, ct))
            .When(r => r.Origin == ExpertOrigin.Member && r.MemberId is not null).WithMessage("Choose an existing Member.");
        RuleFor(r => r.OutsideAdministration).NotEmpty().When(r => r.Origin == ExpertOrigin.OutsideRegion)
            .WithMessage("Name the administration outside the region (e.g. France).").MaximumLength(200);
        RuleForEach(r => r.Languages).Matches("^[A-Za-z]{2,3}$").WithMessage("Languages are ISO 639-1 codes such as en, fr or ja.");
        RuleFor(r => r.Languages).Must(l => l.Count <= 20).WithMessage("At most 20 languages.");
        RuleFor(r => r.Email).EmailAddress().MaximumLength(254).When(r => !string.IsNullOrWhiteSpace(r.Email));
        RuleFor(r => r.Phone).MaximumLength(50);
        RuleFor(r => r.Notes).MaximumLength(4000);
        RuleForEach(r => r.Topics).ChildRules(t =>
            t.RuleFor(x => x.Level).InclusiveBetween(1, 3).WithMessage("Levels are 1 (working knowledge), 2 (experienced) or 3 (specialist)."));
        RuleFor(r => r.Topics).MustAsync(async (topics, ct) =>
        {
            var ids = topics.Select(t => t.TopicId).Distinct().ToList();
            return ids.Count == 0 || await db.Topics.CountAsync(t => ids.Contains(t.Id), ct) == ids.Count;
        }).WithMessage("Every topic must be one of the topic list.");
    }
}
