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

internal static class MilestoneStatusQueries
{
    public static async Task<MilestoneStatusRecordDto> GetAsync(RocbDbContext db, long id, CancellationToken ct) =>
        await db.MilestoneStatusRecords.AsNoTracking().Where(r => r.Id == id).Select(MilestoneStatusRecordDto.Projection).SingleAsync(ct);
}
