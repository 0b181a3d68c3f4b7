using System.Net;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Rocb.Api.Features.ApiKeys;
using Rocb.Api.Features.Audit;
using Rocb.Api.Features.Members;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.Security;

public sealed class ApiKeyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<CreatedApiKeyDto> CreateAsync(params string[] scopes) =>
        await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/api-keys",
            new { name = "WCO Secretariat system (test)", scopes })).OkAsync<CreatedApiKeyDto>(HttpStatusCode.Created);

    [Fact]
    public async Task A_key_reads_within_its_scope_and_is_refused_beyond_it()
    {
        var created = await CreateAsync("reference-data:read");
        var client = api.Factory.ClientWithApiKey(created.Key);
        Assert.Equal("TH", (await (await client.GetAsync("/api/members?q=Thailand")).OkAsync<MemberPageDto>()).Items.Single().Code);

        var problem = await (await client.SendJsonAsync(HttpMethod.Post, "/api/members", new { code = "QK", name = "x", subRegionId = 1 }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("reference-data:write", problem["detail"]!.GetValue<string>());
        await (await client.GetAsync("/api/users")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/api/auth/me")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_key_is_shown_once_and_stored_only_as_a_hash()
    {
        var created = await CreateAsync("reference-data:read");
        Assert.StartsWith($"rocb_{created.ApiKey.Prefix}_", created.Key);

        var listed = await (await api.Client().GetAsync("/api/api-keys")).Content.ReadAsStringAsync();
        Assert.Contains(created.ApiKey.Prefix, listed);
        Assert.DoesNotContain(created.Key, listed);
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT secret_hash FROM api_keys WHERE prefix = $1", connection);
        command.Parameters.AddWithValue(created.ApiKey.Prefix);
        var stored = (byte[])(await command.ExecuteScalarAsync())!;
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(created.Key.Split('_', 3)[2])), stored);
    }

    [Theory]
    [InlineData("rocb_000000000000_nosuchsecret", "The API key is not valid.")]
    [InlineData("just-some-text", "The API key is malformed.")]
    public async Task Wrong_and_malformed_keys_are_401(string key, string detail)
    {
        var problem = await (await api.Factory.ClientWithApiKey(key).GetAsync("/api/members")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(detail, problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_revoked_key_stops_working()
    {
        var created = await CreateAsync("reference-data:read");
        var client = api.Factory.ClientWithApiKey(created.Key);
        await (await client.GetAsync("/api/regions")).OkAsync<object>();

        Assert.Equal(HttpStatusCode.NoContent, (await api.Client().DeleteAsync($"/api/api-keys/{created.ApiKey.Id}")).StatusCode);
        var problem = await (await client.GetAsync("/api/regions")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("The API key has been revoked.", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_expired_key_stops_working()
    {
        var created = await CreateAsync("reference-data:read");
        await using (var connection = new NpgsqlConnection(api.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"UPDATE api_keys SET expires_at = now() - interval '1 minute' WHERE id = '{created.ApiKey.Id}'", connection);
            await command.ExecuteNonQueryAsync();
        }
        var problem = await (await api.Factory.ClientWithApiKey(created.Key).GetAsync("/api/regions")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("The API key has expired.", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Creating_a_key_validates_name_scopes_and_expiry()
    {
        var problem = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/api-keys",
            new { name = "", scopes = new[] { "everything" }, expiresAt = DateTimeOffset.UtcNow.AddDays(-1) })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("name"));
        Assert.NotEmpty(problem.FieldErrors("scopes[0]"));
        Assert.NotEmpty(problem.FieldErrors("expiresAt"));
    }

    [Fact]
    public async Task Changes_made_with_a_key_are_audited_under_the_key_and_its_last_use_recorded()
    {
        var created = await CreateAsync("reference-data:read", "reference-data:write");
        var member = await (await api.Factory.ClientWithApiKey(created.Key).SendJsonAsync(HttpMethod.Post, "/api/members",
            new { code = "QK", name = "Created by an integration (test)", subRegionId = 1 })).OkAsync<MemberDto>(HttpStatusCode.Created);

        var history = await (await api.Client().GetAsync($"/api/audit-entries/Member/{member.Id}")).OkAsync<List<AuditEntryDto>>();
        var entry = Assert.Single(history);
        Assert.Equal(("api-key", created.ApiKey.Id.ToString(), "created"), (entry.ActorType, entry.ActorId, entry.Action));

        var keys = await (await api.Client().GetAsync("/api/api-keys")).OkAsync<ApiKeyPageDto>();
        Assert.NotNull(keys.Items.Single(k => k.Id == created.ApiKey.Id).LastUsedAt);
    }
}
