using System.Net;
using Rocb.Api.Common.Security;
using Rocb.Api.Features.Auth;
using Rocb.Api.Features.Members;
using Rocb.Api.Features.Users;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.Security;

public sealed class UserAdministrationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static string NewEmail() => $"user-{Guid.NewGuid():N}@rocb.test";

    [Fact]
    public async Task Creates_a_focal_point_bound_to_its_member_who_can_then_sign_in()
    {
        var fiji = (await (await api.Client().GetAsync("/api/members?q=Fiji")).OkAsync<MemberPageDto>()).Items.Single();
        var email = NewEmail();
        var user = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/users",
            new { email, displayName = "Placeholder focal point (test)", role = Roles.MemberFocalPoint, memberId = fiji.Id, password = TestUsers.Password }))
            .OkAsync<UserDto>(HttpStatusCode.Created);
        Assert.Equal(("FJ", Roles.MemberFocalPoint), (user.MemberCode, user.Role));

        var me = await (await api.Factory.ClientWithToken(await api.Factory.SignInAsync(email)).GetAsync("/api/auth/me")).OkAsync<CurrentUserDto>();
        Assert.Equal(fiji.Id, me.MemberId);
        var listed = await (await api.Client().GetAsync($"/api/users?memberId={fiji.Id}")).OkAsync<UserPageDto>();
        Assert.Contains(listed.Items, u => u.Email == email);
    }

    [Fact]
    public async Task Rejects_bad_users_with_the_field_at_fault_and_creates_nothing()
    {
        var email = NewEmail();
        var problem = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/users",
            new { email, displayName = "", role = Roles.MemberFocalPoint, password = "weak" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("displayName"));
        Assert.Contains("A Member focal point must be bound to its Member administration.", problem.FieldErrors("memberId"));

        var weak = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/users",
            new { email, displayName = "Weak password (test)", role = Roles.Viewer, password = "weak" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(weak.FieldErrors("password"));
        var listed = await (await api.Client().GetAsync($"/api/users?q={email}")).OkAsync<UserPageDto>();
        Assert.Equal(0, listed.TotalCount);

        var role = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/users",
            new { email, displayName = "x", role = "Superuser", password = TestUsers.Password })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(role.FieldErrors("role"));
        var duplicate = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/users",
            new { email = TestUsers.AdminEmail, displayName = "x", role = Roles.Viewer, password = TestUsers.Password })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Another user already has this email.", duplicate.FieldErrors("email"));
    }

    [Fact]
    public async Task An_administrator_cannot_disable_or_demote_itself()
    {
        var me = await (await api.Client().GetAsync("/api/auth/me")).OkAsync<CurrentUserDto>();
        var problem = await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/users/{me.Id}",
            new { displayName = me.DisplayName, role = Roles.Viewer })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.NotEmpty(problem.FieldErrors("role"));
        Assert.Equal(Roles.Administrator, (await (await api.Client().GetAsync("/api/auth/me")).OkAsync<CurrentUserDto>()).Role);
    }

    [Fact]
    public async Task A_password_reset_lifts_the_lockout_and_ends_the_users_sessions()
    {
        var email = NewEmail();
        var user = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/users",
            new { email, displayName = "Reset (test)", role = Roles.Viewer, password = TestUsers.Password })).OkAsync<UserDto>(HttpStatusCode.Created);
        var client = api.Factory.ClientWithToken(await api.Factory.SignInAsync(email));

        Assert.Equal(HttpStatusCode.NoContent, (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/users/{user.Id}/password",
            new { newPassword = "Brand-new-Passw0rd!" })).StatusCode);
        await (await client.GetAsync("/api/members")).ProblemAsync(HttpStatusCode.Unauthorized);
        await api.Factory.SignInAsync(email, "Brand-new-Passw0rd!");

        var weak = await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/users/{user.Id}/password", new { newPassword = "abc" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(weak.FieldErrors("newPassword"));
    }

    [Fact]
    public async Task Unknown_users_are_404()
    {
        await (await api.Client().GetAsync($"/api/users/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
