Sun Mar  2 19:00:00 2025 Info: Begin Logfile
Sun Mar  2 19:00:00 2025 Info: Version: 15.0.0-104 SN: 42CABD2B47A661EAB62B-7748E99916B7
Sun Mar  2 19:00:00 2025 Info: Time offset from UTC: -18000 seconds
Sun Mar  2 19:00:00 2025 Info: MID 30649782 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:00 2025 Info: Start MID 30649783 ICID 36841546
Sun Mar  2 19:00:00 2025 Info: MID 30649783 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:00 2025 Info: MID 30649783 ICID 36841546 RID 0 To: <wei.jensen@swifttravel.example.com>
Sun Mar  2 19:00:01 2025 Info: MID 30649783 Message-ID '<1lZS5S82oU8u3qt1.70190@exch01.corp.example.net>'
Sun Mar  2 19:00:01 2025 Info: MID 30649783 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:01 2025 Info: MID 30649783 ready 83940 bytes from <newsletter@example.net>
Sun Mar  2 19:00:01 2025 Info: MID 30649783 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:01 2025 Info: MID 30649782 antivirus negative
Sun Mar  2 19:00:01 2025 Info: MID 30649782 Outbreak Filters: verdict negative
Sun Mar  2 19:00:01 2025 Info: MID 30649782 queued for delivery
Sun Mar  2 19:00:01 2025 Info: Delivery start DCID 5890614 MID 30649782 to RID [0]
Sun Mar  2 19:00:02 2025 Info: Start MID 30649784 ICID 36841546
Sun Mar  2 19:00:02 2025 Info: MID 30649784 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:02 2025 Info: MID 30649784 ICID 36841546 RID 0 To: <greta47@bigmail.example>
Sun Mar  2 19:00:02 2025 Info: MID 30649784 Message-ID '<Etjg3M5MC2A4lzCG.52537@exch01.corp.example.net>'
Sun Mar  2 19:00:02 2025 Info: MID 30649784 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:02 2025 Info: MID 30649784 ready 39443 bytes from <newsletter@example.net>
Sun Mar  2 19:00:03 2025 Info: DCID 5890613 close
Sun Mar  2 19:00:03 2025 Info: Message done DCID 5890614 MID 30649782 to RID [0]
Sun Mar  2 19:00:03 2025 Info: MID 30649782 RID [0] Response '2.0.0 OK  1701969822 xllayqx3scjusi8683914.33 - gsmtp'
Sun Mar  2 19:00:03 2025 Info: Message finished MID 30649782 done
Sun Mar  2 19:00:03 2025 Info: MID 30649783 antivirus negative
Sun Mar  2 19:00:03 2025 Info: MID 30649783 Outbreak Filters: verdict negative
Sun Mar  2 19:00:03 2025 Info: MID 30649783 queued for delivery
Sun Mar  2 19:00:03 2025 Info: New SMTP DCID 5890615 interface 192.0.2.110 address 203.0.113.150 port 25
Sun Mar  2 19:00:03 2025 Info: MID 30649784 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:03 2025 Info: Delivery start DCID 5890615 MID 30649783 to RID [0]
Sun Mar  2 19:00:03 2025 Info: Message done DCID 5890615 MID 30649783 to RID [0]
Sun Mar  2 19:00:03 2025 Info: MID 30649783 RID [0] Response '2.0.0 Ok: queued as AZqi5aNWsXZUZV'
Sun Mar  2 19:00:03 2025 Info: Message finished MID 30649783 done
Sun Mar  2 19:00:04 2025 Info: Start MID 30649785 ICID 36841546
Sun Mar  2 19:00:04 2025 Info: MID 30649785 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:04 2025 Info: MID 30649785 ICID 36841546 RID 0 To: <maria.tanaka@bigmail.example>
Sun Mar  2 19:00:04 2025 Info: MID 30649785 Message-ID '<AMJmI6tNN4YyKy7M.84207@exch01.corp.example.net>'
Sun Mar  2 19:00:04 2025 Info: MID 30649785 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:04 2025 Info: MID 30649785 ready 130021 bytes from <newsletter@example.net>
Sun Mar  2 19:00:05 2025 Info: MID 30649785 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:05 2025 Info: DCID 5890609 close
Sun Mar  2 19:00:05 2025 Info: MID 30649784 antivirus negative
Sun Mar  2 19:00:05 2025 Info: MID 30649784 Outbreak Filters: verdict negative
Sun Mar  2 19:00:05 2025 Info: MID 30649784 queued for delivery
Sun Mar  2 19:00:05 2025 Info: Delivery start DCID 5890614 MID 30649784 to RID [0]
Sun Mar  2 19:00:05 2025 Info: MID 30649785 antivirus negative
Sun Mar  2 19:00:05 2025 Info: MID 30649785 Outbreak Filters: verdict negative
Sun Mar  2 19:00:05 2025 Info: MID 30649785 queued for delivery
Sun Mar  2 19:00:05 2025 Info: New SMTP DCID 5890616 interface 192.0.2.110 address 203.0.113.30 port 25
Sun Mar  2 19:00:06 2025 Info: Start MID 30649786 ICID 36841546
Sun Mar  2 19:00:06 2025 Info: MID 30649786 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:06 2025 Info: MID 30649786 ICID 36841546 RID 0 To: <carla.haddad@bright-foods.example>
Sun Mar  2 19:00:06 2025 Info: DCID 5890616 STARTTLS command not supported.
Sun Mar  2 19:00:06 2025 Info: DCID 5890615 close
Sun Mar  2 19:00:06 2025 Info: Delivery start DCID 5890616 MID 30649785 to RID [0]
Sun Mar  2 19:00:06 2025 Info: Message done DCID 5890616 MID 30649785 to RID [0]
Sun Mar  2 19:00:06 2025 Info: MID 30649785 RID [0] Response '2.0.0 OK  1741752966 7tmcnsj0gtuysi1277087.71 - gsmtp'
Sun Mar  2 19:00:06 2025 Info: Message finished MID 30649785 done
Sun Mar  2 19:00:06 2025 Info: MID 30649786 Message-ID '<ugbeSCsRzbmvmeyK.81474@exch01.corp.example.net>'
Sun Mar  2 19:00:06 2025 Info: MID 30649786 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:06 2025 Info: MID 30649786 ready 32203 bytes from <newsletter@example.net>
Sun Mar  2 19:00:06 2025 Info: MID 30649786 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:07 2025 Info: Message done DCID 5890614 MID 30649784 to RID [0]
Sun Mar  2 19:00:07 2025 Info: MID 30649784 RID [0] Response '2.0.0 OK  1738153451 5hhbzqney5xdsi7380940.23 - gsmtp'
Sun Mar  2 19:00:07 2025 Info: Message finished MID 30649784 done
Sun Mar  2 19:00:07 2025 Info: Start MID 30649787 ICID 36841546
Sun Mar  2 19:00:07 2025 Info: MID 30649787 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:07 2025 Info: MID 30649787 ICID 36841546 RID 0 To: <emma.murphy@postbox.example.de>
Sun Mar  2 19:00:08 2025 Info: MID 30649787 Message-ID '<uBu2O1o8YKTma0J9.51493@exch01.corp.example.net>'
Sun Mar  2 19:00:08 2025 Info: MID 30649787 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:08 2025 Info: MID 30649787 ready 184852 bytes from <newsletter@example.net>
Sun Mar  2 19:00:08 2025 Info: MID 30649786 antivirus negative
Sun Mar  2 19:00:08 2025 Info: MID 30649786 Outbreak Filters: verdict negative
Sun Mar  2 19:00:08 2025 Info: MID 30649786 queued for delivery
Sun Mar  2 19:00:09 2025 Info: MID 30649787 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:09 2025 Info: New SMTP DCID 5890617 interface 192.0.2.110 address 203.0.113.91 port 25
Sun Mar  2 19:00:09 2025 Info: Delivery start DCID 5890617 MID 30649786 to RID [0]
Sun Mar  2 19:00:09 2025 Info: Start MID 30649788 ICID 36841546
Sun Mar  2 19:00:09 2025 Info: MID 30649788 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:09 2025 Info: MID 30649788 ICID 36841546 RID 0 To: <greta65@bigmail.example>
Sun Mar  2 19:00:09 2025 Info: Message done DCID 5890617 MID 30649786 to RID [0]
Sun Mar  2 19:00:09 2025 Info: MID 30649786 RID [0] Response '2.0.0 Ok: queued as sBbbL7h2BBzD7g'
Sun Mar  2 19:00:09 2025 Info: Message finished MID 30649786 done
Sun Mar  2 19:00:09 2025 Info: MID 30649787 antivirus negative
Sun Mar  2 19:00:09 2025 Info: MID 30649787 Outbreak Filters: verdict negative
Sun Mar  2 19:00:09 2025 Info: MID 30649787 queued for delivery
Sun Mar  2 19:00:09 2025 Info: New SMTP DCID 5890618 interface 192.0.2.110 address 198.51.100.110 port 25
Sun Mar  2 19:00:09 2025 Info: MID 30649788 Message-ID '<GQkx2f9vj8qnOfy0.83429@exch01.corp.example.net>'
Sun Mar  2 19:00:09 2025 Info: MID 30649788 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:09 2025 Info: MID 30649788 ready 10411 bytes from <newsletter@example.net>
Sun Mar  2 19:00:10 2025 Info: DCID 5890618 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Sun Mar  2 19:00:10 2025 Info: Delivery start DCID 5890618 MID 30649787 to RID [0]
Sun Mar  2 19:00:10 2025 Info: DCID 5890616 close
Sun Mar  2 19:00:10 2025 Info: MID 30649788 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:11 2025 Info: Start MID 30649789 ICID 36841546
Sun Mar  2 19:00:11 2025 Info: MID 30649789 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:11 2025 Info: MID 30649789 ICID 36841546 RID 0 To: <greta23@bigmail.example>
Sun Mar  2 19:00:11 2025 Info: MID 30649789 Message-ID '<tqHogxOVWXFbE1Gt.4984@exch01.corp.example.net>'
Sun Mar  2 19:00:11 2025 Info: MID 30649789 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:11 2025 Info: MID 30649789 ready 452225 bytes from <newsletter@example.net>
Sun Mar  2 19:00:11 2025 Info: MID 30649789 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:12 2025 Info: Start MID 30649790 ICID 36841546
Sun Mar  2 19:00:12 2025 Info: MID 30649790 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:12 2025 Info: MID 30649790 ICID 36841546 RID 0 To: <maria39@bigmail.example>
Sun Mar  2 19:00:12 2025 Info: DCID 5890617 close
Sun Mar  2 19:00:13 2025 Info: Message done DCID 5890618 MID 30649787 to RID [0]
Sun Mar  2 19:00:13 2025 Info: MID 30649787 RID [0] Response '2.0.0 OK  1713930504 nyffeowcpksvsi8588346.72 - gsmtp'
Sun Mar  2 19:00:13 2025 Info: Message finished MID 30649787 done
Sun Mar  2 19:00:13 2025 Info: MID 30649788 antivirus negative
Sun Mar  2 19:00:13 2025 Info: MID 30649788 Outbreak Filters: verdict negative
Sun Mar  2 19:00:13 2025 Info: MID 30649788 queued for delivery
Sun Mar  2 19:00:13 2025 Info: Delivery start DCID 5890614 MID 30649788 to RID [0]
Sun Mar  2 19:00:13 2025 Info: Message done DCID 5890614 MID 30649788 to RID [0]
Sun Mar  2 19:00:13 2025 Info: MID 30649788 RID [0] Response '2.0.0 OK  1714737872 ifqkng5sqojusi2672732.86 - gsmtp'
Sun Mar  2 19:00:13 2025 Info: Message finished MID 30649788 done
Sun Mar  2 19:00:13 2025 Info: MID 30649790 Message-ID '<ifohJfPApBNOfFkk.11053@exch01.corp.example.net>'
Sun Mar  2 19:00:13 2025 Info: MID 30649790 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:13 2025 Info: MID 30649790 ready 42696 bytes from <newsletter@example.net>
Sun Mar  2 19:00:13 2025 Info: MID 30649789 antivirus negative
Sun Mar  2 19:00:13 2025 Info: MID 30649789 Outbreak Filters: verdict negative
Sun Mar  2 19:00:13 2025 Info: MID 30649789 queued for delivery
Sun Mar  2 19:00:14 2025 Info: Delivery start DCID 5890614 MID 30649789 to RID [0]
Sun Mar  2 19:00:14 2025 Info: MID 30649790 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:14 2025 Info: Message done DCID 5890614 MID 30649789 to RID [0]
Sun Mar  2 19:00:14 2025 Info: MID 30649789 RID [0] Response '2.0.0 OK  1717526517 7qdvodovlo99si5471728.42 - gsmtp'
Sun Mar  2 19:00:14 2025 Info: Message finished MID 30649789 done
Sun Mar  2 19:00:14 2025 Info: Start MID 30649791 ICID 36841546
Sun Mar  2 19:00:14 2025 Info: MID 30649791 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:14 2025 Info: MID 30649791 ICID 36841546 RID 0 To: <tara.obrien@outlook.example.com>
Sun Mar  2 19:00:14 2025 Info: DCID 5890618 close
Sun Mar  2 19:00:15 2025 Info: MID 30649791 Message-ID '<h7zmKImA3PKB84B1.66900@exch01.corp.example.net>'
Sun Mar  2 19:00:15 2025 Info: MID 30649791 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:15 2025 Info: MID 30649791 ready 48386 bytes from <newsletter@example.net>
Sun Mar  2 19:00:15 2025 Info: MID 30649791 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:16 2025 Info: Start MID 30649792 ICID 36841546
Sun Mar  2 19:00:16 2025 Info: MID 30649792 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:16 2025 Info: MID 30649792 ICID 36841546 RID 0 To: <ines.jensen@bigmail.example>
Sun Mar  2 19:00:16 2025 Info: MID 30649790 antivirus negative
Sun Mar  2 19:00:16 2025 Info: MID 30649790 Outbreak Filters: verdict negative
Sun Mar  2 19:00:16 2025 Info: MID 30649790 queued for delivery
Sun Mar  2 19:00:16 2025 Info: Delivery start DCID 5890614 MID 30649790 to RID [0]
Sun Mar  2 19:00:16 2025 Info: MID 30649792 Message-ID '<rLhxYVJqOfB7EvML.84124@exch01.corp.example.net>'
Sun Mar  2 19:00:16 2025 Info: MID 30649792 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:16 2025 Info: MID 30649792 ready 9155 bytes from <newsletter@example.net>
Sun Mar  2 19:00:17 2025 Info: MID 30649792 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:17 2025 Info: Message done DCID 5890614 MID 30649790 to RID [0]
Sun Mar  2 19:00:17 2025 Info: MID 30649790 RID [0] Response '2.0.0 OK  1763536846 qjldow3csyr2si3946420.59 - gsmtp'
Sun Mar  2 19:00:17 2025 Info: Message finished MID 30649790 done
Sun Mar  2 19:00:17 2025 Info: MID 30649791 antivirus negative
Sun Mar  2 19:00:17 2025 Info: MID 30649791 Outbreak Filters: verdict negative
Sun Mar  2 19:00:17 2025 Info: MID 30649791 queued for delivery
Sun Mar  2 19:00:17 2025 Info: New SMTP DCID 5890619 interface 192.0.2.110 address 198.51.100.33 port 25
Sun Mar  2 19:00:17 2025 Info: MID 30649792 antivirus negative
Sun Mar  2 19:00:17 2025 Info: MID 30649792 Outbreak Filters: verdict negative
Sun Mar  2 19:00:17 2025 Info: MID 30649792 queued for delivery
Sun Mar  2 19:00:17 2025 Info: Delivery start DCID 5890614 MID 30649792 to RID [0]
Sun Mar  2 19:00:17 2025 Info: Start MID 30649793 ICID 36841546
Sun Mar  2 19:00:17 2025 Info: MID 30649793 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:17 2025 Info: MID 30649793 ICID 36841546 RID 0 To: <sven.fischer@postbox.example.de>
Sun Mar  2 19:00:17 2025 Info: DCID 5890619 TLS success protocol TLSv1 cipher RC4-SHA
Sun Mar  2 19:00:17 2025 Info: Delivery start DCID 5890619 MID 30649791 to RID [0]
Sun Mar  2 19:00:18 2025 Info: Message done DCID 5890614 MID 30649792 to RID [0]
Sun Mar  2 19:00:18 2025 Info: MID 30649792 RID [0] Response '2.0.0 OK  1768985636 peev3bmd6noesi2212313.29 - gsmtp'
Sun Mar  2 19:00:18 2025 Info: Message finished MID 30649792 done
Sun Mar  2 19:00:18 2025 Info: MID 30649793 Message-ID '<yzlxHIL4lr1p5aEv.66643@exch01.corp.example.net>'
Sun Mar  2 19:00:18 2025 Info: MID 30649793 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:18 2025 Info: MID 30649793 ready 254884 bytes from <newsletter@example.net>
Sun Mar  2 19:00:19 2025 Info: MID 30649793 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:19 2025 Info: Start MID 30649794 ICID 36841546
Sun Mar  2 19:00:19 2025 Info: MID 30649794 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:19 2025 Info: MID 30649794 ICID 36841546 RID 0 To: <olga59@webpost.example>
Sun Mar  2 19:00:20 2025 Info: New SMTP ICID 36841547 interface Data 2 (10.20.0.20) address 10.20.5.50 reverse dns host bulk.example.net verified yes
Sun Mar  2 19:00:20 2025 Info: ICID 36841547 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Sun Mar  2 19:00:20 2025 Info: ICID 36841547 TLS failed: (336027900, 'error:1407609C:SSL routines:SSL23_GET_CLIENT_HELLO:http request')
Sun Mar  2 19:00:20 2025 Info: MID 30649794 Message-ID '<foJZcgK6AjogvXjh.92449@exch01.corp.example.net>'
Sun Mar  2 19:00:20 2025 Info: MID 30649794 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:20 2025 Info: MID 30649794 ready 21813 bytes from <newsletter@example.net>
Sun Mar  2 19:00:20 2025 Info: MID 30649794 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:20 2025 Info: Message done DCID 5890619 MID 30649791 to RID [0]
Sun Mar  2 19:00:20 2025 Info: MID 30649791 RID [0] Response '2.0.0 OK  1781723734 i7ipiakdzr26si4212300.64 - gsmtp'
Sun Mar  2 19:00:20 2025 Info: Message finished MID 30649791 done
Sun Mar  2 19:00:20 2025 Info: Start MID 30649795 ICID 36841547
Sun Mar  2 19:00:20 2025 Info: MID 30649795 ICID 36841547 From: <newsletter@example.net>
Sun Mar  2 19:00:20 2025 Info: MID 30649795 ICID 36841547 RID 0 To: <sean.costa@bigmail.example>
Sun Mar  2 19:00:21 2025 Info: Start MID 30649796 ICID 36841546
Sun Mar  2 19:00:21 2025 Info: MID 30649796 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:21 2025 Info: MID 30649796 ICID 36841546 RID 0 To: <vera30@postbox.example.de>
Sun Mar  2 19:00:21 2025 Info: MID 30649795 Message-ID '<Z10oCj5Wr1vL3g5y.17251@exch01.corp.example.net>'
Sun Mar  2 19:00:21 2025 Info: MID 30649795 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:21 2025 Info: MID 30649795 ready 14910 bytes from <newsletter@example.net>
Sun Mar  2 19:00:21 2025 Info: MID 30649793 antivirus negative
Sun Mar  2 19:00:21 2025 Info: MID 30649793 Outbreak Filters: verdict negative
Sun Mar  2 19:00:21 2025 Info: MID 30649793 queued for delivery
Sun Mar  2 19:00:21 2025 Info: New SMTP DCID 5890620 interface 192.0.2.110 address 203.0.113.55 port 25
Sun Mar  2 19:00:21 2025 Info: DCID 5890620 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Sun Mar  2 19:00:21 2025 Info: Delivery start DCID 5890620 MID 30649793 to RID [0]
Sun Mar  2 19:00:21 2025 Info: MID 30649796 Message-ID '<6Y4NwA64Pia31tNs.96149@exch01.corp.example.net>'
Sun Mar  2 19:00:21 2025 Info: MID 30649796 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:21 2025 Info: MID 30649796 ready 87980 bytes from <newsletter@example.net>
Sun Mar  2 19:00:21 2025 Info: MID 30649795 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:21 2025 Info: MID 30649794 antivirus negative
Sun Mar  2 19:00:21 2025 Info: MID 30649794 Outbreak Filters: verdict negative
Sun Mar  2 19:00:21 2025 Info: MID 30649794 queued for delivery
Sun Mar  2 19:00:22 2025 Info: Start MID 30649797 ICID 36841547
Sun Mar  2 19:00:22 2025 Info: MID 30649797 ICID 36841547 From: <newsletter@example.net>
Sun Mar  2 19:00:22 2025 Info: MID 30649797 ICID 36841547 RID 0 To: <liam.ivanova@cedar-foods.example.co.uk>
Sun Mar  2 19:00:22 2025 Info: New SMTP DCID 5890621 interface 192.0.2.110 address 203.0.113.238 port 25
Sun Mar  2 19:00:22 2025 Info: DCID 5890621 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Sun Mar  2 19:00:22 2025 Info: Delivery start DCID 5890621 MID 30649794 to RID [0]
Sun Mar  2 19:00:22 2025 Info: MID 30649796 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:22 2025 Info: MID 30649797 Message-ID '<IX7H0zUKo8LRKbxS.90018@exch01.corp.example.net>'
Sun Mar  2 19:00:22 2025 Info: MID 30649797 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:22 2025 Info: MID 30649797 ready 28708 bytes from <newsletter@example.net>
Sun Mar  2 19:00:22 2025 Info: MID 30649797 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:22 2025 Info: Start MID 30649798 ICID 36841546
Sun Mar  2 19:00:22 2025 Info: MID 30649798 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:22 2025 Info: MID 30649798 ICID 36841546 RID 0 To: <carla15@bigmail.example>
Sun Mar  2 19:00:22 2025 Info: Message done DCID 5890620 MID 30649793 to RID [0]
Sun Mar  2 19:00:22 2025 Info: MID 30649793 RID [0] Response '2.0.0 OK  1706228024 cin5ucekzjqtsi9639251.91 - gsmtp'
Sun Mar  2 19:00:22 2025 Info: Message finished MID 30649793 done
Sun Mar  2 19:00:23 2025 Info: DCID 5890614 close
Sun Mar  2 19:00:23 2025 Info: MID 30649798 Message-ID '<NZOu2ONBnL1luuoi.23373@exch01.corp.example.net>'
Sun Mar  2 19:00:23 2025 Info: MID 30649798 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:23 2025 Info: MID 30649798 ready 65518 bytes from <newsletter@example.net>
Sun Mar  2 19:00:23 2025 Info: DCID 5890619 close
Sun Mar  2 19:00:23 2025 Info: Start MID 30649799 ICID 36841547
Sun Mar  2 19:00:23 2025 Info: MID 30649799 ICID 36841547 From: <newsletter@example.net>
Sun Mar  2 19:00:23 2025 Info: MID 30649799 ICID 36841547 RID 0 To: <ines.jensen@outlook.example.com>
Sun Mar  2 19:00:23 2025 Info: Message aborted MID 30649799 Receiving aborted
Sun Mar  2 19:00:23 2025 Info: Message finished MID 30649799 aborted
Sun Mar  2 19:00:23 2025 Info: ICID 36841547 lost
Sun Mar  2 19:00:23 2025 Info: ICID 36841547 close
Sun Mar  2 19:00:23 2025 Info: Message done DCID 5890621 MID 30649794 to RID [0]
Sun Mar  2 19:00:23 2025 Info: MID 30649794 RID [0] Response '2.0.0 OK  1763408937 siokm7ws5tf8si3238559.11 - gsmtp'
Sun Mar  2 19:00:23 2025 Info: Message finished MID 30649794 done
Sun Mar  2 19:00:24 2025 Info: MID 30649795 antivirus negative
Sun Mar  2 19:00:24 2025 Info: MID 30649795 Outbreak Filters: verdict negative
Sun Mar  2 19:00:24 2025 Info: MID 30649795 queued for delivery
Sun Mar  2 19:00:24 2025 Info: MID 30649798 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:24 2025 Info: New SMTP DCID 5890622 interface 192.0.2.110 address 198.51.100.222 port 25
Sun Mar  2 19:00:24 2025 Info: MID 30649796 antivirus negative
Sun Mar  2 19:00:24 2025 Info: MID 30649796 Outbreak Filters: verdict negative
Sun Mar  2 19:00:24 2025 Info: MID 30649796 queued for delivery
Sun Mar  2 19:00:24 2025 Info: Delivery start DCID 5890620 MID 30649796 to RID [0]
Sun Mar  2 19:00:24 2025 Info: MID 30649797 antivirus negative
Sun Mar  2 19:00:24 2025 Info: MID 30649797 Outbreak Filters: verdict negative
Sun Mar  2 19:00:24 2025 Info: MID 30649797 queued for delivery
Sun Mar  2 19:00:24 2025 Info: Start MID 30649800 ICID 36841546
Sun Mar  2 19:00:24 2025 Info: MID 30649800 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:24 2025 Info: MID 30649800 ICID 36841546 RID 0 To: <ines.kowalski@mailbox.test>
Sun Mar  2 19:00:24 2025 Info: DCID 5890622 STARTTLS command not supported.
Sun Mar  2 19:00:24 2025 Info: Delivery start DCID 5890622 MID 30649795 to RID [0]
Sun Mar  2 19:00:24 2025 Info: New SMTP DCID 5890623 interface 192.0.2.110 address 198.51.100.144 port 25
Sun Mar  2 19:00:24 2025 Info: MID 30649800 Message-ID '<FbhXWvHPJSs3kiXf.78005@exch01.corp.example.net>'
Sun Mar  2 19:00:24 2025 Info: MID 30649800 ready 28683 bytes from <newsletter@example.net>
Sun Mar  2 19:00:25 2025 Info: DCID 5890621 close
Sun Mar  2 19:00:25 2025 Info: DCID 5890623 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Sun Mar  2 19:00:25 2025 Info: Delivery start DCID 5890623 MID 30649797 to RID [0]
Sun Mar  2 19:00:25 2025 Info: Message done DCID 5890623 MID 30649797 to RID [0]
Sun Mar  2 19:00:25 2025 Info: MID 30649797 RID [0] Response '2.0.0 Ok: queued as 4nleyKoOiHpkhM'
Sun Mar  2 19:00:25 2025 Info: Message finished MID 30649797 done
Sun Mar  2 19:00:25 2025 Info: MID 30649800 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:25 2025 Info: Start MID 30649801 ICID 36841546
Sun Mar  2 19:00:25 2025 Info: MID 30649801 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:25 2025 Info: MID 30649801 ICID 36841546 RID 0 To: <sven.murphy@outlook.example.com>
Sun Mar  2 19:00:25 2025 Info: Message done DCID 5890620 MID 30649796 to RID [0]
Sun Mar  2 19:00:25 2025 Info: MID 30649796 RID [0] Response '2.0.0 OK  1749612177 isis8wufzg2nsi4983925.46 - gsmtp'
Sun Mar  2 19:00:25 2025 Info: Message finished MID 30649796 done
Sun Mar  2 19:00:25 2025 Info: MID 30649801 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:25 2025 Info: MID 30649801 ready 47121 bytes from <newsletter@example.net>
Sun Mar  2 19:00:26 2025 Info: MID 30649801 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:26 2025 Info: MID 30649798 antivirus negative
Sun Mar  2 19:00:26 2025 Info: MID 30649798 Outbreak Filters: verdict negative
Sun Mar  2 19:00:26 2025 Info: MID 30649798 queued for delivery
Sun Mar  2 19:00:26 2025 Info: MID 30649800 antivirus negative
Sun Mar  2 19:00:26 2025 Info: MID 30649800 Outbreak Filters: verdict negative
Sun Mar  2 19:00:26 2025 Info: MID 30649800 queued for delivery
Sun Mar  2 19:00:26 2025 Info: Message done DCID 5890622 MID 30649795 to RID [0]
Sun Mar  2 19:00:26 2025 Info: MID 30649795 RID [0] Response '2.0.0 OK  1774872621 wpxn5zxq6sbmsi8573771.80 - gsmtp'
Sun Mar  2 19:00:26 2025 Info: Message finished MID 30649795 done
Sun Mar  2 19:00:26 2025 Info: New SMTP DCID 5890624 interface 192.0.2.110 address 203.0.113.30 port 25
Sun Mar  2 19:00:26 2025 Info: Delivery start DCID 5890622 MID 30649798 to RID [0]
Sun Mar  2 19:00:27 2025 Info: Connection Error: DCID 5890625 domain: mailbox.test IP: 203.0.113.160 port: 25 details: timeout interface: 192.0.2.110 reason: network error
Sun Mar  2 19:00:27 2025 Info: Start MID 30649802 ICID 36841546
Sun Mar  2 19:00:27 2025 Info: MID 30649802 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:27 2025 Info: MID 30649802 ICID 36841546 RID 0 To: <aoife.smith@coastalbank.example.de>
Sun Mar  2 19:00:27 2025 Info: DCID 5890624 STARTTLS command not supported.
Sun Mar  2 19:00:27 2025 Info: MID 30649801 antivirus negative
Sun Mar  2 19:00:27 2025 Info: MID 30649801 Outbreak Filters: verdict negative
Sun Mar  2 19:00:27 2025 Info: MID 30649801 queued for delivery
Sun Mar  2 19:00:27 2025 Info: MID 30649802 Message-ID '<zWOrClpvIKYFRaBP.2122@exch01.corp.example.net>'
Sun Mar  2 19:00:27 2025 Info: MID 30649802 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:27 2025 Info: MID 30649802 ready 48753 bytes from <newsletter@example.net>
Sun Mar  2 19:00:27 2025 Info: Message done DCID 5890622 MID 30649798 to RID [0]
Sun Mar  2 19:00:27 2025 Info: MID 30649798 RID [0] Response '2.0.0 OK  1734888180 pbeeado0fdpnsi7164566.13 - gsmtp'
Sun Mar  2 19:00:27 2025 Info: Message finished MID 30649798 done
Sun Mar  2 19:00:27 2025 Info: New SMTP DCID 5890626 interface 192.0.2.110 address 203.0.113.232 port 25
Sun Mar  2 19:00:27 2025 Info: DCID 5890626 TLS success protocol TLSv1 cipher RC4-SHA
Sun Mar  2 19:00:27 2025 Info: Delivery start DCID 5890626 MID 30649801 to RID [0]
Sun Mar  2 19:00:27 2025 Info: MID 30649802 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:28 2025 Info: Delayed: DCID 5890626 MID 30649801 to RID 0 - 4.7.1 - Delivery not authorized, message refused ('450', ['4.7.1 <sven.murphy@outlook.example.com>: Recipient address rejected: Greylisted, try again later']) []
Sun Mar  2 19:00:28 2025 Info: Message 30649801 to RID [0] pending till Sun Mar  2 19:02:52 2025
Sun Mar  2 19:00:28 2025 Info: Start MID 30649803 ICID 36841546
Sun Mar  2 19:00:28 2025 Info: MID 30649803 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:28 2025 Info: MID 30649803 ICID 36841546 RID 0 To: <farid.obrien@clearinsurance.example.de>
Sun Mar  2 19:00:28 2025 Info: MID 30649802 antivirus negative
Sun Mar  2 19:00:28 2025 Info: MID 30649802 Outbreak Filters: verdict negative
Sun Mar  2 19:00:28 2025 Info: MID 30649802 queued for delivery
Sun Mar  2 19:00:28 2025 Info: New SMTP DCID 5890627 interface 192.0.2.110 address 203.0.113.152
Sun Mar  2 19:00:28 2025 Info: MID 30649803 Message-ID '<e5jQ6UbqHKw0Ve9y.50946@exch01.corp.example.net>'
Sun Mar  2 19:00:28 2025 Info: MID 30649803 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:28 2025 Info: MID 30649803 ready 14819 bytes from <newsletter@example.net>
Sun Mar  2 19:00:29 2025 Info: DCID 5890620 close
Sun Mar  2 19:00:29 2025 Info: MID 30649803 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:29 2025 Info: DCID 5890627 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Sun Mar  2 19:00:29 2025 Info: Delivery start DCID 5890627 MID 30649802 to RID [0]
Sun Mar  2 19:00:29 2025 Info: Message done DCID 5890627 MID 30649802 to RID [0]
Sun Mar  2 19:00:29 2025 Info: MID 30649802 RID [0] Response '2.0.0 Ok: queued as VM6k6F4IG8KBNN'
Sun Mar  2 19:00:29 2025 Info: Message finished MID 30649802 done
Sun Mar  2 19:00:29 2025 Info: MID 30649803 antivirus negative
Sun Mar  2 19:00:29 2025 Info: MID 30649803 Outbreak Filters: verdict negative
Sun Mar  2 19:00:29 2025 Info: MID 30649803 queued for delivery
Sun Mar  2 19:00:29 2025 Info: Start MID 30649804 ICID 36841546
Sun Mar  2 19:00:29 2025 Info: MID 30649804 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:29 2025 Info: MID 30649804 ICID 36841546 RID 0 To: <pablo90@atlasairlines.example>
Sun Mar  2 19:00:29 2025 Info: New SMTP DCID 5890628 interface 192.0.2.110 address 203.0.113.248 port 25
Sun Mar  2 19:00:29 2025 Info: DCID 5890628 TLS failed: (336130315, 'error:1408F10B:SSL routines:ssl3_get_record:wrong version number')
Sun Mar  2 19:00:29 2025 Info: Delivery start DCID 5890628 MID 30649803 to RID [0]
Sun Mar  2 19:00:30 2025 Info: Message done DCID 5890628 MID 30649803 to RID [0]
Sun Mar  2 19:00:30 2025 Info: MID 30649803 RID [0] Response '2.0.0 Ok: queued as FTe49iXTLyiEVy'
Sun Mar  2 19:00:30 2025 Info: Message finished MID 30649803 done
Sun Mar  2 19:00:30 2025 Info: MID 30649804 Message-ID '<8lAw5RQa1GfHW4cS.43614@exch01.corp.example.net>'
Sun Mar  2 19:00:30 2025 Info: MID 30649804 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:30 2025 Info: MID 30649804 ready 32947 bytes from <newsletter@example.net>
Sun Mar  2 19:00:30 2025 Info: MID 30649804 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:31 2025 Info: Start MID 30649805 ICID 36841546
Sun Mar  2 19:00:31 2025 Info: MID 30649805 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:31 2025 Info: MID 30649805 ICID 36841546 RID 0 To: <qi68@postbox.example.de>
Sun Mar  2 19:00:31 2025 Info: MID 30649805 Message-ID '<M7tmD333kyhDPdgc.98294@exch01.corp.example.net>'
Sun Mar  2 19:00:31 2025 Info: MID 30649805 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:31 2025 Info: MID 30649805 ready 58517 bytes from <newsletter@example.net>
Sun Mar  2 19:00:32 2025 Info: MID 30649805 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:32 2025 Info: Start MID 30649806 ICID 36841546
Sun Mar  2 19:00:32 2025 Info: MID 30649806 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:32 2025 Info: MID 30649806 ICID 36841546 RID 0 To: <maria.garcia@outlook.example.com>
Sun Mar  2 19:00:33 2025 Info: MID 30649806 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:33 2025 Info: MID 30649806 ready 24363 bytes from <newsletter@example.net>
Sun Mar  2 19:00:33 2025 Info: MID 30649804 antivirus negative
Sun Mar  2 19:00:33 2025 Info: MID 30649804 Outbreak Filters: verdict negative
Sun Mar  2 19:00:33 2025 Info: MID 30649804 queued for delivery
Sun Mar  2 19:00:33 2025 Info: MID 30649806 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:33 2025 Info: DCID 5890623 close
Sun Mar  2 19:00:33 2025 Info: DCID 5890622 close
Sun Mar  2 19:00:33 2025 Info: DCID 5890629 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sun Mar  2 19:00:33 2025 Info: New SMTP DCID 5890629 interface 192.0.2.110 address 203.0.113.46 port 25
Sun Mar  2 19:00:33 2025 Info: DCID 5890628 close
Sun Mar  2 19:00:33 2025 Info: Delivery start DCID 5890629 MID 30649804 to RID [0]
Sun Mar  2 19:00:33 2025 Info: Message done DCID 5890629 MID 30649804 to RID [0]
Sun Mar  2 19:00:33 2025 Info: MID 30649804 RID [0] Response '2.0.0 Ok: queued as xooghQzGabti3d'
Sun Mar  2 19:00:33 2025 Info: Message finished MID 30649804 done
Sun Mar  2 19:00:34 2025 Info: MID 30649805 antivirus negative
Sun Mar  2 19:00:34 2025 Info: MID 30649805 Outbreak Filters: verdict negative
Sun Mar  2 19:00:34 2025 Info: MID 30649805 queued for delivery
Sun Mar  2 19:00:34 2025 Info: Start MID 30649807 ICID 36841546
Sun Mar  2 19:00:34 2025 Info: MID 30649807 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:34 2025 Info: MID 30649807 ICID 36841546 RID 0 To: <farid.rossi@postbox.example.de>
Sun Mar  2 19:00:34 2025 Info: DCID 5890624 close
Sun Mar  2 19:00:34 2025 Info: New SMTP DCID 5890630 interface 192.0.2.110 address 198.51.100.110 port 25
Sun Mar  2 19:00:34 2025 Info: DCID 5890630 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Sun Mar  2 19:00:34 2025 Info: Delivery start DCID 5890630 MID 30649805 to RID [0]
Sun Mar  2 19:00:34 2025 Info: DCID 5890626 close
Sun Mar  2 19:00:34 2025 Info: MID 30649806 antivirus negative
Sun Mar  2 19:00:34 2025 Info: MID 30649806 Outbreak Filters: verdict negative
Sun Mar  2 19:00:34 2025 Info: MID 30649806 queued for delivery
Sun Mar  2 19:00:34 2025 Info: MID 30649807 Message-ID '<lRtTzqTBhXImEJKx.50260@exch01.corp.example.net>'
Sun Mar  2 19:00:34 2025 Info: MID 30649807 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:34 2025 Info: MID 30649807 ready 66486 bytes from <newsletter@example.net>
Sun Mar  2 19:00:35 2025 Info: New SMTP DCID 5890631 interface 192.0.2.110 address 198.51.100.33 port 25
Sun Mar  2 19:00:35 2025 Info: DCID 5890631 TLS success protocol TLSv1 cipher RC4-SHA
Sun Mar  2 19:00:35 2025 Info: Delivery start DCID 5890631 MID 30649806 to RID [0]
Sun Mar  2 19:00:35 2025 Info: MID 30649807 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:35 2025 Info: Message done DCID 5890631 MID 30649806 to RID [0]
Sun Mar  2 19:00:35 2025 Info: MID 30649806 RID [0] Response '2.0.0 OK  1722597880 eqqlrg4rmjcnsi5570697.50 - gsmtp'
Sun Mar  2 19:00:35 2025 Info: Message finished MID 30649806 done
Sun Mar  2 19:00:35 2025 Info: Message done DCID 5890630 MID 30649805 to RID [0]
Sun Mar  2 19:00:35 2025 Info: MID 30649805 RID [0] Response '2.0.0 OK  1730583381 zsjx6wpoepinsi2746809.54 - gsmtp'
Sun Mar  2 19:00:35 2025 Info: Message finished MID 30649805 done
Sun Mar  2 19:00:35 2025 Info: Start MID 30649808 ICID 36841546
Sun Mar  2 19:00:35 2025 Info: MID 30649808 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:35 2025 Info: MID 30649808 ICID 36841546 RID 0 To: <umar.silva@north-consulting.example>
Sun Mar  2 19:00:36 2025 Info: MID 30649808 Message-ID '<BzKI1wVlvSy5dcnf.98920@exch01.corp.example.net>'
Sun Mar  2 19:00:36 2025 Info: MID 30649808 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:36 2025 Info: MID 30649808 ready 147775 bytes from <newsletter@example.net>
Sun Mar  2 19:00:36 2025 Info: MID 30649807 antivirus negative
Sun Mar  2 19:00:36 2025 Info: MID 30649807 Outbreak Filters: verdict negative
Sun Mar  2 19:00:36 2025 Info: MID 30649807 queued for delivery
Sun Mar  2 19:00:36 2025 Info: Delivery start DCID 5890630 MID 30649807 to RID [0]
Sun Mar  2 19:00:37 2025 Info: MID 30649808 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:37 2025 Info: Start MID 30649809 ICID 36841546
Sun Mar  2 19:00:37 2025 Info: MID 30649809 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:37 2025 Info: MID 30649809 ICID 36841546 RID 0 To: <zoe97@bigmail.example>
Sun Mar  2 19:00:37 2025 Info: MID 30649808 antivirus negative
Sun Mar  2 19:00:37 2025 Info: MID 30649808 Outbreak Filters: verdict negative
Sun Mar  2 19:00:37 2025 Info: MID 30649808 queued for delivery
Sun Mar  2 19:00:37 2025 Info: DCID 5890627 close
Sun Mar  2 19:00:37 2025 Info: Connection Error: DCID 5890632 domain: north-consulting.example IP: 203.0.113.252 port: 25 details: timeout interface: 192.0.2.110 reason: network error
Sun Mar  2 19:00:37 2025 Info: New SMTP ICID 36841548 interface Data 2 (10.20.0.20) address 10.20.5.50 reverse dns host bulk.example.net verified yes
Sun Mar  2 19:00:37 2025 Info: ICID 36841548 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Sun Mar  2 19:00:38 2025 Info: ICID 36841548 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Sun Mar  2 19:00:38 2025 Info: MID 30649809 Message-ID '<xbkNdQPcuJowQ6Mm.33606@exch01.corp.example.net>'
Sun Mar  2 19:00:38 2025 Info: MID 30649809 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:38 2025 Info: MID 30649809 ready 140622 bytes from <newsletter@example.net>
Sun Mar  2 19:00:38 2025 Info: Start MID 30649810 ICID 36841548
Sun Mar  2 19:00:38 2025 Info: MID 30649810 ICID 36841548 From: <newsletter@example.net>
Sun Mar  2 19:00:38 2025 Info: MID 30649810 ICID 36841548 RID 0 To: <wei55@bigmail.example>
Sun Mar  2 19:00:38 2025 Info: MID 30649809 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:39 2025 Info: Bounced: DCID 5890630 MID 30649807 to RID 0 - 5.7.1 - Delivery not authorized, message refused ('554', ['5.7.1 Message rejected due to content restrictions']) []
Sun Mar  2 19:00:39 2025 Info: MID 30649811 was generated for bounce of MID 30649807
Sun Mar  2 19:00:39 2025 Info: Start MID 30649811 ICID 0
Sun Mar  2 19:00:39 2025 Info: Message finished MID 30649807 done
Sun Mar  2 19:00:39 2025 Info: MID 30649811 ICID 0 From: <>
Sun Mar  2 19:00:39 2025 Info: MID 30649811 ICID 0 RID 0 To: <newsletter@example.net>
Sun Mar  2 19:00:39 2025 Info: MID 30649811 ready 23113 bytes from <>
Sun Mar  2 19:00:39 2025 Info: MID 30649809 antivirus negative
Sun Mar  2 19:00:39 2025 Info: MID 30649809 Outbreak Filters: verdict negative
Sun Mar  2 19:00:39 2025 Info: MID 30649809 queued for delivery
Sun Mar  2 19:00:39 2025 Info: New SMTP DCID 5890633 interface 192.0.2.110 address 198.51.100.222 port 25
Sun Mar  2 19:00:39 2025 Info: MID 30649811 interim AV verdict using Sophos CLEAN
Sun Mar  2 19:00:39 2025 Info: MID 30649811 AMP file reputation verdict : SKIPPED (no attachment in message)
Sun Mar  2 19:00:39 2025 Info: MID 30649811 using engine: CASE spam negative
Sun Mar  2 19:00:39 2025 Info: MID 30649811 antivirus negative
Sun Mar  2 19:00:39 2025 Info: MID 30649811 using engine: GRAYMAIL negative
Sun Mar  2 19:00:39 2025 Info: MID 30649811 Outbreak Filters: verdict negative
Sun Mar  2 19:00:39 2025 Info: MID 30649811 queued for delivery
Sun Mar  2 19:00:39 2025 Info: New SMTP DCID 5890634 interface 192.0.2.110 address 10.20.0.11 port 25
Sun Mar  2 19:00:39 2025 Info: DCID 5890633 STARTTLS command not supported.
Sun Mar  2 19:00:39 2025 Info: Delivery start DCID 5890633 MID 30649809 to RID [0]
Sun Mar  2 19:00:39 2025 Info: DCID 5890634 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sun Mar  2 19:00:39 2025 Info: Start MID 30649812 ICID 36841546
Sun Mar  2 19:00:39 2025 Info: MID 30649812 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:39 2025 Info: MID 30649812 ICID 36841546 RID 0 To: <carla.costa@cedartelecom.example.com>
Sun Mar  2 19:00:39 2025 Info: Delivery start DCID 5890634 MID 30649811 to RID [0]
Sun Mar  2 19:00:39 2025 Info: MID 30649812 Message-ID '<YCTnHCRcmuOE0Nsl.24445@exch01.corp.example.net>'
Sun Mar  2 19:00:39 2025 Info: MID 30649812 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:39 2025 Info: MID 30649812 ready 214590 bytes from <newsletter@example.net>
Sun Mar  2 19:00:39 2025 Info: Message done DCID 5890634 MID 30649811 to RID [0]
Sun Mar  2 19:00:39 2025 Info: MID 30649811 RID [0] Response '2.6.0 <J0zoYAaZm8rzU0vYBkz4uq3H@example.net> [InternalId=99868378688, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Sun Mar  2 19:00:39 2025 Info: Message finished MID 30649811 done
Sun Mar  2 19:00:40 2025 Info: MID 30649812 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:40 2025 Info: MID 30649810 Message-ID '<CJSZKmEgqTl9cFWH.84372@exch01.corp.example.net>'
Sun Mar  2 19:00:40 2025 Info: MID 30649810 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:40 2025 Info: MID 30649810 ready 385814 bytes from <newsletter@example.net>
Sun Mar  2 19:00:40 2025 Info: MID 30649810 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:40 2025 Info: Message done DCID 5890633 MID 30649809 to RID [0]
Sun Mar  2 19:00:40 2025 Info: MID 30649809 RID [0] Response '2.0.0 OK  1750830578 pnglkhhr1ngwsi2650855.53 - gsmtp'
Sun Mar  2 19:00:40 2025 Info: Message finished MID 30649809 done
Sun Mar  2 19:00:40 2025 Info: Start MID 30649813 ICID 36841546
Sun Mar  2 19:00:40 2025 Info: MID 30649813 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:40 2025 Info: MID 30649813 ICID 36841546 RID 0 To: <qi41@bigmail.example>
Sun Mar  2 19:00:40 2025 Info: Start MID 30649814 ICID 36841548
Sun Mar  2 19:00:40 2025 Info: MID 30649814 ICID 36841548 From: <newsletter@example.net>
Sun Mar  2 19:00:40 2025 Info: MID 30649814 ICID 36841548 RID 0 To: <maria.kowalski@bigmail.example>
Sun Mar  2 19:00:41 2025 Info: DCID 5890630 close
Sun Mar  2 19:00:41 2025 Info: DCID 5890629 close
Sun Mar  2 19:00:41 2025 Info: DCID 5890631 close
Sun Mar  2 19:00:41 2025 Info: MID 30649813 Message-ID '<LLrjrZO6TAzo4FfZ.24070@exch01.corp.example.net>'
Sun Mar  2 19:00:41 2025 Info: MID 30649813 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:41 2025 Info: MID 30649813 ready 373581 bytes from <newsletter@example.net>
Sun Mar  2 19:00:41 2025 Info: MID 30649814 Message-ID '<WCb2HE5l28Nfnpmd.86320@exch01.corp.example.net>'
Sun Mar  2 19:00:41 2025 Info: MID 30649814 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:41 2025 Info: MID 30649814 ready 13716 bytes from <newsletter@example.net>
Sun Mar  2 19:00:42 2025 Info: MID 30649812 antivirus negative
Sun Mar  2 19:00:42 2025 Info: MID 30649812 Outbreak Filters: verdict negative
Sun Mar  2 19:00:42 2025 Info: MID 30649812 queued for delivery
Sun Mar  2 19:00:42 2025 Info: MID 30649810 antivirus negative
Sun Mar  2 19:00:42 2025 Info: MID 30649810 Outbreak Filters: verdict negative
Sun Mar  2 19:00:42 2025 Info: MID 30649810 queued for delivery
Sun Mar  2 19:00:42 2025 Info: Delivery start DCID 5890633 MID 30649810 to RID [0]
Sun Mar  2 19:00:42 2025 Info: New SMTP DCID 5890635 interface 192.0.2.110 address 198.51.100.192 port 25
Sun Mar  2 19:00:42 2025 Info: MID 30649813 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:42 2025 Info: MID 30649814 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:42 2025 Info: Start MID 30649815 ICID 36841546
Sun Mar  2 19:00:42 2025 Info: MID 30649815 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:42 2025 Info: MID 30649815 ICID 36841546 RID 0 To: <ben.obrien@mailbox.test>
Sun Mar  2 19:00:42 2025 Info: Delivery start DCID 5890635 MID 30649812 to RID [0]
Sun Mar  2 19:00:42 2025 Info: MID 30649815 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:42 2025 Info: MID 30649815 ready 9256 bytes from <newsletter@example.net>
Sun Mar  2 19:00:42 2025 Info: Message done DCID 5890635 MID 30649812 to RID [0]
Sun Mar  2 19:00:42 2025 Info: MID 30649812 RID [0] Response '2.0.0 Ok: queued as sXQfrALW9WVP32'
Sun Mar  2 19:00:42 2025 Info: Message finished MID 30649812 done
Sun Mar  2 19:00:42 2025 Info: Start MID 30649816 ICID 36841548
Sun Mar  2 19:00:42 2025 Info: MID 30649816 ICID 36841548 From: <newsletter@example.net>
Sun Mar  2 19:00:42 2025 Info: MID 30649816 ICID 36841548 RID 0 To: <maria15@bigmail.example>
Sun Mar  2 19:00:43 2025 Info: Message done DCID 5890633 MID 30649810 to RID [0]
Sun Mar  2 19:00:43 2025 Info: MID 30649810 RID [0] Response '2.0.0 OK  1780150520 ttokbqte6tjwsi2957912.24 - gsmtp'
Sun Mar  2 19:00:43 2025 Info: Message finished MID 30649810 done
Sun Mar  2 19:00:43 2025 Info: MID 30649814 antivirus negative
Sun Mar  2 19:00:43 2025 Info: MID 30649814 Outbreak Filters: verdict negative
Sun Mar  2 19:00:43 2025 Info: MID 30649814 queued for delivery
Sun Mar  2 19:00:43 2025 Info: Delivery start DCID 5890633 MID 30649814 to RID [0]
Sun Mar  2 19:00:43 2025 Info: MID 30649815 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:43 2025 Info: Start MID 30649817 ICID 36841546
Sun Mar  2 19:00:43 2025 Info: MID 30649817 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:43 2025 Info: MID 30649817 ICID 36841546 RID 0 To: <greta.berg@webpost.example>
Sun Mar  2 19:00:43 2025 Info: MID 30649816 Message-ID '<Gg795LwslHMBScjA.5402@exch01.corp.example.net>'
Sun Mar  2 19:00:43 2025 Info: MID 30649816 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:43 2025 Info: MID 30649816 ready 20619 bytes from <newsletter@example.net>
Sun Mar  2 19:00:43 2025 Info: MID 30649817 Message-ID '<4abZkugsciPz9Knd.90320@exch01.corp.example.net>'
Sun Mar  2 19:00:43 2025 Info: MID 30649817 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:43 2025 Info: MID 30649817 ready 30564 bytes from <newsletter@example.net>
Sun Mar  2 19:00:44 2025 Info: MID 30649817 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:44 2025 Info: Message done DCID 5890633 MID 30649814 to RID [0]
Sun Mar  2 19:00:44 2025 Info: MID 30649814 RID [0] Response '2.0.0 OK  1758506253 kfynqq5qdhbcsi8299678.11 - gsmtp'
Sun Mar  2 19:00:44 2025 Info: Message finished MID 30649814 done
Sun Mar  2 19:00:44 2025 Info: MID 30649816 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:44 2025 Info: MID 30649815 antivirus negative
Sun Mar  2 19:00:44 2025 Info: MID 30649815 Outbreak Filters: verdict negative
Sun Mar  2 19:00:44 2025 Info: MID 30649815 queued for delivery
Sun Mar  2 19:00:44 2025 Info: Start MID 30649818 ICID 36841546
Sun Mar  2 19:00:44 2025 Info: MID 30649818 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:44 2025 Info: MID 30649818 ICID 36841546 RID 0 To: <rosa21@bigmail.example>
Sun Mar  2 19:00:44 2025 Info: MID 30649813 antivirus negative
Sun Mar  2 19:00:44 2025 Info: MID 30649813 Outbreak Filters: verdict negative
Sun Mar  2 19:00:44 2025 Info: MID 30649813 queued for delivery
Sun Mar  2 19:00:44 2025 Info: Delivery start DCID 5890633 MID 30649813 to RID [0]
Sun Mar  2 19:00:44 2025 Info: Start MID 30649819 ICID 36841548
Sun Mar  2 19:00:44 2025 Info: MID 30649819 ICID 36841548 From: <newsletter@example.net>
Sun Mar  2 19:00:44 2025 Info: MID 30649819 ICID 36841548 RID 0 To: <aoife73@bigmail.example>
Sun Mar  2 19:00:44 2025 Info: MID 30649817 antivirus negative
Sun Mar  2 19:00:44 2025 Info: MID 30649817 Outbreak Filters: verdict negative
Sun Mar  2 19:00:44 2025 Info: MID 30649817 queued for delivery
Sun Mar  2 19:00:45 2025 Info: New SMTP DCID 5890636 interface 192.0.2.110 address 198.51.100.47 port 25
Sun Mar  2 19:00:45 2025 Info: DCID 5890636 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Sun Mar  2 19:00:45 2025 Info: Delivery start DCID 5890636 MID 30649817 to RID [0]
Sun Mar  2 19:00:45 2025 Info: MID 30649819 Message-ID '<8CeSdNbtnEaISp3K.12787@exch01.corp.example.net>'
Sun Mar  2 19:00:45 2025 Info: MID 30649819 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:45 2025 Info: MID 30649819 ready 32655 bytes from <newsletter@example.net>
Sun Mar  2 19:00:45 2025 Info: MID 30649816 antivirus negative
Sun Mar  2 19:00:45 2025 Info: MID 30649816 Outbreak Filters: verdict negative
Sun Mar  2 19:00:45 2025 Info: MID 30649816 queued for delivery
Sun Mar  2 19:00:45 2025 Info: MID 30649818 Message-ID '<EkO2sIasdVB6lY3V.60034@exch01.corp.example.net>'
Sun Mar  2 19:00:45 2025 Info: MID 30649818 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:45 2025 Info: MID 30649818 ready 55197 bytes from <newsletter@example.net>
Sun Mar  2 19:00:45 2025 Info: Message done DCID 5890636 MID 30649817 to RID [0]
Sun Mar  2 19:00:45 2025 Info: MID 30649817 RID [0] Response '2.0.0 OK  1757957636 2nx7okoxprbtsi4309811.10 - gsmtp'
Sun Mar  2 19:00:45 2025 Info: Message finished MID 30649817 done
Sun Mar  2 19:00:45 2025 Info: New SMTP DCID 5890637 interface 192.0.2.110 address 203.0.113.30 port 25
Sun Mar  2 19:00:45 2025 Info: MID 30649818 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:45 2025 Info: DCID 5890637 STARTTLS command not supported.
Sun Mar  2 19:00:45 2025 Info: Delivery start DCID 5890637 MID 30649816 to RID [0]
Sun Mar  2 19:00:45 2025 Info: MID 30649819 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:45 2025 Info: MID 30649818 antivirus negative
Sun Mar  2 19:00:45 2025 Info: MID 30649818 Outbreak Filters: verdict negative
Sun Mar  2 19:00:45 2025 Info: MID 30649818 queued for delivery
Sun Mar  2 19:00:46 2025 Info: Start MID 30649820 ICID 36841548
Sun Mar  2 19:00:46 2025 Info: MID 30649820 ICID 36841548 From: <newsletter@example.net>
Sun Mar  2 19:00:46 2025 Info: MID 30649820 ICID 36841548 RID 0 To: <aoife.rossi@webpost.example>
Sun Mar  2 19:00:46 2025 Info: Start MID 30649821 ICID 36841546
Sun Mar  2 19:00:46 2025 Info: MID 30649821 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:46 2025 Info: MID 30649821 ICID 36841546 RID 0 To: <sean.okafor@outlook.example.com>
Sun Mar  2 19:00:46 2025 Info: MID 30649820 Message-ID '<vvYZ381dHzBftE8u.16557@exch01.corp.example.net>'
Sun Mar  2 19:00:46 2025 Info: MID 30649820 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:46 2025 Info: MID 30649820 ready 48784 bytes from <newsletter@example.net>
Sun Mar  2 19:00:46 2025 Info: MID 30649820 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:47 2025 Info: MID 30649821 Message-ID '<Yv7TuDX0jhCgNAvj.92529@exch01.corp.example.net>'
Sun Mar  2 19:00:47 2025 Info: MID 30649821 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:47 2025 Info: MID 30649821 ready 46717 bytes from <newsletter@example.net>
Sun Mar  2 19:00:47 2025 Info: Start MID 30649822 ICID 36841548
Sun Mar  2 19:00:47 2025 Info: MID 30649822 ICID 36841548 From: <newsletter@example.net>
Sun Mar  2 19:00:47 2025 Info: MID 30649822 ICID 36841548 RID 0 To: <yusuf.garcia@postbox.example.de>
Sun Mar  2 19:00:47 2025 Info: Message done DCID 5890633 MID 30649813 to RID [0]
Sun Mar  2 19:00:47 2025 Info: MID 30649813 RID [0] Response '2.0.0 OK  1743360741 z06umc2pdca6si4183272.18 - gsmtp'
Sun Mar  2 19:00:47 2025 Info: Message finished MID 30649813 done
Sun Mar  2 19:00:47 2025 Info: Delivery start DCID 5890633 MID 30649818 to RID [0]
Sun Mar  2 19:00:47 2025 Info: MID 30649821 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:47 2025 Info: Message done DCID 5890637 MID 30649816 to RID [0]
Sun Mar  2 19:00:47 2025 Info: MID 30649816 RID [0] Response '2.0.0 OK  1706041499 xordtseedammsi7280964.47 - gsmtp'
Sun Mar  2 19:00:47 2025 Info: Message finished MID 30649816 done
Sun Mar  2 19:00:48 2025 Info: MID 30649822 Message-ID '<ykQbzh2hOBwr1tC9.34946@exch01.corp.example.net>'
Sun Mar  2 19:00:48 2025 Info: MID 30649822 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:48 2025 Info: MID 30649822 ready 10189 bytes from <newsletter@example.net>
Sun Mar  2 19:00:48 2025 Info: Start MID 30649823 ICID 36841546
Sun Mar  2 19:00:48 2025 Info: MID 30649823 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:48 2025 Info: MID 30649823 ICID 36841546 RID 0 To: <keiko.ivanova@mailbox.test>
Sun Mar  2 19:00:48 2025 Info: MID 30649819 antivirus negative
Sun Mar  2 19:00:48 2025 Info: MID 30649819 Outbreak Filters: verdict negative
Sun Mar  2 19:00:48 2025 Info: MID 30649819 queued for delivery
Sun Mar  2 19:00:48 2025 Info: Delivery start DCID 5890637 MID 30649819 to RID [0]
Sun Mar  2 19:00:48 2025 Info: MID 30649823 Message-ID '<KOIJ99oGMoMzSpjP.63689@exch01.corp.example.net>'
Sun Mar  2 19:00:48 2025 Info: MID 30649823 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:48 2025 Info: MID 30649823 ready 17673 bytes from <newsletter@example.net>
Sun Mar  2 19:00:48 2025 Info: MID 30649820 antivirus negative
Sun Mar  2 19:00:48 2025 Info: MID 30649820 Outbreak Filters: verdict negative
Sun Mar  2 19:00:48 2025 Info: MID 30649820 queued for delivery
Sun Mar  2 19:00:48 2025 Info: Delivery start DCID 5890636 MID 30649820 to RID [0]
Sun Mar  2 19:00:48 2025 Info: MID 30649822 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:48 2025 Info: MID 30649823 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:48 2025 Info: Start MID 30649824 ICID 36841548
Sun Mar  2 19:00:48 2025 Info: MID 30649824 ICID 36841548 From: <newsletter@example.net>
Sun Mar  2 19:00:48 2025 Info: MID 30649824 ICID 36841548 RID 0 To: <hugo.kowalski@red-consulting.test>
Sun Mar  2 19:00:49 2025 Info: Message done DCID 5890633 MID 30649818 to RID [0]
Sun Mar  2 19:00:49 2025 Info: MID 30649818 RID [0] Response '2.0.0 OK  1780978284 cqsuauub8j59si5489070.18 - gsmtp'
Sun Mar  2 19:00:49 2025 Info: Message finished MID 30649818 done
Sun Mar  2 19:00:49 2025 Info: Start MID 30649825 ICID 36841546
Sun Mar  2 19:00:49 2025 Info: MID 30649825 ICID 36841546 From: <newsletter@example.net>
Sun Mar  2 19:00:49 2025 Info: MID 30649825 ICID 36841546 RID 0 To: <keiko.costa@redfoods.example.co.uk>
Sun Mar  2 19:00:49 2025 Info: MID 30649825 Message-ID '<0ZLyRNu2H10NFFQV.44600@exch01.corp.example.net>'
Sun Mar  2 19:00:49 2025 Info: MID 30649825 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:49 2025 Info: MID 30649825 ready 15727 bytes from <newsletter@example.net>
Sun Mar  2 19:00:49 2025 Info: Message done DCID 5890636 MID 30649820 to RID [0]
Sun Mar  2 19:00:49 2025 Info: MID 30649820 RID [0] Response '2.0.0 OK  1794228021 d80phszadadosi8804988.67 - gsmtp'
Sun Mar  2 19:00:49 2025 Info: Message finished MID 30649820 done
Sun Mar  2 19:00:49 2025 Info: ICID 36841546 close
Sun Mar  2 19:00:49 2025 Info: DCID 5890634 close
Sun Mar  2 19:00:49 2025 Info: MID 30649825 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:49 2025 Info: MID 30649821 antivirus negative
Sun Mar  2 19:00:49 2025 Info: MID 30649821 Outbreak Filters: verdict negative
Sun Mar  2 19:00:49 2025 Info: MID 30649821 queued for delivery
Sun Mar  2 19:00:49 2025 Info: New SMTP DCID 5890638 interface 192.0.2.110 address 203.0.113.232 port 25
Sun Mar  2 19:00:49 2025 Info: DCID 5890638 TLS success protocol TLSv1 cipher RC4-SHA
Sun Mar  2 19:00:49 2025 Info: Delivery start DCID 5890638 MID 30649821 to RID [0]
Sun Mar  2 19:00:49 2025 Info: MID 30649824 Message-ID '<jikvVROS8YPZCTxY.16584@exch01.corp.example.net>'
Sun Mar  2 19:00:49 2025 Info: MID 30649824 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:49 2025 Info: MID 30649824 ready 43251 bytes from <newsletter@example.net>
Sun Mar  2 19:00:49 2025 Info: Message done DCID 5890637 MID 30649819 to RID [0]
Sun Mar  2 19:00:49 2025 Info: MID 30649819 RID [0] Response '2.0.0 OK  1778678130 vidhjgesanj7si5239663.87 - gsmtp'
Sun Mar  2 19:00:49 2025 Info: Message finished MID 30649819 done
Sun Mar  2 19:00:49 2025 Info: ICID 36841548 close
Sun Mar  2 19:00:50 2025 Info: MID 30649825 antivirus negative
Sun Mar  2 19:00:50 2025 Info: MID 30649825 Outbreak Filters: verdict negative
Sun Mar  2 19:00:50 2025 Info: MID 30649825 queued for delivery
Sun Mar  2 19:00:50 2025 Info: MID 30649823 antivirus negative
Sun Mar  2 19:00:50 2025 Info: MID 30649823 Outbreak Filters: verdict negative
Sun Mar  2 19:00:50 2025 Info: MID 30649823 queued for delivery
Sun Mar  2 19:00:50 2025 Info: New SMTP DCID 5890639 interface 192.0.2.110 address 203.0.113.28 port 25
Sun Mar  2 19:00:50 2025 Info: MID 30649824 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:50 2025 Info: Delivery start DCID 5890639 MID 30649825 to RID [0]
Sun Mar  2 19:00:50 2025 Info: DCID 5890635 close
Sun Mar  2 19:00:50 2025 Info: Message done DCID 5890639 MID 30649825 to RID [0]
Sun Mar  2 19:00:50 2025 Info: MID 30649825 RID [0] Response '2.0.0 Ok: queued as KAwjRzTKjqkzjG'
Sun Mar  2 19:00:50 2025 Info: Message finished MID 30649825 done
Sun Mar  2 19:00:50 2025 Info: MID 30649822 antivirus negative
Sun Mar  2 19:00:50 2025 Info: MID 30649822 Outbreak Filters: verdict negative
Sun Mar  2 19:00:50 2025 Info: MID 30649822 queued for delivery
Sun Mar  2 19:00:51 2025 Info: DCID 5890640 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Sun Mar  2 19:00:51 2025 Info: New SMTP DCID 5890640 interface 192.0.2.110 address 203.0.113.55 port 25
Sun Mar  2 19:00:51 2025 Info: MID 30649824 antivirus negative
Sun Mar  2 19:00:51 2025 Info: MID 30649824 Outbreak Filters: verdict negative
Sun Mar  2 19:00:51 2025 Info: MID 30649824 queued for delivery
Sun Mar  2 19:00:51 2025 Info: Delivery start DCID 5890640 MID 30649822 to RID [0]
Sun Mar  2 19:00:51 2025 Info: New SMTP DCID 5890641 interface 192.0.2.110 address 203.0.113.126 port 25
Sun Mar  2 19:00:51 2025 Info: Delivery start DCID 5890641 MID 30649824 to RID [0]
Sun Mar  2 19:00:51 2025 Info: Message done DCID 5890641 MID 30649824 to RID [0]
Sun Mar  2 19:00:51 2025 Info: MID 30649824 RID [0] Response '2.0.0 Ok: queued as NSoyxnJlQsLq7B'
Sun Mar  2 19:00:51 2025 Info: Message finished MID 30649824 done
Sun Mar  2 19:00:52 2025 Info: DCID 5890637 close
Sun Mar  2 19:00:52 2025 Info: Message done DCID 5890638 MID 30649821 to RID [0]
Sun Mar  2 19:00:52 2025 Info: MID 30649821 RID [0] Response '2.0.0 OK  1770230605 oaly4n3jqxgisi5771603.87 - gsmtp'
Sun Mar  2 19:00:52 2025 Info: Message finished MID 30649821 done
Sun Mar  2 19:00:52 2025 Info: DCID 5890639 close
Sun Mar  2 19:00:53 2025 Info: Message done DCID 5890640 MID 30649822 to RID [0]
Sun Mar  2 19:00:53 2025 Info: MID 30649822 RID [0] Response '2.0.0 OK  1725787943 vi7fmzduyxslsi3649295.75 - gsmtp'
Sun Mar  2 19:00:53 2025 Info: Message finished MID 30649822 done
Sun Mar  2 19:00:54 2025 Info: DCID 5890633 close
Sun Mar  2 19:00:57 2025 Info: DCID 5890641 close
Sun Mar  2 19:00:57 2025 Info: DCID 5890638 close
Sun Mar  2 19:00:58 2025 Info: DCID 5890636 close
Sun Mar  2 19:01:01 2025 Info: DCID 5890640 close
Sun Mar  2 19:01:42 2025 Info: New SMTP DCID 5890642 interface 192.0.2.110 address 198.51.100.223 port 25
Sun Mar  2 19:01:43 2025 Info: Delivery start DCID 5890642 MID 30649800 to RID [0]
Sun Mar  2 19:01:44 2025 Info: Message done DCID 5890642 MID 30649800 to RID [0]
Sun Mar  2 19:01:44 2025 Info: MID 30649800 RID [0] Response '2.0.0 OK  1789371711 wn8ebwdpdxqhsi2421428.17 - gsmtp'
Sun Mar  2 19:01:44 2025 Info: Message finished MID 30649800 done
Sun Mar  2 19:01:44 2025 Info: Delivery start DCID 5890642 MID 30649815 to RID [0]
Sun Mar  2 19:01:45 2025 Info: Message done DCID 5890642 MID 30649815 to RID [0]
Sun Mar  2 19:01:45 2025 Info: MID 30649815 RID [0] Response '2.0.0 OK  1796332942 pkwa0f5w2ujfsi1720171.61 - gsmtp'
Sun Mar  2 19:01:45 2025 Info: Message finished MID 30649815 done
Sun Mar  2 19:01:45 2025 Info: Delivery start DCID 5890642 MID 30649823 to RID [0]
Sun Mar  2 19:01:47 2025 Info: Message done DCID 5890642 MID 30649823 to RID [0]
Sun Mar  2 19:01:47 2025 Info: MID 30649823 RID [0] Response '2.0.0 OK  1775761649 tiyztrdklfmdsi8558194.89 - gsmtp'
Sun Mar  2 19:01:47 2025 Info: Message finished MID 30649823 done
Sun Mar  2 19:01:55 2025 Info: DCID 5890642 close
Sun Mar  2 19:02:52 2025 Info: New SMTP DCID 5890643 interface 192.0.2.110 address 198.51.100.33 port 25
Sun Mar  2 19:02:52 2025 Info: DCID 5890643 TLS success protocol TLSv1 cipher RC4-SHA
Sun Mar  2 19:02:52 2025 Info: Delivery start DCID 5890643 MID 30649801 to RID [0]
Sun Mar  2 19:02:55 2025 Info: Bounced: DCID 5890643 MID 30649801 to RID 0 - 5.1.0 - Unknown address error ('550', ['5.1.1 The email account that you tried to reach does not exist.']) []
Sun Mar  2 19:02:55 2025 Info: MID 30649826 was generated for bounce of MID 30649801
Sun Mar  2 19:02:55 2025 Info: Start MID 30649826 ICID 0
Sun Mar  2 19:02:55 2025 Info: Message finished MID 30649801 done
Sun Mar  2 19:02:55 2025 Info: MID 30649826 ICID 0 From: <>
Sun Mar  2 19:02:55 2025 Info: MID 30649826 ICID 0 RID 0 To: <newsletter@example.net>
Sun Mar  2 19:02:55 2025 Info: MID 30649826 ready 22788 bytes from <>
Sun Mar  2 19:02:55 2025 Info: MID 30649826 interim AV verdict using Sophos CLEAN
Sun Mar  2 19:02:55 2025 Info: MID 30649826 using engine: CASE spam negative
Sun Mar  2 19:02:55 2025 Info: MID 30649826 antivirus negative
Sun Mar  2 19:02:55 2025 Info: MID 30649826 using engine: GRAYMAIL negative
Sun Mar  2 19:02:55 2025 Info: MID 30649826 Outbreak Filters: verdict negative
Sun Mar  2 19:02:55 2025 Info: MID 30649826 queued for delivery
Sun Mar  2 19:02:55 2025 Info: New SMTP DCID 5890644 interface 192.0.2.110 address 10.20.0.10 port 25
Sun Mar  2 19:02:55 2025 Info: DCID 5890644 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sun Mar  2 19:02:55 2025 Info: Delivery start DCID 5890644 MID 30649826 to RID [0]
Sun Mar  2 19:02:55 2025 Info: Message done DCID 5890644 MID 30649826 to RID [0]
Sun Mar  2 19:02:55 2025 Info: MID 30649826 RID [0] Response '2.6.0 <YDcnnsBvLK1lHMdFUabiBwN2@example.net> [InternalId=70058554478, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Sun Mar  2 19:02:55 2025 Info: Message finished MID 30649826 done
Sun Mar  2 19:02:56 2025 Info: DCID 5890643 close
Sun Mar  2 19:03:03 2025 Info: DCID 5890644 close
Sun Mar  2 19:04:38 2025 Info: New SMTP DCID 5890645 interface 192.0.2.110 address 203.0.113.252 port 25
Sun Mar  2 19:04:39 2025 Info: DCID 5890645 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Sun Mar  2 19:04:39 2025 Info: Delivery start DCID 5890645 MID 30649808 to RID [0]
Sun Mar  2 19:04:39 2025 Info: Message done DCID 5890645 MID 30649808 to RID [0]
Sun Mar  2 19:04:39 2025 Info: MID 30649808 RID [0] Response '2.0.0 Ok: queued as RI61vU06P4MIr5'
Sun Mar  2 19:04:39 2025 Info: Message finished MID 30649808 done
Sun Mar  2 19:04:47 2025 Info: DCID 5890645 close
Sun Mar  2 19:09:07 2025 Info: New SMTP ICID 36841549 interface Data 1 (192.0.2.10) address 203.0.113.198 reverse dns host mx9.red-consulting.example verified yes
Sun Mar  2 19:09:07 2025 Info: ICID 36841549 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.5 country Brazil
Sun Mar  2 19:09:07 2025 Info: ICID 36841549 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Sun Mar  2 19:09:09 2025 Info: Start MID 30649827 ICID 36841549
Sun Mar  2 19:09:09 2025 Info: MID 30649827 ICID 36841549 From: <alerts@red-consulting.example>
Sun Mar  2 19:09:09 2025 Info: MID 30649827 ICID 36841549 RID 0 To: <rosa.berg@example.net>
Sun Mar  2 19:09:09 2025 Info: MID 30649827 ICID 36841549 RID 1 To: <sales@example.net>
Sun Mar  2 19:09:09 2025 Info: MID 30649827 Message-ID '<IglA0aOL2REL5QYF.49193@red-consulting.example>'
Sun Mar  2 19:09:09 2025 Info: MID 30649827 Subject 'Project Atlas status'
Sun Mar  2 19:09:09 2025 Info: MID 30649827 ready 42977 bytes from <alerts@red-consulting.example>
Sun Mar  2 19:09:10 2025 Info: Start MID 30649828 ICID 36841549
Sun Mar  2 19:09:10 2025 Info: MID 30649828 ICID 36841549 From: <sean.kowalski@red-consulting.example>
Sun Mar  2 19:09:10 2025 Info: MID 30649828 ICID 36841549 RID 0 To: <umar.haddad@example.net>
Sun Mar  2 19:09:10 2025 Info: MID 30649828 ICID 36841549 RID 1 To: <ben.ivanova@example.net>
Sun Mar  2 19:09:10 2025 Info: MID 30649828 ICID 36841549 RID 2 To: <hugo10@example.net>
Sun Mar  2 19:09:10 2025 Info: MID 30649828 ICID 36841549 RID 3 To: <farid.schmidt@example.net>
Sun Mar  2 19:09:10 2025 Info: MID 30649828 ICID 36841549 RID 4 To: <nils.jensen@example.org>
Sun Mar  2 19:09:10 2025 Info: MID 30649827 SPF: mailfrom identity alerts@red-consulting.example Pass (v=spf1)
Sun Mar  2 19:09:10 2025 Info: MID 30649827 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar  2 19:09:10 2025 Info: MID 30649827 interim verdict using engine: CASE spam negative
Sun Mar  2 19:09:10 2025 Info: MID 30649828 Message-ID '<iMfTQagtwpjCrHUc.23974@red-consulting.example>'
Sun Mar  2 19:09:10 2025 Info: MID 30649828 Subject 'Newsletter: March edition'
Sun Mar  2 19:09:10 2025 Info: MID 30649828 ready 34375 bytes from <sean.kowalski@red-consulting.example>
Sun Mar  2 19:09:10 2025 Info: ICID 36841549 close
Sun Mar  2 19:09:10 2025 Info: MID 30649828 SPF: mailfrom identity sean.kowalski@red-consulting.example Pass (v=spf1)
Sun Mar  2 19:09:10 2025 Info: MID 30649828 DKIM: pass signature verified (d=red-consulting.example s=selector1 i=@red-consulting.example)
Sun Mar  2 19:09:10 2025 Info: MID 30649828 DMARC: Message from domain red-consulting.example, DMARC pass (SPF aligned True, DKIM aligned True)
Sun Mar  2 19:09:10 2025 Info: MID 30649828 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: red-consulting.example
Sun Mar  2 19:09:10 2025 Info: MID 30649828 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar  2 19:09:10 2025 Info: MID 30649828 interim verdict using engine: CASE spam negative
Sun Mar  2 19:09:11 2025 Info: MID 30649828 interim AV verdict using Sophos CLEAN
Sun Mar  2 19:09:11 2025 Info: MID 30649828 AMP file reputation verdict : SKIPPED (no attachment in message)
Sun Mar  2 19:09:11 2025 Info: MID 30649828 using engine: CASE spam negative
Sun Mar  2 19:09:11 2025 Info: MID 30649828 antivirus negative
Sun Mar  2 19:09:11 2025 Info: MID 30649828 using engine: GRAYMAIL negative
Sun Mar  2 19:09:11 2025 Info: MID 30649828 Outbreak Filters: verdict negative
Sun Mar  2 19:09:11 2025 Info: MID 30649828 queued for delivery
Sun Mar  2 19:09:11 2025 Info: New SMTP DCID 5890646 interface 192.0.2.110 address 10.30.0.25 port 25
Sun Mar  2 19:09:11 2025 Info: DCID 5890646 TLS was required but could not be successfully negotiated
Sun Mar  2 19:09:11 2025 Info: DCID 5890646 close
Sun Mar  2 19:09:11 2025 Info: New SMTP DCID 5890647 interface 192.0.2.110 address 10.20.0.11 port 25
Sun Mar  2 19:09:12 2025 Info: DCID 5890647 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sun Mar  2 19:09:12 2025 Info: Delivery start DCID 5890647 MID 30649828 to RID [0, 1, 2, 3]
Sun Mar  2 19:09:12 2025 Info: Message done DCID 5890647 MID 30649828 to RID [0, 1, 2, 3]
Sun Mar  2 19:09:12 2025 Info: MID 30649828 RID [0, 1, 2, 3] Response '2.6.0 <If4V3HZrHJCzXqIDwHAxGrAU@example.net> [InternalId=29528237670, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
