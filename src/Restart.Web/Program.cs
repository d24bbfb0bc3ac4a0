using Restart.Web.Hosting;
using Serilog;

// Until the configured logger exists, a start that fails is still recorded (on the console).
Log.Logger = LoggingHosting.CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(DataHosting.CommandLine(args));
    builder.AddRestartLogging();
    builder.AddRestartSecurity();
    builder.AddRestartMail();
    var database = DataHosting.ReadDatabaseSettings(builder.Configuration, builder.Environment);
    builder.AddRestartData(database);
    builder.AddRestartIdentity();
    builder.AddRestartLocalizedPages();
    builder.AddRestartRateLimits();
    builder.AddRestartOutputCache();

    var app = builder.Build();

    await app.InitializeDatabaseAsync();
    if (app.IsMigrateOnly() || await app.ReencryptDocumentsIfAskedAsync() || await app.RebuildFiguresIfAskedAsync())
    {
        return 0;
    }

    app.UseRestartProxy();
    app.UseCorrelationId();
    app.UseRestartErrorPages();
    app.UseRestartRequestLogging();
    app.UseSecurityHeaders();
    app.UseStatusCodePagesWithReExecute("/Status/{0}");
    app.UseRequestLocalization();
    app.UseStaticFiles();
    app.UseRouting();
    app.UseRequestSizeLimitPage();
    app.UseAuthentication();
    app.UseRestartRateLimits();
    app.UseTwoFactorEnrolment();
    app.UseAuthorization();
    // After authentication (a signed-in person's page is never kept), localization (the language is part of
    // the key) and the security headers (set again on every response served from the cache).
    app.UseOutputCache();
    app.MapHealthChecks("/health").AllowAnonymous();
    app.MapRazorPages();

    await app.RunAsync();
    return 0;
}
catch (Exception failure) when (failure is not HostAbortedException)
{
    Log.Fatal(failure, "Restart did not start or stopped unexpectedly: {Reason}", failure.Message);
    // Started by a test host or a tool: hand it the reason. Started as the portal: exit with code 1.
    if (System.Reflection.Assembly.GetEntryAssembly() != typeof(Program).Assembly)
    {
        throw;
    }

    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}
