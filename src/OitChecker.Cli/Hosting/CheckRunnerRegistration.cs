using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OitChecker.Running;

namespace OitChecker.Cli.Hosting;

/// <summary>
/// The one place <c>serve</c> binds <see cref="ICheckRunner"/>: the real pipeline (<see cref="CheckRunner"/>), whose
/// history is the site's store from <see cref="HistoryStores"/>.
/// </summary>
/// <remarks>
/// Test-only switch: when <see cref="TestOnlyVariable"/> is set to <c>&lt;assembly path&gt;#&lt;type name&gt;</c>,
/// that type from that assembly is the runner instead. The process tests (restart on SQLite, the PostgreSQL
/// cluster) use it to run real <c>serve</c> processes against a recording runner; it is logged as a warning
/// at start-up and never set by the systemd unit or the docs.
/// </remarks>
public static class CheckRunnerRegistration
{
    /// <summary>Test-only: <c>/path/OitChecker.Testing.dll#OitChecker.Testing.Scheduling.LedgerCheckRunner</c>.</summary>
    public const string TestOnlyVariable = "OITCHECK_TEST_ONLY_CHECK_RUNNER";

    public static void Add(IServiceCollection services, Func<string, string?> environment, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(environment);
        var testRunner = environment(TestOnlyVariable);
        if (!string.IsNullOrWhiteSpace(testRunner))
        {
            AddTestRunner(services, testRunner, logger);
            return;
        }

        services.AddSingleton<ICheckRunner>(sp => new CheckRunner(
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>(),
            new CheckRunnerOptions { History = sp.GetRequiredService<HistoryStores>().For }));
    }

    /// <summary>Loads the recording runner the process tests name; the native build cannot load assemblies and refuses.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Test-only hook, refused below where code cannot be loaded (the native build).")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "Test-only hook, refused below where code cannot be loaded (the native build).")]
    private static void AddTestRunner(IServiceCollection services, string value, ILogger logger)
    {
        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            throw new Configuration.ConfigException($"{TestOnlyVariable} is a test-only switch of the .NET build; the natively compiled oitcheck cannot load '{value}'. Unset it.");
        }

        var type = LoadTestRunner(value);
        logger.LogWarning("TEST ONLY: check runner {Runner} from {Variable}; no real check runs", type.FullName, TestOnlyVariable);
        services.AddSingleton(typeof(ICheckRunner), type);
    }

    [RequiresUnreferencedCode("Loads an assembly by path (test-only).")]
    private static Type LoadTestRunner(string value)
    {
        var hash = value.LastIndexOf('#');
        if (hash <= 0)
        {
            throw new Configuration.ConfigException($"{TestOnlyVariable} must be '<assembly path>#<type name>', got '{value}'");
        }

        var assembly = Assembly.LoadFrom(value[..hash]);
        var type = assembly.GetType(value[(hash + 1)..], throwOnError: true)!;
        return typeof(ICheckRunner).IsAssignableFrom(type)
            ? type
            : throw new Configuration.ConfigException($"{type.FullName} (from {TestOnlyVariable}) does not implement ICheckRunner");
    }
}
