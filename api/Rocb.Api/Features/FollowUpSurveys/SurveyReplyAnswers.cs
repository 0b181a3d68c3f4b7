using FluentValidation;
using Rocb.Api.Domain.Activities;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.FollowUpSurveys;

/// <summary>What an administration answers about one workshop. Leave an answer out (null) when it is not known.</summary>
public abstract record SurveyReplyAnswers
{
    public bool? SharedMaterials { get; init; }
    public bool? SubmittedReports { get; init; }
    public bool? MadeRecommendations { get; init; }
    public bool? HeldInHouseWorkshop { get; init; }
    public bool? DevelopedManuals { get; init; }
    public bool? OtherActions { get; init; }
    /// <summary>Which other actions (required when otherActions is true).</summary>
    public string? OtherActionsText { get; init; }
    public bool? DirectEffects { get; init; }
    /// <summary>An example of the direct effects (only when directEffects is true).</summary>
    public string? DirectEffectsExample { get; init; }
    public bool? EfficiencyImproved { get; init; }
    public bool? NewProject { get; init; }
    public string? SuccessStory { get; init; }
    /// <summary>When the reply arrived (not in the future).</summary>
    public DateOnly? ReceivedOn { get; init; }

    internal void ApplyTo(SurveyReply reply)
    {
        reply.SharedMaterials = SharedMaterials;
        reply.SubmittedReports = SubmittedReports;
        reply.MadeRecommendations = MadeRecommendations;
        reply.HeldInHouseWorkshop = HeldInHouseWorkshop;
        reply.DevelopedManuals = DevelopedManuals;
        reply.OtherActions = OtherActions;
        reply.OtherActionsText = Clean(OtherActionsText);
        reply.DirectEffects = DirectEffects;
        reply.DirectEffectsExample = Clean(DirectEffectsExample);
        reply.EfficiencyImproved = EfficiencyImproved;
        reply.NewProject = NewProject;
        reply.SuccessStory = Clean(SuccessStory);
        reply.ReceivedOn = ReceivedOn;
    }
}

public abstract class SurveyReplyAnswersValidator<T> : AbstractValidator<T> where T : SurveyReplyAnswers
{
    protected SurveyReplyAnswersValidator(TimeProvider clock)
    {
        RuleFor(r => r.OtherActionsText).NotEmpty().When(r => r.OtherActions == true)
            .WithMessage("Say which other actions were taken.");
        RuleFor(r => r.OtherActionsText).Empty().When(r => r.OtherActions != true)
            .WithMessage("Describe other actions only when otherActions is true.");
        RuleFor(r => r.DirectEffectsExample).Empty().When(r => r.DirectEffects != true)
            .WithMessage("Give an example of direct effects only when directEffects is true.");
        RuleFor(r => r.OtherActionsText).MaximumLength(2000);
        RuleFor(r => r.DirectEffectsExample).MaximumLength(4000);
        RuleFor(r => r.SuccessStory).MaximumLength(4000);
        RuleFor(r => r.ReceivedOn).Must(d => d!.Value <= SurveyRoundQueries.Today(clock) && d.Value.Year >= 1990).When(r => r.ReceivedOn is not null)
            .WithMessage("receivedOn must be a real date (1990 or later), not in the future.");
    }
}
