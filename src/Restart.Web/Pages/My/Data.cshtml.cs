using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.My;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.My;

/// <summary>
/// 내 정보 내려받기: everything the portal holds about the signed-in applicant, as a page and as a JSON file made from
/// the same answer (ADR 0024). No id in the address: only the sender's own data. Neither is kept by a browser or proxy.
/// </summary>
[Authorize(Roles = Roles.Applicant)]
public sealed class DataModel(IMediator mediator, TimeProvider clock) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Korean stays readable in the file; characters that matter to HTML are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public GetMyData.Model? Data { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        this.KeepOutOfCaches();
        return await this.ShowAsync(mediator, new GetMyData.Query(), value => Data = value);
    }

    public async Task<IActionResult> OnGetJsonAsync()
    {
        this.KeepOutOfCaches();
        var result = await mediator.Send(new GetMyData.Query { AsFile = true });
        if (this.RefusalPage(result) is { } refused)
        {
            return refused;
        }

        var name = $"restart-my-data-{clock.Today():yyyy-MM-dd}.json";
        return File(JsonSerializer.SerializeToUtf8Bytes(result.Value, Json), "application/json; charset=utf-8", name);
    }
}
