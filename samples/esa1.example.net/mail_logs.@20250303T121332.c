Mon Mar  3 12:13:32 2025 Info: Begin Logfile
Mon Mar  3 12:13:32 2025 Info: Version: 15.0.0-104 SN: 42CABD2B47A661EAB62B-7748E99916B7
Mon Mar  3 12:13:32 2025 Info: Time offset from UTC: -18000 seconds
Mon Mar  3 12:13:32 2025 Info: DCID 5890701 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 12:13:32 2025 Info: Delivery start DCID 5890701 MID 30649881 to RID [6]
Mon Mar  3 12:13:32 2025 Info: Message done DCID 5890701 MID 30649881 to RID [6]
Mon Mar  3 12:13:32 2025 Info: MID 30649881 RID [6] Response '2.0.0 OK  1778416502 eo1yj5gszrovsi3012679.14 - gsmtp'
Mon Mar  3 12:13:40 2025 Info: DCID 5890701 close
Mon Mar  3 12:13:54 2025 Info: New SMTP DCID 5890702 interface 192.0.2.110 address 198.51.100.222 port 25
Mon Mar  3 12:13:54 2025 Info: DCID 5890702 STARTTLS command not supported.
Mon Mar  3 12:13:54 2025 Info: Delivery start DCID 5890702 MID 30649881 to RID [1, 3]
Mon Mar  3 12:13:55 2025 Info: Message done DCID 5890702 MID 30649881 to RID [1, 3]
Mon Mar  3 12:13:55 2025 Info: MID 30649881 RID [1, 3] Response '2.0.0 OK  1701947201 s59fqcf0nihgsi1164667.46 - gsmtp'
Mon Mar  3 12:13:55 2025 Info: Message finished MID 30649881 done
Mon Mar  3 12:14:01 2025 Info: DCID 5890702 close
Mon Mar  3 12:19:52 2025 Info: New SMTP ICID 36841575 interface Data 1 (192.0.2.10) address 203.0.113.174 reverse dns host mail2.bright-telecom.example.com verified yes
Mon Mar  3 12:19:52 2025 Info: ICID 36841575 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 7.8 country Germany
Mon Mar  3 12:19:52 2025 Info: ICID 36841575 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 12:19:53 2025 Info: Start MID 30649884 ICID 36841575
Mon Mar  3 12:19:53 2025 Info: MID 30649884 ICID 36841575 From: <sven43@bright-telecom.example.com>
Mon Mar  3 12:19:53 2025 Info: MID 30649884 ICID 36841575 RID 0 To: <umar.obrien@example.net>
Mon Mar  3 12:19:53 2025 Info: MID 30649884 Message-ID '<Gpg3a95VPYeUT8Wq.84624@bright-telecom.example.com>'
Mon Mar  3 12:19:53 2025 Info: MID 30649884 Subject "Re: Customer's feedback"
Mon Mar  3 12:19:53 2025 Info: MID 30649884 ready 38382 bytes from <sven43@bright-telecom.example.com>
Mon Mar  3 12:19:54 2025 Info: MID 30649884 SPF: mailfrom identity sven43@bright-telecom.example.com Pass (v=spf1)
Mon Mar  3 12:19:54 2025 Info: MID 30649884 DKIM: pass signature verified (d=bright-telecom.example.com s=selector1 i=@bright-telecom.example.com)
Mon Mar  3 12:19:54 2025 Info: MID 30649884 DMARC: Message from domain bright-telecom.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:19:54 2025 Info: MID 30649884 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:19:54 2025 Info: MID 30649884 interim verdict using engine: CASE spam negative
Mon Mar  3 12:19:54 2025 Info: MID 30649884 rewritten to MID 30649885 by add-footer filter 'Footer Stamping'
Mon Mar  3 12:19:54 2025 Info: Message finished MID 30649884 done
Mon Mar  3 12:19:54 2025 Info: MID 30649885 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:19:54 2025 Info: MID 30649885 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 12:19:54 2025 Info: MID 30649885 using engine: CASE spam negative
Mon Mar  3 12:19:54 2025 Info: MID 30649885 antivirus negative
Mon Mar  3 12:19:54 2025 Info: MID 30649885 using engine: GRAYMAIL negative
Mon Mar  3 12:19:54 2025 Info: MID 30649885 Outbreak Filters: verdict negative
Mon Mar  3 12:19:54 2025 Info: MID 30649885 queued for delivery
Mon Mar  3 12:19:54 2025 Info: New SMTP DCID 5890703 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 12:19:54 2025 Info: DCID 5890703 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 12:19:54 2025 Info: Delivery start DCID 5890703 MID 30649885 to RID [0]
Mon Mar  3 12:19:55 2025 Info: Message done DCID 5890703 MID 30649885 to RID [0]
Mon Mar  3 12:19:55 2025 Info: MID 30649885 RID [0] Response '2.6.0 <RISgzCSbumOcFagx4qRkE75c@example.net> [InternalId=46013000449, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:19:55 2025 Info: Message finished MID 30649885 done
Mon Mar  3 12:19:55 2025 Info: Start MID 30649886 ICID 36841575
Mon Mar  3 12:19:55 2025 Info: MID 30649886 ICID 36841575 From: <vera62@bright-telecom.example.com>
Mon Mar  3 12:19:55 2025 Info: MID 30649886 ICID 36841575 RID 0 To: <zoe.ivanova@example.net>
Mon Mar  3 12:19:56 2025 Info: MID 30649886 Message-ID 'rHJH4hGfvPZKRFkF.66130@bright-telecom.example.com'
Mon Mar  3 12:19:56 2025 Info: MID 30649886 Subject 'Welcome to the team'
Mon Mar  3 12:19:56 2025 Info: MID 30649886 ready 16350 bytes from <vera62@bright-telecom.example.com>
Mon Mar  3 12:19:56 2025 Info: DCID 5890703 close
Mon Mar  3 12:19:57 2025 Info: MID 30649886 SPF: mailfrom identity vera62@bright-telecom.example.com Pass (v=spf1)
Mon Mar  3 12:19:57 2025 Info: MID 30649886 DKIM: pass signature verified (d=bright-telecom.example.com s=selector1 i=@bright-telecom.example.com)
Mon Mar  3 12:19:57 2025 Info: MID 30649886 DMARC: Message from domain bright-telecom.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:19:57 2025 Info: MID 30649886 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:19:57 2025 Info: MID 30649886 interim verdict using engine: CASE spam negative
Mon Mar  3 12:19:58 2025 Info: MID 30649886 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:19:58 2025 Info: MID 30649886 using engine: CASE spam negative
Mon Mar  3 12:19:58 2025 Info: MID 30649886 antivirus negative
Mon Mar  3 12:19:58 2025 Info: MID 30649886 using engine: GRAYMAIL negative
Mon Mar  3 12:19:58 2025 Info: MID 30649886 Outbreak Filters: verdict negative
Mon Mar  3 12:19:58 2025 Info: MID 30649886 queued for delivery
Mon Mar  3 12:19:58 2025 Info: New SMTP DCID 5890704 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 12:19:58 2025 Info: DCID 5890704 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 12:19:58 2025 Info: Delivery start DCID 5890704 MID 30649886 to RID [0]
Mon Mar  3 12:19:58 2025 Info: Message done DCID 5890704 MID 30649886 to RID [0]
Mon Mar  3 12:19:58 2025 Info: MID 30649886 RID [0] Response '2.6.0 <fUvYA4nROJhdBtFD15nYTKJP@example.net> [InternalId=97447364763, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:19:58 2025 Info: Message finished MID 30649886 done
Mon Mar  3 12:20:00 2025 Info: DCID 5890704 close
Mon Mar  3 12:20:02 2025 Info: Start MID 30649887 ICID 36841575
Mon Mar  3 12:20:02 2025 Info: MID 30649887 ICID 36841575 From: <rosa.rossi@bright-telecom.example.com>
Mon Mar  3 12:20:02 2025 Info: MID 30649887 ICID 36841575 RID 0 To: <liam.okafor@example.org>
Mon Mar  3 12:20:02 2025 Info: MID 30649887 Message-ID 'pyLAY5dvFtlh1O7T.3424@bright-telecom.example.com'
Mon Mar  3 12:20:02 2025 Info: MID 30649887 Subject 'Angebot für Müller GmbH'
Mon Mar  3 12:20:02 2025 Info: MID 30649887 ready 126523 bytes from <rosa.rossi@bright-telecom.example.com>
Mon Mar  3 12:20:03 2025 Info: MID 30649887 SPF: mailfrom identity rosa.rossi@bright-telecom.example.com Pass (v=spf1)
Mon Mar  3 12:20:03 2025 Info: MID 30649887 DKIM: pass signature verified (d=bright-telecom.example.com s=selector1 i=@bright-telecom.example.com)
Mon Mar  3 12:20:03 2025 Info: MID 30649887 DMARC: Message from domain bright-telecom.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:20:03 2025 Info: MID 30649887 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: bright-telecom.example.com
Mon Mar  3 12:20:03 2025 Info: MID 30649887 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:20:03 2025 Info: MID 30649887 interim verdict using engine: CASE spam negative
Mon Mar  3 12:20:03 2025 Info: Start MID 30649888 ICID 0
Mon Mar  3 12:20:03 2025 Info: MID 30649888 was generated based on MID 30649887 by bcc filter 'Archive Copy'
Mon Mar  3 12:20:03 2025 Info: MID 30649888 ICID 0 From: <rosa.rossi@bright-telecom.example.com>
Mon Mar  3 12:20:03 2025 Info: MID 30649888 ICID 0 RID 0 To: <journal@archive.example.net>
Mon Mar  3 12:20:03 2025 Info: MID 30649888 ready 126873 bytes from <rosa.rossi@bright-telecom.example.com>
Mon Mar  3 12:20:03 2025 Info: MID 30649888 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:20:03 2025 Info: MID 30649888 using engine: CASE spam negative
Mon Mar  3 12:20:03 2025 Info: MID 30649888 antivirus negative
Mon Mar  3 12:20:03 2025 Info: MID 30649888 using engine: GRAYMAIL negative
Mon Mar  3 12:20:03 2025 Info: MID 30649888 Outbreak Filters: verdict negative
Mon Mar  3 12:20:03 2025 Info: MID 30649888 queued for delivery
Mon Mar  3 12:20:03 2025 Info: New SMTP DCID 5890705 interface 192.0.2.110 address 10.20.0.40 port 25
Mon Mar  3 12:20:03 2025 Info: DCID 5890705 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 12:20:03 2025 Info: Delivery start DCID 5890705 MID 30649888 to RID [0]
Mon Mar  3 12:20:03 2025 Info: MID 30649887 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:20:03 2025 Info: MID 30649887 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 12:20:03 2025 Info: MID 30649887 using engine: CASE spam negative
Mon Mar  3 12:20:03 2025 Info: MID 30649887 antivirus negative
Mon Mar  3 12:20:03 2025 Info: MID 30649887 using engine: GRAYMAIL marketing_mail
Mon Mar  3 12:20:03 2025 Info: MID 30649887 Outbreak Filters: verdict negative
Mon Mar  3 12:20:03 2025 Info: MID 30649887 queued for delivery
Mon Mar  3 12:20:04 2025 Info: New SMTP DCID 5890706 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 12:20:04 2025 Info: Message done DCID 5890705 MID 30649888 to RID [0]
Mon Mar  3 12:20:04 2025 Info: MID 30649888 RID [0] Response '2.0.0 Ok: queued as qL9dDiMxHgieFH'
Mon Mar  3 12:20:04 2025 Info: Message finished MID 30649888 done
Mon Mar  3 12:20:04 2025 Info: Start MID 30649889 ICID 36841575
Mon Mar  3 12:20:04 2025 Info: MID 30649889 ICID 36841575 From: <tara.berg@bright-telecom.example.com>
Mon Mar  3 12:20:04 2025 Info: MID 30649889 ICID 36841575 RID 0 To: <pablo.larsen@example.org>
Mon Mar  3 12:20:04 2025 Info: MID 30649889 ICID 36841575 RID 1 To: <ines.ivanova@example.org>
Mon Mar  3 12:20:04 2025 Info: DCID 5890706 TLS success protocol TLSv1 cipher RC4-SHA
Mon Mar  3 12:20:04 2025 Info: Delivery start DCID 5890706 MID 30649887 to RID [0]
Mon Mar  3 12:20:04 2025 Info: Message done DCID 5890706 MID 30649887 to RID [0]
Mon Mar  3 12:20:04 2025 Info: MID 30649887 RID [0] Response '2.6.0 <BytBNufc2W3m0D2WkKXecnTf@example.net> [InternalId=29069678617, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:20:04 2025 Info: Message finished MID 30649887 done
Mon Mar  3 12:20:05 2025 Info: MID 30649889 Message-ID '<3ozeeoO10JA4YUVi.40841@bright-telecom.example.com>'
Mon Mar  3 12:20:05 2025 Info: MID 30649889 Subject 'Password expiry notice'
Mon Mar  3 12:20:05 2025 Info: MID 30649889 ready 56956 bytes from <tara.berg@bright-telecom.example.com>
Mon Mar  3 12:20:05 2025 Info: MID 30649889 SPF: mailfrom identity tara.berg@bright-telecom.example.com Pass (v=spf1)
Mon Mar  3 12:20:05 2025 Info: MID 30649889 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:20:05 2025 Info: MID 30649889 interim verdict using engine: CASE spam negative
Mon Mar  3 12:20:06 2025 Info: MID 30649889 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:20:06 2025 Info: MID 30649889 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 12:20:06 2025 Info: MID 30649889 using engine: CASE spam negative
Mon Mar  3 12:20:06 2025 Info: MID 30649889 antivirus negative
Mon Mar  3 12:20:06 2025 Info: MID 30649889 using engine: GRAYMAIL marketing_mail
Mon Mar  3 12:20:06 2025 Info: MID 30649889 Outbreak Filters: verdict negative
Mon Mar  3 12:20:06 2025 Info: MID 30649889 queued for delivery
Mon Mar  3 12:20:06 2025 Info: Delivery start DCID 5890706 MID 30649889 to RID [0, 1]
Mon Mar  3 12:20:06 2025 Info: Start MID 30649890 ICID 36841575
Mon Mar  3 12:20:06 2025 Info: MID 30649890 ICID 36841575 From: <sales@bright-telecom.example.com>
Mon Mar  3 12:20:06 2025 Info: MID 30649890 ICID 36841575 RID 0 To: <jonas79@example.org>
Mon Mar  3 12:20:06 2025 Info: Message done DCID 5890706 MID 30649889 to RID [0, 1]
Mon Mar  3 12:20:06 2025 Info: MID 30649889 RID [0, 1] Response '2.6.0 <xQJwpAiB5cs0PJAKMJC3P7G6@example.net> [InternalId=31821632817, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:20:06 2025 Info: Message finished MID 30649889 done
Mon Mar  3 12:20:07 2025 Info: MID 30649890 Message-ID '<FzLVTr17c2MxJ8rE.74025@bright-telecom.example.com>'
Mon Mar  3 12:20:07 2025 Info: MID 30649890 Subject 'Your statement is ready'
Mon Mar  3 12:20:07 2025 Info: MID 30649890 ready 3014 bytes from <sales@bright-telecom.example.com>
Mon Mar  3 12:20:07 2025 Info: MID 30649890 SPF: mailfrom identity sales@bright-telecom.example.com Pass (v=spf1)
Mon Mar  3 12:20:07 2025 Info: MID 30649890 DKIM: pass signature verified (d=bright-telecom.example.com s=selector1 i=@bright-telecom.example.com)
Mon Mar  3 12:20:07 2025 Info: MID 30649890 DMARC: Message from domain bright-telecom.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:20:07 2025 Info: MID 30649890 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: bright-telecom.example.com
Mon Mar  3 12:20:07 2025 Info: MID 30649890 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:20:07 2025 Info: MID 30649890 interim verdict using engine: CASE spam negative
Mon Mar  3 12:20:08 2025 Info: MID 30649890 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:20:08 2025 Info: MID 30649890 using engine: CASE spam negative
Mon Mar  3 12:20:08 2025 Info: MID 30649890 antivirus negative
Mon Mar  3 12:20:08 2025 Info: MID 30649890 using engine: GRAYMAIL negative
Mon Mar  3 12:20:08 2025 Info: MID 30649890 Outbreak Filters: verdict negative
Mon Mar  3 12:20:08 2025 Info: MID 30649890 queued for delivery
Mon Mar  3 12:20:08 2025 Info: Delivery start DCID 5890706 MID 30649890 to RID [0]
Mon Mar  3 12:20:08 2025 Info: Start MID 30649891 ICID 36841575
Mon Mar  3 12:20:08 2025 Info: MID 30649891 ICID 36841575 From: <ines.dubois@bright-telecom.example.com>
Mon Mar  3 12:20:08 2025 Info: MID 30649891 ICID 36841575 RID 0 To: <tara.ivanova@example.net>
Mon Mar  3 12:20:08 2025 Info: Message done DCID 5890706 MID 30649890 to RID [0]
Mon Mar  3 12:20:08 2025 Info: MID 30649890 RID [0] Response '2.6.0 <eeclXwDElzHftZuayNb2VT3A@example.net> [InternalId=99703875731, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:20:08 2025 Info: Message finished MID 30649890 done
Mon Mar  3 12:20:09 2025 Info: MID 30649891 Message-ID '<amDY1rRmzcZ7Jqwd.95182@bright-telecom.example.com>'
Mon Mar  3 12:20:09 2025 Info: MID 30649891 Subject 'Your order has shipped'
Mon Mar  3 12:20:09 2025 Info: MID 30649891 ready 5690 bytes from <ines.dubois@bright-telecom.example.com>
Mon Mar  3 12:20:09 2025 Info: MID 30649891 SPF: mailfrom identity ines.dubois@bright-telecom.example.com Pass (v=spf1)
Mon Mar  3 12:20:09 2025 Info: MID 30649891 DKIM: pass signature verified (d=bright-telecom.example.com s=selector1 i=@bright-telecom.example.com)
Mon Mar  3 12:20:09 2025 Info: MID 30649891 DMARC: Message from domain bright-telecom.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:20:09 2025 Info: MID 30649891 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:20:09 2025 Info: MID 30649891 interim verdict using engine: CASE spam negative
Mon Mar  3 12:20:11 2025 Info: MID 30649891 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:20:11 2025 Info: MID 30649891 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 12:20:11 2025 Info: MID 30649891 using engine: CASE spam negative
Mon Mar  3 12:20:11 2025 Info: MID 30649891 antivirus negative
Mon Mar  3 12:20:11 2025 Info: MID 30649891 using engine: GRAYMAIL negative
Mon Mar  3 12:20:11 2025 Info: MID 30649891 Outbreak Filters: verdict negative
Mon Mar  3 12:20:11 2025 Info: MID 30649891 queued for delivery
Mon Mar  3 12:20:11 2025 Info: New SMTP DCID 5890707 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 12:20:11 2025 Info: Start MID 30649892 ICID 36841575
Mon Mar  3 12:20:11 2025 Info: MID 30649892 ICID 36841575 From: <greta.okafor@bright-telecom.example.com>
Mon Mar  3 12:20:11 2025 Info: MID 30649892 ICID 36841575 RID 0 To: <farid84@example.net>
Mon Mar  3 12:20:11 2025 Info: DCID 5890707 TLS was required but could not be successfully negotiated
Mon Mar  3 12:20:11 2025 Info: DCID 5890707 close
Mon Mar  3 12:20:11 2025 Info: DCID 5890706 close
Mon Mar  3 12:20:11 2025 Info: MID 30649892 Message-ID '<sNtYMDpZrJZHeI9C.27623@bright-telecom.example.com>'
Mon Mar  3 12:20:11 2025 Info: MID 30649892 Subject "Don't forget the deadline"
Mon Mar  3 12:20:11 2025 Info: MID 30649892 ready 13978 bytes from <greta.okafor@bright-telecom.example.com>
Mon Mar  3 12:20:12 2025 Info: MID 30649892 SPF: mailfrom identity greta.okafor@bright-telecom.example.com Pass (v=spf1)
Mon Mar  3 12:20:12 2025 Info: MID 30649892 DKIM: pass signature verified (d=bright-telecom.example.com s=selector1 i=@bright-telecom.example.com)
Mon Mar  3 12:20:12 2025 Info: MID 30649892 DMARC: Message from domain bright-telecom.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:20:12 2025 Info: MID 30649892 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:20:12 2025 Info: MID 30649892 interim verdict using engine: CASE spam negative
Mon Mar  3 12:20:12 2025 Info: DCID 5890705 close
Mon Mar  3 12:20:13 2025 Info: Start MID 30649893 ICID 36841575
Mon Mar  3 12:20:13 2025 Info: MID 30649893 ICID 36841575 From: <aoife.murphy@bright-telecom.example.com>
Mon Mar  3 12:20:13 2025 Info: MID 30649893 ICID 36841575 RID 0 To: <emma.kim@example.net>
Mon Mar  3 12:20:13 2025 Info: MID 30649893 Message-ID '<52PppbQqiiGHmvfA.68654@bright-telecom.example.com>'
Mon Mar  3 12:20:13 2025 Info: MID 30649893 Subject 'Newsletter: March edition'
Mon Mar  3 12:20:13 2025 Info: MID 30649893 ready 49749 bytes from <aoife.murphy@bright-telecom.example.com>
Mon Mar  3 12:20:13 2025 Debug: MID 30649893 ICID 36841575 TLS read 49749 bytes (1.211 seconds)
Mon Mar  3 12:20:14 2025 Info: MID 30649893 SPF: mailfrom identity aoife.murphy@bright-telecom.example.com Pass (v=spf1)
Mon Mar  3 12:20:14 2025 Info: MID 30649893 DKIM: pass signature verified (d=bright-telecom.example.com s=selector1 i=@bright-telecom.example.com)
Mon Mar  3 12:20:14 2025 Info: MID 30649893 DMARC: Message from domain bright-telecom.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:20:14 2025 Info: MID 30649893 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:20:14 2025 Info: MID 30649893 interim verdict using engine: CASE spam negative
Mon Mar  3 12:20:14 2025 Info: MID 30649892 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:20:14 2025 Info: MID 30649892 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 12:20:14 2025 Info: MID 30649892 using engine: CASE spam negative
Mon Mar  3 12:20:14 2025 Info: MID 30649892 antivirus negative
Mon Mar  3 12:20:14 2025 Info: MID 30649892 using engine: GRAYMAIL negative
Mon Mar  3 12:20:14 2025 Info: MID 30649892 Outbreak Filters: verdict negative
Mon Mar  3 12:20:14 2025 Info: MID 30649892 queued for delivery
Mon Mar  3 12:20:14 2025 Info: Start MID 30649894 ICID 36841575
Mon Mar  3 12:20:14 2025 Info: MID 30649894 ICID 36841575 From: <support@bright-telecom.example.com>
Mon Mar  3 12:20:14 2025 Info: MID 30649894 ICID 36841575 RID 0 To: <jonas50@example.net>
Mon Mar  3 12:20:15 2025 Info: MID 30649894 Message-ID '<026bqdiZ6n6OiPSN.88525@bright-telecom.example.com>'
Mon Mar  3 12:20:15 2025 Info: MID 30649894 Subject "Re: Customer's feedback"
Mon Mar  3 12:20:15 2025 Info: MID 30649894 ready 19266 bytes from <support@bright-telecom.example.com>
Mon Mar  3 12:20:15 2025 Info: MID 30649893 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:20:15 2025 Info: MID 30649893 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 12:20:15 2025 Info: MID 30649893 using engine: CASE spam negative
Mon Mar  3 12:20:15 2025 Info: MID 30649893 antivirus negative
Mon Mar  3 12:20:15 2025 Info: MID 30649893 using engine: GRAYMAIL negative
Mon Mar  3 12:20:15 2025 Info: MID 30649893 Outbreak Filters: verdict negative
Mon Mar  3 12:20:15 2025 Info: MID 30649893 queued for delivery
Mon Mar  3 12:20:15 2025 Info: MID 30649894 SPF: mailfrom identity support@bright-telecom.example.com Pass (v=spf1)
Mon Mar  3 12:20:15 2025 Info: MID 30649894 DKIM: pass signature verified (d=bright-telecom.example.com s=selector1 i=@bright-telecom.example.com)
Mon Mar  3 12:20:15 2025 Info: MID 30649894 DMARC: Message from domain bright-telecom.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:20:15 2025 Info: MID 30649894 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:20:15 2025 Info: MID 30649894 interim verdict using engine: CASE spam negative
Mon Mar  3 12:20:16 2025 Info: MID 30649894 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:20:16 2025 Info: MID 30649894 using engine: CASE spam negative
Mon Mar  3 12:20:16 2025 Info: MID 30649894 antivirus negative
Mon Mar  3 12:20:16 2025 Info: MID 30649894 using engine: GRAYMAIL negative
Mon Mar  3 12:20:16 2025 Info: MID 30649894 Outbreak Filters: verdict negative
Mon Mar  3 12:20:16 2025 Info: MID 30649894 queued for delivery
Mon Mar  3 12:20:16 2025 Info: Start MID 30649895 ICID 36841575
Mon Mar  3 12:20:16 2025 Info: MID 30649895 ICID 36841575 From: <info@bright-telecom.example.com>
Mon Mar  3 12:20:16 2025 Info: MID 30649895 ICID 36841575 RID 0 To: <jonas.nguyen@example.net>
Mon Mar  3 12:20:17 2025 Info: MID 30649895 Message-ID '<XtiG2YWcUMjL6cAz.11351@bright-telecom.example.com>'
Mon Mar  3 12:20:17 2025 Info: MID 30649895 Subject 'Weekly digest'
Mon Mar  3 12:20:17 2025 Info: MID 30649895 ready 22691 bytes from <info@bright-telecom.example.com>
Mon Mar  3 12:20:17 2025 Info: ICID 36841575 lost
Mon Mar  3 12:20:17 2025 Info: ICID 36841575 close
Mon Mar  3 12:20:17 2025 Info: MID 30649895 SPF: mailfrom identity info@bright-telecom.example.com Pass (v=spf1)
Mon Mar  3 12:20:17 2025 Info: MID 30649895 DKIM: pass signature verified (d=bright-telecom.example.com s=selector1 i=@bright-telecom.example.com)
Mon Mar  3 12:20:17 2025 Info: MID 30649895 DMARC: Message from domain bright-telecom.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:20:17 2025 Info: MID 30649895 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:20:17 2025 Info: MID 30649895 interim verdict using engine: CASE spam negative
Mon Mar  3 12:20:17 2025 Info: Start MID 30649896 ICID 0
Mon Mar  3 12:20:17 2025 Info: MID 30649896 was generated based on MID 30649895 by bcc filter 'Archive Copy'
Mon Mar  3 12:20:17 2025 Info: MID 30649896 ICID 0 From: <info@bright-telecom.example.com>
Mon Mar  3 12:20:17 2025 Info: MID 30649896 ICID 0 RID 0 To: <journal@archive.example.net>
Mon Mar  3 12:20:17 2025 Info: MID 30649896 ready 23041 bytes from <info@bright-telecom.example.com>
Mon Mar  3 12:20:18 2025 Info: MID 30649896 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:20:18 2025 Info: MID 30649896 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 12:20:18 2025 Info: MID 30649896 using engine: CASE spam negative
Mon Mar  3 12:20:18 2025 Info: MID 30649896 antivirus negative
Mon Mar  3 12:20:18 2025 Info: MID 30649896 using engine: GRAYMAIL negative
Mon Mar  3 12:20:18 2025 Info: MID 30649896 Outbreak Filters: verdict negative
Mon Mar  3 12:20:18 2025 Info: MID 30649896 queued for delivery
Mon Mar  3 12:20:18 2025 Info: New SMTP DCID 5890708 interface 192.0.2.110 address 10.20.0.40 port 25
Mon Mar  3 12:20:18 2025 Info: DCID 5890708 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 12:20:18 2025 Info: Delivery start DCID 5890708 MID 30649896 to RID [0]
Mon Mar  3 12:20:19 2025 Info: Message done DCID 5890708 MID 30649896 to RID [0]
Mon Mar  3 12:20:19 2025 Info: MID 30649896 RID [0] Response '2.0.0 Ok: queued as U2zJIMfzAUzYkq'
Mon Mar  3 12:20:19 2025 Info: Message finished MID 30649896 done
Mon Mar  3 12:20:19 2025 Info: MID 30649895 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:20:19 2025 Info: MID 30649895 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 12:20:19 2025 Info: MID 30649895 using engine: CASE spam negative
Mon Mar  3 12:20:19 2025 Info: MID 30649895 antivirus negative
Mon Mar  3 12:20:19 2025 Info: MID 30649895 using engine: GRAYMAIL negative
Mon Mar  3 12:20:19 2025 Info: MID 30649895 Outbreak Filters: verdict negative
Mon Mar  3 12:20:19 2025 Info: MID 30649895 queued for delivery
Mon Mar  3 12:20:24 2025 Info: DCID 5890708 close
Mon Mar  3 12:22:05 2025 Info: New SMTP ICID 36841576 interface Data 1 (192.0.2.10) address 203.0.113.246 reverse dns host mx6.northprint.test verified yes
Mon Mar  3 12:22:05 2025 Info: ICID 36841576 ACCEPT SG UNKNOWNLIST match sbrs[none] SBRS None
Mon Mar  3 12:22:06 2025 Info: ICID 36841576 TLS failed: [Errno 54] Connection reset by peer
Mon Mar  3 12:22:06 2025 Info: Start MID 30649897 ICID 36841576
Mon Mar  3 12:22:06 2025 Info: MID 30649897 ICID 36841576 From: <noreply@northprint.test>
Mon Mar  3 12:22:06 2025 Info: MID 30649897 ICID 36841576 RID 0 To: <anna.costa@example.net>
Mon Mar  3 12:22:07 2025 Info: MID 30649897 Message-ID '<pZ0gYGiYAe9AZqxp.68807@northprint.test>'
Mon Mar  3 12:22:07 2025 Info: MID 30649897 Subject 'FW: Contract draft'
Mon Mar  3 12:22:07 2025 Info: MID 30649897 ready 50408 bytes from <noreply@northprint.test>
Mon Mar  3 12:22:07 2025 Info: ICID 36841576 lost
Mon Mar  3 12:22:07 2025 Info: ICID 36841576 close
Mon Mar  3 12:22:07 2025 Info: MID 30649897 SPF: mailfrom identity noreply@northprint.test Pass (v=spf1)
Mon Mar  3 12:22:07 2025 Info: MID 30649897 DKIM: pass signature verified (d=northprint.test s=selector1 i=@northprint.test)
Mon Mar  3 12:22:07 2025 Info: MID 30649897 DMARC: Message from domain northprint.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:22:07 2025 Info: MID 30649897 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: northprint.test
Mon Mar  3 12:22:07 2025 Info: MID 30649897 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:22:07 2025 Info: MID 30649897 interim verdict using engine: CASE spam negative
Mon Mar  3 12:22:08 2025 Info: MID 30649897 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:22:08 2025 Info: MID 30649897 using engine: CASE spam negative
Mon Mar  3 12:22:08 2025 Info: MID 30649897 antivirus negative
Mon Mar  3 12:22:08 2025 Info: MID 30649897 using engine: GRAYMAIL negative
Mon Mar  3 12:22:08 2025 Info: MID 30649897 Outbreak Filters: verdict negative
Mon Mar  3 12:22:08 2025 Info: MID 30649897 queued for delivery
Mon Mar  3 12:26:52 2025 Info: New SMTP ICID 36841577 interface Data 1 (192.0.2.10) address 198.51.100.134 reverse dns host mx8.polarfinance.example verified yes
Mon Mar  3 12:26:52 2025 Info: ICID 36841577 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 8.6 country France
Mon Mar  3 12:26:52 2025 Info: ICID 36841577 TLS failed: (336151574, 'error:14094416:SSL routines:ssl3_read_bytes:sslv3 alert certificate unknown')
Mon Mar  3 12:26:53 2025 Info: Start MID 30649898 ICID 36841577
Mon Mar  3 12:26:53 2025 Info: MID 30649898 ICID 36841577 From: <noreply@polarfinance.example>
Mon Mar  3 12:26:53 2025 Info: MID 30649898 ICID 36841577 RID 0 To: <sean.dubois@example.net>
Mon Mar  3 12:26:54 2025 Info: MID 30649898 Message-ID '<toXp0XlUHTObQleq.25807@polarfinance.example>'
Mon Mar  3 12:26:54 2025 Info: MID 30649898 Subject 'Quarterly report'
Mon Mar  3 12:26:54 2025 Info: MID 30649898 ready 32735 bytes from <noreply@polarfinance.example>
Mon Mar  3 12:26:54 2025 Info: ICID 36841577 close
Mon Mar  3 12:26:54 2025 Info: MID 30649898 SPF: mailfrom identity noreply@polarfinance.example Pass (v=spf1)
Mon Mar  3 12:26:54 2025 Info: MID 30649898 DKIM: pass signature verified (d=polarfinance.example s=selector1 i=@polarfinance.example)
Mon Mar  3 12:26:54 2025 Info: MID 30649898 DMARC: Message from domain polarfinance.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:26:54 2025 Info: MID 30649898 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:26:54 2025 Info: MID 30649898 interim verdict using engine: CASE spam negative
Mon Mar  3 12:26:55 2025 Info: MID 30649898 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:26:55 2025 Info: MID 30649898 using engine: CASE spam negative
Mon Mar  3 12:26:55 2025 Info: MID 30649898 antivirus negative
Mon Mar  3 12:26:55 2025 Info: MID 30649898 using engine: GRAYMAIL negative
Mon Mar  3 12:26:55 2025 Info: MID 30649898 Outbreak Filters: verdict negative
Mon Mar  3 12:26:55 2025 Info: MID 30649898 queued for delivery
Mon Mar  3 12:31:22 2025 Info: New SMTP DCID 5890709 interface 192.0.2.110 address 10.20.0.11
Mon Mar  3 12:31:22 2025 Info: DCID 5890709 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 12:31:22 2025 Info: Delivery start DCID 5890709 MID 30649891 to RID [0]
Mon Mar  3 12:31:23 2025 Info: Message done DCID 5890709 MID 30649891 to RID [0]
Mon Mar  3 12:31:23 2025 Info: MID 30649891 RID [0] Response '2.6.0 <bafymwD3N17CtyjgDnbRFbLS@example.net> [InternalId=25664569676, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:31:23 2025 Info: Message finished MID 30649891 done
Mon Mar  3 12:31:23 2025 Info: Delivery start DCID 5890709 MID 30649892 to RID [0]
Mon Mar  3 12:31:23 2025 Info: Message done DCID 5890709 MID 30649892 to RID [0]
Mon Mar  3 12:31:23 2025 Info: MID 30649892 RID [0] Response '2.6.0 <Tar7x9HD74RNC6ZkUTvSSbGN@example.net> [InternalId=76117984107, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:31:23 2025 Info: Message finished MID 30649892 done
Mon Mar  3 12:31:23 2025 Info: Delivery start DCID 5890709 MID 30649893 to RID [0]
Mon Mar  3 12:31:23 2025 Info: Message done DCID 5890709 MID 30649893 to RID [0]
Mon Mar  3 12:31:23 2025 Info: MID 30649893 RID [0] Response '2.6.0 <0jMCLdsWOM89ZSiThy4BB3Lf@example.net> [InternalId=57566924273, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:31:23 2025 Info: Message finished MID 30649893 done
Mon Mar  3 12:31:23 2025 Info: Delivery start DCID 5890709 MID 30649894 to RID [0]
Mon Mar  3 12:31:24 2025 Info: Message done DCID 5890709 MID 30649894 to RID [0]
Mon Mar  3 12:31:24 2025 Info: MID 30649894 RID [0] Response '2.6.0 <q2ypr9ZY6WCkjEQi6zJTlPDC@example.net> [InternalId=84403440212, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:31:24 2025 Info: Message finished MID 30649894 done
Mon Mar  3 12:31:24 2025 Info: Delivery start DCID 5890709 MID 30649895 to RID [0]
Mon Mar  3 12:31:24 2025 Info: Message done DCID 5890709 MID 30649895 to RID [0]
Mon Mar  3 12:31:24 2025 Info: MID 30649895 RID [0] Response '2.6.0 <JzTdChIQuJJUC5o7ZKu940Q9@example.net> [InternalId=50256177411, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:31:24 2025 Info: Message finished MID 30649895 done
Mon Mar  3 12:31:24 2025 Info: Delivery start DCID 5890709 MID 30649897 to RID [0]
Mon Mar  3 12:31:24 2025 Info: Message done DCID 5890709 MID 30649897 to RID [0]
Mon Mar  3 12:31:24 2025 Info: MID 30649897 RID [0] Response '2.6.0 <VgI3YQTSVBi3JhyQFkCFPABe@example.net> [InternalId=32976781445, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:31:24 2025 Info: Message finished MID 30649897 done
Mon Mar  3 12:31:24 2025 Info: Delivery start DCID 5890709 MID 30649898 to RID [0]
Mon Mar  3 12:31:25 2025 Info: Message done DCID 5890709 MID 30649898 to RID [0]
Mon Mar  3 12:31:25 2025 Info: MID 30649898 RID [0] Response '2.6.0 <ol4nIV3cBhvnDcxOil3xnekX@example.net> [InternalId=52696060546, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:31:25 2025 Info: Message finished MID 30649898 done
Mon Mar  3 12:31:32 2025 Info: DCID 5890709 close
Mon Mar  3 12:44:42 2025 Info: New SMTP ICID 36841578 interface Data 1 (192.0.2.10) address 203.0.113.196 reverse dns host mail3.quiet-logistics.example.com verified yes
Mon Mar  3 12:44:42 2025 Info: ICID 36841578 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 8.4 country Ireland
Mon Mar  3 12:44:43 2025 Info: Start MID 30649899 ICID 36841578
Mon Mar  3 12:44:43 2025 Info: MID 30649899 ICID 36841578 From: <tara.obrien@quiet-logistics.example.com>
Mon Mar  3 12:44:43 2025 Info: MID 30649899 ICID 36841578 RID 0 To: <david.dubois@example.net>
Mon Mar  3 12:44:43 2025 Info: MID 30649899 Message-ID '<yNwPpPh1N6Py8q3c.16491@quiet-logistics.example.com>'
Mon Mar  3 12:44:43 2025 Info: MID 30649899 Subject 'Shipping update for order 88213'
Mon Mar  3 12:44:43 2025 Info: MID 30649899 ready 287901 bytes from <tara.obrien@quiet-logistics.example.com>
Mon Mar  3 12:44:44 2025 Info: ICID 36841578 close
Mon Mar  3 12:44:44 2025 Info: MID 30649899 SPF: mailfrom identity tara.obrien@quiet-logistics.example.com Pass (v=spf1)
Mon Mar  3 12:44:44 2025 Info: MID 30649899 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:44:44 2025 Info: MID 30649899 interim verdict using engine: CASE spam negative
Mon Mar  3 12:44:46 2025 Info: MID 30649899 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:44:46 2025 Info: MID 30649899 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 12:44:46 2025 Info: MID 30649899 using engine: CASE spam negative
Mon Mar  3 12:44:46 2025 Info: MID 30649899 antivirus negative
Mon Mar  3 12:44:46 2025 Info: MID 30649899 using engine: GRAYMAIL negative
Mon Mar  3 12:44:46 2025 Info: MID 30649899 Outbreak Filters: verdict negative
Mon Mar  3 12:44:46 2025 Info: MID 30649899 queued for delivery
Mon Mar  3 12:44:46 2025 Info: New SMTP DCID 5890710 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 12:44:47 2025 Info: DCID 5890710 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 12:44:47 2025 Info: Delivery start DCID 5890710 MID 30649899 to RID [0]
Mon Mar  3 12:44:48 2025 Info: Message done DCID 5890710 MID 30649899 to RID [0]
Mon Mar  3 12:44:48 2025 Info: MID 30649899 RID [0] Response '2.6.0 <ChI8HzWP0hZ5tXZBkrMtXF5E@example.net> [InternalId=11977488293, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:44:48 2025 Info: Message finished MID 30649899 done
Mon Mar  3 12:44:53 2025 Info: DCID 5890710 close
Mon Mar  3 13:08:27 2025 Info: New SMTP ICID 36841579 interface Data 1 (192.0.2.10) address 203.0.113.220 reverse dns host unknown verified no
Mon Mar  3 13:08:27 2025 Info: ICID 36841579 ACCEPT SG UNKNOWNLIST match sbrs[none] SBRS None country United Kingdom
Mon Mar  3 13:08:28 2025 Info: ICID 36841579 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 13:08:28 2025 Info: Start MID 30649900 ICID 36841579
Mon Mar  3 13:08:28 2025 Info: MID 30649900 ICID 36841579 From: <ben81@rapid-telecom.example>
Mon Mar  3 13:08:28 2025 Info: MID 30649900 ICID 36841579 RID 0 To: <nils.costa@example.org>
Mon Mar  3 13:08:29 2025 Info: MID 30649900 Message-ID '<PPPhjcruMM4SVPVS.98673@rapid-telecom.example>'
Mon Mar  3 13:08:29 2025 Info: MID 30649900 Subject 'Re: "Final" version'
Mon Mar  3 13:08:29 2025 Info: MID 30649900 ready 12027 bytes from <ben81@rapid-telecom.example>
Mon Mar  3 13:08:29 2025 Info: ICID 36841579 close
Mon Mar  3 13:08:30 2025 Info: MID 30649900 SPF: mailfrom identity ben81@rapid-telecom.example Pass (v=spf1)
Mon Mar  3 13:08:30 2025 Info: MID 30649900 DKIM: pass signature verified (d=rapid-telecom.example s=selector1 i=@rapid-telecom.example)
Mon Mar  3 13:08:30 2025 Info: MID 30649900 DMARC: Message from domain rapid-telecom.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:08:30 2025 Info: MID 30649900 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:08:30 2025 Info: MID 30649900 interim verdict using engine: CASE spam negative
Mon Mar  3 13:08:32 2025 Info: MID 30649900 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:08:32 2025 Info: MID 30649900 using engine: CASE spam negative
Mon Mar  3 13:08:32 2025 Info: MID 30649900 antivirus negative
Mon Mar  3 13:08:32 2025 Info: MID 30649900 using engine: GRAYMAIL negative
Mon Mar  3 13:08:32 2025 Info: MID 30649900 Outbreak Filters: verdict negative
Mon Mar  3 13:08:32 2025 Info: MID 30649900 queued for delivery
Mon Mar  3 13:08:32 2025 Info: New SMTP DCID 5890711 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 13:08:33 2025 Info: DCID 5890711 TLS success protocol TLSv1 cipher RC4-SHA
Mon Mar  3 13:08:33 2025 Info: Delivery start DCID 5890711 MID 30649900 to RID [0]
Mon Mar  3 13:08:33 2025 Info: Message done DCID 5890711 MID 30649900 to RID [0]
Mon Mar  3 13:08:33 2025 Info: MID 30649900 RID [0] Response '2.6.0 <zIBEKEkmLHK4j0OydTTAOaqN@example.net> [InternalId=12215719533, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:08:33 2025 Info: Message finished MID 30649900 done
Mon Mar  3 13:08:41 2025 Info: DCID 5890711 close
Mon Mar  3 13:11:56 2025 Info: New SMTP ICID 36841580 interface Data 1 (192.0.2.10) address 203.0.113.4 reverse dns host unknown verified no
Mon Mar  3 13:11:56 2025 Info: ICID 36841580 ACCEPT SG SUSPECTLIST match sbrs[-3.0:-1.0] SBRS -2.9 country Japan
Mon Mar  3 13:11:57 2025 Info: ICID 36841580 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 13:11:58 2025 Info: Start MID 30649901 ICID 36841580
Mon Mar  3 13:11:58 2025 Info: MID 30649901 ICID 36841580 From: <olga16@quiet-airlines.example.com>
Mon Mar  3 13:11:58 2025 Info: MID 30649901 ICID 36841580 RID 0 To: <yusuf48@example.net>
Mon Mar  3 13:11:58 2025 Info: MID 30649901 ICID 36841580 RID 1 To: <wei.mueller@example.net>
Mon Mar  3 13:11:58 2025 Info: MID 30649901 ICID 36841580 To: <vera.bergx@example.net> Rejected by LDAPACCEPT
Mon Mar  3 13:11:58 2025 Info: MID 30649901 Message-ID '<j2z0CRa8rrLl0vEt.67288@quiet-airlines.example.com>'
Mon Mar  3 13:11:58 2025 Info: MID 30649901 ready 77167 bytes from <olga16@quiet-airlines.example.com>
Mon Mar  3 13:11:59 2025 Info: MID 30649901 SPF: mailfrom identity olga16@quiet-airlines.example.com Pass (v=spf1)
Mon Mar  3 13:11:59 2025 Info: MID 30649901 DKIM: pass signature verified (d=quiet-airlines.example.com s=selector1 i=@quiet-airlines.example.com)
Mon Mar  3 13:11:59 2025 Info: MID 30649901 DMARC: Message from domain quiet-airlines.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:11:59 2025 Info: MID 30649901 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: quiet-airlines.example.com
Mon Mar  3 13:11:59 2025 Info: MID 30649901 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:11:59 2025 Info: MID 30649901 interim verdict using engine: CASE spam negative
Mon Mar  3 13:12:00 2025 Info: MID 30649901 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:12:00 2025 Info: MID 30649901 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 13:12:00 2025 Info: MID 30649901 using engine: CASE spam negative
Mon Mar  3 13:12:00 2025 Info: MID 30649901 antivirus negative
Mon Mar  3 13:12:00 2025 Info: MID 30649901 using engine: GRAYMAIL negative
Mon Mar  3 13:12:00 2025 Info: MID 30649901 Outbreak Filters: verdict negative
Mon Mar  3 13:12:00 2025 Info: MID 30649901 queued for delivery
Mon Mar  3 13:12:00 2025 Info: New SMTP DCID 5890712 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 13:12:00 2025 Info: Start MID 30649902 ICID 36841580
Mon Mar  3 13:12:00 2025 Info: MID 30649902 ICID 36841580 From: <yusuf45@quiet-airlines.example.com>
Mon Mar  3 13:12:00 2025 Info: MID 30649902 ICID 36841580 RID 0 To: <olga.murphy@example.net>
Mon Mar  3 13:12:00 2025 Info: DCID 5890712 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 13:12:00 2025 Info: MID 30649902 Message-ID '<P3K0YfGTdgpzCwsg.15761@quiet-airlines.example.com>'
Mon Mar  3 13:12:00 2025 Info: MID 30649902 Subject 'It\'s \'urgent\' say "they"'
Mon Mar  3 13:12:00 2025 Info: MID 30649902 ready 34145 bytes from <yusuf45@quiet-airlines.example.com>
Mon Mar  3 13:12:01 2025 Info: Delivery start DCID 5890712 MID 30649901 to RID [0, 1]
Mon Mar  3 13:12:01 2025 Info: ICID 36841580 close
Mon Mar  3 13:12:01 2025 Info: Message done DCID 5890712 MID 30649901 to RID [0, 1]
Mon Mar  3 13:12:01 2025 Info: MID 30649901 RID [0, 1] Response '2.6.0 <95Rgg6HGpLwgNPJRGOhDQ7GQ@example.net> [InternalId=51049838040, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:12:01 2025 Info: Message finished MID 30649901 done
Mon Mar  3 13:12:01 2025 Info: MID 30649902 SPF: mailfrom identity yusuf45@quiet-airlines.example.com Pass (v=spf1)
Mon Mar  3 13:12:01 2025 Info: MID 30649902 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:12:01 2025 Info: MID 30649902 interim verdict using engine: CASE spam negative
Mon Mar  3 13:12:02 2025 Info: DCID 5890712 close
Mon Mar  3 13:12:02 2025 Info: MID 30649902 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:12:02 2025 Info: MID 30649902 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 13:12:02 2025 Info: MID 30649902 using engine: CASE spam negative
Mon Mar  3 13:12:02 2025 Info: MID 30649902 antivirus negative
Mon Mar  3 13:12:02 2025 Info: MID 30649902 using engine: GRAYMAIL negative
Mon Mar  3 13:12:02 2025 Info: MID 30649902 Outbreak Filters: verdict negative
Mon Mar  3 13:12:02 2025 Info: MID 30649902 queued for delivery
Mon Mar  3 13:12:03 2025 Info: New SMTP DCID 5890713 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 13:12:03 2025 Info: Delivery start DCID 5890713 MID 30649902 to RID [0]
Mon Mar  3 13:12:03 2025 Info: Message done DCID 5890713 MID 30649902 to RID [0] 
Mon Mar  3 13:12:03 2025 Info: MID 30649902 RID [0] Response '2.6.0 <XhRoraetw9Z00yO6nFVEimQf@example.net> [InternalId=50217227191, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:12:03 2025 Info: Message finished MID 30649902 done
Mon Mar  3 13:12:07 2025 Info: DCID 5890713 close
Mon Mar  3 13:16:34 2025 Info: New SMTP ICID 36841581 interface Data 1 (192.0.2.10) address 203.0.113.132 reverse dns host mx1.alpinehealth.example.co.uk verified yes
Mon Mar  3 13:16:34 2025 Info: ICID 36841581 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.6 country Japan
Mon Mar  3 13:16:34 2025 Info: ICID 36841581 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 13:16:35 2025 Info: Start MID 30649903 ICID 36841581
Mon Mar  3 13:16:35 2025 Info: MID 30649903 ICID 36841581 From: <sean.garcia@alpinehealth.example.co.uk>
Mon Mar  3 13:16:35 2025 Info: MID 30649903 ICID 36841581 RID 0 To: <vera.nguyen@example.net>
Mon Mar  3 13:16:36 2025 Info: MID 30649903 Message-ID '<eYpoAWrLJPF2DmU5.34010@alpinehealth.example.co.uk>'
Mon Mar  3 13:16:36 2025 Info: MID 30649903 Subject 'Your statement is ready'
Mon Mar  3 13:16:36 2025 Info: MID 30649903 ready 9118 bytes from <sean.garcia@alpinehealth.example.co.uk>
Mon Mar  3 13:16:36 2025 Info: MID 30649903 SPF: mailfrom identity sean.garcia@alpinehealth.example.co.uk Pass (v=spf1)
Mon Mar  3 13:16:36 2025 Info: MID 30649903 DKIM: pass signature verified (d=alpinehealth.example.co.uk s=selector1 i=@alpinehealth.example.co.uk)
Mon Mar  3 13:16:36 2025 Info: MID 30649903 DMARC: Message from domain alpinehealth.example.co.uk, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:16:36 2025 Info: MID 30649903 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: alpinehealth.example.co.uk
Mon Mar  3 13:16:36 2025 Info: MID 30649903 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:16:36 2025 Info: MID 30649903 interim verdict using engine: CASE spam negative
Mon Mar  3 13:16:37 2025 Info: MID 30649903 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:16:37 2025 Info: MID 30649903 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 13:16:37 2025 Info: MID 30649903 using engine: CASE spam negative
Mon Mar  3 13:16:37 2025 Info: MID 30649903 antivirus negative
Mon Mar  3 13:16:37 2025 Info: MID 30649903 using engine: GRAYMAIL negative
Mon Mar  3 13:16:37 2025 Info: MID 30649903 Outbreak Filters: verdict negative
Mon Mar  3 13:16:37 2025 Info: MID 30649903 queued for delivery
Mon Mar  3 13:16:37 2025 Info: New SMTP DCID 5890714 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 13:16:37 2025 Info: Start MID 30649904 ICID 36841581
Mon Mar  3 13:16:37 2025 Info: MID 30649904 ICID 36841581 From: <aoife.okafor@alpinehealth.example.co.uk>
Mon Mar  3 13:16:37 2025 Info: MID 30649904 ICID 36841581 RID 0 To: <carla.dubois@example.net>
Mon Mar  3 13:16:37 2025 Info: DCID 5890714 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 13:16:37 2025 Info: Delivery start DCID 5890714 MID 30649903 to RID [0]
Mon Mar  3 13:16:37 2025 Info: MID 30649904 Message-ID '<Rvbph8V11VS9usSh.62210@alpinehealth.example.co.uk>'
Mon Mar  3 13:16:37 2025 Info: MID 30649904 Subject 'Réunion de lundi'
Mon Mar  3 13:16:37 2025 Info: MID 30649904 ready 3954 bytes from <aoife.okafor@alpinehealth.example.co.uk>
Mon Mar  3 13:16:37 2025 Info: Message done DCID 5890714 MID 30649903 to RID [0]
Mon Mar  3 13:16:37 2025 Info: MID 30649903 RID [0] Response '2.6.0 <REj4mTLovLmA4lZPwjLucTz5@example.net> [InternalId=93229736351, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:16:37 2025 Info: Message finished MID 30649903 done
Mon Mar  3 13:16:38 2025 Info: MID 30649904 SPF: mailfrom identity aoife.okafor@alpinehealth.example.co.uk Pass (v=spf1)
Mon Mar  3 13:16:38 2025 Info: MID 30649904 DKIM: pass signature verified (d=alpinehealth.example.co.uk s=selector1 i=@alpinehealth.example.co.uk)
Mon Mar  3 13:16:38 2025 Info: MID 30649904 DMARC: Message from domain alpinehealth.example.co.uk, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:16:38 2025 Info: MID 30649904 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: alpinehealth.example.co.uk
Mon Mar  3 13:16:38 2025 Info: MID 30649904 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:16:38 2025 Info: MID 30649904 interim verdict using engine: CASE spam negative
Mon Mar  3 13:16:39 2025 Info: Start MID 30649905 ICID 36841581
Mon Mar  3 13:16:39 2025 Info: MID 30649905 ICID 36841581 From: <rosa.dubois@alpinehealth.example.co.uk>
Mon Mar  3 13:16:39 2025 Info: MID 30649905 ICID 36841581 RID 0 To: <rosa.costa@example.net>
Mon Mar  3 13:16:39 2025 Info: MID 30649905 Message-ID '<eUDgXP6Y30HdB1HV.43567@alpinehealth.example.co.uk>'
Mon Mar  3 13:16:39 2025 Info: MID 30649905 Subject 'Out of office: back Monday'
Mon Mar  3 13:16:39 2025 Info: MID 30649905 ready 11884 bytes from <rosa.dubois@alpinehealth.example.co.uk>
Mon Mar  3 13:16:40 2025 Info: MID 30649904 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:16:40 2025 Info: MID 30649904 using engine: CASE spam negative
Mon Mar  3 13:16:40 2025 Info: MID 30649904 antivirus negative
Mon Mar  3 13:16:40 2025 Info: MID 30649904 using engine: GRAYMAIL negative
Mon Mar  3 13:16:40 2025 Info: MID 30649904 Outbreak Filters: verdict negative
Mon Mar  3 13:16:40 2025 Info: MID 30649904 queued for delivery
Mon Mar  3 13:16:40 2025 Info: Delivery start DCID 5890714 MID 30649904 to RID [0]
Mon Mar  3 13:16:40 2025 Info: MID 30649905 SPF: mailfrom identity rosa.dubois@alpinehealth.example.co.uk Pass (v=spf1)
Mon Mar  3 13:16:40 2025 Info: MID 30649905 DKIM: pass signature verified (d=alpinehealth.example.co.uk s=selector1 i=@alpinehealth.example.co.uk)
Mon Mar  3 13:16:40 2025 Info: MID 30649905 DMARC: Message from domain alpinehealth.example.co.uk, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:16:40 2025 Info: MID 30649905 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: alpinehealth.example.co.uk
Mon Mar  3 13:16:40 2025 Info: MID 30649905 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:16:40 2025 Info: MID 30649905 interim verdict using engine: CASE spam negative
Mon Mar  3 13:16:40 2025 Info: Message done DCID 5890714 MID 30649904 to RID [0]
Mon Mar  3 13:16:40 2025 Info: MID 30649904 RID [0] Response '2.6.0 <VlQiSd8VoUrK7l1RtwPSUG6y@example.net> [InternalId=42432718793, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:16:40 2025 Info: Message finished MID 30649904 done
Mon Mar  3 13:16:42 2025 Info: Start MID 30649906 ICID 36841581
Mon Mar  3 13:16:42 2025 Info: MID 30649906 ICID 36841581 From: <liam.dubois@alpinehealth.example.co.uk>
Mon Mar  3 13:16:42 2025 Info: MID 30649906 ICID 36841581 RID 0 To: <zoe.silva@example.net>
Mon Mar  3 13:16:42 2025 Info: MID 30649906 Message-ID '<FMZZkUpHCUHXP6Hn.56789@alpinehealth.example.co.uk>'
Mon Mar  3 13:16:42 2025 Info: MID 30649906 Subject 'Re: Meeting tomorrow'
Mon Mar  3 13:16:42 2025 Info: MID 30649906 ready 3938 bytes from <liam.dubois@alpinehealth.example.co.uk>
Mon Mar  3 13:16:42 2025 Info: MID 30649905 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:16:42 2025 Info: MID 30649905 using engine: CASE spam negative
Mon Mar  3 13:16:42 2025 Info: MID 30649905 antivirus negative
Mon Mar  3 13:16:42 2025 Info: MID 30649905 using engine: GRAYMAIL negative
Mon Mar  3 13:16:42 2025 Info: MID 30649905 Outbreak Filters: verdict negative
Mon Mar  3 13:16:42 2025 Info: MID 30649905 queued for delivery
Mon Mar  3 13:16:42 2025 Info: Delivery start DCID 5890714 MID 30649905 to RID [0]
Mon Mar  3 13:16:42 2025 Info: Message done DCID 5890714 MID 30649905 to RID [0]
Mon Mar  3 13:16:42 2025 Info: MID 30649905 RID [0] Response '2.6.0 <vAUWOTDPl1AcM9faJIuS1f2n@example.net> [InternalId=86213218700, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:16:42 2025 Info: Message finished MID 30649905 done
Mon Mar  3 13:16:42 2025 Info: ICID 36841581 close
Mon Mar  3 13:16:43 2025 Info: MID 30649906 SPF: mailfrom identity liam.dubois@alpinehealth.example.co.uk Pass (v=spf1)
Mon Mar  3 13:16:43 2025 Info: MID 30649906 DKIM: pass signature verified (d=alpinehealth.example.co.uk s=selector1 i=@alpinehealth.example.co.uk)
Mon Mar  3 13:16:43 2025 Info: MID 30649906 DMARC: Message from domain alpinehealth.example.co.uk, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:16:43 2025 Info: MID 30649906 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:16:43 2025 Info: MID 30649906 interim verdict using engine: CASE spam negative
Mon Mar  3 13:16:43 2025 Info: MID 30649906 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:16:43 2025 Info: MID 30649906 using engine: CASE spam negative
Mon Mar  3 13:16:43 2025 Info: MID 30649906 antivirus negative
Mon Mar  3 13:16:43 2025 Info: MID 30649906 using engine: GRAYMAIL negative
Mon Mar  3 13:16:43 2025 Info: MID 30649906 Outbreak Filters: verdict negative
Mon Mar  3 13:16:43 2025 Info: MID 30649906 queued for delivery
Mon Mar  3 13:16:43 2025 Info: Delivery start DCID 5890714 MID 30649906 to RID [0]
Mon Mar  3 13:16:43 2025 Info: Message done DCID 5890714 MID 30649906 to RID [0]
Mon Mar  3 13:16:43 2025 Info: MID 30649906 RID [0] Response '2.6.0 <zVSRMAw6rzNe9yjbGjTITWz2@example.net> [InternalId=87247568697, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:16:43 2025 Info: Message finished MID 30649906 done
Mon Mar  3 13:16:47 2025 Info: DCID 5890714 close
Mon Mar  3 13:48:42 2025 Info: New SMTP ICID 36841582 interface Data 2 (10.20.0.20) address 10.20.1.14 reverse dns host exch03.corp.example.net verified yes
Mon Mar  3 13:48:42 2025 Info: ICID 36841582 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled
Mon Mar  3 13:48:43 2025 Info: Start MID 30649907 ICID 36841582
Mon Mar  3 13:48:43 2025 Info: MID 30649907 ICID 36841582 From: <farid18@example.org>
Mon Mar  3 13:48:43 2025 Info: MID 30649907 ICID 36841582 RID 0 To: <umar.novak@harbor-finance.example.co.uk>
Mon Mar  3 13:48:43 2025 Info: MID 30649907 ICID 36841582 RID 1 To: <ben.kowalski@example.net>
Mon Mar  3 13:48:43 2025 Info: MID 30649907 Message-ID '<RpuGZy78KO7vyzc1.30916@exch01.corp.example.net>'
Mon Mar  3 13:48:43 2025 Info: MID 30649907 Subject 'Security alert'
Mon Mar  3 13:48:43 2025 Info: MID 30649907 ready 12804 bytes from <farid18@example.org>
Mon Mar  3 13:48:44 2025 Info: MID 30649907 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 13:48:44 2025 Info: Start MID 30649908 ICID 36841582
Mon Mar  3 13:48:44 2025 Info: MID 30649908 ICID 36841582 From: <ben.obrien@example.org>
Mon Mar  3 13:48:44 2025 Info: MID 30649908 ICID 36841582 RID 0 To: <nils32@red-consulting.test>
Mon Mar  3 13:48:44 2025 Info: MID 30649908 ICID 36841582 RID 1 To: <vera.mueller@webpost.example>
Mon Mar  3 13:48:45 2025 Info: MID 30649908 Message-ID '<ixDcFeQZ9JIL7VhL.49501@exch01.corp.example.net>'
Mon Mar  3 13:48:45 2025 Info: MID 30649908 Subject 'FW: Contract draft'
Mon Mar  3 13:48:45 2025 Info: MID 30649908 ready 70539 bytes from <ben.obrien@example.org>
Mon Mar  3 13:48:45 2025 Info: MID 30649907 antivirus negative
Mon Mar  3 13:48:45 2025 Info: MID 30649907 Outbreak Filters: verdict negative
Mon Mar  3 13:48:45 2025 Info: MID 30649907 queued for delivery
Mon Mar  3 13:48:45 2025 Info: New SMTP DCID 5890715 interface 192.0.2.110 address 198.51.100.150 port 25
Mon Mar  3 13:48:45 2025 Info: New SMTP DCID 5890716 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 13:48:45 2025 Info: DCID 5890715 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 13:48:45 2025 Info: DCID 5890716 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 13:48:45 2025 Info: Delivery start DCID 5890715 MID 30649907 to RID [0]
Mon Mar  3 13:48:45 2025 Info: Delivery start DCID 5890716 MID 30649907 to RID [1]
Mon Mar  3 13:48:45 2025 Info: ICID 36841582 close
Mon Mar  3 13:48:45 2025 Info: Message done DCID 5890716 MID 30649907 to RID [1]
Mon Mar  3 13:48:45 2025 Info: MID 30649907 RID [1] Response '2.6.0 <hLIGEEtWS2QbatRHN6G2RDbA@example.net> [InternalId=91965148817, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:48:45 2025 Info: Message done DCID 5890715 MID 30649907 to RID [0]
Mon Mar  3 13:48:45 2025 Info: MID 30649907 RID [0] Response '2.0.0 Ok: queued as vwL6t25EBxKTR3'
Mon Mar  3 13:48:45 2025 Info: Message finished MID 30649907 done
Mon Mar  3 13:48:45 2025 Info: MID 30649908 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 13:48:46 2025 Info: MID 30649908 antivirus negative
Mon Mar  3 13:48:46 2025 Info: MID 30649908 Outbreak Filters: verdict negative
Mon Mar  3 13:48:46 2025 Info: MID 30649908 queued for delivery
Mon Mar  3 13:48:46 2025 Info: New SMTP DCID 5890717 interface 192.0.2.110 address 203.0.113.126 port 25
Mon Mar  3 13:48:46 2025 Info: DCID 5890715 close
Mon Mar  3 13:48:47 2025 Info: New SMTP DCID 5890718 interface 192.0.2.110 address 203.0.113.238 port 25
Mon Mar  3 13:48:47 2025 Info: DCID 5890718 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 13:48:47 2025 Info: Delivery start DCID 5890717 MID 30649908 to RID [0]
Mon Mar  3 13:48:47 2025 Info: Delivery start DCID 5890718 MID 30649908 to RID [1]
Mon Mar  3 13:48:47 2025 Info: Message done DCID 5890717 MID 30649908 to RID [0]
Mon Mar  3 13:48:47 2025 Info: MID 30649908 RID [0] Response '2.0.0 Ok: queued as BlrIUXEC60Pw0q'
Mon Mar  3 13:48:48 2025 Info: Message done DCID 5890718 MID 30649908 to RID [1]
Mon Mar  3 13:48:48 2025 Info: MID 30649908 RID [1] Response '2.0.0 OK  1725427817 iooimvz7c4cisi7892786.48 - gsmtp'
Mon Mar  3 13:48:48 2025 Info: Message finished MID 30649908 done
Mon Mar  3 13:48:51 2025 Info: DCID 5890717 close
Mon Mar  3 13:48:52 2025 Info: DCID 5890716 close
Mon Mar  3 13:48:54 2025 Info: DCID 5890718 close
Mon Mar  3 14:08:37 2025 Info: New SMTP ICID 36841583 interface Data 1 (192.0.2.10) address 198.51.100.171 reverse dns host unknown verified no
Mon Mar  3 14:08:37 2025 Info: ICID 36841583 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 7.5 country France
Mon Mar  3 14:08:37 2025 Info: ICID 36841583 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 14:08:57 2025 Info: ICID 36841583 close
Mon Mar  3 14:12:24 2025 Info: New SMTP ICID 36841584 interface Data 2 (10.20.0.20) address 10.20.1.13 reverse dns host exch04.corp.example.net verified yes
Mon Mar  3 14:12:24 2025 Info: ICID 36841584 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 14:12:24 2025 Info: ICID 36841584 TLS failed: (336151574, 'error:14094416:SSL routines:ssl3_read_bytes:sslv3 alert certificate unknown')
Mon Mar  3 14:12:25 2025 Info: Start MID 30649909 ICID 36841584
Mon Mar  3 14:12:25 2025 Info: MID 30649909 ICID 36841584 From: <greta.nguyen@example.net>
Mon Mar  3 14:12:25 2025 Info: MID 30649909 ICID 36841584 RID 0 To: <anna86@maple-consulting.example.com>
Mon Mar  3 14:12:25 2025 Info: MID 30649909 Message-ID "<O'Neill.VLe4UnnDFS8nygGH.20992@exch01.corp.example.net>"
Mon Mar  3 14:12:25 2025 Info: MID 30649909 Subject 'Weekly digest'
Mon Mar  3 14:12:25 2025 Info: MID 30649909 ready 17588 bytes from <greta.nguyen@example.net>
Mon Mar  3 14:12:26 2025 Info: ICID 36841584 close
Mon Mar  3 14:12:26 2025 Info: MID 30649909 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 14:12:27 2025 Info: MID 30649909 antivirus negative
Mon Mar  3 14:12:27 2025 Info: MID 30649909 Outbreak Filters: verdict negative
Mon Mar  3 14:12:27 2025 Info: MID 30649909 queued for delivery
Mon Mar  3 14:12:27 2025 Info: New SMTP DCID 5890719 interface 192.0.2.110 address 198.51.100.44 port 25
Mon Mar  3 14:12:27 2025 Info: DCID 5890719 TLS success protocol TLSv1 cipher AES128-SHA
Mon Mar  3 14:12:27 2025 Info: Delivery start DCID 5890719 MID 30649909 to RID [0]
Mon Mar  3 14:12:27 2025 Info: Message done DCID 5890719 MID 30649909 to RID [0]
Mon Mar  3 14:12:27 2025 Info: MID 30649909 RID [0] Response '2.0.0 Ok: queued as 5bEfpY6kcVOU7Q'
Mon Mar  3 14:12:27 2025 Info: Message finished MID 30649909 done
Mon Mar  3 14:12:30 2025 Info: DCID 5890719 close
Mon Mar  3 14:18:58 2025 Info: New SMTP ICID 36841585 interface Data 1 (192.0.2.10) address 198.51.100.101 reverse dns host unknown verified no
Mon Mar  3 14:18:58 2025 Info: ICID 36841585 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.3 country Japan
Mon Mar  3 14:19:00 2025 Info: Start MID 30649910 ICID 36841585
Mon Mar  3 14:19:00 2025 Info: MID 30649910 ICID 36841585 From: <david46@bigmail.example>
Mon Mar  3 14:19:00 2025 Info: MID 30649910 ICID 36841585 RID 0 To: <vera.ivanova@example.net>
Mon Mar  3 14:19:01 2025 Info: MID 30649910 Message-ID '<5jbSrS2toBz0bCtp.90416@bigmail.example>'
Mon Mar  3 14:19:01 2025 Info: MID 30649910 Subject 'Angebot für Müller GmbH'
Mon Mar  3 14:19:01 2025 Info: MID 30649910 ready 89784 bytes from <david46@bigmail.example>
Mon Mar  3 14:19:01 2025 Info: MID 30649910 SPF: mailfrom identity david46@bigmail.example Pass (v=spf1)
Mon Mar  3 14:19:01 2025 Info: MID 30649910 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: bigmail.example
Mon Mar  3 14:19:01 2025 Info: MID 30649910 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 14:19:01 2025 Info: MID 30649910 interim verdict using engine: CASE spam negative
Mon Mar  3 14:19:01 2025 Info: MID 30649910 using engine: CASE spam positive
Mon Mar  3 14:19:01 2025 Info: Message aborted MID 30649910 Dropped by CASE
Mon Mar  3 14:19:01 2025 Info: Message finished MID 30649910 aborted
Mon Mar  3 14:19:02 2025 Info: Start MID 30649911 ICID 36841585
Mon Mar  3 14:19:02 2025 Info: MID 30649911 ICID 36841585 From: <support@bigmail.example>
Mon Mar  3 14:19:02 2025 Info: MID 30649911 ICID 36841585 RID 0 To: <ben98@example.org>
Mon Mar  3 14:19:03 2025 Info: MID 30649911 Message-ID '<rSghGiWzrvQvJZzk.57701@bigmail.example>'
Mon Mar  3 14:19:03 2025 Info: MID 30649911 Subject 'Q1 plan (v2)'
Mon Mar  3 14:19:03 2025 Info: MID 30649911 ready 90402 bytes from <support@bigmail.example>
Mon Mar  3 14:19:03 2025 Info: MID 30649911 SPF: mailfrom identity support@bigmail.example Pass (v=spf1)
Mon Mar  3 14:19:03 2025 Info: MID 30649911 DKIM: pass signature verified (d=bigmail.example s=selector1 i=@bigmail.example)
Mon Mar  3 14:19:03 2025 Info: MID 30649911 DMARC: Message from domain bigmail.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 14:19:03 2025 Info: MID 30649911 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 14:19:03 2025 Info: MID 30649911 interim verdict using engine: CASE spam negative
Mon Mar  3 14:19:03 2025 Info: ICID 36841585 close
Mon Mar  3 14:19:05 2025 Info: MID 30649911 interim AV verdict using Sophos CLEAN
Mon Mar  3 14:19:05 2025 Info: MID 30649911 using engine: CASE spam negative
Mon Mar  3 14:19:05 2025 Info: MID 30649911 antivirus negative
Mon Mar  3 14:19:05 2025 Info: MID 30649911 using engine: GRAYMAIL negative
Mon Mar  3 14:19:05 2025 Info: MID 30649911 Outbreak Filters: verdict negative
Mon Mar  3 14:19:05 2025 Info: MID 30649911 queued for delivery
Mon Mar  3 14:19:05 2025 Info: New SMTP DCID 5890720 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 14:19:05 2025 Info: DCID 5890720 TLS success protocol TLSv1 cipher RC4-SHA
Mon Mar  3 14:19:05 2025 Info: Delivery start DCID 5890720 MID 30649911 to RID [0]
Mon Mar  3 14:19:06 2025 Info: Message done DCID 5890720 MID 30649911 to RID [0]
Mon Mar  3 14:19:06 2025 Info: MID 30649911 RID [0] Response '2.6.0 <MC1IGBVxBS531RK22kQ75tzs@example.net> [InternalId=46796159582, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 14:19:06 2025 Info: Message finished MID 30649911 done
Mon Mar  3 14:19:07 2025 Info: DCID 5890720 close
