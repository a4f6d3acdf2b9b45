using OitChecker.Catalog;

namespace OitChecker.Tests.Catalog;

/// <summary>How the shipped crosswalk answers the questions history and reports ask when NACC renumbers items.</summary>
[TestFixture]
public sealed class CrosswalkTests
{
    private static readonly Lazy<Crosswalk> Shipped = new(() => CrosswalkLoader.Load(ShippedCatalogs.CrosswalkPath, ShippedCatalogs.All));

    private static Crosswalk Cw => Shipped.Value;

    [Test]
    public void Map_MergedItem_ReturnsEveryEarlierCodeInOrder()
    {
        // When — 2566 O11 merges the 2565 operation plan (O10) and budget spending plan (O18)
        var mapped = Cw.Map(2566, "O11", 2565);

        // Then
        Assert.That(mapped, Is.EqualTo(new[] { "O10", "O18" }));
    }

    [Test]
    public void Map_ConceptDroppedInTargetYear_ReturnsNothing()
    {
        // When — the opinion channel (2565 O32) has no 2566 item
        var mapped = Cw.Map(2565, "O32", 2566);

        // Then
        Assert.That(mapped, Is.Empty);
    }

    [Test]
    public void Map_IsCaseInsensitiveOnTheCode()
    {
        // Then
        Assert.That(Cw.Map(2565, "o23", 2569), Is.EqualTo(new[] { "O11" }));
    }

    [Test]
    public void ConceptOf_MergedItem_ReturnsEveryConcept()
    {
        // When — 2568 O1 is structure together with powers and duties
        var ids = Cw.ConceptOf(2568, "O1").Select(c => c.Id);

        // Then
        Assert.That(ids, Is.EqualTo(new[] { "structure", "powers" }));
    }

    [Test]
    public void CodesFor_DistinguishesAbsentFromUnknown()
    {
        // Given
        var opinion = Cw.Find("opinion-channel")!;
        var executives = Cw.Find("executives")!;

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(Cw.CodesFor("opinion-channel", 2566), Is.Empty);
            Assert.That(opinion.IsKnownIn(2566), Is.True, "listed as [] = does not exist in 2566");
            Assert.That(Cw.CodesFor("executives", 2569), Is.Empty);
            Assert.That(executives.IsKnownIn(2569), Is.False, "left out = unknown in 2569");
            Assert.That(Cw.CodesFor("no-gift", 2566), Is.EqualTo(new[] { "O31", "O32", "O33" }));
        });
    }

    [Test]
    public void CodesFor_UnknownConcept_ThrowsNamingTheValidIds()
    {
        // When
        var ex = Assert.Throws<ArgumentException>(() => Cw.CodesFor("procurment", 2565));

        // Then
        Assert.That(ex!.Message, Does.StartWith("unknown crosswalk concept 'procurment'; valid: structure, executives, powers"));
    }

    [Test]
    public void Years_AreTheFrameworkYears()
    {
        // Then
        Assert.That(Cw.Years, Is.EqualTo(new[] { 2565, 2566, 2568, 2569 }));
    }
}
