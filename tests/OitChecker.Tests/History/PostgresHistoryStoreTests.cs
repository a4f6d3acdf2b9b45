using Npgsql;
using OitChecker.History;

namespace OitChecker.Tests.History;

/// <summary>
/// The history contract on PostgreSQL. Runs when OIT_TEST_POSTGRES holds a connection string (CI starts a
/// local server); each test gets its own schema through the search path, dropped afterwards.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class PostgresHistoryStoreTests : HistoryStoreContract
{
    private const string EnvironmentVariable = "OIT_TEST_POSTGRES";
    private string _connectionString = string.Empty;
    private string _schema = string.Empty;

    [SetUp]
    public async Task SetUp()
    {
        var baseCs = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(baseCs))
        {
            Assert.Ignore($"PostgreSQL tests skipped: set {EnvironmentVariable} to a connection string (e.g. Host=127.0.0.1;Username=oit;Password=oit;Database=oit).");
        }

        _schema = "oit_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var c = new NpgsqlConnection(baseCs))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE SCHEMA {_schema}", c);
            await cmd.ExecuteNonQueryAsync();
        }

        _connectionString = new NpgsqlConnectionStringBuilder(baseCs) { SearchPath = _schema }.ToString();
    }

    [TearDown]
    public async Task TearDown()
    {
        if (_schema.Length == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(Environment.GetEnvironmentVariable(EnvironmentVariable));
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", c);
        await cmd.ExecuteNonQueryAsync();
    }

    protected override HistoryStore NewStore() => HistoryStore.ForPostgres(_connectionString, Time);

    protected override HistoryStore SameDatabase() => HistoryStore.ForPostgres(_connectionString, Time);
}
