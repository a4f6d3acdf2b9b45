using OitChecker.Catalog;
using OitChecker.Testing;

namespace OitChecker.Tests.Catalog;

/// <summary>
/// The catalogs shipped in config/oit are data the whole pipeline trusts: they must load without a single
/// error, keep the verified structure of their year, and leave no code silently missing.
/// </summary>
[TestFixture]
public sealed class ShippedCatalogTests
{
    private static IEnumerable<string> ShippedFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Config, "oit"), "*.yaml")
            .Where(f => int.TryParse(Path.GetFileNameWithoutExtension(f), out _))
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(ShippedFiles))]
    public void Validate_ShippedCatalog_HasNoErrors(string path)
    {
        // When
        var errors = CatalogLoader.Validate(path);

        // Then
        Assert.That(errors.Select(e => e.ToString()), Is.Empty);
    }

    [Test]
    public void ShippedFiles_IncludeEveryFrameworkYear()
    {
        // Then
        Assert.That(ShippedFiles().Select(Path.GetFileNameWithoutExtension), Is.SupersetOf(new[] { "2565", "2566", "2568", "2569" }));
    }
}
