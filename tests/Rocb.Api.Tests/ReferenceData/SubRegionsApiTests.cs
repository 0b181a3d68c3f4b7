using System.Net;
using Rocb.Api.Features.Regions;
using Rocb.Api.Features.SubRegions;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.ReferenceData;

public sealed class SubRegionsApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.Client();

    private async Task<List<SubRegionDto>> ListAsync() => await (await _client.GetAsync("/api/sub-regions?regionCode=AP")).OkAsync<List<SubRegionDto>>();

    [Fact]
    public async Task Lists_the_four_asia_pacific_sub_regions_with_programme_manager_and_member_count()
    {
        var subRegions = await ListAsync();
        Assert.Equal(["ECWA", "PI", "SA", "SEA"], subRegions.Select(s => s.Code).Order().ToArray());
        var sea = subRegions.Single(s => s.Code == "SEA");
        Assert.Equal(10, sea.MemberCount);
        Assert.Equal("Ms. Chloe AU", sea.ProgrammeManager);
        Assert.Contains("seeds/001_", sea.Source);
    }

    [Fact]
    public async Task Lists_the_six_wco_regions()
    {
        var regions = await (await _client.GetAsync("/api/regions")).OkAsync<List<RegionDto>>();
        Assert.Equal(6, regions.Count);
        Assert.Equal("Bangkok", regions.Single(r => r.Code == "AP").RocbLocation);
    }

    [Fact]
    public async Task Updates_the_programme_manager_with_if_match()
    {
        var pi = (await ListAsync()).Single(s => s.Code == "PI");
        var response = await _client.GetAsync($"/api/sub-regions/{pi.Id}");
        var etag = response.Headers.ETag!.ToString();
        var updated = await (await _client.SendJsonAsync(HttpMethod.Put, $"/api/sub-regions/{pi.Id}",
            new { code = "PI", name = pi.Name, regionCode = "AP", programmeManager = "Placeholder programme manager (test)" }, etag))
            .OkAsync<SubRegionDto>();
        Assert.Equal("Placeholder programme manager (test)", updated.ProgrammeManager);

        await (await _client.SendJsonAsync(HttpMethod.Put, $"/api/sub-regions/{pi.Id}",
            new { code = "PI", name = pi.Name, regionCode = "AP" }, etag)).ProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Rejects_an_unknown_region_and_a_bad_code()
    {
        var problem = await (await _client.SendJsonAsync(HttpMethod.Post, "/api/sub-regions",
            new { code = "x", name = "Nowhere", regionCode = "ZZ" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Choose an existing region, e.g. AP.", problem.FieldErrors("regionCode"));
        Assert.NotEmpty(problem.FieldErrors("code"));
    }

    [Fact]
    public async Task A_duplicate_code_in_the_same_region_is_a_409()
    {
        var problem = await (await _client.SendJsonAsync(HttpMethod.Post, "/api/sub-regions",
            new { code = "SEA", name = "Second Southeast Asia", regionCode = "AP" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.NotEmpty(problem.FieldErrors("code"));
    }

    [Fact]
    public async Task A_sub_region_with_members_cannot_be_deleted_but_an_empty_one_can()
    {
        var sa = (await ListAsync()).Single(s => s.Code == "SA");
        var problem = await (await _client.DeleteAsync($"/api/sub-regions/{sa.Id}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("still has 6 Member administration(s)", problem["detail"]!.GetValue<string>());
        Assert.Equal(6, (await ListAsync()).Single(s => s.Code == "SA").MemberCount);

        var created = await (await _client.SendJsonAsync(HttpMethod.Post, "/api/sub-regions",
            new { code = "TMP", name = "Temporary (test)", regionCode = "AP" })).OkAsync<SubRegionDto>(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/sub-regions/{created.Id}")).StatusCode);
        await (await _client.GetAsync($"/api/sub-regions/{created.Id}")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
