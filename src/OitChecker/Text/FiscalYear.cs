namespace OitChecker.Text;

/// <summary>
/// A Thai government fiscal year (ปีงบประมาณ), named by its BE year: FY2568 runs from
/// 1 October 2567 to 30 September 2568 (1 Oct 2024 – 30 Sep 2025). OIT's "6 months" are
/// October–March of the assessed fiscal year.
/// </summary>
public readonly record struct FiscalYear(int BeYear)
{
    /// <summary>October → March: the months of OIT's "รอบ 6 เดือน" in fiscal-year order.</summary>
    public static IReadOnlyList<int> HalfYearMonths { get; } = [10, 11, 12, 1, 2, 3];

    /// <summary>October → September, in fiscal-year order.</summary>
    public static IReadOnlyList<int> AllMonths { get; } = [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9];

    /// <summary>First day (CE calendar date).</summary>
    public DateOnly Start => new(BuddhistEra.ToCe(BeYear) - 1, 10, 1);

    /// <summary>Last day (CE calendar date).</summary>
    public DateOnly End => new(BuddhistEra.ToCe(BeYear), 9, 30);

    /// <summary>The previous fiscal year.</summary>
    public FiscalYear Previous => new(BeYear - 1);

    /// <summary>The next fiscal year.</summary>
    public FiscalYear Next => new(BeYear + 1);

    /// <summary>The fiscal year a CE date falls in.</summary>
    public static FiscalYear Of(DateOnly date) =>
        new(BuddhistEra.ToBe(date.Month >= 10 ? date.Year + 1 : date.Year));

    /// <summary>The fiscal year a CE date-time falls in (its calendar date).</summary>
    public static FiscalYear Of(DateTimeOffset moment) => Of(DateOnly.FromDateTime(moment.Date));

    /// <summary>The BE calendar year in which the given month (1–12) of this fiscal year falls.</summary>
    public int BeYearOfMonth(int month) => month >= 10 ? BeYear - 1 : BeYear;

    /// <summary>True when the date lies within this fiscal year.</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>True when the (month, BE year) lies within this fiscal year.</summary>
    public bool ContainsMonth(int month, int beYear) => BeYearOfMonth(month) == beYear;

    /// <summary>"ปีงบประมาณ พ.ศ. 2568".</summary>
    public string ThaiLabel => $"ปีงบประมาณ พ.ศ. {BeYear}";

    /// <summary>"FY2568 (1 Oct 2024 – 30 Sep 2025)".</summary>
    public override string ToString() => $"FY{BeYear} ({Start:d MMM yyyy} – {End:d MMM yyyy})";
}
