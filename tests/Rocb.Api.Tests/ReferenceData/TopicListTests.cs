using System.Net;
using Rocb.Api.Features.Topics;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.ReferenceData;

public sealed class TopicListTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_seeded_topic_list_is_there_for_pickers()
    {
        var topics = await (await api.As(Common.Security.Roles.Viewer).GetAsync("/api/topics")).OkAsync<List<TopicDto>>();
        Assert.Equal(64, topics.Count);
        Assert.Contains(topics, t => t.Code == "rkc" && t.Name == "Revised Kyoto Convention" && t.Package == "economic-competitiveness");
        Assert.Equal(topics.OrderBy(t => t.Package, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal).Select(t => t.Id), topics.Select(t => t.Id));
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().GetAsync("/api/topics")).StatusCode);
    }
}
