using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Rocb.Api.Domain;
using Rocb.Api.Persistence;

namespace Rocb.Api.Common.Security;

/// <summary>
/// Keeps the data-protection key ring (which signs bearer and refresh tokens) in PostgreSQL, so that
/// every API instance behind a load balancer accepts the tokens of the others.
/// (Microsoft.AspNetCore.DataProtection.EntityFrameworkCore does not install here; this is its few lines.)
/// </summary>
public sealed class DataProtectionKeyRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RocbDbContext>();
        return db.DataProtectionKeys.AsEnumerable().Select(k => XElement.Parse(k.Xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RocbDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
