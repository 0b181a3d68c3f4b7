using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rocb.Api.Common.Email;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.OpenApi;
using Rocb.Api.Common.Security;
using Rocb.Api.Persistence;
using Rocb.Api.Persistence.Seed;

namespace Rocb.Api.Common.Hosting;

public static class ServiceRegistration
{
    /// <summary>Largest request body the API reads (also the Kestrel limit): 1 MiB unless configured.</summary>
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddRocb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var maxBody = builder.Configuration.GetValue("Rocb:MaxRequestBodyBytes", DefaultMaxRequestBodyBytes);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = maxBody);

        services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        // Malformed JSON, wrong content types and unparsable route/query values reach the
        // exception handler (and become ProblemDetails) instead of an empty 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? ctx.HttpContext.TraceIdentifier;
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        // Resolved lazily so that tests (and the migrate command) can point at another database.
        services.AddSingleton(sp => new NpgsqlDataSourceBuilder(ConnectionString(sp.GetRequiredService<IConfiguration>())).Build());
        services.AddDbContext<RocbDbContext>((sp, o) => o
            .UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>())
            .UseSnakeCaseNamingConvention());
        services.AddScoped<MigrationRunner>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<AdministratorBootstrap>();
        services.AddScoped<Features.Progress.ProgressQueries>();
        services.AddScoped<Features.Progress.ProgressEngine>();
        services.AddScoped<Persistence.Synthetic.SyntheticData>();
        services.AddSingleton<Persistence.Synthetic.ProgressBenchmark>();
        services.AddSingleton<Persistence.Synthetic.ActivityBenchmark>();
        services.AddSingleton<Persistence.Synthetic.MatchingBenchmark>();
        services.AddSingleton<Persistence.Synthetic.NeedsBenchmark>();
        services.AddSingleton(TimeProvider.System);
        services.Configure<EmailOptions>(builder.Configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddSingleton<PublicLinks>();

        services.Configure<MediationOptions>(builder.Configuration.GetSection("Rocb:Mediation"));
        services.AddMediation(typeof(ServiceRegistration).Assembly);

        services.AddRocbSecurity(builder.Configuration);

        services.AddHealthChecks().AddDbContextCheck<RocbDbContext>("database", tags: ["ready"]);
        services.AddRocbOpenApi();
        return builder;
    }

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        // Without Strict, integers are documented (and accepted) as "integer | string".
        options.NumberHandling = JsonNumberHandling.Strict;
        // Enum values travel in kebab-case ("member-coverage", "at-least"), as in the data files.
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
    }

    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Rocb")
        ?? configuration["ROCB_DB"]
        ?? throw new InvalidOperationException(
            "No database configured: set ConnectionStrings__Rocb or ROCB_DB (npm start does this for you).");
}
