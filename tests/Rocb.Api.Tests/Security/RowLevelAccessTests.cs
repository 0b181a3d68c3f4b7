using System.Net;
using Rocb.Api.Common.Security;
using Rocb.Api.Features.Members;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.Security;

/// <summary>
/// A focal point sees its own administration's restricted records and nothing of another's: records
/// outside its scope answer 404, exactly as if they did not exist.
/// </summary>
public sealed class RowLevelAccessTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<int> MemberId(string code) =>
        (await (await api.Client().GetAsync($"/api/members?q={code}")).OkAsync<MemberPageDto>()).Items.Single(m => m.Code == code).Id;

    [Fact]
    public async Task A_focal_point_sees_its_own_administrations_focal_points()
    {
        var focalPoints = await (await api.As(Roles.MemberFocalPoint).GetAsync($"/api/members/{await MemberId("TH")}/focal-points"))
            .OkAsync<List<FocalPointDto>>();
        Assert.Equal(["focal.th@rocb.test"], focalPoints.Select(f => f.Email));
    }

    [Fact]
    public async Task Another_administrations_focal_points_do_not_exist_for_it()
    {
        var malaysia = await MemberId("MY");
        var hidden = await (await api.As(Roles.MemberFocalPoint).GetAsync($"/api/members/{malaysia}/focal-points")).ProblemAsync(HttpStatusCode.NotFound);
        var unknown = await (await api.As(Roles.MemberFocalPoint).GetAsync("/api/members/999999/focal-points")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(unknown["title"]!.GetValue<string>(), hidden["title"]!.GetValue<string>());
        // Malaysia's own focal point does see them.
        var own = await (await api.As(TestUsers.FocalPointOfOtherMember).GetAsync($"/api/members/{malaysia}/focal-points")).OkAsync<List<FocalPointDto>>();
        Assert.Equal(["focal.my@rocb.test"], own.Select(f => f.Email));
    }

    [Fact]
    public async Task Staff_see_every_administrations_focal_points_and_viewers_none()
    {
        var staff = await (await api.As(Roles.Staff).GetAsync($"/api/members/{await MemberId("MY")}/focal-points")).OkAsync<List<FocalPointDto>>();
        Assert.Single(staff);
        await (await api.As(Roles.Viewer).GetAsync($"/api/members/{await MemberId("MY")}/focal-points")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_focal_point_cannot_change_reference_data_of_its_own_or_another_administration()
    {
        foreach (var code in new[] { "TH", "MY" })
        {
            var id = await MemberId(code);
            var member = await (await api.Client().GetAsync($"/api/members/{id}")).OkAsync<MemberDto>();
            await (await api.As(Roles.MemberFocalPoint).SendJsonAsync(HttpMethod.Put, $"/api/members/{id}",
                new { code, name = "Changed by a focal point", subRegionId = member.SubRegionId })).ProblemAsync(HttpStatusCode.Forbidden);
            await (await api.As(Roles.MemberFocalPoint).DeleteAsync($"/api/members/{id}")).ProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal(member.Name, (await (await api.Client().GetAsync($"/api/members/{id}")).OkAsync<MemberDto>()).Name);
        }
    }

    [Fact]
    public async Task Filters_do_not_open_a_way_round_the_rule()
    {
        // The users list (with its memberId filter) is for administrators only.
        await (await api.As(Roles.MemberFocalPoint).GetAsync($"/api/users?memberId={await MemberId("MY")}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await api.As(Roles.MemberFocalPoint).GetAsync("/api/audit-entries?entity=User")).ProblemAsync(HttpStatusCode.Forbidden);
    }
}
