
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain;
using Rocb.Api.Persistence;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.Platform;

public sealed class TransactionBehaviourTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private sealed record FailingCommand : ICommand<MediatR.Unit>;
    private sealed record SomeQuery : IQuery<MediatR.Unit>;

    [Fact]
    public async Task A_command_that_fails_after_saving_leaves_nothing_written()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RocbDbContext>();
        var behaviour = new TransactionBehaviour<FailingCommand, MediatR.Unit>(db);
        var subRegionId = await db.SubRegions.Select(s => s.Id).FirstAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => behaviour.Handle(new FailingCommand(), default, async () =>
        {
            db.Members.Add(new Member { Code = "QT", Name = "Written then rolled back (test)", SubRegionId = subRegionId });
            await db.SaveChangesAsync();
            throw new InvalidOperationException("fails after its first write");
        }));

        await using var check = api.Factory.Services.CreateAsyncScope();
        Assert.False(await check.ServiceProvider.GetRequiredService<RocbDbContext>().Members.AnyAsync(m => m.Code == "QT"));
    }

    [Fact]
    public async Task A_query_runs_without_a_transaction()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RocbDbContext>();
        var inTransaction = true;
        await new TransactionBehaviour<SomeQuery, MediatR.Unit>(db).Handle(new SomeQuery(), default, () =>
        {
            inTransaction = db.Database.CurrentTransaction is not null;
            return Task.FromResult(MediatR.Unit.Value);
        });
        Assert.False(inTransaction);
    }
}
