using System.Text.Json.Nodes;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.Activities;

/// <summary>Looks up seeded ids (Members, topics, plan actions) the activity tests refer to.</summary>
public static class ActivityTestData
{
    public static async Task<int> MemberIdAsync(HttpClient client, string code)
    {
        var page = await (await client.GetAsync($"/api/members?q={code}&pageSize=200")).OkAsync<JsonObject>();
        return page["items"]!.AsArray().Single(m => m!["code"]!.GetValue<string>() == code)!["id"]!.GetValue<int>();
    }

    /// <summary>The id of a specific action of a plan, e.g. ("SAP-2018-2020", 1, "a").</summary>
    public static async Task<int> ActionIdAsync(HttpClient client, string planCode, int pillar, string action)
    {
        var plans = await (await client.GetAsync("/api/plans")).OkAsync<JsonArray>();
        var planId = plans.Single(p => p!["code"]!.GetValue<string>() == planCode)!["id"]!.GetValue<int>();
        var plan = await (await client.GetAsync($"/api/plans/{planId}")).OkAsync<JsonObject>();
        return plan["pillars"]!.AsArray().Single(p => p!["number"]!.GetValue<int>() == pillar)!["actions"]!.AsArray()
            .Single(a => a!["code"]!.GetValue<string>() == action)!["id"]!.GetValue<int>();
    }

    /// <summary>A delivered regional workshop in FY2024/25 with only the required fields; callers override what they test.</summary>
    public static Dictionary<string, object?> Workshop(string title) => new()
    {
        ["title"] = title,
        ["type"] = "regional-workshop",
        ["status"] = "delivered",
        ["startsOn"] = "2024-09-10",
        ["endsOn"] = "2024-09-12",
        ["datePrecision"] = "day",
        ["mode"] = "in-person",
        ["rocbRole"] = "organised",
        ["venue"] = "Bangkok, Thailand",
    };
}
