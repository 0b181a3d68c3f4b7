using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Rocb.Api.Common.Auditing;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain;
using Rocb.Api.Persistence;

namespace Rocb.Api.Common.Hosting;

public static class SecurityRegistration
{
    /// <summary>The default scheme: an API key when X-Api-Key is sent, else a bearer token.</summary>
    public const string Scheme = "Rocb";

    public static IServiceCollection AddRocbSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddScoped<CurrentUser>();

        services.AddDataProtection().SetApplicationName("Rocb");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(
            o => o.XmlRepository = new DataProtectionKeyRepository(sp.GetRequiredService<IServiceScopeFactory>())));

        services.AddIdentityCore<RocbUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Rocb:Lockout:MaxFailedAttempts", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Rocb:Lockout:Minutes", 15));
                o.User.RequireUniqueEmail = true;
            })
            .AddRoles<RocbRole>()
            .AddEntityFrameworkStores<RocbDbContext>()
            .AddSignInManager();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Bearer token or API key", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : IdentityConstants.BearerScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromMinutes(configuration.GetValue("Rocb:Tokens:AccessMinutes", 60));
                o.RefreshTokenExpiration = TimeSpan.FromDays(configuration.GetValue("Rocb:Tokens:RefreshDays", 14));
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddScoped<IClaimsTransformation, UserSessionValidation>();

        services.AddAuthorization(o => o.AddPermissionPolicies());
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();

        services.AddRocbRateLimits(configuration);
        return services;
    }
}
