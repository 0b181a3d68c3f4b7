using System.Net;
using Npgsql;
using Rocb.Api.Features.Deployments;
using Rocb.Api.Features.Experts;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.Experts;

public static class ExpertTestData
{
    public static async Task<int> TopicIdAsync(ApiFixture api, string code)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT id FROM topics WHERE code = $1", connection);
        cmd.Parameters.AddWithValue(code);
        return (int)(await cmd.ExecuteScalarAsync())!;
    }

    public static async Task<ExpertDto> CreateExpertAsync(HttpClient client, object body) =>
        await (await client.SendJsonAsync(HttpMethod.Post, "/api/experts", body)).OkAsync<ExpertDto>(HttpStatusCode.Created);

    public static async Task<DeploymentDto> PostAsync(HttpClient client, string url, object? body = null, HttpStatusCode status = HttpStatusCode.OK) =>
        await (await client.SendJsonAsync(HttpMethod.Post, url, body ?? new { })).OkAsync<DeploymentDto>(status);

    /// <summary>Proposes, invites, accepts and releases: a deployment ready to be confirmed.</summary>
    public static async Task<DeploymentDto> ReleasedAsync(HttpClient client, int expertId, int requestId, string startsOn, string endsOn)
    {
        var d = await PostAsync(client, "/api/deployments", new { expertId, requestId, startsOn, endsOn }, HttpStatusCode.Created);
        await PostAsync(client, $"/api/deployments/{d.Id}/invite");
        await PostAsync(client, $"/api/deployments/{d.Id}/answer", new { accept = true });
        return await PostAsync(client, $"/api/deployments/{d.Id}/release");
    }
}
