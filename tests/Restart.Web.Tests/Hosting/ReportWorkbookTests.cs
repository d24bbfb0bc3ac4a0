using MiniExcelLibs;
using Restart.Web.Hosting;

namespace Restart.Web.Tests.Hosting;

/// <summary>
/// What a manager does with a report's workbook is sum its columns: every whole number the page shows, with its thousands
/// separator too, must be a number in Excel; "&lt;5", rates and labels stay as the page writes them, and a cell that Excel would
/// run as a formula is written as text.
/// </summary>
public sealed class ReportWorkbookTests
{
    [Fact]
    public void Counts_are_numbers_from_a_thousand_up_too_and_everything_else_stays_text()
    {
        var file = ReportWorkbook.Write([("의뢰", (IEnumerable<string[]>)
        [
            ["항목", "값"],
            ["한 해", "1,234,567"],
            ["한 달", "987"],
            ["작은 수", "<5"],
            ["비율", "0.5"],
            ["쉼표가 든 이름", "1,2"],
            ["수식", "=SUM(A1:A9)"],
            ["음수", "-3"],
        ])]);

        using var stream = new MemoryStream(file);
        var cells = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "의뢰").Cast<IDictionary<string, object>>()
            .ToDictionary(row => (string)row["항목"], row => row["값"]);

        cells["한 해"].ShouldBe(1_234_567d);
        cells["한 달"].ShouldBe(987d);
        cells["작은 수"].ShouldBe("<5");
        cells["비율"].ShouldBe("0.5");
        cells["쉼표가 든 이름"].ShouldBe("1,2");
        cells["수식"].ShouldBe("'=SUM(A1:A9)");
        cells["음수"].ShouldBe(-3d);
    }
}
