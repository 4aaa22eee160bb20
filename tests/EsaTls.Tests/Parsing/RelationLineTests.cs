using EsaTls.Core.Parsing;

namespace EsaTls.Tests.Parsing;

public class RelationLineTests
{
    public static TheoryData<string, MailEvent> Lines => new()
    {
        {
            "Info: MID 24611507 was split creating MID 24611528 due to a per-recipient policy Sales in the inbound table",
            new MidRelated(24611507, 24611528, MidRelationKind.Split, "a per-recipient policy Sales in the inbound table")
        },
        {
            "Info: MID 24611507 was split creating MID 24611529 due to a SL/BL configuration for following recipients: <a@example.com>, <b@example.com>",
            new MidRelated(24611507, 24611529, MidRelationKind.Split, "a SL/BL configuration for following recipients: <a@example.com>, <b@example.com>")
        },
        { "Info: MID 2 rewritten to MID 3 by antispam", new MidRelated(2, 3, MidRelationKind.Rewritten, "antispam") },
        { "Info: MID 2 rewritten to 3 by antispam", new MidRelated(2, 3, MidRelationKind.Rewritten, "antispam") },
        { "Info: MID 5 rewritten to MID 6 by add-footer filter 'Footer Stamping'", new MidRelated(5, 6, MidRelationKind.Rewritten, "add-footer filter 'Footer Stamping'") },
        { "Info: MID 38637862 rewritten to MID 38637863 by LDAP rewrite", new MidRelated(38637862, 38637863, MidRelationKind.Rewritten, "LDAP rewrite") },
        {
            "Info: MID 24611509 was generated based on MID 24611467 by bcc filter 'copy_legal'",
            new MidRelated(24611467, 24611509, MidRelationKind.Generated, "bcc filter 'copy_legal'")
        },
        { "Info: MID 14 generated based on MID 13 by bcc filter 'nonetest'", new MidRelated(13, 14, MidRelationKind.Generated, "bcc filter 'nonetest'") },
        { "Info: MID 15 was generated based on MID 13 by antivirus", new MidRelated(13, 15, MidRelationKind.Generated, "antivirus") },
        { "Info: MID 20 was generated for bounce of MID 19", new MidRelated(19, 20, MidRelationKind.BounceOf, null) },
        { "Info: MID 21 generated for bounce of MID 18", new MidRelated(18, 21, MidRelationKind.BounceOf, null) },
        { "Info: EUQ: Reinjected MID 30 as MID 31", new MidRelated(30, 31, MidRelationKind.Reinjected, null) },
        {
            "Info: MID 40 received from the SMA sma1.example.com (MID originally 39) on release from the centralized spam quarantine",
            new MidRelated(39, 40, MidRelationKind.Reinjected, "release from the centralized spam quarantine")
        },
        { "Info: Message aborted MID 50 Dropped by CASE", new MessageAborted(50, "Dropped by CASE") },
        { "Info: Message aborted MID 51 Receiving aborted", new MessageAborted(51, "Receiving aborted") },
        { "Info: Message aborted MID 52 Dropped by filter 'drop_exe'", new MessageAborted(52, "Dropped by filter 'drop_exe'") },
        { "Info: Message aborted MID 53", new MessageAborted(53, null) },
        { "Info: MID 54 was dropped by content filter 'drop_exe' in the inbound table", new MessageAborted(54, "dropped by content filter 'drop_exe' in the inbound table") },
        { "Info: MID 55 was bounced by content filter 'bounce_it' in the outbound table", new MessageAborted(55, "bounced by content filter 'bounce_it' in the outbound table") },
        { "Fri Sep 12 11:00:00 2022 Info: Message finished MID 68119155 done", new MessageFinished(68119155, false) },
        { "Info: Message finished MID 56 aborted", new MessageFinished(56, true) },
        { "Info: message FINISHED mid 57 Done ", new MessageFinished(57, false) },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Relation_and_end_lines(string line, MailEvent expected) => TestLines.ShouldParseTo(line, expected);
}
