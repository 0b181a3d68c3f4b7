using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rocb.Api.Common.Security;
using Rocb.Api.Features.Auth;
using Rocb.Api.Features.Users;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.Security;

public sealed class SignInTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<(UserDto User, string Email)> NewUserAsync(string role = Roles.Viewer)
    {
        var email = $"user-{Guid.NewGuid():N}@rocb.test";
        var user = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/users",
            new { email, displayName = "Placeholder user (test)", role, password = TestUsers.Password })).OkAsync<UserDto>(HttpStatusCode.Created);
        return (user, email);
    }

    private async Task<JsonElement> SignInAsync(string email, string password = TestUsers.Password)
    {
        var response = await api.Anonymous().PostAsJsonAsync("/api/auth/sign-in", new { email, password });
        return (await response.OkAsync<JsonDocument>()).RootElement;
    }

    [Fact]
    public async Task Sign_in_returns_tokens_that_identify_the_user()
    {
        var tokens = await SignInAsync(TestUsers.All[Roles.MemberFocalPoint].Email);
        Assert.Equal("Bearer", tokens.GetProperty("tokenType").GetString());
        Assert.True(tokens.GetProperty("expiresIn").GetInt32() > 0);

        var me = await (await api.Factory.ClientWithToken(tokens.GetProperty("accessToken").GetString()!).GetAsync("/api/auth/me"))
            .OkAsync<CurrentUserDto>();
        Assert.Equal(Roles.MemberFocalPoint, me.Role);
        Assert.Equal("TH", me.MemberCode);
        Assert.Contains("focal-points:read", me.Permissions);
        Assert.DoesNotContain("reference-data:write", me.Permissions);
    }

    [Theory]
    [InlineData("viewer@rocb.test", "wrong-Passw0rd!")]
    [InlineData("nobody@rocb.test", TestUsers.Password)]
    public async Task A_wrong_email_or_password_is_a_401_problem(string email, string password)
    {
        var problem = await (await api.Anonymous().PostAsJsonAsync("/api/auth/sign-in", new { email, password }))
            .ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("The email or password is incorrect.", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Missing_credentials_are_a_400_on_the_fields()
    {
        var problem = await (await api.Anonymous().PostAsJsonAsync("/api/auth/sign-in", new { email = "" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("email"));
        Assert.NotEmpty(problem.FieldErrors("password"));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_for_the_right_password()
    {
        var (_, email) = await NewUserAsync();
        for (var i = 0; i < 5; i++)
            await (await api.Anonymous().PostAsJsonAsync("/api/auth/sign-in", new { email, password = "Wrong-passw0rd!" })).ProblemAsync(HttpStatusCode.Unauthorized);

        var problem = await (await api.Anonymous().PostAsJsonAsync("/api/auth/sign-in", new { email, password = TestUsers.Password }))
            .ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("locked", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sign_out_ends_the_access_and_refresh_tokens()
    {
        var (_, email) = await NewUserAsync();
        var tokens = await SignInAsync(email);
        var client = api.Factory.ClientWithToken(tokens.GetProperty("accessToken").GetString()!);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/auth/sign-out", null)).StatusCode);

        await (await client.GetAsync("/api/members")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await api.Anonymous().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() }))
            .ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_refresh_token_gives_a_new_working_access_token()
    {
        var tokens = await SignInAsync(TestUsers.All[Roles.Viewer].Email);
        var refreshed = (await (await api.Anonymous().PostAsJsonAsync("/api/auth/refresh",
            new { refreshToken = tokens.GetProperty("refreshToken").GetString() })).OkAsync<JsonDocument>()).RootElement;
        var me = await (await api.Factory.ClientWithToken(refreshed.GetProperty("accessToken").GetString()!).GetAsync("/api/auth/me")).OkAsync<CurrentUserDto>();
        Assert.Equal(Roles.Viewer, me.Role);

        await (await api.Anonymous().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "not-a-token" })).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Disabling_a_user_stops_its_token_at_once_and_its_sign_in()
    {
        var (user, email) = await NewUserAsync();
        var client = api.Factory.ClientWithToken(await api.Factory.SignInAsync(email));
        await (await client.GetAsync("/api/members")).OkAsync<JsonDocument>();

        await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/users/{user.Id}",
            new { displayName = user.DisplayName, role = Roles.Viewer, isDisabled = true })).OkAsync<UserDto>();

        await (await client.GetAsync("/api/members")).ProblemAsync(HttpStatusCode.Unauthorized);
        var problem = await (await api.Anonymous().PostAsJsonAsync("/api/auth/sign-in", new { email, password = TestUsers.Password }))
            .ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("disabled", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_role_change_applies_to_the_next_request()
    {
        var (user, email) = await NewUserAsync();
        var client = api.Factory.ClientWithToken(await api.Factory.SignInAsync(email));
        await (await client.GetAsync("/api/users")).ProblemAsync(HttpStatusCode.Forbidden);

        await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/users/{user.Id}",
            new { displayName = user.DisplayName, role = Roles.Staff })).OkAsync<UserDto>();
        // A role change ends the sessions (new security stamp): sign in again and the new role applies.
        await (await client.GetAsync("/api/members")).ProblemAsync(HttpStatusCode.Unauthorized);
        var again = api.Factory.ClientWithToken(await api.Factory.SignInAsync(email));
        Assert.Equal(Roles.Staff, (await (await again.GetAsync("/api/auth/me")).OkAsync<CurrentUserDto>()).Role);
    }

    [Fact]
    public async Task Changing_the_password_checks_the_old_one_and_the_policy()
    {
        var (_, email) = await NewUserAsync();
        var client = api.Factory.ClientWithToken(await api.Factory.SignInAsync(email));

        var wrong = await (await client.SendJsonAsync(HttpMethod.Post, "/api/auth/change-password",
            new { currentPassword = "Not-the-passw0rd!", newPassword = "Another-Passw0rd!" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(wrong.FieldErrors("currentPassword"));
        var weak = await (await client.SendJsonAsync(HttpMethod.Post, "/api/auth/change-password",
            new { currentPassword = TestUsers.Password, newPassword = "short" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(weak.FieldErrors("newPassword"));

        Assert.Equal(HttpStatusCode.NoContent, (await client.SendJsonAsync(HttpMethod.Post, "/api/auth/change-password",
            new { currentPassword = TestUsers.Password, newPassword = "Another-Passw0rd!" })).StatusCode);
        await api.Factory.SignInAsync(email, "Another-Passw0rd!");
    }

    [Fact]
    public async Task Tokens_from_one_instance_work_on_another_sharing_the_database()
    {
        // Two API instances behind a load balancer: separate processes' worth of services, one database.
        await using var second = new RocbApiFactory(api.ConnectionString);
        var token = await api.Factory.SignInAsync(TestUsers.All[Roles.Staff].Email);
        var me = await (await second.ClientWithToken(token).GetAsync("/api/auth/me")).OkAsync<CurrentUserDto>();
        Assert.Equal(Roles.Staff, me.Role);
    }
}
