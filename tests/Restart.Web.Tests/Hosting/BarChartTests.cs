using Restart.Web.Hosting;

namespace Restart.Web.Tests.Hosting;

/// <summary>
/// A chart's labels are drawn right-aligned left of the bars: a name that does not fit is cut with "…" so that it starts inside
/// the chart. Korean names are twice as wide a character as Latin ones, so cutting by character count let them run off the left
/// edge (seen in a screenshot of the council's members).
/// </summary>
public sealed class BarChartTests
{
    [Theory]
    [InlineData("관악지역자활센터", "관악지역자활센터")]
    [InlineData("한국폴리텍대학 서울정수캠퍼스", "한국폴리텍대학…")]
    [InlineData("서울특별시교육청 평생교육원", "서울특별시교육청…")]
    [InlineData("Seoul Centre", "Seoul Centre")]
    [InlineData("Seoul Metropolitan Office of Education", "Seoul Metropol…")]
    public void A_label_is_cut_to_the_room_left_of_the_bars(string label, string shown) => BarChart.Fit(label).ShouldBe(shown);
}
