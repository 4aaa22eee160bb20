Mon Mar  3 13:59:01 2025 Info: Begin Logfile
Mon Mar  3 13:59:01 2025 Info: Version: 15.0.0-104 SN: 424065AFD2D529EB6165-55C24BE7BA1F
Mon Mar  3 13:59:01 2025 Info: Time offset from UTC: -18000 seconds
Mon Mar  3 13:58:58 2025 Info: ICID 48157586 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.5 country United Kingdom
Mon Mar  3 13:58:59 2025 Info: Start MID 28150037 ICID 48157586
Mon Mar  3 13:58:59 2025 Info: MID 28150037 ICID 48157586 From: <sven.tanaka@metrobank.test>
Mon Mar  3 13:58:59 2025 Info: MID 28150037 ICID 48157586 RID 0 To: <ben.schmidt@example.net>
Mon Mar  3 13:58:59 2025 Info: MID 28150037 ICID 48157586 RID 1 To: <keiko.obrien@example.net>
Mon Mar  3 13:58:59 2025 Info: MID 28150037 ICID 48157586 RID 2 To: <rosa.berg@example.org>
Mon Mar  3 13:58:59 2025 Info: MID 28150037 ICID 48157586 RID 3 To: <wei66@example.net>
Mon Mar  3 13:58:59 2025 Info: MID 28150037 ICID 48157586 RID 4 To: <pablo.mueller@example.org>
Mon Mar  3 13:58:59 2025 Info: MID 28150037 ICID 48157586 RID 5 To: <vera92@example.org>
Mon Mar  3 13:59:00 2025 Info: MID 28150037 Message-ID '<ekpeyublJDCfhPQd.47667@metrobank.test>'
Mon Mar  3 13:59:00 2025 Info: MID 28150037 Subject 'Q1 plan (v2)'
Mon Mar  3 13:59:00 2025 Info: MID 28150037 ready 2591 bytes from <sven.tanaka@metrobank.test>
Mon Mar  3 13:59:00 2025 Info: ICID 48157586 close
Mon Mar  3 13:59:00 2025 Info: MID 28150037 SPF: mailfrom identity sven.tanaka@metrobank.test Pass (v=spf1)
Mon Mar  3 13:59:00 2025 Info: MID 28150037 DKIM: pass signature verified (d=metrobank.test s=selector1 i=@metrobank.test)
Mon Mar  3 13:59:00 2025 Info: MID 28150037 DMARC: Message from domain metrobank.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:59:00 2025 Info: MID 28150037 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:59:00 2025 Info: MID 28150037 interim verdict using engine: CASE spam negative
Mon Mar  3 13:59:03 2025 Info: MID 28150037 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:59:03 2025 Info: MID 28150037 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 13:59:03 2025 Info: MID 28150037 using engine: CASE spam negative
Mon Mar  3 13:59:03 2025 Info: MID 28150037 antivirus negative
Mon Mar  3 13:59:03 2025 Info: MID 28150037 using engine: GRAYMAIL negative
Mon Mar  3 13:59:03 2025 Info: MID 28150037 Outbreak Filters: verdict negative
Mon Mar  3 13:59:03 2025 Info: MID 28150037 queued for delivery
Mon Mar  3 13:59:03 2025 Info: New SMTP DCID 7012143 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 13:59:03 2025 Info: New SMTP DCID 7012144 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 13:59:03 2025 Info: Delivery start DCID 7012144 MID 28150037 to RID [2, 4, 5]
Mon Mar  3 13:59:03 2025 Info: DCID 7012143 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 13:59:03 2025 Info: Delivery start DCID 7012143 MID 28150037 to RID [0, 1, 3]
Mon Mar  3 13:59:03 2025 Info: Message done DCID 7012143 MID 28150037 to RID [0, 1, 3]
Mon Mar  3 13:59:03 2025 Info: MID 28150037 RID [0, 1, 3] Response '2.6.0 <aqVI0dmn0AO5SbwGZrwaS5dS@example.net> [InternalId=93650071608, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:59:03 2025 Info: Message done DCID 7012144 MID 28150037 to RID [2, 4, 5]
Mon Mar  3 13:59:03 2025 Info: MID 28150037 RID [2, 4, 5] Response '2.6.0 <Q0d2BZHUiLUhO1EP5Lt3nPcd@example.net> [InternalId=87269627037, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:59:03 2025 Info: Message finished MID 28150037 done
Mon Mar  3 13:59:09 2025 Info: DCID 7012144 close
Mon Mar  3 13:59:10 2025 Info: DCID 7012143 close
Mon Mar  3 14:01:25 2025 Info: New SMTP ICID 48157587 interface Data 1 (192.0.2.10) address 198.51.100.80 reverse dns host mail1.quietenergy.example verified yes
Mon Mar  3 14:01:25 2025 Info: ICID 48157587 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.2 country Japan
Mon Mar  3 14:01:25 2025 Info: ICID 48157587 TLS failed
Mon Mar  3 14:01:25 2025 Info: ICID 48157587 lost
Mon Mar  3 14:01:25 2025 Info: ICID 48157587 close
Mon Mar  3 14:14:54 2025 Info: New SMTP ICID 48157588 interface Data 1 (192.0.2.10) address 198.51.100.109 reverse dns host mx5.atlaspharma.example.co.uk verified yes
Mon Mar  3 14:14:54 2025 Info: ICID 48157588 ACCEPT SG ALLOWED_LIST match .atlaspharma.example.co.uk SBRS 9.0 country United States
Mon Mar  3 14:14:55 2025 Info: Start MID 28150038 ICID 48157588
Mon Mar  3 14:14:55 2025 Info: MID 28150038 ICID 48157588 From: <anna.schmidt@atlaspharma.example.co.uk>
Mon Mar  3 14:14:55 2025 Info: MID 28150038 ICID 48157588 RID 0 To: <liam.kowalski@example.net>
Mon Mar  3 14:14:56 2025 Info: MID 28150038 Subject 'Re: travel plans'
Mon Mar  3 14:14:56 2025 Info: MID 28150038 ready 61004 bytes from <anna.schmidt@atlaspharma.example.co.uk>
Mon Mar  3 14:14:56 2025 Info: ICID 48157588 close
Mon Mar  3 14:14:56 2025 Info: MID 28150038 SPF: mailfrom identity anna.schmidt@atlaspharma.example.co.uk Pass (v=spf1)
Mon Mar  3 14:14:56 2025 Info: MID 28150038 DKIM: pass signature verified (d=atlaspharma.example.co.uk s=selector1 i=@atlaspharma.example.co.uk)
Mon Mar  3 14:14:56 2025 Info: MID 28150038 DMARC: Message from domain atlaspharma.example.co.uk, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 14:14:56 2025 Info: MID 28150038 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 14:14:56 2025 Info: MID 28150038 interim verdict using engine: CASE spam negative
Mon Mar  3 14:14:57 2025 Info: MID 28150038 interim AV verdict using Sophos CLEAN
Mon Mar  3 14:14:57 2025 Info: MID 28150038 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 14:14:57 2025 Info: MID 28150038 using engine: CASE spam negative
Mon Mar  3 14:14:57 2025 Info: MID 28150038 antivirus negative
Mon Mar  3 14:14:57 2025 Info: MID 28150038 using engine: GRAYMAIL negative
Mon Mar  3 14:14:57 2025 Info: MID 28150038 Outbreak Filters: verdict negative
Mon Mar  3 14:14:57 2025 Info: MID 28150038 queued for delivery
Mon Mar  3 14:14:58 2025 Info: New SMTP DCID 7012145 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 14:14:58 2025 Info: DCID 7012145 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 14:14:58 2025 Info: Delivery start DCID 7012145 MID 28150038 to RID [0]
Mon Mar  3 14:14:58 2025 Info: Message done DCID 7012145 MID 28150038 to RID [0]
Mon Mar  3 14:14:58 2025 Info: MID 28150038 RID [0] Response '2.6.0 <4q39jTIGLih0dJgSm9DqIYfd@example.net> [InternalId=17003445557, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 14:14:58 2025 Info: Message finished MID 28150038 done
Mon Mar  3 14:15:04 2025 Info: DCID 7012145 close
Mon Mar  3 14:20:25 2025 Info: New SMTP ICID 48157589 interface Data 1 (192.0.2.10) address 198.51.100.253 reverse dns host mail5.iron-finance.example verified yes
Mon Mar  3 14:20:25 2025 Info: ICID 48157589 ACCEPT SG SUSPECTLIST match sbrs[-3.0:-1.0] SBRS -2.3
Mon Mar  3 14:20:26 2025 Info: ICID 48157589 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 14:20:26 2025 Info: Start MID 28150039 ICID 48157589
Mon Mar  3 14:20:26 2025 Info: MID 28150039 ICID 48157589 From: <farid57@iron-finance.example>
Mon Mar  3 14:20:26 2025 Info: MID 28150039 ICID 48157589 RID 0 To: <orders@example.org>
Mon Mar  3 14:20:27 2025 Info: MID 28150039 Message-ID '<vi60shkIWvi3nsss.1595@iron-finance.example>'
Mon Mar  3 14:20:27 2025 Info: MID 28150039 Subject "O'Brien & Sons proposal"
Mon Mar  3 14:20:27 2025 Info: MID 28150039 ready 15651 bytes from <farid57@iron-finance.example>
Mon Mar  3 14:20:27 2025 Info: MID 28150039 SPF: mailfrom identity farid57@iron-finance.example Pass (v=spf1)
Mon Mar  3 14:20:27 2025 Info: MID 28150039 DKIM: pass signature verified (d=iron-finance.example s=selector1 i=@iron-finance.example)
Mon Mar  3 14:20:27 2025 Info: MID 28150039 DMARC: Message from domain iron-finance.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 14:20:27 2025 Info: MID 28150039 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: iron-finance.example
Mon Mar  3 14:20:27 2025 Info: MID 28150039 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 14:20:27 2025 Info: MID 28150039 interim verdict using engine: CASE spam negative
Mon Mar  3 14:20:28 2025 Info: ICID 48157589 close
Mon Mar  3 14:20:29 2025 Info: MID 28150039 interim AV verdict using Sophos CLEAN
Mon Mar  3 14:20:29 2025 Info: MID 28150039 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 14:20:29 2025 Info: MID 28150039 using engine: CASE spam negative
Mon Mar  3 14:20:29 2025 Info: MID 28150039 antivirus negative
Mon Mar  3 14:20:29 2025 Info: MID 28150039 using engine: GRAYMAIL negative
Mon Mar  3 14:20:29 2025 Info: MID 28150039 Outbreak Filters: verdict negative
Mon Mar  3 14:20:29 2025 Info: MID 28150039 queued for delivery
Mon Mar  3 14:20:29 2025 Info: New SMTP DCID 7012146 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 14:20:29 2025 Info: DCID 7012146 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 14:20:29 2025 Info: Delivery start DCID 7012146 MID 28150039 to RID [0]
Mon Mar  3 14:20:30 2025 Info: Message done DCID 7012146 MID 28150039 to RID [0]
Mon Mar  3 14:20:30 2025 Info: MID 28150039 RID [0] Response '2.6.0 <UhaoJx4HYYAZBSO7vlTGIB3H@example.net> [InternalId=18137946293, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 14:20:30 2025 Info: Message finished MID 28150039 done
Mon Mar  3 14:20:31 2025 Info: DCID 7012146 close
Mon Mar  3 14:22:58 2025 Info: New SMTP ICID 48157590 interface Data 1 (192.0.2.10) address 203.0.113.80 reverse dns host mx1.swift-consulting.test verified yes
Mon Mar  3 14:22:58 2025 Info: ICID 48157590 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 9.7 country Netherlands
Mon Mar  3 14:22:58 2025 Info: ICID 48157590 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 14:22:59 2025 Info: Start MID 28150040 ICID 48157590
Mon Mar  3 14:22:59 2025 Info: MID 28150040 ICID 48157590 From: <noreply@swift-consulting.test>
Mon Mar  3 14:22:59 2025 Info: MID 28150040 ICID 48157590 RID 0 To: <pablo.kim@example.org>
Mon Mar  3 14:22:59 2025 Info: MID 28150040 ICID 48157590 RID 1 To: <liam.obrien@example.org>
Mon Mar  3 14:22:59 2025 Info: MID 28150040 ICID 48157590 RID 2 To: <liam.mueller@example.net>
Mon Mar  3 14:22:59 2025 Info: MID 28150040 Message-ID '<tHooHkL3slzyDV5u.19427@swift-consulting.test>'
Mon Mar  3 14:22:59 2025 Info: MID 28150040 Subject 'Quarterly report'
Mon Mar  3 14:22:59 2025 Info: MID 28150040 ready 75446 bytes from <noreply@swift-consulting.test>
Mon Mar  3 14:23:00 2025 Info: ICID 48157590 close
Mon Mar  3 14:23:00 2025 Info: MID 28150040 SPF: mailfrom identity noreply@swift-consulting.test Pass (v=spf1)
Mon Mar  3 14:23:00 2025 Info: MID 28150040 DKIM: pass signature verified (d=swift-consulting.test s=selector1 i=@swift-consulting.test)
Mon Mar  3 14:23:00 2025 Info: MID 28150040 DMARC: Message from domain swift-consulting.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 14:23:00 2025 Info: MID 28150040 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 14:23:00 2025 Info: MID 28150040 interim verdict using engine: CASE spam negative
Mon Mar  3 14:23:02 2025 Info: MID 28150040 interim AV verdict using Sophos CLEAN
Mon Mar  3 14:23:02 2025 Info: MID 28150040 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 14:23:02 2025 Info: MID 28150040 using engine: CASE spam negative
Mon Mar  3 14:23:02 2025 Info: MID 28150040 antivirus negative
Mon Mar  3 14:23:02 2025 Info: MID 28150040 using engine: GRAYMAIL negative
Mon Mar  3 14:23:02 2025 Info: MID 28150040 Outbreak Filters: verdict negative
Mon Mar  3 14:23:02 2025 Info: MID 28150040 queued for delivery
Mon Mar  3 14:23:02 2025 Info: New SMTP DCID 7012147 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 14:23:02 2025 Info: New SMTP DCID 7012148 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 14:23:02 2025 Info: Delivery start DCID 7012148 MID 28150040 to RID [0, 1]
Mon Mar  3 14:23:02 2025 Info: DCID 7012147 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Mon Mar  3 14:23:02 2025 Info: Delivery start DCID 7012147 MID 28150040 to RID [2]
Mon Mar  3 14:23:02 2025 Info: Message done DCID 7012148 MID 28150040 to RID [0, 1]
Mon Mar  3 14:23:02 2025 Info: MID 28150040 RID [0, 1] Response '2.6.0 <Wy4k6PfORhi0S9sdxZ8B4Hll@example.net> [InternalId=54894518128, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 14:23:03 2025 Info: Message done DCID 7012147 MID 28150040 to RID [2]
Mon Mar  3 14:23:03 2025 Info: MID 28150040 RID [2] Response '2.6.0 <rYAlJyoz3A0fLsQQzrLaOGj5@example.net> [InternalId=25231836254, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 14:23:03 2025 Info: Message finished MID 28150040 done
Mon Mar  3 14:23:11 2025 Info: DCID 7012147 close
Mon Mar  3 14:23:12 2025 Info: DCID 7012148 close
Mon Mar  3 14:45:02 2025 Info: New SMTP ICID 48157591 interface Data 1 (192.0.2.10) address 203.0.113.231 reverse dns host mail5.outlook.example.com verified yes
Mon Mar  3 14:45:02 2025 Info: ICID 48157591 ACCEPT SG UNKNOWNLIST match sbrs[none] SBRS None country Brazil
Mon Mar  3 14:45:03 2025 Info: Start MID 28150041 ICID 48157591
Mon Mar  3 14:45:03 2025 Info: MID 28150041 ICID 48157591 From: <hr@outlook.example.com>
Mon Mar  3 14:45:03 2025 Info: MID 28150041 ICID 48157591 RID 0 To: <ines44@example.net>
Mon Mar  3 14:45:04 2025 Info: MID 28150041 Message-ID '<32OT5WsqJiFGcCg5.73365@outlook.example.com>'
Mon Mar  3 14:45:04 2025 Info: MID 28150041 Subject 'Lunch on Friday?'
Mon Mar  3 14:45:04 2025 Info: MID 28150041 ready 493312 bytes from <hr@outlook.example.com>
Mon Mar  3 14:45:04 2025 Info: ICID 48157591 close
Mon Mar  3 14:45:04 2025 Info: MID 28150041 SPF: mailfrom identity hr@outlook.example.com Pass (v=spf1)
Mon Mar  3 14:45:04 2025 Info: MID 28150041 DKIM: pass signature verified (d=outlook.example.com s=selector1 i=@outlook.example.com)
Mon Mar  3 14:45:04 2025 Info: MID 28150041 DMARC: Message from domain outlook.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 14:45:04 2025 Info: MID 28150041 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: outlook.example.com
Mon Mar  3 14:45:04 2025 Info: MID 28150041 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 14:45:04 2025 Info: MID 28150041 interim verdict using engine: CASE spam negative
Mon Mar  3 14:45:07 2025 Info: MID 28150041 interim AV verdict using Sophos CLEAN
Mon Mar  3 14:45:07 2025 Info: MID 28150041 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 14:45:07 2025 Info: MID 28150041 using engine: CASE spam negative
Mon Mar  3 14:45:07 2025 Info: MID 28150041 antivirus negative
Mon Mar  3 14:45:07 2025 Info: MID 28150041 using engine: GRAYMAIL marketing_mail
Mon Mar  3 14:45:07 2025 Info: MID 28150041 Outbreak Filters: verdict negative
Mon Mar  3 14:45:07 2025 Info: MID 28150041 queued for delivery
Mon Mar  3 14:45:07 2025 Info: New SMTP DCID 7012149 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 14:45:07 2025 Info: DCID 7012149 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 14:45:07 2025 Info: Delivery start DCID 7012149 MID 28150041 to RID [0]
Mon Mar  3 14:45:08 2025 Info: Message done DCID 7012149 MID 28150041 to RID [0]
Mon Mar  3 14:45:08 2025 Info: MID 28150041 RID [0] Response '2.6.0 <pjKOXUws4zsYSPUvkaQc4Clz@example.net> [InternalId=89326837844, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 14:45:08 2025 Info: Message finished MID 28150041 done
Mon Mar  3 14:45:10 2025 Info: DCID 7012149 close
Mon Mar  3 14:59:19 2025 Info: New SMTP ICID 48157592 interface Data 1 (192.0.2.10) address 203.0.113.170 reverse dns host mail5.atlastelecom.test verified yes
Mon Mar  3 14:59:19 2025 Info: ICID 48157592 ACCEPT SG ALLOWED_LIST match .atlastelecom.test SBRS 5.2 country Ireland
Mon Mar  3 14:59:19 2025 Info: ICID 48157592 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 14:59:20 2025 Info: Start MID 28150042 ICID 48157592
Mon Mar  3 14:59:20 2025 Info: MID 28150042 ICID 48157592 From: <orders@atlastelecom.test>
Mon Mar  3 14:59:20 2025 Info: MID 28150042 ICID 48157592 RID 0 To: <support@example.org>
Mon Mar  3 14:59:20 2025 Info: MID 28150042 Message-ID '<epg9lqaykKtc8DTK.55100@atlastelecom.test>'
Mon Mar  3 14:59:20 2025 Info: MID 28150042 Subject 'Weekly digest'
Mon Mar  3 14:59:20 2025 Info: MID 28150042 ready 8504 bytes from <orders@atlastelecom.test>
Mon Mar  3 14:59:20 2025 Info: MID 28150042 SPF: mailfrom identity orders@atlastelecom.test Pass (v=spf1)
Mon Mar  3 14:59:20 2025 Info: MID 28150042 DKIM: pass signature verified (d=atlastelecom.test s=selector1 i=@atlastelecom.test)
Mon Mar  3 14:59:20 2025 Info: MID 28150042 DMARC: Message from domain atlastelecom.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 14:59:20 2025 Info: MID 28150042 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 14:59:20 2025 Info: MID 28150042 interim verdict using engine: CASE spam negative
Mon Mar  3 14:59:20 2025 Info: ICID 48157592 close
Mon Mar  3 14:59:21 2025 Info: MID 28150042 interim AV verdict using Sophos CLEAN
Mon Mar  3 14:59:21 2025 Info: MID 28150042 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 14:59:21 2025 Info: MID 28150042 using engine: CASE spam negative
Mon Mar  3 14:59:21 2025 Info: MID 28150042 antivirus negative
Mon Mar  3 14:59:21 2025 Info: MID 28150042 using engine: GRAYMAIL negative
Mon Mar  3 14:59:21 2025 Info: MID 28150042 Outbreak Filters: verdict negative
Mon Mar  3 14:59:21 2025 Info: MID 28150042 queued for delivery
Mon Mar  3 14:59:22 2025 Info: New SMTP DCID 7012150 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 14:59:22 2025 Info: DCID 7012150 STARTTLS command not supported.
Mon Mar  3 14:59:22 2025 Info: Delivery start DCID 7012150 MID 28150042 to RID [0]
Mon Mar  3 14:59:22 2025 Info: Message done DCID 7012150 MID 28150042 to RID [0]
Mon Mar  3 14:59:22 2025 Info: MID 28150042 RID [0] Response '2.6.0 <mEKvS3mGp6HYQ42szKTpstli@example.net> [InternalId=92327233464, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 14:59:22 2025 Info: Message finished MID 28150042 done
Mon Mar  3 14:59:26 2025 Info: DCID 7012150 close
Mon Mar  3 15:08:08 2025 Info: New SMTP ICID 48157593 interface Data 2 (10.20.0.20) address 10.20.1.14 reverse dns host exch03.corp.example.net verified yes
Mon Mar  3 15:08:08 2025 Info: ICID 48157593 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 15:08:08 2025 Info: ICID 48157593 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 15:08:09 2025 Info: Start MID 28150043 ICID 48157593
Mon Mar  3 15:08:09 2025 Info: MID 28150043 ICID 48157593 From: <sven.dubois@example.net>
Mon Mar  3 15:08:09 2025 Info: MID 28150043 ICID 48157593 RID 0 To: <qi.garcia@clear-insurance.example.co.uk>
Mon Mar  3 15:08:09 2025 Info: MID 28150043 ICID 48157593 RID 1 To: <carla.kim@greenpharma.example.de>
Mon Mar  3 15:08:10 2025 Info: MID 28150043 Message-ID '<o0i1TyzX59URgvUM.66257@exch01.corp.example.net>'
Mon Mar  3 15:08:10 2025 Info: MID 28150043 Subject 'Shipping update for order 88213'
Mon Mar  3 15:08:10 2025 Info: MID 28150043 ready 32507 bytes from <sven.dubois@example.net>
Mon Mar  3 15:08:10 2025 Info: ICID 48157593 close
Mon Mar  3 15:08:11 2025 Info: MID 28150043 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 15:08:12 2025 Info: MID 28150043 antivirus negative
Mon Mar  3 15:08:12 2025 Info: MID 28150043 Outbreak Filters: verdict negative
Mon Mar  3 15:08:12 2025 Info: MID 28150043 queued for delivery
Mon Mar  3 15:08:13 2025 Info: New SMTP DCID 7012151 interface 192.0.2.110 address 198.51.100.116 port 25
Mon Mar  3 15:08:13 2025 Info: New SMTP DCID 7012152 interface 192.0.2.110 address 203.0.113.189 port 25
Mon Mar  3 15:08:13 2025 Info: DCID 7012152 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 15:08:13 2025 Info: Delivery start DCID 7012152 MID 28150043 to RID [0]
Mon Mar  3 15:08:13 2025 Info: DCID 7012151 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 15:08:13 2025 Info: Message done DCID 7012152 MID 28150043 to RID [0]
Mon Mar  3 15:08:13 2025 Info: MID 28150043 RID [0] Response '2.0.0 Ok: queued as z8etlH93W2brys'
Mon Mar  3 15:08:13 2025 Info: Delivery start DCID 7012151 MID 28150043 to RID [1]
Mon Mar  3 15:08:13 2025 Info: Message done DCID 7012151 MID 28150043 to RID [1]
Mon Mar  3 15:08:13 2025 Info: MID 28150043 RID [1] Response '2.0.0 Ok: queued as ecifcwNyIDVq4o'
Mon Mar  3 15:08:13 2025 Info: Message finished MID 28150043 done
Mon Mar  3 15:08:15 2025 Info: DCID 7012152 close
Mon Mar  3 15:08:18 2025 Info: DCID 7012151 close
Mon Mar  3 15:34:26 2025 Info: New SMTP ICID 48157594 interface Data 1 (192.0.2.10) address 203.0.113.194 reverse dns host mail8.metro-travel.example verified yes
Mon Mar  3 15:34:26 2025 Info: ICID 48157594 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.7 country United States
Mon Mar  3 15:34:26 2025 Info: ICID 48157594 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Mon Mar  3 15:34:27 2025 Info: Start MID 28150044 ICID 48157594
Mon Mar  3 15:34:27 2025 Info: MID 28150044 ICID 48157594 From: <maria.haddad@metro-travel.example>
Mon Mar  3 15:34:27 2025 Info: MID 28150044 ICID 48157594 RID 0 To: <nils.haddad@example.net>
Mon Mar  3 15:34:27 2025 Info: MID 28150044 Message-ID '<ljm8RxoVfZX3DOau.86456@metro-travel.example>'
Mon Mar  3 15:34:27 2025 Info: MID 28150044 Subject 'Your statement is ready'
Mon Mar  3 15:34:27 2025 Info: MID 28150044 ready 8432 bytes from <maria.haddad@metro-travel.example>
Mon Mar  3 15:34:27 2025 Info: MID 28150044 SPF: mailfrom identity maria.haddad@metro-travel.example Pass (v=spf1)
Mon Mar  3 15:34:27 2025 Info: MID 28150044 DKIM: pass signature verified (d=metro-travel.example s=selector1 i=@metro-travel.example)
Mon Mar  3 15:34:27 2025 Info: MID 28150044 DMARC: Message from domain metro-travel.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 15:34:27 2025 Info: MID 28150044 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 15:34:27 2025 Info: MID 28150044 interim verdict using engine: CASE spam negative
Mon Mar  3 15:34:28 2025 Info: Start MID 28150045 ICID 48157594
Mon Mar  3 15:34:28 2025 Info: MID 28150045 ICID 48157594 From: <wei37@metro-travel.example>
Mon Mar  3 15:34:28 2025 Info: MID 28150045 ICID 48157594 RID 0 To: <billing@example.net>
Mon Mar  3 15:34:28 2025 Info: New SMTP ICID 48157595 interface Data 1 (192.0.2.10) address 203.0.113.154 reverse dns host mail7.harbormotors.example verified yes
Mon Mar  3 15:34:28 2025 Info: ICID 48157595 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.0 country Netherlands
Mon Mar  3 15:34:28 2025 Info: ICID 48157595 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 15:34:29 2025 Info: MID 28150045 Message-ID '<JlkoqYWsc3KLdNAI.20100@metro-travel.example>'
Mon Mar  3 15:34:29 2025 Info: MID 28150045 Subject 'Réunion de lundi'
Mon Mar  3 15:34:29 2025 Info: MID 28150045 ready 3465 bytes from <wei37@metro-travel.example>
Mon Mar  3 15:34:29 2025 Info: Start MID 28150046 ICID 48157595
Mon Mar  3 15:34:29 2025 Info: MID 28150046 ICID 48157595 From: <info@harbormotors.example>
Mon Mar  3 15:34:29 2025 Info: MID 28150046 ICID 48157595 RID 0 To: <hr@example.org>
Mon Mar  3 15:34:29 2025 Info: MID 28150046 ICID 48157595 RID 1 To: <zoe.larsen@example.net>
Mon Mar  3 15:34:29 2025 Info: MID 28150046 ICID 48157595 RID 2 To: <ines.berg@example.net>
Mon Mar  3 15:34:29 2025 Info: MID 28150046 ICID 48157595 RID 3 To: <jonas.rossi@example.net>
Mon Mar  3 15:34:29 2025 Info: MID 28150046 ICID 48157595 RID 4 To: <sean1@example.net>
Mon Mar  3 15:34:29 2025 Info: MID 28150046 ICID 48157595 RID 5 To: <carla.okafor@example.org>
Mon Mar  3 15:34:29 2025 Info: MID 28150046 ICID 48157595 RID 6 To: <umar.okafor@example.net>
Mon Mar  3 15:34:29 2025 Info: MID 28150046 ICID 48157595 RID 7 To: <hugo.nguyen@example.net>
Mon Mar  3 15:34:29 2025 Info: MID 28150046 ICID 48157595 RID 8 To: <support@example.net>
Mon Mar  3 15:34:29 2025 Info: MID 28150046 ICID 48157595 RID 9 To: <sven.novak@example.net>
Mon Mar  3 15:34:29 2025 Info: ICID 48157594 close
Mon Mar  3 15:34:29 2025 Info: MID 28150045 SPF: mailfrom identity wei37@metro-travel.example Pass (v=spf1)
Mon Mar  3 15:34:29 2025 Info: MID 28150045 DKIM: pass signature verified (d=metro-travel.example s=selector1 i=@metro-travel.example)
Mon Mar  3 15:34:29 2025 Info: MID 28150045 DMARC: Message from domain metro-travel.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 15:34:29 2025 Info: MID 28150045 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 15:34:29 2025 Info: MID 28150045 interim verdict using engine: CASE spam negative
Mon Mar  3 15:34:29 2025 Info: MID 28150046 Message-ID '<BpcoXrTjmbGLHzpe.83159@harbormotors.example>'
Mon Mar  3 15:34:29 2025 Info: MID 28150046 Subject 'Newsletter: March edition'
Mon Mar  3 15:34:29 2025 Info: MID 28150046 ready 24244 bytes from <info@harbormotors.example>
Mon Mar  3 15:34:29 2025 Debug: MID 28150046 ICID 48157595 TLS read 24244 bytes (2.404 seconds)
Mon Mar  3 15:34:30 2025 Info: ICID 48157595 close
Mon Mar  3 15:34:30 2025 Info: MID 28150044 interim AV verdict using Sophos CLEAN
Mon Mar  3 15:34:30 2025 Info: MID 28150044 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 15:34:30 2025 Info: MID 28150044 using engine: CASE spam negative
Mon Mar  3 15:34:30 2025 Info: MID 28150044 antivirus negative
Mon Mar  3 15:34:30 2025 Info: MID 28150044 using engine: GRAYMAIL negative
Mon Mar  3 15:34:30 2025 Info: MID 28150044 Outbreak Filters: verdict negative
Mon Mar  3 15:34:30 2025 Info: MID 28150044 queued for delivery
Mon Mar  3 15:34:30 2025 Info: MID 28150046 SPF: mailfrom identity info@harbormotors.example Pass (v=spf1)
Mon Mar  3 15:34:30 2025 Info: MID 28150046 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: harbormotors.example
Mon Mar  3 15:34:30 2025 Info: MID 28150046 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 15:34:30 2025 Info: MID 28150046 interim verdict using engine: CASE spam negative
Mon Mar  3 15:34:30 2025 Info: New SMTP DCID 7012153 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 15:34:30 2025 Info: DCID 7012153 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 15:34:30 2025 Info: Delivery start DCID 7012153 MID 28150044 to RID [0]
Mon Mar  3 15:34:31 2025 Info: Message done DCID 7012153 MID 28150044 to RID [0]
Mon Mar  3 15:34:31 2025 Info: MID 28150044 RID [0] Response '2.6.0 <ObgGz1HS7NWN7qaUtbsYwYqh@example.net> [InternalId=51949435750, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 15:34:31 2025 Info: Message finished MID 28150044 done
Mon Mar  3 15:34:31 2025 Info: MID 28150045 interim AV verdict using Sophos CLEAN
Mon Mar  3 15:34:31 2025 Info: MID 28150045 using engine: CASE spam negative
Mon Mar  3 15:34:31 2025 Info: MID 28150045 antivirus negative
Mon Mar  3 15:34:31 2025 Info: MID 28150045 using engine: GRAYMAIL negative
Mon Mar  3 15:34:31 2025 Info: MID 28150045 Outbreak Filters: verdict negative
Mon Mar  3 15:34:31 2025 Info: MID 28150045 queued for delivery
Mon Mar  3 15:34:31 2025 Info: Delivery start DCID 7012153 MID 28150045 to RID [0]
Mon Mar  3 15:34:31 2025 Info: Message done DCID 7012153 MID 28150045 to RID [0]
Mon Mar  3 15:34:31 2025 Info: MID 28150045 RID [0] Response '2.6.0 <dRMicIuSqpqfdMBY0lEAOYdD@example.net> [InternalId=11000878846, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 15:34:31 2025 Info: Message finished MID 28150045 done
Mon Mar  3 15:34:32 2025 Info: MID 28150046 interim AV verdict using Sophos CLEAN
Mon Mar  3 15:34:32 2025 Info: MID 28150046 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 15:34:32 2025 Info: MID 28150046 using engine: CASE spam negative
Mon Mar  3 15:34:32 2025 Info: MID 28150046 antivirus negative
Mon Mar  3 15:34:32 2025 Info: MID 28150046 using engine: GRAYMAIL marketing_mail
Mon Mar  3 15:34:32 2025 Info: MID 28150046 Outbreak Filters: verdict negative
Mon Mar  3 15:34:32 2025 Info: MID 28150046 queued for delivery
Mon Mar  3 15:34:32 2025 Info: Delivery start DCID 7012153 MID 28150046 to RID [1, 2, 3, 4, 6, 7, 8, 9]
Mon Mar  3 15:34:32 2025 Info: New SMTP DCID 7012154 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 15:34:32 2025 Info: DCID 7012154 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 15:34:32 2025 Info: Delivery start DCID 7012154 MID 28150046 to RID [0, 5]
Mon Mar  3 15:34:33 2025 Info: Message done DCID 7012154 MID 28150046 to RID [0, 5]
Mon Mar  3 15:34:33 2025 Info: MID 28150046 RID [0, 5] Response '2.6.0 <PQRRiW6tCwOTfPoYrNOoUXun@example.net> [InternalId=85476680812, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 15:34:33 2025 Info: Message done DCID 7012153 MID 28150046 to RID [1, 2, 3, 4, 6, 7, 8, 9]
Mon Mar  3 15:34:33 2025 Info: MID 28150046 RID [1, 2, 3, 4, 6, 7, 8, 9] Response '2.6.0 <jyjmYV3ErBNHfHvICjVZVRpe@example.net> [InternalId=45062684965, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 15:34:33 2025 Info: Message finished MID 28150046 done
Mon Mar  3 15:34:38 2025 Info: DCID 7012153 close
Mon Mar  3 15:34:38 2025 Info: DCID 7012154 close
Mon Mar  3 15:37:55 2025 Info: New SMTP ICID 48157596 interface Data 1 (192.0.2.10) address 198.51.100.162 reverse dns host mail9.clear-pharma.example.co.uk verified yes
Mon Mar  3 15:37:55 2025 Info: ICID 48157596 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.4 country Netherlands
Mon Mar  3 15:37:55 2025 Info: ICID 48157596 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 15:37:56 2025 Info: Start MID 28150047 ICID 48157596
Mon Mar  3 15:37:56 2025 Info: MID 28150047 ICID 48157596 From: <>
Mon Mar  3 15:37:56 2025 Info: MID 28150047 ICID 48157596 RID 0 To: <liam.haddad@example.org>
Mon Mar  3 15:37:56 2025 Info: MID 28150047 Message-ID '<gXcHhkqinSqE7GiR.14747@mail.example>'
Mon Mar  3 15:37:56 2025 Info: MID 28150047 ready 10737 bytes from <>
Mon Mar  3 15:37:57 2025 Info: ICID 48157596 close
Mon Mar  3 15:37:57 2025 Info: MID 28150047 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 15:37:57 2025 Info: MID 28150047 interim verdict using engine: CASE spam negative
Mon Mar  3 15:37:58 2025 Info: MID 28150047 interim AV verdict using Sophos CLEAN
Mon Mar  3 15:37:58 2025 Info: MID 28150047 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 15:37:58 2025 Info: MID 28150047 using engine: CASE spam negative
Mon Mar  3 15:37:58 2025 Info: MID 28150047 antivirus negative
Mon Mar  3 15:37:58 2025 Info: MID 28150047 using engine: GRAYMAIL negative
Mon Mar  3 15:37:58 2025 Info: MID 28150047 Outbreak Filters: verdict negative
Mon Mar  3 15:37:58 2025 Info: MID 28150047 queued for delivery
Mon Mar  3 15:37:58 2025 Info: New SMTP DCID 7012155 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 15:37:58 2025 Info: DCID 7012155 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 15:37:58 2025 Info: Delivery start DCID 7012155 MID 28150047 to RID [0]
Mon Mar  3 15:37:59 2025 Info: Message done DCID 7012155 MID 28150047 to RID [0]
Mon Mar  3 15:37:59 2025 Info: MID 28150047 RID [0] Response '2.6.0 <3q6OREzUsePgulLsh9BRQdtF@example.net> [InternalId=52944936815, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 15:37:59 2025 Info: Message finished MID 28150047 done
Mon Mar  3 15:38:08 2025 Info: DCID 7012155 close
Mon Mar  3 16:45:33 2025 Info: New SMTP ICID 48157597 interface Data 1 (192.0.2.10) address 198.51.100.93 reverse dns host mx9.bigmail.example verified yes
Mon Mar  3 16:45:33 2025 Info: ICID 48157597 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.1 country United Kingdom
Mon Mar  3 16:45:33 2025 Info: ICID 48157597 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 16:45:34 2025 Info: Start MID 28150048 ICID 48157597
Mon Mar  3 16:45:34 2025 Info: MID 28150048 ICID 48157597 From: <support@bigmail.example>
Mon Mar  3 16:45:34 2025 Info: MID 28150048 ICID 48157597 RID 0 To: <tara.obrien@example.net>
Mon Mar  3 16:45:34 2025 Info: MID 28150048 Message-ID '<Ru49mGdAsde0O8xD.15838@bigmail.example>'
Mon Mar  3 16:45:34 2025 Info: MID 28150048 Subject "O'Brien & Sons proposal"
Mon Mar  3 16:45:34 2025 Info: MID 28150048 ready 38151 bytes from <support@bigmail.example>
Mon Mar  3 16:45:35 2025 Info: MID 28150048 SPF: mailfrom identity support@bigmail.example Pass (v=spf1)
Mon Mar  3 16:45:35 2025 Info: MID 28150048 DKIM: pass signature verified (d=bigmail.example s=selector1 i=@bigmail.example)
Mon Mar  3 16:45:35 2025 Info: MID 28150048 DMARC: Message from domain bigmail.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 16:45:35 2025 Info: MID 28150048 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: bigmail.example
Mon Mar  3 16:45:35 2025 Info: MID 28150048 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 16:45:35 2025 Info: MID 28150048 interim verdict using engine: CASE spam negative
Mon Mar  3 16:45:35 2025 Info: MID 28150048 interim AV verdict using Sophos CLEAN
Mon Mar  3 16:45:35 2025 Info: MID 28150048 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 16:45:35 2025 Info: MID 28150048 using engine: CASE spam negative
Mon Mar  3 16:45:35 2025 Info: MID 28150048 antivirus negative
Mon Mar  3 16:45:35 2025 Info: MID 28150048 using engine: GRAYMAIL marketing_mail
Mon Mar  3 16:45:35 2025 Info: MID 28150048 Outbreak Filters: verdict negative
Mon Mar  3 16:45:35 2025 Info: MID 28150048 queued for delivery
Mon Mar  3 16:45:35 2025 Info: New SMTP DCID 7012156 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 16:45:35 2025 Info: Delivery start DCID 7012156 MID 28150048 to RID [0]
Mon Mar  3 16:45:35 2025 Info: Message done DCID 7012156 MID 28150048 to RID [0]
Mon Mar  3 16:45:35 2025 Info: MID 28150048 RID [0] Response '2.6.0 <hUAkZAomAwYONGEqPIqdQHsE@example.net> [InternalId=29353334706, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 16:45:35 2025 Info: Message finished MID 28150048 done
Mon Mar  3 16:45:36 2025 Info: Start MID 28150049 ICID 48157597
Mon Mar  3 16:45:36 2025 Info: MID 28150049 ICID 48157597 From: <support@bigmail.example>
Mon Mar  3 16:45:36 2025 Info: MID 28150049 ICID 48157597 To: <carla.tanaka@coastal-finance.example> Rejected by RAT
Mon Mar  3 16:45:36 2025 Info: MID 28150049 ICID 48157597 RID 0 To: <jonas.nguyen@example.net>
Mon Mar  3 16:45:36 2025 Info: MID 28150049 Message-ID '<xw4iumwegGHRopBP.46050@bigmail.example>'
Mon Mar  3 16:45:36 2025 Info: MID 28150049 Subject "Don't forget the deadline"
Mon Mar  3 16:45:36 2025 Info: MID 28150049 ready 22417 bytes from <support@bigmail.example>
Mon Mar  3 16:45:36 2025 Info: MID 28150049 SPF: mailfrom identity support@bigmail.example Pass (v=spf1)
Mon Mar  3 16:45:36 2025 Info: MID 28150049 DKIM: pass signature verified (d=bigmail.example s=selector1 i=@bigmail.example)
Mon Mar  3 16:45:36 2025 Info: MID 28150049 DMARC: Message from domain bigmail.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 16:45:36 2025 Info: MID 28150049 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: bigmail.example
Mon Mar  3 16:45:36 2025 Info: MID 28150049 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 16:45:36 2025 Info: MID 28150049 interim verdict using engine: CASE spam negative
Mon Mar  3 16:45:36 2025 Info: ICID 48157597 close
Mon Mar  3 16:45:39 2025 Info: MID 28150049 interim AV verdict using Sophos CLEAN
Mon Mar  3 16:45:39 2025 Info: MID 28150049 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 16:45:39 2025 Info: MID 28150049 using engine: CASE spam negative
Mon Mar  3 16:45:39 2025 Info: MID 28150049 antivirus negative
Mon Mar  3 16:45:39 2025 Info: MID 28150049 using engine: GRAYMAIL negative
Mon Mar  3 16:45:39 2025 Info: MID 28150049 Outbreak Filters: verdict negative
Mon Mar  3 16:45:39 2025 Info: MID 28150049 queued for delivery
Mon Mar  3 16:45:39 2025 Info: Delivery start DCID 7012156 MID 28150049 to RID [0]
Mon Mar  3 16:45:39 2025 Info: Message done DCID 7012156 MID 28150049 to RID [0]
Mon Mar  3 16:45:39 2025 Info: MID 28150049 RID [0] Response '2.6.0 <gZRv8MM17qykjgUknySoyuyk@example.net> [InternalId=36627585444, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 16:45:39 2025 Info: Message finished MID 28150049 done
Mon Mar  3 16:45:43 2025 Info: DCID 7012156 close
Mon Mar  3 16:53:13 2025 Info: New SMTP ICID 48157598 interface Data 1 (192.0.2.10) address 203.0.113.97 reverse dns host mail9.mailbox.test verified yes
Mon Mar  3 16:53:13 2025 Info: ICID 48157598 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.4
Mon Mar  3 16:53:14 2025 Info: ICID 48157598 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 16:53:15 2025 Info: Start MID 28150050 ICID 48157598
Mon Mar  3 16:53:15 2025 Info: MID 28150050 ICID 48157598 From: <hugo77@mailbox.test>
Mon Mar  3 16:53:15 2025 Info: MID 28150050 ICID 48157598 RID 0 To: <qi27@example.net>
Mon Mar  3 16:53:16 2025 Info: MID 28150050 Message-ID '<XE2BqQcxLExsQJKl.72757@mailbox.test>'
Mon Mar  3 16:53:16 2025 Info: MID 28150050 Subject 'Réunion de lundi'
Mon Mar  3 16:53:16 2025 Info: MID 28150050 ready 12780 bytes from <hugo77@mailbox.test>
Mon Mar  3 16:53:16 2025 Info: MID 28150050 SPF: mailfrom identity hugo77@mailbox.test Pass (v=spf1)
Mon Mar  3 16:53:16 2025 Info: MID 28150050 DKIM: pass signature verified (d=mailbox.test s=selector1 i=@mailbox.test)
Mon Mar  3 16:53:16 2025 Info: MID 28150050 DMARC: Message from domain mailbox.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 16:53:16 2025 Info: MID 28150050 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 16:53:16 2025 Info: MID 28150050 interim verdict using engine: CASE spam negative
Mon Mar  3 16:53:17 2025 Info: Start MID 28150051 ICID 48157598
Mon Mar  3 16:53:17 2025 Info: MID 28150051 ICID 48157598 From: <maria.schmidt@mailbox.test>
Mon Mar  3 16:53:17 2025 Info: MID 28150051 ICID 48157598 RID 0 To: <aoife.kowalski@example.org>
Mon Mar  3 16:53:17 2025 Info: MID 28150050 interim AV verdict using Sophos CLEAN
Mon Mar  3 16:53:17 2025 Info: MID 28150050 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 16:53:17 2025 Info: MID 28150050 using engine: CASE spam negative
Mon Mar  3 16:53:17 2025 Info: MID 28150050 antivirus negative
Mon Mar  3 16:53:17 2025 Info: MID 28150050 using engine: GRAYMAIL marketing_mail
Mon Mar  3 16:53:17 2025 Info: MID 28150050 Outbreak Filters: verdict negative
Mon Mar  3 16:53:17 2025 Info: MID 28150050 queued for delivery
Mon Mar  3 16:53:18 2025 Info: New SMTP DCID 7012157 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 16:53:18 2025 Info: DCID 7012157 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 16:53:18 2025 Info: Delivery start DCID 7012157 MID 28150050 to RID [0]
Mon Mar  3 16:53:18 2025 Info: MID 28150051 Message-ID '<BqQqOXN5TTbA5ATD.60748@mailbox.test>'
Mon Mar  3 16:53:18 2025 Info: MID 28150051 Subject "Re: Customer's feedback"
Mon Mar  3 16:53:18 2025 Info: MID 28150051 ready 28709 bytes from <maria.schmidt@mailbox.test>
Mon Mar  3 16:53:18 2025 Debug: MID 28150051 ICID 48157598 TLS read 28709 bytes (1.544 seconds)
Mon Mar  3 16:53:18 2025 Info: MID 28150051 SPF: mailfrom identity maria.schmidt@mailbox.test Pass (v=spf1)
Mon Mar  3 16:53:18 2025 Info: MID 28150051 DKIM: pass signature verified (d=mailbox.test s=selector1 i=@mailbox.test)
Mon Mar  3 16:53:18 2025 Info: MID 28150051 DMARC: Message from domain mailbox.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 16:53:18 2025 Info: MID 28150051 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 16:53:18 2025 Info: MID 28150051 interim verdict using engine: CASE spam negative
Mon Mar  3 16:53:18 2025 Info: Message done DCID 7012157 MID 28150050 to RID [0]
Mon Mar  3 16:53:18 2025 Info: MID 28150050 RID [0] Response '2.6.0 <qTRbwPBRQuarGiG47duyTdgh@example.net> [InternalId=98787207552, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 16:53:18 2025 Info: Message finished MID 28150050 done
Mon Mar  3 16:53:19 2025 Info: Start MID 28150052 ICID 48157598
Mon Mar  3 16:53:19 2025 Info: MID 28150052 ICID 48157598 From: <orders@mailbox.test>
Mon Mar  3 16:53:19 2025 Info: MID 28150052 ICID 48157598 RID 0 To: <nils.okafor@example.net>
Mon Mar  3 16:53:19 2025 Info: MID 28150052 ICID 48157598 RID 1 To: <liam.kowalski@example.org>
Mon Mar  3 16:53:19 2025 Info: MID 28150052 ICID 48157598 RID 2 To: <aoife.obrien@example.net>
Mon Mar  3 16:53:19 2025 Info: MID 28150052 ICID 48157598 RID 3 To: <vera.jensen@example.net>
Mon Mar  3 16:53:19 2025 Info: MID 28150052 ICID 48157598 RID 4 To: <aoife61@example.net>
Mon Mar  3 16:53:19 2025 Info: MID 28150052 ICID 48157598 RID 5 To: <qi52@example.net>
Mon Mar  3 16:53:19 2025 Info: MID 28150052 ICID 48157598 RID 6 To: <vera.berg@example.net>
Mon Mar  3 16:53:19 2025 Info: MID 28150052 ICID 48157598 RID 7 To: <hugo.obrien@example.org>
Mon Mar  3 16:53:20 2025 Info: MID 28150052 Message-ID '<ByZF6vTcdbm7m8Xl.88137@mailbox.test>'
Mon Mar  3 16:53:20 2025 Info: MID 28150052 Subject 'Angebot für Müller GmbH'
Mon Mar  3 16:53:20 2025 Info: MID 28150052 ready 5227 bytes from <orders@mailbox.test>
Mon Mar  3 16:53:20 2025 Info: MID 28150051 interim AV verdict using Sophos CLEAN
Mon Mar  3 16:53:20 2025 Info: MID 28150051 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 16:53:20 2025 Info: MID 28150051 using engine: CASE spam negative
Mon Mar  3 16:53:20 2025 Info: MID 28150051 antivirus negative
Mon Mar  3 16:53:20 2025 Info: MID 28150051 using engine: GRAYMAIL negative
Mon Mar  3 16:53:20 2025 Info: MID 28150051 Outbreak Filters: verdict negative
Mon Mar  3 16:53:20 2025 Info: MID 28150051 queued for delivery
Mon Mar  3 16:53:20 2025 Info: New SMTP DCID 7012158 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 16:53:20 2025 Info: MID 28150052 SPF: mailfrom identity orders@mailbox.test Pass (v=spf1)
Mon Mar  3 16:53:20 2025 Info: MID 28150052 DKIM: pass signature verified (d=mailbox.test s=selector1 i=@mailbox.test)
Mon Mar  3 16:53:20 2025 Info: MID 28150052 DMARC: Message from domain mailbox.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 16:53:20 2025 Info: MID 28150052 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: mailbox.test
Mon Mar  3 16:53:20 2025 Info: MID 28150052 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 16:53:20 2025 Info: MID 28150052 interim verdict using engine: CASE spam negative
Mon Mar  3 16:53:20 2025 Info: DCID 7012158 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 16:53:20 2025 Info: Delivery start DCID 7012158 MID 28150051 to RID [0]
Mon Mar  3 16:53:21 2025 Info: Message done DCID 7012158 MID 28150051 to RID [0]
Mon Mar  3 16:53:21 2025 Info: MID 28150051 RID [0] Response '2.6.0 <6FzeDk8aqToQO5FGJn0XxPQ2@example.net> [InternalId=46940227393, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 16:53:21 2025 Info: Message finished MID 28150051 done
Mon Mar  3 16:53:21 2025 Info: Start MID 28150053 ICID 48157598
Mon Mar  3 16:53:21 2025 Info: MID 28150053 ICID 48157598 From: <newsletter@mailbox.test>
Mon Mar  3 16:53:21 2025 Info: MID 28150053 ICID 48157598 RID 0 To: <liam76@example.net>
Mon Mar  3 16:53:21 2025 Info: MID 28150053 ICID 48157598 RID 1 To: <umar85@example.net>
Mon Mar  3 16:53:22 2025 Info: MID 28150053 Message-ID '<ogIGNiFdktBP1gem.29276@mailbox.test>'
Mon Mar  3 16:53:22 2025 Info: MID 28150053 Subject 'Résumé – candidate #12'
Mon Mar  3 16:53:22 2025 Info: MID 28150053 ready 5545 bytes from <newsletter@mailbox.test>
Mon Mar  3 16:53:22 2025 Info: MID 28150053 SPF: mailfrom identity newsletter@mailbox.test Pass (v=spf1)
Mon Mar  3 16:53:22 2025 Info: MID 28150053 DKIM: pass signature verified (d=mailbox.test s=selector1 i=@mailbox.test)
Mon Mar  3 16:53:22 2025 Info: MID 28150053 DMARC: Message from domain mailbox.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 16:53:22 2025 Info: MID 28150053 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 16:53:22 2025 Info: MID 28150053 interim verdict using engine: CASE spam negative
Mon Mar  3 16:53:22 2025 Info: ICID 48157598 close
Mon Mar  3 16:53:22 2025 Info: DCID 7012157 close
Mon Mar  3 16:53:23 2025 Info: MID 28150052 interim AV verdict using Sophos CLEAN
Mon Mar  3 16:53:23 2025 Info: MID 28150052 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 16:53:23 2025 Info: MID 28150052 using engine: CASE spam negative
Mon Mar  3 16:53:23 2025 Info: MID 28150052 antivirus negative
Mon Mar  3 16:53:23 2025 Info: MID 28150052 using engine: GRAYMAIL negative
Mon Mar  3 16:53:23 2025 Info: MID 28150052 Outbreak Filters: verdict negative
Mon Mar  3 16:53:23 2025 Info: MID 28150052 queued for delivery
Mon Mar  3 16:53:23 2025 Info: Delivery start DCID 7012158 MID 28150052 to RID [1, 7]
Mon Mar  3 16:53:23 2025 Info: New SMTP DCID 7012159 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 16:53:23 2025 Info: MID 28150053 interim AV verdict using Sophos CLEAN
Mon Mar  3 16:53:23 2025 Info: MID 28150053 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 16:53:23 2025 Info: MID 28150053 using engine: CASE spam negative
Mon Mar  3 16:53:23 2025 Info: MID 28150053 antivirus negative
Mon Mar  3 16:53:23 2025 Info: MID 28150053 using engine: GRAYMAIL negative
Mon Mar  3 16:53:23 2025 Info: MID 28150053 Outbreak Filters: verdict negative
Mon Mar  3 16:53:23 2025 Info: MID 28150053 queued for delivery
Mon Mar  3 16:53:23 2025 Info: Message done DCID 7012158 MID 28150052 to RID [1, 7]
Mon Mar  3 16:53:23 2025 Info: MID 28150052 RID [1, 7] Response '2.6.0 <5ZeeSbxz3uUsi7jE03XEvYwU@example.net> [InternalId=48416109697, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 16:53:23 2025 Info: New SMTP DCID 7012160 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 16:53:23 2025 Info: DCID 7012160 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 16:53:23 2025 Info: DCID 7012159 TLS failed: STARTTLS unexpected response
Mon Mar  3 16:53:23 2025 Info: Delivery start DCID 7012160 MID 28150052 to RID [0, 2, 3, 4, 5, 6]
Mon Mar  3 16:53:23 2025 Info: Delivery start DCID 7012159 MID 28150053 to RID [0, 1]
Mon Mar  3 16:53:23 2025 Info: Message done DCID 7012160 MID 28150052 to RID [0, 2, 3, 4, 5, 6]
Mon Mar  3 16:53:23 2025 Info: MID 28150052 RID [0, 2, 3, 4, 5, 6] Response '2.6.0 <iBt1NsAAXmABnrV5HfIvpwOs@example.net> [InternalId=55520380804, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 16:53:23 2025 Info: Message finished MID 28150052 done
Mon Mar  3 16:53:24 2025 Info: Message done DCID 7012159 MID 28150053 to RID [0, 1]
Mon Mar  3 16:53:24 2025 Info: MID 28150053 RID [0, 1] Response '2.6.0 <AqIn3AW80IMBFBzxHjoLChMp@example.net> [InternalId=66646026892, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 16:53:24 2025 Info: Message finished MID 28150053 done
Mon Mar  3 16:53:29 2025 Info: DCID 7012159 close
Mon Mar  3 16:53:31 2025 Info: DCID 7012158 close
Mon Mar  3 16:53:33 2025 Info: DCID 7012160 close
Mon Mar  3 16:56:08 2025 Info: New SMTP ICID 48157599 interface Data 1 (192.0.2.10) address 198.51.100.212 reverse dns host mx2.rapidsoftware.example.de verified yes
Mon Mar  3 16:56:08 2025 Info: ICID 48157599 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.6 country France
Mon Mar  3 16:56:09 2025 Info: Start MID 28150054 ICID 48157599
Mon Mar  3 16:56:09 2025 Info: MID 28150054 ICID 48157599 From: <olga.larsen@rapidsoftware.example.de>
Mon Mar  3 16:56:09 2025 Info: MID 28150054 ICID 48157599 RID 0 To: <emma.novak@example.org>
Mon Mar  3 16:56:10 2025 Info: MID 28150054 Message-ID '<W3GeocMPcHEjpCd5.29511@rapidsoftware.example.de>'
Mon Mar  3 16:56:10 2025 Info: MID 28150054 Subject "Don't forget the deadline"
Mon Mar  3 16:56:10 2025 Info: MID 28150054 ready 3560 bytes from <olga.larsen@rapidsoftware.example.de>
Mon Mar  3 16:56:10 2025 Info: ICID 48157599 close
Mon Mar  3 16:56:10 2025 Info: MID 28150054 SPF: mailfrom identity olga.larsen@rapidsoftware.example.de Pass (v=spf1)
Mon Mar  3 16:56:10 2025 Info: MID 28150054 DKIM: pass signature verified (d=rapidsoftware.example.de s=selector1 i=@rapidsoftware.example.de)
Mon Mar  3 16:56:10 2025 Info: MID 28150054 DMARC: Message from domain rapidsoftware.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 16:56:10 2025 Info: MID 28150054 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: rapidsoftware.example.de
Mon Mar  3 16:56:10 2025 Info: MID 28150054 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 16:56:10 2025 Info: MID 28150054 interim verdict using engine: CASE spam negative
Mon Mar  3 16:56:11 2025 Info: MID 28150054 interim AV verdict using Sophos CLEAN
Mon Mar  3 16:56:11 2025 Info: MID 28150054 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 16:56:11 2025 Info: MID 28150054 using engine: CASE spam negative
Mon Mar  3 16:56:11 2025 Info: MID 28150054 antivirus negative
Mon Mar  3 16:56:11 2025 Info: MID 28150054 using engine: GRAYMAIL marketing_mail
Mon Mar  3 16:56:11 2025 Info: MID 28150054 Outbreak Filters: verdict negative
Mon Mar  3 16:56:11 2025 Info: MID 28150054 queued for delivery
Mon Mar  3 16:56:11 2025 Info: New SMTP DCID 7012161 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 16:56:12 2025 Info: DCID 7012161 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 16:56:12 2025 Info: Delivery start DCID 7012161 MID 28150054 to RID [0]
Mon Mar  3 16:56:12 2025 Info: Message done DCID 7012161 MID 28150054 to RID [0]
Mon Mar  3 16:56:12 2025 Info: MID 28150054 RID [0] Response '2.6.0 <75FMdJ5Ujszo2YmcMUQO4g7g@example.net> [InternalId=18350328871, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 16:56:12 2025 Info: Message finished MID 28150054 done
Mon Mar  3 16:56:13 2025 Info: DCID 7012161 close
