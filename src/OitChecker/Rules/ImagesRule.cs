using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Verdicts;

namespace OitChecker.Rules;

/// <summary>Content images are shown (executives' photos, a structure chart); logos, icons, banners and spacers do not count.</summary>
public sealed class ImagesRule : IElementRule
{
    private static readonly string[] Decorative = ["logo", "icon", "banner", "spacer", "blank", "bg", "background", "arrow", "bullet", "button", "flag", "sprite"];

    public ElementKind Kind => ElementKind.Images;

    /// <summary>True unless the image looks decorative by its name or is smaller than 48 px in a known dimension.</summary>
    public static bool IsContentImage(ImageRef image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Width is < 48 || image.Height is < 48)
        {
            return false;
        }

        var name = Uri.UnescapeDataString(image.Url.Split('?')[0].Split('/')[^1]).ToLowerInvariant();
        return !Decorative.Any(d => name.Contains(d, StringComparison.Ordinal));
    }

    public ElementResult Evaluate(ElementSpec spec, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var images = (ImagesElement)spec;
        var count = context.Primary?.Images.Where(IsContentImage).Select(i => i.Url).Distinct().Count() ?? 0;
        return count >= images.Min
            ? RuleResults.Pass(spec, $"มีรูปภาพประกอบ {count} รูป", $"{count} content image(s)")
            : RuleResults.Fail(spec, FailKind.Incomplete,
                count == 0 ? "ไม่มีรูปภาพ (เช่น รูปถ่ายผู้บริหาร แผนผัง)" : $"มีรูปภาพ {count} รูป ต้องมีอย่างน้อย {images.Min} รูป",
                count == 0 ? "no content image (photos, chart)" : $"{count} content image(s); at least {images.Min} required");
    }
}
