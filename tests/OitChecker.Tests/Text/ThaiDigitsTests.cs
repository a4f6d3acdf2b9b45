using OitChecker.Text;

namespace OitChecker.Tests.Text;

public class ThaiDigitsTests
{
    [TestCase("ปีงบประมาณ พ.ศ. ๒๕๖๕", "ปีงบประมาณ พ.ศ. 2565")] // the seed memo writes years in Thai digits
    [TestCase("ต.ค. ๖๔ - ก.ย. ๖๕", "ต.ค. 64 - ก.ย. 65")]       // memo timelines
    [TestCase("no digits", "no digits")]
    [TestCase("๐๑๒๓๔๕๖๗๘๙", "0123456789")]
    public void ToArabic_ThaiDigits_BecomeAscii(string input, string expected) =>
        Assert.That(ThaiDigits.ToArabic(input), Is.EqualTo(expected));

    [Test]
    public void ToThai_RoundTripsWithToArabic() =>
        Assert.That(ThaiDigits.ToArabic(ThaiDigits.ToThai("2568-10-01")), Is.EqualTo("2568-10-01"));

    [TestCase("๒๕๖๕", 2565)]
    [TestCase("2568", 2568)]
    [TestCase(" ๑0 ", 10)] // mixed digits and padding, as typed in real forms
    public void TryParseInt_AcceptsBothDigitSets(string text, int expected)
    {
        Assert.That(ThaiDigits.TryParseInt(text, out var v), Is.True);
        Assert.That(v, Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("12a")]
    [TestCase("-5")]
    public void TryParseInt_RejectsNonNumbers(string text) =>
        Assert.That(ThaiDigits.TryParseInt(text, out _), Is.False);
}
