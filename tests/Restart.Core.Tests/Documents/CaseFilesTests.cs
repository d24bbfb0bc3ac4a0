using Restart.Core.Documents;

namespace Restart.Core.Tests.Documents;

public sealed class CaseFilesTests
{
    [Fact]
    public void A_very_long_file_name_is_shortened_and_keeps_its_extension()
    {
        var name = CaseFiles.CleanName("C:\\scans\\" + new string('가', 300) + ".pdf", "application/pdf");

        name.Length.ShouldBe(200);
        name.ShouldEndWith(".pdf");
        CaseFiles.CleanName("   ", "application/pdf").ShouldBe("document.pdf");
    }

    [Theory]
    [InlineData("closure\u202Efdp.hta", "application/pdf", "closurefdp.pdf")]
    [InlineData("폐업사실증명.exe", "application/pdf", "폐업사실증명.pdf")]
    [InlineData("scan\r\n.JPEG", "image/jpeg", "scan.JPEG")]
    [InlineData("photo.pdf", "image/png", "photo.png")]
    [InlineData("증명서.PDF", "application/pdf", "증명서.PDF")]
    public void The_stored_name_shows_what_it_is_and_ends_in_the_type_the_content_was_found_to_be(string given, string sniffed, string expected)
    {
        CaseFiles.CleanName(given, sniffed).ShouldBe(expected);
    }
}
