using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rocb.Api.Common.Security;
using Rocb.Api.Features.Audit;
using Rocb.Api.Features.Auth;
using Rocb.Api.Features.Members;
using Rocb.Api.Persistence;
using Rocb.Api.Domain;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.Security;

public sealed class AuditLogTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task An_update_records_who_when_and_the_values_before_and_after()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        var member = (await (await api.Client().GetAsync("/api/members?q=Tonga")).OkAsync<MemberPageDto>()).Items.Single();
        await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/members/{member.Id}",
            new { code = "TO", name = "Tonga (renamed by test)", subRegionId = member.SubRegionId, isCbRecipient = true, isSmallIslandEconomy = true, source = member.Source }))
            .OkAsync<MemberDto>();

        var me = await (await api.Client().GetAsync("/api/auth/me")).OkAsync<CurrentUserDto>();
        var history = await (await api.Client().GetAsync($"/api/audit-entries/Member/{member.Id}")).OkAsync<List<AuditEntryDto>>();
        var created = history.First();
        Assert.Equal(("created", "system"), (created.Action, created.ActorType)); // the seed
        var update = history.Last();
        Assert.Equal(("updated", "user", me.Id.ToString(), TestUsers.AdminEmail), (update.Action, update.ActorType, update.ActorId, update.ActorName));
        Assert.Equal("Tonga", update.Before!["Name"]!.GetValue<string>());
        Assert.Equal("Tonga (renamed by test)", update.After!["Name"]!.GetValue<string>());
        Assert.Equal(["Name"], update.After.Select(p => p.Key));
        Assert.True(update.OccurredAt >= before);

        var search = await (await api.Client().GetAsync($"/api/audit-entries?entity=Member&entityId={member.Id}&action=updated&actorId={me.Id}&from={Uri.EscapeDataString(before.ToString("O"))}"))
            .OkAsync<AuditEntryPageDto>();
        Assert.Equal(update.Id, Assert.Single(search.Items).Id);
    }

    [Fact]
    public async Task A_rejected_change_writes_no_audit_entry()
    {
        var member = (await (await api.Client().GetAsync("/api/members?q=Vanuatu")).OkAsync<MemberPageDto>()).Items.Single();
        await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/members/{member.Id}",
            new { code = "VU", name = "", subRegionId = member.SubRegionId })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/members/{member.Id}",
            new { code = "TH", name = "Duplicate code", subRegionId = member.SubRegionId })).ProblemAsync(HttpStatusCode.Conflict);
        var history = await (await api.Client().GetAsync($"/api/audit-entries/Member/{member.Id}")).OkAsync<List<AuditEntryDto>>();
        Assert.Equal(["created"], history.Select(h => h.Action));
    }

    [Fact]
    public async Task Audit_entries_roll_back_with_the_change_they_describe()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RocbDbContext>();
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            db.Members.Add(new Member { Code = "QZ", Name = "Rolled back (test)", SubRegionId = db.SubRegions.First().Id });
            await db.SaveChangesAsync();
            Assert.Equal(1, await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM audit_entries WHERE after ->> 'Code' = 'QZ'").SingleAsync());
            await tx.RollbackAsync();
        }
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM audit_entries WHERE after ->> 'Code' = 'QZ'", connection);
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Secrets_never_reach_the_audit_log()
    {
        var entries = await (await api.Client().GetAsync("/api/audit-entries?entity=User&pageSize=200")).Content.ReadAsStringAsync();
        Assert.Contains("[redacted]", entries);
        Assert.DoesNotContain("AQAAAA", entries); // the start of every Identity v3 password hash
    }

    [Fact]
    public async Task Bad_search_parameters_are_400()
    {
        var problem = await (await api.Client().GetAsync("/api/audit-entries?action=exploded&from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z"))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("action"));
        Assert.NotEmpty(problem.FieldErrors("to"));
        Assert.Equal(Roles.Administrator, (await (await api.Client().GetAsync("/api/auth/me")).OkAsync<CurrentUserDto>()).Role);
    }
}
