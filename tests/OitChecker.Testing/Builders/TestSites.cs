using OitChecker.Sites;

namespace OitChecker.Testing.Builders;

/// <summary>Site configurations for tests: the four divisions of <see cref="ReportCatalog"/>, each with an address.</summary>
public static class TestSites
{
    /// <summary>เทศบาลตำบลเมืองแกลง with reports, outbox and database under <paramref name="root"/>.</summary>
    public static SiteConfig Mini(string root) => new()
    {
        Id = "muangklaeng",
        NameTh = "เทศบาลตำบลเมืองแกลง",
        NameEn = "Mueang Klaeng Subdistrict Municipality",
        MainUrl = new Uri("https://www.muangklaeng.go.th/"),
        Year = 2568,
        Divisions =
        [
            new DivisionConfig("palad", "สำนักปลัดเทศบาล", "Office of the Municipal Clerk", ["saraban@muangklaeng.go.th"]),
            new DivisionConfig("strategy", "กองยุทธศาสตร์และงบประมาณ", "Strategy and Budget Division", ["plan@muangklaeng.go.th"]),
            new DivisionConfig("finance", "กองคลัง", "Finance Division", ["finance@muangklaeng.go.th", "finance.head@muangklaeng.go.th"]),
            new DivisionConfig("audit", "หน่วยตรวจสอบภายใน", "Internal Audit Unit", ["audit@muangklaeng.go.th"]),
        ],
        Mail = new MailSettings
        {
            Delivery = MailDelivery.Outbox,
            From = "oitcheck@muangklaeng.go.th",
            FromName = "OitChecker เทศบาลตำบลเมืองแกลง",
            Outbox = Path.Combine(root, "outbox"),
            Admin = ["it@muangklaeng.go.th"],
            Digest = null,
        },
        Reports = new ReportSettings { Directory = Path.Combine(root, "reports") },
        History = new HistorySettings { Database = Path.Combine(root, "data", "muangklaeng.db") },
    };
}
