using System.ComponentModel;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Paging;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Plans;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Milestones;

public sealed record GetMilestoneStatus(long Id) : IQuery<MilestoneStatusRecordDto>;

internal sealed class GetMilestoneStatusHandler(RocbDbContext db, CurrentUser user) : IRequestHandler<GetMilestoneStatus, MilestoneStatusRecordDto>
{
    public async Task<MilestoneStatusRecordDto> Handle(GetMilestoneStatus request, CancellationToken cancellationToken) =>
        await db.MilestoneStatusRecords.AsNoTracking().Visible(user).Where(r => r.Id == request.Id)
            .Select(MilestoneStatusRecordDto.Projection).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Milestone status", request.Id);
}
