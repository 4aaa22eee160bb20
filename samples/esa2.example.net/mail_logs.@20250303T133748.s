Mon Mar  3 13:37:48 2025 Info: Begin Logfile
Mon Mar  3 13:37:48 2025 Info: Version: 14.3.0-032 SN: 428B41608EA426B8EE4C-6DBE2B34D750
Mon Mar  3 13:37:48 2025 Info: Time offset from UTC: 3600 seconds
Mon Mar  3 13:37:48 2025 Info: MID 27839759 Subject 'Path C:\\Temp\\report.xlsx'
Mon Mar  3 13:37:48 2025 Info: MID 27839759 ready 34921 bytes from <noreply@bluehealth.example.co.uk>
Mon Mar  3 13:37:48 2025 Debug: MID 27839759 ICID 884553 TLS read 34921 bytes (0.905 seconds)
Mon Mar  3 13:37:48 2025 Info: ICID 884553 close
Mon Mar  3 13:37:49 2025 Info: MID 27839759 SPF: mailfrom identity noreply@bluehealth.example.co.uk Pass (v=spf1)
Mon Mar  3 13:37:49 2025 Info: MID 27839759 DKIM: pass signature verified (d=bluehealth.example.co.uk s=selector1 i=@bluehealth.example.co.uk)
Mon Mar  3 13:37:49 2025 Info: MID 27839759 DMARC: Message from domain bluehealth.example.co.uk, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:37:49 2025 Info: MID 27839759 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: bluehealth.example.co.uk
Mon Mar  3 13:37:49 2025 Info: MID 27839759 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:37:49 2025 Info: MID 27839759 interim verdict using engine: CASE spam negative
Mon Mar  3 13:37:51 2025 Info: MID 27839759 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:37:51 2025 Info: MID 27839759 using engine: CASE spam negative
Mon Mar  3 13:37:51 2025 Info: MID 27839759 antivirus negative
Mon Mar  3 13:37:51 2025 Info: MID 27839759 using engine: GRAYMAIL negative
Mon Mar  3 13:37:51 2025 Info: MID 27839759 Outbreak Filters: verdict negative
Mon Mar  3 13:37:51 2025 Info: MID 27839759 queued for delivery
Mon Mar  3 13:37:51 2025 Info: New SMTP DCID 6086879 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 13:37:51 2025 Info: DCID 6086879 TLS failed: (336130315, 'error:1408F10B:SSL routines:ssl3_get_record:wrong version number')
Mon Mar  3 13:37:51 2025 Info: Delivery start DCID 6086879 MID 27839759 to RID [0]
Mon Mar  3 13:37:51 2025 Info: Message done DCID 6086879 MID 27839759 to RID [0]
Mon Mar  3 13:37:51 2025 Info: MID 27839759 RID [0] Response '2.6.0 <rYtGJfUXAX2WkjeNK8kR0K68@example.net> [InternalId=16381767753, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:37:51 2025 Info: Message finished MID 27839759 done
Mon Mar  3 13:37:55 2025 Info: DCID 6086879 close
Mon Mar  3 13:41:39 2025 Info: New SMTP ICID 884554 interface Data 1 (192.0.2.11) address 203.0.113.232 reverse dns host mail8.harborfoods.example.co.uk verified yes
Mon Mar  3 13:41:39 2025 Info: ICID 884554 ACCEPT SG UNKNOWNLIST match sbrs[none] SBRS None country United Kingdom
Mon Mar  3 13:41:40 2025 Info: Start MID 27839760 ICID 884554
Mon Mar  3 13:41:40 2025 Info: MID 27839760 ICID 884554 From: <ben66@harborfoods.example.co.uk>
Mon Mar  3 13:41:40 2025 Info: MID 27839760 ICID 884554 RID 0 To: <billing@example.org>
Mon Mar  3 13:41:40 2025 Info: MID 27839760 ICID 884554 RID 1 To: <sean.tanaka@example.net>
Mon Mar  3 13:41:41 2025 Info: MID 27839760 Message-ID '<hYPVPvviCFFmRgMZ.51460@harborfoods.example.co.uk>'
Mon Mar  3 13:41:41 2025 Info: MID 27839760 Subject 'Shipping update for order 88213'
Mon Mar  3 13:41:41 2025 Info: MID 27839760 ready 20111 bytes from <ben66@harborfoods.example.co.uk>
Mon Mar  3 13:41:41 2025 Info: ICID 884554 close
Mon Mar  3 13:41:41 2025 Info: MID 27839760 SPF: mailfrom identity ben66@harborfoods.example.co.uk Pass (v=spf1)
Mon Mar  3 13:41:41 2025 Info: MID 27839760 DKIM: pass signature verified (d=harborfoods.example.co.uk s=selector1 i=@harborfoods.example.co.uk)
Mon Mar  3 13:41:41 2025 Info: MID 27839760 DMARC: Message from domain harborfoods.example.co.uk, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:41:41 2025 Info: MID 27839760 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: harborfoods.example.co.uk
Mon Mar  3 13:41:41 2025 Info: MID 27839760 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:41:41 2025 Info: MID 27839760 interim verdict using engine: CASE spam negative
Mon Mar  3 13:41:43 2025 Info: MID 27839760 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:41:43 2025 Info: MID 27839760 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 13:41:43 2025 Info: MID 27839760 using engine: CASE spam negative
Mon Mar  3 13:41:43 2025 Info: MID 27839760 antivirus negative
Mon Mar  3 13:41:43 2025 Info: MID 27839760 using engine: GRAYMAIL negative
Mon Mar  3 13:41:43 2025 Info: MID 27839760 Outbreak Filters: verdict negative
Mon Mar  3 13:41:43 2025 Info: MID 27839760 queued for delivery
Mon Mar  3 13:41:43 2025 Info: New SMTP DCID 6086880 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 13:41:43 2025 Info: New SMTP DCID 6086881 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 13:41:43 2025 Info: DCID 6086880 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 13:41:43 2025 Info: Delivery start DCID 6086880 MID 27839760 to RID [0]
Mon Mar  3 13:41:43 2025 Info: DCID 6086881 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 13:41:43 2025 Info: Delivery start DCID 6086881 MID 27839760 to RID [1]
Mon Mar  3 13:41:43 2025 Info: Message done DCID 6086880 MID 27839760 to RID [0]
Mon Mar  3 13:41:43 2025 Info: MID 27839760 RID [0] Response '2.6.0 <tnyXWYnhI5OBnLoH4W831yTM@example.net> [InternalId=19859975363, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:41:43 2025 Info: Message done DCID 6086881 MID 27839760 to RID [1] 
Mon Mar  3 13:41:43 2025 Info: MID 27839760 RID [1] Response '2.6.0 <TKCv6dTxODXJ0HnLfScXjSFN@example.net> [InternalId=85978754400, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:41:43 2025 Info: Message finished MID 27839760 done
Mon Mar  3 13:41:47 2025 Info: DCID 6086880 close
Mon Mar  3 13:41:50 2025 Info: DCID 6086881 close
Mon Mar  3 13:44:04 2025 Info: New SMTP ICID 884555 interface Data 1 (192.0.2.11) address 198.51.100.131 reverse dns host mail9.iron-foods.test verified yes
Mon Mar  3 13:44:04 2025 Info: ICID 884555 ACCEPT SG UNKNOWNLIST match sbrs[none] SBRS None country Ireland
Mon Mar  3 13:44:04 2025 Info: ICID 884555 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 13:44:05 2025 Info: Start MID 27839761 ICID 884555
Mon Mar  3 13:44:05 2025 Info: MID 27839761 ICID 884555 From: <hr@iron-foods.test>
Mon Mar  3 13:44:05 2025 Info: MID 27839761 ICID 884555 RID 0 To: <wei83@example.net>
Mon Mar  3 13:44:06 2025 Info: MID 27839761 Message-ID '<cRfYD204Yggwykt5.56834@iron-foods.test>'
Mon Mar  3 13:44:06 2025 Info: MID 27839761 Subject '[EXTERNAL] Action required'
Mon Mar  3 13:44:06 2025 Info: MID 27839761 ready 22482 bytes from <hr@iron-foods.test>
Mon Mar  3 13:44:06 2025 Info: MID 27839761 SPF: mailfrom identity hr@iron-foods.test Pass (v=spf1)
Mon Mar  3 13:44:06 2025 Info: MID 27839761 DKIM: pass signature verified (d=iron-foods.test s=selector1 i=@iron-foods.test)
Mon Mar  3 13:44:06 2025 Info: MID 27839761 DMARC: Message from domain iron-foods.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:44:06 2025 Info: MID 27839761 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: iron-foods.test
Mon Mar  3 13:44:06 2025 Info: MID 27839761 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:44:06 2025 Info: MID 27839761 interim verdict using engine: CASE spam negative
Mon Mar  3 13:44:06 2025 Info: ICID 884555 close
Mon Mar  3 13:44:09 2025 Info: MID 27839761 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:44:09 2025 Info: MID 27839761 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 13:44:09 2025 Info: MID 27839761 using engine: CASE spam negative
Mon Mar  3 13:44:09 2025 Info: MID 27839761 antivirus negative
Mon Mar  3 13:44:09 2025 Info: MID 27839761 using engine: GRAYMAIL negative
Mon Mar  3 13:44:09 2025 Info: MID 27839761 Outbreak Filters: verdict negative
Mon Mar  3 13:44:09 2025 Info: MID 27839761 queued for delivery
Mon Mar  3 13:44:09 2025 Info: New SMTP DCID 6086882 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 13:44:09 2025 Info: DCID 6086882 TLS failed: (337047686, 'error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed')
Mon Mar  3 13:44:09 2025 Info: Delivery start DCID 6086882 MID 27839761 to RID [0]
Mon Mar  3 13:44:10 2025 Info: Message done DCID 6086882 MID 27839761 to RID [0]
Mon Mar  3 13:44:10 2025 Info: MID 27839761 RID [0] Response '2.6.0 <FQSukymm5a3vZDhRlefqopAE@example.net> [InternalId=72740959963, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:44:10 2025 Info: Message finished MID 27839761 done
Mon Mar  3 13:44:17 2025 Info: DCID 6086882 close
Mon Mar  3 13:48:34 2025 Info: New SMTP ICID 884556 interface Data 1 (192.0.2.11) address 203.0.113.36 reverse dns host mail2.blueconsulting.test verified yes
Mon Mar  3 13:48:34 2025 Info: ICID 884556 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 9.7 country United States
Mon Mar  3 13:48:35 2025 Info: Start MID 27839762 ICID 884556
Mon Mar  3 13:48:35 2025 Info: MID 27839762 ICID 884556 From: <sven5@blueconsulting.test>
Mon Mar  3 13:48:35 2025 Info: MID 27839762 ICID 884556 RID 0 To: <zoe.okafor@example.net>
Mon Mar  3 13:48:35 2025 Info: MID 27839762 Message-ID '<gPbnUbZ307IxXRE2.31899@blueconsulting.test>'
Mon Mar  3 13:48:35 2025 Info: MID 27839762 Subject "Re: Customer's feedback"
Mon Mar  3 13:48:35 2025 Info: MID 27839762 ready 3918 bytes from <sven5@blueconsulting.test>
Mon Mar  3 13:48:36 2025 Info: ICID 884556 close
Mon Mar  3 13:48:36 2025 Info: MID 27839762 SPF: mailfrom identity sven5@blueconsulting.test Pass (v=spf1)
Mon Mar  3 13:48:36 2025 Info: MID 27839762 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:48:36 2025 Info: MID 27839762 interim verdict using engine: CASE spam negative
Mon Mar  3 13:48:39 2025 Info: MID 27839762 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:48:39 2025 Info: MID 27839762 using engine: CASE spam negative
Mon Mar  3 13:48:39 2025 Info: MID 27839762 antivirus negative
Mon Mar  3 13:48:39 2025 Info: MID 27839762 using engine: GRAYMAIL negative
Mon Mar  3 13:48:39 2025 Info: MID 27839762 Outbreak Filters: verdict negative
Mon Mar  3 13:48:39 2025 Info: MID 27839762 queued for delivery
Mon Mar  3 13:48:39 2025 Info: New SMTP DCID 6086883 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 13:48:39 2025 Info: DCID 6086883 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 13:48:39 2025 Info: Delivery start DCID 6086883 MID 27839762 to RID [0]
Mon Mar  3 13:48:40 2025 Info: Message done DCID 6086883 MID 27839762 to RID [0]
Mon Mar  3 13:48:40 2025 Info: MID 27839762 RID [0] Response '2.6.0 <P9Tkrw9oVGW5RxhAB2iHd1oi@example.net> [InternalId=82962623992, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:48:40 2025 Info: Message finished MID 27839762 done
Mon Mar  3 13:48:46 2025 Info: DCID 6086883 close
Mon Mar  3 13:57:14 2025 Info: New SMTP ICID 884557 interface Data 1 (192.0.2.11) address 203.0.113.138 reverse dns host mail1.urbanlabs.example.de verified yes
Mon Mar  3 13:57:14 2025 Info: ICID 884557 ACCEPT SG UNKNOWNLIST match sbrs[none] SBRS None
Mon Mar  3 13:57:15 2025 Info: ICID 884557 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 13:57:15 2025 Info: Start MID 27839763 ICID 884557
Mon Mar  3 13:57:15 2025 Info: MID 27839763 ICID 884557 From: <newsletter@urbanlabs.example.de>
Mon Mar  3 13:57:15 2025 Info: MID 27839763 ICID 884557 RID 0 To: <umar.obrien@example.net>
Mon Mar  3 13:57:16 2025 Info: MID 27839763 Message-ID '<soA03F7POLXsr7qj.90090@urbanlabs.example.de>'
Mon Mar  3 13:57:16 2025 Info: MID 27839763 Subject 'Weekly digest'
Mon Mar  3 13:57:16 2025 Info: MID 27839763 ready 1091 bytes from <newsletter@urbanlabs.example.de>
Mon Mar  3 13:57:16 2025 Info: Start MID 27839764 ICID 884557
Mon Mar  3 13:57:16 2025 Info: MID 27839764 ICID 884557 From: <wei.garcia@urbanlabs.example.de>
Mon Mar  3 13:57:16 2025 Info: MID 27839764 ICID 884557 RID 0 To: <david.fischer@example.org>
Mon Mar  3 13:57:16 2025 Info: MID 27839763 SPF: mailfrom identity newsletter@urbanlabs.example.de Pass (v=spf1)
Mon Mar  3 13:57:16 2025 Info: MID 27839763 DKIM: pass signature verified (d=urbanlabs.example.de s=selector1 i=@urbanlabs.example.de)
Mon Mar  3 13:57:16 2025 Info: MID 27839763 DMARC: Message from domain urbanlabs.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:57:16 2025 Info: MID 27839763 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: urbanlabs.example.de
Mon Mar  3 13:57:16 2025 Info: MID 27839763 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:57:16 2025 Info: MID 27839763 interim verdict using engine: CASE spam negative
Mon Mar  3 13:57:17 2025 Info: MID 27839764 Message-ID '<p4fndrGj8slInKYj.10774@urbanlabs.example.de>'
Mon Mar  3 13:57:17 2025 Info: MID 27839764 Subject 'Welcome to the team'
Mon Mar  3 13:57:17 2025 Info: MID 27839764 ready 700 bytes from <wei.garcia@urbanlabs.example.de>
Mon Mar  3 13:57:17 2025 Info: Start MID 27839765 ICID 884557
Mon Mar  3 13:57:17 2025 Info: MID 27839765 ICID 884557 From: <maria.fischer@urbanlabs.example.de>
Mon Mar  3 13:57:17 2025 Info: MID 27839765 ICID 884557 RID 0 To: <pablo.tanaka@example.net>
Mon Mar  3 13:57:17 2025 Info: MID 27839765 ICID 884557 RID 1 To: <umar.jensen@example.org>
Mon Mar  3 13:57:17 2025 Info: MID 27839765 ICID 884557 RID 2 To: <qi.okafor@example.net>
Mon Mar  3 13:57:17 2025 Info: MID 27839765 ICID 884557 RID 3 To: <rosa.smith@example.net>
Mon Mar  3 13:57:17 2025 Info: MID 27839765 ICID 884557 RID 4 To: <orders@example.net>
Mon Mar  3 13:57:17 2025 Info: MID 27839765 ICID 884557 RID 5 To: <zoe.mueller@example.org>
Mon Mar  3 13:57:17 2025 Info: MID 27839765 ICID 884557 RID 6 To: <umar.schmidt@example.net>
Mon Mar  3 13:57:17 2025 Info: MID 27839764 SPF: mailfrom identity wei.garcia@urbanlabs.example.de Pass (v=spf1)
Mon Mar  3 13:57:17 2025 Info: MID 27839764 DKIM: pass signature verified (d=urbanlabs.example.de s=selector1 i=@urbanlabs.example.de)
Mon Mar  3 13:57:17 2025 Info: MID 27839764 DMARC: Message from domain urbanlabs.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:57:17 2025 Info: MID 27839764 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:57:17 2025 Info: MID 27839764 interim verdict using engine: CASE spam negative
Mon Mar  3 13:57:17 2025 Info: MID 27839764 using engine: CASE spam positive
Mon Mar  3 13:57:17 2025 Info: Message aborted MID 27839764 Dropped by CASE
Mon Mar  3 13:57:17 2025 Info: Message finished MID 27839764 aborted
Mon Mar  3 13:57:18 2025 Info: MID 27839765 Message-ID '<B7ra8xMOXdw9BrTa.62148@urbanlabs.example.de>'
Mon Mar  3 13:57:18 2025 Info: MID 27839765 Subject 'Your statement is ready'
Mon Mar  3 13:57:18 2025 Info: MID 27839765 ready 11425 bytes from <maria.fischer@urbanlabs.example.de>
Mon Mar  3 13:57:18 2025 Debug: MID 27839765 ICID 884557 TLS read 11425 bytes (1.176 seconds)
Mon Mar  3 13:57:18 2025 Info: MID 27839763 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:57:18 2025 Info: MID 27839763 using engine: CASE spam negative
Mon Mar  3 13:57:18 2025 Info: MID 27839763 antivirus negative
Mon Mar  3 13:57:18 2025 Info: MID 27839763 using engine: GRAYMAIL negative
Mon Mar  3 13:57:18 2025 Info: MID 27839763 Outbreak Filters: verdict negative
Mon Mar  3 13:57:18 2025 Info: MID 27839763 queued for delivery
Mon Mar  3 13:57:18 2025 Info: New SMTP DCID 6086884 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 13:57:18 2025 Info: MID 27839765 SPF: mailfrom identity maria.fischer@urbanlabs.example.de Pass (v=spf1)
Mon Mar  3 13:57:18 2025 Info: MID 27839765 DKIM: pass signature verified (d=urbanlabs.example.de s=selector1 i=@urbanlabs.example.de)
Mon Mar  3 13:57:18 2025 Info: MID 27839765 DMARC: Message from domain urbanlabs.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:57:18 2025 Info: MID 27839765 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:57:18 2025 Info: MID 27839765 interim verdict using engine: CASE spam negative
Mon Mar  3 13:57:18 2025 Info: Delivery start DCID 6086884 MID 27839763 to RID [0]
Mon Mar  3 13:57:18 2025 Info: Message done DCID 6086884 MID 27839763 to RID [0]
Mon Mar  3 13:57:18 2025 Info: MID 27839763 RID [0] Response '2.6.0 <aL9eChwNGeao1M1ioPZ9EChO@example.net> [InternalId=88661627060, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:57:18 2025 Info: Message finished MID 27839763 done
Mon Mar  3 13:57:19 2025 Info: Start MID 27839766 ICID 884557
Mon Mar  3 13:57:19 2025 Info: MID 27839766 ICID 884557 From: <nils.schmidt@urbanlabs.example.de>
Mon Mar  3 13:57:19 2025 Info: MID 27839766 ICID 884557 RID 0 To: <emma.dubois@example.net>
Mon Mar  3 13:57:19 2025 Info: MID 27839766 Message-ID '<oETci9JcgpJ4Gsc3.43287@urbanlabs.example.de>'
Mon Mar  3 13:57:19 2025 Info: MID 27839766 Subject 'Résumé – candidate #12'
Mon Mar  3 13:57:19 2025 Info: MID 27839766 ready 18195 bytes from <nils.schmidt@urbanlabs.example.de>
Mon Mar  3 13:57:19 2025 Info: MID 27839765 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:57:19 2025 Info: MID 27839765 using engine: CASE spam negative
Mon Mar  3 13:57:19 2025 Info: MID 27839765 antivirus negative
Mon Mar  3 13:57:19 2025 Info: MID 27839765 using engine: GRAYMAIL negative
Mon Mar  3 13:57:19 2025 Info: MID 27839765 Outbreak Filters: verdict negative
Mon Mar  3 13:57:19 2025 Info: MID 27839765 queued for delivery
Mon Mar  3 13:57:19 2025 Info: Delivery start DCID 6086884 MID 27839765 to RID [0, 2, 3, 4, 6]
Mon Mar  3 13:57:20 2025 Info: MID 27839766 SPF: mailfrom identity nils.schmidt@urbanlabs.example.de Pass (v=spf1)
Mon Mar  3 13:57:20 2025 Info: MID 27839766 DKIM: pass signature verified (d=urbanlabs.example.de s=selector1 i=@urbanlabs.example.de)
Mon Mar  3 13:57:20 2025 Info: MID 27839766 DMARC: Message from domain urbanlabs.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:57:20 2025 Info: MID 27839766 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:57:20 2025 Info: MID 27839766 interim verdict using engine: CASE spam negative
Mon Mar  3 13:57:20 2025 Info: Message done DCID 6086884 MID 27839765 to RID [0, 2, 3, 4, 6]
Mon Mar  3 13:57:20 2025 Info: MID 27839765 RID [0, 2, 3, 4, 6] Response '2.6.0 <2szTwXAu9aM2uo9cWSwUZMDE@example.net> [InternalId=16570712445, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:57:20 2025 Info: New SMTP DCID 6086885 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 13:57:20 2025 Info: Delivery start DCID 6086885 MID 27839765 to RID [1, 5]
Mon Mar  3 13:57:20 2025 Info: ICID 884557 close
Mon Mar  3 13:57:20 2025 Info: Message done DCID 6086885 MID 27839765 to RID [1, 5]
Mon Mar  3 13:57:20 2025 Info: MID 27839765 RID [1, 5] Response '2.6.0 <OlfnoHkO50uxDPBUcYaxXZBv@example.net> [InternalId=91624302582, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:57:20 2025 Info: Message finished MID 27839765 done
Mon Mar  3 13:57:20 2025 Info: MID 27839766 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:57:20 2025 Info: MID 27839766 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 13:57:20 2025 Info: MID 27839766 using engine: CASE spam negative
Mon Mar  3 13:57:20 2025 Info: MID 27839766 antivirus negative
Mon Mar  3 13:57:20 2025 Info: MID 27839766 using engine: GRAYMAIL negative
Mon Mar  3 13:57:20 2025 Info: MID 27839766 Outbreak Filters: verdict negative
Mon Mar  3 13:57:20 2025 Info: MID 27839766 queued for delivery
Mon Mar  3 13:57:20 2025 Info: Delivery start DCID 6086884 MID 27839766 to RID [0]
Mon Mar  3 13:57:20 2025 Info: Message done DCID 6086884 MID 27839766 to RID [0]
Mon Mar  3 13:57:20 2025 Info: MID 27839766 RID [0] Response '2.6.0 <0HWVp3Fyifwr68SmgCEaj7o9@example.net> [InternalId=61733999167, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:57:20 2025 Info: Message finished MID 27839766 done
Mon Mar  3 13:57:23 2025 Info: DCID 6086884 close
Mon Mar  3 13:57:28 2025 Info: DCID 6086885 close
Mon Mar  3 14:06:16 2025 Info: New SMTP ICID 884558 interface Data 1 (192.0.2.11) address 203.0.113.140 reverse dns host mail9.webpost.example verified yes
Mon Mar  3 14:06:16 2025 Info: ICID 884558 ACCEPT SG SUSPECTLIST match sbrs[-3.0:-1.0] SBRS -2.0
Mon Mar  3 14:06:16 2025 Info: ICID 884558 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 14:06:17 2025 Info: Start MID 27839767 ICID 884558
Mon Mar  3 14:06:17 2025 Info: MID 27839767 ICID 884558 From: <orders@webpost.example>
Mon Mar  3 14:06:17 2025 Info: MID 27839767 ICID 884558 RID 0 To: <sales@example.org>
Mon Mar  3 14:06:18 2025 Info: MID 27839767 Subject 'It\'s \'urgent\' say "they"'
Mon Mar  3 14:06:18 2025 Info: MID 27839767 ready 21163 bytes from <orders@webpost.example>
Mon Mar  3 14:06:18 2025 Debug: MID 27839767 ICID 884558 TLS read 21163 bytes (1.038 seconds)
Mon Mar  3 14:06:18 2025 Info: ICID 884558 close
Mon Mar  3 14:06:18 2025 Info: MID 27839767 SPF: mailfrom identity orders@webpost.example Pass (v=spf1)
Mon Mar  3 14:06:18 2025 Info: MID 27839767 DKIM: pass signature verified (d=webpost.example s=selector1 i=@webpost.example)
Mon Mar  3 14:06:18 2025 Info: MID 27839767 DMARC: Message from domain webpost.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 14:06:18 2025 Info: MID 27839767 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: webpost.example
Mon Mar  3 14:06:18 2025 Info: MID 27839767 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 14:06:18 2025 Info: MID 27839767 interim verdict using engine: CASE spam negative
Mon Mar  3 14:06:20 2025 Info: MID 27839767 interim AV verdict using Sophos CLEAN
Mon Mar  3 14:06:20 2025 Info: MID 27839767 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 14:06:20 2025 Info: MID 27839767 using engine: CASE spam negative
Mon Mar  3 14:06:20 2025 Info: MID 27839767 antivirus negative
Mon Mar  3 14:06:20 2025 Info: MID 27839767 using engine: GRAYMAIL negative
Mon Mar  3 14:06:20 2025 Info: MID 27839767 Outbreak Filters: verdict negative
Mon Mar  3 14:06:20 2025 Info: MID 27839767 queued for delivery
Mon Mar  3 14:06:21 2025 Info: New SMTP DCID 6086886 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 14:06:21 2025 Info: DCID 6086886 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 14:06:21 2025 Info: Delivery start DCID 6086886 MID 27839767 to RID [0]
Mon Mar  3 14:06:21 2025 Info: Message done DCID 6086886 MID 27839767 to RID [0]
Mon Mar  3 14:06:21 2025 Info: MID 27839767 RID [0] Response '2.6.0 <oEPymFyc2aLvu6qKZCKAUH0U@example.net> [InternalId=50674404278, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 14:06:21 2025 Info: Message finished MID 27839767 done
Mon Mar  3 14:06:27 2025 Info: DCID 6086886 close
Mon Mar  3 14:10:12 2025 Info: New SMTP ICID 884559 interface Data 1 (192.0.2.11) address 203.0.113.68 reverse dns host mx1.coastal-pharma.example.de verified yes
Mon Mar  3 14:10:12 2025 Info: ICID 884559 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.1 country United Kingdom
Mon Mar  3 14:10:12 2025 Info: ICID 884559 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 14:10:22 2025 Info: ICID 884559 close
Mon Mar  3 14:19:37 2025 Info: New SMTP ICID 884560 interface Data 2 (10.20.0.21) address 10.20.1.11 reverse dns host exch01.corp.example.net verified yes
Mon Mar  3 14:19:37 2025 Info: ICID 884560 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 14:19:38 2025 Info: ICID 884560 TLS failed: [Errno 54] Connection reset by peer
Mon Mar  3 14:19:38 2025 Info: Start MID 27839768 ICID 884560
Mon Mar  3 14:19:38 2025 Info: MID 27839768 ICID 884560 From: <ines53@example.net>
Mon Mar  3 14:19:38 2025 Info: MID 27839768 ICID 884560 RID 0 To: <sean.garcia@bluetelecom.test>
Mon Mar  3 14:19:39 2025 Info: MID 27839768 Message-ID '<LMqNy1qd5FwqfGpB.82141@exch01.corp.example.net>'
Mon Mar  3 14:19:39 2025 Info: MID 27839768 Subject 'Re: Meeting tomorrow'
Mon Mar  3 14:19:39 2025 Info: MID 27839768 ready 56124 bytes from <ines53@example.net>
Mon Mar  3 14:19:40 2025 Info: MID 27839768 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 14:19:42 2025 Info: MID 27839768 antivirus negative
Mon Mar  3 14:19:42 2025 Info: MID 27839768 Outbreak Filters: verdict negative
Mon Mar  3 14:19:42 2025 Info: MID 27839768 queued for delivery
Mon Mar  3 14:19:42 2025 Info: New SMTP DCID 6086887 interface 192.0.2.111 address 198.51.100.53 port 25
Mon Mar  3 14:19:42 2025 Info: Delivery start DCID 6086887 MID 27839768 to RID [0]
Mon Mar  3 14:19:42 2025 Info: Message done DCID 6086887 MID 27839768 to RID [0]
Mon Mar  3 14:19:42 2025 Info: MID 27839768 RID [0] Response '2.0.0 Ok: queued as bBJMP5aG5wlm3L'
Mon Mar  3 14:19:42 2025 Info: Message finished MID 27839768 done
Mon Mar  3 14:19:44 2025 Info: Start MID 27839769 ICID 884560
Mon Mar  3 14:19:44 2025 Info: MID 27839769 ICID 884560 From: <david43@example.net>
Mon Mar  3 14:19:44 2025 Info: MID 27839769 ICID 884560 RID 0 To: <greta.nguyen@example.net>
Mon Mar  3 14:19:44 2025 Info: MID 27839769 ICID 884560 RID 1 To: <greta.nguyen1@example.net>
Mon Mar  3 14:19:45 2025 Info: MID 27839769 Message-ID '<pih0ou61ilTO0JBt.19043@exch01.corp.example.net>'
Mon Mar  3 14:19:45 2025 Info: MID 27839769 Subject 'Out of office: back Monday'
Mon Mar  3 14:19:45 2025 Info: MID 27839769 ready 54576 bytes from <david43@example.net>
Mon Mar  3 14:19:45 2025 Info: MID 27839769 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 14:19:45 2025 Info: Start MID 27839770 ICID 0
Mon Mar  3 14:19:45 2025 Info: MID 27839770 was generated based on MID 27839769 by bcc filter 'Archive Copy'
Mon Mar  3 14:19:45 2025 Info: ICID 884560 close
Mon Mar  3 14:19:45 2025 Info: MID 27839770 ICID 0 From: <david43@example.net>
Mon Mar  3 14:19:45 2025 Info: MID 27839770 ICID 0 RID 0 To: <journal@archive.example.net>
Mon Mar  3 14:19:45 2025 Info: MID 27839770 ready 54926 bytes from <david43@example.net>
Mon Mar  3 14:19:45 2025 Info: MID 27839769 antivirus negative
Mon Mar  3 14:19:45 2025 Info: MID 27839769 Outbreak Filters: verdict negative
Mon Mar  3 14:19:45 2025 Info: MID 27839769 queued for delivery
Mon Mar  3 14:19:45 2025 Info: New SMTP DCID 6086888 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 14:19:45 2025 Info: DCID 6086888 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 14:19:45 2025 Info: Delivery start DCID 6086888 MID 27839769 to RID [0, 1]
Mon Mar  3 14:19:45 2025 Info: MID 27839770 antivirus negative
Mon Mar  3 14:19:45 2025 Info: MID 27839770 Outbreak Filters: verdict negative
Mon Mar  3 14:19:45 2025 Info: MID 27839770 queued for delivery
Mon Mar  3 14:19:45 2025 Info: New SMTP DCID 6086889 interface 192.0.2.111 address 10.20.0.40 port 25
Mon Mar  3 14:19:46 2025 Info: DCID 6086889 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 14:19:46 2025 Info: Delivery start DCID 6086889 MID 27839770 to RID [0]
Mon Mar  3 14:19:46 2025 Info: Message done DCID 6086888 MID 27839769 to RID [0, 1]
Mon Mar  3 14:19:46 2025 Info: MID 27839769 RID [0, 1] Response '2.6.0 <2ktvQ1zLJ4svWnZwd8WPpvkB@example.net> [InternalId=18678950874, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 14:19:46 2025 Info: Message finished MID 27839769 done
Mon Mar  3 14:19:46 2025 Info: Message done DCID 6086889 MID 27839770 to RID [0]
Mon Mar  3 14:19:46 2025 Info: MID 27839770 RID [0] Response '2.0.0 Ok: queued as RhgsgQfQDJkxmx'
Mon Mar  3 14:19:46 2025 Info: Message finished MID 27839770 done
Mon Mar  3 14:19:51 2025 Info: DCID 6086887 close
Mon Mar  3 14:19:52 2025 Info: DCID 6086888 close
Mon Mar  3 14:19:54 2025 Info: DCID 6086889 close
Mon Mar  3 14:22:45 2025 Info: New SMTP ICID 884561 interface Data 1 (192.0.2.11) address 198.51.100.5 reverse dns host mail5.metro-travel.example verified yes
Mon Mar  3 14:22:45 2025 Info: ICID 884561 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.7 country United States
Mon Mar  3 14:22:46 2025 Info: Start MID 27839771 ICID 884561
Mon Mar  3 14:22:46 2025 Info: MID 27839771 ICID 884561 From: <noreply@metro-travel.example>
Mon Mar  3 14:22:46 2025 Info: MID 27839771 ICID 884561 RID 0 To: <umar.murphy@example.org>
Mon Mar  3 14:22:46 2025 Info: MID 27839771 Message-ID '<qvuViYzRQJ9TAHs2.9668@metro-travel.example>'
Mon Mar  3 14:22:46 2025 Info: MID 27839771 Subject 'Q1 plan (v2)'
Mon Mar  3 14:22:46 2025 Info: MID 27839771 ready 35804 bytes from <noreply@metro-travel.example>
Mon Mar  3 14:22:46 2025 Info: MID 27839771 SPF: mailfrom identity noreply@metro-travel.example Pass (v=spf1)
Mon Mar  3 14:22:46 2025 Info: MID 27839771 DKIM: pass signature verified (d=metro-travel.example s=selector1 i=@metro-travel.example)
Mon Mar  3 14:22:46 2025 Info: MID 27839771 DMARC: Message from domain metro-travel.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 14:22:46 2025 Info: MID 27839771 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 14:22:46 2025 Info: MID 27839771 interim verdict using engine: CASE spam negative
Mon Mar  3 14:22:46 2025 Info: Start MID 27839772 ICID 884561
Mon Mar  3 14:22:46 2025 Info: MID 27839772 ICID 884561 From: <farid36@metro-travel.example>
Mon Mar  3 14:22:46 2025 Info: MID 27839772 ICID 884561 RID 0 To: <ines.rossi@example.net>
Mon Mar  3 14:22:46 2025 Info: MID 27839772 ICID 884561 RID 1 To: <ben91@example.net>
Mon Mar  3 14:22:47 2025 Info: MID 27839772 Message-ID '<Mryo0PtCaYv5efb0.83999@metro-travel.example>'
Mon Mar  3 14:22:47 2025 Info: MID 27839772 Subject "O'Brien & Sons proposal"
Mon Mar  3 14:22:47 2025 Info: MID 27839772 ready 3900 bytes from <farid36@metro-travel.example>
Mon Mar  3 14:22:47 2025 Info: MID 27839772 SPF: mailfrom identity farid36@metro-travel.example Pass (v=spf1)
Mon Mar  3 14:22:47 2025 Info: MID 27839772 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 14:22:47 2025 Info: MID 27839772 interim verdict using engine: CASE spam negative
Mon Mar  3 14:22:47 2025 Info: ICID 884561 close
Mon Mar  3 14:22:48 2025 Info: MID 27839771 interim AV verdict using Sophos CLEAN
Mon Mar  3 14:22:48 2025 Info: MID 27839771 using engine: CASE spam negative
Mon Mar  3 14:22:48 2025 Info: MID 27839771 antivirus negative
Mon Mar  3 14:22:48 2025 Info: MID 27839771 using engine: GRAYMAIL negative
Mon Mar  3 14:22:48 2025 Info: MID 27839771 Outbreak Filters: verdict negative
Mon Mar  3 14:22:48 2025 Info: MID 27839771 queued for delivery
Mon Mar  3 14:22:48 2025 Info: New SMTP DCID 6086890 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 14:22:48 2025 Info: Delivery start DCID 6086890 MID 27839771 to RID [0]
Mon Mar  3 14:22:48 2025 Info: MID 27839772 interim AV verdict using Sophos CLEAN
Mon Mar  3 14:22:48 2025 Info: MID 27839772 using engine: CASE spam negative
Mon Mar  3 14:22:48 2025 Info: MID 27839772 antivirus negative
Mon Mar  3 14:22:48 2025 Info: MID 27839772 using engine: GRAYMAIL marketing_mail
Mon Mar  3 14:22:48 2025 Info: MID 27839772 Outbreak Filters: verdict negative
Mon Mar  3 14:22:48 2025 Info: MID 27839772 queued for delivery
Mon Mar  3 14:22:48 2025 Info: New SMTP DCID 6086891 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 14:22:48 2025 Info: Message done DCID 6086890 MID 27839771 to RID [0]
Mon Mar  3 14:22:48 2025 Info: MID 27839771 RID [0] Response '2.6.0 <MOP7Dk2FmaF3knP2d5V282Dv@example.net> [InternalId=27675017768, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 14:22:48 2025 Info: Message finished MID 27839771 done
Mon Mar  3 14:22:49 2025 Info: DCID 6086891 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 14:22:49 2025 Info: Delivery start DCID 6086891 MID 27839772 to RID [0, 1]
Mon Mar  3 14:22:49 2025 Info: Bounced: DCID 6086891 MID 27839772 to RID 0 - 5.1.0 - Unknown address error ('550', ['5.1.1 <ines.rossi@example.net>: Recipient address rejected: User unknown in virtual mailbox table']) []
Mon Mar  3 14:22:49 2025 Info: MID 27839773 was generated for bounce of MID 27839772
Mon Mar  3 14:22:49 2025 Info: Start MID 27839773 ICID 0
Mon Mar  3 14:22:49 2025 Info: Message done DCID 6086891 MID 27839772 to RID [1]
Mon Mar  3 14:22:49 2025 Info: MID 27839772 RID [1] Response '2.6.0 <UE9rXQJE09yQxP1XP9O5ur5E@example.net> [InternalId=76133950982, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 14:22:49 2025 Info: Message finished MID 27839772 done
Mon Mar  3 14:22:49 2025 Info: MID 27839773 ICID 0 From: <>
Mon Mar  3 14:22:49 2025 Info: MID 27839773 ICID 0 RID 0 To: <farid36@metro-travel.example>
Mon Mar  3 14:22:49 2025 Info: MID 27839773 ready 8324 bytes from <>
Mon Mar  3 14:22:49 2025 Info: MID 27839773 antivirus negative
Mon Mar  3 14:22:49 2025 Info: MID 27839773 Outbreak Filters: verdict negative
Mon Mar  3 14:22:49 2025 Info: MID 27839773 queued for delivery
Mon Mar  3 14:22:49 2025 Info: New SMTP DCID 6086892 interface 192.0.2.111 address 203.0.113.193 port 25
Mon Mar  3 14:22:50 2025 Info: DCID 6086890 close
Mon Mar  3 14:22:50 2025 Info: DCID 6086892 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 14:22:50 2025 Info: Delivery start DCID 6086892 MID 27839773 to RID [0]
Mon Mar  3 14:22:50 2025 Info: Message done DCID 6086892 MID 27839773 to RID [0]
Mon Mar  3 14:22:50 2025 Info: MID 27839773 RID [0] Response '2.0.0 Ok: queued as TLT5vc6NcAYFV1'
Mon Mar  3 14:22:50 2025 Info: Message finished MID 27839773 done
Mon Mar  3 14:22:54 2025 Info: DCID 6086891 close
Mon Mar  3 14:22:59 2025 Info: DCID 6086892 close
Mon Mar  3 14:23:12 2025 Info: New SMTP ICID 884562 interface Data 1 (192.0.2.11) address 203.0.113.242 reverse dns host mx1.mailbox.test verified yes
Mon Mar  3 14:23:12 2025 Info: ICID 884562 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.3 country Germany
Mon Mar  3 14:23:12 2025 Info: ICID 884562 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 14:23:13 2025 Info: Start MID 27839774 ICID 884562
Mon Mar  3 14:23:13 2025 Info: MID 27839774 ICID 884562 From: <sven.silva@mailbox.test>
Mon Mar  3 14:23:13 2025 Info: MID 27839774 ICID 884562 RID 0 To: <liam.ivanova@example.net>
Mon Mar  3 14:23:13 2025 Info: MID 27839774 Message-ID '<fntslc7iEGK05jmy.63561@mailbox.test>'
Mon Mar  3 14:23:13 2025 Info: MID 27839774 Subject 'Re: Meeting tomorrow'
Mon Mar  3 14:23:13 2025 Info: MID 27839774 ready 12450 bytes from <sven.silva@mailbox.test>
Mon Mar  3 14:23:13 2025 Info: ICID 884562 close
Mon Mar  3 14:23:14 2025 Info: MID 27839774 SPF: mailfrom identity sven.silva@mailbox.test Pass (v=spf1)
Mon Mar  3 14:23:14 2025 Info: MID 27839774 DKIM: pass signature verified (d=mailbox.test s=selector1 i=@mailbox.test)
Mon Mar  3 14:23:14 2025 Info: MID 27839774 DMARC: Message from domain mailbox.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 14:23:14 2025 Info: MID 27839774 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 14:23:14 2025 Info: MID 27839774 interim verdict using engine: CASE spam negative
Mon Mar  3 14:23:14 2025 Info: MID 27839774 interim AV verdict using Sophos CLEAN
Mon Mar  3 14:23:14 2025 Info: MID 27839774 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 14:23:14 2025 Info: MID 27839774 using engine: CASE spam negative
Mon Mar  3 14:23:14 2025 Info: MID 27839774 antivirus negative
Mon Mar  3 14:23:14 2025 Info: MID 27839774 using engine: GRAYMAIL negative
Mon Mar  3 14:23:14 2025 Info: MID 27839774 Outbreak Filters: verdict negative
Mon Mar  3 14:23:14 2025 Info: MID 27839774 queued for delivery
Mon Mar  3 14:23:15 2025 Info: New SMTP DCID 6086893 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 14:23:15 2025 Info: DCID 6086893 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 14:23:15 2025 Info: Delivery start DCID 6086893 MID 27839774 to RID [0]
Mon Mar  3 14:23:15 2025 Info: Message done DCID 6086893 MID 27839774 to RID [0]
Mon Mar  3 14:23:15 2025 Info: MID 27839774 RID [0] Response '2.6.0 <tfteKLEgdkar1Y61Y2cbeMBn@example.net> [InternalId=82761539288, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 14:23:15 2025 Info: Message finished MID 27839774 done
Mon Mar  3 14:23:20 2025 Info: DCID 6086893 close
Mon Mar  3 14:37:58 2025 Info: New SMTP ICID 884563 interface Data 1 (192.0.2.11) address 198.51.100.77 reverse dns host mail2.bright-logistics.test verified yes
Mon Mar  3 14:37:58 2025 Info: ICID 884563 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.1 country Germany
Mon Mar  3 14:37:59 2025 Info: ICID 884563 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 14:37:59 2025 Info: Start MID 27839775 ICID 884563
Mon Mar  3 14:37:59 2025 Info: MID 27839775 ICID 884563 From: <carla58@bright-logistics.test>
Mon Mar  3 14:37:59 2025 Info: MID 27839775 ICID 884563 RID 0 To: <anna.novak@example.net>
Mon Mar  3 14:37:59 2025 Info: MID 27839775 ICID 884563 RID 1 To: <jonas94@example.net>
Mon Mar  3 14:37:59 2025 Info: MID 27839775 ICID 884563 RID 2 To: <zoe.berg@example.net>
Mon Mar  3 14:37:59 2025 Info: MID 27839775 ICID 884563 RID 3 To: <david.ivanova@example.net>
Mon Mar  3 14:38:00 2025 Info: MID 27839775 Message-ID '<2h3fJnOGSSoV5ptn.74585@bright-logistics.test>'
Mon Mar  3 14:38:00 2025 Info: MID 27839775 Subject 'Newsletter: March edition'
Mon Mar  3 14:38:00 2025 Info: MID 27839775 ready 18386 bytes from <carla58@bright-logistics.test>
Mon Mar  3 14:38:00 2025 Info: MID 27839775 SPF: mailfrom identity carla58@bright-logistics.test Pass (v=spf1)
Mon Mar  3 14:38:00 2025 Info: MID 27839775 DKIM: pass signature verified (d=bright-logistics.test s=selector1 i=@bright-logistics.test)
Mon Mar  3 14:38:00 2025 Info: MID 27839775 DMARC: Message from domain bright-logistics.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 14:38:00 2025 Info: MID 27839775 was split creating MID 27839776 due to a per-recipient policy Executives in the inbound table
Mon Mar  3 14:38:00 2025 Info: MID 27839775 was split creating MID 27839777 due to a per-recipient policy Legal in the inbound table
Mon Mar  3 14:38:00 2025 Info: Message finished MID 27839775 done
Mon Mar  3 14:38:00 2025 Info: MID 27839776 ICID 0 From: <carla58@bright-logistics.test>
Mon Mar  3 14:38:00 2025 Info: MID 27839776 ICID 0 RID 0 To: <anna.novak@example.net>
Mon Mar  3 14:38:00 2025 Info: MID 27839776 matched all recipients for per-recipient policy Executives in the inbound table
Mon Mar  3 14:38:00 2025 Info: MID 27839776 interim verdict using engine: CASE spam negative
Mon Mar  3 14:38:00 2025 Info: MID 27839777 ICID 0 From: <carla58@bright-logistics.test>
Mon Mar  3 14:38:00 2025 Info: MID 27839777 ICID 0 RID 0 To: <jonas94@example.net>
Mon Mar  3 14:38:00 2025 Info: MID 27839777 ICID 0 RID 1 To: <zoe.berg@example.net>
Mon Mar  3 14:38:00 2025 Info: MID 27839777 ICID 0 RID 2 To: <david.ivanova@example.net>
Mon Mar  3 14:38:00 2025 Info: MID 27839777 matched all recipients for per-recipient policy Legal in the inbound table
Mon Mar  3 14:38:00 2025 Info: MID 27839777 interim verdict using engine: CASE spam negative
Mon Mar  3 14:38:00 2025 Info: ICID 884563 close
Mon Mar  3 14:38:00 2025 Info: MID 27839777 interim AV verdict using Sophos CLEAN
Mon Mar  3 14:38:00 2025 Info: MID 27839777 using engine: CASE spam negative
Mon Mar  3 14:38:00 2025 Info: MID 27839777 antivirus negative
Mon Mar  3 14:38:00 2025 Info: MID 27839777 using engine: GRAYMAIL marketing_mail
Mon Mar  3 14:38:00 2025 Info: MID 27839777 Outbreak Filters: verdict negative
Mon Mar  3 14:38:00 2025 Info: MID 27839777 queued for delivery
Mon Mar  3 14:38:00 2025 Info: New SMTP DCID 6086894 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 14:38:01 2025 Info: DCID 6086894 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 14:38:01 2025 Info: Delivery start DCID 6086894 MID 27839777 to RID [0, 1, 2]
Mon Mar  3 14:38:01 2025 Info: MID 27839776 interim AV verdict using Sophos CLEAN
Mon Mar  3 14:38:01 2025 Info: MID 27839776 using engine: CASE spam negative
Mon Mar  3 14:38:01 2025 Info: MID 27839776 antivirus negative
Mon Mar  3 14:38:01 2025 Info: MID 27839776 using engine: GRAYMAIL negative
Mon Mar  3 14:38:01 2025 Info: MID 27839776 Outbreak Filters: verdict negative
Mon Mar  3 14:38:01 2025 Info: MID 27839776 queued for delivery
Mon Mar  3 14:38:01 2025 Info: Message done DCID 6086894 MID 27839777 to RID [0, 1, 2]
Mon Mar  3 14:38:01 2025 Info: MID 27839777 RID [0, 1, 2] Response '2.6.0 <mS2queEyOMwOiOZ52q9BTMfB@example.net> [InternalId=41679073615, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 14:38:01 2025 Info: Message finished MID 27839777 done
Mon Mar  3 14:38:01 2025 Info: Delivery start DCID 6086894 MID 27839776 to RID [0]
Mon Mar  3 14:38:01 2025 Info: New SMTP DCID 6086895 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 14:38:01 2025 Info: Message done DCID 6086894 MID 27839776 to RID [0]
Mon Mar  3 14:38:01 2025 Info: MID 27839776 RID [0] Response '2.6.0 <SG0FKBBC2P2wvObQOmTM17kQ@example.net> [InternalId=28551323432, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 14:38:01 2025 Info: Message finished MID 27839776 done
Mon Mar  3 14:38:06 2025 Info: DCID 6086894 close
Mon Mar  3 14:38:08 2025 Info: DCID 6086895 close
Mon Mar  3 15:09:10 2025 Info: New SMTP ICID 884564 interface Data 1 (192.0.2.11) address 203.0.113.145 reverse dns host unknown verified no
Mon Mar  3 15:09:10 2025 Info: ICID 884564 REJECT SG BLOCKED_LIST match sbrs[-10.0:-3.0] SBRS -6.8 country Japan
Mon Mar  3 15:09:11 2025 Info: ICID 884564 close
Mon Mar  3 15:09:25 2025 Info: New SMTP ICID 884565 interface Data 1 (192.0.2.11) address 203.0.113.173 reverse dns host unknown verified no
Mon Mar  3 15:09:25 2025 Info: ICID 884565 REJECT SG BLOCKED_LIST match sbrs[-10.0:-3.0] SBRS -8.9 country Brazil
Mon Mar  3 15:09:25 2025 Info: ICID 884565 close
Mon Mar  3 15:18:08 2025 Info: New SMTP ICID 884566 interface Data 1 (192.0.2.11) address 203.0.113.56 reverse dns host unknown verified no
Mon Mar  3 15:18:08 2025 Info: ICID 884566 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.8 country United States
Mon Mar  3 15:18:10 2025 Info: Start MID 27839778 ICID 884566
Mon Mar  3 15:18:10 2025 Info: MID 27839778 ICID 884566 From: <keiko.berg@harborenergy.example.de>
Mon Mar  3 15:18:10 2025 Info: MID 27839778 ICID 884566 RID 0 To: <umar.murphy@example.net>
Mon Mar  3 15:18:10 2025 Info: MID 27839778 Message-ID '<KFYqB2Lr6aSaQ6O8.62590@harborenergy.example.de>'
Mon Mar  3 15:18:10 2025 Info: MID 27839778 Subject ''
Mon Mar  3 15:18:10 2025 Info: MID 27839778 ready 39822 bytes from <keiko.berg@harborenergy.example.de>
Mon Mar  3 15:18:11 2025 Info: MID 27839778 SPF: mailfrom identity keiko.berg@harborenergy.example.de Pass (v=spf1)
Mon Mar  3 15:18:11 2025 Info: MID 27839778 DKIM: pass signature verified (d=harborenergy.example.de s=selector1 i=@harborenergy.example.de)
Mon Mar  3 15:18:11 2025 Info: MID 27839778 DMARC: Message from domain harborenergy.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 15:18:11 2025 Info: MID 27839778 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 15:18:11 2025 Info: MID 27839778 interim verdict using engine: CASE spam negative
Mon Mar  3 15:18:12 2025 Info: MID 27839778 interim AV verdict using Sophos CLEAN
Mon Mar  3 15:18:12 2025 Info: MID 27839778 using engine: CASE spam negative
Mon Mar  3 15:18:12 2025 Info: MID 27839778 antivirus negative
Mon Mar  3 15:18:12 2025 Info: MID 27839778 using engine: GRAYMAIL negative
Mon Mar  3 15:18:12 2025 Info: MID 27839778 Outbreak Filters: verdict negative
Mon Mar  3 15:18:12 2025 Info: MID 27839778 queued for delivery
Mon Mar  3 15:18:12 2025 Info: New SMTP DCID 6086896 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 15:18:12 2025 Info: DCID 6086896 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 15:18:12 2025 Info: Delivery start DCID 6086896 MID 27839778 to RID [0]
Mon Mar  3 15:18:12 2025 Info: Message done DCID 6086896 MID 27839778 to RID [0]
Mon Mar  3 15:18:12 2025 Info: MID 27839778 RID [0] Response '2.6.0 <gWbzmZedL6ryDBF3kYGohagg@example.net> [InternalId=57660967122, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 15:18:12 2025 Info: Message finished MID 27839778 done
Mon Mar  3 15:18:13 2025 Info: Start MID 27839779 ICID 884566
Mon Mar  3 15:18:13 2025 Info: MID 27839779 ICID 884566 From: <emma15@harborenergy.example.de>
Mon Mar  3 15:18:13 2025 Info: MID 27839779 ICID 884566 RID 0 To: <greta.larsen@example.org>
Mon Mar  3 15:18:13 2025 Info: MID 27839779 ICID 884566 RID 1 To: <zoe.kowalski@example.net>
Mon Mar  3 15:18:14 2025 Info: MID 27839779 Message-ID '<NB8QlgeFpqwLJyqV.20833@harborenergy.example.de>'
Mon Mar  3 15:18:14 2025 Info: MID 27839779 Subject '[EXTERNAL] Action required'
Mon Mar  3 15:18:14 2025 Info: MID 27839779 ready 27635 bytes from <emma15@harborenergy.example.de>
Mon Mar  3 15:18:14 2025 Info: ICID 884566 close
Mon Mar  3 15:18:14 2025 Info: MID 27839779 SPF: mailfrom identity emma15@harborenergy.example.de Pass (v=spf1)
Mon Mar  3 15:18:14 2025 Info: MID 27839779 DKIM: pass signature verified (d=harborenergy.example.de s=selector1 i=@harborenergy.example.de)
Mon Mar  3 15:18:14 2025 Info: MID 27839779 DMARC: Message from domain harborenergy.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 15:18:14 2025 Info: MID 27839779 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: harborenergy.example.de
Mon Mar  3 15:18:14 2025 Info: MID 27839779 was split creating MID 27839780 due to a per-recipient policy Finance in the inbound table
Mon Mar  3 15:18:14 2025 Info: MID 27839779 was split creating MID 27839781 due to a per-recipient policy Legal in the inbound table
Mon Mar  3 15:18:14 2025 Info: Message finished MID 27839779 done
Mon Mar  3 15:18:14 2025 Info: MID 27839780 ICID 0 From: <emma15@harborenergy.example.de>
Mon Mar  3 15:18:14 2025 Info: MID 27839780 ICID 0 RID 0 To: <greta.larsen@example.org>
Mon Mar  3 15:18:14 2025 Info: MID 27839780 matched all recipients for per-recipient policy Finance in the inbound table
Mon Mar  3 15:18:14 2025 Info: MID 27839780 interim verdict using engine: CASE spam negative
Mon Mar  3 15:18:14 2025 Info: MID 27839781 ICID 0 From: <emma15@harborenergy.example.de>
Mon Mar  3 15:18:14 2025 Info: MID 27839781 ICID 0 RID 0 To: <zoe.kowalski@example.net>
Mon Mar  3 15:18:14 2025 Info: MID 27839781 matched all recipients for per-recipient policy Legal in the inbound table
Mon Mar  3 15:18:14 2025 Info: MID 27839781 interim verdict using engine: CASE spam negative
Mon Mar  3 15:18:15 2025 Info: MID 27839780 interim AV verdict using Sophos CLEAN
Mon Mar  3 15:18:15 2025 Info: MID 27839780 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 15:18:15 2025 Info: MID 27839780 using engine: CASE spam negative
Mon Mar  3 15:18:15 2025 Info: MID 27839780 antivirus negative
Mon Mar  3 15:18:15 2025 Info: MID 27839780 using engine: GRAYMAIL negative
Mon Mar  3 15:18:15 2025 Info: MID 27839780 Outbreak Filters: verdict negative
Mon Mar  3 15:18:15 2025 Info: MID 27839780 queued for delivery
Mon Mar  3 15:18:15 2025 Info: New SMTP DCID 6086897 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 15:18:15 2025 Info: DCID 6086897 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 15:18:15 2025 Info: Delivery start DCID 6086897 MID 27839780 to RID [0]
Mon Mar  3 15:18:16 2025 Info: Message done DCID 6086897 MID 27839780 to RID [0]
Mon Mar  3 15:18:16 2025 Info: MID 27839780 RID [0] Response '2.6.0 <1meMQ8IzQ5EA1XWyEnyQZuoI@example.net> [InternalId=32240859234, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 15:18:16 2025 Info: Message finished MID 27839780 done
Mon Mar  3 15:18:16 2025 Info: MID 27839781 interim AV verdict using Sophos CLEAN
Mon Mar  3 15:18:16 2025 Info: MID 27839781 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 15:18:16 2025 Info: MID 27839781 using engine: CASE spam negative
Mon Mar  3 15:18:16 2025 Info: MID 27839781 antivirus negative
Mon Mar  3 15:18:16 2025 Info: MID 27839781 using engine: GRAYMAIL negative
Mon Mar  3 15:18:16 2025 Info: MID 27839781 Outbreak Filters: verdict negative
Mon Mar  3 15:18:16 2025 Info: MID 27839781 queued for delivery
Mon Mar  3 15:18:16 2025 Info: Delivery start DCID 6086896 MID 27839781 to RID [0]
Mon Mar  3 15:18:17 2025 Info: Message done DCID 6086896 MID 27839781 to RID [0]
Mon Mar  3 15:18:17 2025 Info: MID 27839781 RID [0] Response '2.6.0 <MkkAku6Il6vcCyr8oKBWVTxB@example.net> [InternalId=99501533592, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 15:18:17 2025 Info: Message finished MID 27839781 done
Mon Mar  3 15:18:24 2025 Info: DCID 6086896 close
Mon Mar  3 15:18:25 2025 Info: DCID 6086897 close
Mon Mar  3 15:27:28 2025 Info: New SMTP ICID 884567 interface Data 1 (192.0.2.11) address 198.51.100.159 reverse dns host mx5.metrofoods.example.de verified yes
Mon Mar  3 15:27:28 2025 Info: ICID 884567 ACCEPT SG ALLOWED_LIST match .metrofoods.example.de SBRS 9.0 country Germany
Mon Mar  3 15:27:28 2025 Info: ICID 884567 TLS failed: [Errno 54] Connection reset by peer
Mon Mar  3 15:27:28 2025 Info: Start MID 27839782 ICID 884567
Mon Mar  3 15:27:28 2025 Info: MID 27839782 ICID 884567 From: <support@metrofoods.example.de>
Mon Mar  3 15:27:28 2025 Info: MID 27839782 ICID 884567 RID 0 To: <keiko.murphy@example.net>
Mon Mar  3 15:27:29 2025 Info: MID 27839782 Message-ID "<O'Neill.WggyqemGxaoLGsSO.83758@metrofoods.example.de>"
Mon Mar  3 15:27:29 2025 Info: MID 27839782 Subject '[EXTERNAL] Action required'
Mon Mar  3 15:27:29 2025 Info: MID 27839782 ready 12982 bytes from <support@metrofoods.example.de>
Mon Mar  3 15:27:29 2025 Info: MID 27839782 SPF: mailfrom identity support@metrofoods.example.de Pass (v=spf1)
Mon Mar  3 15:27:29 2025 Info: MID 27839782 DKIM: pass signature verified (d=metrofoods.example.de s=selector1 i=@metrofoods.example.de)
Mon Mar  3 15:27:29 2025 Info: MID 27839782 DMARC: Message from domain metrofoods.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 15:27:29 2025 Info: MID 27839782 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: metrofoods.example.de
Mon Mar  3 15:27:29 2025 Info: MID 27839782 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 15:27:29 2025 Info: MID 27839782 interim verdict using engine: CASE spam negative
Mon Mar  3 15:27:30 2025 Info: MID 27839782 interim AV verdict using Sophos CLEAN
Mon Mar  3 15:27:30 2025 Info: MID 27839782 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 15:27:30 2025 Info: MID 27839782 using engine: CASE spam negative
Mon Mar  3 15:27:30 2025 Info: MID 27839782 antivirus negative
Mon Mar  3 15:27:30 2025 Info: MID 27839782 using engine: GRAYMAIL negative
Mon Mar  3 15:27:30 2025 Info: MID 27839782 Outbreak Filters: verdict negative
Mon Mar  3 15:27:30 2025 Info: MID 27839782 queued for delivery
Mon Mar  3 15:27:30 2025 Info: New SMTP DCID 6086898 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 15:27:30 2025 Info: Delivery start DCID 6086898 MID 27839782 to RID [0]
Mon Mar  3 15:27:31 2025 Info: Message done DCID 6086898 MID 27839782 to RID [0]
Mon Mar  3 15:27:31 2025 Info: MID 27839782 RID [0] Response '2.6.0 <8hVBPi5FC1o59Lf2sozwNPzL@example.net> [InternalId=58270526530, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 15:27:31 2025 Info: Message finished MID 27839782 done
Mon Mar  3 15:27:33 2025 Info: Start MID 27839783 ICID 884567
Mon Mar  3 15:27:33 2025 Info: MID 27839783 ICID 884567 From: <noreply@metrofoods.example.de>
Mon Mar  3 15:27:33 2025 Info: MID 27839783 ICID 884567 RID 0 To: <rosa.fischer@example.org>
Mon Mar  3 15:27:33 2025 Info: MID 27839783 ICID 884567 RID 1 To: <hugo.okafor@example.net>
Mon Mar  3 15:27:33 2025 Info: MID 27839783 ICID 884567 RID 2 To: <zoe27@example.org>
Mon Mar  3 15:27:33 2025 Info: MID 27839783 ICID 884567 RID 3 To: <greta.ivanova@example.org>
Mon Mar  3 15:27:33 2025 Info: MID 27839783 Message-ID '<9P0yEWN7P5JAp8xW.88749@metrofoods.example.de>'
Mon Mar  3 15:27:33 2025 Info: MID 27839783 Subject 'Password expiry notice'
Mon Mar  3 15:27:33 2025 Info: MID 27839783 ready 45385 bytes from <noreply@metrofoods.example.de>
Mon Mar  3 15:27:34 2025 Info: MID 27839783 SPF: mailfrom identity noreply@metrofoods.example.de Pass (v=spf1)
Mon Mar  3 15:27:34 2025 Info: MID 27839783 DKIM: pass signature verified (d=metrofoods.example.de s=selector1 i=@metrofoods.example.de)
Mon Mar  3 15:27:34 2025 Info: MID 27839783 DMARC: Message from domain metrofoods.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 15:27:34 2025 Info: MID 27839783 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 15:27:34 2025 Info: MID 27839783 interim verdict using engine: CASE spam negative
Mon Mar  3 15:27:35 2025 Info: Start MID 27839784 ICID 884567
Mon Mar  3 15:27:35 2025 Info: MID 27839784 ICID 884567 From: <farid27@metrofoods.example.de>
Mon Mar  3 15:27:35 2025 Info: MID 27839784 ICID 884567 RID 0 To: <tara.smith@example.net>
Mon Mar  3 15:27:35 2025 Info: MID 27839784 Message-ID '<nm854tiP9hCYMnNr.29178@metrofoods.example.de>'
Mon Mar  3 15:27:35 2025 Info: MID 27839784 Subject 'Re: Re: budget figures'
Mon Mar  3 15:27:35 2025 Info: MID 27839784 ready 5105 bytes from <farid27@metrofoods.example.de>
Mon Mar  3 15:27:35 2025 Info: Start MID 27839785 ICID 884567
Mon Mar  3 15:27:35 2025 Info: MID 27839785 ICID 884567 From: <support@metrofoods.example.de>
Mon Mar  3 15:27:35 2025 Info: MID 27839785 ICID 884567 RID 0 To: <tara66@example.org>
Mon Mar  3 15:27:35 2025 Info: MID 27839784 SPF: mailfrom identity farid27@metrofoods.example.de Pass (v=spf1)
Mon Mar  3 15:27:35 2025 Info: MID 27839784 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 15:27:35 2025 Info: MID 27839784 interim verdict using engine: CASE spam negative
Mon Mar  3 15:27:35 2025 Info: MID 27839783 interim AV verdict using Sophos CLEAN
Mon Mar  3 15:27:35 2025 Info: MID 27839783 using engine: CASE spam negative
Mon Mar  3 15:27:35 2025 Info: MID 27839783 antivirus negative
Mon Mar  3 15:27:35 2025 Info: MID 27839783 using engine: GRAYMAIL negative
Mon Mar  3 15:27:35 2025 Info: MID 27839783 Outbreak Filters: verdict negative
Mon Mar  3 15:27:35 2025 Info: MID 27839783 queued for delivery
Mon Mar  3 15:27:35 2025 Info: Delivery start DCID 6086898 MID 27839783 to RID [1]
Mon Mar  3 15:27:36 2025 Info: New SMTP DCID 6086899 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 15:27:36 2025 Info: MID 27839785 Message-ID '<CD79oNqhHZquDVIj.85244@metrofoods.example.de>'
Mon Mar  3 15:27:36 2025 Info: MID 27839785 Subject 'Réunion de lundi'
Mon Mar  3 15:27:36 2025 Info: MID 27839785 ready 700 bytes from <support@metrofoods.example.de>
Mon Mar  3 15:27:36 2025 Info: Message done DCID 6086898 MID 27839783 to RID [1]
Mon Mar  3 15:27:36 2025 Info: MID 27839783 RID [1] Response '2.6.0 <RKRU7MQ2I1pRfLxD1xAwjw53@example.net> [InternalId=14725123971, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 15:27:36 2025 Info: DCID 6086899 TLS failed: STARTTLS unexpected response
Mon Mar  3 15:27:36 2025 Info: Delivery start DCID 6086899 MID 27839783 to RID [0, 2, 3]
Mon Mar  3 15:27:36 2025 Info: Message done DCID 6086899 MID 27839783 to RID [0, 2, 3]
Mon Mar  3 15:27:36 2025 Info: MID 27839783 RID [0, 2, 3] Response '2.6.0 <SgDRbVFAdlie1qJENyxydu9L@example.net> [InternalId=53522545745, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 15:27:36 2025 Info: Message finished MID 27839783 done
Mon Mar  3 15:27:36 2025 Info: ICID 884567 close
Mon Mar  3 15:27:36 2025 Info: MID 27839785 SPF: mailfrom identity support@metrofoods.example.de Pass (v=spf1)
Mon Mar  3 15:27:36 2025 Info: MID 27839785 DKIM: pass signature verified (d=metrofoods.example.de s=selector1 i=@metrofoods.example.de)
Mon Mar  3 15:27:36 2025 Info: MID 27839785 DMARC: Message from domain metrofoods.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 15:27:36 2025 Info: MID 27839785 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: metrofoods.example.de
Mon Mar  3 15:27:36 2025 Info: MID 27839785 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 15:27:36 2025 Info: MID 27839785 interim verdict using engine: CASE spam negative
Mon Mar  3 15:27:37 2025 Info: MID 27839784 interim AV verdict using Sophos CLEAN
Mon Mar  3 15:27:37 2025 Info: MID 27839784 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 15:27:37 2025 Info: MID 27839784 using engine: CASE spam negative
Mon Mar  3 15:27:37 2025 Info: MID 27839784 antivirus negative
Mon Mar  3 15:27:37 2025 Info: MID 27839784 using engine: GRAYMAIL negative
Mon Mar  3 15:27:37 2025 Info: MID 27839784 Outbreak Filters: verdict negative
Mon Mar  3 15:27:37 2025 Info: MID 27839784 queued for delivery
Mon Mar  3 15:27:37 2025 Info: Delivery start DCID 6086898 MID 27839784 to RID [0]
Mon Mar  3 15:27:37 2025 Info: MID 27839785 interim AV verdict using Sophos CLEAN
Mon Mar  3 15:27:37 2025 Info: MID 27839785 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 15:27:37 2025 Info: MID 27839785 using engine: CASE spam negative
Mon Mar  3 15:27:37 2025 Info: MID 27839785 antivirus negative
Mon Mar  3 15:27:37 2025 Info: MID 27839785 using engine: GRAYMAIL negative
Mon Mar  3 15:27:37 2025 Info: MID 27839785 Outbreak Filters: verdict negative
Mon Mar  3 15:27:37 2025 Info: MID 27839785 queued for delivery
Mon Mar  3 15:27:37 2025 Info: Delivery start DCID 6086899 MID 27839785 to RID [0]
Mon Mar  3 15:27:38 2025 Info: Message done DCID 6086899 MID 27839785 to RID [0]
Mon Mar  3 15:27:38 2025 Info: MID 27839785 RID [0] Response '2.6.0 <IuQhGZX3GeACxnPzQeuAiDKM@example.net> [InternalId=11365932223, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 15:27:38 2025 Info: Message finished MID 27839785 done
Mon Mar  3 15:27:38 2025 Info: Message done DCID 6086898 MID 27839784 to RID [0]
Mon Mar  3 15:27:38 2025 Info: MID 27839784 RID [0] Response '2.6.0 <txI3lF59E4idgxgtTIW75kBH@example.net> [InternalId=52811703631, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 15:27:38 2025 Info: Message finished MID 27839784 done
Mon Mar  3 15:27:45 2025 Info: DCID 6086898 close
Mon Mar  3 15:27:46 2025 Info: DCID 6086899 close
Mon Mar  3 15:45:18 2025 Info: New SMTP ICID 884568 interface Data 1 (192.0.2.11) address 203.0.113.34 reverse dns host mail3.bright-health.test verified yes
Mon Mar  3 15:45:18 2025 Info: ICID 884568 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 8.2 country United Kingdom
Mon Mar  3 15:45:19 2025 Info: ICID 884568 TLS failed: (336027900, 'error:1407609C:SSL routines:SSL23_GET_CLIENT_HELLO:http request')
Mon Mar  3 15:45:19 2025 Info: ICID 884568 lost
Mon Mar  3 15:45:19 2025 Info: ICID 884568 close
Mon Mar  3 15:50:36 2025 Info: New SMTP ICID 884569 interface Data 1 (192.0.2.11) address 203.0.113.234 reverse dns host unknown verified no
Mon Mar  3 15:50:36 2025 Info: ICID 884569 REJECT SG BLOCKED_LIST match sbrs[-10.0:-3.0] SBRS -3.0 country United States
Mon Mar  3 15:50:37 2025 Info: ICID 884569 close
Mon Mar  3 16:08:12 2025 Info: New SMTP ICID 884570 interface Data 2 (10.20.0.21) address 10.20.1.13 reverse dns host exch04.corp.example.net verified yes
Mon Mar  3 16:08:12 2025 Info: ICID 884570 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 16:08:13 2025 Info: Start MID 27839786 ICID 884570
Mon Mar  3 16:08:13 2025 Info: MID 27839786 ICID 884570 From: <tara.rossi@example.net>
Mon Mar  3 16:08:13 2025 Info: MID 27839786 ICID 884570 RID 0 To: <rosa38@iron-consulting.example.com>
Mon Mar  3 16:08:13 2025 Info: MID 27839786 ICID 884570 RID 1 To: <ben.tanaka@iron-consulting.example.com>
Mon Mar  3 16:08:13 2025 Info: MID 27839786 ICID 884570 RID 2 To: <jonas.obrien@iron-consulting.example.com>
Mon Mar  3 16:08:13 2025 Info: MID 27839786 ICID 884570 RID 3 To: <keiko39@harbor-print.example.co.uk>
Mon Mar  3 16:08:13 2025 Info: MID 27839786 ICID 884570 RID 4 To: <anna.jensen@harbor-print.example.co.uk>
Mon Mar  3 16:08:13 2025 Info: MID 27839786 ICID 884570 RID 5 To: <zoe91@iron-consulting.example.com>
Mon Mar  3 16:08:13 2025 Info: MID 27839786 ICID 884570 RID 6 To: <pablo.jensen@summitsystems.example.co.uk>
Mon Mar  3 16:08:13 2025 Info: MID 27839786 ICID 884570 RID 7 To: <jonas.kim@quietenergy.example>
Mon Mar  3 16:08:13 2025 Info: MID 27839786 ICID 884570 RID 8 To: <qi20@harbor-print.example.co.uk>
Mon Mar  3 16:08:13 2025 Info: MID 27839786 ICID 884570 RID 9 To: <zoe.dubois@metro-labs.example.com>
Mon Mar  3 16:08:14 2025 Info: MID 27839786 Message-ID '<LZw8utyKQ3nTbAYG.86699@exch01.corp.example.net>'
Mon Mar  3 16:08:14 2025 Info: MID 27839786 Subject 'Newsletter: March edition'
Mon Mar  3 16:08:14 2025 Info: MID 27839786 ready 32055 bytes from <tara.rossi@example.net>
Mon Mar  3 16:08:14 2025 Info: MID 27839786 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 16:08:16 2025 Info: MID 27839786 antivirus negative
Mon Mar  3 16:08:16 2025 Info: MID 27839786 Outbreak Filters: verdict negative
Mon Mar  3 16:08:16 2025 Info: MID 27839786 queued for delivery
Mon Mar  3 16:08:16 2025 Info: New SMTP DCID 6086900 interface 192.0.2.111 address 203.0.113.243 port 25
Mon Mar  3 16:08:16 2025 Info: New SMTP DCID 6086901 interface 192.0.2.111 address 203.0.113.66 port 25
Mon Mar  3 16:08:16 2025 Info: New SMTP DCID 6086902 interface 192.0.2.111 address 198.51.100.144 port 25
Mon Mar  3 16:08:16 2025 Info: New SMTP DCID 6086903 interface 192.0.2.111 address 198.51.100.150 port 25
Mon Mar  3 16:08:16 2025 Info: New SMTP DCID 6086904 interface 192.0.2.111 address 203.0.113.162 port 25
Mon Mar  3 16:08:16 2025 Info: DCID 6086900 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 16:08:16 2025 Info: DCID 6086904 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 16:08:16 2025 Info: Delivery start DCID 6086901 MID 27839786 to RID [7]
Mon Mar  3 16:08:16 2025 Info: Delivery start DCID 6086900 MID 27839786 to RID [0, 1, 2, 5]
Mon Mar  3 16:08:16 2025 Info: Delivery start DCID 6086904 MID 27839786 to RID [3, 4, 8]
Mon Mar  3 16:08:16 2025 Info: DCID 6086903 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 16:08:16 2025 Info: DCID 6086902 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 16:08:16 2025 Info: Delivery start DCID 6086902 MID 27839786 to RID [6]
Mon Mar  3 16:08:16 2025 Info: Delivery start DCID 6086903 MID 27839786 to RID [9]
Mon Mar  3 16:08:16 2025 Info: Message done DCID 6086901 MID 27839786 to RID [7]
Mon Mar  3 16:08:16 2025 Info: MID 27839786 RID [7] Response '2.0.0 Ok: queued as SxSTKzvLNAD7Xm'
Mon Mar  3 16:08:16 2025 Info: Delayed: DCID 6086900 MID 27839786 to RID 1 - 4.4.0 - Other network problem ('421', ['4.4.2 Connection dropped due to timeout']) []
Mon Mar  3 16:08:16 2025 Info: Message 27839786 to RID [1] pending till Mon Mar  3 16:10:35 2025
Mon Mar  3 16:08:16 2025 Info: Message done DCID 6086900 MID 27839786 to RID [0, 2, 5]
Mon Mar  3 16:08:16 2025 Info: MID 27839786 RID [0, 2, 5] Response '2.0.0 Ok: queued as DIduHIOnvF19wL'
Mon Mar  3 16:08:17 2025 Info: Message done DCID 6086904 MID 27839786 to RID [3, 4, 8]
Mon Mar  3 16:08:17 2025 Info: MID 27839786 RID [3, 4, 8] Response '2.0.0 Ok: queued as 60ECwAvlnWsugY'
Mon Mar  3 16:08:17 2025 Info: Message done DCID 6086903 MID 27839786 to RID [9]
Mon Mar  3 16:08:17 2025 Info: MID 27839786 RID [9] Response '2.0.0 Ok: queued as NzqtwitFRgPJci'
