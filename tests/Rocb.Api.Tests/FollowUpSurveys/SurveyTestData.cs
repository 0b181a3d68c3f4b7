using Microsoft.EntityFrameworkCore;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Features.FollowUpSurveys;
using Rocb.Api.Persistence;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.FollowUpSurveys;

/// <summary>
/// Activities for the survey tests, written straight to the test database (the activity register's endpoints are not
/// on this branch). Each test uses a fiscal year of its own, far from the seeded ones, so that tests sharing a database
/// do not see each other's workshops. Titles say they are test data.
/// </summary>
internal static class SurveyTestData
{
    public sealed record Taking(string[]? Beneficiaries = null, string[]? Counted = null, string[]? Named = null, bool UnattributedCount = false);

    public static async Task<long> ActivityAsync(ApiFixture api, string title, ActivityType type, DateOnly startsOn, DateOnly? endsOn = null,
        ActivityStatus status = ActivityStatus.Delivered, RocbInvolvement role = RocbInvolvement.Organised, Taking? taking = null)
    {
        taking ??= new Taking();
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RocbDbContext>();
        var members = await db.Members.ToDictionaryAsync(m => m.Code);
        var activity = new Activity
        {
            Title = $"{title} (test)", Type = type, Status = status, RocbRole = role, StartsOn = startsOn, EndsOn = endsOn,
            DatePrecision = DatePrecision.Day, Members = (taking.Beneficiaries ?? []).Select(c => members[c]).ToList(),
        };
        db.Activities.Add(activity);
        await db.SaveChangesAsync();
        foreach (var code in taking.Counted ?? [])
            db.ParticipantCounts.Add(new ParticipantCount { ActivityId = activity.Id, MemberId = members[code].Id, Female = 1, Male = 1 });
        if (taking.UnattributedCount) db.ParticipantCounts.Add(new ParticipantCount { ActivityId = activity.Id, NotRecorded = 5 });
        foreach (var code in taking.Named ?? [])
            db.Participants.Add(new Participant { ActivityId = activity.Id, MemberId = members[code].Id, Name = "Placeholder participant (test)", Gender = Gender.NotRecorded });
        await db.SaveChangesAsync();
        // As the API does: named participants roll up into their Member's count.
        await Rocb.Api.Features.Participation.ParticipationRules.RollUpAsync(db, activity.Id, CancellationToken.None);
        return activity.Id;
    }

    public static async Task<Dictionary<string, int>> MembersAsync(ApiFixture api)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RocbDbContext>().Members.ToDictionaryAsync(m => m.Code, m => m.Id);
    }

    public static async Task<int> RepliesInDatabaseAsync(ApiFixture api, int workshopId)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RocbDbContext>().SurveyReplies.CountAsync(r => r.WorkshopId == workshopId);
    }

    public static object Round(string code, int fiscalYear, int replyWindowDays = 21) =>
        new { code, title = $"Follow-up survey {code} (test)", fiscalYear, replyWindowDays };

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
