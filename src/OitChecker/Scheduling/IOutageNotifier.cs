namespace OitChecker.Scheduling;

/// <summary>Tells people that a watched URL went down or came back (the mailer implements it).</summary>
public interface IOutageNotifier
{
    Task NotifyAsync(OutageNotice notice, CancellationToken cancellationToken);
}
