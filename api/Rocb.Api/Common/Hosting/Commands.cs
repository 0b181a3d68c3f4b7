using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Rocb.Api.Common.Security;
using Rocb.Api.Persistence;
using Rocb.Api.Persistence.Seed;

namespace Rocb.Api.Common.Hosting;

/// <summary>
/// What the executable does besides serving: `migrate` applies the SQL migrations and seeds reference data;
/// `openapi PATH` writes the served OpenAPI document (YAML) to PATH, which is how openapi.yaml is regenerated.
/// </summary>
public static class Commands
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "migrate":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var applied = await scope.ServiceProvider.GetRequiredService<MigrationRunner>().MigrateAsync();
                    app.Logger.LogInformation("Migrations applied: {Count}", applied.Count);
                    await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync();
                    await scope.ServiceProvider.GetRequiredService<AdministratorBootstrap>().EnsureAsync();
                }
                return 0;
            case "openapi":
                return await ExportOpenApi(app, args.ElementAtOrDefault(1) ?? "openapi.yaml");
            default:
                await app.RunAsync();
                return 0;
        }
    }

    private static async Task<int> ExportOpenApi(WebApplication app, string path)
    {
        // Serve on a free loopback port just long enough to fetch the document the API really serves.
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient();
        var yaml = await http.GetStringAsync($"{address}/openapi/v1.yaml");
        await File.WriteAllTextAsync(path, yaml);
        await app.StopAsync();
        Console.WriteLine($"Wrote {Path.GetFullPath(path)}");
        return 0;
    }
}
