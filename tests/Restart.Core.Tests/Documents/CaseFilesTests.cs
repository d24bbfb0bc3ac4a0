using Restart.Core.Documents;

namespace Restart.Core.Tests.Documents;

public sealed class CaseFilesTests
{
    [Fact]
    public void A_very_long_file_name_is_shortened_and_keeps_its_extension()
    {
        var name = CaseFiles.CleanName("C:\\scans\\" + new string('가', 300) + ".pdf");

        name.Length.ShouldBe(200);
        name.ShouldEndWith(".pdf");
        CaseFiles.CleanName("   ").ShouldBe("document");
    }
}
