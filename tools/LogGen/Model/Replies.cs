namespace EsaTls.LogGen.Model;

/// <summary>Remote SMTP replies as ESA logs them in <c>Response</c>, <c>Bounced:</c> and <c>Delayed:</c> lines.</summary>
internal static class Replies
{
    public static string Accepted(Rng rng, int style) => style switch
    {
        0 => $"2.6.0 <{World.Token(rng, 24)}@example.net> [InternalId={rng.RangeLong(10_000_000_000, 99_999_999_999)}, Hostname=EXCH01.corp.example.net] Queued mail for delivery",
        1 => $"2.0.0 Ok: queued as {World.Token(rng, 14)}",
        2 => $"2.0.0 OK  {rng.RangeLong(1_700_000_000, 1_799_999_999)} {World.Token(rng, 12).ToLowerInvariant()}si{rng.Range(1000000, 9999999)}.{rng.Range(10, 99)} - gsmtp",
        _ => $"ok:  Message {rng.RangeLong(10_000_000, 99_999_999)} accepted",
    };
}

internal static class Failures
{
    public static SmtpFailure Bounce(Rng rng, string address) => rng.Next(3) switch
    {
        0 => new SmtpFailure("5.1.0", "Unknown address error", "550", $"5.1.1 <{address}>: Recipient address rejected: User unknown in virtual mailbox table"),
        1 => new SmtpFailure("5.1.0", "Unknown address error", "550", "5.1.1 The email account that you tried to reach does not exist."),
        _ => new SmtpFailure("5.7.1", "Delivery not authorized, message refused", "554", "5.7.1 Message rejected due to content restrictions"),
    };

    public static SmtpFailure Delay(Rng rng, string address, bool greylisted)
    {
        if (greylisted)
        {
            return new SmtpFailure("4.7.1", "Delivery not authorized, message refused", "450", $"4.7.1 <{address}>: Recipient address rejected: Greylisted, try again later");
        }
        return rng.Next(3) switch
        {
            0 => new SmtpFailure("4.4.0", "Other network problem", "421", "4.4.2 Connection dropped due to timeout"),
            1 => new SmtpFailure("4.3.0", "Other mail system problem", "451", "4.3.0 Temporary lookup failure"),
            _ => new SmtpFailure("4.2.2", "Mailbox full", "452", "4.2.2 Mailbox full, try again later"),
        };
    }
}
