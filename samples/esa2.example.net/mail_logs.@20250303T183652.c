Mon Mar  3 18:36:52 2025 Info: Begin Logfile
Mon Mar  3 18:36:52 2025 Info: Version: 14.3.0-032 SN: 42FFE15A98D20773210A-95605505A882
Mon Mar  3 18:36:52 2025 Info: Time offset from UTC: 3600 seconds
Mon Mar  3 18:36:52 2025 Info: MID 3706552 RID [0] Response '2.0.0 Ok: queued as Io8stI6fhHWlVv'
Mon Mar  3 18:36:52 2025 Info: Message finished MID 3706552 done
Mon Mar  3 18:36:54 2025 Info: DCID 8599012 close
Mon Mar  3 21:06:06 2025 Info: New SMTP ICID 9307339 interface Data 1 (192.0.2.11) address 198.51.100.179 reverse dns host mail4.webpost.example verified yes
Mon Mar  3 21:06:06 2025 Info: ICID 9307339 ACCEPT SG UNKNOWNLIST match sbrs[none] SBRS None country France
Mon Mar  3 21:06:06 2025 Info: ICID 9307339 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 21:06:06 2025 Info: Start MID 3706553 ICID 9307339
Mon Mar  3 21:06:06 2025 Info: MID 3706553 ICID 9307339 From: <tara.nguyen@webpost.example>
Mon Mar  3 21:06:06 2025 Info: MID 3706553 ICID 9307339 RID 0 To: <yusuf84@example.net>
Mon Mar  3 21:06:07 2025 Info: MID 3706553 Message-ID '<wqV7EvsrrkMQolUV.95073@webpost.example>'
Mon Mar  3 21:06:07 2025 Info: MID 3706553 Subject 'Angebot für Müller GmbH'
Mon Mar  3 21:06:07 2025 Info: MID 3706553 ready 46369 bytes from <tara.nguyen@webpost.example>
Mon Mar  3 21:06:07 2025 Info: ICID 9307339 close
Mon Mar  3 21:06:07 2025 Info: MID 3706553 SPF: mailfrom identity tara.nguyen@webpost.example Pass (v=spf1)
Mon Mar  3 21:06:07 2025 Info: MID 3706553 DKIM: pass signature verified (d=webpost.example s=selector1 i=@webpost.example)
Mon Mar  3 21:06:07 2025 Info: MID 3706553 DMARC: Message from domain webpost.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 21:06:07 2025 Info: MID 3706553 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: webpost.example
Mon Mar  3 21:06:07 2025 Info: MID 3706553 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 21:06:07 2025 Info: MID 3706553 interim verdict using engine: CASE spam negative
Mon Mar  3 21:06:10 2025 Info: MID 3706553 interim AV verdict using Sophos CLEAN
Mon Mar  3 21:06:10 2025 Info: MID 3706553 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 21:06:10 2025 Info: MID 3706553 using engine: CASE spam negative
Mon Mar  3 21:06:10 2025 Info: MID 3706553 antivirus negative
Mon Mar  3 21:06:10 2025 Info: MID 3706553 using engine: GRAYMAIL marketing_mail
Mon Mar  3 21:06:10 2025 Info: MID 3706553 Outbreak Filters: verdict negative
Mon Mar  3 21:06:10 2025 Info: MID 3706553 queued for delivery
Mon Mar  3 21:06:10 2025 Info: New SMTP DCID 8599013 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 21:06:10 2025 Info: Delivery start DCID 8599013 MID 3706553 to RID [0]
Mon Mar  3 21:06:11 2025 Info: Message done DCID 8599013 MID 3706553 to RID [0]
Mon Mar  3 21:06:11 2025 Info: MID 3706553 RID [0] Response '2.6.0 <0laOtNG4ZGWPjm4ruRBwT0Z2@example.net> [InternalId=77636754477, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 21:06:11 2025 Info: Message finished MID 3706553 done
Mon Mar  3 21:06:13 2025 Info: DCID 8599013 close
Mon Mar  3 23:38:13 2025 Info: New SMTP ICID 9307340 interface Data 1 (192.0.2.11) address 198.51.100.14 reverse dns host mx7.coastalbank.example.de verified yes
Mon Mar  3 23:38:13 2025 Info: ICID 9307340 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 9.5 country Brazil
Mon Mar  3 23:38:13 2025 Info: ICID 9307340 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 23:38:22 2025 Info: ICID 9307340 close
Tue Mar  4 00:47:47 2025 Info: New SMTP ICID 9307341 interface Data 1 (192.0.2.11) address 203.0.113.109 reverse dns host mail2.urbanconsulting.example.com verified yes
Tue Mar  4 00:47:47 2025 Info: ICID 9307341 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.4 country Canada
Tue Mar  4 00:47:47 2025 Info: ICID 9307341 TLS success protocol TLSv1 cipher AES128-SHA
Tue Mar  4 00:47:49 2025 Info: Start MID 3706554 ICID 9307341
Tue Mar  4 00:47:49 2025 Info: MID 3706554 ICID 9307341 From: <info@urbanconsulting.example.com>
Tue Mar  4 00:47:49 2025 Info: MID 3706554 ICID 9307341 RID 0 To: <info@example.net>
Tue Mar  4 00:47:49 2025 Info: MID 3706554 Message-ID '<xPvFRZBX4ukC38zr.49595@urbanconsulting.example.com>'
Tue Mar  4 00:47:49 2025 Info: MID 3706554 Subject 'Re: travel plans'
Tue Mar  4 00:47:49 2025 Info: MID 3706554 ready 8182 bytes from <info@urbanconsulting.example.com>
Tue Mar  4 00:47:49 2025 Info: MID 3706554 SPF: mailfrom identity info@urbanconsulting.example.com Pass (v=spf1)
Tue Mar  4 00:47:49 2025 Info: MID 3706554 DKIM: pass signature verified (d=urbanconsulting.example.com s=selector1 i=@urbanconsulting.example.com)
Tue Mar  4 00:47:49 2025 Info: MID 3706554 DMARC: Message from domain urbanconsulting.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Tue Mar  4 00:47:49 2025 Info: MID 3706554 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: urbanconsulting.example.com
Tue Mar  4 00:47:49 2025 Info: MID 3706554 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Mar  4 00:47:49 2025 Info: MID 3706554 interim verdict using engine: CASE spam negative
Tue Mar  4 00:47:51 2025 Info: MID 3706554 interim AV verdict using Sophos CLEAN
Tue Mar  4 00:47:51 2025 Info: MID 3706554 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Mar  4 00:47:51 2025 Info: MID 3706554 using engine: CASE spam negative
Tue Mar  4 00:47:51 2025 Info: MID 3706554 antivirus negative
Tue Mar  4 00:47:51 2025 Info: MID 3706554 using engine: GRAYMAIL marketing_mail
Tue Mar  4 00:47:51 2025 Info: MID 3706554 Outbreak Filters: verdict negative
Tue Mar  4 00:47:51 2025 Info: MID 3706554 queued for delivery
Tue Mar  4 00:47:52 2025 Info: New SMTP DCID 8599014 interface 192.0.2.111 address 10.20.0.11 port 25
Tue Mar  4 00:47:52 2025 Info: DCID 8599014 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Mar  4 00:47:52 2025 Info: Delivery start DCID 8599014 MID 3706554 to RID [0]
Tue Mar  4 00:47:52 2025 Info: Start MID 3706555 ICID 9307341
Tue Mar  4 00:47:52 2025 Info: MID 3706555 ICID 9307341 From: <billing@urbanconsulting.example.com>
Tue Mar  4 00:47:52 2025 Info: MID 3706555 ICID 9307341 RID 0 To: <anna.silva@example.net>
Tue Mar  4 00:47:52 2025 Info: MID 3706555 Message-ID '<BVAtMssnRzKgfMQQ.91395@urbanconsulting.example.com>'
Tue Mar  4 00:47:52 2025 Info: MID 3706555 Subject 'Angebot für Müller GmbH'
Tue Mar  4 00:47:52 2025 Info: MID 3706555 ready 11698 bytes from <billing@urbanconsulting.example.com>
Tue Mar  4 00:47:52 2025 Info: Message done DCID 8599014 MID 3706554 to RID [0]
Tue Mar  4 00:47:52 2025 Info: MID 3706554 RID [0] Response '2.6.0 <vloarg4VxZuAZ759OYaJoPui@example.net> [InternalId=11460821249, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Tue Mar  4 00:47:52 2025 Info: Message finished MID 3706554 done
Tue Mar  4 00:47:52 2025 Info: ICID 9307341 close
Tue Mar  4 00:47:52 2025 Info: MID 3706555 SPF: mailfrom identity billing@urbanconsulting.example.com Pass (v=spf1)
Tue Mar  4 00:47:52 2025 Info: MID 3706555 DKIM: pass signature verified (d=urbanconsulting.example.com s=selector1 i=@urbanconsulting.example.com)
Tue Mar  4 00:47:52 2025 Info: MID 3706555 DMARC: Message from domain urbanconsulting.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Tue Mar  4 00:47:52 2025 Info: MID 3706555 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: urbanconsulting.example.com
Tue Mar  4 00:47:52 2025 Info: MID 3706555 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Mar  4 00:47:52 2025 Info: MID 3706555 interim verdict using engine: CASE spam negative
Tue Mar  4 00:47:55 2025 Info: MID 3706555 interim AV verdict using Sophos CLEAN
Tue Mar  4 00:47:55 2025 Info: MID 3706555 using engine: CASE spam negative
Tue Mar  4 00:47:55 2025 Info: MID 3706555 antivirus negative
Tue Mar  4 00:47:55 2025 Info: MID 3706555 using engine: GRAYMAIL negative
Tue Mar  4 00:47:55 2025 Info: MID 3706555 Outbreak Filters: verdict negative
Tue Mar  4 00:47:55 2025 Info: MID 3706555 queued for delivery
Tue Mar  4 00:47:55 2025 Info: Delivery start DCID 8599014 MID 3706555 to RID [0]
Tue Mar  4 00:47:55 2025 Info: Message done DCID 8599014 MID 3706555 to RID [0]
Tue Mar  4 00:47:55 2025 Info: MID 3706555 RID [0] Response '2.6.0 <kud4d1NfyHQaEDnxlp3BZ6Q3@example.net> [InternalId=45832365979, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Tue Mar  4 00:47:55 2025 Info: Message finished MID 3706555 done
Tue Mar  4 00:47:59 2025 Info: DCID 8599014 close
