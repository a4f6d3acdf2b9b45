namespace OitChecker.Reporting;

/// <summary>
/// The report's inline stylesheet: a Thai font stack installed on Thai Windows, macOS and Linux machines
/// (no web fonts, nothing fetched), readable table layout, and an A4 print layout with a page per division.
/// </summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root { --pass: #1b7f3b; --fail: #b3261e; --review: #a15c00; --muted: #5f6368; --line: #d9dde3; --bg: #f6f7f9; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; padding: 24px; background: #fff; color: #1f2328; font: 15px/1.55 "Sarabun", "TH Sarabun New", "Noto Sans Thai", "Leelawadee UI", "Leelawadee", Tahoma, "Garuda", "Loma", sans-serif; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
        h3 { font-size: 16px; margin: 16px 0 6px; }
        .sub { color: var(--muted); margin: 0 0 16px; }
        .banner { border: 2px solid var(--review); background: #fff4e5; padding: 10px 14px; border-radius: 6px; margin: 12px 0; }
        .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; }
        .card { flex: 1 1 160px; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: var(--bg); }
        .card .big { font-size: 30px; font-weight: 700; line-height: 1.2; }
        .card .label { color: var(--muted); font-size: 13px; }
        svg { display: block; max-width: 100%; height: auto; }
        svg text { font-family: inherit; fill: #1f2328; }
        table { width: 100%; border-collapse: collapse; margin: 6px 0 12px; font-size: 14px; }
        th, td { border: 1px solid var(--line); padding: 5px 7px; vertical-align: top; text-align: left; }
        th { background: var(--bg); font-weight: 600; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        .v-pass { color: var(--pass); font-weight: 600; }
        .v-fail { color: var(--fail); font-weight: 600; }
        .v-manual-review { color: var(--review); font-weight: 600; }
        .v-inconclusive { color: var(--muted); font-weight: 600; }
        .chg { display: inline-block; border-radius: 10px; padding: 0 7px; font-size: 12px; white-space: nowrap; }
        .chg-new { background: #fde2e1; color: var(--fail); }
        .chg-fixed { background: #dcf3e3; color: var(--pass); }
        .chg-still-open { background: #eceff3; color: #3c4043; }
        .chg-unconfirmed { background: #fff4e5; color: var(--review); }
        .unverified { display: inline-block; border: 1px dashed var(--review); color: var(--review); border-radius: 4px; padding: 0 5px; font-size: 12px; white-space: nowrap; }
        .en { color: var(--muted); font-size: 12px; }
        .hint { font-size: 13px; }
        a { color: #0b57d0; word-break: break-all; }
        .division { page-break-before: always; break-before: page; }
        footer { margin-top: 28px; color: var(--muted); font-size: 12px; }
        @page { size: A4; margin: 12mm; }
        @media print {
          body { padding: 0; font-size: 12px; }
          table { font-size: 11px; }
          thead { display: table-header-group; }
          tr, .card, svg { break-inside: avoid; page-break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
