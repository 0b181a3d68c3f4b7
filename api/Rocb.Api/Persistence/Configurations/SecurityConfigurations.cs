using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rocb.Api.Domain;

namespace Rocb.Api.Persistence.Configurations;

internal sealed class RocbUserConfiguration : IEntityTypeConfiguration<RocbUser>
{
    public void Configure(EntityTypeBuilder<RocbUser> b)
    {
        b.ToTable("users");
        b.HasIndex(u => u.NormalizedUserName).HasDatabaseName("ux_users_normalized_user_name");
        b.HasIndex(u => u.NormalizedEmail).HasDatabaseName("ix_users_normalized_email");
        b.Property(u => u.DisplayName).HasMaxLength(200);
        b.HasOne(u => u.Member).WithMany().HasForeignKey(u => u.MemberId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName(Constraints.UserMember);
    }
}

internal sealed class RocbRoleConfiguration : IEntityTypeConfiguration<RocbRole>
{
    public void Configure(EntityTypeBuilder<RocbRole> b)
    {
        b.ToTable("roles");
        b.HasIndex(r => r.NormalizedName).HasDatabaseName("ux_roles_normalized_name");
    }
}

internal sealed class UserRoleConfiguration : IEntityTypeConfiguration<IdentityUserRole<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserRole<Guid>> b) => b.ToTable("user_roles");
}

internal sealed class UserClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> b) => b.ToTable("user_claims");
}

internal sealed class UserLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> b) => b.ToTable("user_logins");
}

internal sealed class UserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> b) => b.ToTable("user_tokens");
}

internal sealed class RoleClaimConfiguration : IEntityTypeConfiguration<IdentityRoleClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityRoleClaim<Guid>> b) => b.ToTable("role_claims");
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.ToTable("api_keys");
        b.Property(k => k.Name).HasMaxLength(200);
        b.Property(k => k.Prefix).HasMaxLength(16);
        b.HasIndex(k => k.Prefix).IsUnique().HasDatabaseName(Constraints.ApiKeyPrefix);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.Property(a => a.ActorType).HasMaxLength(20);
        b.Property(a => a.ActorId).HasMaxLength(100);
        b.Property(a => a.ActorName).HasMaxLength(256);
        b.Property(a => a.Entity).HasMaxLength(100);
        b.Property(a => a.EntityId).HasMaxLength(100);
        b.Property(a => a.Action).HasMaxLength(20);
        b.Property(a => a.Before).HasColumnType("jsonb");
        b.Property(a => a.After).HasColumnType("jsonb");
        b.HasIndex(a => new { a.Entity, a.EntityId });
        b.HasIndex(a => a.OccurredAt);
        b.HasIndex(a => a.ActorId);
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> b)
    {
        b.ToTable("data_protection_keys");
        b.Property(k => k.FriendlyName).HasMaxLength(200);
    }
}
