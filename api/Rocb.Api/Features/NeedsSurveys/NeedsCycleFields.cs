using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Text;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>What creating and changing a cycle share: name, fiscal year, window, Members asked, coordinators.</summary>
public static class NeedsCycleFields
{
    public static void CycleRules<T>(this AbstractValidator<T> v, RocbDbContext db, Func<T, string> name, Func<T, int> fiscalYear,
        Func<T, DateOnly> opensOn, Func<T, DateOnly> closesOn, Func<T, List<int>?> memberIds, Func<T, List<string>?> coordinators)
    {
        v.RuleFor(x => name(x)).NotEmpty().OverridePropertyName("name").WithMessage("Give the cycle a name (e.g. Needs survey 2027).")
            .MaximumLength(200).WithMessage("The name is at most 200 characters.");
        v.RuleFor(x => fiscalYear(x)).InclusiveBetween(2000, 2100).OverridePropertyName("fiscalYear")
            .WithMessage("fiscalYear is the starting year of the fiscal year planned for (2027 = FY2027/28), between 2000 and 2100.");
        v.RuleFor(x => opensOn(x)).NotEqual(default(DateOnly)).OverridePropertyName("opensOn").WithMessage("Give the opening date.");
        v.RuleFor(x => closesOn(x)).NotEqual(default(DateOnly)).OverridePropertyName("closesOn").WithMessage("Give the closing date.")
            .Must((x, closes) => closes >= opensOn(x)).WithMessage("The cycle must not close before it opens.");
        v.RuleFor(x => memberIds(x) ?? new List<int>())
            .Must(ids => ids.Distinct().Count() == ids.Count).OverridePropertyName("memberIds").WithMessage("A Member is listed twice.")
            .MustAsync(async (ids, ct) => ids.Count == 0 || await db.Members.CountAsync(m => ids.Contains(m.Id), ct) == ids.Distinct().Count())
            .WithMessage("Choose existing Members.");
        v.RuleFor(x => coordinators(x) ?? new List<string>())
            .Must(c => c.Count <= 10).OverridePropertyName("coordinators").WithMessage("At most 10 coordinators.")
            .Must(c => c.All(s => s is null || s.Trim().Length <= 200)).WithMessage("A coordinator is at most 200 characters.");
    }

    public static List<string>? CleanCoordinators(List<string>? coordinators) =>
        coordinators?.Select(TextInput.Clean).OfType<string>().Distinct().ToList();

    /// <summary>The Members given, or (none given) every Member of the region that has not left by the opening date.</summary>
    public static async Task<List<int>> MembersAskedAsync(RocbDbContext db, List<int>? memberIds, DateOnly opensOn, CancellationToken ct) =>
        memberIds is { Count: > 0 }
            ? memberIds.Distinct().ToList()
            : await db.Members.Where(m => m.LeftOn == null || m.LeftOn > opensOn).OrderBy(m => m.Code).Select(m => m.Id).ToListAsync(ct);
}
