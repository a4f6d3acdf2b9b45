using OitChecker.Testing;
using OitChecker.Text;
using UglyToad.PdfPig;

namespace OitChecker.Tests.Text;

public class ThaiFoldTests
{
    [TestCase("เทศบาลตำบลเมืองแกลง", "เทศบาลตาบลเมืองแกลง")]   // PDF drops the nikhahit (poknoi PDFs)
    [TestCase("เทศบาลตำบลเมืองแกลง", "เทศบาลต าบลเมืองแกลง")]  // PdfPig renders it as a space
    [TestCase("เทศบาลตำบลเมืองแกลง", "เทศบาลตําบลเมืองแกลง")]  // decomposed ํ + า
    [TestCase("เทศบาลตำบลเมืองแกลง", "เทศบาล ตำบล เมือง แกลง")] // spaces between words
    [TestCase("ตำบล", "ต\u200Bำบล")]                              // zero-width space from a CMS editor
    [TestCase("ที่อยู่", "ท่ีอยู่")]                                   // tone mark and vowel swapped by a PDF
    [TestCase("E-Service", "e service")]
    [TestCase("ปีงบประมาณ ๒๕๖๕", "ปีงบประมาณ 2565")]
    public void Fold_MakesDamagedFormsEqual(string a, string b) =>
        Assert.That(ThaiFold.Fold(b), Is.EqualTo(ThaiFold.Fold(a)));

    [Test]
    public void Fold_IsStable() =>
        Assert.That(ThaiFold.Fold(ThaiFold.Fold("ข้อมูลผู้บริหาร (O2)")), Is.EqualTo(ThaiFold.Fold("ข้อมูลผู้บริหาร (O2)")));

    [Test]
    public void Fold_KeepsDifferentWordsDifferent() =>
        Assert.That(ThaiFold.Fold("แผนดำเนินงาน"), Is.Not.EqualTo(ThaiFold.Fold("แผนการจัดซื้อจัดจ้าง")));

    [Test]
    public void Clean_JoinsDecomposedSaraAmAndCollapsesSpaces() =>
        Assert.That(ThaiFold.Clean("ต\u0E4D\u0E32บล   เมือง\u200Bแกลง\n"), Is.EqualTo("ตำบล เมืองแกลง"));

    [TestCase("", "")]
    [TestCase("   ", "")]
    [TestCase("ประกาศเทศบาล", "ประกาศเทศบาล")]
    [TestCase("  ประกาศ \t\u00A0 เทศบาล  ", "ประกาศ เทศบาล")]
    [TestCase("\u200Bตำบล\u200B", "ตำบล")]
    [TestCase("ต\u200B \u200Bำ", "ต ำ")]
    [TestCase("\uF711\u0E32", "\u0E33")]          // private-use nikhahit + sara aa joins like the real one
    [TestCase("ก\uF70B", "ก\u0E49")]                // shifted tone mark back to ้
    [TestCase("\u0E4D", "\u0E4D")]                  // a lone nikhahit at the end is kept
    [TestCase("a\u3000b\u2028c", "a b c")]
    public void Clean_Cases(string input, string expected) =>
        Assert.That(ThaiFold.Clean(input), Is.EqualTo(expected));

    [Test]
    public void Clean_RandomText_SameAsCharacterByCharacterReference()
    {
        // Clean copies runs of ordinary characters whole; the reference looks at every character.
        char[] alphabet = ['ก', 'ต', 'บ', 'ล', '\u0E32', '\u0E33', '\u0E4D', '\u0E49', 'a', 'Z', '1', '๑', ' ', '\t', '\n', '\u00A0', '\u2003',
            '\u200B', '\u200C', '\u00AD', '\uFEFF', '\uF700', '\uF70B', '\uF711', '\uF71A', '(', '.'];
        var random = new Random(874);
        for (var n = 0; n < 2_000; n++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var expected = ReferenceClean(text);
            Assert.That(ThaiFold.Clean(text), Is.EqualTo(expected), () => "input: " + string.Concat(text.Select(c => $"\\u{(int)c:X4}")));

            // In place, with the text at the start of a larger buffer whose tail must stay untouched.
            var buffer = new char[chars.Length + 3];
            chars.CopyTo(buffer, 0);
            buffer.AsSpan()[^3..].Fill('#');
            var length = ThaiFold.CleanInPlace(buffer.AsSpan(0, chars.Length));
            Assert.That(new string(buffer, 0, length), Is.EqualTo(expected), () => "in place, input: " + string.Concat(text.Select(c => $"\\u{(int)c:X4}")));
            Assert.That(new string(buffer, chars.Length, 3), Is.EqualTo("###"));
        }
    }

    [Test]
    public void IndexOfSpecial_EveryCharacterAtEveryPosition_SameAsReference()
    {
        // The scan skips printable ASCII, Thai letters and single spaces between them eight at a time; every other
        // UTF-16 unit, at every lane of a vector and in the scalar tail, must be found exactly when the reference says
        // the cleaning has to look at it.
        static bool IsSpecial(char c) =>
            char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u0E4D'
            || c is >= '\uF700' and <= '\uF71A';
        static bool IsOrdinary(char c) => c is >= '!' and <= '~' || c is >= '\u0E01' and <= '\u0E4C';
        static int Reference(char[] s)
        {
            for (var p = 0; p < s.Length; p++)
            {
                if (IsSpecial(s[p]) && !(s[p] == ' ' && p > 0 && p + 1 < s.Length && IsOrdinary(s[p + 1])))
                {
                    return p;
                }
            }

            return -1;
        }

        string[] fillers = ["กขฃaZ~!ฌญฎ0๛ฯ", "ก ข ฃa Z~ !ฌ ญฎ0 ๛ ฯ", "  ก\u0E4D  "];
        var buffer = new char[19];
        var found = 0;
        foreach (var filler in fillers)
        {
            for (var c = 0; c <= char.MaxValue; c++)
            {
                for (var at = 0; at < buffer.Length; at += c < 0x3000 ? 1 : 6)
                {
                    for (var i = 0; i < buffer.Length; i++)
                    {
                        buffer[i] = filler[(i + c) % filler.Length];
                    }

                    buffer[at] = (char)c;
                    var expected = Reference(buffer);
                    var actual = ThaiFold.IndexOfSpecial(buffer);
                    if (actual != expected)
                    {
                        Assert.Fail($"U+{c:X4} at {at} in \"{new string(buffer)}\": expected {expected}, got {actual}");
                    }

                    found += actual >= 0 ? 1 : 0;
                }
            }
        }

        Assert.That(found, Is.GreaterThan(25 * 19), "whitespace, zero-width and private-use characters are found");
        Assert.Multiple(() =>
        {
            Assert.That(ThaiFold.IndexOfSpecial("ประกาศเทศบาลตำบลเมืองแกลง เรื่อง การจัดซื้อ"), Is.EqualTo(-1), "single spaces between words are kept as they are");
            Assert.That(ThaiFold.IndexOfSpecial(" ประกาศเทศบาลตำบลเมืองแกลง"), Is.EqualTo(0), "a leading space is dropped");
            Assert.That(ThaiFold.IndexOfSpecial("ประกาศเทศบาลตำบลเมืองแกลง "), Is.EqualTo(25), "a trailing space is dropped");
            Assert.That(ThaiFold.IndexOfSpecial("ประกาศเทศบาลตำบล  เมืองแกลง"), Is.EqualTo(16), "two spaces become one");
            Assert.That(ThaiFold.IndexOfSpecial("ประกาศเทศบาลตำบล \u200Bเมือง"), Is.EqualTo(16));
            Assert.That(ThaiFold.IndexOfSpecial("ต\u0E4D\u0E32บล"), Is.EqualTo(1));
            Assert.That(ThaiFold.IndexOfSpecial(string.Empty), Is.EqualTo(-1));
        });
    }

    private static string ReferenceClean(string text)
    {
        var sb = new System.Text.StringBuilder();
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i] switch
            {
                '\uF700' => 'ฐ',
                '\uF70B' => '\u0E49',
                '\uF711' => '\u0E4D',
                '\uF71A' => '\u0E3A',
                var x => x,
            };
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            if (c == '\u0E4D' && i + 1 < text.Length && text[i + 1] == '\u0E32')
            {
                sb.Append('\u0E33');
                i++;
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    [Test]
    public void Contains_MatchesRealPdfTextWithSaraAmDamage()
    {
        // Given real text extracted from a procurement notice of เทศบาลตำบลพอกน้อย, where every "ำ" was lost
        var pdf = Path.Combine(RepoPaths.RealSite("poknoi-docs"), "modules", "upload", "pdf",
            "ประกาศรายชื่อผู้ชนะการเสนอราคาก่อสร้างตลาดสดเทศบาลตาบลพอกน้อย.pdf");
        using var doc = PdfDocument.Open(pdf);
        var text = string.Concat(doc.GetPages().Select(p => p.Text));
        Assume.That(text, Does.Contain("ต าบล"), "the real PDF shows the damage this test is about");

        // Then the fold still finds the correctly spelled words
        Assert.Multiple(() =>
        {
            Assert.That(ThaiFold.Contains(text, "ประกาศเทศบาลตำบลพอกน้อย"), Is.True);
            Assert.That(ThaiFold.Contains(text, "ห้างหุ้นส่วนจำกัด"), Is.True);
            Assert.That(ThaiFold.Contains(text, "ผู้เสนอราคาจำนวน"), Is.True);
            Assert.That(ThaiFold.Contains(text, "เทศบาลนครเชียงใหม่"), Is.False);
        });
    }
}
