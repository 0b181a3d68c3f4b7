using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Experts;

/// <summary>One expert's iCalendar (RFC 5545) feed: its unavailability and its deployments that are not declined or cancelled.</summary>
public sealed record ExportExpertCalendar(int ExpertId) : IQuery<string>;

internal sealed class ExportExpertCalendarHandler(RocbDbContext db, CurrentUser user) : IRequestHandler<ExportExpertCalendar, string>
{
    public async Task<string> Handle(ExportExpertCalendar request, CancellationToken cancellationToken)
    {
        ExpertAccess.EnsureOwn(user, request.ExpertId);
        var expert = await db.Experts.AsNoTracking().Where(e => e.Id == request.ExpertId).Select(e => new { e.Id, e.Name }).SingleOrDefaultAsync(cancellationToken)
                     ?? throw new NotFoundException("Expert", request.ExpertId);
        var periods = await db.Unavailability.AsNoTracking().Where(u => u.ExpertId == expert.Id).OrderBy(u => u.StartsOn).ToListAsync(cancellationToken);
        var deployments = await db.Deployments.AsNoTracking()
            .Where(d => d.ExpertId == expert.Id && d.Status != DeploymentStatus.Declined && d.Status != DeploymentStatus.Cancelled)
            .OrderBy(d => d.StartsOn)
            .Select(d => new { d.Id, d.StartsOn, d.EndsOn, d.Status, d.Version, Title = d.Request != null ? d.Request.Title : d.Activity != null ? d.Activity.Title : "Deployment",
                Place = d.Request != null ? d.Request.Place : d.Activity != null ? d.Activity.Venue : null })
            .Take(2000).ToListAsync(cancellationToken);

        var calendar = new Calendar { ProductId = "-//WCO ROCB A/P//Rocb//EN" };
        calendar.AddProperty("X-WR-CALNAME", $"{expert.Name}: deployments and unavailability");
        foreach (var u in periods)
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"unavailability-{u.Id}@rocb", Summary = $"Unavailable{(u.Reason is null ? "" : $": {u.Reason}")}",
                Start = new CalDateTime(u.StartsOn), End = new CalDateTime(u.EndsOn.AddDays(1)), Status = EventStatus.Confirmed,
            });
        foreach (var d in deployments)
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"deployment-{d.Id}@rocb", Summary = $"{d.Title} ({Common.Http.KebabEnum.Name(d.Status)})",
                Start = new CalDateTime(d.StartsOn), End = new CalDateTime(d.EndsOn.AddDays(1)), Location = d.Place,
                Status = d.Status is DeploymentStatus.Confirmed or DeploymentStatus.Completed ? EventStatus.Confirmed : EventStatus.Tentative,
                Sequence = (int)(d.Version % int.MaxValue),
            });
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
