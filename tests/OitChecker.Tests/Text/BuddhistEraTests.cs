using OitChecker.Text;

namespace OitChecker.Tests.Text;

public class BuddhistEraTests
{
    [TestCase(2568, 2025)]
    [TestCase(2565, 2022)]
    public void ToCe_SubtractsOffset(int be, int ce)
    {
        Assert.That(BuddhistEra.ToCe(be), Is.EqualTo(ce));
        Assert.That(BuddhistEra.ToBe(ce), Is.EqualTo(be));
    }

    [TestCase(2568, 4, 2568)] // a BE year stays
    [TestCase(2025, 4, 2568)] // a CE year is converted
    [TestCase(67, 2, 2567)]   // "ต.ค. 67" is 2567
    [TestCase(1500, 4, null)] // neither
    public void NormaliseToBe_ReadsEveryForm(int year, int digits, int? expected) =>
        Assert.That(BuddhistEra.NormaliseToBe(year, digits), Is.EqualTo(expected));
}
