using EsaTls.Core.Contract;
using EsaTls.Core.Correlation;
using EsaTls.Core.Parsing;
using static EsaTls.Tests.Correlation.CorrelatorHarness;

namespace EsaTls.Tests.Correlation;

public class ConsolidatedCorrelatorTests
{
    private static readonly ConsolidatedTls InOk = new(ConsolidatedTlsStatus.Success, "TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384");
    private static readonly ConsolidatedTls OutOk = new(ConsolidatedTlsStatus.Success, "TLSv1.3", "TLS_AES_256_GCM_SHA384");

    /// <summary>The consolidated line of an inbound message received on ICID 1 at T0+1 s and delivered on DCID 10.</summary>
    private static ConsolidatedMessage Line(long mid = 100, ConsolidatedTls? tlsIn = null, ConsolidatedTls? tlsOut = null, string act = "DELIVERED",
        long? dcid = 10, bool partial = false) => new()
        {
            Mid = mid,
            Icid = 1,
            Dcid = dcid,
            Serial = "4235AF15AF7E90350F1D-F01741F5D5BE",
            StartUtc = T0.AddSeconds(1),
            EndUtc = T0.AddSeconds(4),
            Direction = MailDirection.Inbound,
            MailFlowPolicy = "ACCEPT",
            SenderGroup = "ACCEPTLIST",
            Sbrs = "3.4",
            SourceIp = "192.0.2.10",
            SourceHost = "mx.partner.example",
            From = "alice@partner.example",
            Recipients = ["bob@corp.example"],
            Subject = "Quarterly report",
            MessageId = "<q1@partner.example>",
            Action = act,
            TlsIn = tlsIn,
            TlsOut = tlsOut,
            Partial = partial,
        };

    /// <summary>The text log of the same message: ICID 1 opened (TLS or not), MID 100 delivered to RID 0 on DCID 10.</summary>
    private static void Text(CorrelatorHarness h, bool receiveTls = true, bool deliverTls = true, double at = 0)
    {
        h.At(at, Open(1), Hat(1));
        if (receiveTls)
        {
            h.At(at, IcidOk(1));
        }
        h.At(at + 1, Start(100, 1), From(100, "alice@partner.example"), To(100, 0, "bob@corp.example"));
        h.At(at + 3, DOpen(10));
        if (deliverTls)
        {
            h.At(at + 3, DcidOk(10));
        }
        h.At(at + 4, Deliver(10, 100, 0), Done(10, 100, 0), new DeliveryResponse(100, [0], "250 ok"), Finished(100));
    }

    [Fact]
    public void A_consolidated_line_alone_makes_a_whole_document()
    {
        var h = new CorrelatorHarness();
        h.At(5, Line(tlsIn: InOk, tlsOut: OutOk));
        var doc = h.Doc(100);

        doc.Timestamp.Should().Be(T0.AddSeconds(1), "the line's start time");
        doc.Observer.Should().BeEquivalentTo(new ObserverInfo { Hostname = "esa1", SerialNumber = "4235AF15AF7E90350F1D-F01741F5D5BE" });
        doc.Email.Should().BeEquivalentTo(new EmailInfo
        {
            LocalId = "100",
            MessageId = "<q1@partner.example>",
            Subject = "Quarterly report",
            From = new AddressList { Address = ["alice@partner.example"] },
            To = new AddressList { Address = ["bob@corp.example"] },
            Direction = MailDirection.Inbound,
        });
        doc.Source.Should().BeEquivalentTo(new SourceInfo { Ip = "192.0.2.10", Domain = "mx.partner.example" });
        doc.Esa.Icid.Should().Be(1);
        doc.Esa.SenderGroup.Should().Be("ACCEPTLIST");
        doc.Esa.Sbrs.Should().Be(3.4);
        doc.Esa.Receive.Tls.Should().BeEquivalentTo(new ReceiveTls { Status = ReceiveTlsStatus.Success, Version = "TLSv1.2", Cipher = "ECDHE-RSA-AES256-GCM-SHA384" });
        doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.Success);
        doc.Esa.Deliveries.Should().BeEquivalentTo(new[]
        {
            new DeliveryInfo
            {
                Timestamp = T0.AddSeconds(4),
                Dcid = 10,
                Rids = [],
                Recipients = ["bob@corp.example"],
                Tls = new LegTls { Status = LegTlsStatus.Success, Version = "TLSv1.3", Cipher = "TLS_AES_256_GCM_SHA384" },
                Outcome = DeliveryOutcome.Delivered,
            },
        });
        doc.Esa.Tls.Should().BeEquivalentTo(new TlsSummary { Lacked = false, Unknown = false });
        doc.Esa.Final.Should().BeTrue();
        doc.Esa.Sources.Should().Equal(DocumentSources.Consolidated);
        doc.Esa.Evidence.Should().BeEquivalentTo(new EvidenceInfo { Partial = false });
        doc.Esa.Conflicts.Should().BeNull();
        h.Correlator.Counters.ConsolidatedLines.Should().Be(1);
    }

    [Fact]
    public void Text_only_documents_name_their_source()
    {
        var h = new CorrelatorHarness();
        Text(h);
        var doc = h.Doc(100);
        doc.Esa.Sources.Should().Equal(DocumentSources.Text);
        doc.Esa.Evidence.Should().BeNull();
    }

    [Fact]
    public void Absent_tls_keys_are_unknown_until_the_stream_carries_them_and_none_after()
    {
        var h = new CorrelatorHarness();
        h.At(5, Line(mid: 100));
        h.At(6, Line(mid: 101, tlsIn: InOk, tlsOut: OutOk));
        h.At(7, Line(mid: 102));

        var before = h.Doc(100);
        before.Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Unknown);
        before.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.Unknown);
        before.Esa.Tls.Should().BeEquivalentTo(new TlsSummary { Lacked = false, Unknown = true });

        var after = h.Doc(102);
        after.Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.None);
        after.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.None);
        after.Esa.Tls.Should().BeEquivalentTo(new TlsSummary { Lacked = true, Unknown = false });
        h.Doc(100).Should().BeEquivalentTo(before, o => o.Excluding(d => d.Event.Ingested), "a later line does not rewrite an earlier verdict");
    }

    [Fact]
    public void Each_leg_learns_separately_and_each_appliance_separately()
    {
        var h = new CorrelatorHarness();
        h.At(5, Line(mid: 100, tlsIn: InOk));
        h.At(6, Line(mid: 101));
        h.On("esa2", 6, Line(mid: 101));

        var doc = h.Doc(101);
        doc.Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.None);
        doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.Unknown, "no line of esa1 carried ESATLSOut keys yet");
        h.Doc(101, "esa2").Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Unknown);
    }

    [Fact]
    public void A_message_from_no_connection_is_not_lacking_for_missing_receive_keys()
    {
        var h = new CorrelatorHarness(new CorrelatorOptions { Consolidated = new ConsolidatedOptions { TlsFieldsSelected = true } });
        h.At(5, Line(tlsOut: OutOk) with { Icid = 0 });
        var doc = h.Doc(100);
        doc.Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Unknown);
        doc.Esa.Tls.Should().BeEquivalentTo(new TlsSummary { Lacked = false, Unknown = true });
    }

    [Fact]
    public void A_setting_declares_the_tls_fields_selected_from_the_start()
    {
        var all = new CorrelatorHarness(new CorrelatorOptions { Consolidated = new ConsolidatedOptions { TlsFieldsSelected = true } });
        all.At(5, Line());
        all.Doc(100).Esa.Tls.Should().BeEquivalentTo(new TlsSummary { Lacked = true, Unknown = false });

        var some = new CorrelatorHarness(new CorrelatorOptions { Consolidated = new ConsolidatedOptions { TlsFieldsSelectedFor = ["esa2"] } });
        some.At(5, Line());
        some.On("esa2", 5, Line());
        some.Doc(100).Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Unknown);
        some.Doc(100, "esa2").Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.None);
    }

    [Fact]
    public void A_line_that_may_have_been_cut_never_turns_absent_keys_into_none()
    {
        var h = new CorrelatorHarness(new CorrelatorOptions { Consolidated = new ConsolidatedOptions { TlsFieldsSelected = true } });
        h.At(5, Line(partial: true));
        var doc = h.Doc(100);
        doc.Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Unknown);
        doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.Unknown);
        doc.Esa.Evidence!.Partial.Should().BeTrue();
    }

    [Fact]
    public void A_whole_repeat_of_a_cut_line_completes_it()
    {
        var h = new CorrelatorHarness();
        h.At(5, Line(partial: true) with { TlsOut = null, Subject = null });
        h.At(6, Line(tlsIn: InOk, tlsOut: OutOk));
        var doc = h.Doc(100);
        doc.Esa.Evidence!.Partial.Should().BeFalse();
        doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.Success);
        doc.Email.Subject.Should().Be("Quarterly report");
    }

    [Theory]
    [InlineData("QUARANTINED")]
    [InlineData("DQ")]
    [InlineData("ABORTED")]
    public void Actions_other_than_delivered_deliver_nothing(string act)
    {
        var h = new CorrelatorHarness();
        h.At(5, Line(tlsIn: InOk, act: act));
        var doc = h.Doc(100);
        doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.NotDelivered);
        doc.Esa.Deliveries.Should().BeNull();
    }

    [Fact]
    public void A_bounce_on_a_named_connection_is_an_attempt_that_delivered_nothing()
    {
        var h = new CorrelatorHarness();
        h.At(5, Line(tlsIn: InOk, act: "BOUNCED"));
        var doc = h.Doc(100);
        doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.NotDelivered);
        doc.Esa.Deliveries!.Single().Outcome.Should().Be(DeliveryOutcome.Bounced);
    }

    // ---- merge with text logs -----------------------------------------------------------------------

    [Fact]
    public void Text_and_consolidated_views_of_a_message_make_one_document_in_either_order()
    {
        var textFirst = new CorrelatorHarness();
        Text(textFirst);
        textFirst.At(6, Line(tlsIn: InOk, tlsOut: OutOk));

        var consolidatedFirst = new CorrelatorHarness();
        consolidatedFirst.At(0.5, Line(tlsIn: InOk, tlsOut: OutOk));
        Text(consolidatedFirst);

        var doc = textFirst.Doc(100);
        consolidatedFirst.Doc(100).Should().BeEquivalentTo(doc);
        textFirst.Latest.Keys.Should().Equal(consolidatedFirst.Latest.Keys, "the same document id");

        doc.Esa.Sources.Should().Equal(DocumentSources.Text, DocumentSources.Consolidated);
        doc.Esa.Conflicts.Should().BeNull();
        doc.Esa.Deliveries!.Single().Should().BeEquivalentTo(new DeliveryInfo
        {
            Timestamp = T0.AddSeconds(4),
            Dcid = 10,
            Rids = [0],
            Recipients = ["bob@corp.example"],
            Destination = new DestinationInfo { Ip = "198.51.100.7" },
            Tls = new LegTls { Status = LegTlsStatus.Success, Version = "TLSv1.3", Cipher = "TLS_AES_256_GCM_SHA384" },
            Outcome = DeliveryOutcome.Delivered,
            Response = "250 ok",
        }, "per-recipient detail comes from the text log");
        doc.Email.Subject.Should().Be("Quarterly report", "the consolidated line fills what the text log did not log");
        doc.Email.MessageId.Should().Be("<q1@partner.example>");
        doc.Observer.SerialNumber.Should().Be("4235AF15AF7E90350F1D-F01741F5D5BE");
        textFirst.Correlator.Counters.Conflicts.Should().Be(0);
    }

    [Fact]
    public void Disagreements_are_counted_and_named_in_either_order()
    {
        foreach (var consolidatedFirst in new[] { false, true })
        {
            var h = new CorrelatorHarness();
            if (consolidatedFirst)
            {
                h.At(0.5, Line(tlsIn: InOk, tlsOut: OutOk, act: "QUARANTINED"));
            }
            Text(h, receiveTls: false, deliverTls: false);
            if (!consolidatedFirst)
            {
                h.At(6, Line(tlsIn: InOk, tlsOut: OutOk, act: "QUARANTINED"));
            }
            var doc = h.Doc(100);
            doc.Esa.Conflicts.Should().BeEquivalentTo([Fields.ReceiveStatus, Fields.DeliveryOutcome, Fields.DeliveryTlsStatus]);
            doc.Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Success, "a stated success beats a status inferred from a missing line");
            doc.Esa.Deliveries!.Single().Outcome.Should().Be(DeliveryOutcome.Delivered, "text wins for per-recipient detail");
            doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.Success);
            h.Correlator.Counters.Conflicts.Should().Be(1, "one message disagrees");
        }
    }

    [Fact]
    public void A_stated_failure_beats_an_inferred_none_and_is_a_disagreement()
    {
        var h = new CorrelatorHarness();
        Text(h, receiveTls: false);
        h.At(6, Line(tlsIn: new ConsolidatedTls(ConsolidatedTlsStatus.Failure, null, null), tlsOut: OutOk));
        var doc = h.Doc(100);
        doc.Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Failed);
        doc.Esa.Conflicts.Should().Equal(Fields.ReceiveStatus);
        doc.Esa.Tls.Lacked.Should().BeTrue();
    }

    [Fact]
    public void Agreeing_sources_with_absent_keys_confirm_the_text_verdict()
    {
        var h = new CorrelatorHarness(new CorrelatorOptions { Consolidated = new ConsolidatedOptions { TlsFieldsSelected = true } });
        Text(h, receiveTls: false, deliverTls: false);
        h.At(6, Line());
        var doc = h.Doc(100);
        doc.Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.None);
        doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.None);
        doc.Esa.Conflicts.Should().BeNull();
    }

    [Fact]
    public void The_consolidated_line_fills_legs_the_text_window_could_not_judge()
    {
        // The text window starts after the connections opened: both legs unknown from the text alone.
        var h = new CorrelatorHarness();
        h.At(1, Start(100, 1), To(100, 0, "bob@corp.example"));
        h.At(4, Deliver(10, 100, 0), Done(10, 100, 0), Finished(100));
        h.At(6, Line(tlsIn: InOk, tlsOut: OutOk));
        var doc = h.Doc(100);
        doc.Esa.Receive.Tls.Should().BeEquivalentTo(new ReceiveTls { Status = ReceiveTlsStatus.Success, Version = "TLSv1.2", Cipher = "ECDHE-RSA-AES256-GCM-SHA384" });
        doc.Esa.Deliveries!.Single().Tls.Should().BeEquivalentTo(new LegTls { Status = LegTlsStatus.Success, Version = "TLSv1.3", Cipher = "TLS_AES_256_GCM_SHA384" });
        doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.Success);
        doc.Esa.Conflicts.Should().BeNull();
    }

    [Fact]
    public void An_attempt_whose_result_is_not_in_the_text_takes_the_consolidated_outcome()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), IcidOk(1));
        h.At(1, Start(100, 1), To(100, 0, "bob@corp.example"));
        h.At(3, DOpen(10), DcidOk(10), Deliver(10, 100, 0));
        h.At(6, Line(tlsIn: InOk, tlsOut: OutOk));
        var doc = h.Doc(100);
        doc.Esa.Deliveries!.Single().Outcome.Should().Be(DeliveryOutcome.Delivered);
        doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.Success);
        doc.Esa.Conflicts.Should().BeNull();
    }

    [Fact]
    public void A_message_the_appliance_generated_stays_not_applicable()
    {
        var h = new CorrelatorHarness();
        h.At(1, new MidRelated(99, 100, MidRelationKind.BounceOf, null), Start(100, 0));
        h.At(6, Line(tlsIn: InOk, tlsOut: OutOk));
        h.Doc(100).Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.NotApplicable);
    }

    [Fact]
    public void Directions_that_disagree_are_named()
    {
        var h = new CorrelatorHarness();
        Text(h);
        h.At(6, Line(tlsIn: InOk, tlsOut: OutOk) with { Direction = MailDirection.Outbound });
        var doc = h.Doc(100);
        doc.Email.Direction.Should().Be(MailDirection.Inbound, "the text log's policy table decides");
        doc.Esa.Conflicts.Should().Equal(Fields.EmailDirection);
    }

    [Fact]
    public void A_finished_message_waits_for_its_consolidated_line_within_the_merge_window()
    {
        var h = new CorrelatorHarness();
        h.At(-60, Line(mid: 50, tlsIn: InOk, tlsOut: OutOk)); // the appliance has a consolidated stream
        Text(h);
        h.At(300, new MidQueued(200)); // five minutes of traffic: past the grace period, within the merge window
        h.At(301, Line(tlsIn: InOk, tlsOut: OutOk));
        h.Docs(100).Should().ContainSingle().Which.Esa.Sources.Should().Equal(DocumentSources.Text, DocumentSources.Consolidated);
    }

    [Fact]
    public void Without_a_consolidated_stream_finished_messages_are_forgotten_after_the_grace_period()
    {
        var h = new CorrelatorHarness();
        Text(h);
        h.At(300, new MidQueued(200));
        h.At(400, new MidQueued(201));
        h.Correlator.SaveState().Should().NotContain("\"Mid\":100,");
    }

    // ---- state ------------------------------------------------------------------------------------

    [Fact]
    public void What_the_stream_carried_survives_a_restart()
    {
        var h = new CorrelatorHarness();
        h.At(5, Line(mid: 100, tlsIn: InOk, tlsOut: OutOk));
        h.Restart();
        h.At(6, Line(mid: 101));
        h.Doc(101).Esa.Tls.Should().BeEquivalentTo(new TlsSummary { Lacked = true, Unknown = false });
    }

    [Fact]
    public void A_merge_across_a_restart_gives_the_same_document()
    {
        var straight = new CorrelatorHarness();
        Text(straight, receiveTls: false);
        straight.At(6, Line(tlsIn: InOk, tlsOut: OutOk, partial: true));

        var restarted = new CorrelatorHarness();
        Text(restarted, receiveTls: false);
        restarted.Restart();
        restarted.At(6, Line(tlsIn: InOk, tlsOut: OutOk, partial: true));

        restarted.Doc(100).Should().BeEquivalentTo(straight.Doc(100));
        restarted.Doc(100).Esa.Conflicts.Should().Equal(Fields.ReceiveStatus);
        restarted.Doc(100).Esa.Evidence!.Partial.Should().BeTrue();
    }

    [Fact]
    public void Consolidated_facts_survive_a_restart_with_every_status()
    {
        foreach (var status in new[] { ConsolidatedTlsStatus.Success, ConsolidatedTlsStatus.Failure })
        {
            var h = new CorrelatorHarness();
            h.At(0, Open(1));
            h.At(1, Start(100, 1)); // text still open: the line's facts wait in the state
            h.At(2, Line(tlsIn: new ConsolidatedTls(status, "TLSv1.2", null)));
            h.Restart();
            h.At(3, Finished(100));
            var expected = status == ConsolidatedTlsStatus.Success ? ReceiveTlsStatus.Success : ReceiveTlsStatus.Failed;
            h.Doc(100).Esa.Receive.Tls.Status.Should().Be(expected);
        }
    }
}
