using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Documents;
using Restart.Core.Features.My;

namespace Restart.Web.Hosting;

/// <summary>How a page hands out a file with a person's data: an uploaded document, or an export.</summary>
public static class PersonalFiles
{
    /// <summary>A proof of closure may show a 주민등록번호, an export lists names: no copy in a shared browser cache or on a proxy.</summary>
    public static void KeepOutOfCaches(this PageModel page) => page.Response.Headers.CacheControl = "no-store, private";

    /// <summary>The document's bytes, shown in the browser or saved under its name; 404 when the row outlived its file (a restore from an older backup of the documents folder).</summary>
    public static IActionResult Document(this PageModel page, DocumentStore store, DownloadDocument.File file, bool inline = false)
    {
        page.KeepOutOfCaches();
        try
        {
            var content = store.Open(file.StoredName);
            return inline ? page.File(content, file.ContentType) : page.File(content, file.ContentType, file.FileName);
        }
        catch (FileNotFoundException)
        {
            return page.NotFound();
        }
    }
}
