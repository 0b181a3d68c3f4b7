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
