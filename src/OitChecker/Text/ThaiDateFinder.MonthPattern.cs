namespace OitChecker.Text;

/// <summary>The month pattern as a constant, so the month regex is source-generated (no start-up compile).</summary>
public static partial class ThaiDateFinder
{
    /// <summary>
    /// <see cref="BuildMonthPattern"/>'s result, written out: a day, "เดือน", a Thai or English month
    /// (full, dotted or undotted abbreviation), then an optional era marker and year. A test checks the two agree.
    /// </summary>
    internal const string MonthPattern =
        @"(?:(?<d>(?<!\d)\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s*)?(?:เดือน\s*)?(?<m>august|apr\.?|aug\.?|april|december|dec\.?|february|feb\.?|january|jan\.?|jun\.?|jul\.?|june|july|mar\.?|march|may|november|nov\.?|october|oct\.?|september|sept?\.?|กพ(?=\s?\d{2})|กค(?=\s?\d{2})|กย(?=\s?\d{2})|กุมภาพันธ์|ก\.\s?พ\.?|ก\.\s?ค\.?|ก\.\s?ย\.?|กรกฎาคม|กันยายน|ตค(?=\s?\d{2})|ต\.\s?ค\.?|ตุลาคม|ธค(?=\s?\d{2})|ธ\.\s?ค\.?|ธันวาคม|พค(?=\s?\d{2})|พย(?=\s?\d{2})|พ\.\s?ค\.?|พ\.\s?ย\.?|พฤศจิกายน|พฤษภาคม|มีค(?=\s?\d{2})|มิย(?=\s?\d{2})|มค(?=\s?\d{2})|มี\.\s?ค\.?|มิ\.\s?ย\.?|ม\.\s?ค\.?|มิถุนายน|มกราคม|มีนาคม|สค(?=\s?\d{2})|ส\.\s?ค\.?|สิงหาคม|เมย(?=\s?\d{2})|เม\.\s?ย\.?|เมษายน)(?![ก-ฮa-z])(?:\s*(?:(?:พ\.?\s?ศ\.?\s*)|ปี\s*|ค\.ศ\.\s*|,\s*)?(?<y>(?<!\d)\d{4}(?!\d)|(?<!\d)\d{2}(?!\d)))?";
}
