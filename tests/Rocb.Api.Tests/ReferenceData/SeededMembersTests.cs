using Rocb.Api.Features.Members;
using Rocb.Api.Features.SubRegions;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.ReferenceData;

/// <summary>Read-only checks of the seeded reference data (this class's database is never changed).</summary>
public sealed class SeededMembersTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.Client();

    private async Task<int> SubRegionId(string code) =>
        (await (await _client.GetAsync("/api/sub-regions")).OkAsync<List<SubRegionDto>>()).Single(s => s.Code == code).Id;

    [Fact]
    public async Task Lists_the_33_seeded_members_of_asia_pacific_with_their_sub_regions()
    {
        var page = await (await _client.GetAsync("/api/members?regionCode=AP&pageSize=200&sort=code")).OkAsync<MemberPageDto>();

        Assert.Equal(33, page.TotalCount);
        Assert.Equal(33, page.Items.Count);
        Assert.Equal("AF", page.Items[0].Code);
        var thailand = page.Items.Single(m => m.Code == "TH");
        Assert.Equal(("Thailand", "SEA", "AP"), (thailand.Name, thailand.SubRegionCode, thailand.RegionCode));
        Assert.Equal(
            new Dictionary<string, int> { ["ECWA"] = 9, ["SEA"] = 10, ["SA"] = 6, ["PI"] = 8 },
            page.Items.GroupBy(m => m.SubRegionCode).ToDictionary(g => g.Key, g => g.Count()));
        // Flags come with their evidence from the seeds.
        var japan = page.Items.Single(m => m.Code == "JP");
        Assert.True(japan.IsDonor && japan.IsRtcHost);
        Assert.Contains("seeds/", japan.Source);
    }

    [Fact]
    public async Task Pages_filters_and_sorts()
    {
        var first = await (await _client.GetAsync("/api/members?regionCode=AP&pageSize=5&page=1&sort=-name")).OkAsync<MemberPageDto>();
        var second = await (await _client.GetAsync("/api/members?regionCode=AP&pageSize=5&page=2&sort=-name")).OkAsync<MemberPageDto>();
        Assert.Equal(5, first.Items.Count);
        Assert.Empty(first.Items.Select(m => m.Code).Intersect(second.Items.Select(m => m.Code)));
        var names = first.Items.Concat(second.Items).Select(m => m.Name).ToList();
        Assert.Equal(names.OrderByDescending(n => n, StringComparer.Ordinal).ToList(), names);

        var southAsia = await SubRegionId("SA");
        var sa = await (await _client.GetAsync($"/api/members?subRegionId={southAsia}&pageSize=200")).OkAsync<MemberPageDto>();
        Assert.Equal(["BD", "BT", "IN", "LK", "MV", "NP"], sa.Items.Select(m => m.Code).Order().ToArray());

        var search = await (await _client.GetAsync("/api/members?q=china")).OkAsync<MemberPageDto>();
        Assert.Equal(["CN", "HK", "MO"], search.Items.Select(m => m.Code).Order().ToArray());
    }
}
