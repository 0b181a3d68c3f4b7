using System.ComponentModel;
using FluentValidation;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Activities;

/// <summary>The iCalendar (RFC 5545) feed of upcoming activities: planned and confirmed ones from a day on.</summary>
public sealed record ExportActivitiesCalendar : IQuery<string>
{
    [Description("First day of the feed (default: today).")]
    [FromQuery(Name = "from")] public DateOnly? From { get; set; }

    [Description("Only activities this Member hosts or benefits from.")]
    [FromQuery(Name = "memberId")] public int? MemberId { get; set; }
}

public sealed class ExportActivitiesCalendarValidator : AbstractValidator<ExportActivitiesCalendar>
{
    public ExportActivitiesCalendarValidator() =>
        RuleFor(q => q.From).Must(d => d is null || d.Value.Year >= 1990).WithMessage("from must be a real date.");
}

internal sealed class ExportActivitiesCalendarHandler(RocbDbContext db, TimeProvider clock) : IRequestHandler<ExportActivitiesCalendar, string>
{
    public async Task<string> Handle(ExportActivitiesCalendar request, CancellationToken cancellationToken)
    {
        var from = request.From ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var q = db.Activities.AsNoTracking().Where(a => a.StartsOn != null && (a.EndsOn ?? a.StartsOn) >= from
                                                        && (a.Status == ActivityStatus.Planned || a.Status == ActivityStatus.Confirmed));
        if (request.MemberId is { } member) q = q.Where(a => a.HostMemberId == member || a.Members.Any(m => m.Id == member));
        var activities = await q.OrderBy(a => a.StartsOn).ThenBy(a => a.Id).Take(2000)
            .Select(a => new { a.Id, a.Title, a.StartsOn, a.EndsOn, a.DatePrecision, a.Venue, a.Status, a.Type, a.Version })
            .ToListAsync(cancellationToken);

        var calendar = new Calendar { ProductId = "-//WCO ROCB A/P//Rocb//EN" };
        calendar.AddProperty("X-WR-CALNAME", "ROCB A/P activities");
        foreach (var a in activities)
        {
            var start = a.StartsOn!.Value;
            var end = (a.EndsOn ?? start).AddDays(1); // all-day events end the day after (exclusive)
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"activity-{a.Id}@rocb",
                Summary = a.DatePrecision == DatePrecision.Day ? a.Title : $"{a.Title} (dates to be fixed)",
                Start = new CalDateTime(start),
                End = new CalDateTime(end),
                Location = a.Venue,
                Status = a.Status == ActivityStatus.Confirmed ? EventStatus.Confirmed : EventStatus.Tentative,
                Sequence = (int)(a.Version % int.MaxValue),
                Categories = [a.Type.ToString()],
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
