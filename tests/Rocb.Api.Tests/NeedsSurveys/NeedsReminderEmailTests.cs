using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Features.NeedsSurveys;
using Rocb.Api.Tests.Infrastructure;
using static Rocb.Api.Tests.NeedsSurveys.NeedsTestData;

namespace Rocb.Api.Tests.NeedsSurveys;

/// <summary>Reminders e-mailed to the focal points when e-mail is configured (real SMTP over TCP to an in-process server).</summary>
public sealed class NeedsReminderEmailTests(EmailApiFixture api) : IClassFixture<EmailApiFixture>
{
    [Fact]
    public async Task The_focal_points_are_e_mailed_and_a_member_without_one_is_recorded_with_the_reason()
    {
        var members = await MembersAsync(api);
        var cycle = await CycleAsync(api, "Needs E email (test)");
        var result = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, $"/api/needs-cycles/{cycle.Id}/reminders",
            new { memberIds = new[] { members["TH"], members["VN"] }, note = "Please answer before the board meeting (test)" }))
            .OkAsync<NeedsRemindersResultDto>();

        Assert.Equal((NeedsReminderChannel.Email, true), (result.Channel, result.EmailSent));
        Assert.Contains("1 of 2 Members", result.Message);
        var th = result.Reminders.Single(r => r.Member.Code == "TH");
        Assert.Equal((NeedsReminderChannel.Email, (string?)null), (th.Channel, th.Reason));
        Assert.Equal([TestUsers.All[Roles.MemberFocalPoint].Email], th.SentTo);
        var vn = result.Reminders.Single(r => r.Member.Code == "VN");
        Assert.Equal((NeedsReminderChannel.Recorded, RecordNeedsRemindersHandler.NoFocalPoint), (vn.Channel, vn.Reason));
        Assert.Empty(vn.SentTo);

        var messages = await MessagesAboutAsync(cycle.Name, expected: 1);
        var message = Assert.Single(messages);
        Assert.Equal(["focal.th@rocb.test"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("rocb-no-reply@rocb.test", message.From.Mailboxes.Single().Address);
        var closes = cycle.ClosesOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"Reminder: {cycle.Name} closes on {closes}", message.Subject);
        Assert.Contains($"https://rocb.example.test/needs/{cycle.Id}/responses/{members["TH"]}", message.TextBody);
        Assert.Contains("Please answer before the board meeting (test)", message.TextBody);
        Assert.Contains($"Dear focal point of {th.Member.Name},", message.TextBody);

        var stored = await DbAsync(api, db => db.NeedsReminders.AsNoTracking().Where(r => r.CycleId == cycle.Id).ToDictionaryAsync(r => r.MemberId));
        Assert.Equal(NeedsReminderChannel.Email, stored[members["TH"]].Channel);
        Assert.Equal(["focal.th@rocb.test"], stored[members["TH"]].SentTo!);
        Assert.Equal((NeedsReminderChannel.Recorded, (string[]?)null), (stored[members["VN"]].Channel, stored[members["VN"]].SentTo));
    }

    [Fact]
    public async Task An_unreachable_e_mail_server_is_reported_per_member_and_the_reminders_are_recorded_only()
    {
        var members = await MembersAsync(api);
        var cycle = await CycleAsync(api, "Needs E smtp down (test)");
        var closedPort = ClosedPort();
        await using var down = api.Factory.WithWebHostBuilder(b => b.UseSetting("Rocb:Email:SmtpPort", closedPort.ToString()));
        var client = down.CreateClient();
        var signIn = await client.PostAsJsonAsync("/api/auth/sign-in", new { email = TestUsers.All[Roles.Staff].Email, password = TestUsers.Password });
        var token = System.Text.Json.JsonDocument.Parse(await signIn.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString()!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/needs-cycles/{cycle.Id}/reminders",
            new { memberIds = new[] { members["TH"], members["MY"], members["VN"] } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.OkAsync<NeedsRemindersResultDto>();
        Assert.Equal((NeedsReminderChannel.Email, false), (result.Channel, result.EmailSent));
        Assert.All(result.Reminders, r => Assert.Equal(NeedsReminderChannel.Recorded, r.Channel));
        Assert.All(result.Reminders.Where(r => r.Member.Code != "VN"), r => Assert.Contains($"127.0.0.1:{closedPort}) could not be reached", r.Reason));
        Assert.Equal(RecordNeedsRemindersHandler.NoFocalPoint, result.Reminders.Single(r => r.Member.Code == "VN").Reason);
        Assert.Contains("0 of 3 Members", result.Message);

        Assert.Equal(3, await DbAsync(api, db => db.NeedsReminders.CountAsync(r =>
            r.CycleId == cycle.Id && r.Channel == NeedsReminderChannel.Recorded && r.SentTo == null)));
        Assert.Empty(await MessagesAboutAsync(cycle.Name, expected: 0));
    }

    [Fact]
    public async Task Only_enabled_focal_points_of_the_member_are_e_mailed_one_message_per_member()
    {
        var members = await MembersAsync(api);
        await AddUserAsync("focal.ph.a@rocb.test", Roles.MemberFocalPoint, members["PH"]);
        await AddUserAsync("focal.ph.b@rocb.test", Roles.MemberFocalPoint, members["PH"]);
        await AddUserAsync("focal.ph.gone@rocb.test", Roles.MemberFocalPoint, members["PH"], disabled: true);
        await AddUserAsync("focal.id.gone@rocb.test", Roles.MemberFocalPoint, members["ID"], disabled: true);
        var cycle = await CycleAsync(api, "Needs E enabled only (test)");

        var result = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, $"/api/needs-cycles/{cycle.Id}/reminders",
            new { memberIds = new[] { members["PH"], members["ID"] } })).OkAsync<NeedsRemindersResultDto>();
        var ph = result.Reminders.Single(r => r.Member.Code == "PH");
        Assert.Equal(["focal.ph.a@rocb.test", "focal.ph.b@rocb.test"], ph.SentTo);
        Assert.Equal(RecordNeedsRemindersHandler.NoFocalPoint, result.Reminders.Single(r => r.Member.Code == "ID").Reason);

        var message = Assert.Single(await MessagesAboutAsync(cycle.Name, expected: 1));
        Assert.Equal(["focal.ph.a@rocb.test", "focal.ph.b@rocb.test"], message.To.Mailboxes.Select(m => m.Address).Order());
        Assert.Contains($"/needs/{cycle.Id}/responses/{members["PH"]}", message.TextBody);
    }

    private async Task AddUserAsync(string email, string role, int memberId, bool disabled = false)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RocbUser>>();
        var user = new RocbUser
        {
            Id = Guid.CreateVersion7(), UserName = email, Email = email, DisplayName = $"Test {email} (placeholder)", MemberId = memberId,
            IsDisabled = disabled, CreatedAt = DateTimeOffset.UtcNow, LockoutEnabled = true,
        };
        Assert.True((await users.CreateAsync(user, TestUsers.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    /// <summary>The messages the test server received whose subject names the cycle (other tests share the server).</summary>
    private async Task<List<MimeMessage>> MessagesAboutAsync(string cycleName, int expected)
    {
        // The server stores a message as it acknowledges it; a short wait covers the hand-over between threads.
        for (var i = 0; i < 20 && Matching().Count < expected; i++) await Task.Delay(100);
        return Matching();

        List<MimeMessage> Matching() => api.Smtp.ReceivedEmail
            .Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))))
            .Where(m => m.Subject?.Contains(cycleName) == true).ToList();
    }

    /// <summary>A local port nothing listens on (bound, then released).</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
