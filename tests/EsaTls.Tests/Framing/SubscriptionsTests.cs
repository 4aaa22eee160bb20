using System.Text;
using EsaTls.Core.Framing;

namespace EsaTls.Tests.Framing;

public class SubscriptionsTests
{
    [Theory]
    [InlineData("gui_logs")]
    [InlineData("error_logs")]
    [InlineData("status")]
    [InlineData("system")]
    [InlineData("system_logs")]
    [InlineData("amp")]
    [InlineData("antispam")]
    [InlineData("antivirus")]
    [InlineData("authentication")]
    [InlineData("cli_logs")]
    [InlineData("config_history")]
    [InlineData("ftpd_logs")]
    [InlineData("http_logs")]
    [InlineData("sntpd_logs")]
    [InlineData("smartlicense")]
    [InlineData("updater_logs")]
    [InlineData("upgrade_logs")]
    [InlineData("euq_logs")]
    [InlineData("reportd_logs")]
    [InlineData("haystackd")]
    [InlineData("GUI_LOGS")]
    [InlineData("Status")]
    [InlineData("antispam[123]")]
    public void Default_names_of_other_subscriptions_are_recognised(string tag)
    {
        Subscriptions.IsOtherSubscription(Encoding.ASCII.GetBytes(tag)).Should().BeTrue();
    }

    [Theory]
    [InlineData("mail_logs")]
    [InlineData("sc4s_mail_logs")]
    [InlineData("MAIL_SecurityAudit")]
    [InlineData("smail")]
    [InlineData("bounces")]              // bounce logs carry delivery lines
    [InlineData("consolidated_event")]   // recognised by content (CEF)
    [InlineData("my_custom_name")]       // administrator-chosen: content decides
    [InlineData("")]
    [InlineData("a_tag_that_is_much_longer_than_any_default_subscription_name")]
    [InlineData("status2")]
    public void Other_tags_are_treated_as_mail_logs(string tag)
    {
        Subscriptions.IsOtherSubscription(Encoding.ASCII.GetBytes(tag)).Should().BeFalse();
    }

    [Fact]
    public void Bounce_logs_are_not_in_the_list()
    {
        Subscriptions.OtherSubscriptionNames.Should().NotContain("bounces").And.OnlyHaveUniqueItems();
        Subscriptions.OtherSubscriptionNames.Should().OnlyContain(n => !n.Any(char.IsUpper));
    }

    [Theory]
    [InlineData("CEF:0|Cisco|C100V Email Security Virtual Appliance|14.0.0-657|", true)]
    [InlineData("CEF:0|", true)]
    [InlineData("CEF:1|Cisco|", false)]
    [InlineData("cef:0|", false)]
    [InlineData(" CEF:0|", false)]
    [InlineData("MID 5 CEF:0|", false)]
    [InlineData("", false)]
    public void Consolidated_events_are_detected_by_their_cef_header(string message, bool expected)
    {
        Subscriptions.IsConsolidatedEvent(Encoding.ASCII.GetBytes(message)).Should().Be(expected);
    }
}
