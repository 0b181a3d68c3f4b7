using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Rocb.Api.Common.Paging;

/// <summary>The page parameters every list shares; bound from the query string with [AsParameters].</summary>
public abstract record PagedQuery
{
    [Description("1-based page number (default 1).")]
    [FromQuery(Name = "page")]
    public int? Page { get; set; }

    [Description("Items per page, 1 to 200 (default 50).")]
    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; set; }

    public int PageNumber => Page ?? 1;
    public int Size => PageSize ?? Paging.DefaultPageSize;
}
