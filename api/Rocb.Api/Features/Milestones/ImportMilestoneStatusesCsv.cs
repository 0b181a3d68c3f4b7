using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Plans;
using Rocb.Api.Features.Plans;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Milestones;

/// <summary>Imports statuses from CSV (see <see cref="ImportMilestoneStatuses"/> for the rules).</summary>
public sealed record ImportMilestoneStatusesCsv(string Csv, bool DryRun) : ICommand<ImportReportDto>;

internal sealed class ImportMilestoneStatusesCsvHandler(IMediator mediator) : IRequestHandler<ImportMilestoneStatusesCsv, ImportReportDto>
{
    public async Task<ImportReportDto> Handle(ImportMilestoneStatusesCsv request, CancellationToken cancellationToken)
    {
        var (file, problems) = MilestoneStatusCsv.Read(request.Csv);
        if (file is null || problems.Count > 0) return new ImportReportDto(request.DryRun, false, problems, new Dictionary<string, int>());
        return await mediator.Send(new ImportMilestoneStatuses(file, request.DryRun), cancellationToken);
    }
}
