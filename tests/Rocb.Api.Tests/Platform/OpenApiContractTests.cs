using System.Net;
using System.Text.RegularExpressions;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.Platform;

public sealed class OpenApiContractTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.Client();

    private static string RepoFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Rocb.sln"))) return Path.Combine(dir.FullName, name);
        throw new InvalidOperationException("Rocb.sln not found above the test binaries.");
    }

    [Fact]
    public async Task The_committed_openapi_yaml_is_what_the_api_serves()
    {
        var served = (await _client.GetStringAsync("/openapi/v1.yaml")).ReplaceLineEndings("\n").TrimEnd();
        var committed = (await File.ReadAllTextAsync(RepoFile("openapi.yaml"))).ReplaceLineEndings("\n").TrimEnd();
        var servedCopy = Path.Combine(Path.GetTempPath(), "rocb-served-openapi.yaml");
        if (served != committed) await File.WriteAllTextAsync(servedCopy, served);
        Assert.True(served == committed,
            $"openapi.yaml differs from the document the API serves (saved as {servedCopy}): run `npm run openapi`, then commit openapi.yaml and web/src/lib/api/schema.d.ts.");
    }

    [Fact]
    public async Task Every_operation_has_an_id_a_summary_a_tag_and_its_error_responses()
    {
        var yaml = await _client.GetStringAsync("/openapi/v1.yaml");
        Assert.DoesNotMatch(@"(?m)^servers:", yaml);
        Assert.Contains("title: Rocb API", yaml);
        var operations = Regex.Split(yaml, @"\n    (?=(?:get|post|put|delete|patch):)").Skip(1).ToList();
        Assert.NotEmpty(operations);
        foreach (var operation in operations)
        {
            Assert.Contains("operationId:", operation);
            Assert.Contains("summary:", operation);
            Assert.Contains("tags:", operation);
            Assert.Contains("'500':", operation);
            if (operation.Contains("requestBody:")) Assert.Contains("'400':", operation);
        }
    }

    [Theory]
    [InlineData("/openapi/v1.json", "application/json")]
    [InlineData("/swagger/index.html", "text/html")]
    public async Task Serves_the_document_and_swagger_ui(string url, string mediaType)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }
}
