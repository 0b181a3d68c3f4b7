using System.ComponentModel;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Paging;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.Experts;

/// <summary>The roster: filters shared by the candidate list. An expert caller sees only itself.</summary>
public record ListExperts : PagedQuery, IQuery<ExpertPageDto>
{
    public static readonly string[] SortKeys = ["name", "-name"];

    [Description("name (default) or -name.")]
    [FromQuery(Name = "sort")] public string? Sort { get; set; }

    [Description("Text to find in the name or home administration (case-insensitive).")]
    [FromQuery(Name = "q")] public string? Q { get; set; }

    [Description("Only experts with this topic of expertise.")]
    [FromQuery(Name = "topicId")] public int? TopicId { get; set; }

    [Description("Only experts with an accreditation in this category: diagnostic-facilitator, customs-modernization-advisor, mercator-programme-advisor, technical-operational-advisor, expert-trainer, leadership-management-development-advisor or unspecified.")]
    [FromQuery(Name = "category")] public string? Category { get; set; }

    [Description("Only experts with an accreditation in this status: candidate, pre-accredited, accredited, expired or withdrawn.")]
    [FromQuery(Name = "accreditationStatus")] public string? AccreditationStatus { get; set; }

    [Description("Only experts speaking this language (ISO 639-1 code, e.g. en).")]
    [FromQuery(Name = "language")] public string? Language { get; set; }

    [Description("member, wco-secretariat or outside-region.")]
    [FromQuery(Name = "origin")] public string? Origin { get; set; }

    [Description("true: only experts of the region's Member administrations; false: only the WCO Secretariat's and those from outside the region.")]
    [FromQuery(Name = "inRegion")] public bool? InRegion { get; set; }

    [Description("With availableTo: only experts with no unavailability and no confirmed deployment in these days.")]
    [FromQuery(Name = "availableFrom")] public DateOnly? AvailableFrom { get; set; }

    [Description("Last day of the availability window (inclusive).")]
    [FromQuery(Name = "availableTo")] public DateOnly? AvailableTo { get; set; }

    [Description("Only experts from this Member administration.")]
    [FromQuery(Name = "memberId")] public int? MemberId { get; set; }
}

public abstract class ListExpertsRules<T> : AbstractValidator<T> where T : ListExperts
{
    protected ListExpertsRules()
    {
        this.PageRules(q => q.PageNumber, q => q.Size);
        RuleFor(q => q.Sort).Must(s => s is null || ListExperts.SortKeys.Contains(s))
            .WithMessage($"sort must be one of: {string.Join(", ", ListExperts.SortKeys)}.");
        RuleFor(q => q.Category).Must(t => KebabEnum.TryParse<AccreditationCategory>(t, out _)).When(q => q.Category is not null)
            .WithMessage($"category must be one of: {KebabEnum.Names<AccreditationCategory>()}.");
        RuleFor(q => q.AccreditationStatus).Must(t => KebabEnum.TryParse<AccreditationStatus>(t, out _)).When(q => q.AccreditationStatus is not null)
            .WithMessage($"accreditationStatus must be one of: {KebabEnum.Names<AccreditationStatus>()}.");
        RuleFor(q => q.Origin).Must(t => KebabEnum.TryParse<ExpertOrigin>(t, out _)).When(q => q.Origin is not null)
            .WithMessage($"origin must be one of: {KebabEnum.Names<ExpertOrigin>()}.");
        RuleFor(q => q.Language).Matches("^[A-Za-z]{2,3}$").When(q => q.Language is not null).WithMessage("language is an ISO 639-1 code such as en.");
        RuleFor(q => q.AvailableTo).NotNull().When(q => q.AvailableFrom is not null).WithMessage("Give availableTo with availableFrom.");
        RuleFor(q => q.AvailableFrom).NotNull().When(q => q.AvailableTo is not null).WithMessage("Give availableFrom with availableTo.");
        RuleFor(q => q.AvailableTo).Must((q, to) => to is null || q.AvailableFrom is null || to >= q.AvailableFrom)
            .WithMessage("availableTo must not be before availableFrom.");
        RuleFor(q => q.Q).MaximumLength(200);
    }
}

public sealed class ListExpertsValidator : ListExpertsRules<ListExperts>;

internal sealed class ListExpertsHandler(RocbDbContext db, CurrentUser user) : IRequestHandler<ListExperts, ExpertPageDto>
{
    public Task<ExpertPageDto> Handle(ListExperts request, CancellationToken cancellationToken) =>
        Page(db, user, request, null, cancellationToken);

    internal static async Task<ExpertPageDto> Page(RocbDbContext db, CurrentUser user, ListExperts request,
        Func<IQueryable<Expert>, IQueryable<Expert>>? extra, CancellationToken ct)
    {
        var q = Filter(db, request);
        if (ExpertAccess.IsExpert(user)) q = q.Where(e => e.Id == user.ExpertId);
        if (extra is not null) q = extra(q);
        var total = await q.CountAsync(ct);
        var sorted = request.Sort == "-name" ? q.OrderByDescending(e => e.Name).ThenByDescending(e => e.Id) : q.OrderBy(e => e.Name).ThenBy(e => e.Id);
        var items = await sorted.TakePage(request.PageNumber, request.Size).AsSplitQuery().Select(ExpertSummaryDto.Projection).ToListAsync(ct);
        return new ExpertPageDto(items, request.PageNumber, request.Size, total);
    }

    public static IQueryable<Expert> Filter(RocbDbContext db, ListExperts request)
    {
        IQueryable<Expert> q = db.Experts.AsNoTracking();
        if (request.TopicId is { } topic) q = q.Where(e => e.Topics.Any(t => t.TopicId == topic));
        var hasCategory = KebabEnum.TryParse<AccreditationCategory>(request.Category, out var category);
        var hasStatus = KebabEnum.TryParse<AccreditationStatus>(request.AccreditationStatus, out var status);
        if (hasCategory || hasStatus)
            q = q.Where(e => e.Accreditations.Any(a => (!hasCategory || a.Category == category) && (!hasStatus || a.Status == status)));
        if (!string.IsNullOrWhiteSpace(request.Language))
        {
            var language = request.Language.Trim().ToLowerInvariant();
            q = q.Where(e => e.Languages.Contains(language));
        }
        if (KebabEnum.TryParse<ExpertOrigin>(request.Origin, out var origin)) q = q.Where(e => e.Origin == origin);
        if (request.InRegion is { } inRegion) q = inRegion ? q.Where(e => e.Origin == ExpertOrigin.Member) : q.Where(e => e.Origin != ExpertOrigin.Member);
        if (request.MemberId is { } member) q = q.Where(e => e.MemberId == member);
        if (request.AvailableFrom is { } from && request.AvailableTo is { } to)
            q = q.Where(e => !db.Unavailability.Any(u => u.ExpertId == e.Id && u.StartsOn <= to && u.EndsOn >= from)
                             && !db.Deployments.Any(d => d.ExpertId == e.Id && (d.Status == DeploymentStatus.Confirmed || d.Status == DeploymentStatus.Completed)
                                                         && d.StartsOn <= to && d.EndsOn >= from));
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var pattern = ContainsPattern(request.Q);
            q = q.Where(e => EF.Functions.ILike(e.Name, pattern) || EF.Functions.ILike(e.OutsideAdministration!, pattern)
                             || EF.Functions.ILike(e.Member!.Name, pattern));
        }
        return q;
    }
}
