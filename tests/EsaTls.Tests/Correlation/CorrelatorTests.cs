using EsaTls.Core.Contract;
using EsaTls.Core.Correlation;
using EsaTls.Core.Parsing;
using static EsaTls.Tests.Correlation.CorrelatorHarness;

namespace EsaTls.Tests.Correlation;

public class CorrelatorTests
{
    /// <summary>A complete inbound message: received on ICID 1, delivered to RID 0 on DCID 10.</summary>
    private static CorrelatorHarness Received(CorrelatorHarness h, bool receiveTls, bool? deliverTls, long mid = 100, long icid = 1, long dcid = 10)
    {
        h.At(0, Open(icid), Hat(icid));
        if (receiveTls)
        {
            h.At(0, IcidOk(icid));
        }
        h.At(1, Start(mid, icid), From(mid, "alice@partner.example", icid), To(mid, 0, "bob@corp.example", icid));
        h.At(2, new MidQueued(mid));
        if (deliverTls is { } tls)
        {
            h.At(3, DOpen(dcid));
            if (tls)
            {
                h.At(3, DcidOk(dcid));
            }
            h.At(4, Deliver(dcid, mid, 0), Done(dcid, mid, 0), new DeliveryResponse(mid, [0], "250 ok"));
        }
        h.At(5, Finished(mid));
        return h;
    }

    [Fact]
    public void Tls_on_both_legs_is_success_and_not_lacking()
    {
        var doc = Received(new CorrelatorHarness(), receiveTls: true, deliverTls: true).Doc(100);
        doc.Esa.Receive.Tls.Should().BeEquivalentTo(new ReceiveTls { Status = ReceiveTlsStatus.Success, Version = "TLSv1.2", Cipher = "ECDHE-RSA-AES256-GCM-SHA384" });
        doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.Success);
        doc.Esa.Tls.Should().BeEquivalentTo(new TlsSummary { Lacked = false, Unknown = false });
        doc.Esa.Final.Should().BeTrue();
        doc.Email.From!.Address.Should().Equal("alice@partner.example");
        doc.Email.To!.Address.Should().Equal("bob@corp.example");
        doc.Email.Direction.Should().Be(MailDirection.Inbound);
        doc.Source.Should().BeEquivalentTo(new SourceInfo { Ip = "192.0.2.10", Domain = "mx.partner.example" });
        doc.Esa.SenderGroup.Should().Be("UNKNOWNLIST");
        doc.Esa.Sbrs.Should().Be(3.5);
        doc.Timestamp.Should().Be(T0.AddSeconds(1));
        var delivery = doc.Esa.Deliveries!.Single();
        delivery.Should().BeEquivalentTo(new DeliveryInfo
        {
            Timestamp = T0.AddSeconds(4),
            Dcid = 10,
            Rids = [0],
            Recipients = ["bob@corp.example"],
            Destination = new DestinationInfo { Ip = "198.51.100.7" },
            Tls = new LegTls { Status = LegTlsStatus.Success, Version = "TLSv1.3", Cipher = "TLS_AES_256_GCM_SHA384" },
            Outcome = DeliveryOutcome.Delivered,
            Response = "250 ok",
        });
    }

    [Fact]
    public void Connection_seen_from_its_opening_without_tls_is_none_and_lacking()
    {
        var doc = Received(new CorrelatorHarness(), receiveTls: false, deliverTls: false).Doc(100);
        doc.Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.None);
        doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.None);
        doc.Esa.Tls.Lacked.Should().BeTrue();
        doc.Esa.Tls.Unknown.Should().BeFalse();
    }

    [Fact]
    public void Connections_opened_before_the_log_window_are_unknown_not_plaintext()
    {
        var h = new CorrelatorHarness();
        h.At(1, Start(100, 7), From(100, "a@x.example", 7), To(100, 0, "b@y.example", 7));
        h.At(2, Deliver(70, 100, 0), Done(70, 100, 0), Finished(100));
        var doc = h.Doc(100);
        doc.Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Unknown);
        doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.Unknown);
        doc.Esa.Deliveries!.Single().Tls.Status.Should().Be(LegTlsStatus.Unknown);
        doc.Esa.Tls.Should().BeEquivalentTo(new TlsSummary { Lacked = false, Unknown = true });
    }

    [Fact]
    public void A_tls_line_proves_tls_even_when_the_opening_is_not_in_the_data()
    {
        var h = new CorrelatorHarness();
        h.At(0, IcidOk(7), DcidOk(70));
        h.At(1, Start(100, 7), To(100, 0, "b@y.example", 7));
        h.At(2, Deliver(70, 100, 0), Done(70, 100, 0), Finished(100));
        var doc = h.Doc(100);
        doc.Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Success);
        doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.Success);
    }

    [Fact]
    public void Failed_starttls_then_message_in_clear_is_failed_with_the_error()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), IcidFail(1, "[Errno 54] Connection reset by peer"));
        h.At(1, Start(100, 1), To(100, 0, "b@y.example"));
        h.At(2, DOpen(10), new DcidTls(10, TlsOutcome.StartTlsNotSupported, null, null, null, null, null, null));
        h.At(3, Deliver(10, 100, 0), Done(10, 100, 0), Finished(100));
        var doc = h.Doc(100);
        doc.Esa.Receive.Tls.Should().BeEquivalentTo(new ReceiveTls { Status = ReceiveTlsStatus.Failed, Error = "[Errno 54] Connection reset by peer" });
        doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.Failed);
        doc.Esa.Deliveries!.Single().Tls.Should().BeEquivalentTo(new LegTls { Status = LegTlsStatus.Failed, Error = "STARTTLS command not supported" });
        doc.Esa.Tls.Lacked.Should().BeTrue();
    }

    [Fact]
    public void A_later_tls_failure_on_the_icid_does_not_rewrite_an_earlier_message()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(4));
        h.At(1, Start(100, 4), new MidQueued(100));
        h.At(2, IcidFail(4, "[Errno 54] Connection reset by peer"));
        h.At(3, Start(101, 4));
        h.Doc(100).Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.None);
        h.Doc(101).Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Failed);
    }

    [Fact]
    public void Dcid_tls_line_before_new_smtp_dcid_binds_by_id()
    {
        // The technote's order: "DCID 2386069 TLS success CN: <common>" before "New SMTP DCID 2386069".
        var h = new CorrelatorHarness();
        h.At(0, Open(1), IcidOk(1));
        h.At(1, Start(200257075, 1), To(200257075, 0, "r@dest.example"));
        h.At(2, new DcidTls(2386069, TlsOutcome.Success, null, null, "common", null, null, null));
        h.At(2, new DcidOpened(2386069, "10.10.10.2", "192.168.2.2", null));
        h.At(3, Deliver(2386069, 200257075, 0), Done(2386069, 200257075, 0), Finished(200257075));
        var doc = h.Doc(200257075);
        doc.Esa.Deliveries!.Single().Tls.Should().BeEquivalentTo(new LegTls { Status = LegTlsStatus.Success, PeerCn = "common" });
        doc.Esa.Deliveries!.Single().Destination!.Ip.Should().Be("192.168.2.2");
    }

    [Fact]
    public void A_reused_dcid_is_a_new_connection_with_its_own_tls()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), IcidOk(1), Start(100, 1), To(100, 0, "a@d.example"), Start(101, 1), To(101, 0, "b@d.example"));
        h.At(1, DOpen(5), DcidOk(5), Deliver(5, 100, 0), Done(5, 100, 0), new DcidClosed(5), Finished(100));
        h.At(2, DOpen(5, "203.0.113.9"), Deliver(5, 101, 0), Done(5, 101, 0), new DcidClosed(5), Finished(101));
        h.Doc(100).Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.Success);
        h.Doc(101).Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.None);
        h.Doc(101).Esa.Deliveries!.Single().Destination!.Ip.Should().Be("203.0.113.9");
    }

    [Fact]
    public void A_dcid_reused_without_a_close_line_does_not_rewrite_earlier_legs()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), IcidOk(1), Start(100, 1), To(100, 0, "a@d.example"), Start(101, 1), To(101, 0, "b@d.example"));
        h.At(1, DOpen(5), Deliver(5, 100, 0), Done(5, 100, 0), Finished(100));
        h.At(2, DOpen(5), DcidOk(5), Deliver(5, 101, 0), Done(5, 101, 0), Finished(101));
        h.Doc(100).Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.None);
        h.Doc(101).Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.Success);
    }

    [Fact]
    public void One_dcid_carries_many_messages_and_its_state_applies_to_each()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), IcidOk(1));
        for (var mid = 100; mid < 105; mid++)
        {
            h.At(1, Start(mid, 1), To(mid, 0, $"r{mid}@d.example"));
        }
        h.At(2, DOpen(9), DcidFail(9));
        for (var mid = 100; mid < 105; mid++)
        {
            h.At(3, Deliver(9, mid, 0), Done(9, mid, 0), Finished(mid));
        }
        for (var mid = 100; mid < 105; mid++)
        {
            h.Doc(mid).Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.Failed);
        }
    }

    [Fact]
    public void Several_dcids_per_message_roll_up_to_partial()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), IcidOk(1), Start(100, 1), To(100, 0, "a@tls.example"), To(100, 1, "b@plain.example"));
        h.At(1, DOpen(10), DcidOk(10), DOpen(11));
        h.At(2, Deliver(10, 100, 0), Deliver(11, 100, 1), Done(11, 100, 1), Done(10, 100, 0), Finished(100));
        var doc = h.Doc(100);
        doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.Partial);
        doc.Esa.Tls.Lacked.Should().BeTrue();
        doc.Esa.Deliveries!.Select(d => (d.Dcid, d.Recipients!.Single(), d.Tls.Status)).Should().Equal(
            (10L, "a@tls.example", LegTlsStatus.Success), (11L, "b@plain.example", LegTlsStatus.None));
    }

    [Fact]
    public void Delivery_start_alone_is_an_attempt_in_progress_not_a_delivery()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), IcidOk(1), Start(100, 1), To(100, 0, "a@d.example"), DOpen(10), Deliver(10, 100, 0));
        var doc = h.Doc(100);
        doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.NotDelivered);
        doc.Esa.Deliveries!.Single().Outcome.Should().BeNull();
        doc.Esa.Final.Should().BeFalse();
    }

    [Fact]
    public void Delayed_then_delivered_later_on_another_connection()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), IcidOk(1), Start(100, 1), To(100, 0, "a@slow.example"));
        h.At(1, DOpen(10), DcidOk(10), Deliver(10, 100, 0), new DeliveryDelayed(10, 100, [0], "4.4.0", "Other network problem"), new DeliveryPending(100, [0], "Sat Mar  1 11:00:00 2025"));
        h.Flush();
        h.Doc(100).Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.NotDelivered);
        h.At(3600, DOpen(11), Deliver(11, 100, 0), Done(11, 100, 0), Finished(100));
        var doc = h.Doc(100);
        doc.Esa.Deliveries!.Select(d => (d.Dcid, d.Outcome, d.Tls.Status)).Should().Equal(
            (10L, DeliveryOutcome.Delayed, LegTlsStatus.Success), (11L, DeliveryOutcome.Delivered, LegTlsStatus.None));
        doc.Esa.Deliveries![0].Response.Should().Be("4.4.0 - Other network problem");
        doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.None);
        h.Emitted.Select(r => r.Id).Distinct().Should().HaveCount(1, "every version of a message has the same id");
    }

    [Fact]
    public void Some_rids_delivered_others_bounced_on_one_connection()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), IcidOk(1), Start(100, 1), To(100, 0, "a@d.example"), To(100, 1, "nobody@d.example"));
        h.At(1, DOpen(10), DcidOk(10), Deliver(10, 100, 0, 1), Done(10, 100, 0), new DeliveryBounced(10, 100, [1], "5.1.0", "Unknown address error"), Finished(100));
        var doc = h.Doc(100);
        doc.Esa.Deliveries!.Select(d => (string.Join(",", d.Rids), d.Outcome)).Should().Equal(
            ("0", DeliveryOutcome.Delivered), ("1", DeliveryOutcome.Bounced));
        doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.Success);
    }

    [Fact]
    public void Bounced_and_aborted_messages_are_not_delivered()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), Start(100, 1), To(100, 0, "a@d.example"), Start(101, 1));
        h.At(1, new DeliveryBounced(0, 100, [0], "5.1.2", "Bad destination host"), Finished(100));
        h.At(1, new MessageAborted(101, "Dropped by CASE"), new MessageFinished(101, true));
        h.Doc(100).Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.NotDelivered);
        h.Doc(100).Esa.Deliveries!.Single().Tls.Status.Should().Be(LegTlsStatus.None, "DCID 0: no connection was made");
        h.Doc(101).Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.NotDelivered);
        h.Doc(101).Esa.Tls.Lacked.Should().BeTrue("it was received in clear");
    }

    [Fact]
    public void Quarantine_deliveries_are_not_deliveries_to_recipients()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), IcidOk(1), Start(100, 1), To(100, 0, "a@d.example"), Start(101, 1), To(101, 0, "c@d.example"));
        h.At(1, DOpen(6565554), Deliver(6565554, 100, 0), new DeliveryDone(6565554, 100, [0], true), Finished(100));
        h.At(1, new RpcDelivery(3, 101, false), new RpcDelivery(3, 101, true), Finished(101));
        h.Doc(100).Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.NotDelivered);
        h.Doc(100).Esa.Deliveries.Should().BeNull();
        h.Doc(100).Esa.Tls.Lacked.Should().BeFalse("the hand-off to the quarantine in clear is not a delivery");
        h.Doc(101).Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.NotDelivered);
    }

    [Fact]
    public void Split_children_inherit_the_parent_receive_leg()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), IcidOk(1), Start(24611507, 1), To(24611507, 0, "a@d.example"), To(24611507, 1, "b@d.example"));
        h.At(1, new MidRelated(24611507, 24611528, MidRelationKind.Split, "a per-recipient policy sales in the inbound table"));
        h.At(1, new MidFrom(24611528, 0, "x@s.example"), new MidRecipient(24611528, 0, 0, "b@d.example", null));
        h.At(1, Finished(24611507));
        h.At(2, DOpen(10), Deliver(10, 24611528, 0), Done(10, 24611528, 0), Finished(24611528));
        var child = h.Doc(24611528);
        child.Esa.ParentMid.Should().Be(24611507);
        child.Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Success);
        child.Esa.Receive.Tls.Version.Should().Be("TLSv1.2");
        child.Source!.Ip.Should().Be("192.0.2.10");
        child.Email.Direction.Should().Be(MailDirection.Inbound);
        child.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.None);
        var parent = h.Doc(24611507);
        parent.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.NotDelivered);
        parent.Esa.Tls.Lacked.Should().BeFalse();
    }

    [Fact]
    public void Rewritten_message_lines_before_the_rewrite_line_still_inherit()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), Start(10, 1), To(10, 0, "a@d.example"));
        h.At(1, DOpen(3), DcidOk(3), Deliver(3, 11, 0), Done(3, 11, 0));
        h.At(1, new MidRelated(10, 11, MidRelationKind.Rewritten, "antispam"), Finished(10), Finished(11));
        var doc = h.Doc(11);
        doc.Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.None, "the original was received in clear");
        doc.Esa.Tls.Lacked.Should().BeTrue();
    }

    [Fact]
    public void Bcc_copy_with_icid_0_inherits_and_bounce_is_not_applicable()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), IcidOk(1), Start(100, 1), To(100, 0, "a@d.example"));
        h.At(1, Start(101, 0), new MidRelated(100, 101, MidRelationKind.Generated, "bcc filter 'archive'"));
        h.At(1, new MidRelated(100, 102, MidRelationKind.BounceOf, null), Start(102, 0));
        h.At(1, Start(103, 0));
        h.Doc(101).Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Success);
        h.Doc(102).Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.NotApplicable);
        h.Doc(103).Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.NotApplicable, "ICID 0 without a parent: written by the appliance");
        h.Doc(103).Esa.Icid.Should().Be(0);
    }

    [Fact]
    public void Child_of_a_finished_parent_inherits_through_the_grace_period()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), IcidFail(1), Start(100, 1), Finished(100));
        h.At(30, new MidRelated(100, 101, MidRelationKind.Reinjected, null));
        h.Doc(101).Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Failed);
    }

    [Fact]
    public void Message_without_start_or_parent_is_unknown()
    {
        var h = new CorrelatorHarness();
        h.At(0, DOpen(10), DcidOk(10), Deliver(10, 55, 0), Done(10, 55, 0), Finished(55));
        var doc = h.Doc(55);
        doc.Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Unknown);
        doc.Esa.Tls.Unknown.Should().BeTrue();
    }

    [Fact]
    public void Tls_read_debug_line_is_evidence_of_receive_tls()
    {
        var h = new CorrelatorHarness();
        h.At(0, Start(100, 9), new MidTlsRead(100, 9));
        h.Doc(100).Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Success);
    }

    [Fact]
    public void Same_ids_on_two_appliances_never_mix()
    {
        var h = new CorrelatorHarness();
        h.On("esa1", 0, Open(5), IcidOk(5), Start(100, 5), DOpen(8), DcidOk(8), Deliver(8, 100, 0), Done(8, 100, 0), Finished(100));
        h.On("esa2", 0, Open(5), Start(100, 5), DOpen(8), Deliver(8, 100, 0), Done(8, 100, 0), Finished(100));
        h.Doc(100, "esa1").Esa.Tls.Lacked.Should().BeFalse();
        h.Doc(100, "esa2").Esa.Tls.Lacked.Should().BeTrue();
        h.Doc(100, "esa2").Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.None);
    }

    [Fact]
    public void Start_mid_before_its_connection_lines_in_reordered_syslog()
    {
        var h = new CorrelatorHarness();
        h.At(5, new MidQueued(100), Start(100, 3));
        h.At(5, Open(3), IcidOk(3));
        h.At(9, Open(4), IcidOk(4), Start(101, 3));
        h.Doc(100).Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Success);
    }

    [Fact]
    public void Reordered_connection_lines_logged_after_the_start_time_do_not_count()
    {
        var h = new CorrelatorHarness();
        h.At(5, Start(100, 3));
        h.At(9, Open(3), IcidOk(3));
        h.Doc(100).Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Unknown);
    }

    [Fact]
    public void A_mid_counter_reset_starts_a_new_document()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), IcidOk(1), Start(7, 1), To(7, 0, "a@d.example"));
        h.At(600, Open(1), Start(7, 1), To(7, 0, "b@d.example"));
        var docs = h.Docs(7);
        docs.Should().HaveCount(2);
        docs[0].Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Success);
        docs[1].Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.None);
    }

    [Fact]
    public void Late_line_after_finish_updates_the_same_document()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), IcidOk(1), Start(100, 1), To(100, 0, "a@d.example"), DOpen(10), DcidOk(10), Deliver(10, 100, 0), Done(10, 100, 0), Finished(100));
        h.At(1, new DeliveryResponse(100, [0], "250 2.0.0 queued"));
        var doc = h.Doc(100);
        doc.Esa.Deliveries!.Single().Response.Should().Be("250 2.0.0 queued");
        doc.Esa.Final.Should().BeTrue();
        h.Emitted.Select(r => r.Id).Distinct().Should().HaveCount(1);
    }

    [Fact]
    public void Direction_from_policy_table_or_hat()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), Hat(1, "RELAY", "RELAYLIST", "None"), Start(100, 1));
        h.At(0, Open(2), Hat(2, "ACCEPT"), Start(101, 2), new MidPolicyMatched(101, "sales", MailDirection.Outbound));
        h.At(0, Start(102, 99));
        h.Doc(100).Email.Direction.Should().Be(MailDirection.Outbound);
        h.Doc(100).Esa.Sbrs.Should().BeNull("'None' is not a score");
        h.Doc(101).Email.Direction.Should().Be(MailDirection.Outbound);
        h.Doc(102).Email.Direction.Should().Be(MailDirection.Unknown);
    }

    [Fact]
    public void Tls_required_failure_then_delayed_is_not_delivered_but_shows_the_failed_leg()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), IcidOk(1), Start(100, 1), To(100, 0, "a@strict.example"));
        h.At(1, DOpen(20), new DcidTls(20, TlsOutcome.RequiredNotNegotiated, null, null, null, null, null, "198.51.100.20"));
        h.At(1, new DeliveryDelayed(20, 100, [0], "4.0.0", "TLS required"));
        var doc = h.Doc(100);
        doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.NotDelivered);
        doc.Esa.Deliveries!.Single().Tls.Should().BeEquivalentTo(new LegTls { Status = LegTlsStatus.Failed, Error = "TLS was required but could not be successfully negotiated" });
        doc.Esa.Tls.Lacked.Should().BeFalse();
    }

    [Fact]
    public void Possible_delivery_counts_as_delivered()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), IcidOk(1), Start(100, 1), DOpen(10), new PossibleDelivery(10, 100, [0]));
        h.Doc(100).Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.None);
    }

    [Fact]
    public void Stale_messages_are_flushed_at_the_horizon_never_dropped()
    {
        var h = new CorrelatorHarness(new CorrelatorOptions { Horizon = TimeSpan.FromHours(1) });
        h.At(0, Open(1), IcidOk(1), Start(100, 1));
        h.At(7200, Open(2), Start(200, 2));
        h.Emitted.Should().ContainSingle(r => r.Document.Esa.Mid == 100 && !r.Document.Esa.Final);
        h.Correlator.Counters.EvictedByHorizon.Should().Be(1);
        h.Correlator.Counters.OpenMessages.Should().Be(1);
    }

    [Fact]
    public void Open_message_cap_flushes_the_oldest()
    {
        var h = new CorrelatorHarness(new CorrelatorOptions { MaxOpenMessages = 10 });
        for (var i = 0; i < 11; i++)
        {
            h.At(i, Start(100 + i, 0));
        }
        h.Correlator.Counters.EvictedByCap.Should().Be(1);
        h.Emitted.Should().ContainSingle().Which.Document.Esa.Mid.Should().Be(100);
    }

    [Fact]
    public void Counters_count_each_message_once_across_versions()
    {
        var h = new CorrelatorHarness();
        h.At(0, Open(1), Start(100, 1), To(100, 0, "a@d.example"));
        h.Flush();
        h.At(1, DOpen(10), DcidOk(10), Deliver(10, 100, 0), Done(10, 100, 0), Finished(100));
        h.At(2, Open(2), IcidOk(2), Start(101, 2), DOpen(11), DcidOk(11), Deliver(11, 101, 0), Done(11, 101, 0), Finished(101));
        h.Flush();
        h.Correlator.Counters.Messages.Should().Be(2);
        h.Correlator.Counters.Emitted.Should().Be(3);
        h.Correlator.Counters.Lacked.Should().Be(1);
        h.Correlator.Counters.Unknown.Should().Be(0);
    }

    [Fact]
    public void Saved_state_restores_to_the_same_documents()
    {
        static void FirstHalf(CorrelatorHarness h)
        {
            h.At(0, Open(1), IcidOk(1), Start(100, 1), To(100, 0, "a@d.example"), To(100, 1, "b@e.example"));
            h.At(1, DOpen(10), DcidOk(10), Deliver(10, 100, 0), new DeliveryDelayed(10, 100, [0], "4.4.0", "later"));
            h.At(1, IcidOk(7), Start(300, 7), new MidRelated(300, 301, MidRelationKind.Split, null), DOpen(12));
            h.At(2, new DcidTls(13, TlsOutcome.Success, "TLSv1.2", "AES128-SHA", null, null, null, null));
        }
        static void SecondHalf(CorrelatorHarness h)
        {
            h.At(3, new DcidOpened(13, null, "203.0.113.5", 25), Deliver(13, 100, 0, 1), Done(13, 100, 0, 1), Finished(100));
            h.At(3, Deliver(12, 301, 0), Done(12, 301, 0), Finished(301), Finished(300));
        }
        var straight = new CorrelatorHarness();
        FirstHalf(straight);
        SecondHalf(straight);
        straight.Flush();

        var restarted = new CorrelatorHarness();
        FirstHalf(restarted);
        restarted.Restart();
        SecondHalf(restarted);
        restarted.Flush();

        restarted.Latest.Keys.Should().BeEquivalentTo(straight.Latest.Keys);
        foreach (var (id, record) in straight.Latest)
        {
            DocumentJson.Serialize(restarted.Latest[id].Document).Should().Be(DocumentJson.Serialize(record.Document));
        }
        straight.Doc(100).Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.Success);
        straight.Doc(301).Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Success);
    }

    [Fact]
    public void Id_and_timestamp_stay_those_of_the_first_write()
    {
        // A worker flushes a message before its (reordered) Start MID arrives with an earlier time.
        var h = new CorrelatorHarness();
        h.At(10, new MidQueued(100));
        h.Flush();
        h.At(12, Open(1), IcidOk(1));
        h.At(9, Start(100, 1));
        h.At(13, Finished(100));
        h.Flush();
        h.Emitted.Select(r => r.Id).Distinct().Should().HaveCount(1);
        h.Emitted.Select(r => r.Document.Timestamp).Distinct().Should().Equal(T0.AddSeconds(10));
        h.Emitted.Select(r => r.Index).Distinct().Should().HaveCount(1);
    }
}
