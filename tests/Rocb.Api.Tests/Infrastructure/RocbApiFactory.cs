using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Rocb.Api.Tests.Infrastructure;

/// <summary>The real API, in process, over a real database.</summary>
public sealed class RocbApiFactory(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Rocb", connectionString);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}

/// <summary>
/// One database per test class (xunit class fixture), copied from the migrated, seeded template,
/// and the API over it. Tests that change data use codes of their own so they do not depend on order.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private string _database = "";
    public RocbApiFactory Factory { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";

    public HttpClient Client() => Factory.CreateClient();

    public async Task InitializeAsync()
    {
        _database = await TestDatabases.CreateFromTemplateAsync();
        ConnectionString = TestDatabases.ConnectionStringFor(_database);
        Factory = new RocbApiFactory(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await TestDatabases.DropAsync(_database);
    }
}
