using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Plans;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Milestones;

/// <summary>A new draft update: a focal point for its own Member only, Staff for any.</summary>
public sealed record CreateMilestoneStatus : MilestoneStatusFields, ICommand<MilestoneStatusRecordDto>;

public sealed class CreateMilestoneStatusValidator(RocbDbContext db, TimeProvider clock) : MilestoneStatusFieldsValidator<CreateMilestoneStatus>(db, clock);

internal sealed class CreateMilestoneStatusHandler(RocbDbContext db, CurrentUser user, TimeProvider clock)
    : IRequestHandler<CreateMilestoneStatus, MilestoneStatusRecordDto>
{
    public async Task<MilestoneStatusRecordDto> Handle(CreateMilestoneStatus request, CancellationToken cancellationToken)
    {
        if (!MilestoneAccess.MayChange(user, request.MemberId)) throw new NotFoundException("Member", request.MemberId);
        var record = new MilestoneStatusRecord { State = ReviewState.Draft, CreatedAt = clock.GetUtcNow(), CreatedBy = user.UserId };
        request.ApplyTo(record);
        db.MilestoneStatusRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return await MilestoneStatusQueries.GetAsync(db, record.Id, cancellationToken);
    }
}

/// <summary>Changes a draft or returned update. Submitted ones wait for review; approved ones must be reopened first.</summary>
public sealed record UpdateMilestoneStatus : MilestoneStatusFields, ICommand<MilestoneStatusRecordDto>
{
    [JsonIgnore] public long Id { get; init; }
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
}

public sealed class UpdateMilestoneStatusValidator(RocbDbContext db, TimeProvider clock) : MilestoneStatusFieldsValidator<UpdateMilestoneStatus>(db, clock);

internal sealed class UpdateMilestoneStatusHandler(RocbDbContext db, CurrentUser user) : IRequestHandler<UpdateMilestoneStatus, MilestoneStatusRecordDto>
{
    public async Task<MilestoneStatusRecordDto> Handle(UpdateMilestoneStatus request, CancellationToken cancellationToken)
    {
        var record = await MilestoneAccess.EditableAsync(db, user, request.Id, cancellationToken);
        db.Entry(record).ExpectVersion(request.ExpectedVersion, "Milestone status", request.Id);
        WorkflowRules.RequireEditable(record);
        if (!MilestoneAccess.MayChange(user, request.MemberId)) throw new NotFoundException("Member", request.MemberId);
        request.ApplyTo(record);
        await db.SaveChangesAsync(cancellationToken);
        return await MilestoneStatusQueries.GetAsync(db, record.Id, cancellationToken);
    }
}

/// <summary>Sends a draft or returned update to Staff for review.</summary>
public sealed record SubmitMilestoneStatus(long Id) : ICommand<MilestoneStatusRecordDto>;

internal sealed class SubmitMilestoneStatusHandler(RocbDbContext db, CurrentUser user, TimeProvider clock)
    : IRequestHandler<SubmitMilestoneStatus, MilestoneStatusRecordDto>
{
    public async Task<MilestoneStatusRecordDto> Handle(SubmitMilestoneStatus request, CancellationToken cancellationToken)
    {
        var record = await MilestoneAccess.EditableAsync(db, user, request.Id, cancellationToken);
        WorkflowRules.RequireEditable(record);
        record.State = ReviewState.Submitted;
        record.SubmittedBy = user.UserId;
        record.SubmittedAt = clock.GetUtcNow();
        record.ReturnReason = null;
        await db.SaveChangesAsync(cancellationToken);
        return await MilestoneStatusQueries.GetAsync(db, record.Id, cancellationToken);
    }
}

/// <summary>Staff decide on submitted updates: approve (it counts from then on) or return with a reason. Never their own submission.</summary>
public sealed record ReviewMilestoneStatus : ICommand<MilestoneStatusRecordDto>
{
    [JsonIgnore] public long Id { get; init; }
    /// <summary>approve or return.</summary>
    public ReviewDecision Decision { get; init; }
    /// <summary>Required when returning: what the focal point should change.</summary>
    public string? Reason { get; init; }
}

public enum ReviewDecision { Approve, Return }

public sealed class ReviewMilestoneStatusValidator : AbstractValidator<ReviewMilestoneStatus>
{
    public ReviewMilestoneStatusValidator()
    {
        RuleFor(r => r.Decision).IsInEnum().WithMessage("decision must be approve or return.");
        RuleFor(r => r.Reason).NotEmpty().When(r => r.Decision == ReviewDecision.Return).WithMessage("Say why the update is returned.");
        RuleFor(r => r.Reason).MaximumLength(2000);
    }
}

internal sealed class ReviewMilestoneStatusHandler(RocbDbContext db, CurrentUser user, TimeProvider clock)
    : IRequestHandler<ReviewMilestoneStatus, MilestoneStatusRecordDto>
{
    public async Task<MilestoneStatusRecordDto> Handle(ReviewMilestoneStatus request, CancellationToken cancellationToken)
    {
        var record = await db.MilestoneStatusRecords.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
                     ?? throw new NotFoundException("Milestone status", request.Id);
        WorkflowRules.Review(record, request.Decision, request.Reason, user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await MilestoneStatusQueries.GetAsync(db, record.Id, cancellationToken);
    }
}

/// <summary>Approves several submitted updates at once: all of them, or none if any cannot be approved.</summary>
public sealed record ApproveMilestoneStatuses(IReadOnlyList<long> Ids) : ICommand<IReadOnlyList<MilestoneStatusRecordDto>>;

public sealed class ApproveMilestoneStatusesValidator : AbstractValidator<ApproveMilestoneStatuses>
{
    public ApproveMilestoneStatusesValidator() =>
        RuleFor(r => r.Ids).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Choose the updates to approve.")
            .Must(ids => ids.Count <= 500).WithMessage("Approve at most 500 updates at once.");
}

internal sealed class ApproveMilestoneStatusesHandler(RocbDbContext db, CurrentUser user, TimeProvider clock)
    : IRequestHandler<ApproveMilestoneStatuses, IReadOnlyList<MilestoneStatusRecordDto>>
{
    public async Task<IReadOnlyList<MilestoneStatusRecordDto>> Handle(ApproveMilestoneStatuses request, CancellationToken cancellationToken)
    {
        var ids = request.Ids.Distinct().ToList();
        var records = await db.MilestoneStatusRecords.Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        var missing = ids.Except(records.Select(r => r.Id)).ToList();
        if (missing.Count > 0) throw new NotFoundException("Milestone status", string.Join(", ", missing));
        var now = clock.GetUtcNow();
        foreach (var record in records) WorkflowRules.Review(record, ReviewDecision.Approve, null, user.UserId, now);
        await db.SaveChangesAsync(cancellationToken);
        return await db.MilestoneStatusRecords.AsNoTracking().Where(r => ids.Contains(r.Id)).OrderBy(r => r.Id)
            .Select(MilestoneStatusRecordDto.Projection).ToListAsync(cancellationToken);
    }
}

/// <summary>Staff reopen an approved update so that it can be corrected; it stops counting until approved again.</summary>
public sealed record ReopenMilestoneStatus(long Id) : ICommand<MilestoneStatusRecordDto>;

internal sealed class ReopenMilestoneStatusHandler(RocbDbContext db) : IRequestHandler<ReopenMilestoneStatus, MilestoneStatusRecordDto>
{
    public async Task<MilestoneStatusRecordDto> Handle(ReopenMilestoneStatus request, CancellationToken cancellationToken)
    {
        var record = await db.MilestoneStatusRecords.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
                     ?? throw new NotFoundException("Milestone status", request.Id);
        if (record.State != ReviewState.Approved) throw new ConflictException("Only an approved update can be reopened.", "state");
        record.State = ReviewState.Draft;
        record.ReviewedAt = null;
        record.ReviewedBy = null;
        await db.SaveChangesAsync(cancellationToken);
        return await MilestoneStatusQueries.GetAsync(db, record.Id, cancellationToken);
    }
}

/// <summary>The review workflow's rules in one place (MilestoneWorkflowTests checks them).</summary>
public static class WorkflowRules
{
    public static void RequireEditable(MilestoneStatusRecord record)
    {
        switch (record.State)
        {
            case ReviewState.Approved:
                throw new ConflictException("This update is approved and counts in the KPIs: Staff must reopen it before it can change.", "state");
            case ReviewState.Submitted:
                throw new ConflictException("This update is waiting for review: it can change again if Staff return it.", "state");
        }
    }

    public static void Review(MilestoneStatusRecord record, ReviewDecision decision, string? reason, Guid? reviewer, DateTimeOffset now)
    {
        if (record.State != ReviewState.Submitted)
            throw new ConflictException($"Update {record.Id} is {record.State.ToString().ToLowerInvariant()}, not submitted: there is nothing to review.", "state");
        if (reviewer is not null && record.SubmittedBy == reviewer)
            throw new ConflictException($"You submitted update {record.Id}: another Staff member must review it.", "state");
        record.State = decision == ReviewDecision.Approve ? ReviewState.Approved : ReviewState.Returned;
        record.ReviewedBy = reviewer;
        record.ReviewedAt = now;
        record.ReturnReason = decision == ReviewDecision.Return ? reason?.Trim() : null;
    }
}

internal static class MilestoneStatusQueries
{
    public static async Task<MilestoneStatusRecordDto> GetAsync(RocbDbContext db, long id, CancellationToken ct) =>
        await db.MilestoneStatusRecords.AsNoTracking().Where(r => r.Id == id).Select(MilestoneStatusRecordDto.Projection).SingleAsync(ct);
}
