Mon Mar  3 12:56:57 2025 Info: Begin Logfile
Mon Mar  3 12:56:57 2025 Info: Version: 14.3.0-032 SN: 42FFE15A98D20773210A-95605505A882
Mon Mar  3 12:56:57 2025 Info: Time offset from UTC: 3600 seconds
Mon Mar  3 12:56:56 2025 Info: MID 3706524 antivirus negative
Mon Mar  3 12:56:56 2025 Info: MID 3706524 using engine: GRAYMAIL negative
Mon Mar  3 12:56:56 2025 Info: MID 3706524 Outbreak Filters: verdict negative
Mon Mar  3 12:56:56 2025 Info: MID 3706524 queued for delivery
Mon Mar  3 12:56:56 2025 Info: New SMTP DCID 8598987 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 12:56:56 2025 Info: DCID 8598987 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 12:56:56 2025 Info: Delivery start DCID 8598987 MID 3706524 to RID [0]
Mon Mar  3 12:56:57 2025 Info: Message done DCID 8598987 MID 3706524 to RID [0]
Mon Mar  3 12:56:57 2025 Info: MID 3706524 RID [0] Response '2.6.0 <lQAULQ3vhaM3VnF9sUI7wFzh@example.net> [InternalId=87779903233, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:56:57 2025 Info: Message finished MID 3706524 done
Mon Mar  3 12:57:02 2025 Info: DCID 8598987 close
Mon Mar  3 13:28:13 2025 Info: New SMTP ICID 9307327 interface Data 2 (10.20.0.21) address 10.20.1.13 reverse dns host exch01.corp.example.net verified yes
Mon Mar  3 13:28:13 2025 Info: ICID 9307327 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 13:28:13 2025 Info: ICID 9307327 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 13:28:14 2025 Info: Start MID 3706525 ICID 9307327
Mon Mar  3 13:28:14 2025 Info: MID 3706525 ICID 9307327 From: <greta.kim@example.org>
Mon Mar  3 13:28:14 2025 Info: MID 3706525 ICID 9307327 RID 0 To: <umar14@rapidsoftware.example.co.uk>
Mon Mar  3 13:28:15 2025 Info: MID 3706525 Message-ID '<msb7okvI3zYFRQiJ.46024@exch01.corp.example.net>'
Mon Mar  3 13:28:15 2025 Info: MID 3706525 Subject 'Shipping update for order 88213'
Mon Mar  3 13:28:15 2025 Info: MID 3706525 ready 2426 bytes from <greta.kim@example.org>
Mon Mar  3 13:28:15 2025 Info: MID 3706525 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 13:28:15 2025 Info: ICID 9307327 close
Mon Mar  3 13:28:17 2025 Info: MID 3706525 antivirus negative
Mon Mar  3 13:28:17 2025 Info: MID 3706525 Outbreak Filters: verdict negative
Mon Mar  3 13:28:17 2025 Info: MID 3706525 queued for delivery
Mon Mar  3 13:28:17 2025 Info: New SMTP DCID 8598988 interface 192.0.2.111 address 198.51.100.16 port 25
Mon Mar  3 13:28:17 2025 Info: Delivery start DCID 8598988 MID 3706525 to RID [0]
Mon Mar  3 13:28:17 2025 Info: Message done DCID 8598988 MID 3706525 to RID [0]
Mon Mar  3 13:28:17 2025 Info: MID 3706525 RID [0] Response '2.0.0 Ok: queued as sx5VVb1GmgPeQJ'
Mon Mar  3 13:28:17 2025 Info: Message finished MID 3706525 done
Mon Mar  3 13:28:27 2025 Info: DCID 8598988 close
Mon Mar  3 13:36:52 2025 Info: New SMTP ICID 9307328 interface Data 1 (192.0.2.11) address 198.51.100.183 reverse dns host mail5.goldenenergy.example.com verified yes
Mon Mar  3 13:36:52 2025 Info: ICID 9307328 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 9.0 country Ireland
Mon Mar  3 13:36:53 2025 Info: ICID 9307328 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 13:36:54 2025 Info: Start MID 3706526 ICID 9307328
Mon Mar  3 13:36:54 2025 Info: MID 3706526 ICID 9307328 From: <hr@goldenenergy.example.com>
Mon Mar  3 13:36:54 2025 Info: MID 3706526 ICID 9307328 RID 0 To: <pablo.kim@example.net>
Mon Mar  3 13:36:54 2025 Info: MID 3706526 ICID 9307328 RID 1 To: <farid.nguyen@example.org>
Mon Mar  3 13:36:54 2025 Info: MID 3706526 Message-ID '<fCF71UQm0f0Xxxny.19296@goldenenergy.example.com>'
Mon Mar  3 13:36:54 2025 Info: MID 3706526 Subject 'Réunion de lundi'
Mon Mar  3 13:36:54 2025 Info: MID 3706526 ready 12537 bytes from <hr@goldenenergy.example.com>
Mon Mar  3 13:36:55 2025 Info: MID 3706526 SPF: mailfrom identity hr@goldenenergy.example.com Pass (v=spf1)
Mon Mar  3 13:36:55 2025 Info: MID 3706526 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: goldenenergy.example.com
Mon Mar  3 13:36:55 2025 Info: MID 3706526 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:36:55 2025 Info: MID 3706526 interim verdict using engine: CASE spam negative
Mon Mar  3 13:36:56 2025 Info: Start MID 3706527 ICID 9307328
Mon Mar  3 13:36:56 2025 Info: MID 3706527 ICID 9307328 From: <farid45@goldenenergy.example.com>
Mon Mar  3 13:36:56 2025 Info: MID 3706527 ICID 9307328 RID 0 To: <noreply@example.net>
Mon Mar  3 13:36:56 2025 Info: MID 3706527 ICID 9307328 RID 1 To: <nils.nguyen@example.net>
Mon Mar  3 13:36:56 2025 Info: MID 3706527 ICID 9307328 RID 2 To: <billing@example.org>
Mon Mar  3 13:36:57 2025 Info: MID 3706527 Message-ID '<1PCI1bH9auCDgAT9.48047@goldenenergy.example.com>'
Mon Mar  3 13:36:57 2025 Info: MID 3706527 Subject 'Angebot für Müller GmbH'
Mon Mar  3 13:36:57 2025 Info: MID 3706527 ready 44782 bytes from <farid45@goldenenergy.example.com>
Mon Mar  3 13:36:57 2025 Debug: MID 3706527 ICID 9307328 TLS read 44782 bytes (0.398 seconds)
Mon Mar  3 13:36:57 2025 Info: MID 3706526 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:36:57 2025 Info: MID 3706526 using engine: CASE spam negative
Mon Mar  3 13:36:57 2025 Info: MID 3706526 antivirus negative
Mon Mar  3 13:36:57 2025 Info: MID 3706526 using engine: GRAYMAIL negative
Mon Mar  3 13:36:57 2025 Info: MID 3706526 Outbreak Filters: verdict negative
Mon Mar  3 13:36:57 2025 Info: MID 3706526 queued for delivery
Mon Mar  3 13:36:57 2025 Info: New SMTP DCID 8598989 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 13:36:57 2025 Info: MID 3706527 SPF: mailfrom identity farid45@goldenenergy.example.com Pass (v=spf1)
Mon Mar  3 13:36:57 2025 Info: MID 3706527 DKIM: pass signature verified (d=goldenenergy.example.com s=selector1 i=@goldenenergy.example.com)
Mon Mar  3 13:36:57 2025 Info: MID 3706527 DMARC: Message from domain goldenenergy.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:36:57 2025 Info: MID 3706527 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:36:57 2025 Info: MID 3706527 interim verdict using engine: CASE spam negative
Mon Mar  3 13:36:57 2025 Info: New SMTP DCID 8598990 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 13:36:57 2025 Info: Delivery start DCID 8598989 MID 3706526 to RID [1]
Mon Mar  3 13:36:57 2025 Info: DCID 8598990 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 13:36:57 2025 Info: Delivery start DCID 8598990 MID 3706526 to RID [0]
Mon Mar  3 13:36:57 2025 Info: Message done DCID 8598989 MID 3706526 to RID [1]
Mon Mar  3 13:36:57 2025 Info: MID 3706526 RID [1] Response '2.6.0 <MgJfmTdRyr5DpPDqvfvBnPLk@example.net> [InternalId=38915924311, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:36:57 2025 Info: Message done DCID 8598990 MID 3706526 to RID [0] 
Mon Mar  3 13:36:57 2025 Info: MID 3706526 RID [0] Response '2.6.0 <6ju8JwSAkGEH7mdsOKBvDgWJ@example.net> [InternalId=84848326048, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:36:57 2025 Info: Message finished MID 3706526 done
Mon Mar  3 13:36:58 2025 Info: Start MID 3706528 ICID 9307328
Mon Mar  3 13:36:58 2025 Info: MID 3706528 ICID 9307328 From: <rosa.larsen@goldenenergy.example.com>
Mon Mar  3 13:36:58 2025 Info: MID 3706528 ICID 9307328 RID 0 To: <aoife82@example.net>
Mon Mar  3 13:36:58 2025 Info: MID 3706528 ICID 9307328 RID 1 To: <greta.kim@example.org>
Mon Mar  3 13:36:58 2025 Info: MID 3706528 ICID 9307328 RID 2 To: <wei.ivanova@example.org>
Mon Mar  3 13:36:58 2025 Info: MID 3706528 ICID 9307328 RID 3 To: <carla.smith@example.net>
Mon Mar  3 13:36:58 2025 Info: MID 3706528 ICID 9307328 RID 4 To: <maria55@example.org>
Mon Mar  3 13:36:58 2025 Info: MID 3706528 ICID 9307328 RID 5 To: <maria.okafor@example.org>
Mon Mar  3 13:36:58 2025 Info: MID 3706528 ICID 9307328 RID 6 To: <hr@example.net>
Mon Mar  3 13:36:58 2025 Info: MID 3706528 ICID 9307328 RID 7 To: <vera.tanaka@example.org>
Mon Mar  3 13:36:58 2025 Info: MID 3706528 ICID 9307328 RID 8 To: <vera.mueller@example.net>
Mon Mar  3 13:36:58 2025 Info: MID 3706528 ICID 9307328 RID 9 To: <liam.kim@example.net>
Mon Mar  3 13:36:58 2025 Info: MID 3706528 ICID 9307328 RID 10 To: <jonas.kim@example.net>
Mon Mar  3 13:36:59 2025 Info: MID 3706528 Message-ID '<mQzIrPqy48Wc4jHy.92117@goldenenergy.example.com>'
Mon Mar  3 13:36:59 2025 Info: MID 3706528 Subject 'It\'s \'urgent\' say "they"'
Mon Mar  3 13:36:59 2025 Info: MID 3706528 ready 12127 bytes from <rosa.larsen@goldenenergy.example.com>
Mon Mar  3 13:36:59 2025 Info: MID 3706527 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:36:59 2025 Info: MID 3706527 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 13:36:59 2025 Info: MID 3706527 using engine: CASE spam negative
Mon Mar  3 13:36:59 2025 Info: MID 3706527 antivirus negative
Mon Mar  3 13:36:59 2025 Info: MID 3706527 using engine: GRAYMAIL negative
Mon Mar  3 13:36:59 2025 Info: MID 3706527 Outbreak Filters: verdict negative
Mon Mar  3 13:36:59 2025 Info: MID 3706527 queued for delivery
Mon Mar  3 13:36:59 2025 Info: Delivery start DCID 8598989 MID 3706527 to RID [2]
Mon Mar  3 13:36:59 2025 Info: Delivery start DCID 8598990 MID 3706527 to RID [0, 1]
Mon Mar  3 13:37:00 2025 Info: MID 3706528 SPF: mailfrom identity rosa.larsen@goldenenergy.example.com Pass (v=spf1)
Mon Mar  3 13:37:00 2025 Info: MID 3706528 DKIM: pass signature verified (d=goldenenergy.example.com s=selector1 i=@goldenenergy.example.com)
Mon Mar  3 13:37:00 2025 Info: MID 3706528 DMARC: Message from domain goldenenergy.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:37:00 2025 Info: MID 3706528 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:37:00 2025 Info: MID 3706528 interim verdict using engine: CASE spam negative
Mon Mar  3 13:37:00 2025 Info: Message done DCID 8598989 MID 3706527 to RID [2]
Mon Mar  3 13:37:00 2025 Info: MID 3706527 RID [2] Response '2.6.0 <Q2OBe28jMUMDTN8QriFYbcxX@example.net> [InternalId=79818069645, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:37:00 2025 Info: Message done DCID 8598990 MID 3706527 to RID [0, 1]
Mon Mar  3 13:37:00 2025 Info: MID 3706527 RID [0, 1] Response '2.6.0 <d1Mp1XFMymdDCZZAhnrrezIi@example.net> [InternalId=42290290288, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:37:00 2025 Info: Message finished MID 3706527 done
Mon Mar  3 13:37:01 2025 Info: Start MID 3706529 ICID 9307328
Mon Mar  3 13:37:01 2025 Info: MID 3706529 ICID 9307328 From: <sales@goldenenergy.example.com>
Mon Mar  3 13:37:01 2025 Info: MID 3706529 ICID 9307328 RID 0 To: <ben.kim@example.net>
Mon Mar  3 13:37:02 2025 Info: MID 3706528 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:37:02 2025 Info: MID 3706528 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 13:37:02 2025 Info: MID 3706528 using engine: CASE spam negative
Mon Mar  3 13:37:02 2025 Info: MID 3706528 antivirus negative
Mon Mar  3 13:37:02 2025 Info: MID 3706528 using engine: GRAYMAIL negative
Mon Mar  3 13:37:02 2025 Info: MID 3706528 Outbreak Filters: verdict negative
Mon Mar  3 13:37:02 2025 Info: MID 3706528 queued for delivery
Mon Mar  3 13:37:02 2025 Info: Delivery start DCID 8598990 MID 3706528 to RID [0, 3, 6, 8, 9, 10]
Mon Mar  3 13:37:02 2025 Info: Delivery start DCID 8598989 MID 3706528 to RID [1, 2, 4, 5, 7]
Mon Mar  3 13:37:02 2025 Info: MID 3706529 Message-ID '<TSfzzNLWov4n4ENU.73896@goldenenergy.example.com>'
Mon Mar  3 13:37:02 2025 Info: MID 3706529 Subject 'Path C:\\Temp\\report.xlsx'
Mon Mar  3 13:37:02 2025 Info: MID 3706529 ready 3481 bytes from <sales@goldenenergy.example.com>
Mon Mar  3 13:37:02 2025 Info: Message done DCID 8598989 MID 3706528 to RID [1, 2, 4, 5, 7]
Mon Mar  3 13:37:02 2025 Info: MID 3706528 RID [1, 2, 4, 5, 7] Response '2.6.0 <x70Vjg7nXfkWNqe9yVYWjnhR@example.net> [InternalId=60327288405, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:37:02 2025 Info: MID 3706529 SPF: mailfrom identity sales@goldenenergy.example.com Pass (v=spf1)
Mon Mar  3 13:37:02 2025 Info: MID 3706529 DKIM: pass signature verified (d=goldenenergy.example.com s=selector1 i=@goldenenergy.example.com)
Mon Mar  3 13:37:02 2025 Info: MID 3706529 DMARC: Message from domain goldenenergy.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:37:02 2025 Info: MID 3706529 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: goldenenergy.example.com
Mon Mar  3 13:37:02 2025 Info: MID 3706529 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:37:02 2025 Info: MID 3706529 interim verdict using engine: CASE spam negative
Mon Mar  3 13:37:02 2025 Info: Message done DCID 8598990 MID 3706528 to RID [0, 3, 6, 8, 9, 10]
Mon Mar  3 13:37:02 2025 Info: MID 3706528 RID [0, 3, 6, 8, 9, 10] Response '2.6.0 <kpyQW3tObFHm5SCuIbyhgXuV@example.net> [InternalId=68738593442, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:37:02 2025 Info: Message finished MID 3706528 done
Mon Mar  3 13:37:02 2025 Info: Start MID 3706530 ICID 9307328
Mon Mar  3 13:37:02 2025 Info: MID 3706530 ICID 9307328 From: <umar.fischer@goldenenergy.example.com>
Mon Mar  3 13:37:02 2025 Info: MID 3706530 ICID 9307328 RID 0 To: <keiko61@example.net>
Mon Mar  3 13:37:02 2025 Info: MID 3706530 Message-ID '<MmNiPUHa5xSKBG8A.13271@goldenenergy.example.com>'
Mon Mar  3 13:37:02 2025 Info: MID 3706530 Subject 'Angebot für Müller GmbH'
Mon Mar  3 13:37:02 2025 Info: MID 3706530 ready 5921 bytes from <umar.fischer@goldenenergy.example.com>
Mon Mar  3 13:37:03 2025 Info: MID 3706530 SPF: mailfrom identity umar.fischer@goldenenergy.example.com Pass (v=spf1)
Mon Mar  3 13:37:03 2025 Info: MID 3706530 DKIM: pass signature verified (d=goldenenergy.example.com s=selector1 i=@goldenenergy.example.com)
Mon Mar  3 13:37:03 2025 Info: MID 3706530 DMARC: Message from domain goldenenergy.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:37:03 2025 Info: MID 3706530 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: goldenenergy.example.com
Mon Mar  3 13:37:03 2025 Info: MID 3706530 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:37:03 2025 Info: MID 3706530 interim verdict using engine: CASE spam negative
Mon Mar  3 13:37:04 2025 Info: MID 3706529 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:37:04 2025 Info: MID 3706529 using engine: CASE spam negative
Mon Mar  3 13:37:04 2025 Info: MID 3706529 antivirus negative
Mon Mar  3 13:37:04 2025 Info: MID 3706529 using engine: GRAYMAIL negative
Mon Mar  3 13:37:04 2025 Info: MID 3706529 Outbreak Filters: verdict negative
Mon Mar  3 13:37:04 2025 Info: MID 3706529 queued for delivery
Mon Mar  3 13:37:04 2025 Info: MID 3706530 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:37:04 2025 Info: MID 3706530 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 13:37:04 2025 Info: MID 3706530 using engine: CASE spam negative
Mon Mar  3 13:37:04 2025 Info: MID 3706530 antivirus negative
Mon Mar  3 13:37:04 2025 Info: MID 3706530 using engine: GRAYMAIL negative
Mon Mar  3 13:37:04 2025 Info: MID 3706530 Outbreak Filters: verdict negative
Mon Mar  3 13:37:04 2025 Info: MID 3706530 queued for delivery
Mon Mar  3 13:37:04 2025 Info: Delivery start DCID 8598990 MID 3706529 to RID [0]
Mon Mar  3 13:37:05 2025 Info: New SMTP DCID 8598991 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 13:37:05 2025 Info: Message done DCID 8598990 MID 3706529 to RID [0]
Mon Mar  3 13:37:05 2025 Info: MID 3706529 RID [0] Response '2.6.0 <DOdAC3GeBH0SxcG192e7VSHd@example.net> [InternalId=89404778917, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:37:05 2025 Info: Message finished MID 3706529 done
Mon Mar  3 13:37:05 2025 Info: Delivery start DCID 8598990 MID 3706530 to RID [0]
Mon Mar  3 13:37:05 2025 Info: Message done DCID 8598990 MID 3706530 to RID [0]
Mon Mar  3 13:37:05 2025 Info: MID 3706530 RID [0] Response '2.6.0 <ftClLbY07j5tw3yGfZ4xpie7@example.net> [InternalId=36317123681, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:37:05 2025 Info: Message finished MID 3706530 done
Mon Mar  3 13:37:05 2025 Info: Start MID 3706531 ICID 9307328
Mon Mar  3 13:37:05 2025 Info: MID 3706531 ICID 9307328 From: <keiko.fischer@goldenenergy.example.com>
Mon Mar  3 13:37:05 2025 Info: MID 3706531 ICID 9307328 RID 0 To: <pablo.obrien@example.net>
Mon Mar  3 13:37:05 2025 Info: DCID 8598991 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 13:37:05 2025 Info: MID 3706531 Message-ID '<nWbX2gbSo8R6Bgl5.92941@goldenenergy.example.com>'
Mon Mar  3 13:37:05 2025 Info: MID 3706531 Subject 'Security alert'
Mon Mar  3 13:37:05 2025 Info: MID 3706531 ready 17560 bytes from <keiko.fischer@goldenenergy.example.com>
Mon Mar  3 13:37:06 2025 Info: MID 3706531 SPF: mailfrom identity keiko.fischer@goldenenergy.example.com Pass (v=spf1)
Mon Mar  3 13:37:06 2025 Info: MID 3706531 DKIM: pass signature verified (d=goldenenergy.example.com s=selector1 i=@goldenenergy.example.com)
Mon Mar  3 13:37:06 2025 Info: MID 3706531 DMARC: Message from domain goldenenergy.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:37:06 2025 Info: MID 3706531 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: goldenenergy.example.com
Mon Mar  3 13:37:06 2025 Info: MID 3706531 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:37:06 2025 Info: MID 3706531 interim verdict using engine: CASE spam negative
Mon Mar  3 13:37:06 2025 Info: DCID 8598989 close
Mon Mar  3 13:37:08 2025 Info: MID 3706531 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:37:08 2025 Info: MID 3706531 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 13:37:08 2025 Info: MID 3706531 using engine: CASE spam negative
Mon Mar  3 13:37:08 2025 Info: MID 3706531 antivirus negative
Mon Mar  3 13:37:08 2025 Info: MID 3706531 using engine: GRAYMAIL negative
Mon Mar  3 13:37:08 2025 Info: MID 3706531 Outbreak Filters: verdict negative
Mon Mar  3 13:37:08 2025 Info: MID 3706531 queued for delivery
Mon Mar  3 13:37:08 2025 Info: Delivery start DCID 8598990 MID 3706531 to RID [0]
Mon Mar  3 13:37:08 2025 Info: Message done DCID 8598990 MID 3706531 to RID [0]
Mon Mar  3 13:37:08 2025 Info: MID 3706531 RID [0] Response '2.6.0 <ze3erul8y0ZaMwfKACJ9V4YH@example.net> [InternalId=23285036677, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:37:08 2025 Info: Message finished MID 3706531 done
Mon Mar  3 13:37:08 2025 Info: Start MID 3706532 ICID 9307328
Mon Mar  3 13:37:08 2025 Info: MID 3706532 ICID 9307328 From: <olga.tanaka@goldenenergy.example.com>
Mon Mar  3 13:37:08 2025 Info: MID 3706532 ICID 9307328 RID 0 To: <ben.jensen@example.net>
Mon Mar  3 13:37:08 2025 Info: MID 3706532 Message-ID '<HizlWhiUOmdPA44A.51841@goldenenergy.example.com>'
Mon Mar  3 13:37:08 2025 Info: MID 3706532 Subject 'Tab\tseparated values'
Mon Mar  3 13:37:08 2025 Info: MID 3706532 ready 6801 bytes from <olga.tanaka@goldenenergy.example.com>
Mon Mar  3 13:37:08 2025 Debug: MID 3706532 ICID 9307328 TLS read 6801 bytes (0.962 seconds)
Mon Mar  3 13:37:08 2025 Info: Start MID 3706533 ICID 9307328
Mon Mar  3 13:37:08 2025 Info: MID 3706533 ICID 9307328 From: <qi.okafor@goldenenergy.example.com>
Mon Mar  3 13:37:08 2025 Info: MID 3706533 ICID 9307328 RID 0 To: <tara.dubois@example.net>
Mon Mar  3 13:37:09 2025 Info: MID 3706532 SPF: mailfrom identity olga.tanaka@goldenenergy.example.com Pass (v=spf1)
Mon Mar  3 13:37:09 2025 Info: MID 3706532 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:37:09 2025 Info: MID 3706532 interim verdict using engine: CASE spam negative
Mon Mar  3 13:37:09 2025 Info: DCID 8598991 close
Mon Mar  3 13:37:09 2025 Info: DCID 8598990 close
Mon Mar  3 13:37:09 2025 Info: MID 3706533 Message-ID '<0mfZUbuqTbzhmSdW.4582@goldenenergy.example.com>'
Mon Mar  3 13:37:09 2025 Info: MID 3706533 ready 33281 bytes from <qi.okafor@goldenenergy.example.com>
Mon Mar  3 13:37:09 2025 Info: Start MID 3706534 ICID 9307328
Mon Mar  3 13:37:09 2025 Info: MID 3706534 ICID 9307328 From: <newsletter@goldenenergy.example.com>
Mon Mar  3 13:37:09 2025 Info: MID 3706534 ICID 9307328 RID 0 To: <greta.smith@example.net>
Mon Mar  3 13:37:10 2025 Info: MID 3706533 SPF: mailfrom identity qi.okafor@goldenenergy.example.com Pass (v=spf1)
Mon Mar  3 13:37:10 2025 Info: MID 3706533 DKIM: pass signature verified (d=goldenenergy.example.com s=selector1 i=@goldenenergy.example.com)
Mon Mar  3 13:37:10 2025 Info: MID 3706533 DMARC: Message from domain goldenenergy.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:37:10 2025 Info: MID 3706533 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:37:10 2025 Info: MID 3706533 interim verdict using engine: CASE spam negative
Mon Mar  3 13:37:10 2025 Info: MID 3706534 Message-ID '<ibOlKrmUtd6i228x.98339@goldenenergy.example.com>'
Mon Mar  3 13:37:10 2025 Info: MID 3706534 Subject 'Your statement is ready'
Mon Mar  3 13:37:10 2025 Info: MID 3706534 ready 11960 bytes from <newsletter@goldenenergy.example.com>
Mon Mar  3 13:37:11 2025 Info: Start MID 3706535 ICID 9307328
Mon Mar  3 13:37:11 2025 Info: MID 3706535 ICID 9307328 From: <yusuf54@goldenenergy.example.com>
Mon Mar  3 13:37:11 2025 Info: MID 3706535 ICID 9307328 RID 0 To: <farid.smith@example.net>
Mon Mar  3 13:37:11 2025 Info: MID 3706533 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:37:11 2025 Info: MID 3706533 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 13:37:11 2025 Info: MID 3706533 using engine: CASE spam negative
Mon Mar  3 13:37:11 2025 Info: MID 3706533 antivirus negative
Mon Mar  3 13:37:11 2025 Info: MID 3706533 using engine: GRAYMAIL negative
Mon Mar  3 13:37:11 2025 Info: MID 3706533 Outbreak Filters: verdict negative
Mon Mar  3 13:37:11 2025 Info: MID 3706533 queued for delivery
Mon Mar  3 13:37:11 2025 Info: MID 3706534 SPF: mailfrom identity newsletter@goldenenergy.example.com Pass (v=spf1)
Mon Mar  3 13:37:11 2025 Info: MID 3706534 DKIM: pass signature verified (d=goldenenergy.example.com s=selector1 i=@goldenenergy.example.com)
Mon Mar  3 13:37:11 2025 Info: MID 3706534 DMARC: Message from domain goldenenergy.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:37:11 2025 Info: MID 3706534 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:37:11 2025 Info: MID 3706534 interim verdict using engine: CASE spam negative
Mon Mar  3 13:37:11 2025 Info: MID 3706532 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:37:11 2025 Info: MID 3706532 using engine: CASE spam negative
Mon Mar  3 13:37:11 2025 Info: MID 3706532 antivirus negative
Mon Mar  3 13:37:11 2025 Info: MID 3706532 using engine: GRAYMAIL negative
Mon Mar  3 13:37:11 2025 Info: MID 3706532 Outbreak Filters: verdict negative
Mon Mar  3 13:37:11 2025 Info: MID 3706532 queued for delivery
Mon Mar  3 13:37:11 2025 Info: New SMTP DCID 8598992 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 13:37:11 2025 Info: New SMTP DCID 8598993 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 13:37:11 2025 Info: DCID 8598993 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 13:37:11 2025 Info: Delivery start DCID 8598993 MID 3706533 to RID [0]
Mon Mar  3 13:37:11 2025 Info: DCID 8598992 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 13:37:11 2025 Info: Delivery start DCID 8598992 MID 3706532 to RID [0]
Mon Mar  3 13:37:12 2025 Info: MID 3706535 Message-ID '<pLBj949puJ5utvCK.18830@goldenenergy.example.com>'
Mon Mar  3 13:37:12 2025 Info: MID 3706535 Subject 'Newsletter: March edition'
Mon Mar  3 13:37:12 2025 Info: MID 3706535 ready 9583 bytes from <yusuf54@goldenenergy.example.com>
Mon Mar  3 13:37:12 2025 Info: MID 3706535 SPF: mailfrom identity yusuf54@goldenenergy.example.com Pass (v=spf1)
Mon Mar  3 13:37:12 2025 Info: MID 3706535 DKIM: pass signature verified (d=goldenenergy.example.com s=selector1 i=@goldenenergy.example.com)
Mon Mar  3 13:37:12 2025 Info: MID 3706535 DMARC: Message from domain goldenenergy.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:37:12 2025 Info: MID 3706535 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: goldenenergy.example.com
Mon Mar  3 13:37:12 2025 Info: MID 3706535 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:37:12 2025 Info: MID 3706535 interim verdict using engine: CASE spam negative
Mon Mar  3 13:37:12 2025 Info: Message done DCID 8598992 MID 3706532 to RID [0]
Mon Mar  3 13:37:12 2025 Info: MID 3706532 RID [0] Response '2.6.0 <hBkllII4F7IWWWXtaQcEhfrr@example.net> [InternalId=33574299421, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:37:12 2025 Info: Message finished MID 3706532 done
Mon Mar  3 13:37:12 2025 Info: Message done DCID 8598993 MID 3706533 to RID [0]
Mon Mar  3 13:37:12 2025 Info: MID 3706533 RID [0] Response '2.6.0 <ApNhYtuPz4eARBXNYeBgzqe7@example.net> [InternalId=13609766278, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:37:12 2025 Info: Message finished MID 3706533 done
Mon Mar  3 13:37:12 2025 Info: ICID 9307328 close
Mon Mar  3 13:37:13 2025 Info: MID 3706534 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:37:13 2025 Info: MID 3706534 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 13:37:13 2025 Info: MID 3706534 using engine: CASE spam negative
Mon Mar  3 13:37:13 2025 Info: MID 3706534 antivirus negative
Mon Mar  3 13:37:13 2025 Info: MID 3706534 using engine: GRAYMAIL negative
Mon Mar  3 13:37:13 2025 Info: MID 3706534 Outbreak Filters: verdict negative
Mon Mar  3 13:37:13 2025 Info: MID 3706534 queued for delivery
Mon Mar  3 13:37:13 2025 Info: Delivery start DCID 8598992 MID 3706534 to RID [0]
Mon Mar  3 13:37:13 2025 Info: MID 3706535 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:37:13 2025 Info: MID 3706535 using engine: CASE spam negative
Mon Mar  3 13:37:13 2025 Info: MID 3706535 antivirus negative
Mon Mar  3 13:37:13 2025 Info: MID 3706535 using engine: GRAYMAIL negative
Mon Mar  3 13:37:13 2025 Info: MID 3706535 Outbreak Filters: verdict negative
Mon Mar  3 13:37:13 2025 Info: MID 3706535 queued for delivery
Mon Mar  3 13:37:13 2025 Info: Delivery start DCID 8598993 MID 3706535 to RID [0]
Mon Mar  3 13:37:13 2025 Info: Message done DCID 8598993 MID 3706535 to RID [0]
Mon Mar  3 13:37:13 2025 Info: MID 3706535 RID [0] Response '2.6.0 <MB9ozWWFsQ9p16z4qr0eHZ0y@example.net> [InternalId=34094402039, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:37:13 2025 Info: Message finished MID 3706535 done
Mon Mar  3 13:37:13 2025 Info: Message done DCID 8598992 MID 3706534 to RID [0]
Mon Mar  3 13:37:13 2025 Info: MID 3706534 RID [0] Response '2.6.0 <uc4HkRp8Nq6EWFZUXWhqSvIt@example.net> [InternalId=75099673601, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:37:13 2025 Info: Message finished MID 3706534 done
Mon Mar  3 13:37:15 2025 Info: DCID 8598993 close
Mon Mar  3 13:37:23 2025 Info: DCID 8598992 close
Mon Mar  3 13:42:27 2025 Info: New SMTP ICID 9307329 interface Data 1 (192.0.2.11) address 198.51.100.119 reverse dns host mail9.bigmail.example verified yes
Mon Mar  3 13:42:27 2025 Info: ICID 9307329 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 9.0 country Japan
Mon Mar  3 13:42:28 2025 Info: Start MID 3706536 ICID 9307329
Mon Mar  3 13:42:28 2025 Info: MID 3706536 ICID 9307329 From: <sales@bigmail.example>
Mon Mar  3 13:42:28 2025 Info: MID 3706536 ICID 9307329 RID 0 To: <alerts@example.net>
Mon Mar  3 13:42:28 2025 Info: MID 3706536 ICID 9307329 RID 1 To: <vera.tanaka@example.net>
Mon Mar  3 13:42:28 2025 Info: MID 3706536 Message-ID '<YCltOSL17ch9gsP9.76074@bigmail.example>'
Mon Mar  3 13:42:28 2025 Info: MID 3706536 Subject 'It\'s \'urgent\' say "they"'
Mon Mar  3 13:42:28 2025 Info: MID 3706536 ready 14989 bytes from <sales@bigmail.example>
Mon Mar  3 13:42:29 2025 Info: Start MID 3706537 ICID 9307329
Mon Mar  3 13:42:29 2025 Info: MID 3706537 ICID 9307329 From: <support@bigmail.example>
Mon Mar  3 13:42:29 2025 Info: MID 3706537 ICID 9307329 RID 0 To: <olga.tanaka@example.net>
Mon Mar  3 13:42:29 2025 Info: MID 3706536 SPF: mailfrom identity sales@bigmail.example Pass (v=spf1)
Mon Mar  3 13:42:29 2025 Info: MID 3706536 DKIM: pass signature verified (d=bigmail.example s=selector1 i=@bigmail.example)
Mon Mar  3 13:42:29 2025 Info: MID 3706536 DMARC: Message from domain bigmail.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:42:29 2025 Info: MID 3706536 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:42:29 2025 Info: MID 3706536 interim verdict using engine: CASE spam negative
Mon Mar  3 13:42:29 2025 Info: MID 3706536 using engine: CASE spam positive
Mon Mar  3 13:42:29 2025 Info: MID 3706536 queued for delivery
Mon Mar  3 13:42:29 2025 Info: New SMTP DCID 8598994 interface 192.0.2.111 address 10.20.0.60 port 6025
Mon Mar  3 13:42:29 2025 Info: Delivery start DCID 8598994 MID 3706536 to RID [0, 1]
Mon Mar  3 13:42:29 2025 Info: MID 3706537 Message-ID '<38uq3fqlmBcsaBDi.52302@bigmail.example>'
Mon Mar  3 13:42:29 2025 Info: MID 3706537 Subject '[EXTERNAL] Action required'
Mon Mar  3 13:42:29 2025 Info: MID 3706537 ready 19232 bytes from <support@bigmail.example>
Mon Mar  3 13:42:29 2025 Info: Message done DCID 8598994 MID 3706536 to RID [0, 1] (external quarantine)
Mon Mar  3 13:42:29 2025 Info: MID 3706536 RID [0, 1] Response 'ok:  Message 53760931 accepted'
Mon Mar  3 13:42:29 2025 Info: Message finished MID 3706536 done
Mon Mar  3 13:42:29 2025 Info: ICID 9307329 close
Mon Mar  3 13:42:30 2025 Info: MID 3706537 SPF: mailfrom identity support@bigmail.example Pass (v=spf1)
Mon Mar  3 13:42:30 2025 Info: MID 3706537 DKIM: pass signature verified (d=bigmail.example s=selector1 i=@bigmail.example)
Mon Mar  3 13:42:30 2025 Info: MID 3706537 DMARC: Message from domain bigmail.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:42:30 2025 Info: MID 3706537 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:42:30 2025 Info: MID 3706537 interim verdict using engine: CASE spam negative
Mon Mar  3 13:42:32 2025 Info: MID 3706537 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:42:32 2025 Info: MID 3706537 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 13:42:32 2025 Info: MID 3706537 using engine: CASE spam negative
Mon Mar  3 13:42:32 2025 Info: MID 3706537 antivirus negative
Mon Mar  3 13:42:32 2025 Info: MID 3706537 using engine: GRAYMAIL negative
Mon Mar  3 13:42:32 2025 Info: MID 3706537 Outbreak Filters: verdict negative
Mon Mar  3 13:42:32 2025 Info: MID 3706537 queued for delivery
Mon Mar  3 13:42:32 2025 Info: New SMTP DCID 8598995 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 13:42:32 2025 Info: DCID 8598995 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 13:42:32 2025 Info: Delivery start DCID 8598995 MID 3706537 to RID [0]
Mon Mar  3 13:42:33 2025 Info: Message done DCID 8598995 MID 3706537 to RID [0]
Mon Mar  3 13:42:33 2025 Info: MID 3706537 RID [0] Response '2.6.0 <pTpb37lHkPREfYkJz8zLwQBG@example.net> [InternalId=67748929575, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:42:33 2025 Info: Message finished MID 3706537 done
Mon Mar  3 13:42:39 2025 Info: DCID 8598994 close
Mon Mar  3 13:42:42 2025 Info: DCID 8598995 close
Mon Mar  3 14:20:55 2025 Info: New SMTP ICID 9307330 interface Data 2 (10.20.0.21) address 10.20.1.14 reverse dns host exch01.corp.example.net verified yes
Mon Mar  3 14:20:55 2025 Info: ICID 9307330 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 14:20:55 2025 Info: ICID 9307330 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 14:20:55 2025 Info: Start MID 3706538 ICID 9307330
Mon Mar  3 14:20:55 2025 Info: MID 3706538 ICID 9307330 From: <rosa42@example.net>
Mon Mar  3 14:20:55 2025 Info: MID 3706538 ICID 9307330 RID 0 To: <hugo.schmidt@summitmedia.example.de>
Mon Mar  3 14:20:55 2025 Info: MID 3706538 ICID 9307330 RID 1 To: <nils.dubois@summitmedia.example.de>
Mon Mar  3 14:20:55 2025 Info: MID 3706538 ICID 9307330 RID 2 To: <rosa.nguyen@example.net>
Mon Mar  3 14:20:55 2025 Info: MID 3706538 ICID 9307330 RID 3 To: <umar18@example.net>
Mon Mar  3 14:20:55 2025 Info: MID 3706538 ICID 9307330 RID 4 To: <greta.fischer@alpineinsurance.test>
Mon Mar  3 14:20:55 2025 Info: MID 3706538 ICID 9307330 RID 5 To: <anna.rossi@redrealty.example.de>
Mon Mar  3 14:20:56 2025 Info: MID 3706538 Message-ID '<SU1blubAHu3HmrFN.97257@exch01.corp.example.net>'
Mon Mar  3 14:20:56 2025 Info: MID 3706538 Subject "Re: Customer's feedback"
Mon Mar  3 14:20:56 2025 Info: MID 3706538 ready 32921 bytes from <rosa42@example.net>
Mon Mar  3 14:20:56 2025 Info: ICID 9307330 close
Mon Mar  3 14:20:56 2025 Info: MID 3706538 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 14:20:57 2025 Info: MID 3706538 antivirus negative
Mon Mar  3 14:20:57 2025 Info: MID 3706538 Outbreak Filters: verdict negative
Mon Mar  3 14:20:57 2025 Info: MID 3706538 queued for delivery
Mon Mar  3 14:20:57 2025 Info: New SMTP DCID 8598996 interface 192.0.2.111 address 198.51.100.97 port 25
Mon Mar  3 14:20:57 2025 Info: New SMTP DCID 8598997 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 14:20:57 2025 Info: New SMTP DCID 8598998 interface 192.0.2.111 address 203.0.113.200 port 25
Mon Mar  3 14:20:57 2025 Info: New SMTP DCID 8598999 interface 192.0.2.111 address 198.51.100.197 port 25
Mon Mar  3 14:20:57 2025 Info: DCID 8598997 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 14:20:57 2025 Info: Delivery start DCID 8598997 MID 3706538 to RID [2, 3]
Mon Mar  3 14:20:57 2025 Info: DCID 8598996 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 14:20:57 2025 Info: Delivery start DCID 8598996 MID 3706538 to RID [5]
Mon Mar  3 14:20:57 2025 Info: DCID 8598999 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 14:20:57 2025 Info: Delivery start DCID 8598999 MID 3706538 to RID [4]
Mon Mar  3 14:20:57 2025 Info: Message done DCID 8598997 MID 3706538 to RID [2, 3]
Mon Mar  3 14:20:57 2025 Info: MID 3706538 RID [2, 3] Response '2.6.0 <Sgn7vTJvvqoXiisEz2Nbw00S@example.net> [InternalId=69262212035, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 14:20:57 2025 Info: DCID 8598998 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 14:20:57 2025 Info: Delivery start DCID 8598998 MID 3706538 to RID [0, 1]
Mon Mar  3 14:20:58 2025 Info: Message done DCID 8598996 MID 3706538 to RID [5]
Mon Mar  3 14:20:58 2025 Info: MID 3706538 RID [5] Response '2.0.0 Ok: queued as VnfBqKXJYROehO'
Mon Mar  3 14:20:58 2025 Info: Message done DCID 8598999 MID 3706538 to RID [4]
Mon Mar  3 14:20:58 2025 Info: MID 3706538 RID [4] Response '2.0.0 Ok: queued as iwOA5IYge513Ao'
Mon Mar  3 14:20:58 2025 Info: Message done DCID 8598998 MID 3706538 to RID [0, 1]
Mon Mar  3 14:20:58 2025 Info: MID 3706538 RID [0, 1] Response '2.0.0 Ok: queued as z9KW8o5XrrOAA8'
Mon Mar  3 14:20:58 2025 Info: Message finished MID 3706538 done
Mon Mar  3 14:21:04 2025 Info: DCID 8598996 close
Mon Mar  3 14:21:06 2025 Info: DCID 8598997 close
Mon Mar  3 14:21:06 2025 Info: DCID 8598998 close
Mon Mar  3 14:21:07 2025 Info: DCID 8598999 close
Mon Mar  3 14:59:51 2025 Info: New SMTP ICID 9307331 interface Data 2 (10.20.0.21) address 10.20.1.14 reverse dns host exch01.corp.example.net verified yes
Mon Mar  3 14:59:51 2025 Info: ICID 9307331 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 14:59:51 2025 Info: ICID 9307331 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 14:59:52 2025 Info: Start MID 3706539 ICID 9307331
Mon Mar  3 14:59:52 2025 Info: MID 3706539 ICID 9307331 From: <sven.okafor@example.net>
Mon Mar  3 14:59:52 2025 Info: MID 3706539 ICID 9307331 RID 0 To: <ines.silva@example.net>
Mon Mar  3 14:59:52 2025 Info: MID 3706539 Message-ID '<0IeTlMGnx34IKS4g.93317@exch01.corp.example.net>'
Mon Mar  3 14:59:52 2025 Info: MID 3706539 Subject "Don't forget the deadline"
Mon Mar  3 14:59:52 2025 Info: MID 3706539 ready 16545 bytes from <sven.okafor@example.net>
Mon Mar  3 14:59:53 2025 Info: MID 3706539 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 14:59:53 2025 Info: ICID 9307331 close
Mon Mar  3 14:59:54 2025 Info: MID 3706539 antivirus negative
Mon Mar  3 14:59:54 2025 Info: MID 3706539 Outbreak Filters: verdict negative
Mon Mar  3 14:59:54 2025 Info: MID 3706539 queued for delivery
Mon Mar  3 14:59:54 2025 Info: New SMTP DCID 8599000 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 14:59:54 2025 Info: DCID 8599000 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 14:59:54 2025 Info: Delivery start DCID 8599000 MID 3706539 to RID [0]
Mon Mar  3 14:59:55 2025 Info: Message done DCID 8599000 MID 3706539 to RID [0]
Mon Mar  3 14:59:55 2025 Info: MID 3706539 RID [0] Response '2.6.0 <BGRBuyJI28EdutxVXAV824K4@example.net> [InternalId=50117798610, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 14:59:55 2025 Info: Message finished MID 3706539 done
Mon Mar  3 14:59:57 2025 Info: DCID 8599000 close
Mon Mar  3 15:08:36 2025 Info: New SMTP ICID 9307332 interface Data 2 (10.20.0.21) address 10.20.1.13 reverse dns host exch01.corp.example.net verified yes
Mon Mar  3 15:08:36 2025 Info: ICID 9307332 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 15:08:36 2025 Info: ICID 9307332 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 15:08:37 2025 Info: Start MID 3706540 ICID 9307332
Mon Mar  3 15:08:37 2025 Info: MID 3706540 ICID 9307332 From: <sean.smith@example.net>
Mon Mar  3 15:08:37 2025 Info: MID 3706540 ICID 9307332 RID 0 To: <jonas.rossi@sunnyairlines.example.com>
Mon Mar  3 15:08:38 2025 Info: MID 3706540 Message-ID '<UlkHtxwDay4CCbOC.92716@exch01.corp.example.net>'
Mon Mar  3 15:08:38 2025 Info: MID 3706540 Subject 'Re: Meeting tomorrow'
Mon Mar  3 15:08:38 2025 Info: MID 3706540 ready 10245 bytes from <sean.smith@example.net>
Mon Mar  3 15:08:38 2025 Info: ICID 9307332 close
Mon Mar  3 15:08:38 2025 Info: MID 3706540 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 15:08:38 2025 Info: Start MID 3706541 ICID 0
Mon Mar  3 15:08:38 2025 Info: MID 3706541 was generated based on MID 3706540 by bcc filter 'Archive Copy'
Mon Mar  3 15:08:38 2025 Info: MID 3706541 ICID 0 From: <sean.smith@example.net>
Mon Mar  3 15:08:38 2025 Info: MID 3706541 ICID 0 RID 0 To: <journal@archive.example.net>
Mon Mar  3 15:08:38 2025 Info: MID 3706541 ready 10595 bytes from <sean.smith@example.net>
Mon Mar  3 15:08:39 2025 Info: MID 3706541 antivirus negative
Mon Mar  3 15:08:39 2025 Info: MID 3706541 Outbreak Filters: verdict negative
Mon Mar  3 15:08:39 2025 Info: MID 3706541 queued for delivery
Mon Mar  3 15:08:39 2025 Info: New SMTP DCID 8599001 interface 192.0.2.111 address 10.20.0.40 port 25
Mon Mar  3 15:08:39 2025 Info: Delivery start DCID 8599001 MID 3706541 to RID [0]
Mon Mar  3 15:08:40 2025 Info: Message done DCID 8599001 MID 3706541 to RID [0]
Mon Mar  3 15:08:40 2025 Info: MID 3706541 RID [0] Response '2.0.0 Ok: queued as R5KpXvuhKaMcbQ'
Mon Mar  3 15:08:40 2025 Info: Message finished MID 3706541 done
Mon Mar  3 15:08:40 2025 Info: MID 3706540 antivirus negative
Mon Mar  3 15:08:40 2025 Info: MID 3706540 Outbreak Filters: verdict negative
Mon Mar  3 15:08:40 2025 Info: MID 3706540 queued for delivery
Mon Mar  3 15:08:40 2025 Info: New SMTP DCID 8599002 interface 192.0.2.111 address 198.51.100.83 port 25
Mon Mar  3 15:08:40 2025 Info: DCID 8599002 STARTTLS command not supported.
Mon Mar  3 15:08:40 2025 Info: Delivery start DCID 8599002 MID 3706540 to RID [0]
Mon Mar  3 15:08:41 2025 Info: Message done DCID 8599002 MID 3706540 to RID [0]
Mon Mar  3 15:08:41 2025 Info: MID 3706540 RID [0] Response '2.0.0 Ok: queued as ba9SSlVAPiNe0G'
Mon Mar  3 15:08:41 2025 Info: Message finished MID 3706540 done
Mon Mar  3 15:08:49 2025 Info: DCID 8599002 close
Mon Mar  3 15:08:49 2025 Info: DCID 8599001 close
Mon Mar  3 15:56:56 2025 Info: New SMTP ICID 9307333 interface Data 2 (10.20.0.21) address 10.20.1.14 reverse dns host exch03.corp.example.net verified yes
Mon Mar  3 15:56:56 2025 Info: ICID 9307333 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 15:56:57 2025 Info: ICID 9307333 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 15:56:57 2025 Info: Start MID 3706542 ICID 9307333
Mon Mar  3 15:56:57 2025 Info: MID 3706542 ICID 9307333 From: <greta.silva@example.net>
Mon Mar  3 15:56:57 2025 Info: MID 3706542 ICID 9307333 RID 0 To: <hugo.nguyen@iron-media.example>
Mon Mar  3 15:56:58 2025 Info: MID 3706542 Message-ID '<qsnWOAioWvEfonYk.83108@exch01.corp.example.net>'
Mon Mar  3 15:56:58 2025 Info: MID 3706542 Subject 'Weekly digest'
Mon Mar  3 15:56:58 2025 Info: MID 3706542 ready 5204 bytes from <greta.silva@example.net>
Mon Mar  3 15:56:58 2025 Info: Start MID 3706543 ICID 9307333
Mon Mar  3 15:56:58 2025 Info: MID 3706543 ICID 9307333 From: <rosa.novak@example.net>
Mon Mar  3 15:56:58 2025 Info: MID 3706543 ICID 9307333 RID 0 To: <hugo68@bigmail.example>
Mon Mar  3 15:56:58 2025 Info: MID 3706542 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 15:56:59 2025 Info: MID 3706543 Message-ID '<6nRuI1imoka40RD9.58579@exch01.corp.example.net>'
Mon Mar  3 15:56:59 2025 Info: MID 3706543 Subject "O'Brien & Sons proposal"
Mon Mar  3 15:56:59 2025 Info: MID 3706543 ready 13488 bytes from <rosa.novak@example.net>
Mon Mar  3 15:56:59 2025 Info: MID 3706543 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 15:56:59 2025 Info: ICID 9307333 close
Mon Mar  3 15:56:59 2025 Info: MID 3706542 antivirus negative
Mon Mar  3 15:56:59 2025 Info: MID 3706542 Outbreak Filters: verdict negative
Mon Mar  3 15:56:59 2025 Info: MID 3706542 queued for delivery
Mon Mar  3 15:56:59 2025 Info: New SMTP DCID 8599003 interface 192.0.2.111 address 198.51.100.186 port 25
Mon Mar  3 15:57:00 2025 Info: MID 3706543 antivirus negative
Mon Mar  3 15:57:00 2025 Info: MID 3706543 Outbreak Filters: verdict negative
Mon Mar  3 15:57:00 2025 Info: MID 3706543 queued for delivery
Mon Mar  3 15:57:00 2025 Info: New SMTP DCID 8599004 interface 192.0.2.111 address 198.51.100.222 port 25
Mon Mar  3 15:57:00 2025 Info: DCID 8599003 TLS failed: [Errno 104] Connection reset by peer
Mon Mar  3 15:57:00 2025 Info: Delivery start DCID 8599003 MID 3706542 to RID [0]
Mon Mar  3 15:57:00 2025 Info: Delivery start DCID 8599004 MID 3706543 to RID [0]
Mon Mar  3 15:57:00 2025 Info: Message done DCID 8599003 MID 3706542 to RID [0]
Mon Mar  3 15:57:00 2025 Info: MID 3706542 RID [0] Response '2.0.0 Ok: queued as iCWdcPBMB55l9u'
Mon Mar  3 15:57:00 2025 Info: Message finished MID 3706542 done
Mon Mar  3 15:57:02 2025 Info: Message done DCID 8599004 MID 3706543 to RID [0]
Mon Mar  3 15:57:02 2025 Info: MID 3706543 RID [0] Response '2.0.0 OK  1760215469 kddfyhpwwr2nsi5013732.85 - gsmtp'
Mon Mar  3 15:57:02 2025 Info: Message finished MID 3706543 done
Mon Mar  3 15:57:10 2025 Info: DCID 8599003 close
Mon Mar  3 15:57:11 2025 Info: DCID 8599004 close
Mon Mar  3 16:17:29 2025 Info: New SMTP ICID 9307334 interface Data 1 (192.0.2.11) address 203.0.113.198 reverse dns host mx8.sunny-retail.example verified yes
Mon Mar  3 16:17:29 2025 Info: ICID 9307334 ACCEPT SG UNKNOWNLIST match sbrs[none] SBRS None country France
Mon Mar  3 16:17:29 2025 Info: ICID 9307334 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 16:17:30 2025 Info: Start MID 3706544 ICID 9307334
Mon Mar  3 16:17:30 2025 Info: MID 3706544 ICID 9307334 From: <anna.novak@sunny-retail.example>
Mon Mar  3 16:17:30 2025 Info: MID 3706544 ICID 9307334 RID 0 To: <support@example.net>
Mon Mar  3 16:17:31 2025 Info: MID 3706544 Message-ID '<E5rByeAc84TvKSmV.58768@sunny-retail.example>'
Mon Mar  3 16:17:31 2025 Info: MID 3706544 Subject 'Réunion de lundi'
Mon Mar  3 16:17:31 2025 Info: MID 3706544 ready 13539 bytes from <anna.novak@sunny-retail.example>
Mon Mar  3 16:17:31 2025 Info: MID 3706544 SPF: mailfrom identity anna.novak@sunny-retail.example Pass (v=spf1)
Mon Mar  3 16:17:31 2025 Info: MID 3706544 DKIM: pass signature verified (d=sunny-retail.example s=selector1 i=@sunny-retail.example)
Mon Mar  3 16:17:31 2025 Info: MID 3706544 DMARC: Message from domain sunny-retail.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 16:17:31 2025 Info: MID 3706544 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 16:17:31 2025 Info: MID 3706544 interim verdict using engine: CASE spam negative
Mon Mar  3 16:17:33 2025 Info: Start MID 3706545 ICID 9307334
Mon Mar  3 16:17:33 2025 Info: MID 3706545 ICID 9307334 From: <liam16@sunny-retail.example>
Mon Mar  3 16:17:33 2025 Info: MID 3706545 ICID 9307334 To: <pablo.garciax@example.net> Rejected by LDAPACCEPT
Mon Mar  3 16:17:33 2025 Info: MID 3706545 ICID 9307334 RID 0 To: <david62@example.org>
Mon Mar  3 16:17:33 2025 Info: MID 3706545 ICID 9307334 RID 1 To: <pablo.silva@example.net>
Mon Mar  3 16:17:33 2025 Info: MID 3706544 interim AV verdict using Sophos CLEAN
Mon Mar  3 16:17:33 2025 Info: MID 3706544 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 16:17:33 2025 Info: MID 3706544 using engine: CASE spam negative
Mon Mar  3 16:17:33 2025 Info: MID 3706544 antivirus negative
Mon Mar  3 16:17:33 2025 Info: MID 3706544 using engine: GRAYMAIL negative
Mon Mar  3 16:17:33 2025 Info: MID 3706544 Outbreak Filters: verdict negative
Mon Mar  3 16:17:33 2025 Info: MID 3706544 queued for delivery
Mon Mar  3 16:17:34 2025 Info: New SMTP DCID 8599005 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 16:17:34 2025 Info: DCID 8599005 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 16:17:34 2025 Info: Delivery start DCID 8599005 MID 3706544 to RID [0]
Mon Mar  3 16:17:34 2025 Info: MID 3706545 Message-ID '<F0Aggj5wr4g9bupn.18963@sunny-retail.example>'
Mon Mar  3 16:17:34 2025 Info: MID 3706545 Subject 'Welcome to the team'
Mon Mar  3 16:17:34 2025 Info: MID 3706545 ready 20184 bytes from <liam16@sunny-retail.example>
Mon Mar  3 16:17:34 2025 Info: Message done DCID 8599005 MID 3706544 to RID [0]
Mon Mar  3 16:17:34 2025 Info: MID 3706544 RID [0] Response '2.6.0 <LetxzX5gZ3M5dma9IPCHLNME@example.net> [InternalId=52751770319, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 16:17:34 2025 Info: Message finished MID 3706544 done
Mon Mar  3 16:17:34 2025 Info: ICID 9307334 close
Mon Mar  3 16:17:35 2025 Info: MID 3706545 SPF: mailfrom identity liam16@sunny-retail.example Pass (v=spf1)
Mon Mar  3 16:17:35 2025 Info: MID 3706545 DKIM: pass signature verified (d=sunny-retail.example s=selector1 i=@sunny-retail.example)
Mon Mar  3 16:17:35 2025 Info: MID 3706545 DMARC: Message from domain sunny-retail.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 16:17:35 2025 Info: MID 3706545 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: sunny-retail.example
Mon Mar  3 16:17:35 2025 Info: MID 3706545 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 16:17:35 2025 Info: MID 3706545 interim verdict using engine: CASE spam negative
Mon Mar  3 16:17:36 2025 Info: MID 3706545 interim AV verdict using Sophos CLEAN
Mon Mar  3 16:17:36 2025 Info: MID 3706545 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 16:17:36 2025 Info: MID 3706545 using engine: CASE spam negative
Mon Mar  3 16:17:36 2025 Info: MID 3706545 antivirus negative
Mon Mar  3 16:17:36 2025 Info: MID 3706545 using engine: GRAYMAIL negative
Mon Mar  3 16:17:36 2025 Info: MID 3706545 Outbreak Filters: verdict negative
Mon Mar  3 16:17:36 2025 Info: MID 3706545 queued for delivery
Mon Mar  3 16:17:36 2025 Info: Delivery start DCID 8599005 MID 3706545 to RID [1]
Mon Mar  3 16:17:36 2025 Info: Message done DCID 8599005 MID 3706545 to RID [1]
Mon Mar  3 16:17:36 2025 Info: MID 3706545 RID [1] Response '2.6.0 <PTffRWNPcsKCjue9hfJmTFNy@example.net> [InternalId=29028669630, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 16:17:36 2025 Info: New SMTP DCID 8599006 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 16:17:36 2025 Info: DCID 8599006 IP 10.30.0.25 TLS was required but could not be successfully negotiated
Mon Mar  3 16:17:36 2025 Info: DCID 8599006 close
Mon Mar  3 16:17:38 2025 Info: New SMTP ICID 9307335 interface Data 2 (10.20.0.21) address 10.20.1.13 reverse dns host exch03.corp.example.net verified yes
Mon Mar  3 16:17:38 2025 Info: ICID 9307335 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 16:17:38 2025 Info: ICID 9307335 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 16:17:38 2025 Info: Start MID 3706546 ICID 9307335
Mon Mar  3 16:17:38 2025 Info: MID 3706546 ICID 9307335 From: <umar.kowalski@example.net>
Mon Mar  3 16:17:38 2025 Info: MID 3706546 ICID 9307335 RID 0 To: <sven.larsen@greenfoods.test>
Mon Mar  3 16:17:39 2025 Info: DCID 8599005 close
Mon Mar  3 16:17:39 2025 Info: MID 3706546 Message-ID '<zMtNZivQkTLHPU9v.33150@exch01.corp.example.net>'
Mon Mar  3 16:17:39 2025 Info: MID 3706546 Subject 'Quarterly report'
Mon Mar  3 16:17:39 2025 Info: MID 3706546 ready 352678 bytes from <umar.kowalski@example.net>
Mon Mar  3 16:17:39 2025 Info: ICID 9307335 close
Mon Mar  3 16:17:40 2025 Info: MID 3706546 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 16:17:40 2025 Info: MID 3706546 antivirus negative
Mon Mar  3 16:17:40 2025 Info: MID 3706546 Outbreak Filters: verdict negative
Mon Mar  3 16:17:40 2025 Info: MID 3706546 queued for delivery
Mon Mar  3 16:17:40 2025 Info: New SMTP DCID 8599007 interface 192.0.2.111 address 203.0.113.67 port 25
Mon Mar  3 16:17:41 2025 Info: DCID 8599007 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 16:17:41 2025 Info: Delivery start DCID 8599007 MID 3706546 to RID [0]
Mon Mar  3 16:17:42 2025 Info: Message done DCID 8599007 MID 3706546 to RID [0]
Mon Mar  3 16:17:42 2025 Info: MID 3706546 RID [0] Response '2.0.0 Ok: queued as Ln8ETactBqu7hB'
Mon Mar  3 16:17:42 2025 Info: Message finished MID 3706546 done
Mon Mar  3 16:17:46 2025 Info: DCID 8599007 close
Mon Mar  3 16:28:37 2025 Info: New SMTP DCID 8599008 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 16:28:37 2025 Info: Delivery start DCID 8599008 MID 3706545 to RID [0]
Mon Mar  3 16:28:37 2025 Info: Message done DCID 8599008 MID 3706545 to RID [0]
Mon Mar  3 16:28:37 2025 Info: MID 3706545 RID [0] Response '2.6.0 <DcxrqS0foEVoCr9NXXUaENxm@example.net> [InternalId=11447907629, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 16:28:37 2025 Info: Message finished MID 3706545 done
Mon Mar  3 16:28:40 2025 Info: DCID 8599008 close
Mon Mar  3 17:11:38 2025 Info: New SMTP ICID 9307336 interface Data 1 (192.0.2.11) address 198.51.100.48 reverse dns host mx2.bigmail.example verified yes
Mon Mar  3 17:11:38 2025 Info: ICID 9307336 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 8.2 country Brazil
Mon Mar  3 17:11:38 2025 Info: ICID 9307336 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 17:11:41 2025 Info: ICID 9307336 close
Mon Mar  3 18:27:43 2025 Info: New SMTP ICID 9307337 interface Data 1 (192.0.2.11) address 203.0.113.50 reverse dns host mx1.bright-foods.example verified yes
Mon Mar  3 18:27:43 2025 Info: ICID 9307337 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.5 country United Kingdom
Mon Mar  3 18:27:43 2025 Info: ICID 9307337 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 18:27:43 2025 Info: Start MID 3706547 ICID 9307337
Mon Mar  3 18:27:43 2025 Info: MID 3706547 ICID 9307337 From: <anna.silva@bright-foods.example>
Mon Mar  3 18:27:43 2025 Info: MID 3706547 ICID 9307337 RID 0 To: <jonas21@example.net>
Mon Mar  3 18:27:44 2025 Info: MID 3706547 Message-ID '<8lrgYZpivlYmcIaN.42166@bright-foods.example>'
Mon Mar  3 18:27:44 2025 Info: MID 3706547 Subject 'Quarterly report'
Mon Mar  3 18:27:44 2025 Info: MID 3706547 ready 4249 bytes from <anna.silva@bright-foods.example>
Mon Mar  3 18:27:44 2025 Info: Start MID 3706548 ICID 9307337
Mon Mar  3 18:27:44 2025 Info: MID 3706548 ICID 9307337 From: <alerts@bright-foods.example>
Mon Mar  3 18:27:44 2025 Info: MID 3706548 ICID 9307337 RID 0 To: <carla.costa@example.net>
Mon Mar  3 18:27:44 2025 Info: MID 3706547 SPF: mailfrom identity anna.silva@bright-foods.example Pass (v=spf1)
Mon Mar  3 18:27:44 2025 Info: MID 3706547 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: bright-foods.example
Mon Mar  3 18:27:44 2025 Info: MID 3706547 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 18:27:44 2025 Info: MID 3706547 interim verdict using engine: CASE spam negative
Mon Mar  3 18:27:44 2025 Info: MID 3706548 Message-ID '<VsZEn6BpiI7oANk5.7701@bright-foods.example>'
Mon Mar  3 18:27:44 2025 Info: MID 3706548 Subject 'Résumé – candidate #12'
Mon Mar  3 18:27:44 2025 Info: MID 3706548 ready 2093 bytes from <alerts@bright-foods.example>
Mon Mar  3 18:27:45 2025 Info: Start MID 3706549 ICID 9307337
Mon Mar  3 18:27:45 2025 Info: MID 3706549 ICID 9307337 From: <sven.murphy@bright-foods.example>
Mon Mar  3 18:27:45 2025 Info: MID 3706549 ICID 9307337 RID 0 To: <anna.murphy@example.net>
Mon Mar  3 18:27:45 2025 Info: MID 3706549 ICID 9307337 RID 1 To: <sven.garcia@example.net>
Mon Mar  3 18:27:45 2025 Info: MID 3706547 interim AV verdict using Sophos CLEAN
Mon Mar  3 18:27:45 2025 Info: MID 3706547 using engine: CASE spam negative
Mon Mar  3 18:27:45 2025 Info: MID 3706547 antivirus negative
Mon Mar  3 18:27:45 2025 Info: MID 3706547 using engine: GRAYMAIL negative
Mon Mar  3 18:27:45 2025 Info: MID 3706547 Outbreak Filters: verdict negative
Mon Mar  3 18:27:45 2025 Info: MID 3706547 queued for delivery
Mon Mar  3 18:27:45 2025 Info: New SMTP DCID 8599009 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 18:27:45 2025 Info: MID 3706548 SPF: mailfrom identity alerts@bright-foods.example Pass (v=spf1)
Mon Mar  3 18:27:45 2025 Info: MID 3706548 DKIM: pass signature verified (d=bright-foods.example s=selector1 i=@bright-foods.example)
Mon Mar  3 18:27:45 2025 Info: MID 3706548 DMARC: Message from domain bright-foods.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 18:27:45 2025 Info: MID 3706548 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 18:27:45 2025 Info: MID 3706548 interim verdict using engine: CASE spam negative
Mon Mar  3 18:27:45 2025 Info: Start MID 3706550 ICID 0
Mon Mar  3 18:27:45 2025 Info: MID 3706550 was generated based on MID 3706548 by bcc filter 'Archive Copy'
Mon Mar  3 18:27:45 2025 Info: MID 3706550 ICID 0 From: <alerts@bright-foods.example>
Mon Mar  3 18:27:45 2025 Info: MID 3706550 ICID 0 RID 0 To: <journal@archive.example.net>
Mon Mar  3 18:27:45 2025 Info: MID 3706550 ready 2443 bytes from <alerts@bright-foods.example>
Mon Mar  3 18:27:45 2025 Info: DCID 8599009 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 18:27:45 2025 Info: Delivery start DCID 8599009 MID 3706547 to RID [0]
Mon Mar  3 18:27:46 2025 Info: MID 3706549 Message-ID '<8E1FotYIZWZjjwSa.78552@bright-foods.example>'
Mon Mar  3 18:27:46 2025 Info: MID 3706549 Subject '[EXTERNAL] Action required'
Mon Mar  3 18:27:46 2025 Info: MID 3706549 ready 29647 bytes from <sven.murphy@bright-foods.example>
Mon Mar  3 18:27:46 2025 Info: Message done DCID 8599009 MID 3706547 to RID [0]
Mon Mar  3 18:27:46 2025 Info: MID 3706547 RID [0] Response '2.6.0 <2nMuFleSV5sCXpOzaTRAhB0d@example.net> [InternalId=80284691695, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 18:27:46 2025 Info: Message finished MID 3706547 done
Mon Mar  3 18:27:46 2025 Info: MID 3706550 interim AV verdict using Sophos CLEAN
Mon Mar  3 18:27:46 2025 Info: MID 3706550 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 18:27:46 2025 Info: MID 3706550 using engine: CASE spam negative
Mon Mar  3 18:27:46 2025 Info: MID 3706550 antivirus negative
Mon Mar  3 18:27:46 2025 Info: MID 3706550 using engine: GRAYMAIL negative
Mon Mar  3 18:27:46 2025 Info: MID 3706550 Outbreak Filters: verdict negative
Mon Mar  3 18:27:46 2025 Info: MID 3706550 queued for delivery
Mon Mar  3 18:27:46 2025 Info: MID 3706549 SPF: mailfrom identity sven.murphy@bright-foods.example Pass (v=spf1)
Mon Mar  3 18:27:46 2025 Info: MID 3706549 DKIM: pass signature verified (d=bright-foods.example s=selector1 i=@bright-foods.example)
Mon Mar  3 18:27:46 2025 Info: MID 3706549 DMARC: Message from domain bright-foods.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 18:27:46 2025 Info: MID 3706549 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 18:27:46 2025 Info: MID 3706549 interim verdict using engine: CASE spam negative
Mon Mar  3 18:27:46 2025 Info: New SMTP DCID 8599010 interface 192.0.2.111 address 10.20.0.40 port 25
Mon Mar  3 18:27:46 2025 Info: DCID 8599010 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 18:27:46 2025 Info: Delivery start DCID 8599010 MID 3706550 to RID [0]
Mon Mar  3 18:27:46 2025 Info: Start MID 3706551 ICID 9307337
Mon Mar  3 18:27:46 2025 Info: MID 3706551 ICID 9307337 From: <ben.larsen@bright-foods.example>
Mon Mar  3 18:27:46 2025 Info: MID 3706551 ICID 9307337 RID 0 To: <olga.murphy@example.org>
Mon Mar  3 18:27:46 2025 Info: MID 3706548 interim AV verdict using Sophos CLEAN
Mon Mar  3 18:27:46 2025 Info: MID 3706548 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 18:27:46 2025 Info: MID 3706548 using engine: CASE spam negative
Mon Mar  3 18:27:46 2025 Info: MID 3706548 antivirus negative
Mon Mar  3 18:27:46 2025 Info: MID 3706548 using engine: GRAYMAIL marketing_mail
Mon Mar  3 18:27:46 2025 Info: MID 3706548 Outbreak Filters: verdict negative
Mon Mar  3 18:27:46 2025 Info: MID 3706548 queued for delivery
Mon Mar  3 18:27:46 2025 Info: Delivery start DCID 8599009 MID 3706548 to RID [0]
Mon Mar  3 18:27:46 2025 Info: Message done DCID 8599010 MID 3706550 to RID [0]
Mon Mar  3 18:27:46 2025 Info: MID 3706550 RID [0] Response '2.0.0 Ok: queued as 08mtz0eL182fNE'
Mon Mar  3 18:27:46 2025 Info: Message finished MID 3706550 done
Mon Mar  3 18:27:46 2025 Info: MID 3706551 Message-ID '<90mrq0IdL0UWhDoB.43787@bright-foods.example>'
Mon Mar  3 18:27:46 2025 Info: MID 3706551 Subject 'Angebot für Müller GmbH'
Mon Mar  3 18:27:46 2025 Info: MID 3706551 ready 5505 bytes from <ben.larsen@bright-foods.example>
Mon Mar  3 18:27:46 2025 Info: ICID 9307337 close
Mon Mar  3 18:27:47 2025 Info: Message done DCID 8599009 MID 3706548 to RID [0]
Mon Mar  3 18:27:47 2025 Info: MID 3706548 RID [0] Response '2.6.0 <Ryd49D9Lsv80WGL0eWV9EumG@example.net> [InternalId=61109978923, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 18:27:47 2025 Info: Message finished MID 3706548 done
Mon Mar  3 18:27:47 2025 Info: MID 3706551 SPF: mailfrom identity ben.larsen@bright-foods.example Pass (v=spf1)
Mon Mar  3 18:27:47 2025 Info: MID 3706551 DKIM: pass signature verified (d=bright-foods.example s=selector1 i=@bright-foods.example)
Mon Mar  3 18:27:47 2025 Info: MID 3706551 DMARC: Message from domain bright-foods.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 18:27:47 2025 Info: MID 3706551 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 18:27:47 2025 Info: MID 3706551 interim verdict using engine: CASE spam negative
Mon Mar  3 18:27:47 2025 Info: MID 3706551 interim AV verdict using Sophos CLEAN
Mon Mar  3 18:27:47 2025 Info: MID 3706551 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 18:27:47 2025 Info: MID 3706551 using engine: CASE spam negative
Mon Mar  3 18:27:47 2025 Info: MID 3706551 antivirus negative
Mon Mar  3 18:27:47 2025 Info: MID 3706551 using engine: GRAYMAIL negative
Mon Mar  3 18:27:47 2025 Info: MID 3706551 Outbreak Filters: verdict negative
Mon Mar  3 18:27:47 2025 Info: MID 3706551 queued for delivery
Mon Mar  3 18:27:47 2025 Info: New SMTP DCID 8599011 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 18:27:47 2025 Info: DCID 8599011 STARTTLS command not supported.
Mon Mar  3 18:27:47 2025 Info: Delivery start DCID 8599011 MID 3706551 to RID [0]
Mon Mar  3 18:27:47 2025 Info: MID 3706549 interim AV verdict using Sophos CLEAN
Mon Mar  3 18:27:47 2025 Info: MID 3706549 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 18:27:47 2025 Info: MID 3706549 using engine: CASE spam negative
Mon Mar  3 18:27:47 2025 Info: MID 3706549 antivirus negative
Mon Mar  3 18:27:47 2025 Info: MID 3706549 using engine: GRAYMAIL marketing_mail
Mon Mar  3 18:27:47 2025 Info: MID 3706549 Outbreak Filters: verdict negative
Mon Mar  3 18:27:47 2025 Info: MID 3706549 queued for delivery
Mon Mar  3 18:27:47 2025 Info: Delivery start DCID 8599009 MID 3706549 to RID [0, 1]
Mon Mar  3 18:27:47 2025 Info: Message done DCID 8599011 MID 3706551 to RID [0]
Mon Mar  3 18:27:47 2025 Info: MID 3706551 RID [0] Response '2.6.0 <bb7kYCLQgeXeXFKRoHbkx5G3@example.net> [InternalId=85569283590, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 18:27:47 2025 Info: Message finished MID 3706551 done
Mon Mar  3 18:27:47 2025 Info: Message done DCID 8599009 MID 3706549 to RID [0, 1]
Mon Mar  3 18:27:47 2025 Info: MID 3706549 RID [0, 1] Response '2.6.0 <4SUd35iOxCaUwQNit37M8b6u@example.net> [InternalId=82452539218, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 18:27:47 2025 Info: Message finished MID 3706549 done
Mon Mar  3 18:27:51 2025 Info: DCID 8599011 close
Mon Mar  3 18:27:53 2025 Info: DCID 8599009 close
Mon Mar  3 18:27:54 2025 Info: DCID 8599010 close
Mon Mar  3 18:36:48 2025 Info: New smtp ICID 9307338 interface Data 2 (10.20.0.21) address 10.20.1.10 reverse dns host exch03.corp.example.net verified yes
Mon Mar  3 18:36:48 2025 Info: ICID 9307338 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 18:36:48 2025 Info: ICID 9307338 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 18:36:49 2025 Info: Start MID 3706552 ICID 9307338
Mon Mar  3 18:36:49 2025 Info: MID 3706552 ICID 9307338 From: <ines.rossi@example.net>
Mon Mar  3 18:36:49 2025 Info: MID 3706552 ICID 9307338 RID 0 To: <anna.costa@goldensoftware.example>
Mon Mar  3 18:36:49 2025 Info: MID 3706552 Message-ID '<ZD67pRiiuGa2bKrn.58512@exch01.corp.example.net>'
Mon Mar  3 18:36:49 2025 Info: MID 3706552 Subject 'Re: "Final" version'
Mon Mar  3 18:36:49 2025 Info: MID 3706552 ready 106896 bytes from <ines.rossi@example.net>
Mon Mar  3 18:36:50 2025 Info: ICID 9307338 close
Mon Mar  3 18:36:50 2025 Info: MID 3706552 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 18:36:51 2025 Info: MID 3706552 antivirus negative
Mon Mar  3 18:36:51 2025 Info: MID 3706552 Outbreak Filters: verdict negative
Mon Mar  3 18:36:51 2025 Info: MID 3706552 queued for delivery
Mon Mar  3 18:36:51 2025 Info: New SMTP DCID 8599012 interface 192.0.2.111 address 203.0.113.35 port 25
Mon Mar  3 18:36:51 2025 Info: DCID 8599012 TLS success CN=mx1.goldensoftware.example
Mon Mar  3 18:36:52 2025 Info: Delivery start DCID 8599012 MID 3706552 to RID [0]
Mon Mar  3 18:36:52 2025 Info: Message done DCID 8599012 MID 3706552 to RID [0]
