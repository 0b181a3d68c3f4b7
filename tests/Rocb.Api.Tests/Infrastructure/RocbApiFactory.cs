using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Rocb.Api.Tests.Infrastructure;

/// <summary>The real API, in process, over a real database.</summary>
public sealed class RocbApiFactory(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Rocb", connectionString);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("ROCB_ADMIN_EMAIL", TestUsers.AdminEmail);
        builder.UseSetting("ROCB_ADMIN_PASSWORD", TestUsers.Password);
        // Tests sign in far more often than people do; the rate-limit tests set their own limits.
        builder.UseSetting("Rocb:RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("Rocb:RateLimits:PerIpPerMinute", "100000");
        builder.UseSetting("Rocb:RateLimits:PerApiKeyPerMinute", "100000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
    }

    public async Task<string> SignInAsync(string email, string password = TestUsers.Password)
    {
        var response = await CreateClient().PostAsJsonAsync("/api/auth/sign-in", new { email, password });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Sign-in of {email} failed: {body}");
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!;
    }

    public HttpClient ClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient ClientWithApiKey(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}

/// <summary>
/// One database per test class (xunit class fixture), copied from the migrated, seeded template,
/// and the API over it. Tests that change data use codes of their own so they do not depend on order.
/// </summary>
public class ApiFixture : IAsyncLifetime
{
    /// <summary>Configuration added to the API's (a variant fixture overrides it, e.g. to point e-mail at a test server).</summary>
    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    private string _database = "";
    private readonly Dictionary<string, string> _tokens = [];
    public RocbApiFactory Factory { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";

    /// <summary>A client signed in as the administrator (most tests exercise behaviour, not access).</summary>
    public HttpClient Client() => As(Common.Security.Roles.Administrator);

    public HttpClient Anonymous() => Factory.CreateClient();

    /// <summary>A client signed in as one of <see cref="TestUsers.All"/>.</summary>
    public HttpClient As(string principal) => Factory.ClientWithToken(_tokens[principal]);

    /// <summary>Signs the principal in again (after a test ended its sessions).</summary>
    public async Task RenewSessionAsync(string principal) =>
        _tokens[principal] = await Factory.SignInAsync(TestUsers.All[principal].Email);

    public async Task InitializeAsync()
    {
        _database = await TestDatabases.CreateFromTemplateAsync();
        ConnectionString = TestDatabases.ConnectionStringFor(_database);
        Factory = new RocbApiFactory(ConnectionString, Settings);
        foreach (var (name, user) in TestUsers.All)
            _tokens[name] = await Factory.SignInAsync(user.Email);
    }

    public virtual async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await TestDatabases.DropAsync(_database);
    }
}
