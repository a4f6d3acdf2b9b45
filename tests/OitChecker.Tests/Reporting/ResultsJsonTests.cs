using System.Reflection;
using System.Text.Json.Serialization;
using OitChecker.Reporting;
using OitChecker.Running;

namespace OitChecker.Tests.Reporting;

/// <summary>
/// results.json is written from compile-time metadata, so the natively compiled build writes it too. Its enums
/// are kebab-case through one generic converter each; an enum added to the result without one would be written
/// as a number (and the natively compiled build cannot make the converter at run time).
/// </summary>
public sealed class ResultsJsonTests
{
    [Test]
    public void EveryEnumTheResultHolds_HasItsOwnKebabCaseConverter()
    {
        // Given every enum type reachable from RunResult's public properties
        var enums = EnumsReachableFrom(typeof(RunResult));
        Assert.That(enums, Is.Not.Empty);

        // Then each one is converted by a generic (statically compiled) converter, none by the run-time factory
        var converters = ResultsJson.Options.Converters;
        Assert.Multiple(() =>
        {
            Assert.That(converters.OfType<JsonStringEnumConverter>(), Is.Empty, "the non-generic converter builds converters at run time");
            foreach (var e in enums)
            {
                Assert.That(converters.Any(c => c.CanConvert(e) && c.GetType().IsGenericType), Is.True, $"{e.Name} has no JsonStringEnumConverter<{e.Name}> in ResultsJson");
            }
        });
    }

    [Test]
    public void EnumValues_AreWrittenKebabCase()
    {
        // Given a result whose status is Inconclusive
        var json = ResultsJson.Serialize(Sample() with { Status = RunStatus.Inconclusive, InconclusiveReason = "site down" });

        // Then the status is the kebab-case name, not a number
        Assert.That(json, Does.Contain("\"status\": \"inconclusive\""));
        Assert.That(ResultsJson.Deserialize(json)!.Status, Is.EqualTo(RunStatus.Inconclusive));
    }

    private static RunResult Sample() => new()
    {
        RunId = "r1",
        Site = new RunSite("s", "เทศบาล", "https://example.go.th/"),
        Year = 2569,
        StartedAt = DateTimeOffset.UnixEpoch,
        FinishedAt = DateTimeOffset.UnixEpoch,
        Score = ResultsJson.Deserialize(ResultsJson.Serialize(ApprovedResult()))!.Score,
        Pages = new RunPages(1, 0, 1, 10, 0, "done", 0.1),
    };

    private static RunResult ApprovedResult() =>
        ResultsJson.Deserialize(File.ReadAllText(Path.Combine(Testing.RepoPaths.Root, "tests", "OitChecker.Tests", "Reporting", "approved", "results.approved.json")))!;

    private static List<Type> EnumsReachableFrom(Type root)
    {
        var seen = new HashSet<Type>();
        var enums = new List<Type>();
        var queue = new Queue<Type>([root]);
        while (queue.Count > 0)
        {
            var t = queue.Dequeue();
            t = Nullable.GetUnderlyingType(t) ?? t;
            if (!seen.Add(t) || t == typeof(string) || t.IsPrimitive || t.Namespace?.StartsWith("System", StringComparison.Ordinal) == true && !t.IsGenericType)
            {
                continue;
            }

            if (t.IsEnum)
            {
                enums.Add(t);
                continue;
            }

            if (t.IsGenericType)
            {
                foreach (var a in t.GetGenericArguments())
                {
                    queue.Enqueue(a);
                }

                continue;
            }

            if (t.IsArray)
            {
                queue.Enqueue(t.GetElementType()!);
                continue;
            }

            foreach (var p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                queue.Enqueue(p.PropertyType);
            }
        }

        return enums;
    }
}
