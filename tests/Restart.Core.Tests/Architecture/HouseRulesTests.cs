using System.Runtime.CompilerServices;
using MediatR;
using Restart.Core.Common;

namespace Restart.Core.Tests.Architecture;

/// <summary>The shape the codebase keeps (docs/architecture.md), checked so that it stays.</summary>
public sealed class HouseRulesTests
{
    private static readonly string[] HttpAssemblies = ["Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Http.Abstractions", "Microsoft.AspNetCore.Http.Features"];

    [Fact]
    public void Core_uses_no_HTTP_types()
    {
        var references = typeof(Result).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.ShouldNotContain(name => HttpAssemblies.Any(http => name.StartsWith(http, StringComparison.Ordinal)),
            "Core reaches the web only through ICurrentUser and IAccountEmails");
    }

    [Fact]
    public void Features_hold_only_use_cases()
    {
        var notUseCases = typeof(Result).Assembly.GetTypes()
            .Where(t => !t.IsNested && t.Namespace?.StartsWith("Restart.Core.Features", StringComparison.Ordinal) == true
                && t.GetCustomAttributes(typeof(CompilerGeneratedAttribute), false).Length == 0)
            .Where(t => !(t.IsAbstract && t.IsSealed && t.GetNestedTypes(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)
                .Any(n => n.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))))
            .Select(t => t.FullName)
            .ToList();

        notUseCases.ShouldBeEmpty("a use case is a static class holding its request; other code lives in Domain, Documents or Common");
    }

    [Fact]
    public void Every_source_file_stays_under_300_lines()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Restart.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("Restart.sln not found above the test's folder");
        }

        var tooLong = new[] { "src", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root.FullName, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(path => (Path: Path.GetRelativePath(root.FullName, path), Lines: File.ReadLines(path).Count()))
            .Where(file => file.Lines >= 300)
            .ToList();

        tooLong.ShouldBeEmpty("a file that long holds more than one thing");
    }
}
