using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rocb.Api.Features.NeedsSurveys;
using Rocb.Api.Persistence;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.NeedsSurveys;

/// <summary>Cycles and lookups for the needs survey tests (invented test data, not survey answers).</summary>
public static class NeedsTestData
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static async Task<Dictionary<string, int>> MembersAsync(ApiFixture api)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RocbDbContext>().Members.ToDictionaryAsync(m => m.Code, m => m.Id);
    }

    public static async Task<Dictionary<string, int>> TopicsAsync(ApiFixture api)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RocbDbContext>().Topics.ToDictionaryAsync(t => t.Code, t => t.Id);
    }

    /// <summary>Runs a query against the test database (to check what was, or was not, written).</summary>
    public static async Task<T> DbAsync<T>(ApiFixture api, Func<RocbDbContext, Task<T>> query)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<RocbDbContext>());
    }

    /// <summary>Rows of every needs table of a cycle, to assert that a refused request changed nothing.</summary>
    public static Task<string> FootprintAsync(ApiFixture api, int cycleId) => DbAsync(api, async db =>
    {
        var cycle = await db.NeedsCycles.AsNoTracking().SingleAsync(c => c.Id == cycleId);
        var responses = await db.NeedsResponses.AsNoTracking().Where(r => r.CycleId == cycleId).OrderBy(r => r.Id)
            .Select(r => $"{r.Id}:{r.MemberId}:{r.Status}:{r.Revision}:{r.SubmittedAt}:{string.Join(',', r.PriorityTopicIds)}").ToListAsync();
        var answers = await db.NeedsAnswers.AsNoTracking().Where(a => db.NeedsResponses.Any(r => r.Id == a.ResponseId && r.CycleId == cycleId))
            .OrderBy(a => a.ResponseId).ThenBy(a => a.QuestionId)
            .Select(a => $"{a.ResponseId}:{a.QuestionId}:{a.NeedLevel}:{a.PreferredQuarter}:{a.ImplementationStatus}:{a.Remarks}").ToListAsync();
        var revisions = await db.NeedsResponseRevisions.CountAsync(r => db.NeedsResponses.Any(x => x.Id == r.ResponseId && x.CycleId == cycleId));
        var questions = await db.NeedsQuestions.AsNoTracking().Where(q => q.CycleId == cycleId).OrderBy(q => q.Position)
            .Select(q => $"{q.Id}:{q.TopicId}:{q.Text}").ToListAsync();
        var members = await db.NeedsCycleMembers.CountAsync(m => m.CycleId == cycleId);
        var reminders = await db.NeedsReminders.CountAsync(r => r.CycleId == cycleId);
        return string.Join('\n', [$"{cycle.Name}|{cycle.Status}|{cycle.OpensOn}|{cycle.ClosesOn}|{cycle.Version}", .. responses, .. answers,
            $"revisions {revisions}", .. questions, $"members {members}", $"reminders {reminders}"]);
    });

    public static readonly string[] QuestionTopics = ["rkc", "tfa", "risk-management", "aeo", "hs"];

    /// <summary>A cycle of TH, MY, ID, PH and VN on five topics and one custom question; opened (window around today) unless told.</summary>
    public static async Task<NeedsCycleDto> CycleAsync(ApiFixture api, string name, bool open = true, DateOnly? opensOn = null,
        DateOnly? closesOn = null, string[]? members = null, string[]? topics = null)
    {
        var memberIds = await MembersAsync(api);
        var topicIds = await TopicsAsync(api);
        var body = new
        {
            name, fiscalYear = 2027, opensOn = opensOn ?? Today.AddDays(-10), closesOn = closesOn ?? Today.AddDays(20),
            memberIds = (members ?? ["TH", "MY", "ID", "PH", "VN"]).Select(c => memberIds[c]).ToList(),
            coordinators = new[] { "Japan Customs (regional coordinator)", "ROCB A/P" },
            topicIds = (topics ?? QuestionTopics).Select(c => topicIds[c]).ToList(),
            customQuestions = new[] { "Anything else the ROCB should know? (test)" },
        };
        var cycle = await (await api.As(Common.Security.Roles.Staff).SendJsonAsync(HttpMethod.Post, "/api/needs-cycles", body))
            .OkAsync<NeedsCycleDto>(HttpStatusCode.Created);
        if (!open) return cycle;
        return await (await api.As(Common.Security.Roles.Staff).PostAsync($"/api/needs-cycles/{cycle.Id}/open", null)).OkAsync<NeedsCycleDto>();
    }
}
