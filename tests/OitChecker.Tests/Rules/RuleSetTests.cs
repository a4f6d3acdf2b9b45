using OitChecker.Catalog;
using OitChecker.Rules;

namespace OitChecker.Tests.Rules;

public class RuleSetTests
{
    [Test]
    public void Default_HasARuleForEveryElementKind()
    {
        foreach (var kind in Enum.GetValues<ElementKind>())
        {
            Assert.That(RuleSet.Default.For(kind).Kind, Is.EqualTo(kind));
        }
    }
}
