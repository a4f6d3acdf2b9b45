namespace OitChecker.Testing.Fixtures;

/// <summary>
/// A small, valid catalog (4 items, 3 sub-indicators) and a matching site file, as text. Tests mutate
/// one line to make one mistake and assert the exact message.
/// </summary>
public static class MiniCatalog
{
    public const string CatalogYaml = """
        year: 2565
        title: แคตตาล็อกทดสอบ
        indicators:
          - code: "9"
            title: การเปิดเผยข้อมูล
            subIndicators:
              - { code: "9.1", title: ข้อมูลพื้นฐาน, size: 2 }
              - { code: "9.3", title: การบริหารเงินงบประมาณ, size: 1 }
          - code: "10"
            title: การป้องกันการทุจริต
            subIndicators:
              - { code: "10.2", title: มาตรการภายใน }
        divisions:
          - { slug: palad, name: สำนักปลัดเทศบาล }
          - { slug: finance, name: กองคลัง }
        items:
          - code: O1
            title: โครงสร้าง
            titleEn: Organisation structure
            subIndicator: "9.1"
            division: palad
            confidence: derived
            find:
              terms: [โครงสร้างองค์กร]
            elements:
              - kind: reachable
              - kind: bothSides
                political: ["นายกเทศมนตรี|นายก"]
                permanent: ["ปลัดเทศบาล|ปลัด"]
            fixHint: เผยแพร่แผนผังโครงสร้าง
          - code: O2
            title: ข้อมูลผู้บริหาร
            titleEn: Executives
            subIndicator: "9.1"
            division: palad
            confidence: derived
            find:
              terms: [คณะผู้บริหาร]
            elements:
              - kind: reachable
            fixHint: เผยแพร่ข้อมูลผู้บริหาร
          - code: O23
            title: สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน
            titleEn: Monthly procurement summary
            subIndicator: "9.3"
            division: finance
            confidence: verified
            find:
              terms: [สรุปผลการจัดซื้อจัดจ้าง]
            elements:
              - kind: reachable
              - kind: period
                fiscalYear: current
                months: [10, 11, 12, 1, 2, 3]
                noneStatements: [ไม่มีการจัดซื้อจัดจ้าง]
              - kind: tableFields
                fields: ["งานที่ซื้อหรือจ้าง", "วงเงิน", "ราคากลาง"]
            fixHint: เผยแพร่ สขร.1 ทุกเดือน
          - code: O42
            title: มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
            titleEn: Internal integrity measures
            subIndicator: "10.2"
            division: palad
            confidence: verified
            find:
              terms: [มาตรการส่งเสริมคุณธรรม]
            elements:
              - kind: reachable
              - kind: manualReview
                what: ผู้บริหารลงนามอนุมัติมาตรการ
                whatEn: approved and signed by the executive
            fixHint: เผยแพร่มาตรการที่ผู้บริหารอนุมัติ
        """;

    public const string SiteYaml = """
        id: testsite
        name: เทศบาลทดสอบ
        mainUrl: https://www.test.go.th/
        year: 2565
        catalog: catalog.yaml
        divisions:
          - { slug: palad, name: สำนักปลัดเทศบาล, emails: [palad@test.go.th] }
          - { slug: finance, name: กองคลัง, emails: [finance@test.go.th] }
        items:
          O23: { division: finance, url: "https://www.test.go.th/procurement" }
        crawl:
          maxPages: 100
          delay: 200ms
        schedule:
          cron: "0 30 4 * * ?"
          timeZone: Asia/Bangkok
        mail:
          delivery: outbox
          smtp: { host: localhost, port: 25, security: none, passwordEnv: OIT_SMTP_PASSWORD }
        """;

    /// <summary>Writes both files into a fresh folder; returns (catalog path, site path).</summary>
    public static (string Catalog, string Site) WriteTo(string directory, string? catalogYaml = null, string? siteYaml = null)
    {
        var c = Path.Combine(directory, "catalog.yaml");
        var s = Path.Combine(directory, "site.yaml");
        File.WriteAllText(c, catalogYaml ?? CatalogYaml);
        File.WriteAllText(s, siteYaml ?? SiteYaml);
        return (c, s);
    }
}
