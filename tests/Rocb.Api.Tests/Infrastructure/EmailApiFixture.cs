using netDumbster.smtp;

namespace Rocb.Api.Tests.Infrastructure;

/// <summary>
/// <see cref="ApiFixture"/> with e-mail configured: a real SMTP server in process (netDumbster) on a free port, spoken to over
/// TCP by the API's MailKit sender (plain SMTP: the test server has no TLS).
/// </summary>
public sealed class EmailApiFixture : ApiFixture
{
    public SimpleSmtpServer Smtp { get; } = SimpleSmtpServer.Start(); // on a random free port

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Rocb:Email:SmtpHost"] = "127.0.0.1",
        ["Rocb:Email:SmtpPort"] = Smtp.Configuration.Port.ToString(),
        ["Rocb:Email:UseStartTls"] = "false",
        ["Rocb:Email:FromAddress"] = "rocb-no-reply@rocb.test",
        ["Rocb:Email:FromName"] = "ROCB (test)",
        ["Rocb:Email:TimeoutSeconds"] = "5",
        ["Rocb:PublicBaseUrl"] = "https://rocb.example.test/",
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Smtp.Dispose();
    }
}
