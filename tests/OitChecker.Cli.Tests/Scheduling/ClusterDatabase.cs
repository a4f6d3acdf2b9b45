using Npgsql;

namespace OitChecker.Cli.Tests.Scheduling;

/// <summary>A fresh PostgreSQL database for one test run (created from the admin connection in OIT_TEST_POSTGRES, dropped afterwards).</summary>
internal sealed class ClusterDatabase : IAsyncDisposable
{
    private readonly string _admin;

    private ClusterDatabase(string admin, string name, string connectionString)
    {
        _admin = admin;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<ClusterDatabase> CreateAsync(string adminConnectionString)
    {
        var name = "oitcheck_cluster_" + Guid.NewGuid().ToString("N")[..12];
        await using (var c = new NpgsqlConnection(adminConnectionString))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", c);
            await cmd.ExecuteNonQueryAsync();
        }

        var cs = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ToString();
        return new ClusterDatabase(adminConnectionString, name, cs);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(_admin);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", c);
        await cmd.ExecuteNonQueryAsync();
    }
}
