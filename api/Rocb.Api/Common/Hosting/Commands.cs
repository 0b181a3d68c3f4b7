using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Rocb.Api.Common.Security;
using Rocb.Api.Persistence;
using Rocb.Api.Persistence.Seed;
using Rocb.Api.Persistence.Synthetic;

namespace Rocb.Api.Common.Hosting;

/// <summary>
/// What the executable does besides serving: `migrate` applies the SQL migrations and seeds reference data;
/// `synthetic` fills a dedicated database with a large placeholder history; `benchmark [PLAN] [AS-OF] [RUNS]` times
/// the whole-plan progress call on it; `benchmark-activities [RUNS]` times the activity list, a survey analysis and a
/// 100,000-row participant upload on it; `benchmark-matching [RUNS]` adds a synthetic roster (10,000 experts, 100,000 deployments) and times expert matching;
/// `benchmark-needs [RUNS]` migrates, adds six synthetic needs cycles of 186 Members × 60 topics and times the needs analysis against its raw SQL; `openapi PATH` writes the served OpenAPI document (YAML) to PATH, which is how openapi.yaml is regenerated.
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
            case "synthetic":
                // Only into a database of its own: it adds 150 placeholder Members and 200,000 activities.
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<MigrationRunner>().MigrateAsync();
                    await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync();
                    await scope.ServiceProvider.GetRequiredService<SyntheticData>().GenerateAsync();
                }
                return 0;
            case "benchmark":
                Console.WriteLine(await app.Services.GetRequiredService<ProgressBenchmark>().RunAsync(
                    args.ElementAtOrDefault(1) ?? "SYN-AP",
                    DateOnly.Parse(args.ElementAtOrDefault(2) ?? "2016-03-31", System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(args.ElementAtOrDefault(3) ?? "50", System.Globalization.CultureInfo.InvariantCulture)));
                return 0;
            case "benchmark-activities":
                Console.WriteLine(await app.Services.GetRequiredService<ActivityBenchmark>().RunAsync(
                    int.Parse(args.ElementAtOrDefault(1) ?? "50", System.Globalization.CultureInfo.InvariantCulture)));
                return 0;
            case "benchmark-matching":
                // Adds the synthetic roster (10,000 experts, 100,000 past deployments) on its first run: a dedicated, migrated database only.
                Console.WriteLine(await app.Services.GetRequiredService<MatchingBenchmark>().RunAsync(
                    int.Parse(args.ElementAtOrDefault(1) ?? "50", System.Globalization.CultureInfo.InvariantCulture)));
                return 0;
            case "benchmark-needs":
                // Migrates and seeds, then adds 186 Members' synthetic needs cycles on its first run: a database of its own only.
                Console.WriteLine(await app.Services.GetRequiredService<NeedsBenchmark>().RunAsync(
                    int.Parse(args.ElementAtOrDefault(1) ?? "50", System.Globalization.CultureInfo.InvariantCulture)));
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
