using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Common.Text;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>
/// Creates a needs survey cycle (status draft). Either a questionnaire of its own (topicIds, then customQuestions) or
/// copyFromCycleId: the previous cycle's questionnaire, Members and coordinators are copied (memberIds, coordinators,
/// topicIds and customQuestions must then be left out); name and dates always come from the body.
/// </summary>
public sealed record CreateNeedsCycle : ICommand<NeedsCycleDto>
{
    public string Name { get; init; } = "";
    /// <summary>The fiscal year planned for, by its starting year (2027 = FY2027/28).</summary>
    public int FiscalYear { get; init; }
    public DateOnly OpensOn { get; init; }
    public DateOnly ClosesOn { get; init; }
    /// <summary>The Members asked; empty or omitted = every current Member of the region.</summary>
    public List<int>? MemberIds { get; init; }
    /// <summary>Default: "Japan Customs (regional coordinator)" and "ROCB A/P".</summary>
    public List<string>? Coordinators { get; init; }
    public List<int>? TopicIds { get; init; }
    public List<string>? CustomQuestions { get; init; }
    public int? CopyFromCycleId { get; init; }
    /// <summary>Invented example data (used by the seed); shown as "Example data".</summary>
    public bool IsExample { get; init; }

    public static readonly string[] DefaultCoordinators = ["Japan Customs (regional coordinator)", "ROCB A/P"];
}

public sealed class CreateNeedsCycleValidator : AbstractValidator<CreateNeedsCycle>
{
    public CreateNeedsCycleValidator(RocbDbContext db)
    {
        this.CycleRules(db, c => c.Name, c => c.FiscalYear, c => c.OpensOn, c => c.ClosesOn, c => c.MemberIds, c => c.Coordinators);
        RuleFor(c => c.Name).MustAsync(async (name, ct) => !await db.NeedsCycles.AnyAsync(c => c.Name == name.Trim(), ct))
            .When(c => !string.IsNullOrWhiteSpace(c.Name)).WithMessage("Another needs survey cycle already has this name.");
        // Field paths point into the lists the caller sent: topicIds[i], customQuestions[i].
        this.QuestionRules(db, c => NeedsQuestionnaire.FromTopicsAndCustom(c.TopicIds, null), "topicIds");
        RuleForEach(c => c.CustomQuestions).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("A custom question needs its text.")
            .MaximumLength(1000).WithMessage("A question is at most 1000 characters.");
        RuleFor(c => (c.TopicIds == null ? 0 : c.TopicIds.Count) + (c.CustomQuestions == null ? 0 : c.CustomQuestions.Count)).LessThanOrEqualTo(NeedsQuestionnaire.MaxQuestions)
            .OverridePropertyName("customQuestions").WithMessage($"At most {NeedsQuestionnaire.MaxQuestions} questions.");
        When(c => c.CopyFromCycleId is not null, () =>
        {
            RuleFor(c => c.CopyFromCycleId).MustAsync(async (id, ct) => await db.NeedsCycles.AnyAsync(c => c.Id == id, ct))
                .WithMessage("Choose an existing cycle to copy.");
            RuleFor(c => c).Must(c => (c.MemberIds ?? []).Count == 0 && c.Coordinators is null && (c.TopicIds ?? []).Count == 0
                                      && (c.CustomQuestions ?? []).Count == 0)
                .OverridePropertyName("copyFromCycleId")
                .WithMessage("A copy takes the questionnaire, Members and coordinators of the cycle copied: leave out memberIds, coordinators, topicIds and customQuestions.");
        });
    }
}

internal sealed class CreateNeedsCycleHandler(RocbDbContext db, CurrentUser user, TimeProvider clock) : IRequestHandler<CreateNeedsCycle, NeedsCycleDto>
{
    public async Task<NeedsCycleDto> Handle(CreateNeedsCycle request, CancellationToken cancellationToken)
    {
        var cycle = new NeedsCycle
        {
            Name = request.Name.Trim(), FiscalYear = request.FiscalYear, OpensOn = request.OpensOn, ClosesOn = request.ClosesOn,
            Status = NeedsCycleStatus.Draft, IsExample = request.IsExample, CreatedAt = NeedsAccess.Now(clock),
        };
        if (request.CopyFromCycleId is { } sourceId)
        {
            var source = await db.NeedsCycles.AsNoTracking().Include(c => c.Members).Include(c => c.Questions)
                .SingleAsync(c => c.Id == sourceId, cancellationToken);
            cycle.CopiedFromCycleId = sourceId;
            cycle.Coordinators = [.. source.Coordinators];
            cycle.Members = source.Members.Select(m => new NeedsCycleMember { MemberId = m.MemberId }).ToList();
            cycle.Questions = source.Questions.OrderBy(q => q.Position)
                .Select(q => new NeedsQuestion { Position = q.Position, Kind = q.Kind, TopicId = q.TopicId, Text = q.Text }).ToList();
        }
        else
        {
            cycle.Coordinators = NeedsCycleFields.CleanCoordinators(request.Coordinators) ?? [.. CreateNeedsCycle.DefaultCoordinators];
            cycle.Members = (await NeedsCycleFields.MembersAskedAsync(db, request.MemberIds, request.OpensOn, cancellationToken))
                .Select(id => new NeedsCycleMember { MemberId = id }).ToList();
            cycle.Questions = await NeedsQuestionnaire.BuildAsync(db,
                NeedsQuestionnaire.FromTopicsAndCustom(request.TopicIds, request.CustomQuestions), cancellationToken);
        }
        db.NeedsCycles.Add(cycle);
        await db.SaveChangesAsync(cancellationToken);
        return await NeedsCycleQueries.GetAsync(db, user, cycle.Id, NeedsAccess.Today(clock), cancellationToken);
    }
}
