using System.Data;
using System.Data.Common;
using System.Reflection;
using MediatR;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Data;

/// <summary>
/// No SQL Server engine runs here, so every query request is sent through the real pipeline on the SQL Server
/// provider with a connection that never opens: each query is translated to T-SQL (a query SQL Server cannot
/// run fails translation before it is sent), captured, and answered with no rows.
/// </summary>
public sealed class SqlServerTranslationTests
{
    public static TheoryData<string> QueryRequests =>
        [.. typeof(DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQuery<>)))
            .Select(t => t.FullName!)
            .Order()];

    [Theory]
    [MemberData(nameof(QueryRequests))]
    public async Task Every_query_a_page_sends_translates_to_SQL_Server(string requestType)
    {
        var type = typeof(DependencyInjection).Assembly.GetType(requestType)!;
        var capture = new OfflineSqlServer();
        var user = new TestUser();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDataProtectionProvider, EphemeralDataProtectionProvider>();
        services.AddRestartCore(DatabaseSettings.Offline(DatabaseProvider.SqlServer), Path.GetTempPath(), Restart.Core.Keys.RestartKeys.Ephemeral(Path.GetTempPath()));
        services.ConfigureDbContext<RestartDbContext>(o => o.AddInterceptors(capture));
        services.AddIdentityCore<ApplicationUser>(DependencyInjection.ConfigureIdentity).AddRestartIdentityStores();
        services.AddScoped<ICurrentUser>(_ => user);
        services.AddScoped<IAccountEmails>(_ => throw new InvalidOperationException("no mail in a query"));
        await using var provider = services.BuildServiceProvider();

        var role = type.GetCustomAttribute<SentByAttribute>()?.Roles.FirstOrDefault() ?? Roles.Applicant;
        user.SignIn(new ApplicationUser { Id = Guid.NewGuid().ToString(), RegionalOfficeId = Guid.NewGuid(), AgencyId = Guid.NewGuid(), CompanyId = Guid.NewGuid() }, role);
        var request = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties().Where(p => p.CanWrite && p.PropertyType == typeof(Guid)))
        {
            property.SetValue(request, Guid.NewGuid());
        }

        // Every text a page can send (a filter, a search, a stated reason), so the queries those branches add are translated too.
        foreach (var property in type.GetProperties().Where(p => p.CanWrite && p.PropertyType == typeof(string) && p.GetValue(request) is null or ""))
        {
            property.SetValue(request, "x");
        }

        await using var scope = provider.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send((dynamic)request);
        }
        catch (Exception) when (capture.HandlerDone)
        {
            // The access-log entry is appended after the handler, in a transaction that cannot start with no
            // server; the queries under test have all run by then.
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("Sequence contains no elements", StringComparison.Ordinal) && capture.Queries.Count > 0)
        {
            // A handler that expects a row (reference data, say) got none: its query was translated and sent.
        }

        capture.Queries.ShouldNotBeEmpty($"{type.FullName} ran no query");
        capture.Queries.ShouldAllBe(q => q.Contains("SELECT"));

        // A First() over several columns inside a projection becomes ROW_NUMBER() over the whole table, read
        // on every view (7 ms per document download over 10,000 cases, against 0.05 ms for a join).
        capture.Queries.ShouldAllBe(q => !q.Contains("ROW_NUMBER", StringComparison.OrdinalIgnoreCase), $"{type.Name} numbers a whole table's rows");
    }

    /// <summary>Opens nothing, records each command and answers it with no rows.</summary>
    private sealed class OfflineSqlServer : IDbConnectionInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
    {
        public List<string> Queries { get; } = [];

        /// <summary>Set when the access log starts its transaction: the request's own queries are over.</summary>
        public bool HandlerDone { get; private set; }

        public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) => InterceptionResult.Suppress();

        public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) => InterceptionResult.Suppress();

        public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            HandlerDone = true;
            return ValueTask.FromResult(result);
        }

        public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(NoRows()));
        }

        public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(InterceptionResult<object>.SuppressWithResult(0));
        }

        public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult<int>.SuppressWithResult(0));

        /// <summary>No rows, with more columns than any projection asks for (EF checks the count before reading).</summary>
        private static DbDataReader NoRows()
        {
            var table = new DataTable();
            for (var i = 0; i < 200; i++)
            {
                table.Columns.Add("c" + i, typeof(object));
            }

            return table.CreateDataReader();
        }

        private void Record(DbCommand command)
        {
            // The access log's own bookkeeping after the handler is not the page's query.
            if (!HandlerDone)
            {
                lock (Queries)
                {
                    Queries.Add(command.CommandText);
                }
            }
        }
    }
}
