using Microsoft.EntityFrameworkCore;
using Rocb.Api.Domain;

namespace Rocb.Api.Persistence;

public sealed class RocbDbContext(DbContextOptions<RocbDbContext> options) : DbContext(options)
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<SubRegion> SubRegions => Set<SubRegion>();
    public DbSet<Member> Members => Set<Member>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RocbDbContext).Assembly);
}
