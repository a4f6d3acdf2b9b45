namespace OitChecker.Mailing;

/// <summary>A message as delivered by a publish: where its .eml is, to whom, about what.</summary>
public sealed record QueuedMail(MailKind Kind, string? Division, IReadOnlyList<string> Recipients, string Subject, string File, bool NewlyQueued);
