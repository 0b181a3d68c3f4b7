using System.ComponentModel;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Paging;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Features.Progress;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>
/// Needs survey cycles, newest fiscal year first (or by name). A focal point sees the cycles its Member is asked in (not drafts),
/// each with its own response's progress.
/// </summary>
public sealed record ListNeedsCycles : PagedQuery, IQuery<NeedsCyclePageDto>
{
    public static readonly string[] SortKeys = ["-fiscalYear", "fiscalYear", "name", "-name"];

    [Description("-fiscalYear (default), fiscalYear, name or -name.")]
    [FromQuery(Name = "sort")] public string? Sort { get; set; }
}

public sealed class ListNeedsCyclesValidator : AbstractValidator<ListNeedsCycles>
{
    public ListNeedsCyclesValidator()
    {
        this.PageRules(q => q.PageNumber, q => q.Size);
        RuleFor(q => q.Sort).Must(s => s is null || ListNeedsCycles.SortKeys.Contains(s))
            .WithMessage($"sort must be one of: {string.Join(", ", ListNeedsCycles.SortKeys)}.");
    }
}

internal sealed class ListNeedsCyclesHandler(RocbDbContext db, CurrentUser user, TimeProvider clock)
    : IRequestHandler<ListNeedsCycles, NeedsCyclePageDto>
{
    public async Task<NeedsCyclePageDto> Handle(ListNeedsCycles request, CancellationToken cancellationToken)
    {
        var today = NeedsAccess.Today(clock);
        var own = NeedsAccess.RestrictedTo(user);
        var query = db.NeedsCycles.AsNoTracking().Visible(user);
        var total = await query.CountAsync(cancellationToken);
        var sorted = request.Sort switch
        {
            "fiscalYear" => query.OrderBy(c => c.FiscalYear).ThenBy(c => c.Id),
            "name" => query.OrderBy(c => c.Name).ThenBy(c => c.Id),
            "-name" => query.OrderByDescending(c => c.Name).ThenByDescending(c => c.Id),
            _ => query.OrderByDescending(c => c.FiscalYear).ThenByDescending(c => c.Id),
        };
        var rows = await sorted.TakePage(request.PageNumber, request.Size)
            .Select(c => new
            {
                c.Id, c.Name, c.FiscalYear, c.OpensOn, c.ClosesOn, c.Status, c.IsExample,
                Members = c.Members.Count, Questions = c.Questions.Count,
                Drafts = db.NeedsResponses.Count(r => r.CycleId == c.Id && r.Status == NeedsResponseStatus.Draft),
                Submitted = db.NeedsResponses.Count(r => r.CycleId == c.Id && r.Status == NeedsResponseStatus.Submitted),
                Own = db.NeedsResponses.Where(r => r.CycleId == c.Id && r.MemberId == own).Select(r => (NeedsResponseStatus?)r.Status).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(c => new NeedsCycleSummaryDto(c.Id, c.Name, c.FiscalYear, new FiscalYear(c.FiscalYear).Label, c.OpensOn,
            c.ClosesOn, c.Status, c.IsExample, NeedsAccess.Window(c.Status, c.OpensOn, c.ClosesOn, today),
            own is null ? c.Members : 1, c.Questions, own is null ? c.Drafts : 0, own is null ? c.Submitted : 0,
            own is null ? null : c.Own is { } status ? NeedsCycleQueries.Progress(status) : NeedsProgress.NotStarted)).ToList();
        return new NeedsCyclePageDto(items, request.PageNumber, request.Size, total);
    }
}
