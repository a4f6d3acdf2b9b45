using OitChecker.Catalog;

namespace OitChecker.Testing.Builders;

/// <summary>
/// A small OIT catalog for tests that must not depend on the real yearly catalog: 2 indicators,
/// 5 sub-indicators (one of 2 items, so a single miss is expensive), 10 items over 4 divisions, with
/// verified, derived and unverified items. Loaded through the real <see cref="CatalogLoader"/>.
/// </summary>
public static class ReportCatalog
{
    /// <summary>The YAML text.</summary>
    public const string Yaml = """
        year: 2568
        title: แบบวัด OIT ทดสอบ (ชุดเล็ก)
        organisationType: local-government
        indicators:
          - code: "9"
            title: การเปิดเผยข้อมูล
            titleEn: Information disclosure
            subIndicators:
              - { code: "9.1", title: ข้อมูลพื้นฐาน, titleEn: Basic information, size: 3 }
              - { code: "9.2", title: การบริหารงาน, titleEn: Administration, size: 2 }
              - { code: "9.3", title: การบริหารเงินงบประมาณ, titleEn: Budget, size: 2 }
          - code: "10"
            title: การป้องกันการทุจริต
            titleEn: Corruption prevention
            subIndicators:
              - { code: "10.1", title: การดำเนินการเพื่อป้องกันการทุจริต, titleEn: Anti-corruption actions, size: 1 }
              - { code: "10.2", title: มาตรการภายในเพื่อป้องกันการทุจริต, titleEn: Internal measures, size: 2 }
        divisions:
          - { slug: palad, name: สำนักปลัด, nameEn: Office of the Clerk }
          - { slug: strategy, name: กองยุทธศาสตร์และงบประมาณ, nameEn: Strategy and Budget }
          - { slug: finance, name: กองคลัง, nameEn: Finance }
          - { slug: audit, name: หน่วยตรวจสอบภายใน, nameEn: Internal Audit }
        items:
          - code: O1
            title: โครงสร้าง
            titleEn: Structure
            subIndicator: "9.1"
            division: palad
            confidence: verified
            find: { terms: [โครงสร้าง] }
            elements: [{ kind: reachable }]
            fixHint: เผยแพร่แผนผังโครงสร้างส่วนราชการที่เป็นปัจจุบัน
            fixHintEn: Publish the current organisation chart
          - code: O2
            title: ข้อมูลผู้บริหาร
            titleEn: Executives
            subIndicator: "9.1"
            division: palad
            confidence: verified
            find: { terms: [ผู้บริหาร] }
            elements: [{ kind: reachable }]
            fixHint: แสดงรูปถ่าย ชื่อ ตำแหน่ง และช่องทางติดต่อของผู้บริหารทั้งฝ่ายการเมืองและฝ่ายประจำ
          - code: O3
            title: อำนาจหน้าที่
            titleEn: Duties and powers
            subIndicator: "9.1"
            division: palad
            confidence: unverified
            find: { terms: [อำนาจหน้าที่] }
            elements: [{ kind: reachable }]
            fixHint: เผยแพร่อำนาจหน้าที่ตามกฎหมายจัดตั้ง
          - code: O4
            title: แผนดำเนินงานประจำปี
            titleEn: Annual operating plan
            subIndicator: "9.2"
            division: strategy
            confidence: verified
            find: { terms: [แผนดำเนินงาน] }
            elements: [{ kind: reachable }]
            fixHint: เผยแพร่แผนดำเนินงานประจำปีงบประมาณที่ประเมิน
          - code: O5
            title: รายงานผลการดำเนินงานประจำปี
            titleEn: Annual performance report
            subIndicator: "9.2"
            division: strategy
            confidence: derived
            find: { terms: [รายงานผลการดำเนินงาน] }
            elements: [{ kind: reachable }]
            fixHint: เผยแพร่รายงานผลการดำเนินงานของปีงบประมาณก่อนหน้า
          - code: O6
            title: แผนการใช้จ่ายงบประมาณประจำปี
            titleEn: Annual spending plan
            subIndicator: "9.3"
            division: finance
            confidence: verified
            find: { terms: [แผนการใช้จ่ายงบประมาณ] }
            elements: [{ kind: reachable }]
            fixHint: เผยแพร่แผนการใช้จ่ายงบประมาณประจำปี
          - code: O7
            title: รายงานผลการจัดซื้อจัดจ้างรายเดือน
            titleEn: Monthly procurement reports
            subIndicator: "9.3"
            division: finance
            confidence: unverified
            find: { terms: [สรุปผลการจัดซื้อจัดจ้าง] }
            elements: [{ kind: reachable }]
            fixHint: เผยแพร่ สขร.1 ทุกเดือน ต.ค.–มี.ค. หรือประกาศว่าไม่มีการจัดซื้อจัดจ้างในเดือนนั้น
            fixHintEn: Publish the monthly procurement summary for every month Oct–Mar
          - code: O8
            title: เจตจำนงสุจริตของผู้บริหาร
            titleEn: Integrity pledge
            subIndicator: "10.1"
            division: palad
            confidence: verified
            find: { terms: [เจตจำนงสุจริต] }
            elements: [{ kind: reachable }]
            fixHint: ผู้บริหารสูงสุดแสดงเจตจำนงสุจริตในปีที่ประเมิน
          - code: O9
            title: มาตรการส่งเสริมคุณธรรมและความโปร่งใส
            titleEn: Integrity and transparency measures
            subIndicator: "10.2"
            division: audit
            confidence: verified
            find: { terms: [มาตรการส่งเสริมคุณธรรม] }
            elements: [{ kind: reachable }]
            fixHint: เผยแพร่มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
          - code: O10
            title: การดำเนินการตามมาตรการส่งเสริมคุณธรรม
            titleEn: Implementing the integrity measures
            subIndicator: "10.2"
            division: audit
            confidence: unverified
            find: { terms: [การดำเนินการตามมาตรการ] }
            elements: [{ kind: reachable }]
            fixHint: รายงานการดำเนินการตามมาตรการ
        """;

    private static readonly Lazy<OitCatalog> Cached = new(Load);

    /// <summary>The loaded catalog (loaded once per test run).</summary>
    public static OitCatalog Catalog => Cached.Value;

    private static OitCatalog Load()
    {
        var dir = RepoPaths.NewTempDirectory("oit-minicatalog");
        var path = Path.Combine(dir, "2568.yaml");
        File.WriteAllText(path, Yaml);
        return CatalogLoader.Load(path);
    }
}
