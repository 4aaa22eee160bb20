Mon Mar  3 10:11:20 2025 Info: Begin Logfile
Mon Mar  3 10:11:20 2025 Info: Version: 14.3.0-032 SN: 428B41608EA426B8EE4C-6DBE2B34D750
Mon Mar  3 10:11:20 2025 Info: Time offset from UTC: 3600 seconds
Mon Mar  3 10:11:20 2025 Info: New SMTP DCID 6086844 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 10:11:20 2025 Info: DCID 6086844 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 10:11:20 2025 Info: Delivery start DCID 6086844 MID 27839732 to RID [2]
Mon Mar  3 10:11:20 2025 Info: Message done DCID 6086844 MID 27839732 to RID [2]
Mon Mar  3 10:11:20 2025 Info: MID 27839732 RID [2] Response '2.6.0 <bHFnXxlHAe6XUJ1LIu5uJodc@example.net> [InternalId=55189242479, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:11:20 2025 Info: Message finished MID 27839732 done
Mon Mar  3 10:11:24 2025 Info: DCID 6086844 close
Mon Mar  3 10:11:24 2025 Info: DCID 6086843 close
Mon Mar  3 10:27:41 2025 Info: New SMTP ICID 884535 interface Data 2 (10.20.0.21) address 10.20.1.10 reverse dns host exch01.corp.example.net verified yes
Mon Mar  3 10:27:41 2025 Info: ICID 884535 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 10:27:42 2025 Info: ICID 884535 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 10:27:43 2025 Info: Start MID 27839733 ICID 884535
Mon Mar  3 10:27:43 2025 Info: MID 27839733 ICID 884535 From: <ben.kowalski@example.org>
Mon Mar  3 10:27:43 2025 Info: MID 27839733 ICID 884535 RID 0 To: <anna35@clearretail.example.de>
Mon Mar  3 10:27:43 2025 Info: MID 27839733 Message-ID '<GtqEJ1LzwTJLqaad.84099@exch01.corp.example.net>'
Mon Mar  3 10:27:43 2025 Info: MID 27839733 Subject ''
Mon Mar  3 10:27:43 2025 Info: MID 27839733 ready 19463 bytes from <ben.kowalski@example.org>
Mon Mar  3 10:27:43 2025 Info: MID 27839733 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 10:27:44 2025 Info: ICID 884535 close
Mon Mar  3 10:27:45 2025 Info: MID 27839733 antivirus negative
Mon Mar  3 10:27:45 2025 Info: MID 27839733 Outbreak Filters: verdict negative
Mon Mar  3 10:27:45 2025 Info: MID 27839733 queued for delivery
Mon Mar  3 10:27:46 2025 Info: New SMTP DCID 6086845 interface 192.0.2.111 address 198.51.100.174 port 25
Mon Mar  3 10:27:46 2025 Info: DCID 6086845 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 10:27:46 2025 Info: Delivery start DCID 6086845 MID 27839733 to RID [0]
Mon Mar  3 10:27:46 2025 Info: Message done DCID 6086845 MID 27839733 to RID [0]
Mon Mar  3 10:27:46 2025 Info: MID 27839733 RID [0] Response '2.0.0 Ok: queued as MF9nbuUMwScISf'
Mon Mar  3 10:27:46 2025 Info: Message finished MID 27839733 done
Mon Mar  3 10:27:55 2025 Info: DCID 6086845 close
Mon Mar  3 10:30:29 2025 Info: New SMTP ICID 884536 interface Data 1 (192.0.2.11) address 203.0.113.103 reverse dns host unknown verified no
Mon Mar  3 10:30:29 2025 Info: ICID 884536 REJECT SG BLOCKED_LIST match sbrs[-10.0:-3.0] SBRS -8.8 country Ireland
Mon Mar  3 10:30:29 2025 Info: ICID 884536 close
Mon Mar  3 10:43:38 2025 Info: New SMTP ICID 884537 interface Data 1 (192.0.2.11) address 203.0.113.131 reverse dns host mx8.metrofinance.test verified yes
Mon Mar  3 10:43:38 2025 Info: ICID 884537 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -1.0 country United Kingdom
Mon Mar  3 10:43:38 2025 Info: Start MID 27839734 ICID 884537
Mon Mar  3 10:43:38 2025 Info: MID 27839734 ICID 884537 From: <info@metrofinance.test>
Mon Mar  3 10:43:38 2025 Info: MID 27839734 ICID 884537 RID 0 To: <jonas27@example.org>
Mon Mar  3 10:43:39 2025 Info: MID 27839734 Subject 'It\'s \'urgent\' say "they"'
Mon Mar  3 10:43:39 2025 Info: MID 27839734 ready 40555 bytes from <info@metrofinance.test>
Mon Mar  3 10:43:39 2025 Info: MID 27839734 SPF: mailfrom identity info@metrofinance.test Pass (v=spf1)
Mon Mar  3 10:43:39 2025 Info: MID 27839734 DKIM: pass signature verified (d=metrofinance.test s=selector1 i=@metrofinance.test)
Mon Mar  3 10:43:39 2025 Info: MID 27839734 DMARC: Message from domain metrofinance.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 10:43:39 2025 Info: MID 27839734 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 10:43:39 2025 Info: MID 27839734 interim verdict using engine: CASE spam negative
Mon Mar  3 10:43:39 2025 Info: ICID 884537 close
Mon Mar  3 10:43:41 2025 Info: MID 27839734 interim AV verdict using Sophos CLEAN
Mon Mar  3 10:43:41 2025 Info: MID 27839734 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 10:43:41 2025 Info: MID 27839734 using engine: CASE spam negative
Mon Mar  3 10:43:41 2025 Info: MID 27839734 antivirus negative
Mon Mar  3 10:43:41 2025 Info: MID 27839734 using engine: GRAYMAIL negative
Mon Mar  3 10:43:41 2025 Info: MID 27839734 Outbreak Filters: verdict negative
Mon Mar  3 10:43:41 2025 Info: MID 27839734 queued for delivery
Mon Mar  3 10:43:41 2025 Info: New SMTP DCID 6086846 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 10:43:41 2025 Info: DCID 6086846 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Mon Mar  3 10:43:41 2025 Info: Delivery start DCID 6086846 MID 27839734 to RID [0]
Mon Mar  3 10:43:42 2025 Info: Message done DCID 6086846 MID 27839734 to RID [0]
Mon Mar  3 10:43:42 2025 Info: MID 27839734 RID [0] Response '2.6.0 <thae5muGTZA6JGRuMuk7iP7B@example.net> [InternalId=41402615876, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:43:42 2025 Info: Message finished MID 27839734 done
Mon Mar  3 10:43:50 2025 Info: DCID 6086846 close
Mon Mar  3 11:06:57 2025 Info: New SMTP ICID 884538 interface Data 1 (192.0.2.11) address 198.51.100.20 reverse dns host mx8.bright-insurance.example verified yes
Mon Mar  3 11:06:57 2025 Info: ICID 884538 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.3 country Germany
Mon Mar  3 11:06:58 2025 Info: ICID 884538 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 11:06:59 2025 Info: Start MID 27839735 ICID 884538
Mon Mar  3 11:06:59 2025 Info: MID 27839735 ICID 884538 From: <ines42@bright-insurance.example>
Mon Mar  3 11:06:59 2025 Info: MID 27839735 ICID 884538 RID 0 To: <rosa.mueller@example.net>
Mon Mar  3 11:07:00 2025 Info: MID 27839735 Message-ID '<c7oj5FAitOKsN79F.13404@bright-insurance.example>'
Mon Mar  3 11:07:00 2025 Info: MID 27839735 Subject 'Angebot für Müller GmbH'
Mon Mar  3 11:07:00 2025 Info: MID 27839735 ready 9577 bytes from <ines42@bright-insurance.example>
Mon Mar  3 11:07:00 2025 Info: ICID 884538 close
Mon Mar  3 11:07:00 2025 Info: MID 27839735 SPF: mailfrom identity ines42@bright-insurance.example Pass (v=spf1)
Mon Mar  3 11:07:00 2025 Info: MID 27839735 DKIM: pass signature verified (d=bright-insurance.example s=selector1 i=@bright-insurance.example)
Mon Mar  3 11:07:00 2025 Info: MID 27839735 DMARC: Message from domain bright-insurance.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 11:07:00 2025 Info: MID 27839735 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 11:07:00 2025 Info: MID 27839735 interim verdict using engine: CASE spam negative
Mon Mar  3 11:07:02 2025 Info: MID 27839735 interim AV verdict using Sophos CLEAN
Mon Mar  3 11:07:02 2025 Info: MID 27839735 using engine: CASE spam negative
Mon Mar  3 11:07:02 2025 Info: MID 27839735 antivirus negative
Mon Mar  3 11:07:02 2025 Info: MID 27839735 using engine: GRAYMAIL negative
Mon Mar  3 11:07:02 2025 Info: MID 27839735 Outbreak Filters: verdict negative
Mon Mar  3 11:07:02 2025 Info: MID 27839735 queued for delivery
Mon Mar  3 11:07:03 2025 Info: New SMTP DCID 6086847 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 11:07:03 2025 Info: DCID 6086847 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 11:07:03 2025 Info: Delivery start DCID 6086847 MID 27839735 to RID [0]
Mon Mar  3 11:07:03 2025 Info: Message done DCID 6086847 MID 27839735 to RID [0]
Mon Mar  3 11:07:03 2025 Info: MID 27839735 RID [0] Response '2.6.0 <GgSry1KBHzQejTfRuKnJYh0w@example.net> [InternalId=62033233242, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 11:07:03 2025 Info: Message finished MID 27839735 done
Mon Mar  3 11:07:05 2025 Info: DCID 6086847 close
Mon Mar  3 11:23:42 2025 Info: New SMTP ICID 884539 interface Data 2 (10.20.0.21) address 10.20.1.10 reverse dns host exch04.corp.example.net verified yes
Mon Mar  3 11:23:42 2025 Info: ICID 884539 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 11:23:42 2025 Info: ICID 884539 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 11:23:43 2025 Info: Start MID 27839736 ICID 884539
Mon Mar  3 11:23:43 2025 Info: MID 27839736 ICID 884539 From: <olga.kim@example.net>
Mon Mar  3 11:23:43 2025 Info: MID 27839736 ICID 884539 RID 0 To: <umar.mueller@bigmail.example>
Mon Mar  3 11:23:44 2025 Info: MID 27839736 Message-ID '<bfZBNzCjYhBGJp87.94411@exch01.corp.example.net>'
Mon Mar  3 11:23:44 2025 Info: MID 27839736 Subject 'Q1 plan (v2)'
Mon Mar  3 11:23:44 2025 Info: MID 27839736 ready 52577 bytes from <olga.kim@example.net>
Mon Mar  3 11:23:44 2025 Info: ICID 884539 lost
Mon Mar  3 11:23:44 2025 Info: ICID 884539 close
Mon Mar  3 11:23:44 2025 Info: MID 27839736 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 11:23:47 2025 Info: MID 27839736 antivirus negative
Mon Mar  3 11:23:47 2025 Info: MID 27839736 Outbreak Filters: verdict negative
Mon Mar  3 11:23:47 2025 Info: MID 27839736 queued for delivery
Mon Mar  3 11:23:47 2025 Info: New SMTP DCID 6086848 interface 192.0.2.111 address 198.51.100.222 port 25
Mon Mar  3 11:23:47 2025 Info: DCID 6086848 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 11:23:47 2025 Info: Delivery start DCID 6086848 MID 27839736 to RID [0]
Mon Mar  3 11:23:48 2025 Info: Message done DCID 6086848 MID 27839736 to RID [0]
Mon Mar  3 11:23:48 2025 Info: MID 27839736 RID [0] Response '2.0.0 OK  1744259732 rm67idvpm8sksi3832291.29 - gsmtp'
Mon Mar  3 11:23:48 2025 Info: Message finished MID 27839736 done
Mon Mar  3 11:23:52 2025 Info: DCID 6086848 close
Mon Mar  3 11:35:35 2025 Info: New SMTP ICID 884540 interface Data 2 (10.20.0.21) address 10.20.1.12 reverse dns host exch01.corp.example.net verified yes
Mon Mar  3 11:35:35 2025 Info: ICID 884540 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 11:35:35 2025 Info: ICID 884540 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 11:35:36 2025 Info: Start MID 27839737 ICID 884540
Mon Mar  3 11:35:36 2025 Info: MID 27839737 ICID 884540 From: <hugo69@example.org>
Mon Mar  3 11:35:36 2025 Info: MID 27839737 ICID 884540 RID 0 To: <sven.berg@sunnyretail.example.com>
Mon Mar  3 11:35:36 2025 Info: MID 27839737 ICID 884540 RID 1 To: <zoe.costa@quietenergy.example>
Mon Mar  3 11:35:36 2025 Info: MID 27839737 ICID 884540 RID 2 To: <farid86@brightsystems.example.de>
Mon Mar  3 11:35:36 2025 Info: MID 27839737 ICID 884540 RID 3 To: <liam.ivanova@brightsystems.example.de>
Mon Mar  3 11:35:36 2025 Info: MID 27839737 ICID 884540 RID 4 To: <wei8@quietenergy.example>
Mon Mar  3 11:35:36 2025 Info: MID 27839737 ICID 884540 RID 5 To: <yusuf46@brightsystems.example.de>
Mon Mar  3 11:35:36 2025 Info: MID 27839737 ICID 884540 RID 6 To: <tara.berg@brightsystems.example.de>
Mon Mar  3 11:35:36 2025 Info: MID 27839737 ICID 884540 RID 7 To: <yusuf.rossi@sunnyretail.example.com>
Mon Mar  3 11:35:36 2025 Info: MID 27839737 ICID 884540 RID 8 To: <nils89@example.net>
Mon Mar  3 11:35:36 2025 Info: MID 27839737 ICID 884540 RID 9 To: <hugo.garcia@summitsystems.example.com>
Mon Mar  3 11:35:36 2025 Info: MID 27839737 ICID 884540 RID 10 To: <maria.silva@example.net>
Mon Mar  3 11:35:37 2025 Info: MID 27839737 Message-ID '<TdIdZl9UG8qvvs1O.13615@exch01.corp.example.net>'
Mon Mar  3 11:35:37 2025 Info: MID 27839737 Subject 'Shipping update for order 88213'
Mon Mar  3 11:35:37 2025 Info: MID 27839737 ready 16827 bytes from <hugo69@example.org>
Mon Mar  3 11:35:37 2025 Debug: MID 27839737 ICID 884540 TLS read 16827 bytes (1.399 seconds)
Mon Mar  3 11:35:37 2025 Info: MID 27839737 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 11:35:38 2025 Info: MID 27839737 antivirus negative
Mon Mar  3 11:35:38 2025 Info: MID 27839737 Outbreak Filters: verdict negative
Mon Mar  3 11:35:38 2025 Info: MID 27839737 queued for delivery
Mon Mar  3 11:35:38 2025 Info: Start MID 27839738 ICID 884540
Mon Mar  3 11:35:38 2025 Info: MID 27839738 ICID 884540 From: <umar.tanaka@example.org>
Mon Mar  3 11:35:38 2025 Info: MID 27839738 ICID 884540 RID 0 To: <ben.schmidt@metrobank.test>
Mon Mar  3 11:35:38 2025 Info: New SMTP DCID 6086849 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 11:35:38 2025 Info: New SMTP DCID 6086850 interface 192.0.2.111 address 198.51.100.152 port 25
Mon Mar  3 11:35:38 2025 Info: DCID 6086850 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 11:35:38 2025 Info: Delivery start DCID 6086850 MID 27839737 to RID [2, 3, 5, 6]
Mon Mar  3 11:35:38 2025 Info: New SMTP DCID 6086851 interface 192.0.2.111 address 198.51.100.149 port 25
Mon Mar  3 11:35:38 2025 Info: New SMTP DCID 6086852 interface 192.0.2.111 address 203.0.113.66 port 25
Mon Mar  3 11:35:38 2025 Info: Delivery start DCID 6086849 MID 27839737 to RID [8, 10]
Mon Mar  3 11:35:38 2025 Info: New SMTP DCID 6086853 interface 192.0.2.111 address 203.0.113.162 port 25
Mon Mar  3 11:35:38 2025 Info: Delivery start DCID 6086852 MID 27839737 to RID [1, 4]
Mon Mar  3 11:35:38 2025 Info: MID 27839738 Message-ID '<ftCZWrb5JeWKktAr.23738@exch01.corp.example.net>'
Mon Mar  3 11:35:38 2025 Info: MID 27839738 Subject ''
Mon Mar  3 11:35:38 2025 Info: MID 27839738 ready 50906 bytes from <umar.tanaka@example.org>
Mon Mar  3 11:35:38 2025 Info: DCID 6086851 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 11:35:38 2025 Info: Delivery start DCID 6086851 MID 27839737 to RID [0, 7]
Mon Mar  3 11:35:38 2025 Info: DCID 6086853 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Mon Mar  3 11:35:38 2025 Info: Delivery start DCID 6086853 MID 27839737 to RID [9]
Mon Mar  3 11:35:38 2025 Info: Message done DCID 6086850 MID 27839737 to RID [2, 3, 5, 6]
Mon Mar  3 11:35:38 2025 Info: MID 27839737 RID [2, 3, 5, 6] Response '2.0.0 Ok: queued as awPPT1qBYgJCxY'
Mon Mar  3 11:35:38 2025 Info: Start MID 27839739 ICID 884540
Mon Mar  3 11:35:38 2025 Info: MID 27839739 ICID 884540 From: <wei.smith@example.org>
Mon Mar  3 11:35:38 2025 Info: MID 27839739 ICID 884540 RID 0 To: <aoife21@webpost.example>
Mon Mar  3 11:35:38 2025 Info: Message done DCID 6086849 MID 27839737 to RID [8, 10]
Mon Mar  3 11:35:38 2025 Info: MID 27839737 RID [8, 10] Response '2.6.0 <3rFfGh7U0AsVKTGoKodbrZzS@example.net> [InternalId=96523216287, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 11:35:39 2025 Info: MID 27839739 Message-ID '<rGZfERq2BVICgrah.47773@exch01.corp.example.net>'
Mon Mar  3 11:35:39 2025 Info: MID 27839739 Subject 'Shipping update for order 88213'
Mon Mar  3 11:35:39 2025 Info: MID 27839739 ready 56233 bytes from <wei.smith@example.org>
Mon Mar  3 11:35:39 2025 Debug: MID 27839739 ICID 884540 TLS read 56233 bytes (0.804 seconds)
Mon Mar  3 11:35:39 2025 Info: Message done DCID 6086852 MID 27839737 to RID [1, 4]
Mon Mar  3 11:35:39 2025 Info: MID 27839737 RID [1, 4] Response '2.0.0 Ok: queued as KbpBQito1CaCFg'
Mon Mar  3 11:35:39 2025 Info: Message done DCID 6086851 MID 27839737 to RID [0, 7]
Mon Mar  3 11:35:39 2025 Info: MID 27839737 RID [0, 7] Response '2.0.0 Ok: queued as EhKjlvHOoLmV8d'
Mon Mar  3 11:35:39 2025 Info: MID 27839738 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 11:35:39 2025 Info: Message done DCID 6086853 MID 27839737 to RID [9]
Mon Mar  3 11:35:39 2025 Info: MID 27839737 RID [9] Response '2.0.0 Ok: queued as R36zM7UjbkIwnY'
Mon Mar  3 11:35:39 2025 Info: Message finished MID 27839737 done
Mon Mar  3 11:35:39 2025 Info: MID 27839739 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 11:35:39 2025 Info: MID 27839738 antivirus negative
Mon Mar  3 11:35:39 2025 Info: MID 27839738 Outbreak Filters: verdict negative
Mon Mar  3 11:35:39 2025 Info: MID 27839738 queued for delivery
Mon Mar  3 11:35:40 2025 Info: New SMTP DCID 6086854 interface 192.0.2.111 address 198.51.100.22 port 25
Mon Mar  3 11:35:40 2025 Info: DCID 6086854 TLS success protocol TLSv1 cipher AES128-SHA
Mon Mar  3 11:35:40 2025 Info: Delivery start DCID 6086854 MID 27839738 to RID [0]
Mon Mar  3 11:35:40 2025 Info: Message done DCID 6086854 MID 27839738 to RID [0]
Mon Mar  3 11:35:40 2025 Info: MID 27839738 RID [0] Response '2.0.0 Ok: queued as VJdRvmkibY63xI'
Mon Mar  3 11:35:40 2025 Info: Message finished MID 27839738 done
Mon Mar  3 11:35:41 2025 Info: Start MID 27839740 ICID 884540
Mon Mar  3 11:35:41 2025 Info: MID 27839740 ICID 884540 From: <greta.costa@example.org>
Mon Mar  3 11:35:41 2025 Info: MID 27839740 ICID 884540 RID 0 To: <wei.fischer@summit-bank.test>
Mon Mar  3 11:35:41 2025 Info: MID 27839739 antivirus negative
Mon Mar  3 11:35:41 2025 Info: MID 27839739 Outbreak Filters: verdict negative
Mon Mar  3 11:35:41 2025 Info: MID 27839739 queued for delivery
Mon Mar  3 11:35:41 2025 Info: New SMTP DCID 6086855 interface 192.0.2.111 address 203.0.113.238 port 25
Mon Mar  3 11:35:41 2025 Info: MID 27839740 Message-ID '<07lOb7l7AOzLph5Z.78129@exch01.corp.example.net>'
Mon Mar  3 11:35:41 2025 Info: MID 27839740 Subject "Re: Customer's feedback"
Mon Mar  3 11:35:41 2025 Info: MID 27839740 ready 28806 bytes from <greta.costa@example.org>
Mon Mar  3 11:35:41 2025 Info: Start MID 27839741 ICID 884540
Mon Mar  3 11:35:41 2025 Info: MID 27839741 ICID 884540 From: <hugo.kim@example.org>
Mon Mar  3 11:35:41 2025 Info: MID 27839741 ICID 884540 RID 0 To: <olga10@cedarairlines.example.com>
Mon Mar  3 11:35:41 2025 Info: MID 27839741 ICID 884540 RID 1 To: <rosa17@summitsystems.example.co.uk>
Mon Mar  3 11:35:41 2025 Info: DCID 6086855 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 11:35:41 2025 Info: Delivery start DCID 6086855 MID 27839739 to RID [0]
Mon Mar  3 11:35:41 2025 Info: DCID 6086852 close
Mon Mar  3 11:35:41 2025 Info: MID 27839740 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 11:35:41 2025 Info: Start MID 27839742 ICID 0
Mon Mar  3 11:35:41 2025 Info: MID 27839742 was generated based on MID 27839740 by bcc filter 'Archive Copy'
Mon Mar  3 11:35:41 2025 Info: MID 27839741 Subject "O'Brien & Sons proposal"
Mon Mar  3 11:35:41 2025 Info: MID 27839741 ready 5438 bytes from <hugo.kim@example.org>
Mon Mar  3 11:35:42 2025 Info: MID 27839742 ICID 0 From: <greta.costa@example.org>
Mon Mar  3 11:35:42 2025 Info: MID 27839742 ICID 0 RID 0 To: <journal@archive.example.net>
Mon Mar  3 11:35:42 2025 Info: MID 27839742 ready 29156 bytes from <greta.costa@example.org>
Mon Mar  3 11:35:42 2025 Info: Start MID 27839743 ICID 884540
Mon Mar  3 11:35:42 2025 Info: MID 27839743 ICID 884540 From: <greta.ivanova@example.org>
Mon Mar  3 11:35:42 2025 Info: MID 27839743 ICID 884540 RID 0 To: <nils.okafor@polarretail.test>
Mon Mar  3 11:35:42 2025 Info: MID 27839742 antivirus negative
Mon Mar  3 11:35:42 2025 Info: MID 27839742 Outbreak Filters: verdict negative
Mon Mar  3 11:35:42 2025 Info: MID 27839742 queued for delivery
Mon Mar  3 11:35:42 2025 Info: MID 27839740 antivirus negative
Mon Mar  3 11:35:42 2025 Info: MID 27839740 Outbreak Filters: verdict negative
Mon Mar  3 11:35:42 2025 Info: MID 27839740 queued for delivery
Mon Mar  3 11:35:42 2025 Info: New SMTP DCID 6086856 interface 192.0.2.111 address 10.20.0.40 port 25
Mon Mar  3 11:35:42 2025 Info: New SMTP DCID 6086857 interface 192.0.2.111 address 203.0.113.190 port 25
Mon Mar  3 11:35:42 2025 Info: MID 27839741 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 11:35:42 2025 Info: DCID 6086857 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 11:35:42 2025 Info: Delivery start DCID 6086857 MID 27839740 to RID [0]
Mon Mar  3 11:35:42 2025 Info: DCID 6086856 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 11:35:42 2025 Info: Delivery start DCID 6086856 MID 27839742 to RID [0]
Mon Mar  3 11:35:42 2025 Info: MID 27839743 Message-ID '<Fmp6ET76TCv3vFsa.93331@exch01.corp.example.net>'
Mon Mar  3 11:35:42 2025 Info: MID 27839743 Subject 'Project Atlas status'
Mon Mar  3 11:35:42 2025 Info: MID 27839743 ready 8371 bytes from <greta.ivanova@example.org>
Mon Mar  3 11:35:43 2025 Info: Message done DCID 6086856 MID 27839742 to RID [0]
Mon Mar  3 11:35:43 2025 Info: MID 27839742 RID [0] Response '2.0.0 Ok: queued as 4EsWkoVAcg3ZLo'
Mon Mar  3 11:35:43 2025 Info: Message finished MID 27839742 done
Mon Mar  3 11:35:43 2025 Info: ICID 884540 close
Mon Mar  3 11:35:43 2025 Info: Message done DCID 6086857 MID 27839740 to RID [0]
Mon Mar  3 11:35:43 2025 Info: MID 27839740 RID [0] Response '2.0.0 Ok: queued as rg4zDJUiOmuOuP'
Mon Mar  3 11:35:43 2025 Info: Message finished MID 27839740 done
Mon Mar  3 11:35:43 2025 Info: MID 27839743 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 11:35:44 2025 Info: Message done DCID 6086855 MID 27839739 to RID [0]
Mon Mar  3 11:35:44 2025 Info: MID 27839739 RID [0] Response '2.0.0 OK  1713358188 76hbiul4pipfsi5596982.10 - gsmtp'
Mon Mar  3 11:35:44 2025 Info: Message finished MID 27839739 done
Mon Mar  3 11:35:44 2025 Info: MID 27839743 antivirus negative
Mon Mar  3 11:35:44 2025 Info: MID 27839743 Outbreak Filters: verdict negative
Mon Mar  3 11:35:44 2025 Info: MID 27839743 queued for delivery
Mon Mar  3 11:35:44 2025 Info: New SMTP DCID 6086858 interface 192.0.2.111 address 198.51.100.52 port 25
Mon Mar  3 11:35:44 2025 Info: DCID 6086851 close
Mon Mar  3 11:35:44 2025 Info: DCID 6086858 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 11:35:44 2025 Info: Delivery start DCID 6086858 MID 27839743 to RID [0]
Mon Mar  3 11:35:44 2025 Info: Message done DCID 6086858 MID 27839743 to RID [0]
Mon Mar  3 11:35:44 2025 Info: MID 27839743 RID [0] Response '2.0.0 Ok: queued as 8l98RiQJS7ycfW'
Mon Mar  3 11:35:44 2025 Info: Message finished MID 27839743 done
Mon Mar  3 11:35:45 2025 Info: MID 27839741 antivirus negative
Mon Mar  3 11:35:45 2025 Info: MID 27839741 Outbreak Filters: verdict negative
Mon Mar  3 11:35:45 2025 Info: MID 27839741 queued for delivery
Mon Mar  3 11:35:45 2025 Info: New SMTP DCID 6086859 interface 192.0.2.111 address 198.51.100.144 port 25
Mon Mar  3 11:35:45 2025 Info: New SMTP DCID 6086860 interface 192.0.2.111 address 198.51.100.63 port 25
Mon Mar  3 11:35:45 2025 Info: DCID 6086860 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 11:35:45 2025 Info: Delivery start DCID 6086860 MID 27839741 to RID [0]
Mon Mar  3 11:35:45 2025 Info: DCID 6086859 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 11:35:45 2025 Info: Delivery start DCID 6086859 MID 27839741 to RID [1]
Mon Mar  3 11:35:45 2025 Info: Message done DCID 6086859 MID 27839741 to RID [1]
Mon Mar  3 11:35:45 2025 Info: MID 27839741 RID [1] Response '2.0.0 Ok: queued as 7pREdt8WfdFXcj'
Mon Mar  3 11:35:45 2025 Info: Message done DCID 6086860 MID 27839741 to RID [0]
Mon Mar  3 11:35:45 2025 Info: MID 27839741 RID [0] Response '2.0.0 Ok: queued as fKYRuJcLWk4yTh'
Mon Mar  3 11:35:45 2025 Info: Message finished MID 27839741 done
Mon Mar  3 11:35:47 2025 Info: DCID 6086854 close
Mon Mar  3 11:35:47 2025 Info: DCID 6086855 close
Mon Mar  3 11:35:47 2025 Info: DCID 6086849 close
Mon Mar  3 11:35:48 2025 Info: DCID 6086853 close
Mon Mar  3 11:35:48 2025 Info: DCID 6086857 close
Mon Mar  3 11:35:48 2025 Info: DCID 6086850 close
Mon Mar  3 11:35:49 2025 Info: DCID 6086856 close
Mon Mar  3 11:35:52 2025 Info: DCID 6086858 close
Mon Mar  3 11:35:54 2025 Info: DCID 6086859 close
Mon Mar  3 11:35:55 2025 Info: DCID 6086860 close
Mon Mar  3 11:39:40 2025 Info: New SMTP ICID 884541 interface Data 2 (10.20.0.21) address 10.20.1.12 reverse dns host exch03.corp.example.net verified yes
Mon Mar  3 11:39:40 2025 Info: ICID 884541 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 11:39:41 2025 Info: ICID 884541 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 11:39:41 2025 Info: Start MID 27839744 ICID 884541
Mon Mar  3 11:39:41 2025 Info: MID 27839744 ICID 884541 From: <greta.tanaka@example.net>
Mon Mar  3 11:39:41 2025 Info: MID 27839744 ICID 884541 RID 0 To: <david17@polarpharma.example.de>
Mon Mar  3 11:39:41 2025 Info: MID 27839744 ICID 884541 RID 1 To: <yusuf.costa@clear-insurance.example.co.uk>
Mon Mar  3 11:39:41 2025 Info: MID 27839744 ICID 884541 RID 2 To: <farid.kowalski@ironfoods.example.com>
Mon Mar  3 11:39:42 2025 Info: MID 27839744 Message-ID '<jLSL526YDC2LE9ba.65249@exch01.corp.example.net>'
Mon Mar  3 11:39:42 2025 Info: MID 27839744 ready 1352 bytes from <greta.tanaka@example.net>
Mon Mar  3 11:39:42 2025 Info: ICID 884541 close
Mon Mar  3 11:39:42 2025 Info: MID 27839744 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 11:39:44 2025 Info: MID 27839744 antivirus negative
Mon Mar  3 11:39:44 2025 Info: MID 27839744 Outbreak Filters: verdict negative
Mon Mar  3 11:39:44 2025 Info: MID 27839744 queued for delivery
Mon Mar  3 11:39:44 2025 Info: New SMTP DCID 6086861 interface 192.0.2.111 address 203.0.113.204 port 25
Mon Mar  3 11:39:44 2025 Info: New SMTP DCID 6086862 interface 192.0.2.111 address 203.0.113.48 port 25
Mon Mar  3 11:39:44 2025 Info: New SMTP DCID 6086863 interface 192.0.2.111 address 203.0.113.189
Mon Mar  3 11:39:44 2025 Info: DCID 6086861 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 11:39:44 2025 Info: Delivery start DCID 6086861 MID 27839744 to RID [0]
Mon Mar  3 11:39:44 2025 Info: DCID 6086863 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 11:39:44 2025 Info: DCID 6086862 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 11:39:45 2025 Info: Delivery start DCID 6086863 MID 27839744 to RID [1]
Mon Mar  3 11:39:45 2025 Info: Delivery start DCID 6086862 MID 27839744 to RID [2]
Mon Mar  3 11:39:45 2025 Info: Message done DCID 6086861 MID 27839744 to RID [0]
Mon Mar  3 11:39:45 2025 Info: MID 27839744 RID [0] Response '2.0.0 Ok: queued as lQjqqdcBe0Mjlt'
Mon Mar  3 11:39:45 2025 Info: Message done DCID 6086863 MID 27839744 to RID [1]
Mon Mar  3 11:39:45 2025 Info: MID 27839744 RID [1] Response '2.0.0 Ok: queued as 2RpxHegUKOeZsu'
Mon Mar  3 11:39:45 2025 Info: Message done DCID 6086862 MID 27839744 to RID [2]
Mon Mar  3 11:39:45 2025 Info: MID 27839744 RID [2] Response '2.0.0 Ok: queued as jFFJhwUoPgkjtr'
Mon Mar  3 11:39:45 2025 Info: Message finished MID 27839744 done
Mon Mar  3 11:39:49 2025 Info: DCID 6086862 close
Mon Mar  3 11:39:49 2025 Info: DCID 6086861 close
Mon Mar  3 11:39:49 2025 Info: DCID 6086863 close
Mon Mar  3 11:42:03 2025 Info: New SMTP ICID 884542 interface Data 2 (10.20.0.21) address 10.20.1.11 reverse dns host exch02.corp.example.net verified yes
Mon Mar  3 11:42:03 2025 Info: ICID 884542 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 11:42:05 2025 Info: Start MID 27839745 ICID 884542
Mon Mar  3 11:42:05 2025 Info: MID 27839745 ICID 884542 From: <david.nguyen@example.net>
Mon Mar  3 11:42:05 2025 Info: MID 27839745 ICID 884542 RID 0 To: <ines75@example.net>
Mon Mar  3 11:42:05 2025 Info: MID 27839745 ICID 884542 RID 1 To: <nils.larsen@urban-retail.example.de>
Mon Mar  3 11:42:05 2025 Info: MID 27839745 Message-ID '<9b5oIL8wrrTQSC41.43272@exch01.corp.example.net>'
Mon Mar  3 11:42:05 2025 Info: MID 27839745 Subject "Re: Customer's feedback"
Mon Mar  3 11:42:05 2025 Info: MID 27839745 ready 21875 bytes from <david.nguyen@example.net>
Mon Mar  3 11:42:05 2025 Info: ICID 884542 close
Mon Mar  3 11:42:06 2025 Info: MID 27839745 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 11:42:06 2025 Info: MID 27839745 antivirus negative
Mon Mar  3 11:42:06 2025 Info: MID 27839745 Outbreak Filters: verdict negative
Mon Mar  3 11:42:06 2025 Info: MID 27839745 queued for delivery
Mon Mar  3 11:42:06 2025 Info: New SMTP DCID 6086864 interface 192.0.2.111 address 198.51.100.76 port 25
Mon Mar  3 11:42:06 2025 Info: New SMTP DCID 6086865 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 11:42:06 2025 Info: DCID 6086864 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 11:42:07 2025 Info: DCID 6086865 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 11:42:07 2025 Info: Delivery start DCID 6086865 MID 27839745 to RID [0]
Mon Mar  3 11:42:07 2025 Info: Delivery start DCID 6086864 MID 27839745 to RID [1]
Mon Mar  3 11:42:07 2025 Info: Message done DCID 6086865 MID 27839745 to RID [0]
Mon Mar  3 11:42:07 2025 Info: MID 27839745 RID [0] Response '2.6.0 <05oRu1GRqgreJkW5Eu66WZ6y@example.net> [InternalId=42961169459, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 11:42:07 2025 Info: Message done DCID 6086864 MID 27839745 to RID [1]
Mon Mar  3 11:42:07 2025 Info: MID 27839745 RID [1] Response '2.0.0 Ok: queued as N31hULBMzCeEIO'
Mon Mar  3 11:42:07 2025 Info: Message finished MID 27839745 done
Mon Mar  3 11:42:08 2025 Info: DCID 6086864 close
Mon Mar  3 11:42:15 2025 Info: DCID 6086865 close
Mon Mar  3 11:46:34 2025 Info: New SMTP ICID 884543 interface Data 1 (192.0.2.11) address 203.0.113.134 reverse dns host unknown verified no
Mon Mar  3 11:46:34 2025 Info: ICID 884543 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.8 country India
Mon Mar  3 11:46:34 2025 Info: ICID 884543 TLS failed: [Errno 54] Connection reset by peer
Mon Mar  3 11:46:35 2025 Info: Start MID 27839746 ICID 884543
Mon Mar  3 11:46:35 2025 Info: MID 27839746 ICID 884543 From: <wei.okafor@outlook.example.com>
Mon Mar  3 11:46:35 2025 Info: MID 27839746 ICID 884543 RID 0 To: <sean.nguyen@example.net>
Mon Mar  3 11:46:35 2025 Info: MID 27839746 ICID 884543 RID 1 To: <pablo86@example.net>
Mon Mar  3 11:46:35 2025 Info: MID 27839746 ICID 884543 RID 2 To: <emma55@example.net>
Mon Mar  3 11:46:35 2025 Info: MID 27839746 ICID 884543 RID 3 To: <jonas.costa@example.org>
Mon Mar  3 11:46:35 2025 Info: MID 27839746 ICID 884543 RID 4 To: <qi.ivanova@example.net>
Mon Mar  3 11:46:35 2025 Info: MID 27839746 ICID 884543 RID 5 To: <emma.obrien@example.net>
Mon Mar  3 11:46:35 2025 Info: MID 27839746 ICID 884543 RID 6 To: <carla.berg@example.net>
Mon Mar  3 11:46:35 2025 Info: MID 27839746 ICID 884543 RID 7 To: <farid.schmidt@example.net>
Mon Mar  3 11:46:35 2025 Info: MID 27839746 ICID 884543 RID 8 To: <ben.larsen@example.net>
Mon Mar  3 11:46:35 2025 Info: MID 27839746 Message-ID '<oBoxQVO0Y6Xy1wru.46593@outlook.example.com>'
Mon Mar  3 11:46:35 2025 Info: MID 27839746 Subject 'Your order has shipped'
Mon Mar  3 11:46:35 2025 Info: MID 27839746 ready 138918 bytes from <wei.okafor@outlook.example.com>
Mon Mar  3 11:46:36 2025 Info: MID 27839746 SPF: mailfrom identity wei.okafor@outlook.example.com Pass (v=spf1)
Mon Mar  3 11:46:36 2025 Info: MID 27839746 DKIM: pass signature verified (d=outlook.example.com s=selector1 i=@outlook.example.com)
Mon Mar  3 11:46:36 2025 Info: MID 27839746 DMARC: Message from domain outlook.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 11:46:36 2025 Info: MID 27839746 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 11:46:36 2025 Info: MID 27839746 interim verdict using engine: CASE spam negative
Mon Mar  3 11:46:36 2025 Info: MID 27839746 interim AV verdict using Sophos CLEAN
Mon Mar  3 11:46:36 2025 Info: MID 27839746 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 11:46:36 2025 Info: MID 27839746 using engine: CASE spam negative
Mon Mar  3 11:46:36 2025 Info: MID 27839746 antivirus negative
Mon Mar  3 11:46:36 2025 Info: MID 27839746 using engine: GRAYMAIL marketing_mail
Mon Mar  3 11:46:36 2025 Info: MID 27839746 Outbreak Filters: verdict negative
Mon Mar  3 11:46:36 2025 Info: MID 27839746 queued for delivery
Mon Mar  3 11:46:36 2025 Info: Start MID 27839747 ICID 884543
Mon Mar  3 11:46:36 2025 Info: MID 27839747 ICID 884543 From: <rosa.kowalski@outlook.example.com>
Mon Mar  3 11:46:36 2025 Info: MID 27839747 ICID 884543 RID 0 To: <zoe.smith@example.org>
Mon Mar  3 11:46:36 2025 Info: MID 27839747 ICID 884543 To: <emma.berg@clearmedia.test> Rejected by RAT
Mon Mar  3 11:46:36 2025 Info: New SMTP DCID 6086866 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 11:46:36 2025 Info: New SMTP DCID 6086867 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 11:46:37 2025 Info: DCID 6086867 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 11:46:37 2025 Info: Delivery start DCID 6086867 MID 27839746 to RID [3]
Mon Mar  3 11:46:37 2025 Info: DCID 6086866 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 11:46:37 2025 Info: Delivery start DCID 6086866 MID 27839746 to RID [0, 1, 2, 4, 5, 6, 7, 8]
Mon Mar  3 11:46:37 2025 Info: Message done DCID 6086867 MID 27839746 to RID [3]
Mon Mar  3 11:46:37 2025 Info: MID 27839746 RID [3] Response '2.6.0 <a55YQkKm8CwaTZNviCxkBc4a@example.net> [InternalId=35238656127, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 11:46:37 2025 Info: MID 27839747 Message-ID '<rEcPLglYnGYWSqZL.5006@outlook.example.com>'
Mon Mar  3 11:46:37 2025 Info: MID 27839747 Subject 'Welcome to the team'
Mon Mar  3 11:46:37 2025 Info: MID 27839747 ready 12058 bytes from <rosa.kowalski@outlook.example.com>
Mon Mar  3 11:46:38 2025 Info: ICID 884543 lost
Mon Mar  3 11:46:38 2025 Info: ICID 884543 close
Mon Mar  3 11:46:38 2025 Info: Delayed: DCID 6086866 MID 27839746 to RID 0 - 4.3.0 - Other mail system problem ('451', ['4.3.0 Temporary lookup failure']) []
Mon Mar  3 11:46:38 2025 Info: Message 27839746 to RID [0] pending till Mon Mar  3 11:49:44 2025
Mon Mar  3 11:46:38 2025 Info: Message done DCID 6086866 MID 27839746 to RID [1, 2, 4, 5, 6, 7, 8]
Mon Mar  3 11:46:38 2025 Info: MID 27839746 RID [1, 2, 4, 5, 6, 7, 8] Response '2.6.0 <lpDA3R81aLOnMIhtowx7w1Yz@example.net> [InternalId=17687401104, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 11:46:38 2025 Info: MID 27839747 SPF: mailfrom identity rosa.kowalski@outlook.example.com Pass (v=spf1)
Mon Mar  3 11:46:38 2025 Info: MID 27839747 DKIM: pass signature verified (d=outlook.example.com s=selector1 i=@outlook.example.com)
Mon Mar  3 11:46:38 2025 Info: MID 27839747 DMARC: Message from domain outlook.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 11:46:38 2025 Info: MID 27839747 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: outlook.example.com
Mon Mar  3 11:46:38 2025 Info: MID 27839747 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 11:46:38 2025 Info: MID 27839747 interim verdict using engine: CASE spam negative
Mon Mar  3 11:46:38 2025 Info: MID 27839747 interim AV verdict using Sophos CLEAN
Mon Mar  3 11:46:38 2025 Info: MID 27839747 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 11:46:38 2025 Info: MID 27839747 using engine: CASE spam negative
Mon Mar  3 11:46:38 2025 Info: MID 27839747 antivirus negative
Mon Mar  3 11:46:38 2025 Info: MID 27839747 using engine: GRAYMAIL negative
Mon Mar  3 11:46:38 2025 Info: MID 27839747 Outbreak Filters: verdict negative
Mon Mar  3 11:46:38 2025 Info: MID 27839747 queued for delivery
Mon Mar  3 11:46:38 2025 Info: Delivery start DCID 6086867 MID 27839747 to RID [0]
Mon Mar  3 11:46:39 2025 Info: Message done DCID 6086867 MID 27839747 to RID [0]
Mon Mar  3 11:46:39 2025 Info: MID 27839747 RID [0] Response '2.6.0 <92IlUHJMOgTqRaNUSJR6h5GW@example.net> [InternalId=56804107807, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 11:46:39 2025 Info: Message finished MID 27839747 done
Mon Mar  3 11:46:46 2025 Info: DCID 6086866 close
Mon Mar  3 11:46:48 2025 Info: DCID 6086867 close
Mon Mar  3 11:49:45 2025 Info: New SMTP DCID 6086868 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 11:49:45 2025 Info: Delivery start DCID 6086868 MID 27839746 to RID [0]
Mon Mar  3 11:49:45 2025 Info: Message done DCID 6086868 MID 27839746 to RID [0]
Mon Mar  3 11:49:45 2025 Info: MID 27839746 RID [0] Response '2.6.0 <XL3X9swBUeypPx9Gq8ryBrYm@example.net> [InternalId=80577471738, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 11:49:45 2025 Info: Message finished MID 27839746 done
Mon Mar  3 11:49:51 2025 Info: DCID 6086868 close
Mon Mar  3 12:31:09 2025 Info: New smtp ICID 884544 interface Data 1 (192.0.2.11) address 198.51.100.26 reverse dns host mx6.polarfoods.example verified yes
Mon Mar  3 12:31:09 2025 Info: ICID 884544 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.7 country India
Mon Mar  3 12:31:09 2025 Info: ICID 884544 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 12:31:10 2025 Info: Start MID 27839748 ICID 884544
Mon Mar  3 12:31:10 2025 Info: MID 27839748 ICID 884544 From: <ines.tanaka@polarfoods.example>
Mon Mar  3 12:31:10 2025 Info: MID 27839748 ICID 884544 RID 0 To: <tara.kowalski@example.net>
Mon Mar  3 12:31:11 2025 Info: MID 27839748 Message-ID '<lTxQiFI77E71zcMJ.58363@polarfoods.example>'
Mon Mar  3 12:31:11 2025 Info: MID 27839748 Subject 'Shipping update for order 88213'
Mon Mar  3 12:31:11 2025 Info: MID 27839748 ready 45999 bytes from <ines.tanaka@polarfoods.example>
Mon Mar  3 12:31:11 2025 Info: ICID 884544 close
Mon Mar  3 12:31:11 2025 Info: MID 27839748 SPF: mailfrom identity ines.tanaka@polarfoods.example Pass (v=spf1)
Mon Mar  3 12:31:11 2025 Info: MID 27839748 DKIM: pass signature verified (d=polarfoods.example s=selector1 i=@polarfoods.example)
Mon Mar  3 12:31:11 2025 Info: MID 27839748 DMARC: Message from domain polarfoods.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:31:11 2025 Info: MID 27839748 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: polarfoods.example
Mon Mar  3 12:31:11 2025 Info: MID 27839748 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:31:11 2025 Info: MID 27839748 interim verdict using engine: CASE spam negative
Mon Mar  3 12:31:12 2025 Info: MID 27839748 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:31:12 2025 Info: MID 27839748 using engine: CASE spam negative
Mon Mar  3 12:31:12 2025 Info: MID 27839748 antivirus negative
Mon Mar  3 12:31:12 2025 Info: MID 27839748 using engine: GRAYMAIL marketing_mail
Mon Mar  3 12:31:12 2025 Info: MID 27839748 Outbreak Filters: verdict negative
Mon Mar  3 12:31:12 2025 Info: MID 27839748 queued for delivery
Mon Mar  3 12:31:13 2025 Info: New SMTP DCID 6086869 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 12:31:13 2025 Info: DCID 6086869 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 12:31:13 2025 Info: Delivery start DCID 6086869 MID 27839748 to RID [0]
Mon Mar  3 12:31:13 2025 Info: Message done DCID 6086869 MID 27839748 to RID [0]
Mon Mar  3 12:31:13 2025 Info: MID 27839748 RID [0] Response '2.6.0 <i3Lpzma5aglwUg6yp9B3hHWq@example.net> [InternalId=78033106992, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:31:13 2025 Info: Message finished MID 27839748 done
Mon Mar  3 12:31:18 2025 Info: DCID 6086869 close
Mon Mar  3 12:44:15 2025 Info: New smtp ICID 884545 interface Data 1 (192.0.2.11) address 203.0.113.164 reverse dns host unknown verified no
Mon Mar  3 12:44:15 2025 Info: ICID 884545 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.2 country France
Mon Mar  3 12:44:15 2025 Info: ICID 884545 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 12:44:16 2025 Info: Start MID 27839749 ICID 884545
Mon Mar  3 12:44:16 2025 Info: MID 27839749 ICID 884545 From: <nils.costa@summitsystems.example.co.uk>
Mon Mar  3 12:44:16 2025 Info: MID 27839749 ICID 884545 RID 0 To: <hr@example.org>
Mon Mar  3 12:44:16 2025 Info: MID 27839749 Message-ID '<B5ANRPh2YZfTYCdG.45912@summitsystems.example.co.uk>'
Mon Mar  3 12:44:16 2025 Info: MID 27839749 Subject 'Re: travel plans'
Mon Mar  3 12:44:16 2025 Info: MID 27839749 ready 32253 bytes from <nils.costa@summitsystems.example.co.uk>
Mon Mar  3 12:44:17 2025 Info: MID 27839749 SPF: mailfrom identity nils.costa@summitsystems.example.co.uk Pass (v=spf1)
Mon Mar  3 12:44:17 2025 Info: MID 27839749 DKIM: pass signature verified (d=summitsystems.example.co.uk s=selector1 i=@summitsystems.example.co.uk)
Mon Mar  3 12:44:17 2025 Info: MID 27839749 DMARC: Message from domain summitsystems.example.co.uk, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:44:17 2025 Info: MID 27839749 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: summitsystems.example.co.uk
Mon Mar  3 12:44:17 2025 Info: MID 27839749 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:44:17 2025 Info: MID 27839749 interim verdict using engine: CASE spam negative
Mon Mar  3 12:44:18 2025 Info: Start MID 27839750 ICID 884545
Mon Mar  3 12:44:18 2025 Info: MID 27839750 ICID 884545 From: <vera.ivanova@summitsystems.example.co.uk>
Mon Mar  3 12:44:18 2025 Info: MID 27839750 ICID 884545 RID 0 To: <rosa.jensen@example.net>
Mon Mar  3 12:44:18 2025 Info: MID 27839750 Message-ID '<xVBraBg1MX41obcz.36413@summitsystems.example.co.uk>'
Mon Mar  3 12:44:18 2025 Info: MID 27839750 Subject 'Path C:\\Temp\\report.xlsx'
Mon Mar  3 12:44:18 2025 Info: MID 27839750 ready 25131 bytes from <vera.ivanova@summitsystems.example.co.uk>
Mon Mar  3 12:44:18 2025 Info: ICID 884545 close
Mon Mar  3 12:44:19 2025 Info: MID 27839750 SPF: mailfrom identity vera.ivanova@summitsystems.example.co.uk Pass (v=spf1)
Mon Mar  3 12:44:19 2025 Info: MID 27839750 DKIM: pass signature verified (d=summitsystems.example.co.uk s=selector1 i=@summitsystems.example.co.uk)
Mon Mar  3 12:44:19 2025 Info: MID 27839750 DMARC: Message from domain summitsystems.example.co.uk, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:44:19 2025 Info: MID 27839750 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:44:19 2025 Info: MID 27839750 interim verdict using engine: CASE spam negative
Mon Mar  3 12:44:19 2025 Info: MID 27839749 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:44:19 2025 Info: MID 27839749 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 12:44:19 2025 Info: MID 27839749 using engine: CASE spam negative
Mon Mar  3 12:44:19 2025 Info: MID 27839749 antivirus negative
Mon Mar  3 12:44:19 2025 Info: MID 27839749 using engine: GRAYMAIL negative
Mon Mar  3 12:44:19 2025 Info: MID 27839749 Outbreak Filters: verdict negative
Mon Mar  3 12:44:19 2025 Info: MID 27839749 queued for delivery
Mon Mar  3 12:44:19 2025 Info: New SMTP DCID 6086870 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 12:44:19 2025 Info: Delivery start DCID 6086870 MID 27839749 to RID [0]
Mon Mar  3 12:44:20 2025 Info: Message done DCID 6086870 MID 27839749 to RID [0]
Mon Mar  3 12:44:20 2025 Info: MID 27839749 RID [0] Response '2.6.0 <bFgDCAONGQD7GqgNr8aUG1qs@example.net> [InternalId=99438029500, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:44:20 2025 Info: Message finished MID 27839749 done
Mon Mar  3 12:44:21 2025 Info: MID 27839750 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:44:21 2025 Info: MID 27839750 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 12:44:21 2025 Info: MID 27839750 using engine: CASE spam negative
Mon Mar  3 12:44:21 2025 Info: MID 27839750 antivirus negative
Mon Mar  3 12:44:21 2025 Info: MID 27839750 using engine: GRAYMAIL negative
Mon Mar  3 12:44:21 2025 Info: MID 27839750 Outbreak Filters: verdict negative
Mon Mar  3 12:44:21 2025 Info: MID 27839750 queued for delivery
Mon Mar  3 12:44:21 2025 Info: New SMTP DCID 6086871 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 12:44:21 2025 Info: DCID 6086871 TLS failed: (336130315, 'error:1408F10B:SSL routines:ssl3_get_record:wrong version number')
Mon Mar  3 12:44:21 2025 Info: Delivery start DCID 6086871 MID 27839750 to RID [0]
Mon Mar  3 12:44:21 2025 Info: Message done DCID 6086871 MID 27839750 to RID [0]
Mon Mar  3 12:44:21 2025 Info: MID 27839750 RID [0] Response '2.6.0 <HiQQ3VXH2lI2yP6UOGBZu2Ek@example.net> [InternalId=71785718322, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:44:21 2025 Info: Message finished MID 27839750 done
Mon Mar  3 12:44:24 2025 Info: DCID 6086870 close
Mon Mar  3 12:44:27 2025 Info: DCID 6086871 close
Mon Mar  3 12:49:06 2025 Info: New SMTP ICID 884546 interface Data 1 (192.0.2.11) address 198.51.100.98 reverse dns host mx7.redfoods.example verified yes
Mon Mar  3 12:49:06 2025 Info: ICID 884546 ACCEPT SG ALLOWED_LIST match .redfoods.example SBRS 8.1 country United States
Mon Mar  3 12:49:06 2025 Info: ICID 884546 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 12:49:06 2025 Info: Start MID 27839751 ICID 884546
Mon Mar  3 12:49:06 2025 Info: MID 27839751 ICID 884546 From: <jonas.rossi@redfoods.example>
Mon Mar  3 12:49:06 2025 Info: MID 27839751 ICID 884546 RID 0 To: <jonas.kim@example.net>
Mon Mar  3 12:49:07 2025 Info: MID 27839751 Message-ID '<gsHxJN1pX9l8rAFH.35177@redfoods.example>'
Mon Mar  3 12:49:07 2025 Info: MID 27839751 Subject 'Path C:\\Temp\\report.xlsx'
Mon Mar  3 12:49:07 2025 Info: MID 27839751 ready 15325 bytes from <jonas.rossi@redfoods.example>
Mon Mar  3 12:49:07 2025 Debug: MID 27839751 ICID 884546 TLS read 15325 bytes (0.051 seconds)
Mon Mar  3 12:49:07 2025 Info: ICID 884546 close
Mon Mar  3 12:49:07 2025 Info: MID 27839751 SPF: mailfrom identity jonas.rossi@redfoods.example Pass (v=spf1)
Mon Mar  3 12:49:07 2025 Info: MID 27839751 DKIM: pass signature verified (d=redfoods.example s=selector1 i=@redfoods.example)
Mon Mar  3 12:49:07 2025 Info: MID 27839751 DMARC: Message from domain redfoods.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:49:07 2025 Info: MID 27839751 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: redfoods.example
Mon Mar  3 12:49:07 2025 Info: MID 27839751 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:49:07 2025 Info: MID 27839751 interim verdict using engine: CASE spam negative
Mon Mar  3 12:49:08 2025 Info: MID 27839751 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:49:08 2025 Info: MID 27839751 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 12:49:08 2025 Info: MID 27839751 using engine: CASE spam negative
Mon Mar  3 12:49:08 2025 Info: MID 27839751 antivirus negative
Mon Mar  3 12:49:08 2025 Info: MID 27839751 using engine: GRAYMAIL negative
Mon Mar  3 12:49:08 2025 Info: MID 27839751 Outbreak Filters: verdict negative
Mon Mar  3 12:49:08 2025 Info: MID 27839751 queued for delivery
Mon Mar  3 12:49:08 2025 Info: New SMTP DCID 6086872 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 12:49:08 2025 Info: DCID 6086872 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Mon Mar  3 12:49:08 2025 Info: Delivery start DCID 6086872 MID 27839751 to RID [0]
Mon Mar  3 12:49:08 2025 Info: Message done DCID 6086872 MID 27839751 to RID [0]
Mon Mar  3 12:49:08 2025 Info: MID 27839751 RID [0] Response '2.6.0 <YHPbneRSAZpnJFTNy5xVkJQn@example.net> [InternalId=59496309328, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:49:08 2025 Info: Message finished MID 27839751 done
Mon Mar  3 12:49:17 2025 Info: DCID 6086872 close
Mon Mar  3 13:17:39 2025 Info: New SMTP ICID 884547 interface Data 1 (192.0.2.11) address 203.0.113.125 reverse dns host mail7.silverlogistics.example.com verified yes
Mon Mar  3 13:17:39 2025 Info: ICID 884547 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.8 country United States
Mon Mar  3 13:17:39 2025 Info: ICID 884547 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 13:17:43 2025 Info: ICID 884547 close
Mon Mar  3 13:19:33 2025 Info: New SMTP ICID 884548 interface Data 1 (192.0.2.11) address 198.51.100.56 reverse dns host unknown verified no
Mon Mar  3 13:19:33 2025 Info: ICID 884548 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.6 country Germany
Mon Mar  3 13:19:34 2025 Info: ICID 884548 TLS failed: (336151574, 'error:14094416:SSL routines:ssl3_read_bytes:sslv3 alert certificate unknown')
Mon Mar  3 13:19:34 2025 Info: Start MID 27839752 ICID 884548
Mon Mar  3 13:19:34 2025 Info: MID 27839752 ICID 884548 From: <yusuf.kowalski@polarfoods.example>
Mon Mar  3 13:19:34 2025 Info: MID 27839752 ICID 884548 RID 0 To: <keiko80@example.net>
Mon Mar  3 13:19:34 2025 Info: MID 27839752 Message-ID '<kQIklRmytrHGanHB.69985@polarfoods.example>'
Mon Mar  3 13:19:34 2025 Info: MID 27839752 ready 10743 bytes from <yusuf.kowalski@polarfoods.example>
Mon Mar  3 13:19:34 2025 Info: ICID 884548 close
Mon Mar  3 13:19:34 2025 Info: MID 27839752 SPF: mailfrom identity yusuf.kowalski@polarfoods.example Pass (v=spf1)
Mon Mar  3 13:19:34 2025 Info: MID 27839752 DKIM: pass signature verified (d=polarfoods.example s=selector1 i=@polarfoods.example)
Mon Mar  3 13:19:34 2025 Info: MID 27839752 DMARC: Message from domain polarfoods.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:19:34 2025 Info: MID 27839752 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: polarfoods.example
Mon Mar  3 13:19:34 2025 Info: MID 27839752 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:19:34 2025 Info: MID 27839752 interim verdict using engine: CASE spam negative
Mon Mar  3 13:19:37 2025 Info: MID 27839752 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:19:37 2025 Info: MID 27839752 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 13:19:37 2025 Info: MID 27839752 using engine: CASE spam negative
Mon Mar  3 13:19:37 2025 Info: MID 27839752 antivirus negative
Mon Mar  3 13:19:37 2025 Info: MID 27839752 using engine: GRAYMAIL negative
Mon Mar  3 13:19:37 2025 Info: MID 27839752 Outbreak Filters: verdict negative
Mon Mar  3 13:19:37 2025 Info: MID 27839752 queued for delivery
Mon Mar  3 13:19:37 2025 Info: New SMTP DCID 6086873 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 13:19:37 2025 Info: DCID 6086873 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 13:19:37 2025 Info: Delivery start DCID 6086873 MID 27839752 to RID [0]
Mon Mar  3 13:19:37 2025 Info: Message done DCID 6086873 MID 27839752 to RID [0]
Mon Mar  3 13:19:37 2025 Info: MID 27839752 RID [0] Response '2.6.0 <XI1asFRrnxprhnpVGMGvxFci@example.net> [InternalId=62887855108, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:19:37 2025 Info: Message finished MID 27839752 done
Mon Mar  3 13:19:40 2025 Info: DCID 6086873 close
Mon Mar  3 13:30:19 2025 Info: New SMTP ICID 884549 interface Data 1 (192.0.2.11) address 203.0.113.162 reverse dns host mail2.silver-airlines.example verified yes
Mon Mar  3 13:30:19 2025 Info: ICID 884549 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.2 country United States
Mon Mar  3 13:30:20 2025 Info: ICID 884549 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 13:30:21 2025 Info: Start MID 27839753 ICID 884549
Mon Mar  3 13:30:21 2025 Info: MID 27839753 ICID 884549 From: <support@silver-airlines.example>
Mon Mar  3 13:30:21 2025 Info: MID 27839753 ICID 884549 RID 0 To: <aoife.okafor@example.net>
Mon Mar  3 13:30:22 2025 Info: MID 27839753 Message-ID '<8D242Hi0WDoR8gCD.70067@silver-airlines.example>'
Mon Mar  3 13:30:22 2025 Info: MID 27839753 Subject 'Weekly digest'
Mon Mar  3 13:30:22 2025 Info: MID 27839753 ready 5584 bytes from <support@silver-airlines.example>
Mon Mar  3 13:30:22 2025 Info: ICID 884549 close
Mon Mar  3 13:30:23 2025 Info: MID 27839753 SPF: mailfrom identity support@silver-airlines.example Pass (v=spf1)
Mon Mar  3 13:30:23 2025 Info: MID 27839753 DKIM: pass signature verified (d=silver-airlines.example s=selector1 i=@silver-airlines.example)
Mon Mar  3 13:30:23 2025 Info: MID 27839753 DMARC: Message from domain silver-airlines.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:30:23 2025 Info: MID 27839753 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:30:23 2025 Info: MID 27839753 interim verdict using engine: CASE spam negative
Mon Mar  3 13:30:24 2025 Info: MID 27839753 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:30:24 2025 Info: MID 27839753 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 13:30:24 2025 Info: MID 27839753 using engine: CASE spam negative
Mon Mar  3 13:30:24 2025 Info: MID 27839753 antivirus negative
Mon Mar  3 13:30:24 2025 Info: MID 27839753 using engine: GRAYMAIL negative
Mon Mar  3 13:30:24 2025 Info: MID 27839753 Outbreak Filters: verdict negative
Mon Mar  3 13:30:24 2025 Info: MID 27839753 queued for delivery
Mon Mar  3 13:30:24 2025 Info: New SMTP DCID 6086874 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 13:30:24 2025 Info: Delivery start DCID 6086874 MID 27839753 to RID [0]
Mon Mar  3 13:30:25 2025 Info: Message done DCID 6086874 MID 27839753 to RID [0]
Mon Mar  3 13:30:25 2025 Info: MID 27839753 RID [0] Response '2.6.0 <TBQbgcaIjxUHeUXN6HB91QOE@example.net> [InternalId=56774856818, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:30:25 2025 Info: Message finished MID 27839753 done
Mon Mar  3 13:30:32 2025 Info: DCID 6086874 close
Mon Mar  3 13:33:01 2025 Info: New SMTP ICID 884550 interface Data 1 (192.0.2.11) address 198.51.100.71 reverse dns host mail8.polar-systems.example.com verified yes
Mon Mar  3 13:33:01 2025 Info: ICID 884550 ACCEPT SG UNKNOWNLIST match sbrs[none] SBRS None country France
Mon Mar  3 13:33:02 2025 Info: ICID 884550 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 13:33:02 2025 Info: Start MID 27839754 ICID 884550
Mon Mar  3 13:33:02 2025 Info: MID 27839754 ICID 884550 From: <olga.larsen@polar-systems.example.com>
Mon Mar  3 13:33:02 2025 Info: MID 27839754 ICID 884550 RID 0 To: <rosa.haddad@example.net>
Mon Mar  3 13:33:02 2025 Info: MID 27839754 ICID 884550 RID 1 To: <david.haddad@example.net>
Mon Mar  3 13:33:02 2025 Info: MID 27839754 ICID 884550 RID 2 To: <yusuf.okafor@example.net>
Mon Mar  3 13:33:02 2025 Info: MID 27839754 ICID 884550 RID 3 To: <liam72@example.net>
Mon Mar  3 13:33:02 2025 Info: MID 27839754 ICID 884550 RID 4 To: <newsletter@example.net>
Mon Mar  3 13:33:02 2025 Info: MID 27839754 ICID 884550 RID 5 To: <olga.tanaka@example.net>
Mon Mar  3 13:33:02 2025 Info: MID 27839754 ICID 884550 RID 6 To: <tara82@example.net>
Mon Mar  3 13:33:03 2025 Info: MID 27839754 Message-ID '<ijxSVxwuUDmc07xH.94218@polar-systems.example.com>'
Mon Mar  3 13:33:03 2025 Info: MID 27839754 Subject 'Weekly digest'
Mon Mar  3 13:33:03 2025 Info: MID 27839754 ready 7276 bytes from <olga.larsen@polar-systems.example.com>
Mon Mar  3 13:33:03 2025 Info: ICID 884550 close
Mon Mar  3 13:33:03 2025 Info: MID 27839754 SPF: mailfrom identity olga.larsen@polar-systems.example.com Pass (v=spf1)
Mon Mar  3 13:33:03 2025 Info: MID 27839754 DKIM: pass signature verified (d=polar-systems.example.com s=selector1 i=@polar-systems.example.com)
Mon Mar  3 13:33:03 2025 Info: MID 27839754 DMARC: Message from domain polar-systems.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:33:03 2025 Info: MID 27839754 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: polar-systems.example.com
Mon Mar  3 13:33:03 2025 Info: MID 27839754 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:33:03 2025 Info: MID 27839754 interim verdict using engine: CASE spam negative
Mon Mar  3 13:33:06 2025 Info: MID 27839754 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:33:06 2025 Info: MID 27839754 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 13:33:06 2025 Info: MID 27839754 using engine: CASE spam negative
Mon Mar  3 13:33:06 2025 Info: MID 27839754 antivirus negative
Mon Mar  3 13:33:06 2025 Info: MID 27839754 using engine: GRAYMAIL negative
Mon Mar  3 13:33:06 2025 Info: MID 27839754 Outbreak Filters: verdict negative
Mon Mar  3 13:33:06 2025 Info: MID 27839754 queued for delivery
Mon Mar  3 13:33:06 2025 Info: New SMTP DCID 6086875 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 13:33:06 2025 Info: DCID 6086875 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 13:33:06 2025 Info: Delivery start DCID 6086875 MID 27839754 to RID [0, 1, 2, 3, 4, 5, 6]
Mon Mar  3 13:33:06 2025 Info: Message done DCID 6086875 MID 27839754 to RID [0, 1, 2, 3, 4, 5, 6]
Mon Mar  3 13:33:06 2025 Info: MID 27839754 RID [0, 1, 2, 3, 4, 5, 6] Response '2.6.0 <XObPkmWyhF9KMi9aNOBvBmXD@example.net> [InternalId=44941741771, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:33:06 2025 Info: Message finished MID 27839754 done
Mon Mar  3 13:33:16 2025 Info: DCID 6086875 close
Mon Mar  3 13:34:00 2025 Info: New SMTP ICID 884551 interface Data 1 (192.0.2.11) address 203.0.113.62 reverse dns host mail7.harbormotors.example verified yes
Mon Mar  3 13:34:00 2025 Info: ICID 884551 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.6 country Netherlands
Mon Mar  3 13:34:01 2025 Info: ICID 884551 TLS failed: (336027900, 'error:1407609C:SSL routines:SSL23_GET_CLIENT_HELLO:http request')
Mon Mar  3 13:34:01 2025 Info: ICID 884551 lost
Mon Mar  3 13:34:01 2025 Info: ICID 884551 close
Mon Mar  3 13:35:13 2025 Info: New SMTP ICID 884552 interface Data 2 (10.20.0.21) address 10.20.1.14 reverse dns host exch02.corp.example.net verified yes
Mon Mar  3 13:35:13 2025 Info: ICID 884552 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 13:35:15 2025 Info: Start MID 27839755 ICID 884552
Mon Mar  3 13:35:15 2025 Info: MID 27839755 ICID 884552 From: <zoe.murphy@example.net>
Mon Mar  3 13:35:15 2025 Info: MID 27839755 ICID 884552 RID 0 To: <greta91@example.net>
Mon Mar  3 13:35:15 2025 Info: MID 27839755 ICID 884552 RID 1 To: <vera.obrien@example.net>
Mon Mar  3 13:35:15 2025 Info: MID 27839755 Message-ID '<loHAhyBsVWnyCbh9.85628@exch01.corp.example.net>'
Mon Mar  3 13:35:15 2025 Info: MID 27839755 Subject 'It\'s \'urgent\' say "they"'
Mon Mar  3 13:35:15 2025 Info: MID 27839755 ready 97444 bytes from <zoe.murphy@example.net>
Mon Mar  3 13:35:16 2025 Info: MID 27839755 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 13:35:16 2025 Info: Start MID 27839756 ICID 884552
Mon Mar  3 13:35:16 2025 Info: MID 27839756 ICID 884552 From: <sven62@example.net>
Mon Mar  3 13:35:16 2025 Info: MID 27839756 ICID 884552 RID 0 To: <carla.tanaka@bigmail.example>
Mon Mar  3 13:35:17 2025 Info: MID 27839756 Message-ID '<htRAeOql90sjVnxt.89973@exch01.corp.example.net>'
Mon Mar  3 13:35:17 2025 Info: MID 27839756 Subject 'Password expiry notice'
Mon Mar  3 13:35:17 2025 Info: MID 27839756 ready 17591 bytes from <sven62@example.net>
Mon Mar  3 13:35:17 2025 Info: MID 27839756 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 13:35:17 2025 Info: MID 27839755 antivirus negative
Mon Mar  3 13:35:17 2025 Info: MID 27839755 Outbreak Filters: verdict negative
Mon Mar  3 13:35:17 2025 Info: MID 27839755 queued for delivery
Mon Mar  3 13:35:17 2025 Info: Start MID 27839757 ICID 884552
Mon Mar  3 13:35:17 2025 Info: MID 27839757 ICID 884552 From: <sean.schmidt@example.net>
Mon Mar  3 13:35:17 2025 Info: MID 27839757 ICID 884552 RID 0 To: <sven36@example.net>
Mon Mar  3 13:35:17 2025 Info: New SMTP DCID 6086876 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 13:35:18 2025 Info: Delivery start DCID 6086876 MID 27839755 to RID [0, 1]
Mon Mar  3 13:35:18 2025 Info: Message done DCID 6086876 MID 27839755 to RID [0, 1]
Mon Mar  3 13:35:18 2025 Info: MID 27839755 RID [0, 1] Response '2.6.0 <Vek4DucwXB2BlMKu4UAgx0Q3@example.net> [InternalId=76508017301, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:35:18 2025 Info: Message finished MID 27839755 done
Mon Mar  3 13:35:18 2025 Info: MID 27839756 antivirus negative
Mon Mar  3 13:35:18 2025 Info: MID 27839756 Outbreak Filters: verdict negative
Mon Mar  3 13:35:18 2025 Info: MID 27839756 queued for delivery
Mon Mar  3 13:35:18 2025 Info: MID 27839757 Message-ID '<XSCWWxoT8WCw6M0e.43779@exch01.corp.example.net>'
Mon Mar  3 13:35:18 2025 Info: MID 27839757 Subject 'Newsletter: March edition'
Mon Mar  3 13:35:18 2025 Info: MID 27839757 ready 128239 bytes from <sean.schmidt@example.net>
Mon Mar  3 13:35:18 2025 Info: New SMTP DCID 6086877 interface 192.0.2.111 address 203.0.113.30 port 25
Mon Mar  3 13:35:18 2025 Info: DCID 6086877 TLS success CN=mx1.bigmail.example
Mon Mar  3 13:35:18 2025 Info: Delivery start DCID 6086877 MID 27839756 to RID [0]
Mon Mar  3 13:35:19 2025 Info: MID 27839757 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 13:35:20 2025 Info: Message done DCID 6086877 MID 27839756 to RID [0]
Mon Mar  3 13:35:20 2025 Info: MID 27839756 RID [0] Response '2.0.0 OK  1782880579 zke857wedfacsi8355706.48 - gsmtp'
Mon Mar  3 13:35:20 2025 Info: Message finished MID 27839756 done
Mon Mar  3 13:35:21 2025 Info: Start MID 27839758 ICID 884552
Mon Mar  3 13:35:21 2025 Info: MID 27839758 ICID 884552 From: <tara.jensen@example.net>
Mon Mar  3 13:35:21 2025 Info: MID 27839758 ICID 884552 RID 0 To: <tara.schmidt@bigmail.example>
Mon Mar  3 13:35:21 2025 Info: MID 27839757 antivirus negative
Mon Mar  3 13:35:21 2025 Info: MID 27839757 Outbreak Filters: verdict negative
Mon Mar  3 13:35:21 2025 Info: MID 27839757 queued for delivery
Mon Mar  3 13:35:21 2025 Info: Delivery start DCID 6086876 MID 27839757 to RID [0]
Mon Mar  3 13:35:22 2025 Info: MID 27839758 Message-ID '<JO1IR3iCXBuD0SYm.83151@exch01.corp.example.net>'
Mon Mar  3 13:35:22 2025 Info: MID 27839758 Subject 'Welcome to the team'
Mon Mar  3 13:35:22 2025 Info: MID 27839758 ready 12151 bytes from <tara.jensen@example.net>
Mon Mar  3 13:35:22 2025 Info: Message done DCID 6086876 MID 27839757 to RID [0]
Mon Mar  3 13:35:22 2025 Info: MID 27839757 RID [0] Response '2.6.0 <rvX59mvxx16VkJJt1Qrfp7a5@example.net> [InternalId=22868416248, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:35:22 2025 Info: Message finished MID 27839757 done
Mon Mar  3 13:35:22 2025 Info: ICID 884552 close
Mon Mar  3 13:35:22 2025 Info: DCID 6086877 close
Mon Mar  3 13:35:22 2025 Info: MID 27839758 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 13:35:24 2025 Info: MID 27839758 antivirus negative
Mon Mar  3 13:35:24 2025 Info: MID 27839758 Outbreak Filters: verdict negative
Mon Mar  3 13:35:24 2025 Info: MID 27839758 queued for delivery
Mon Mar  3 13:35:25 2025 Info: New SMTP DCID 6086878 interface 192.0.2.111 address 198.51.100.222 port 25
Mon Mar  3 13:35:25 2025 Info: DCID 6086878 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 13:35:25 2025 Info: Delivery start DCID 6086878 MID 27839758 to RID [0]
Mon Mar  3 13:35:26 2025 Info: Message done DCID 6086878 MID 27839758 to RID [0]
Mon Mar  3 13:35:26 2025 Info: MID 27839758 RID [0] Response '2.0.0 OK  1781470049 kmke9d79v3besi1927129.46 - gsmtp'
Mon Mar  3 13:35:26 2025 Info: Message finished MID 27839758 done
Mon Mar  3 13:35:31 2025 Info: DCID 6086876 close
Mon Mar  3 13:35:33 2025 Info: DCID 6086878 close
Mon Mar  3 13:37:46 2025 Info: New SMTP ICID 884553 interface Data 1 (192.0.2.11) address 203.0.113.36 reverse dns host mail1.bluehealth.example.co.uk verified yes
Mon Mar  3 13:37:46 2025 Info: ICID 884553 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.2 country Brazil
Mon Mar  3 13:37:47 2025 Info: ICID 884553 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 13:37:48 2025 Info: Start MID 27839759 ICID 884553
Mon Mar  3 13:37:48 2025 Info: MID 27839759 ICID 884553 From: <noreply@bluehealth.example.co.uk>
Mon Mar  3 13:37:48 2025 Info: MID 27839759 ICID 884553 RID 0 To: <newsletter@example.net>
Mon Mar  3 13:37:48 2025 Info: MID 27839759 Message-ID '<S66T3TcVPrm13Arc.60994@bluehealth.example.co.uk>'
