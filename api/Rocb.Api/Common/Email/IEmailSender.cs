namespace Rocb.Api.Common.Email;

/// <summary>A plain-text message to one or more addresses.</summary>
public sealed record EmailMessage(IReadOnlyList<string> To, string Subject, string Body);

/// <summary>What became of one message: sent, or the reason it was not (never an exception).</summary>
public sealed record EmailSendResult(bool Sent, string? Error)
{
    public static readonly EmailSendResult Ok = new(true, null);
    public static EmailSendResult Failed(string error) => new(false, error);
}

/// <summary>Sends e-mail when it is configured (<see cref="EmailOptions"/>).</summary>
public interface IEmailSender
{
    bool IsConfigured { get; }

    /// <summary>
    /// Sends the messages over one connection. Failures are results, not exceptions: a server that is down fails every message
    /// with its reason, a refused recipient fails only its message. One result per message, in order.
    /// </summary>
    Task<IReadOnlyList<EmailSendResult>> SendAsync(IReadOnlyList<EmailMessage> messages, CancellationToken cancellationToken);
}
