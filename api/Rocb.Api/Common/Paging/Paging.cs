using FluentValidation;

namespace Rocb.Api.Common.Paging;

public static class Paging
{
    public const int DefaultPageSize = 50;
    /// <summary>The largest page a list returns; documented on every list endpoint.</summary>
    public const int MaxPageSize = 200;

    public static void PageRules<T>(this AbstractValidator<T> validator, Func<T, int> page, Func<T, int> pageSize)
    {
        validator.RuleFor(x => page(x)).GreaterThanOrEqualTo(1).OverridePropertyName("page")
            .WithMessage("page must be 1 or more.");
        validator.RuleFor(x => pageSize(x)).InclusiveBetween(1, MaxPageSize).OverridePropertyName("pageSize")
            .WithMessage($"pageSize must be between 1 and {MaxPageSize}.");
    }

    public static IQueryable<T> TakePage<T>(this IQueryable<T> query, int page, int pageSize) =>
        query.Skip((page - 1) * pageSize).Take(pageSize);
}
