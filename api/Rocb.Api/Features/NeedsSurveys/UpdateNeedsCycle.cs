using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>
/// Changes a cycle's name, fiscal year, window, Members asked and coordinators (send If-Match). A closed cycle no longer
/// changes; a Member that has answered cannot be taken out.
/// </summary>
public sealed record UpdateNeedsCycle : ICommand<NeedsCycleDto>
{
    [JsonIgnore] public int CycleId { get; init; }
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
    public string Name { get; init; } = "";
    public int FiscalYear { get; init; }
    public DateOnly OpensOn { get; init; }
    public DateOnly ClosesOn { get; init; }
    /// <summary>The Members asked; empty or omitted = every current Member of the region.</summary>
    public List<int>? MemberIds { get; init; }
    public List<string>? Coordinators { get; init; }
}

public sealed class UpdateNeedsCycleValidator : AbstractValidator<UpdateNeedsCycle>
{
    public UpdateNeedsCycleValidator(RocbDbContext db)
    {
        this.CycleRules(db, c => c.Name, c => c.FiscalYear, c => c.OpensOn, c => c.ClosesOn, c => c.MemberIds, c => c.Coordinators);
        RuleFor(c => c.Name).MustAsync(async (c, name, ct) => !await db.NeedsCycles.AnyAsync(x => x.Name == name.Trim() && x.Id != c.CycleId, ct))
            .When(c => !string.IsNullOrWhiteSpace(c.Name)).WithMessage("Another needs survey cycle already has this name.");
    }
}

internal sealed class UpdateNeedsCycleHandler(RocbDbContext db, CurrentUser user, TimeProvider clock) : IRequestHandler<UpdateNeedsCycle, NeedsCycleDto>
{
    public async Task<NeedsCycleDto> Handle(UpdateNeedsCycle request, CancellationToken cancellationToken)
    {
        var cycle = await db.NeedsCycles.Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == request.CycleId, cancellationToken)
                    ?? throw new NotFoundException("Needs survey cycle", request.CycleId);
        db.Entry(cycle).ExpectVersion(request.ExpectedVersion, "Needs survey cycle", request.CycleId);
        if (cycle.Status == NeedsCycleStatus.Closed) throw new ConflictException("The cycle is closed and no longer changes.", "status");

        var asked = await NeedsCycleFields.MembersAskedAsync(db, request.MemberIds, request.OpensOn, cancellationToken);
        var removed = cycle.Members.Select(m => m.MemberId).Except(asked).ToList();
        var answered = await db.NeedsResponses.Where(r => r.CycleId == cycle.Id && removed.Contains(r.MemberId))
            .Select(r => r.MemberId).ToListAsync(cancellationToken);
        if (answered.Count > 0)
        {
            var codes = await db.Members.Where(m => answered.Contains(m.Id)).OrderBy(m => m.Code).Select(m => m.Code).ToListAsync(cancellationToken);
            throw new ConflictException($"{string.Join(", ", codes)} already answered and cannot be taken out of the cycle.", "memberIds");
        }

        cycle.Name = request.Name.Trim();
        cycle.FiscalYear = request.FiscalYear;
        cycle.OpensOn = request.OpensOn;
        cycle.ClosesOn = request.ClosesOn;
        cycle.Coordinators = NeedsCycleFields.CleanCoordinators(request.Coordinators) ?? [];
        cycle.Members.RemoveAll(m => removed.Contains(m.MemberId));
        foreach (var id in asked.Except(cycle.Members.Select(m => m.MemberId)).ToList())
            cycle.Members.Add(new NeedsCycleMember { CycleId = cycle.Id, MemberId = id });
        db.Entry(cycle).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        return await NeedsCycleQueries.GetAsync(db, user, cycle.Id, NeedsAccess.Today(clock), cancellationToken);
    }
}
