namespace OitChecker.Text;

/// <summary>What a date expression found in text names.</summary>
public enum DateKind
{
    /// <summary>A calendar day: "1 ต.ค. 2567", "01/10/2567".</summary>
    Day,

    /// <summary>A month of a year, or a month alone: "ตุลาคม 2567", "ต.ค.67", "ตุลาคม".</summary>
    Month,

    /// <summary>A calendar year: "พ.ศ. 2568", "ประจำปี 2568".</summary>
    Year,

    /// <summary>A span of calendar years: "พ.ศ. 2566 – 2570" (development plans).</summary>
    YearRange,

    /// <summary>A fiscal year: "ปีงบประมาณ พ.ศ. 2568", "FY2568".</summary>
    FiscalYear,

    /// <summary>A span of fiscal years: "ปีงบประมาณ 2566-2570".</summary>
    FiscalYearRange,
}

/// <summary>
/// A date expression found in text. Years are always BE (CE and two-digit years are normalised);
/// <see cref="Year"/> is null only for a month named without a year.
/// </summary>
public sealed record FoundDate(DateKind Kind, int? Year, int? Month, int? Day, int? EndYear, string Text, int Index)
{
    /// <summary>The fiscal year this date belongs to, when it names a day or a month of a year.</summary>
    public FiscalYear? FiscalYear => Kind switch
    {
        DateKind.FiscalYear => new FiscalYear(Year!.Value),
        DateKind.Day or DateKind.Month when Year is not null && Month is not null =>
            new FiscalYear(Month >= 10 ? Year.Value + 1 : Year.Value),
        _ => null,
    };

    /// <summary>True when the expression covers the given fiscal year (ranges included).</summary>
    public bool Covers(FiscalYear fy) => Kind switch
    {
        DateKind.FiscalYear => Year == fy.BeYear,
        DateKind.FiscalYearRange => Year <= fy.BeYear && fy.BeYear <= EndYear,
        DateKind.YearRange => Year <= fy.BeYear && fy.BeYear <= EndYear,
        DateKind.Year => Year == fy.BeYear,
        _ => FiscalYear == fy,
    };
}
