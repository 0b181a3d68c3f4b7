using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.OpenApi;
using Rocb.Api.Features.Activities;
using Rocb.Api.Features.ApiKeys;
using Rocb.Api.Features.Audit;
using Rocb.Api.Features.Auth;
using Rocb.Api.Features.Deployments;
using Rocb.Api.Features.Experts;
using Rocb.Api.Features.FollowUpSurveys;
using Rocb.Api.Features.Members;
using Rocb.Api.Features.NeedsSurveys;
using Rocb.Api.Features.NeedsAnalysis;
using Rocb.Api.Features.Milestones;
using Rocb.Api.Features.Participation;
using Rocb.Api.Features.Plans;
using Rocb.Api.Features.ReferenceData;
using Rocb.Api.Features.Regions;
using Rocb.Api.Features.SubRegions;
using Rocb.Api.Features.Topics;
using Rocb.Api.Features.Users;

namespace Rocb.Api.Common.Hosting;

public static class RequestPipeline
{
    public static WebApplication UseRocb(this WebApplication app)
    {
        // Always ProblemDetails, never the developer page: errors look the same in every environment,
        // and 500s carry no stack trace.
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimit>(app.Configuration.GetValue("Rocb:MaxRequestBodyBytes", ServiceRegistration.DefaultMaxRequestBodyBytes));

        var spa = SpaFiles(app);
        if (spa is not null)
        {
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = spa });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = spa });
        }

        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapOpenApi("/openapi/{documentName}.yaml");
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "swagger";
            o.SwaggerEndpoint($"/openapi/{OpenApiSetup.DocumentName}.json", "Rocb API v1");
            o.DocumentTitle = "Rocb API";
        });

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });

        app.MapAuth();
        app.MapRegions();
        app.MapTopics();
        app.MapSubRegions();
        app.MapMembers();
        app.MapReferenceData();
        app.MapPlans();
        app.MapMilestoneStatuses();
        app.MapActivities();
        app.MapParticipation();
        app.MapUsers();
        app.MapApiKeys();
        app.MapAudit();
        app.MapFollowUpSurveys();
        app.MapExperts();
        app.MapDeployments();
        app.MapNeedsSurveys();
        app.MapNeedsAnalysis();

        // Client-side routes get the SPA's index.html. API, health, OpenAPI and Swagger paths never do:
        // an unknown one is a ProblemDetails 404 (UseStatusCodePages), a wrong content type a 415.
        if (spa is not null)
            app.MapFallbackToFile(SpaRoutes, "index.html", new StaticFileOptions { FileProvider = spa });
        return app;
    }

    private const string SpaRoutes = "{*path:regex(^(?!(api|health|openapi|swagger)(/|$)).*$):nonfile}";

    /// <summary>The built SPA (web/dist), if there is one: Rocb:SpaRoot, else web/dist beside the repo's api folder.</summary>
    private static PhysicalFileProvider? SpaFiles(WebApplication app)
    {
        var configured = app.Configuration["Rocb:SpaRoot"];
        var root = configured ?? Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, "..", "..", "web", "dist"));
        if (File.Exists(Path.Combine(root, "index.html"))) return new PhysicalFileProvider(root);
        if (configured is not null) app.Logger.LogWarning("Rocb:SpaRoot {SpaRoot} has no index.html: the SPA is not served", root);
        return null;
    }
}
