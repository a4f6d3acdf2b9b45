using System.Net;
using OitChecker.Crawling;

namespace OitChecker.Tests.Crawling;

[TestFixture]
public sealed class AddressGuardTests
{
    [TestCase("127.0.0.1", true)]
    [TestCase("10.1.2.3", true)]
    [TestCase("172.16.0.1", true)]
    [TestCase("172.32.0.1", false)]
    [TestCase("192.168.1.1", true)]
    [TestCase("169.254.169.254", true)]
    [TestCase("100.64.0.1", true)]
    [TestCase("::1", true)]
    [TestCase("fe80::1", true)]
    [TestCase("fd00::1", true)]
    [TestCase("::ffff:127.0.0.1", true)]
    [TestCase("203.150.1.1", false)]
    [TestCase("2001:4860::8888", false)]
    public void IsPrivate_Classifies(string address, bool expected) =>
        Assert.That(AddressGuard.IsPrivate(IPAddress.Parse(address)), Is.EqualTo(expected));

    [Test]
    public void Filter_ExternalToPrivateOnPublicSite_Refused()
    {
        var guard = new AddressGuard { AllowPrivate = false };
        Assert.Multiple(() =>
        {
            Assert.Throws<RefusedAddressException>(() => guard.Filter("evil.example", [IPAddress.Loopback], external: true));
            Assert.That(guard.Filter("own.go.th", [IPAddress.Loopback], external: false), Has.Count.EqualTo(1));
            Assert.That(guard.Filter("mixed.example", [IPAddress.Loopback, IPAddress.Parse("203.150.1.1")], external: true), Is.EqualTo(new[] { IPAddress.Parse("203.150.1.1") }));
        });
    }
}
