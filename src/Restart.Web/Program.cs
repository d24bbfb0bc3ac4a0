using Microsoft.EntityFrameworkCore;
using Restart.Core;
using Restart.Core.Data;
using Restart.Web.Hosting;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

var logger = RestartLogging.CreateLogger(builder.Configuration, builder.Environment);
builder.Logging.ClearProviders().AddSerilog(logger, dispose: true);

var database = WebHost.ReadDatabaseSettings(builder.Configuration, builder.Environment);
builder.Services.AddRestartCore(database, Path.Combine(WebHost.DataFolder(builder.Configuration, builder.Environment), "documents"));
builder.Services.AddRestartWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

// `--print-schema` writes the configured provider's CREATE script: the starting point of a hand-written migration (ADR 0002).
if (args.Contains("--print-schema"))
{
    await using var scope = app.Services.CreateAsyncScope();
    Console.WriteLine(scope.ServiceProvider.GetRequiredService<RestartDbContext>().Database.GenerateCreateScript());
    return;
}

await app.InitializeDatabaseAsync(WebHost.ShouldSeedDemoData(builder.Configuration, builder.Environment, database, args));
app.UseRestartPipeline();
await app.RunAsync();
