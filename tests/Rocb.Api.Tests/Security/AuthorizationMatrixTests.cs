using System.Net;
using System.Text;
using System.Text.Json;
using Rocb.Api.Features.ApiKeys;
using Rocb.Api.Features.Members;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.Security;

public sealed class AuthorizationMatrixFixture : IAsyncLifetime
{
    public ApiFixture Api { get; } = new();
    public Dictionary<string, (string Method, string Path)> Operations { get; } = [];
    public Dictionary<string, string> Keys { get; } = [];
    public int ThailandId { get; private set; }

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        var admin = Api.Client();
        using var document = JsonDocument.Parse(await Api.Anonymous().GetStringAsync("/openapi/v1.json"));
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
            Operations[operation.Value.GetProperty("operationId").GetString()!] = (operation.Name.ToUpperInvariant(), path.Name);

        ThailandId = (await (await admin.GetAsync("/api/members?q=Thailand")).OkAsync<MemberPageDto>()).Items.Single().Id;
        Keys[AuthorizationMatrix.ReadKey] = await CreateKey(admin, ["reference-data:read"]);
        Keys[AuthorizationMatrix.WriteKey] = await CreateKey(admin, ["reference-data:read", "reference-data:write"]);
    }

    private static async Task<string> CreateKey(HttpClient admin, string[] scopes) =>
        (await (await admin.SendJsonAsync(HttpMethod.Post, "/api/api-keys", new { name = $"matrix {string.Join('+', scopes)}", scopes }))
            .OkAsync<CreatedApiKeyDto>(HttpStatusCode.Created)).Key;

    public HttpClient ClientFor(string principal) => principal switch
    {
        AuthorizationMatrix.Anonymous => Api.Anonymous(),
        AuthorizationMatrix.ReadKey or AuthorizationMatrix.WriteKey => Api.Factory.ClientWithApiKey(Keys[principal]),
        _ => Api.As(principal),
    };

    public Task DisposeAsync() => Api.DisposeAsync();
}

/// <summary>
/// Every operation, called by every kind of caller: the allowed ones get past authorization (any answer but
/// 401/403), anonymous callers of the others get 401, signed-in or keyed callers 403.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixFixture matrix) : IClassFixture<AuthorizationMatrixFixture>
{
    [Fact]
    public void Every_operation_of_the_contract_has_a_rule_and_every_rule_an_operation()
    {
        Assert.Equal(matrix.Operations.Keys.Order(), AuthorizationMatrix.Allowed.Keys.Order());
    }

    [Fact]
    public void Only_the_allow_list_is_open_to_anonymous_callers()
    {
        var anonymous = AuthorizationMatrix.Allowed.Where(r => r.Value.Contains(AuthorizationMatrix.Anonymous)).Select(r => r.Key);
        Assert.Equal(AuthorizationMatrix.AnonymousAllowList.Order(), anonymous.Order());
    }

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in AuthorizationMatrix.Allowed.Keys.Order())
        foreach (var principal in AuthorizationMatrix.Principals)
            data.Add(operation, principal);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Callers_get_exactly_the_access_the_matrix_declares(string operation, string principal)
    {
        var (method, template) = matrix.Operations[operation];
        var path = template
            .Replace("{id}", template.StartsWith("/api/users") || template.StartsWith("/api/api-keys") ? Guid.NewGuid().ToString() : matrix.ThailandId.ToString())
            .Replace("{entity}", "Member").Replace("{entityId}", matrix.ThailandId.ToString());
        // Any other route value (e.g. {workshopId}) gets a number too, so that the route matches and authorization runs.
        path = System.Text.RegularExpressions.Regex.Replace(path, @"\{[A-Za-z]+\}", matrix.ThailandId.ToString());
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");

        var response = await matrix.ClientFor(principal).SendAsync(request);

        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (AuthorizationMatrix.Allowed[operation].Contains(principal))
            Assert.True(status is not (401 or 403), $"{principal} should be allowed {operation} ({method} {path}) but got {status}: {body}");
        else
            Assert.True(status == (principal == AuthorizationMatrix.Anonymous ? 401 : 403),
                $"{principal} should be refused {operation} ({method} {path}) but got {status}: {body}");
        Assert.True(status < 500, $"{operation} as {principal} answered {status}: {body}");
        // Sign-out ends the caller's sessions; the cases after it need a new one.
        if (operation == "signOut" && status == 204) await matrix.Api.RenewSessionAsync(principal);
    }
}
