namespace OitChecker.Crawling;

/// <summary>A connection the <see cref="AddressGuard"/> refused (private address behind an external link).</summary>
public sealed class RefusedAddressException : IOException
{
    public RefusedAddressException()
    {
    }

    public RefusedAddressException(string message)
        : base(message)
    {
    }

    public RefusedAddressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
