using Rocb.Api.Features.FollowUpSurveys;

namespace Rocb.Api.Tests.FollowUpSurveys;

/// <summary>A workshop's state on a date, from its planned and recorded dates (no database).</summary>
public sealed class SurveyScheduleTests
{
    private static readonly DateOnly SendOn = new(2030, 3, 1), DueOn = new(2030, 3, 22);

    [Theory]
    [InlineData("2030-02-28", null, null, null, SurveyWorkshopState.Scheduled)]
    [InlineData("2030-03-01", null, null, null, SurveyWorkshopState.ToSend)]
    [InlineData("2030-04-30", null, null, null, SurveyWorkshopState.ToSend)]
    [InlineData("2030-03-14", "2030-03-01", null, null, SurveyWorkshopState.AwaitingReplies)]
    [InlineData("2030-03-15", "2030-03-01", null, null, SurveyWorkshopState.ReminderDue)]
    [InlineData("2030-03-22", "2030-03-01", null, null, SurveyWorkshopState.ReminderDue)]
    [InlineData("2030-03-16", "2030-03-01", "2030-03-16", null, SurveyWorkshopState.AwaitingReplies)]
    [InlineData("2030-03-23", "2030-03-01", "2030-03-16", null, SurveyWorkshopState.OverdueFeedback)]
    [InlineData("2030-03-23", "2030-03-01", null, null, SurveyWorkshopState.OverdueFeedback)]
    [InlineData("2030-03-23", "2030-03-01", null, "2030-03-23", SurveyWorkshopState.Closed)]
    public void A_workshop_state_follows_its_dates(string today, string? sent, string? reminded, string? feedback, SurveyWorkshopState expected)
    {
        static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, SurveySchedule.StateOn(Date(today)!.Value, SendOn, DueOn, Date(sent), Date(reminded), Date(feedback)));
    }

    [Fact]
    public void Percentages_have_one_decimal_and_none_without_a_denominator()
    {
        Assert.Equal(53.6m, SurveySchedule.Percent(111, 207));
        Assert.Equal(85.5m, SurveySchedule.Percent(53, 62));
        Assert.Null(SurveySchedule.Percent(0, 0));
    }
}
