Sun Mar  2 19:09:17 2025 Info: Begin Logfile
Sun Mar  2 19:09:17 2025 Info: Version: 15.0.0-104 SN: 42CABD2B47A661EAB62B-7748E99916B7
Sun Mar  2 19:09:17 2025 Info: Time offset from UTC: -18000 seconds
Sun Mar  2 19:09:12 2025 Info: MID 30649827 interim AV verdict using Sophos CLEAN
Sun Mar  2 19:09:12 2025 Info: MID 30649827 using engine: CASE spam negative
Sun Mar  2 19:09:12 2025 Info: MID 30649827 antivirus negative
Sun Mar  2 19:09:12 2025 Info: MID 30649827 using engine: GRAYMAIL negative
Sun Mar  2 19:09:12 2025 Info: MID 30649827 Outbreak Filters: verdict negative
Sun Mar  2 19:09:12 2025 Info: MID 30649827 queued for delivery
Sun Mar  2 19:09:12 2025 Info: Delivery start DCID 5890647 MID 30649827 to RID [0, 1]
Sun Mar  2 19:09:13 2025 Info: Message done DCID 5890647 MID 30649827 to RID [0, 1]
Sun Mar  2 19:09:13 2025 Info: MID 30649827 RID [0, 1] Response '2.6.0 <hPs0OSci2kbp8zb8CAASTDtm@example.net> [InternalId=61135027125, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Sun Mar  2 19:09:13 2025 Info: Message finished MID 30649827 done
Sun Mar  2 19:09:14 2025 Info: DCID 5890647 close
Sun Mar  2 19:18:06 2025 Info: New SMTP DCID 5890648 interface 192.0.2.110 address 10.30.0.25
Sun Mar  2 19:18:06 2025 Info: DCID 5890648 TLS success protocol TLSv1 cipher RC4-SHA
Sun Mar  2 19:18:06 2025 Info: Delivery start DCID 5890648 MID 30649828 to RID [4]
Sun Mar  2 19:18:06 2025 Info: Message done DCID 5890648 MID 30649828 to RID [4]
Sun Mar  2 19:18:06 2025 Info: MID 30649828 RID [4] Response '2.6.0 <7kxn6zYDqaHdhRkD3c6ZhaoJ@example.net> [InternalId=75185292196, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Sun Mar  2 19:18:06 2025 Info: Message finished MID 30649828 done
Sun Mar  2 19:18:12 2025 Info: DCID 5890648 close
Sun Mar  2 19:31:18 2025 Info: New SMTP ICID 36841550 interface Data 1 (192.0.2.10) address 198.51.100.18 reverse dns host mx6.brightfinance.example.de verified yes
Sun Mar  2 19:31:18 2025 Info: ICID 36841550 ACCEPT SG UNKNOWNLIST match sbrs[none] SBRS None country France
Sun Mar  2 19:31:18 2025 Info: ICID 36841550 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Sun Mar  2 19:31:19 2025 Info: Start MID 30649829 ICID 36841550
Sun Mar  2 19:31:19 2025 Info: MID 30649829 ICID 36841550 From: <newsletter@brightfinance.example.de>
Sun Mar  2 19:31:19 2025 Info: MID 30649829 ICID 36841550 RID 0 To: <olga.schmidt@example.net>
Sun Mar  2 19:31:19 2025 Info: MID 30649829 ICID 36841550 RID 1 To: <orders@example.net>
Sun Mar  2 19:31:19 2025 Info: MID 30649829 ICID 36841550 RID 2 To: <zoe.obrien@example.net>
Sun Mar  2 19:31:20 2025 Info: MID 30649829 Message-ID '<gaaT2ZwwPM52CRIr.70010@brightfinance.example.de>'
Sun Mar  2 19:31:20 2025 Info: MID 30649829 Subject "O'Brien & Sons proposal"
Sun Mar  2 19:31:20 2025 Info: MID 30649829 ready 651811 bytes from <newsletter@brightfinance.example.de>
Sun Mar  2 19:31:20 2025 Info: MID 30649829 SPF: mailfrom identity newsletter@brightfinance.example.de Pass (v=spf1)
Sun Mar  2 19:31:20 2025 Info: MID 30649829 DKIM: pass signature verified (d=brightfinance.example.de s=selector1 i=@brightfinance.example.de)
Sun Mar  2 19:31:20 2025 Info: MID 30649829 DMARC: Message from domain brightfinance.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Sun Mar  2 19:31:20 2025 Info: MID 30649829 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: brightfinance.example.de
Sun Mar  2 19:31:20 2025 Info: MID 30649829 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar  2 19:31:20 2025 Info: MID 30649829 interim verdict using engine: CASE spam negative
Sun Mar  2 19:31:21 2025 Info: Start MID 30649830 ICID 36841550
Sun Mar  2 19:31:21 2025 Info: MID 30649830 ICID 36841550 From: <pablo.dubois@brightfinance.example.de>
Sun Mar  2 19:31:21 2025 Info: MID 30649830 ICID 36841550 RID 0 To: <tara.murphy@example.net>
Sun Mar  2 19:31:21 2025 Info: MID 30649830 ICID 36841550 RID 1 To: <david.dubois@example.net>
Sun Mar  2 19:31:21 2025 Info: MID 30649829 interim AV verdict using Sophos CLEAN
Sun Mar  2 19:31:21 2025 Info: MID 30649829 AMP file reputation verdict : SKIPPED (no attachment in message)
Sun Mar  2 19:31:21 2025 Info: MID 30649829 using engine: CASE spam negative
Sun Mar  2 19:31:21 2025 Info: MID 30649829 antivirus negative
Sun Mar  2 19:31:21 2025 Info: MID 30649829 using engine: GRAYMAIL negative
Sun Mar  2 19:31:21 2025 Info: MID 30649829 Outbreak Filters: verdict negative
Sun Mar  2 19:31:21 2025 Info: MID 30649829 queued for delivery
Sun Mar  2 19:31:21 2025 Info: New SMTP DCID 5890649 interface 192.0.2.110 address 10.20.0.10 port 25
Sun Mar  2 19:31:21 2025 Info: MID 30649830 Message-ID '<5Hhv609ASHva50lA.15931@brightfinance.example.de>'
Sun Mar  2 19:31:21 2025 Info: MID 30649830 Subject 'Réunion de lundi'
Sun Mar  2 19:31:21 2025 Info: MID 30649830 ready 22279 bytes from <pablo.dubois@brightfinance.example.de>
Sun Mar  2 19:31:21 2025 Info: DCID 5890649 TLS failed: (336130315, 'error:1408F10B:SSL routines:ssl3_get_record:wrong version number')
Sun Mar  2 19:31:21 2025 Info: Delivery start DCID 5890649 MID 30649829 to RID [0, 1, 2]
Sun Mar  2 19:31:21 2025 Info: ICID 36841550 close
Sun Mar  2 19:31:22 2025 Info: MID 30649830 SPF: mailfrom identity pablo.dubois@brightfinance.example.de Pass (v=spf1)
Sun Mar  2 19:31:22 2025 Info: MID 30649830 DKIM: pass signature verified (d=brightfinance.example.de s=selector1 i=@brightfinance.example.de)
Sun Mar  2 19:31:22 2025 Info: MID 30649830 DMARC: Message from domain brightfinance.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Sun Mar  2 19:31:22 2025 Info: MID 30649830 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar  2 19:31:22 2025 Info: MID 30649830 interim verdict using engine: CASE spam negative
Sun Mar  2 19:31:22 2025 Info: Message done DCID 5890649 MID 30649829 to RID [0, 1, 2]
Sun Mar  2 19:31:22 2025 Info: MID 30649829 RID [0, 1, 2] Response '2.6.0 <yAPnnfo9Z9ZhaoYleR1fLnX3@example.net> [InternalId=84032692811, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Sun Mar  2 19:31:22 2025 Info: Message finished MID 30649829 done
Sun Mar  2 19:31:23 2025 Info: MID 30649830 interim AV verdict using Sophos CLEAN
Sun Mar  2 19:31:23 2025 Info: MID 30649830 AMP file reputation verdict : SKIPPED (no attachment in message)
Sun Mar  2 19:31:23 2025 Info: MID 30649830 using engine: CASE spam negative
Sun Mar  2 19:31:23 2025 Info: MID 30649830 antivirus negative
Sun Mar  2 19:31:23 2025 Info: MID 30649830 using engine: GRAYMAIL negative
Sun Mar  2 19:31:23 2025 Info: MID 30649830 Outbreak Filters: verdict negative
Sun Mar  2 19:31:23 2025 Info: MID 30649830 queued for delivery
Sun Mar  2 19:31:23 2025 Info: Delivery start DCID 5890649 MID 30649830 to RID [0, 1]
Sun Mar  2 19:31:24 2025 Info: Message done DCID 5890649 MID 30649830 to RID [0, 1]
Sun Mar  2 19:31:24 2025 Info: MID 30649830 RID [0, 1] Response '2.6.0 <aCuXezJvNEnZrPBxFlEPwYVG@example.net> [InternalId=89325983132, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Sun Mar  2 19:31:24 2025 Info: Message finished MID 30649830 done
Sun Mar  2 19:31:25 2025 Info: DCID 5890649 close
Sun Mar  2 19:33:16 2025 Info: New SMTP ICID 36841551 interface Data 1 (192.0.2.10) address 203.0.113.170 reverse dns host mail6.bigmail.example verified yes
Sun Mar  2 19:33:16 2025 Info: ICID 36841551 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.2 country Canada
Sun Mar  2 19:33:16 2025 Info: ICID 36841551 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Sun Mar  2 19:33:17 2025 Info: Start MID 30649831 ICID 36841551
Sun Mar  2 19:33:17 2025 Info: MID 30649831 ICID 36841551 From: <pablo.kowalski@bigmail.example>
Sun Mar  2 19:33:17 2025 Info: MID 30649831 ICID 36841551 RID 0 To: <maria12@example.net>
Sun Mar  2 19:33:18 2025 Info: MID 30649831 Message-ID '<INTAjKM4v9cVnYvW.96861@bigmail.example>'
Sun Mar  2 19:33:18 2025 Info: MID 30649831 Subject 'Tab\tseparated values'
Sun Mar  2 19:33:18 2025 Info: MID 30649831 ready 6529 bytes from <pablo.kowalski@bigmail.example>
Sun Mar  2 19:33:18 2025 Info: ICID 36841551 close
Sun Mar  2 19:33:18 2025 Info: MID 30649831 SPF: mailfrom identity pablo.kowalski@bigmail.example Pass (v=spf1)
Sun Mar  2 19:33:18 2025 Info: MID 30649831 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar  2 19:33:18 2025 Info: MID 30649831 interim verdict using engine: CASE spam negative
Sun Mar  2 19:33:20 2025 Info: MID 30649831 interim AV verdict using Sophos CLEAN
Sun Mar  2 19:33:20 2025 Info: MID 30649831 AMP file reputation verdict : SKIPPED (no attachment in message)
Sun Mar  2 19:33:20 2025 Info: MID 30649831 using engine: CASE spam negative
Sun Mar  2 19:33:20 2025 Info: MID 30649831 antivirus negative
Sun Mar  2 19:33:20 2025 Info: MID 30649831 using engine: GRAYMAIL negative
Sun Mar  2 19:33:20 2025 Info: MID 30649831 Outbreak Filters: verdict negative
Sun Mar  2 19:33:20 2025 Info: MID 30649831 queued for delivery
Sun Mar  2 19:33:20 2025 Info: New SMTP DCID 5890650 interface 192.0.2.110 address 10.20.0.11 port 25
Sun Mar  2 19:33:20 2025 Info: DCID 5890650 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256 for example.net
Sun Mar  2 19:33:20 2025 Info: Delivery start DCID 5890650 MID 30649831 to RID [0]
Sun Mar  2 19:33:20 2025 Info: Message done DCID 5890650 MID 30649831 to RID [0]
Sun Mar  2 19:33:20 2025 Info: MID 30649831 RID [0] Response '2.6.0 <Ukh684KCDS4VTRKRAfVc4rOR@example.net> [InternalId=52074492829, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Sun Mar  2 19:33:20 2025 Info: Message finished MID 30649831 done
Sun Mar  2 19:33:29 2025 Info: DCID 5890650 close
Sun Mar  2 19:41:03 2025 Info: New SMTP ICID 36841552 interface Data 1 (192.0.2.10) address 203.0.113.27 reverse dns host mx6.metroconsulting.test verified yes
Sun Mar  2 19:41:03 2025 Info: ICID 36841552 ACCEPT SG ALLOWED_LIST match .metroconsulting.test SBRS 6.2 country Germany
Sun Mar  2 19:41:04 2025 Info: ICID 36841552 TLS success
Sun Mar  2 19:41:05 2025 Info: Start MID 30649832 ICID 36841552
Sun Mar  2 19:41:05 2025 Info: MID 30649832 ICID 36841552 From: <david.novak@metroconsulting.test>
Sun Mar  2 19:41:05 2025 Info: MID 30649832 ICID 36841552 RID 0 To: <pablo63@example.org>
Sun Mar  2 19:41:06 2025 Info: MID 30649832 Message-ID '<wV4TWbKjZKUL45F8.60614@metroconsulting.test>'
Sun Mar  2 19:41:06 2025 Info: MID 30649832 Subject "O'Brien & Sons proposal"
Sun Mar  2 19:41:06 2025 Info: MID 30649832 ready 28747 bytes from <david.novak@metroconsulting.test>
Sun Mar  2 19:41:06 2025 Info: MID 30649832 SPF: mailfrom identity david.novak@metroconsulting.test Pass (v=spf1)
Sun Mar  2 19:41:06 2025 Info: MID 30649832 DKIM: pass signature verified (d=metroconsulting.test s=selector1 i=@metroconsulting.test)
Sun Mar  2 19:41:06 2025 Info: MID 30649832 DMARC: Message from domain metroconsulting.test, DMARC pass (SPF aligned True, DKIM aligned True)
Sun Mar  2 19:41:06 2025 Info: MID 30649832 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar  2 19:41:06 2025 Info: MID 30649832 interim verdict using engine: CASE spam negative
Sun Mar  2 19:41:06 2025 Info: ICID 36841552 close
Sun Mar  2 19:41:07 2025 Info: MID 30649832 interim AV verdict using Sophos CLEAN
Sun Mar  2 19:41:07 2025 Info: MID 30649832 AMP file reputation verdict : SKIPPED (no attachment in message)
Sun Mar  2 19:41:07 2025 Info: MID 30649832 using engine: CASE spam negative
Sun Mar  2 19:41:07 2025 Info: MID 30649832 antivirus negative
Sun Mar  2 19:41:07 2025 Info: MID 30649832 using engine: GRAYMAIL negative
Sun Mar  2 19:41:07 2025 Info: MID 30649832 Outbreak Filters: verdict negative
Sun Mar  2 19:41:07 2025 Info: MID 30649832 queued for delivery
Sun Mar  2 19:41:07 2025 Info: New SMTP DCID 5890651 interface 192.0.2.110 address 10.30.0.25 port 25
Sun Mar  2 19:41:07 2025 Info: DCID 5890651 TLS success protocol TLSv1 cipher RC4-SHA
Sun Mar  2 19:41:07 2025 Info: Delivery start DCID 5890651 MID 30649832 to RID [0]
Sun Mar  2 19:41:08 2025 Info: Message done DCID 5890651 MID 30649832 to RID [0] 
Sun Mar  2 19:41:08 2025 Info: MID 30649832 RID [0] Response '2.6.0 <duKXcSFtiWyEXUEXEDhmcA71@example.net> [InternalId=72776690994, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Sun Mar  2 19:41:08 2025 Info: Message finished MID 30649832 done
Sun Mar  2 19:41:16 2025 Info: DCID 5890651 close
Sun Mar  2 20:31:24 2025 Info: New SMTP ICID 36841553 interface Data 1 (192.0.2.10) address 203.0.113.61 reverse dns host mail1.prime-consulting.test verified yes
Sun Mar  2 20:31:24 2025 Info: ICID 36841553 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.9 country Ireland
Sun Mar  2 20:31:24 2025 Info: ICID 36841553 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Sun Mar  2 20:31:25 2025 Info: Start MID 30649833 ICID 36841553
Sun Mar  2 20:31:25 2025 Info: MID 30649833 ICID 36841553 From: <wei.tanaka@prime-consulting.test>
Sun Mar  2 20:31:25 2025 Info: MID 30649833 ICID 36841553 RID 0 To: <keiko78@example.net>
Sun Mar  2 20:31:25 2025 Info: MID 30649833 ICID 36841553 RID 1 To: <anna99@example.org>
Sun Mar  2 20:31:25 2025 Info: MID 30649833 ICID 36841553 RID 2 To: <carla22@example.org>
Sun Mar  2 20:31:25 2025 Info: MID 30649833 ICID 36841553 RID 3 To: <sean.larsen@example.org>
Sun Mar  2 20:31:25 2025 Info: MID 30649833 ICID 36841553 RID 4 To: <sean.rossi@example.net>
Sun Mar  2 20:31:26 2025 Info: MID 30649833 Message-ID '<lB5eJcJ3WGPyqcLw.77788@prime-consulting.test>'
Sun Mar  2 20:31:26 2025 Info: MID 30649833 Subject 'FW: Contract draft'
Sun Mar  2 20:31:26 2025 Info: MID 30649833 ready 5432 bytes from <wei.tanaka@prime-consulting.test>
Sun Mar  2 20:31:26 2025 Info: ICID 36841553 close
Sun Mar  2 20:31:26 2025 Info: MID 30649833 SPF: mailfrom identity wei.tanaka@prime-consulting.test Pass (v=spf1)
Sun Mar  2 20:31:26 2025 Info: MID 30649833 DKIM: pass signature verified (d=prime-consulting.test s=selector1 i=@prime-consulting.test)
Sun Mar  2 20:31:26 2025 Info: MID 30649833 DMARC: Message from domain prime-consulting.test, DMARC pass (SPF aligned True, DKIM aligned True)
Sun Mar  2 20:31:26 2025 Info: MID 30649833 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar  2 20:31:26 2025 Info: MID 30649833 interim verdict using engine: CASE spam negative
Sun Mar  2 20:31:28 2025 Info: MID 30649833 interim AV verdict using Sophos CLEAN
Sun Mar  2 20:31:28 2025 Info: MID 30649833 AMP file reputation verdict : SKIPPED (no attachment in message)
Sun Mar  2 20:31:28 2025 Info: MID 30649833 using engine: CASE spam negative
Sun Mar  2 20:31:28 2025 Info: MID 30649833 antivirus negative
Sun Mar  2 20:31:28 2025 Info: MID 30649833 using engine: GRAYMAIL negative
Sun Mar  2 20:31:28 2025 Info: MID 30649833 Outbreak Filters: verdict negative
Sun Mar  2 20:31:28 2025 Info: MID 30649833 queued for delivery
Sun Mar  2 20:31:28 2025 Info: New SMTP DCID 5890652 interface 192.0.2.110 address 10.30.0.25 port 25
Sun Mar  2 20:31:28 2025 Info: DCID 5890652 TLS success protocol TLSv1 cipher RC4-SHA
Sun Mar  2 20:31:28 2025 Info: Delivery start DCID 5890652 MID 30649833 to RID [1, 2, 3]
Sun Mar  2 20:31:28 2025 Info: New SMTP DCID 5890653 interface 192.0.2.110 address 10.20.0.10 port 25
Sun Mar  2 20:31:28 2025 Info: DCID 5890653 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sun Mar  2 20:31:28 2025 Info: Delivery start DCID 5890653 MID 30649833 to RID [0, 4]
Sun Mar  2 20:31:28 2025 Info: Message done DCID 5890653 MID 30649833 to RID [0, 4]
Sun Mar  2 20:31:28 2025 Info: MID 30649833 RID [0, 4] Response '2.6.0 <8YzWmhbXZQXOGSI59igzfn2v@example.net> [InternalId=13317213688, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Sun Mar  2 20:31:28 2025 Info: Message done DCID 5890652 MID 30649833 to RID [1, 2, 3]
Sun Mar  2 20:31:28 2025 Info: MID 30649833 RID [1, 2, 3] Response '2.6.0 <sNaTdblzDAQ9U8J9VJu4FJJa@example.net> [InternalId=63169329118, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Sun Mar  2 20:31:28 2025 Info: Message finished MID 30649833 done
Sun Mar  2 20:31:32 2025 Info: DCID 5890652 close
Sun Mar  2 20:31:33 2025 Info: DCID 5890653 close
Sun Mar  2 21:04:11 2025 Info: New SMTP ICID 36841554 interface Data 2 (10.20.0.20) address 10.20.1.12 reverse dns host exch01.corp.example.net verified yes
Sun Mar  2 21:04:11 2025 Info: ICID 36841554 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Sun Mar  2 21:04:12 2025 Info: ICID 36841554 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sun Mar  2 21:04:13 2025 Info: Start MID 30649834 ICID 36841554
Sun Mar  2 21:04:13 2025 Info: MID 30649834 ICID 36841554 From: <yusuf.rossi@example.net>
Sun Mar  2 21:04:13 2025 Info: MID 30649834 ICID 36841554 RID 0 To: <anna.schmidt@webpost.example>
Sun Mar  2 21:04:13 2025 Info: MID 30649834 Message-ID '<5GOkXGJS6J4Ih7NX.46458@exch01.corp.example.net>'
Sun Mar  2 21:04:13 2025 Info: MID 30649834 Subject 'Path C:\\Temp\\report.xlsx'
Sun Mar  2 21:04:13 2025 Info: MID 30649834 ready 13608 bytes from <yusuf.rossi@example.net>
Sun Mar  2 21:04:13 2025 Debug: MID 30649834 ICID 36841554 TLS read 13608 bytes (2.148 seconds)
Sun Mar  2 21:04:13 2025 Info: MID 30649834 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sun Mar  2 21:04:13 2025 Info: ICID 36841554 close
Sun Mar  2 21:04:13 2025 Info: MID 30649834 antivirus negative
Sun Mar  2 21:04:13 2025 Info: MID 30649834 Outbreak Filters: verdict negative
Sun Mar  2 21:04:13 2025 Info: MID 30649834 queued for delivery
Sun Mar  2 21:04:14 2025 Info: New SMTP DCID 5890654 interface 192.0.2.110 address 203.0.113.238 port 25
Sun Mar  2 21:04:14 2025 Info: Delivery start DCID 5890654 MID 30649834 to RID [0]
Sun Mar  2 21:04:15 2025 Info: Message done DCID 5890654 MID 30649834 to RID [0]
Sun Mar  2 21:04:15 2025 Info: MID 30649834 RID [0] Response '2.0.0 OK  1717574435 pdpqf8cpnlx2si4917649.68 - gsmtp'
Sun Mar  2 21:04:15 2025 Info: Message finished MID 30649834 done
Sun Mar  2 21:04:18 2025 Info: DCID 5890654 close
Sun Mar  2 21:48:16 2025 Info: New SMTP ICID 36841555 interface Data 2 (10.20.0.20) address 10.20.1.10 reverse dns host exch01.corp.example.net verified yes
Sun Mar  2 21:48:16 2025 Info: ICID 36841555 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Sun Mar  2 21:48:17 2025 Info: ICID 36841555 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar  2 21:48:17 2025 Info: Start MID 30649835 ICID 36841555
Sun Mar  2 21:48:17 2025 Info: MID 30649835 ICID 36841555 From: <hugo.okafor@example.net>
Sun Mar  2 21:48:17 2025 Info: MID 30649835 ICID 36841555 RID 0 To: <keiko.costa@silver-insurance.example.de>
Sun Mar  2 21:48:18 2025 Info: MID 30649835 Message-ID '<KEkJB7lGRC0h1rsy.64893@exch01.corp.example.net>'
Sun Mar  2 21:48:18 2025 Info: MID 30649835 Subject "O'Brien & Sons proposal"
Sun Mar  2 21:48:18 2025 Info: MID 30649835 ready 7787 bytes from <hugo.okafor@example.net>
Sun Mar  2 21:48:18 2025 Info: ICID 36841555 close
Sun Mar  2 21:48:19 2025 Info: MID 30649835 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sun Mar  2 21:48:20 2025 Info: MID 30649835 antivirus negative
Sun Mar  2 21:48:20 2025 Info: MID 30649835 Outbreak Filters: verdict negative
Sun Mar  2 21:48:20 2025 Info: MID 30649835 queued for delivery
Sun Mar  2 21:48:20 2025 Info: New SMTP DCID 5890655 interface 192.0.2.110 address 198.51.100.134 port 25
Sun Mar  2 21:48:20 2025 Info: Delivery start DCID 5890655 MID 30649835 to RID [0]
Sun Mar  2 21:48:21 2025 Info: Message done DCID 5890655 MID 30649835 to RID [0]
Sun Mar  2 21:48:21 2025 Info: MID 30649835 RID [0] Response '2.0.0 Ok: queued as 3s9xrrVeJBYhWh'
Sun Mar  2 21:48:21 2025 Info: Message finished MID 30649835 done
Sun Mar  2 21:48:24 2025 Info: DCID 5890655 close
Sun Mar  2 22:01:39 2025 Info: New SMTP ICID 36841556 interface Data 2 (10.20.0.20) address 10.20.1.10 reverse dns host exch01.corp.example.net verified yes
Sun Mar  2 22:01:39 2025 Info: ICID 36841556 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Sun Mar  2 22:01:40 2025 Info: Start MID 30649836 ICID 36841556
Sun Mar  2 22:01:40 2025 Info: MID 30649836 ICID 36841556 From: <aoife.okafor@example.net>
Sun Mar  2 22:01:40 2025 Info: MID 30649836 ICID 36841556 RID 0 To: <anna79@webpost.example>
Sun Mar  2 22:01:41 2025 Info: MID 30649836 Message-ID '<WGlVNxCsTf1QUbin.94087@exch01.corp.example.net>'
Sun Mar  2 22:01:41 2025 Info: MID 30649836 Subject 'Password expiry notice'
Sun Mar  2 22:01:41 2025 Info: MID 30649836 ready 4706 bytes from <aoife.okafor@example.net>
Sun Mar  2 22:01:41 2025 Info: MID 30649836 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sun Mar  2 22:01:42 2025 Info: MID 30649836 antivirus negative
Sun Mar  2 22:01:42 2025 Info: MID 30649836 Outbreak Filters: verdict negative
Sun Mar  2 22:01:42 2025 Info: MID 30649836 queued for delivery
Sun Mar  2 22:01:42 2025 Info: New SMTP DCID 5890656 interface 192.0.2.110 address 198.51.100.47 port 25
Sun Mar  2 22:01:42 2025 Info: DCID 5890656 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Sun Mar  2 22:01:42 2025 Info: Delivery start DCID 5890656 MID 30649836 to RID [0]
Sun Mar  2 22:01:43 2025 Info: Start MID 30649837 ICID 36841556
Sun Mar  2 22:01:43 2025 Info: MID 30649837 ICID 36841556 From: <hugo.berg@example.net>
Sun Mar  2 22:01:43 2025 Info: MID 30649837 ICID 36841556 RID 0 To: <anna88@silverrealty.test>
Sun Mar  2 22:01:44 2025 Info: MID 30649837 Message-ID '<OO8MsYTHDKVMZH6p.44998@exch01.corp.example.net>'
Sun Mar  2 22:01:44 2025 Info: MID 30649837 Subject 'Password expiry notice'
Sun Mar  2 22:01:44 2025 Info: MID 30649837 ready 2262 bytes from <hugo.berg@example.net>
Sun Mar  2 22:01:44 2025 Info: Bounced: DCID 5890656 MID 30649836 to RID 0 - 5.7.1 - Delivery not authorized, message refused ('554', ['5.7.1 Message rejected due to content restrictions']) []
Sun Mar  2 22:01:44 2025 Info: MID 30649838 was generated for bounce of MID 30649836
Sun Mar  2 22:01:44 2025 Info: Start MID 30649838 ICID 0
Sun Mar  2 22:01:44 2025 Info: Message finished MID 30649836 done
Sun Mar  2 22:01:44 2025 Info: MID 30649838 ICID 0 From: <>
Sun Mar  2 22:01:44 2025 Info: MID 30649838 ICID 0 RID 0 To: <aoife.okafor@example.net>
Sun Mar  2 22:01:44 2025 Info: MID 30649838 ready 9696 bytes from <>
Sun Mar  2 22:01:44 2025 Info: MID 30649838 interim AV verdict using Sophos CLEAN
Sun Mar  2 22:01:44 2025 Info: MID 30649838 AMP file reputation verdict : SKIPPED (no attachment in message)
Sun Mar  2 22:01:44 2025 Info: MID 30649838 using engine: CASE spam negative
Sun Mar  2 22:01:44 2025 Info: MID 30649838 antivirus negative
Sun Mar  2 22:01:44 2025 Info: MID 30649838 using engine: GRAYMAIL negative
Sun Mar  2 22:01:44 2025 Info: MID 30649838 Outbreak Filters: verdict negative
Sun Mar  2 22:01:44 2025 Info: MID 30649838 queued for delivery
Sun Mar  2 22:01:44 2025 Info: New SMTP DCID 5890657 interface 192.0.2.110 address 10.20.0.11 port 25
Sun Mar  2 22:01:44 2025 Info: MID 30649837 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sun Mar  2 22:01:44 2025 Info: DCID 5890657 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sun Mar  2 22:01:44 2025 Info: Delivery start DCID 5890657 MID 30649838 to RID [0]
Sun Mar  2 22:01:45 2025 Info: Message done DCID 5890657 MID 30649838 to RID [0]
Sun Mar  2 22:01:45 2025 Info: MID 30649838 RID [0] Response '2.6.0 <LpQtx0YFO4khtocBus7Z8Bdl@example.net> [InternalId=47361820680, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Sun Mar  2 22:01:45 2025 Info: Message finished MID 30649838 done
Sun Mar  2 22:01:46 2025 Info: MID 30649837 antivirus negative
Sun Mar  2 22:01:46 2025 Info: MID 30649837 Outbreak Filters: verdict negative
Sun Mar  2 22:01:46 2025 Info: MID 30649837 queued for delivery
Sun Mar  2 22:01:46 2025 Info: New SMTP DCID 5890658 interface 192.0.2.110 address 203.0.113.246 port 25
Sun Mar  2 22:01:46 2025 Info: DCID 5890658 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar  2 22:01:46 2025 Info: Delivery start DCID 5890658 MID 30649837 to RID [0]
Sun Mar  2 22:01:46 2025 Info: Message done DCID 5890658 MID 30649837 to RID [0]
Sun Mar  2 22:01:46 2025 Info: MID 30649837 RID [0] Response '2.0.0 Ok: queued as Nraw2j06v5BvTS'
Sun Mar  2 22:01:46 2025 Info: Message finished MID 30649837 done
Sun Mar  2 22:01:47 2025 Info: Start MID 30649839 ICID 36841556
Sun Mar  2 22:01:47 2025 Info: MID 30649839 ICID 36841556 From: <tara.tanaka@example.net>
Sun Mar  2 22:01:47 2025 Info: MID 30649839 ICID 36841556 RID 0 To: <sven.kim@rapidinsurance.example.co.uk>
Sun Mar  2 22:01:47 2025 Info: MID 30649839 ICID 36841556 RID 1 To: <umar.costa@brightlabs.example>
Sun Mar  2 22:01:47 2025 Info: MID 30649839 ICID 36841556 RID 2 To: <ines83@brightlabs.example>
Sun Mar  2 22:01:47 2025 Info: MID 30649839 ICID 36841556 RID 3 To: <tara72@rapidinsurance.example.co.uk>
Sun Mar  2 22:01:47 2025 Info: MID 30649839 ICID 36841556 RID 4 To: <tara.kowalski@rapid-logistics.example.co.uk>
Sun Mar  2 22:01:47 2025 Info: MID 30649839 ICID 36841556 RID 5 To: <nils.costa@primesystems.example.de>
Sun Mar  2 22:01:47 2025 Info: MID 30649839 ICID 36841556 RID 6 To: <hugo.kim@brightlabs.example>
Sun Mar  2 22:01:47 2025 Info: MID 30649839 ICID 36841556 RID 7 To: <jonas.kim@clearfoods.example>
Sun Mar  2 22:01:47 2025 Info: MID 30649839 ICID 36841556 RID 8 To: <umar58@alpine-retail.example.co.uk>
Sun Mar  2 22:01:47 2025 Info: MID 30649839 ICID 36841556 RID 9 To: <maria.ivanova@primesystems.example.de>
Sun Mar  2 22:01:48 2025 Info: MID 30649839 Message-ID '<s1ha0GPaZkUQuyKQ.53347@exch01.corp.example.net>'
Sun Mar  2 22:01:48 2025 Info: MID 30649839 Subject 'Q1 plan (v2)'
Sun Mar  2 22:01:48 2025 Info: MID 30649839 ready 2839 bytes from <tara.tanaka@example.net>
Sun Mar  2 22:01:48 2025 Info: MID 30649839 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sun Mar  2 22:01:48 2025 Info: Start MID 30649840 ICID 36841556
Sun Mar  2 22:01:48 2025 Info: MID 30649840 ICID 36841556 From: <aoife.novak@example.net>
Sun Mar  2 22:01:48 2025 Info: MID 30649840 ICID 36841556 RID 0 To: <nils.kowalski@quietlogistics.example.de>
Sun Mar  2 22:01:48 2025 Info: DCID 5890657 close
Sun Mar  2 22:01:49 2025 Info: MID 30649840 Message-ID '<x2u6ILKcMSFI9pxv.98466@exch01.corp.example.net>'
Sun Mar  2 22:01:49 2025 Info: MID 30649840 Subject 'It\'s \'urgent\' say "they"'
Sun Mar  2 22:01:49 2025 Info: MID 30649840 ready 16948 bytes from <aoife.novak@example.net>
Sun Mar  2 22:01:49 2025 Info: Start MID 30649841 ICID 36841556
Sun Mar  2 22:01:49 2025 Info: MID 30649841 ICID 36841556 From: <sean10@example.net>
Sun Mar  2 22:01:49 2025 Info: MID 30649841 ICID 36841556 RID 0 To: <olga70@goldenrealty.example.de>
Sun Mar  2 22:01:49 2025 Info: MID 30649839 antivirus negative
Sun Mar  2 22:01:49 2025 Info: MID 30649839 Outbreak Filters: verdict negative
Sun Mar  2 22:01:49 2025 Info: MID 30649839 queued for delivery
Sun Mar  2 22:01:49 2025 Info: New SMTP DCID 5890659 interface 192.0.2.110 address 203.0.113.48 port 25
Sun Mar  2 22:01:49 2025 Info: New SMTP DCID 5890660 interface 192.0.2.110 address 203.0.113.105 port 25
Sun Mar  2 22:01:49 2025 Info: New SMTP DCID 5890661 interface 192.0.2.110 address 203.0.113.199 port 25
Sun Mar  2 22:01:49 2025 Info: New SMTP DCID 5890662 interface 192.0.2.110 address 203.0.113.210 port 25
Sun Mar  2 22:01:49 2025 Info: New SMTP DCID 5890663 interface 192.0.2.110 address 203.0.113.139 port 25
Sun Mar  2 22:01:49 2025 Info: MID 30649841 Message-ID '<MqNR5QmSLcERGn8H.33463@exch01.corp.example.net>'
Sun Mar  2 22:01:49 2025 Info: MID 30649841 Subject 'Re: travel plans'
Sun Mar  2 22:01:49 2025 Info: MID 30649841 ready 15129 bytes from <sean10@example.net>
Sun Mar  2 22:01:49 2025 Info: New SMTP DCID 5890664 interface 192.0.2.110 address 198.51.100.199 port 25
Sun Mar  2 22:01:50 2025 Info: MID 30649841 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sun Mar  2 22:01:50 2025 Info: Delivery start DCID 5890660 MID 30649839 to RID [1, 2, 6]
Sun Mar  2 22:01:50 2025 Info: DCID 5890663 STARTTLS command not supported.
Sun Mar  2 22:01:50 2025 Info: Delivery start DCID 5890663 MID 30649839 to RID [0, 3]
Sun Mar  2 22:01:50 2025 Info: MID 30649840 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sun Mar  2 22:01:50 2025 Info: Message done DCID 5890660 MID 30649839 to RID [1, 2, 6]
Sun Mar  2 22:01:50 2025 Info: MID 30649839 RID [1, 2, 6] Response '2.0.0 Ok: queued as dbBkOa2rdMVO7R'
Sun Mar  2 22:01:50 2025 Info: DCID 5890659 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Sun Mar  2 22:01:50 2025 Info: DCID 5890661 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Sun Mar  2 22:01:50 2025 Info: Delivery start DCID 5890659 MID 30649839 to RID [7]
Sun Mar  2 22:01:50 2025 Info: Delivery start DCID 5890661 MID 30649839 to RID [4]
Sun Mar  2 22:01:50 2025 Info: DCID 5890662 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar  2 22:01:50 2025 Info: DCID 5890664 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Sun Mar  2 22:01:50 2025 Info: Delivery start DCID 5890662 MID 30649839 to RID [5, 9]
Sun Mar  2 22:01:50 2025 Info: Delivery start DCID 5890664 MID 30649839 to RID [8]
Sun Mar  2 22:01:50 2025 Info: Delayed: DCID 5890663 MID 30649839 to RID 0 - 4.7.1 - Delivery not authorized, message refused ('450', ['4.7.1 <sven.kim@rapidinsurance.example.co.uk>: Recipient address rejected: Greylisted, try again later']) []
Sun Mar  2 22:01:50 2025 Info: Message 30649839 to RID [0] pending till Sun Mar  2 22:03:57 2025
Sun Mar  2 22:01:50 2025 Info: Delayed: DCID 5890663 MID 30649839 to RID 3 - 4.7.1 - Delivery not authorized, message refused ('450', ['4.7.1 <tara72@rapidinsurance.example.co.uk>: Recipient address rejected: Greylisted, try again later']) []
Sun Mar  2 22:01:50 2025 Info: Message 30649839 to RID [3] pending till Sun Mar  2 22:03:57 2025
Sun Mar  2 22:01:50 2025 Info: ICID 36841556 close
Sun Mar  2 22:01:50 2025 Info: Message done DCID 5890659 MID 30649839 to RID [7]
Sun Mar  2 22:01:50 2025 Info: MID 30649839 RID [7] Response '2.0.0 Ok: queued as C3q6ZJ9IY4anSg'
Sun Mar  2 22:01:50 2025 Info: Message done DCID 5890661 MID 30649839 to RID [4] 
Sun Mar  2 22:01:50 2025 Info: MID 30649839 RID [4] Response '2.0.0 Ok: queued as hcVZtR7D4e7vrK'
Sun Mar  2 22:01:50 2025 Info: Message done DCID 5890662 MID 30649839 to RID [5, 9]
Sun Mar  2 22:01:50 2025 Info: MID 30649839 RID [5, 9] Response '2.0.0 Ok: queued as zFJZWQC2j2hFFi'
Sun Mar  2 22:01:50 2025 Info: Message done DCID 5890664 MID 30649839 to RID [8]
Sun Mar  2 22:01:50 2025 Info: MID 30649839 RID [8] Response '2.0.0 Ok: queued as jtCK3txJHw8heB'
Sun Mar  2 22:01:51 2025 Info: MID 30649840 antivirus negative
Sun Mar  2 22:01:51 2025 Info: MID 30649840 Outbreak Filters: verdict negative
Sun Mar  2 22:01:51 2025 Info: MID 30649840 queued for delivery
Sun Mar  2 22:01:51 2025 Info: New SMTP DCID 5890665 interface 192.0.2.110 address 203.0.113.188 port 25
Sun Mar  2 22:01:51 2025 Info: MID 30649841 antivirus negative
Sun Mar  2 22:01:51 2025 Info: MID 30649841 Outbreak Filters: verdict negative
Sun Mar  2 22:01:51 2025 Info: MID 30649841 queued for delivery
Sun Mar  2 22:01:51 2025 Info: DCID 5890665 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sun Mar  2 22:01:51 2025 Info: New SMTP DCID 5890666 interface 192.0.2.110 address 198.51.100.97 port 25
Sun Mar  2 22:01:51 2025 Info: Delivery start DCID 5890665 MID 30649840 to RID [0]
Sun Mar  2 22:01:51 2025 Info: DCID 5890666 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Sun Mar  2 22:01:52 2025 Info: Delivery start DCID 5890666 MID 30649841 to RID [0]
Sun Mar  2 22:01:52 2025 Info: Message done DCID 5890665 MID 30649840 to RID [0]
Sun Mar  2 22:01:52 2025 Info: MID 30649840 RID [0] Response '2.0.0 Ok: queued as W7SlZXUsqZzLrt'
Sun Mar  2 22:01:52 2025 Info: Message finished MID 30649840 done
Sun Mar  2 22:01:52 2025 Info: DCID 5890656 close
Sun Mar  2 22:01:52 2025 Info: Message done DCID 5890666 MID 30649841 to RID [0] 
Sun Mar  2 22:01:52 2025 Info: MID 30649841 RID [0] Response '2.0.0 Ok: queued as dMQ4IYuTU5jxCh'
Sun Mar  2 22:01:52 2025 Info: Message finished MID 30649841 done
Sun Mar  2 22:01:52 2025 Info: DCID 5890659 close
Sun Mar  2 22:01:53 2025 Info: DCID 5890666 close
Sun Mar  2 22:01:54 2025 Info: DCID 5890663 close
Sun Mar  2 22:01:54 2025 Info: DCID 5890665 close
Sun Mar  2 22:01:55 2025 Info: DCID 5890658 close
Sun Mar  2 22:01:55 2025 Info: DCID 5890660 close
Sun Mar  2 22:01:56 2025 Info: DCID 5890661 close
Sun Mar  2 22:01:57 2025 Info: DCID 5890662 close
Sun Mar  2 22:01:59 2025 Info: DCID 5890664 close
Sun Mar  2 22:03:57 2025 Info: New SMTP DCID 5890667 interface 192.0.2.110 address 203.0.113.139 port 25
Sun Mar  2 22:03:57 2025 Info: DCID 5890667 STARTTLS command not supported.
Sun Mar  2 22:03:57 2025 Info: Delivery start DCID 5890667 MID 30649839 to RID [0, 3]
Sun Mar  2 22:03:58 2025 Info: Message done DCID 5890667 MID 30649839 to RID [0, 3]
Sun Mar  2 22:03:58 2025 Info: MID 30649839 RID [0, 3] Response '2.0.0 Ok: queued as Nwyn3h8xakIDGc'
Sun Mar  2 22:03:58 2025 Info: Message finished MID 30649839 done
Sun Mar  2 22:04:00 2025 Info: DCID 5890667 close
Mon Mar  3 00:18:13 2025 Info: New SMTP ICID 36841557 interface Data 1 (192.0.2.10) address 203.0.113.126 reverse dns host mail8.cedar-airlines.example.de verified yes
Mon Mar  3 00:18:13 2025 Info: ICID 36841557 ACCEPT SG UNKNOWNLIST match sbrs[none] SBRS None country France
Mon Mar  3 00:18:13 2025 Info: ICID 36841557 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 00:18:14 2025 Info: Start MID 30649842 ICID 36841557
Mon Mar  3 00:18:14 2025 Info: MID 30649842 ICID 36841557 From: <sales@cedar-airlines.example.de>
Mon Mar  3 00:18:14 2025 Info: MID 30649842 ICID 36841557 RID 0 To: <olga.rossi@example.net>
Mon Mar  3 00:18:14 2025 Info: MID 30649842 ICID 36841557 RID 1 To: <rosa.costa@example.net>
Mon Mar  3 00:18:14 2025 Info: MID 30649842 ICID 36841557 RID 2 To: <sean.silva@example.net>
Mon Mar  3 00:18:14 2025 Info: MID 30649842 Message-ID '<ZeBRdL80NcJUrqdP.48415@cedar-airlines.example.de>'
Mon Mar  3 00:18:14 2025 Info: MID 30649842 Subject 'It\'s \'urgent\' say "they"'
Mon Mar  3 00:18:14 2025 Info: MID 30649842 ready 4451 bytes from <sales@cedar-airlines.example.de>
Mon Mar  3 00:18:14 2025 Info: ICID 36841557 close
Mon Mar  3 00:18:15 2025 Info: MID 30649842 SPF: mailfrom identity sales@cedar-airlines.example.de Pass (v=spf1)
Mon Mar  3 00:18:15 2025 Info: MID 30649842 DKIM: pass signature verified (d=cedar-airlines.example.de s=selector1 i=@cedar-airlines.example.de)
Mon Mar  3 00:18:15 2025 Info: MID 30649842 DMARC: Message from domain cedar-airlines.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 00:18:15 2025 Info: MID 30649842 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: cedar-airlines.example.de
Mon Mar  3 00:18:15 2025 Info: MID 30649842 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 00:18:15 2025 Info: MID 30649842 interim verdict using engine: CASE spam negative
Mon Mar  3 00:18:15 2025 Info: MID 30649842 interim AV verdict using Sophos CLEAN
Mon Mar  3 00:18:15 2025 Info: MID 30649842 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 00:18:15 2025 Info: MID 30649842 using engine: CASE spam negative
Mon Mar  3 00:18:15 2025 Info: MID 30649842 antivirus negative
Mon Mar  3 00:18:15 2025 Info: MID 30649842 using engine: GRAYMAIL negative
Mon Mar  3 00:18:15 2025 Info: MID 30649842 Outbreak Filters: verdict negative
Mon Mar  3 00:18:15 2025 Info: MID 30649842 queued for delivery
Mon Mar  3 00:18:15 2025 Info: New SMTP DCID 5890668 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 00:18:16 2025 Info: DCID 5890668 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 00:18:16 2025 Info: Delivery start DCID 5890668 MID 30649842 to RID [0, 1, 2]
Mon Mar  3 00:18:16 2025 Info: Message done DCID 5890668 MID 30649842 to RID [0, 1, 2]
Mon Mar  3 00:18:16 2025 Info: MID 30649842 RID [0, 1, 2] Response '2.6.0 <7ZVeX4ch4dRhIkrMJ9wkMS16@example.net> [InternalId=75912648993, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 00:18:16 2025 Info: Message finished MID 30649842 done
Mon Mar  3 00:18:24 2025 Info: DCID 5890668 close
Mon Mar  3 00:42:30 2025 Info: New SMTP ICID 36841558 interface Data 1 (192.0.2.10) address 203.0.113.6 reverse dns host mx9.bigmail.example verified yes
Mon Mar  3 00:42:30 2025 Info: ICID 36841558 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.4 country Ireland
Mon Mar  3 00:42:30 2025 Info: ICID 36841558 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 00:42:31 2025 Info: Start MID 30649843 ICID 36841558
Mon Mar  3 00:42:31 2025 Info: MID 30649843 ICID 36841558 From: <support@bigmail.example>
Mon Mar  3 00:42:31 2025 Info: MID 30649843 ICID 36841558 RID 0 To: <tara15@example.net>
Mon Mar  3 00:42:32 2025 Info: MID 30649843 Message-ID '<KfEibSR95aDhJGrQ.65941@bigmail.example>'
Mon Mar  3 00:42:32 2025 Info: MID 30649843 Subject "Re: Customer's feedback"
Mon Mar  3 00:42:32 2025 Info: MID 30649843 ready 5409 bytes from <support@bigmail.example>
Mon Mar  3 00:42:32 2025 Info: MID 30649843 SPF: mailfrom identity support@bigmail.example Pass (v=spf1)
Mon Mar  3 00:42:32 2025 Info: MID 30649843 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: bigmail.example
Mon Mar  3 00:42:32 2025 Info: MID 30649843 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 00:42:32 2025 Info: MID 30649843 interim verdict using engine: CASE spam negative
Mon Mar  3 00:42:32 2025 Info: ICID 36841558 close
Mon Mar  3 00:42:33 2025 Info: MID 30649843 interim AV verdict using Sophos CLEAN
Mon Mar  3 00:42:33 2025 Info: MID 30649843 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 00:42:33 2025 Info: MID 30649843 using engine: CASE spam negative
Mon Mar  3 00:42:33 2025 Info: MID 30649843 antivirus negative
Mon Mar  3 00:42:33 2025 Info: MID 30649843 using engine: GRAYMAIL negative
Mon Mar  3 00:42:33 2025 Info: MID 30649843 Outbreak Filters: verdict negative
Mon Mar  3 00:42:33 2025 Info: MID 30649843 queued for delivery
Mon Mar  3 00:42:33 2025 Info: New SMTP DCID 5890669 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 00:42:34 2025 Info: DCID 5890669 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 00:42:34 2025 Info: Delivery start DCID 5890669 MID 30649843 to RID [0]
Mon Mar  3 00:42:34 2025 Info: Message done DCID 5890669 MID 30649843 to RID [0]
Mon Mar  3 00:42:34 2025 Info: MID 30649843 RID [0] Response '2.6.0 <fnj2Vmp8z0mWn0Shsxb2KSlm@example.net> [InternalId=99761006173, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 00:42:34 2025 Info: Message finished MID 30649843 done
Mon Mar  3 00:42:42 2025 Info: DCID 5890669 close
Mon Mar  3 02:21:45 2025 Info: New SMTP ICID 36841559 interface Data 2 (10.20.0.20) address 10.20.1.12 reverse dns host exch03.corp.example.net verified yes
Mon Mar  3 02:21:45 2025 Info: ICID 36841559 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 02:21:45 2025 Info: ICID 36841559 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 02:21:46 2025 Info: Start MID 30649844 ICID 36841559
Mon Mar  3 02:21:46 2025 Info: MID 30649844 ICID 36841559 From: <zoe.silva@example.net>
Mon Mar  3 02:21:46 2025 Info: MID 30649844 ICID 36841559 RID 0 To: <ben.larsen@goldenhealth.example.de>
Mon Mar  3 02:21:46 2025 Info: MID 30649844 ICID 36841559 RID 1 To: <ines.berg@goldenhealth.example.de>
Mon Mar  3 02:21:47 2025 Info: MID 30649844 Message-ID '<SiDg2lOPQmhkDMlm.11132@exch01.corp.example.net>'
Mon Mar  3 02:21:47 2025 Info: MID 30649844 Subject 'Out of office: back Monday'
Mon Mar  3 02:21:47 2025 Info: MID 30649844 ready 13588 bytes from <zoe.silva@example.net>
Mon Mar  3 02:21:47 2025 Info: MID 30649844 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 02:21:48 2025 Info: Start MID 30649845 ICID 36841559
Mon Mar  3 02:21:48 2025 Info: MID 30649845 ICID 36841559 From: <david.silva@example.net>
Mon Mar  3 02:21:48 2025 Info: MID 30649845 ICID 36841559 RID 0 To: <vera.dubois@sunnymedia.example.com>
Mon Mar  3 02:21:48 2025 Info: MID 30649845 Message-ID '<TMlri0gC9kdBg0OR.93145@exch01.corp.example.net>'
Mon Mar  3 02:21:48 2025 Info: MID 30649845 Subject 'Welcome to the team'
Mon Mar  3 02:21:48 2025 Info: MID 30649845 ready 72198 bytes from <david.silva@example.net>
Mon Mar  3 02:21:49 2025 Info: MID 30649845 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 02:21:49 2025 Info: New SMTP ICID 36841560 interface Data 1 (192.0.2.10) address 203.0.113.173 reverse dns host unknown verified no
Mon Mar  3 02:21:49 2025 Info: ICID 36841560 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 7.8 country United Kingdom
Mon Mar  3 02:21:49 2025 Info: ICID 36841559 close
Mon Mar  3 02:21:49 2025 Info: ICID 36841560 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 02:21:50 2025 Info: MID 30649844 antivirus negative
Mon Mar  3 02:21:50 2025 Info: MID 30649844 Outbreak Filters: verdict negative
Mon Mar  3 02:21:50 2025 Info: MID 30649844 queued for delivery
Mon Mar  3 02:21:50 2025 Info: New SMTP DCID 5890670 interface 192.0.2.110 address 203.0.113.20 port 25
Mon Mar  3 02:21:50 2025 Info: DCID 5890670 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 02:21:50 2025 Info: Delivery start DCID 5890670 MID 30649844 to RID [0, 1]
Mon Mar  3 02:21:50 2025 Info: Message done DCID 5890670 MID 30649844 to RID [0, 1]
Mon Mar  3 02:21:50 2025 Info: MID 30649844 RID [0, 1] Response '2.0.0 Ok: queued as ZwMuTehRMppLRM'
Mon Mar  3 02:21:50 2025 Info: Message finished MID 30649844 done
Mon Mar  3 02:21:51 2025 Info: MID 30649845 antivirus negative
Mon Mar  3 02:21:51 2025 Info: MID 30649845 Outbreak Filters: verdict negative
Mon Mar  3 02:21:51 2025 Info: MID 30649845 queued for delivery
Mon Mar  3 02:21:51 2025 Info: New SMTP DCID 5890671 interface 192.0.2.110 address 203.0.113.214 port 25
Mon Mar  3 02:21:51 2025 Info: Start MID 30649846 ICID 36841560
Mon Mar  3 02:21:51 2025 Info: MID 30649846 ICID 36841560 From: <orders@bigmail.example>
Mon Mar  3 02:21:51 2025 Info: MID 30649846 ICID 36841560 RID 0 To: <yusuf.kowalski@example.net>
Mon Mar  3 02:21:51 2025 Info: MID 30649846 Message-ID '<NTdCBChcp74WmK99.79590@bigmail.example>'
Mon Mar  3 02:21:51 2025 Info: MID 30649846 Subject 'Shipping update for order 88213'
Mon Mar  3 02:21:51 2025 Info: MID 30649846 ready 2691 bytes from <orders@bigmail.example>
Mon Mar  3 02:21:51 2025 Info: DCID 5890671 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 02:21:51 2025 Info: Delivery start DCID 5890671 MID 30649845 to RID [0]
Mon Mar  3 02:21:51 2025 Info: MID 30649846 SPF: mailfrom identity orders@bigmail.example Pass (v=spf1)
Mon Mar  3 02:21:51 2025 Info: MID 30649846 DKIM: pass signature verified (d=bigmail.example s=selector1 i=@bigmail.example)
Mon Mar  3 02:21:51 2025 Info: MID 30649846 DMARC: Message from domain bigmail.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 02:21:51 2025 Info: MID 30649846 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 02:21:51 2025 Info: MID 30649846 interim verdict using engine: CASE spam negative
Mon Mar  3 02:21:51 2025 Info: ICID 36841560 close
Mon Mar  3 02:21:52 2025 Info: Message done DCID 5890671 MID 30649845 to RID [0]
Mon Mar  3 02:21:52 2025 Info: MID 30649845 RID [0] Response '2.0.0 Ok: queued as W8BjvlNaCefPGh'
Mon Mar  3 02:21:52 2025 Info: Message finished MID 30649845 done
Mon Mar  3 02:21:54 2025 Info: MID 30649846 interim AV verdict using Sophos CLEAN
Mon Mar  3 02:21:54 2025 Info: MID 30649846 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 02:21:54 2025 Info: MID 30649846 using engine: CASE spam negative
Mon Mar  3 02:21:54 2025 Info: MID 30649846 antivirus negative
Mon Mar  3 02:21:54 2025 Info: MID 30649846 using engine: GRAYMAIL negative
Mon Mar  3 02:21:54 2025 Info: MID 30649846 Outbreak Filters: verdict negative
Mon Mar  3 02:21:54 2025 Info: MID 30649846 queued for delivery
Mon Mar  3 02:21:54 2025 Info: New SMTP DCID 5890672 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 02:21:54 2025 Info: Delivery start DCID 5890672 MID 30649846 to RID [0]
Mon Mar  3 02:21:54 2025 Info: Message done DCID 5890672 MID 30649846 to RID [0]
Mon Mar  3 02:21:54 2025 Info: MID 30649846 RID [0] Response '2.6.0 <1Szp5IZ7aM0gzMdotk7irlRR@example.net> [InternalId=45691824215, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 02:21:54 2025 Info: Message finished MID 30649846 done
Mon Mar  3 02:21:55 2025 Info: DCID 5890670 close
Mon Mar  3 02:21:58 2025 Info: DCID 5890672 close
Mon Mar  3 02:22:01 2025 Info: DCID 5890671 close
Mon Mar  3 09:14:39 2025 Info: New SMTP ICID 36841561 interface Data 1 (192.0.2.10) address 203.0.113.138 reverse dns host mx5.maple-insurance.example.co.uk verified yes
Mon Mar  3 09:14:39 2025 Info: ICID 36841561 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.9 country India
Mon Mar  3 09:14:40 2025 Info: ICID 36841561 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 09:14:41 2025 Info: Start MID 30649847 ICID 36841561
Mon Mar  3 09:14:41 2025 Info: MID 30649847 ICID 36841561 From: <jonas.berg@maple-insurance.example.co.uk>
Mon Mar  3 09:14:41 2025 Info: MID 30649847 ICID 36841561 RID 0 To: <hugo54@example.net>
Mon Mar  3 09:14:41 2025 Info: Message aborted MID 30649847 Receiving aborted
Mon Mar  3 09:14:41 2025 Info: Message finished MID 30649847 aborted
Mon Mar  3 09:14:41 2025 Info: ICID 36841561 lost
Mon Mar  3 09:14:41 2025 Info: ICID 36841561 close
Mon Mar  3 09:16:30 2025 Info: New SMTP ICID 36841562 interface Data 1 (192.0.2.10) address 198.51.100.217 reverse dns host mx5.urbanretail.example verified yes
Mon Mar  3 09:16:30 2025 Info: ICID 36841562 ACCEPT SG SUSPECTLIST match sbrs[-3.0:-1.0] SBRS -2.9 country Brazil
Mon Mar  3 09:16:31 2025 Info: ICID 36841562 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 09:16:32 2025 Info: Start MID 30649848 ICID 36841562
Mon Mar  3 09:16:32 2025 Info: MID 30649848 ICID 36841562 From: <vera.novak@urbanretail.example>
Mon Mar  3 09:16:32 2025 Info: MID 30649848 ICID 36841562 RID 0 To: <carla67@example.net>
Mon Mar  3 09:16:32 2025 Info: MID 30649848 Subject 'Project Atlas status'
Mon Mar  3 09:16:32 2025 Info: MID 30649848 ready 39590 bytes from <vera.novak@urbanretail.example>
Mon Mar  3 09:16:32 2025 Debug: MID 30649848 ICID 36841562 TLS read 39590 bytes (1.521 seconds)
Mon Mar  3 09:16:32 2025 Info: MID 30649848 SPF: mailfrom identity vera.novak@urbanretail.example Pass (v=spf1)
Mon Mar  3 09:16:32 2025 Info: MID 30649848 DKIM: pass signature verified (d=urbanretail.example s=selector1 i=@urbanretail.example)
Mon Mar  3 09:16:32 2025 Info: MID 30649848 DMARC: Message from domain urbanretail.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:16:32 2025 Info: MID 30649848 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:16:32 2025 Info: MID 30649848 interim verdict using engine: CASE spam negative
Mon Mar  3 09:16:32 2025 Info: MID 30649848 using engine: CASE spam positive
Mon Mar  3 09:16:32 2025 Info: Message aborted MID 30649848 Dropped by CASE
Mon Mar  3 09:16:32 2025 Info: Message finished MID 30649848 aborted
Mon Mar  3 09:16:33 2025 Info: ICID 36841562 close
Mon Mar  3 09:43:30 2025 Info: New SMTP ICID 36841563 interface Data 1 (192.0.2.10) address 203.0.113.164 reverse dns host unknown verified no
Mon Mar  3 09:43:30 2025 Info: ICID 36841563 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.6 country Brazil
Mon Mar  3 09:43:30 2025 Info: ICID 36841563 TLS failed: (336109761, 'error:1408A0C1:SSL routines:ssl3_get_client_hello:no shared cipher')
Mon Mar  3 09:43:30 2025 Info: ICID 36841563 lost
Mon Mar  3 09:43:30 2025 Info: ICID 36841563 close
Mon Mar  3 09:46:28 2025 Info: New SMTP ICID 36841564 interface Data 1 (192.0.2.10) address 203.0.113.94 reverse dns host mx6.coastalbank.example.de verified yes
Mon Mar  3 09:46:28 2025 Info: ICID 36841564 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.9 country Germany
Mon Mar  3 09:46:29 2025 Info: ICID 36841564 TLS failed: (336027900, 'error:1407609C:SSL routines:SSL23_GET_CLIENT_HELLO:http request')
Mon Mar  3 09:46:30 2025 Info: Start MID 30649849 ICID 36841564
Mon Mar  3 09:46:30 2025 Info: MID 30649849 ICID 36841564 From: <hr@coastalbank.example.de>
Mon Mar  3 09:46:30 2025 Info: MID 30649849 ICID 36841564 RID 0 To: <billing@example.org>
Mon Mar  3 09:46:30 2025 Info: MID 30649849 Message-ID '<5dPlycFB3x027AGk.32280@coastalbank.example.de>'
Mon Mar  3 09:46:30 2025 Info: MID 30649849 Subject 'Weekly digest'
Mon Mar  3 09:46:30 2025 Info: MID 30649849 ready 13159 bytes from <hr@coastalbank.example.de>
Mon Mar  3 09:46:30 2025 Info: Start MID 30649850 ICID 36841564
Mon Mar  3 09:46:30 2025 Info: MID 30649850 ICID 36841564 From: <rosa.costa@coastalbank.example.de>
Mon Mar  3 09:46:30 2025 Info: MID 30649850 ICID 36841564 RID 0 To: <umar.costa@example.net>
Mon Mar  3 09:46:30 2025 Info: MID 30649849 SPF: mailfrom identity hr@coastalbank.example.de Pass (v=spf1)
Mon Mar  3 09:46:30 2025 Info: MID 30649849 DKIM: pass signature verified (d=coastalbank.example.de s=selector1 i=@coastalbank.example.de)
Mon Mar  3 09:46:30 2025 Info: MID 30649849 DMARC: Message from domain coastalbank.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:46:30 2025 Info: MID 30649849 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:46:30 2025 Info: MID 30649849 interim verdict using engine: CASE spam negative
Mon Mar  3 09:46:31 2025 Info: MID 30649850 Message-ID '<s90zH9QUroQMncay.72066@coastalbank.example.de>'
Mon Mar  3 09:46:31 2025 Info: MID 30649850 Subject 'Q1 plan (v2)'
Mon Mar  3 09:46:31 2025 Info: MID 30649850 ready 15196 bytes from <rosa.costa@coastalbank.example.de>
Mon Mar  3 09:46:32 2025 Info: MID 30649850 SPF: mailfrom identity rosa.costa@coastalbank.example.de Pass (v=spf1)
Mon Mar  3 09:46:32 2025 Info: MID 30649850 DKIM: pass signature verified (d=coastalbank.example.de s=selector1 i=@coastalbank.example.de)
Mon Mar  3 09:46:32 2025 Info: MID 30649850 DMARC: Message from domain coastalbank.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:46:32 2025 Info: MID 30649850 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: coastalbank.example.de
Mon Mar  3 09:46:32 2025 Info: MID 30649850 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:46:32 2025 Info: MID 30649850 interim verdict using engine: CASE spam negative
Mon Mar  3 09:46:32 2025 Info: Start MID 30649851 ICID 0
Mon Mar  3 09:46:32 2025 Info: MID 30649851 was generated based on MID 30649850 by bcc filter 'Archive Copy'
Mon Mar  3 09:46:32 2025 Info: MID 30649851 ICID 0 From: <rosa.costa@coastalbank.example.de>
Mon Mar  3 09:46:32 2025 Info: MID 30649851 ICID 0 RID 0 To: <journal@archive.example.net>
Mon Mar  3 09:46:32 2025 Info: MID 30649851 ready 15546 bytes from <rosa.costa@coastalbank.example.de>
Mon Mar  3 09:46:32 2025 Info: MID 30649849 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:46:32 2025 Info: MID 30649849 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:46:32 2025 Info: MID 30649849 using engine: CASE spam negative
Mon Mar  3 09:46:32 2025 Info: MID 30649849 antivirus negative
Mon Mar  3 09:46:32 2025 Info: MID 30649849 using engine: GRAYMAIL negative
Mon Mar  3 09:46:32 2025 Info: MID 30649849 Outbreak Filters: verdict negative
Mon Mar  3 09:46:32 2025 Info: MID 30649849 queued for delivery
Mon Mar  3 09:46:32 2025 Info: New SMTP DCID 5890673 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 09:46:32 2025 Info: MID 30649851 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:46:32 2025 Info: MID 30649851 using engine: CASE spam negative
Mon Mar  3 09:46:32 2025 Info: MID 30649851 antivirus negative
Mon Mar  3 09:46:32 2025 Info: MID 30649851 using engine: GRAYMAIL negative
Mon Mar  3 09:46:32 2025 Info: MID 30649851 Outbreak Filters: verdict negative
Mon Mar  3 09:46:32 2025 Info: MID 30649851 queued for delivery
Mon Mar  3 09:46:32 2025 Info: New SMTP DCID 5890674 interface 192.0.2.110 address 10.20.0.40 port 25
Mon Mar  3 09:46:32 2025 Info: Delivery start DCID 5890674 MID 30649851 to RID [0]
Mon Mar  3 09:46:32 2025 Info: Delivery start DCID 5890673 MID 30649849 to RID [0]
Mon Mar  3 09:46:33 2025 Info: Message done DCID 5890674 MID 30649851 to RID [0]
Mon Mar  3 09:46:33 2025 Info: MID 30649851 RID [0] Response '2.0.0 Ok: queued as crQaM8FgMESf8w'
Mon Mar  3 09:46:33 2025 Info: Message finished MID 30649851 done
Mon Mar  3 09:46:33 2025 Info: Message done DCID 5890673 MID 30649849 to RID [0]
Mon Mar  3 09:46:33 2025 Info: MID 30649849 RID [0] Response '2.6.0 <uYzetQk7kRqcStCyxrnrOpxi@example.net> [InternalId=97107909503, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:46:33 2025 Info: Message finished MID 30649849 done
Mon Mar  3 09:46:34 2025 Info: MID 30649850 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:46:34 2025 Info: MID 30649850 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:46:34 2025 Info: MID 30649850 using engine: CASE spam negative
Mon Mar  3 09:46:34 2025 Info: MID 30649850 antivirus negative
Mon Mar  3 09:46:34 2025 Info: MID 30649850 using engine: GRAYMAIL negative
Mon Mar  3 09:46:34 2025 Info: MID 30649850 Outbreak Filters: verdict negative
Mon Mar  3 09:46:34 2025 Info: MID 30649850 queued for delivery
Mon Mar  3 09:46:34 2025 Info: DCID 5890674 close
Mon Mar  3 09:46:34 2025 Info: New SMTP DCID 5890675 interface 192.0.2.110 address 10.20.0.11
Mon Mar  3 09:46:34 2025 Info: DCID 5890675 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 09:46:34 2025 Info: Delivery start DCID 5890675 MID 30649850 to RID [0]
Mon Mar  3 09:46:35 2025 Info: Message done DCID 5890675 MID 30649850 to RID [0]
Mon Mar  3 09:46:35 2025 Info: MID 30649850 RID [0] Response '2.6.0 <Azyj76uCWbAbZnTZhwJ6jfYz@example.net> [InternalId=63904277823, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:46:35 2025 Info: Message finished MID 30649850 done
Mon Mar  3 09:46:36 2025 Info: Start MID 30649852 ICID 36841564
Mon Mar  3 09:46:36 2025 Info: MID 30649852 ICID 36841564 From: <sales@coastalbank.example.de>
Mon Mar  3 09:46:36 2025 Info: MID 30649852 ICID 36841564 RID 0 To: <david3@example.org>
Mon Mar  3 09:46:36 2025 Info: MID 30649852 Message-ID '<qqFzlXG2S2xOTFxb.40849@coastalbank.example.de>'
Mon Mar  3 09:46:36 2025 Info: MID 30649852 Subject 'Q1 plan (v2)'
Mon Mar  3 09:46:36 2025 Info: MID 30649852 ready 1490 bytes from <sales@coastalbank.example.de>
Mon Mar  3 09:46:36 2025 Info: MID 30649852 SPF: mailfrom identity sales@coastalbank.example.de Pass (v=spf1)
Mon Mar  3 09:46:36 2025 Info: MID 30649852 DKIM: pass signature verified (d=coastalbank.example.de s=selector1 i=@coastalbank.example.de)
Mon Mar  3 09:46:36 2025 Info: MID 30649852 DMARC: Message from domain coastalbank.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:46:36 2025 Info: MID 30649852 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:46:36 2025 Info: MID 30649852 interim verdict using engine: CASE spam negative
Mon Mar  3 09:46:37 2025 Info: Start MID 30649853 ICID 36841564
Mon Mar  3 09:46:37 2025 Info: MID 30649853 ICID 36841564 From: <newsletter@coastalbank.example.de>
Mon Mar  3 09:46:37 2025 Info: MID 30649853 ICID 36841564 RID 0 To: <tara.silva@example.net>
Mon Mar  3 09:46:37 2025 Info: DCID 5890673 close
Mon Mar  3 09:46:37 2025 Info: MID 30649853 Message-ID '<i7TxwUaBQWvhnj15.94443@coastalbank.example.de>'
Mon Mar  3 09:46:37 2025 Info: MID 30649853 Subject '[EXTERNAL] Action required'
Mon Mar  3 09:46:37 2025 Info: MID 30649853 ready 10353 bytes from <newsletter@coastalbank.example.de>
Mon Mar  3 09:46:38 2025 Info: MID 30649853 SPF: mailfrom identity newsletter@coastalbank.example.de Pass (v=spf1)
Mon Mar  3 09:46:38 2025 Info: MID 30649853 DKIM: pass signature verified (d=coastalbank.example.de s=selector1 i=@coastalbank.example.de)
Mon Mar  3 09:46:38 2025 Info: MID 30649853 DMARC: Message from domain coastalbank.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:46:38 2025 Info: MID 30649853 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:46:38 2025 Info: MID 30649853 interim verdict using engine: CASE spam negative
Mon Mar  3 09:46:39 2025 Info: Start MID 30649854 ICID 36841564
Mon Mar  3 09:46:39 2025 Info: MID 30649854 ICID 36841564 From: <sven.tanaka@coastalbank.example.de>
Mon Mar  3 09:46:39 2025 Info: MID 30649854 ICID 36841564 RID 0 To: <qi.dubois@example.net>
Mon Mar  3 09:46:39 2025 Info: MID 30649854 ICID 36841564 RID 1 To: <aoife31@example.net>
Mon Mar  3 09:46:39 2025 Info: MID 30649852 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:46:39 2025 Info: MID 30649852 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:46:39 2025 Info: MID 30649852 using engine: CASE spam negative
Mon Mar  3 09:46:39 2025 Info: MID 30649852 antivirus negative
Mon Mar  3 09:46:39 2025 Info: MID 30649852 using engine: GRAYMAIL negative
Mon Mar  3 09:46:39 2025 Info: MID 30649852 Outbreak Filters: verdict negative
Mon Mar  3 09:46:39 2025 Info: MID 30649852 queued for delivery
Mon Mar  3 09:46:39 2025 Info: MID 30649854 Message-ID '<NXeCkqwo82inmAvW.68355@coastalbank.example.de>'
Mon Mar  3 09:46:39 2025 Info: MID 30649854 Subject 'Re: travel plans'
Mon Mar  3 09:46:39 2025 Info: MID 30649854 ready 57645 bytes from <sven.tanaka@coastalbank.example.de>
Mon Mar  3 09:46:39 2025 Info: MID 30649854 SPF: mailfrom identity sven.tanaka@coastalbank.example.de Pass (v=spf1)
Mon Mar  3 09:46:39 2025 Info: MID 30649854 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:46:39 2025 Info: MID 30649854 interim verdict using engine: CASE spam negative
Mon Mar  3 09:46:39 2025 Info: New SMTP DCID 5890676 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 09:46:39 2025 Info: DCID 5890676 TLS success protocol TLSv1 cipher RC4-SHA
Mon Mar  3 09:46:39 2025 Info: Delivery start DCID 5890676 MID 30649852 to RID [0]
Mon Mar  3 09:46:39 2025 Info: Start MID 30649855 ICID 36841564
Mon Mar  3 09:46:39 2025 Info: MID 30649855 ICID 36841564 From: <support@coastalbank.example.de>
Mon Mar  3 09:46:39 2025 Info: MID 30649855 ICID 36841564 RID 0 To: <umar.costa@example.net>
Mon Mar  3 09:46:40 2025 Info: Message done DCID 5890676 MID 30649852 to RID [0]
Mon Mar  3 09:46:40 2025 Info: MID 30649852 RID [0] Response '2.6.0 <7pL4tP67R6Hy0kg1MIU5g17R@example.net> [InternalId=73949825139, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:46:40 2025 Info: Message finished MID 30649852 done
Mon Mar  3 09:46:40 2025 Info: MID 30649854 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:46:40 2025 Info: MID 30649854 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:46:40 2025 Info: MID 30649854 using engine: CASE spam negative
Mon Mar  3 09:46:40 2025 Info: MID 30649854 antivirus negative
Mon Mar  3 09:46:40 2025 Info: MID 30649854 using engine: GRAYMAIL marketing_mail
Mon Mar  3 09:46:40 2025 Info: MID 30649854 Outbreak Filters: verdict negative
Mon Mar  3 09:46:40 2025 Info: MID 30649854 queued for delivery
Mon Mar  3 09:46:40 2025 Info: Delivery start DCID 5890675 MID 30649854 to RID [0, 1]
Mon Mar  3 09:46:40 2025 Info: MID 30649855 Message-ID '<B8nLQzlmbBJ5SnCr.35167@coastalbank.example.de>'
Mon Mar  3 09:46:40 2025 Info: MID 30649855 Subject 'Q1 plan (v2)'
Mon Mar  3 09:46:40 2025 Info: MID 30649855 ready 52031 bytes from <support@coastalbank.example.de>
Mon Mar  3 09:46:40 2025 Info: MID 30649855 SPF: mailfrom identity support@coastalbank.example.de Pass (v=spf1)
Mon Mar  3 09:46:40 2025 Info: MID 30649855 DKIM: pass signature verified (d=coastalbank.example.de s=selector1 i=@coastalbank.example.de)
Mon Mar  3 09:46:40 2025 Info: MID 30649855 DMARC: Message from domain coastalbank.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:46:40 2025 Info: MID 30649855 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: coastalbank.example.de
Mon Mar  3 09:46:40 2025 Info: MID 30649855 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:46:40 2025 Info: MID 30649855 interim verdict using engine: CASE spam negative
Mon Mar  3 09:46:40 2025 Info: Start MID 30649856 ICID 36841564
Mon Mar  3 09:46:40 2025 Info: MID 30649856 ICID 36841564 From: <hr@coastalbank.example.de>
Mon Mar  3 09:46:40 2025 Info: MID 30649856 ICID 36841564 RID 0 To: <sven73@example.net>
Mon Mar  3 09:46:40 2025 Info: Message done DCID 5890675 MID 30649854 to RID [0, 1]
Mon Mar  3 09:46:40 2025 Info: MID 30649854 RID [0, 1] Response '2.6.0 <N5p3s9xVdB8qbIIx2gDkx6Vq@example.net> [InternalId=82364840222, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:46:40 2025 Info: Message finished MID 30649854 done
Mon Mar  3 09:46:40 2025 Info: MID 30649853 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:46:40 2025 Info: MID 30649853 using engine: CASE spam negative
Mon Mar  3 09:46:40 2025 Info: MID 30649853 antivirus negative
Mon Mar  3 09:46:40 2025 Info: MID 30649853 using engine: GRAYMAIL marketing_mail
Mon Mar  3 09:46:40 2025 Info: MID 30649853 Outbreak Filters: verdict negative
Mon Mar  3 09:46:40 2025 Info: MID 30649853 queued for delivery
Mon Mar  3 09:46:40 2025 Info: Delivery start DCID 5890675 MID 30649853 to RID [0]
Mon Mar  3 09:46:40 2025 Info: New SMTP DCID 5890677 interface 192.0.2.110 address 10.20.0.10
Mon Mar  3 09:46:41 2025 Info: DCID 5890677 TLS success CN: <mailhub.example.net>
Mon Mar  3 09:46:41 2025 Info: Message done DCID 5890675 MID 30649853 to RID [0]
Mon Mar  3 09:46:41 2025 Info: MID 30649853 RID [0] Response '2.6.0 <eiDhuPjX6oycY3KQ2avwgUvM@example.net> [InternalId=54397812522, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:46:41 2025 Info: Message finished MID 30649853 done
Mon Mar  3 09:46:41 2025 Info: MID 30649856 Message-ID '<e1hL4vdTI5XdxNXT.77208@coastalbank.example.de>'
Mon Mar  3 09:46:41 2025 Info: MID 30649856 Subject 'Welcome to the team'
Mon Mar  3 09:46:41 2025 Info: MID 30649856 ready 34200 bytes from <hr@coastalbank.example.de>
Mon Mar  3 09:46:42 2025 Info: MID 30649855 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:46:42 2025 Info: MID 30649855 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:46:42 2025 Info: MID 30649855 using engine: CASE spam negative
Mon Mar  3 09:46:42 2025 Info: MID 30649855 antivirus negative
Mon Mar  3 09:46:42 2025 Info: MID 30649855 using engine: GRAYMAIL negative
Mon Mar  3 09:46:42 2025 Info: MID 30649855 Outbreak Filters: verdict negative
Mon Mar  3 09:46:42 2025 Info: MID 30649855 queued for delivery
Mon Mar  3 09:46:42 2025 Info: Delivery start DCID 5890675 MID 30649855 to RID [0]
Mon Mar  3 09:46:42 2025 Info: Message done DCID 5890675 MID 30649855 to RID [0]
Mon Mar  3 09:46:42 2025 Info: MID 30649855 RID [0] Response '2.6.0 <YxAp7yZMgUitcq0VTlps4Wsq@example.net> [InternalId=78404817333, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:46:42 2025 Info: Message finished MID 30649855 done
Mon Mar  3 09:46:42 2025 Info: MID 30649856 SPF: mailfrom identity hr@coastalbank.example.de Pass (v=spf1)
Mon Mar  3 09:46:42 2025 Info: MID 30649856 DKIM: pass signature verified (d=coastalbank.example.de s=selector1 i=@coastalbank.example.de)
Mon Mar  3 09:46:42 2025 Info: MID 30649856 DMARC: Message from domain coastalbank.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:46:42 2025 Info: MID 30649856 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:46:42 2025 Info: MID 30649856 interim verdict using engine: CASE spam negative
Mon Mar  3 09:46:42 2025 Info: MID 30649856 using engine: CASE spam positive
Mon Mar  3 09:46:42 2025 Info: Message aborted MID 30649856 Dropped by CASE
