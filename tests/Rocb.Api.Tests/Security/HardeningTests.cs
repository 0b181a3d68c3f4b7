using System.Net;
using System.Net.Http.Json;
using Rocb.Api.Features.ApiKeys;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.Security;

public sealed class HardeningTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/api/members")]
    [InlineData("/swagger/index.html")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await api.Anonymous().GetAsync(url);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(response.Headers.Contains("Strict-Transport-Security")); // outside Development
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429_with_retry_after()
    {
        await using var limited = new RocbApiFactory(api.ConnectionString, new Dictionary<string, string> { ["Rocb:RateLimits:SignInPerMinute"] = "3" });
        var client = limited.CreateClient();
        for (var i = 0; i < 3; i++)
            await (await client.PostAsJsonAsync("/api/auth/sign-in", new { email = "viewer@rocb.test", password = "wrong" })).ProblemAsync(HttpStatusCode.Unauthorized);
        var response = await client.PostAsJsonAsync("/api/auth/sign-in", new { email = "viewer@rocb.test", password = TestUsers.Password });
        await response.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single()) > 0);
    }

    [Fact]
    public async Task Requests_beyond_the_per_ip_limit_get_429()
    {
        await using var limited = new RocbApiFactory(api.ConnectionString, new Dictionary<string, string> { ["Rocb:RateLimits:PerIpPerMinute"] = "5" });
        var client = limited.CreateClient();
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        await (await client.GetAsync("/health/live")).ProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Requests_beyond_the_per_key_limit_get_429()
    {
        var created = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/api-keys",
            new { name = "Rate-limited client (test)", scopes = new[] { "reference-data:read" } })).OkAsync<CreatedApiKeyDto>(HttpStatusCode.Created);
        await using var limited = new RocbApiFactory(api.ConnectionString, new Dictionary<string, string> { ["Rocb:RateLimits:PerApiKeyPerMinute"] = "2" });
        var client = limited.ClientWithApiKey(created.Key);
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/regions")).StatusCode);
        await (await client.GetAsync("/api/regions")).ProblemAsync(HttpStatusCode.TooManyRequests);
        // Another caller (no key) is not held back by that key's limit.
        Assert.Equal(HttpStatusCode.OK, (await limited.CreateClient().GetAsync("/health/live")).StatusCode);
    }
}
