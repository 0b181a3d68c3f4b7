using FluentValidation;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;

namespace Rocb.Api.Tests.Unit;

public sealed class HttpConventionTests
{
    [Theory]
    [InlineData("\"42\"", 42u)]
    [InlineData(" \"7\" ", 7u)]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("*", null)]
    public void Parses_if_match(string? header, uint? expected) => Assert.Equal(expected, ETags.ParseIfMatch(header));

    [Theory]
    [InlineData("42")]
    [InlineData("W/\"42\"")]
    [InlineData("\"abc\"")]
    public void Rejects_if_match_that_is_not_a_strong_version_tag(string header) =>
        Assert.Throws<ValidationException>(() => ETags.ParseIfMatch(header));

    [Theory]
    [InlineData("Name", "name")]
    [InlineData("SubRegionId", "subRegionId")]
    [InlineData("Members[3].Code", "members[3].code")]
    [InlineData("If-Match", "If-Match")]
    public void Field_paths_are_camel_case(string property, string expected) => Assert.Equal(expected, FieldErrors.FieldPath(property));
}
