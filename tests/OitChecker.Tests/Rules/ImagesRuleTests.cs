using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Rules;
using OitChecker.Testing.Builders;
using OitChecker.Verdicts;
using static OitChecker.Testing.Builders.Pages;

namespace OitChecker.Tests.Rules;

public class ImagesRuleTests
{
    private static readonly ImagesElement FourPhotos = new("photos", null, null, 4);

    [TestCase("/images/CEO/noie.jpg", null, null, true)]
    [TestCase("/images/608x455-images-stories-structure.jpg", null, null, true)]
    [TestCase("/images/mayor.jpg", 145, 166, true)]
    [TestCase("/themes/images/logo.png", null, null, false)]
    [TestCase("/themes/images/home/menu/ic_chat.png", 24, 24, false)]    // a menu icon, known to be small
    [TestCase("/images/ip_icon_02_Back.png", 30, 30, false)]
    [TestCase("/themes/banner-top.jpg", 980, 200, false)]
    [TestCase("/themes/switch/images/pattern/bg-pattern14.png", null, null, false)]
    public void IsContentImage_PhotosAndChartsYes_LogosIconsBannersNo(string path, int? width, int? height, bool expected) =>
        Assert.That(ImagesRule.IsContentImage(new ImageRef(Url(path), null, width, height)), Is.EqualTo(expected));

    [Test]
    public async Task FourExecutivePhotos_Pass()
    {
        var ctx = await Context(Photos("noie", "win", "manus", "sere").Append(Img("/themes/images/logo.png")));

        var r = new ImagesRule().Evaluate(FourPhotos, ctx);

        Assert.That((r.Outcome, r.Reason.En), Is.EqualTo((ElementOutcome.Pass, "4 content image(s)")));
    }

    [Test]
    public async Task ThreePhotosWhereFourAreRequired_FailsIncompleteSayingHowMany()
    {
        var ctx = await Context(Photos("noie", "win", "manus"));

        var r = new ImagesRule().Evaluate(FourPhotos, ctx);

        Assert.That((r.FailKind, r.Reason.En), Is.EqualTo(((FailKind?)FailKind.Incomplete, "3 content image(s); at least 4 required")));
    }

    [Test]
    public async Task SamePhotoTwice_CountsOnce()
    {
        var ctx = await Context(Photos("noie", "noie", "win", "manus"));

        Assert.That(new ImagesRule().Evaluate(FourPhotos, ctx).Outcome, Is.EqualTo(ElementOutcome.Fail));
    }

    [Test]
    public async Task OnlyLogosAndIcons_FailsWithNoContentImage()
    {
        var ctx = await Context([Img("/logo.png"), Img("/icon-fb.png"), Img("/spacer.gif")]);

        Assert.That(new ImagesRule().Evaluate(new ImagesElement("chart", null, null, 1), ctx).Reason.En, Is.EqualTo("no content image (photos, chart)"));
    }

    private static IEnumerable<ImageRef> Photos(params string[] names) => names.Select(n => Img($"/images/CEO/{n}.jpg"));

    private static ImageRef Img(string path) => new(Url(path), null, null, null);

    private static Task<RuleContext> Context(IEnumerable<ImageRef> images)
    {
        var page = Html("/executives", "คณะผู้บริหาร", images: images);
        return new EvidenceFixture().Add(page).ContextAsync(EvidenceFixture.Item("O2", "คณะผู้บริหาร", FourPhotos), page.Url);
    }
}
