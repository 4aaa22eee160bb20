Mon Mar  3 09:46:42 2025 Info: Begin Logfile
Mon Mar  3 09:46:42 2025 Info: Version: 15.0.0-104 SN: 42CABD2B47A661EAB62B-7748E99916B7
Mon Mar  3 09:46:42 2025 Info: Time offset from UTC: -18000 seconds
Mon Mar  3 09:46:42 2025 Info: Message finished MID 30649856 aborted
Mon Mar  3 09:46:42 2025 Info: Start MID 30649857 ICID 36841564
Mon Mar  3 09:46:42 2025 Info: MID 30649857 ICID 36841564 From: <sales@coastalbank.example.de>
Mon Mar  3 09:46:42 2025 Info: MID 30649857 ICID 36841564 RID 0 To: <wei99@example.net>
Mon Mar  3 09:46:43 2025 Info: MID 30649857 Message-ID '<G4jCIpYwsWolq8nh.1564@coastalbank.example.de>'
Mon Mar  3 09:46:43 2025 Info: MID 30649857 Subject 'Tab\tseparated values'
Mon Mar  3 09:46:43 2025 Info: MID 30649857 ready 12764 bytes from <sales@coastalbank.example.de>
Mon Mar  3 09:46:43 2025 Info: Start MID 30649858 ICID 36841564
Mon Mar  3 09:46:43 2025 Info: MID 30649858 ICID 36841564 From: <maria.silva@coastalbank.example.de>
Mon Mar  3 09:46:43 2025 Info: MID 30649858 ICID 36841564 RID 0 To: <hugo.okafor@example.net>
Mon Mar  3 09:46:43 2025 Info: MID 30649857 SPF: mailfrom identity sales@coastalbank.example.de Pass (v=spf1)
Mon Mar  3 09:46:43 2025 Info: MID 30649857 DKIM: pass signature verified (d=coastalbank.example.de s=selector1 i=@coastalbank.example.de)
Mon Mar  3 09:46:43 2025 Info: MID 30649857 DMARC: Message from domain coastalbank.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:46:43 2025 Info: MID 30649857 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:46:43 2025 Info: MID 30649857 interim verdict using engine: CASE spam negative
Mon Mar  3 09:46:44 2025 Info: DCID 5890675 close
Mon Mar  3 09:46:44 2025 Info: MID 30649858 Message-ID '<MG8VYLeiMrgO6rKY.59613@coastalbank.example.de>'
Mon Mar  3 09:46:44 2025 Info: MID 30649858 Subject 'Tab\tseparated values'
Mon Mar  3 09:46:44 2025 Info: MID 30649858 ready 1973 bytes from <maria.silva@coastalbank.example.de>
Mon Mar  3 09:46:44 2025 Info: ICID 36841564 close
Mon Mar  3 09:46:44 2025 Info: MID 30649857 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:46:44 2025 Info: MID 30649857 using engine: CASE spam negative
Mon Mar  3 09:46:44 2025 Info: MID 30649857 antivirus negative
Mon Mar  3 09:46:44 2025 Info: MID 30649857 using engine: GRAYMAIL negative
Mon Mar  3 09:46:44 2025 Info: MID 30649857 Outbreak Filters: verdict negative
Mon Mar  3 09:46:44 2025 Info: MID 30649857 queued for delivery
Mon Mar  3 09:46:44 2025 Info: Delivery start DCID 5890677 MID 30649857 to RID [0]
Mon Mar  3 09:46:45 2025 Info: Message done DCID 5890677 MID 30649857 to RID [0]
Mon Mar  3 09:46:45 2025 Info: MID 30649857 RID [0] Response '2.6.0 <dAunxmuDwsOiO20EcwJMMzMp@example.net> [InternalId=77643749190, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:46:45 2025 Info: Message finished MID 30649857 done
Mon Mar  3 09:46:45 2025 Info: MID 30649858 SPF: mailfrom identity maria.silva@coastalbank.example.de Pass (v=spf1)
Mon Mar  3 09:46:45 2025 Info: MID 30649858 DKIM: pass signature verified (d=coastalbank.example.de s=selector1 i=@coastalbank.example.de)
Mon Mar  3 09:46:45 2025 Info: MID 30649858 DMARC: Message from domain coastalbank.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:46:45 2025 Info: MID 30649858 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:46:45 2025 Info: MID 30649858 interim verdict using engine: CASE spam negative
Mon Mar  3 09:46:45 2025 Info: MID 30649858 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:46:45 2025 Info: MID 30649858 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:46:45 2025 Info: MID 30649858 using engine: CASE spam negative
Mon Mar  3 09:46:45 2025 Info: MID 30649858 antivirus negative
Mon Mar  3 09:46:45 2025 Info: MID 30649858 using engine: GRAYMAIL negative
Mon Mar  3 09:46:45 2025 Info: MID 30649858 Outbreak Filters: verdict negative
Mon Mar  3 09:46:45 2025 Info: MID 30649858 queued for delivery
Mon Mar  3 09:46:45 2025 Info: Delivery start DCID 5890677 MID 30649858 to RID [0]
Mon Mar  3 09:46:46 2025 Info: Message done DCID 5890677 MID 30649858 to RID [0]
Mon Mar  3 09:46:46 2025 Info: MID 30649858 RID [0] Response '2.6.0 <cfc285gZ31REYJpJipAokRWN@example.net> [InternalId=82484071919, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:46:46 2025 Info: Message finished MID 30649858 done
Mon Mar  3 09:46:49 2025 Info: DCID 5890676 close
Mon Mar  3 09:46:55 2025 Info: DCID 5890677 close
Mon Mar  3 09:53:29 2025 Info: New SMTP ICID 36841565 interface Data 1 (192.0.2.10) address 198.51.100.209 reverse dns host unknown verified no
Mon Mar  3 09:53:29 2025 Info: ICID 36841565 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 7.5
Mon Mar  3 09:53:29 2025 Info: ICID 36841565 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 09:53:30 2025 Info: Start MID 30649859 ICID 36841565
Mon Mar  3 09:53:30 2025 Info: MID 30649859 ICID 36841565 From: <keiko.jensen@bigmail.example>
Mon Mar  3 09:53:30 2025 Info: MID 30649859 ICID 36841565 RID 0 To: <liam.ivanova@example.net>
Mon Mar  3 09:53:30 2025 Info: MID 30649859 Message-ID '<dHKige5IQjlFceYv.62134@bigmail.example>'
Mon Mar  3 09:53:30 2025 Info: MID 30649859 Subject 'Re: Re: budget figures'
Mon Mar  3 09:53:30 2025 Info: MID 30649859 ready 17172 bytes from <keiko.jensen@bigmail.example>
Mon Mar  3 09:53:30 2025 Info: ICID 36841565 close
Mon Mar  3 09:53:30 2025 Info: MID 30649859 SPF: mailfrom identity keiko.jensen@bigmail.example Pass (v=spf1)
Mon Mar  3 09:53:30 2025 Info: MID 30649859 DKIM: pass signature verified (d=bigmail.example s=selector1 i=@bigmail.example)
Mon Mar  3 09:53:30 2025 Info: MID 30649859 DMARC: Message from domain bigmail.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:53:30 2025 Info: MID 30649859 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:53:30 2025 Info: MID 30649859 interim verdict using engine: CASE spam negative
Mon Mar  3 09:53:32 2025 Info: MID 30649859 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:53:32 2025 Info: MID 30649859 using engine: CASE spam negative
Mon Mar  3 09:53:32 2025 Info: MID 30649859 antivirus negative
Mon Mar  3 09:53:32 2025 Info: MID 30649859 using engine: GRAYMAIL negative
Mon Mar  3 09:53:32 2025 Info: MID 30649859 Outbreak Filters: verdict negative
Mon Mar  3 09:53:32 2025 Info: MID 30649859 queued for delivery
Mon Mar  3 09:53:32 2025 Info: New SMTP DCID 5890678 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 09:53:32 2025 Info: DCID 5890678 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 09:53:32 2025 Info: Delivery start DCID 5890678 MID 30649859 to RID [0]
Mon Mar  3 09:53:33 2025 Info: Message done DCID 5890678 MID 30649859 to RID [0]
Mon Mar  3 09:53:33 2025 Info: MID 30649859 RID [0] Response '2.6.0 <xg9Fy066Fmxa6Rgc77gtF1LL@example.net> [InternalId=84766412860, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:53:33 2025 Info: Message finished MID 30649859 done
Mon Mar  3 09:53:37 2025 Info: DCID 5890678 close
Mon Mar  3 10:35:07 2025 Info: New SMTP ICID 36841566 interface Data 1 (192.0.2.10) address 198.51.100.141 reverse dns host mx5.harborsoftware.example.de verified yes
Mon Mar  3 10:35:07 2025 Info: ICID 36841566 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.4 country United Kingdom
Mon Mar  3 10:35:12 2025 Info: ICID 36841566 close
Mon Mar  3 10:37:05 2025 Info: New SMTP ICID 36841567 interface Data 1 (192.0.2.10) address 198.51.100.239 reverse dns host mx8.cedartelecom.example.com verified yes
Mon Mar  3 10:37:05 2025 Info: ICID 36841567 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.2 country India
Mon Mar  3 10:37:05 2025 Info: ICID 36841567 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 10:37:07 2025 Info: Start MID 30649860 ICID 36841567
Mon Mar  3 10:37:07 2025 Info: MID 30649860 ICID 36841567 From: <anna.garcia@cedartelecom.example.com>
Mon Mar  3 10:37:07 2025 Info: MID 30649860 ICID 36841567 RID 0 To: <anna.kim@example.net>
Mon Mar  3 10:37:07 2025 Info: MID 30649860 ICID 36841567 RID 1 To: <sven.silva@example.org>
Mon Mar  3 10:37:07 2025 Info: MID 30649860 ICID 36841567 RID 2 To: <anna.smith@example.net>
Mon Mar  3 10:37:07 2025 Info: MID 30649860 Message-ID '<CD7ZYDtIMY0mjvs8.77381@cedartelecom.example.com>'
Mon Mar  3 10:37:07 2025 Info: MID 30649860 Subject 'FW: Contract draft'
Mon Mar  3 10:37:07 2025 Info: MID 30649860 ready 9547 bytes from <anna.garcia@cedartelecom.example.com>
Mon Mar  3 10:37:08 2025 Info: Start MID 30649861 ICID 36841567
Mon Mar  3 10:37:08 2025 Info: MID 30649861 ICID 36841567 From: <billing@cedartelecom.example.com>
Mon Mar  3 10:37:08 2025 Info: MID 30649861 ICID 36841567 RID 0 To: <farid.okafor@example.net>
Mon Mar  3 10:37:08 2025 Info: MID 30649860 SPF: mailfrom identity anna.garcia@cedartelecom.example.com Pass (v=spf1)
Mon Mar  3 10:37:08 2025 Info: MID 30649860 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: cedartelecom.example.com
Mon Mar  3 10:37:08 2025 Info: MID 30649860 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 10:37:08 2025 Info: MID 30649860 interim verdict using engine: CASE spam negative
Mon Mar  3 10:37:08 2025 Info: MID 30649860 using engine: CASE spam positive
Mon Mar  3 10:37:08 2025 Info: MID 30649860 queued for delivery
Mon Mar  3 10:37:08 2025 Info: RPC Delivery start RCID 550075 MID 30649860 to local IronPort Spam Quarantine
Mon Mar  3 10:37:08 2025 Info: RPC Message done RCID 550075 MID 30649860
Mon Mar  3 10:37:08 2025 Info: Message finished MID 30649860 done
Mon Mar  3 10:37:08 2025 Info: MID 30649861 Subject 'Out of office: back Monday'
Mon Mar  3 10:37:08 2025 Info: MID 30649861 ready 80220 bytes from <billing@cedartelecom.example.com>
Mon Mar  3 10:37:08 2025 Debug: MID 30649861 ICID 36841567 TLS read 80220 bytes (0.792 seconds)
Mon Mar  3 10:37:09 2025 Info: MID 30649861 SPF: mailfrom identity billing@cedartelecom.example.com Pass (v=spf1)
Mon Mar  3 10:37:09 2025 Info: MID 30649861 DKIM: pass signature verified (d=cedartelecom.example.com s=selector1 i=@cedartelecom.example.com)
Mon Mar  3 10:37:09 2025 Info: MID 30649861 DMARC: Message from domain cedartelecom.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 10:37:09 2025 Info: MID 30649861 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 10:37:09 2025 Info: MID 30649861 interim verdict using engine: CASE spam negative
Mon Mar  3 10:37:10 2025 Info: Start MID 30649862 ICID 36841567
Mon Mar  3 10:37:10 2025 Info: MID 30649862 ICID 36841567 From: <rosa.obrien@cedartelecom.example.com>
Mon Mar  3 10:37:10 2025 Info: MID 30649862 ICID 36841567 RID 0 To: <sean.garcia@example.net>
Mon Mar  3 10:37:10 2025 Info: MID 30649861 interim AV verdict using Sophos CLEAN
Mon Mar  3 10:37:10 2025 Info: MID 30649861 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 10:37:10 2025 Info: MID 30649861 using engine: CASE spam negative
Mon Mar  3 10:37:10 2025 Info: MID 30649861 antivirus negative
Mon Mar  3 10:37:10 2025 Info: MID 30649861 using engine: GRAYMAIL negative
Mon Mar  3 10:37:10 2025 Info: MID 30649861 Outbreak Filters: verdict negative
Mon Mar  3 10:37:10 2025 Info: MID 30649861 queued for delivery
Mon Mar  3 10:37:10 2025 Info: MID 30649862 Message-ID '<XLqIEPVA3jiyyK8H.79138@cedartelecom.example.com>'
Mon Mar  3 10:37:10 2025 Info: MID 30649862 Subject 'Password expiry notice'
Mon Mar  3 10:37:10 2025 Info: MID 30649862 ready 128054 bytes from <rosa.obrien@cedartelecom.example.com>
Mon Mar  3 10:37:10 2025 Info: New SMTP DCID 5890679 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 10:37:11 2025 Info: DCID 5890679 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 10:37:11 2025 Info: Delivery start DCID 5890679 MID 30649861 to RID [0]
Mon Mar  3 10:37:11 2025 Info: MID 30649862 SPF: mailfrom identity rosa.obrien@cedartelecom.example.com Pass (v=spf1)
Mon Mar  3 10:37:11 2025 Info: MID 30649862 DKIM: pass signature verified (d=cedartelecom.example.com s=selector1 i=@cedartelecom.example.com)
Mon Mar  3 10:37:11 2025 Info: MID 30649862 DMARC: Message from domain cedartelecom.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 10:37:11 2025 Info: MID 30649862 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 10:37:11 2025 Info: MID 30649862 interim verdict using engine: CASE spam negative
Mon Mar  3 10:37:11 2025 Info: Message done DCID 5890679 MID 30649861 to RID [0]
Mon Mar  3 10:37:11 2025 Info: MID 30649861 RID [0] Response '2.6.0 <Z80WX2mxeXk7MwhP0dg89KdJ@example.net> [InternalId=79116818105, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:37:11 2025 Info: Message finished MID 30649861 done
Mon Mar  3 10:37:12 2025 Info: MID 30649862 interim AV verdict using Sophos CLEAN
Mon Mar  3 10:37:12 2025 Info: MID 30649862 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 10:37:12 2025 Info: MID 30649862 using engine: CASE spam negative
Mon Mar  3 10:37:12 2025 Info: MID 30649862 antivirus negative
Mon Mar  3 10:37:12 2025 Info: MID 30649862 using engine: GRAYMAIL negative
Mon Mar  3 10:37:12 2025 Info: MID 30649862 Outbreak Filters: verdict negative
Mon Mar  3 10:37:12 2025 Info: MID 30649862 queued for delivery
Mon Mar  3 10:37:12 2025 Info: Delivery start DCID 5890679 MID 30649862 to RID [0]
Mon Mar  3 10:37:12 2025 Info: Message done DCID 5890679 MID 30649862 to RID [0]
Mon Mar  3 10:37:12 2025 Info: MID 30649862 RID [0] Response '2.6.0 <lb6NV9l9BPJoubfKJo5rZtZU@example.net> [InternalId=37159808011, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:37:12 2025 Info: Message finished MID 30649862 done
Mon Mar  3 10:37:14 2025 Info: Start MID 30649863 ICID 36841567
Mon Mar  3 10:37:14 2025 Info: MID 30649863 ICID 36841567 From: <pablo.nguyen@cedartelecom.example.com>
Mon Mar  3 10:37:14 2025 Info: MID 30649863 ICID 36841567 RID 0 To: <keiko45@example.net>
Mon Mar  3 10:37:14 2025 Info: MID 30649863 Message-ID '<q9Wk2k5rg35NjKgf.24740@cedartelecom.example.com>'
Mon Mar  3 10:37:14 2025 Info: MID 30649863 Subject "Re: Customer's feedback"
Mon Mar  3 10:37:14 2025 Info: MID 30649863 ready 55035 bytes from <pablo.nguyen@cedartelecom.example.com>
Mon Mar  3 10:37:15 2025 Info: MID 30649863 SPF: mailfrom identity pablo.nguyen@cedartelecom.example.com Pass (v=spf1)
Mon Mar  3 10:37:15 2025 Info: MID 30649863 DKIM: pass signature verified (d=cedartelecom.example.com s=selector1 i=@cedartelecom.example.com)
Mon Mar  3 10:37:15 2025 Info: MID 30649863 DMARC: Message from domain cedartelecom.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 10:37:15 2025 Info: MID 30649863 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: cedartelecom.example.com
Mon Mar  3 10:37:15 2025 Info: MID 30649863 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 10:37:15 2025 Info: MID 30649863 interim verdict using engine: CASE spam negative
Mon Mar  3 10:37:15 2025 Info: MID 30649863 interim AV verdict using Sophos CLEAN
Mon Mar  3 10:37:15 2025 Info: MID 30649863 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 10:37:15 2025 Info: MID 30649863 using engine: CASE spam negative
Mon Mar  3 10:37:15 2025 Info: MID 30649863 antivirus negative
Mon Mar  3 10:37:15 2025 Info: MID 30649863 using engine: GRAYMAIL negative
Mon Mar  3 10:37:15 2025 Info: MID 30649863 Outbreak Filters: verdict negative
Mon Mar  3 10:37:15 2025 Info: MID 30649863 queued for delivery
Mon Mar  3 10:37:15 2025 Info: Delivery start DCID 5890679 MID 30649863 to RID [0]
Mon Mar  3 10:37:16 2025 Info: Message done DCID 5890679 MID 30649863 to RID [0]
Mon Mar  3 10:37:16 2025 Info: MID 30649863 RID [0] Response '2.6.0 <Xm3mq8NjSGtkEJi9auMcRWlp@example.net> [InternalId=23375238845, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:37:16 2025 Info: Message finished MID 30649863 done
Mon Mar  3 10:37:16 2025 Info: Start MID 30649864 ICID 36841567
Mon Mar  3 10:37:16 2025 Info: MID 30649864 ICID 36841567 From: <liam.smith@cedartelecom.example.com>
Mon Mar  3 10:37:16 2025 Info: MID 30649864 ICID 36841567 RID 0 To: <orders@example.org>
Mon Mar  3 10:37:16 2025 Info: MID 30649864 ICID 36841567 RID 1 To: <vera.ivanova@example.net>
Mon Mar  3 10:37:16 2025 Info: MID 30649864 ICID 36841567 RID 2 To: <tara.larsen@example.org>
Mon Mar  3 10:37:16 2025 Info: MID 30649864 ICID 36841567 RID 3 To: <wei14@example.net>
Mon Mar  3 10:37:16 2025 Info: MID 30649864 ICID 36841567 RID 4 To: <nils94@example.net>
Mon Mar  3 10:37:17 2025 Info: MID 30649864 Message-ID '<6dnlLSPj0DARPHkC.26300@cedartelecom.example.com>'
Mon Mar  3 10:37:17 2025 Info: MID 30649864 Subject "O'Brien & Sons proposal"
Mon Mar  3 10:37:17 2025 Info: MID 30649864 ready 15027 bytes from <liam.smith@cedartelecom.example.com>
Mon Mar  3 10:37:17 2025 Info: Start MID 30649865 ICID 36841567
Mon Mar  3 10:37:17 2025 Info: MID 30649865 ICID 36841567 From: <maria.mueller@cedartelecom.example.com>
Mon Mar  3 10:37:17 2025 Info: MID 30649865 ICID 36841567 RID 0 To: <farid.novak@example.org>
Mon Mar  3 10:37:17 2025 Info: MID 30649864 SPF: mailfrom identity liam.smith@cedartelecom.example.com Pass (v=spf1)
Mon Mar  3 10:37:17 2025 Info: MID 30649864 DKIM: pass signature verified (d=cedartelecom.example.com s=selector1 i=@cedartelecom.example.com)
Mon Mar  3 10:37:17 2025 Info: MID 30649864 DMARC: Message from domain cedartelecom.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 10:37:17 2025 Info: MID 30649864 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 10:37:17 2025 Info: MID 30649864 interim verdict using engine: CASE spam negative
Mon Mar  3 10:37:18 2025 Info: MID 30649865 Message-ID '<8M6eXW4y4EQefDN3.24099@cedartelecom.example.com>'
Mon Mar  3 10:37:18 2025 Info: MID 30649865 Subject 'Project Atlas status'
Mon Mar  3 10:37:18 2025 Info: MID 30649865 ready 97131 bytes from <maria.mueller@cedartelecom.example.com>
Mon Mar  3 10:37:18 2025 Info: MID 30649865 SPF: mailfrom identity maria.mueller@cedartelecom.example.com Pass (v=spf1)
Mon Mar  3 10:37:18 2025 Info: MID 30649865 DKIM: pass signature verified (d=cedartelecom.example.com s=selector1 i=@cedartelecom.example.com)
Mon Mar  3 10:37:18 2025 Info: MID 30649865 DMARC: Message from domain cedartelecom.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 10:37:18 2025 Info: MID 30649865 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 10:37:18 2025 Info: MID 30649865 interim verdict using engine: CASE spam negative
Mon Mar  3 10:37:19 2025 Info: MID 30649864 interim AV verdict using Sophos CLEAN
Mon Mar  3 10:37:19 2025 Info: MID 30649864 using engine: CASE spam negative
Mon Mar  3 10:37:19 2025 Info: MID 30649864 antivirus negative
Mon Mar  3 10:37:19 2025 Info: MID 30649864 using engine: GRAYMAIL negative
Mon Mar  3 10:37:19 2025 Info: MID 30649864 Outbreak Filters: verdict negative
Mon Mar  3 10:37:19 2025 Info: MID 30649864 queued for delivery
Mon Mar  3 10:37:19 2025 Info: Delivery start DCID 5890679 MID 30649864 to RID [1, 3, 4]
Mon Mar  3 10:37:19 2025 Info: MID 30649865 interim AV verdict using Sophos CLEAN
Mon Mar  3 10:37:19 2025 Info: MID 30649865 using engine: CASE spam negative
Mon Mar  3 10:37:19 2025 Info: MID 30649865 antivirus negative
Mon Mar  3 10:37:19 2025 Info: MID 30649865 using engine: GRAYMAIL negative
Mon Mar  3 10:37:19 2025 Info: MID 30649865 Outbreak Filters: verdict negative
Mon Mar  3 10:37:19 2025 Info: MID 30649865 queued for delivery
Mon Mar  3 10:37:19 2025 Info: New SMTP DCID 5890680 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 10:37:19 2025 Info: New SMTP DCID 5890681 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 10:37:20 2025 Info: Delivery start DCID 5890680 MID 30649864 to RID [0, 2]
Mon Mar  3 10:37:20 2025 Info: DCID 5890681 TLS success protocol TLSv1 cipher RC4-SHA
Mon Mar  3 10:37:20 2025 Info: Delivery start DCID 5890681 MID 30649865 to RID [0]
Mon Mar  3 10:37:20 2025 Info: Message done DCID 5890679 MID 30649864 to RID [1, 3, 4]
Mon Mar  3 10:37:20 2025 Info: MID 30649864 RID [1, 3, 4] Response '2.6.0 <4HujUp4RmppieBklzretngwG@example.net> [InternalId=96729512839, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:37:20 2025 Info: Message done DCID 5890680 MID 30649864 to RID [0, 2]
Mon Mar  3 10:37:20 2025 Info: MID 30649864 RID [0, 2] Response '2.6.0 <aAh4Z4TUtyHi5O1306Gg9ZpH@example.net> [InternalId=20667333883, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:37:20 2025 Info: Message finished MID 30649864 done
Mon Mar  3 10:37:20 2025 Info: Message done DCID 5890681 MID 30649865 to RID [0]
Mon Mar  3 10:37:20 2025 Info: MID 30649865 RID [0] Response '2.6.0 <x8Wpr1KCH6tm2dhXYOFC4U5I@example.net> [InternalId=44180921366, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:37:20 2025 Info: Message finished MID 30649865 done
Mon Mar  3 10:37:21 2025 Info: Start MID 30649866 ICID 36841567
Mon Mar  3 10:37:21 2025 Info: MID 30649866 ICID 36841567 From: <sales@cedartelecom.example.com>
Mon Mar  3 10:37:21 2025 Info: MID 30649866 ICID 36841567 RID 0 To: <sven1@example.net>
Mon Mar  3 10:37:21 2025 Info: DCID 5890681 close
Mon Mar  3 10:37:21 2025 Info: DCID 5890679 close
Mon Mar  3 10:37:22 2025 Info: MID 30649866 Message-ID '<wIgmcLVHHvVttsTS.84922@cedartelecom.example.com>'
Mon Mar  3 10:37:22 2025 Info: MID 30649866 Subject 'Lunch on Friday?'
Mon Mar  3 10:37:22 2025 Info: MID 30649866 ready 5516 bytes from <sales@cedartelecom.example.com>
Mon Mar  3 10:37:22 2025 Info: ICID 36841567 close
Mon Mar  3 10:37:22 2025 Info: MID 30649866 SPF: mailfrom identity sales@cedartelecom.example.com Pass (v=spf1)
Mon Mar  3 10:37:22 2025 Info: MID 30649866 DKIM: pass signature verified (d=cedartelecom.example.com s=selector1 i=@cedartelecom.example.com)
Mon Mar  3 10:37:22 2025 Info: MID 30649866 DMARC: Message from domain cedartelecom.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 10:37:22 2025 Info: MID 30649866 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: cedartelecom.example.com
Mon Mar  3 10:37:22 2025 Info: MID 30649866 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 10:37:22 2025 Info: MID 30649866 interim verdict using engine: CASE spam negative
Mon Mar  3 10:37:25 2025 Info: MID 30649866 interim AV verdict using Sophos CLEAN
Mon Mar  3 10:37:25 2025 Info: MID 30649866 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 10:37:25 2025 Info: MID 30649866 using engine: CASE spam negative
Mon Mar  3 10:37:25 2025 Info: MID 30649866 antivirus negative
Mon Mar  3 10:37:25 2025 Info: MID 30649866 using engine: GRAYMAIL negative
Mon Mar  3 10:37:25 2025 Info: MID 30649866 Outbreak Filters: verdict negative
Mon Mar  3 10:37:25 2025 Info: MID 30649866 queued for delivery
Mon Mar  3 10:37:25 2025 Info: New SMTP DCID 5890682 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 10:37:25 2025 Info: DCID 5890682 TLS failed: (337047686, 'error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed')
Mon Mar  3 10:37:25 2025 Info: Delivery start DCID 5890682 MID 30649866 to RID [0]
Mon Mar  3 10:37:26 2025 Info: Message done DCID 5890682 MID 30649866 to RID [0]
Mon Mar  3 10:37:26 2025 Info: MID 30649866 RID [0] Response '2.6.0 <7yBAoBN6S4js4zXAK1wXQOxi@example.net> [InternalId=91365413429, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:37:26 2025 Info: Message finished MID 30649866 done
Mon Mar  3 10:37:26 2025 Info: DCID 5890680 close
Mon Mar  3 10:37:31 2025 Info: DCID 5890682 close
Mon Mar  3 10:52:03 2025 Info: New SMTP ICID 36841568 interface Data 1 (192.0.2.10) address 203.0.113.154 reverse dns host mx7.postbox.example.de verified yes
Mon Mar  3 10:52:03 2025 Info: ICID 36841568 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.9 country Netherlands
Mon Mar  3 10:52:03 2025 Info: ICID 36841568 TLS success
Mon Mar  3 10:52:04 2025 Info: Start MID 30649867 ICID 36841568
Mon Mar  3 10:52:04 2025 Info: MID 30649867 ICID 36841568 From: <noreply@postbox.example.de>
Mon Mar  3 10:52:04 2025 Info: MID 30649867 ICID 36841568 RID 0 To: <jonas.ivanova@example.net>
Mon Mar  3 10:52:05 2025 Info: MID 30649867 Message-ID '<YrIvok0TqlublHEH.8918@postbox.example.de>'
Mon Mar  3 10:52:05 2025 Info: MID 30649867 Subject 'Newsletter: March edition'
Mon Mar  3 10:52:05 2025 Info: MID 30649867 ready 10109 bytes from <noreply@postbox.example.de>
Mon Mar  3 10:52:05 2025 Info: Start MID 30649868 ICID 36841568
Mon Mar  3 10:52:05 2025 Info: MID 30649868 ICID 36841568 From: <support@postbox.example.de>
Mon Mar  3 10:52:05 2025 Info: MID 30649868 ICID 36841568 RID 0 To: <sven60@example.net>
Mon Mar  3 10:52:05 2025 Info: MID 30649868 ICID 36841568 RID 1 To: <yusuf.obrien@example.org>
Mon Mar  3 10:52:05 2025 Info: MID 30649867 SPF: mailfrom identity noreply@postbox.example.de Pass (v=spf1)
Mon Mar  3 10:52:05 2025 Info: MID 30649867 DKIM: pass signature verified (d=postbox.example.de s=selector1 i=@postbox.example.de)
Mon Mar  3 10:52:05 2025 Info: MID 30649867 DMARC: Message from domain postbox.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 10:52:05 2025 Info: MID 30649867 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: postbox.example.de
Mon Mar  3 10:52:05 2025 Info: MID 30649867 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 10:52:05 2025 Info: MID 30649867 interim verdict using engine: CASE spam negative
Mon Mar  3 10:52:05 2025 Info: MID 30649868 Message-ID '<Ovagq3YSQzQP6bAx.79508@postbox.example.de>'
Mon Mar  3 10:52:05 2025 Info: MID 30649868 Subject 'Re: "Final" version'
Mon Mar  3 10:52:05 2025 Info: MID 30649868 ready 32310 bytes from <support@postbox.example.de>
Mon Mar  3 10:52:06 2025 Info: ICID 36841568 close
Mon Mar  3 10:52:06 2025 Info: MID 30649868 SPF: mailfrom identity support@postbox.example.de Pass (v=spf1)
Mon Mar  3 10:52:06 2025 Info: MID 30649868 DKIM: pass signature verified (d=postbox.example.de s=selector1 i=@postbox.example.de)
Mon Mar  3 10:52:06 2025 Info: MID 30649868 DMARC: Message from domain postbox.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 10:52:06 2025 Info: MID 30649868 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 10:52:06 2025 Info: MID 30649868 interim verdict using engine: CASE spam negative
Mon Mar  3 10:52:06 2025 Info: MID 30649867 interim AV verdict using Sophos CLEAN
Mon Mar  3 10:52:06 2025 Info: MID 30649867 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 10:52:06 2025 Info: MID 30649867 using engine: CASE spam negative
Mon Mar  3 10:52:06 2025 Info: MID 30649867 antivirus negative
Mon Mar  3 10:52:06 2025 Info: MID 30649867 using engine: GRAYMAIL negative
Mon Mar  3 10:52:06 2025 Info: MID 30649867 Outbreak Filters: verdict negative
Mon Mar  3 10:52:06 2025 Info: MID 30649867 queued for delivery
Mon Mar  3 10:52:07 2025 Info: New SMTP DCID 5890683 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 10:52:07 2025 Info: DCID 5890683 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 10:52:07 2025 Info: Delivery start DCID 5890683 MID 30649867 to RID [0]
Mon Mar  3 10:52:07 2025 Info: MID 30649868 interim AV verdict using Sophos CLEAN
Mon Mar  3 10:52:07 2025 Info: MID 30649868 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 10:52:07 2025 Info: MID 30649868 using engine: CASE spam negative
Mon Mar  3 10:52:07 2025 Info: MID 30649868 antivirus negative
Mon Mar  3 10:52:07 2025 Info: MID 30649868 using engine: GRAYMAIL negative
Mon Mar  3 10:52:07 2025 Info: MID 30649868 Outbreak Filters: verdict negative
Mon Mar  3 10:52:07 2025 Info: MID 30649868 queued for delivery
Mon Mar  3 10:52:07 2025 Info: New SMTP DCID 5890684 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 10:52:07 2025 Info: New SMTP DCID 5890685 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 10:52:07 2025 Info: Delivery start DCID 5890685 MID 30649868 to RID [1]
Mon Mar  3 10:52:07 2025 Info: Message done DCID 5890683 MID 30649867 to RID [0]
Mon Mar  3 10:52:07 2025 Info: MID 30649867 RID [0] Response '2.6.0 <lg1CMlUFKh6lyxSyHt7e7ncM@example.net> [InternalId=34262322758, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:52:07 2025 Info: Message finished MID 30649867 done
Mon Mar  3 10:52:07 2025 Info: Delivery start DCID 5890683 MID 30649868 to RID [0]
Mon Mar  3 10:52:07 2025 Info: DCID 5890684 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 10:52:07 2025 Info: Message done DCID 5890683 MID 30649868 to RID [0]
Mon Mar  3 10:52:07 2025 Info: MID 30649868 RID [0] Response '2.6.0 <zOb7WCgtt8iyvn9xHLSk1I3A@example.net> [InternalId=93540617727, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:52:07 2025 Info: Message done DCID 5890685 MID 30649868 to RID [1]
Mon Mar  3 10:52:07 2025 Info: MID 30649868 RID [1] Response '2.6.0 <1oKIRI6VpBuFWEr5T9XGwFkV@example.net> [InternalId=76908419219, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:52:07 2025 Info: Message finished MID 30649868 done
Mon Mar  3 10:52:09 2025 Info: DCID 5890684 close
Mon Mar  3 10:52:13 2025 Info: DCID 5890683 close
Mon Mar  3 10:52:14 2025 Info: DCID 5890685 close
Mon Mar  3 11:17:55 2025 Info: New smtp ICID 36841569 interface Data 1 (192.0.2.10) address 203.0.113.87 reverse dns host mail5.redinsurance.test verified yes
Mon Mar  3 11:17:55 2025 Info: ICID 36841569 ACCEPT SG UNKNOWNLIST match sbrs[none] SBRS None country India
Mon Mar  3 11:17:55 2025 Info: ICID 36841569 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 11:17:56 2025 Info: Start MID 30649869 ICID 36841569
Mon Mar  3 11:17:56 2025 Info: MID 30649869 ICID 36841569 From: <farid.costa@redinsurance.test>
Mon Mar  3 11:17:56 2025 Info: MID 30649869 ICID 36841569 RID 0 To: <yusuf86@example.net>
Mon Mar  3 11:17:56 2025 Info: MID 30649869 Message-ID '<GNrnpPUSjdZw6xLd.68422@redinsurance.test>'
Mon Mar  3 11:17:56 2025 Info: MID 30649869 Subject 'It\'s \'urgent\' say "they"'
Mon Mar  3 11:17:56 2025 Info: MID 30649869 ready 23626 bytes from <farid.costa@redinsurance.test>
Mon Mar  3 11:17:56 2025 Debug: MID 30649869 ICID 36841569 TLS read 23626 bytes (0.963 seconds)
Mon Mar  3 11:17:57 2025 Info: MID 30649869 SPF: mailfrom identity farid.costa@redinsurance.test Pass (v=spf1)
Mon Mar  3 11:17:57 2025 Info: MID 30649869 DKIM: pass signature verified (d=redinsurance.test s=selector1 i=@redinsurance.test)
Mon Mar  3 11:17:57 2025 Info: MID 30649869 DMARC: Message from domain redinsurance.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 11:17:57 2025 Info: MID 30649869 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 11:17:57 2025 Info: MID 30649869 interim verdict using engine: CASE spam negative
Mon Mar  3 11:17:57 2025 Info: Start MID 30649870 ICID 0
Mon Mar  3 11:17:57 2025 Info: MID 30649870 was generated based on MID 30649869 by bcc filter 'Archive Copy'
Mon Mar  3 11:17:57 2025 Info: MID 30649870 ICID 0 From: <farid.costa@redinsurance.test>
Mon Mar  3 11:17:57 2025 Info: MID 30649870 ICID 0 RID 0 To: <journal@archive.example.net>
Mon Mar  3 11:17:57 2025 Info: MID 30649870 ready 23976 bytes from <farid.costa@redinsurance.test>
Mon Mar  3 11:17:57 2025 Info: MID 30649870 interim AV verdict using Sophos CLEAN
Mon Mar  3 11:17:57 2025 Info: MID 30649870 using engine: CASE spam negative
Mon Mar  3 11:17:57 2025 Info: MID 30649870 antivirus negative
Mon Mar  3 11:17:57 2025 Info: MID 30649870 using engine: GRAYMAIL marketing_mail
Mon Mar  3 11:17:57 2025 Info: MID 30649870 Outbreak Filters: verdict negative
Mon Mar  3 11:17:57 2025 Info: MID 30649870 queued for delivery
Mon Mar  3 11:17:57 2025 Info: New SMTP DCID 5890686 interface 192.0.2.110 address 10.20.0.40 port 25
Mon Mar  3 11:17:57 2025 Info: Start MID 30649871 ICID 36841569
Mon Mar  3 11:17:57 2025 Info: MID 30649871 ICID 36841569 From: <rosa18@redinsurance.test>
Mon Mar  3 11:17:57 2025 Info: MID 30649871 ICID 36841569 RID 0 To: <maria.smith@example.net>
Mon Mar  3 11:17:57 2025 Info: MID 30649871 ICID 36841569 RID 1 To: <sales@example.net>
Mon Mar  3 11:17:57 2025 Info: MID 30649871 ICID 36841569 RID 2 To: <olga.ivanova@example.net>
Mon Mar  3 11:17:57 2025 Info: MID 30649871 ICID 36841569 RID 3 To: <greta.kowalski@example.net>
Mon Mar  3 11:17:57 2025 Info: DCID 5890686 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 11:17:57 2025 Info: Delivery start DCID 5890686 MID 30649870 to RID [0]
Mon Mar  3 11:17:58 2025 Info: MID 30649871 Message-ID '<JcVjrTRs2e3NSiR8.62056@redinsurance.test>'
Mon Mar  3 11:17:58 2025 Info: MID 30649871 Subject 'Shipping update for order 88213'
Mon Mar  3 11:17:58 2025 Info: MID 30649871 ready 5947 bytes from <rosa18@redinsurance.test>
Mon Mar  3 11:17:58 2025 Info: Message done DCID 5890686 MID 30649870 to RID [0]
Mon Mar  3 11:17:58 2025 Info: MID 30649870 RID [0] Response '2.0.0 Ok: queued as E4OwA9XFBsvF1h'
Mon Mar  3 11:17:58 2025 Info: Message finished MID 30649870 done
Mon Mar  3 11:17:58 2025 Info: MID 30649871 SPF: mailfrom identity rosa18@redinsurance.test Pass (v=spf1)
Mon Mar  3 11:17:58 2025 Info: MID 30649871 DKIM: pass signature verified (d=redinsurance.test s=selector1 i=@redinsurance.test)
Mon Mar  3 11:17:58 2025 Info: MID 30649871 DMARC: Message from domain redinsurance.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 11:17:58 2025 Info: MID 30649871 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: redinsurance.test
Mon Mar  3 11:17:58 2025 Info: MID 30649871 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 11:17:58 2025 Info: MID 30649871 interim verdict using engine: CASE spam negative
Mon Mar  3 11:17:59 2025 Info: MID 30649869 interim AV verdict using Sophos CLEAN
Mon Mar  3 11:17:59 2025 Info: MID 30649869 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 11:17:59 2025 Info: MID 30649869 using engine: CASE spam negative
Mon Mar  3 11:17:59 2025 Info: MID 30649869 antivirus negative
Mon Mar  3 11:17:59 2025 Info: MID 30649869 using engine: GRAYMAIL negative
Mon Mar  3 11:17:59 2025 Info: MID 30649869 Outbreak Filters: verdict negative
Mon Mar  3 11:17:59 2025 Info: MID 30649869 queued for delivery
Mon Mar  3 11:17:59 2025 Info: Start MID 30649872 ICID 36841569
Mon Mar  3 11:17:59 2025 Info: MID 30649872 ICID 36841569 From: <tara.haddad@redinsurance.test>
Mon Mar  3 11:17:59 2025 Info: MID 30649872 ICID 36841569 RID 0 To: <farid.murphy@example.net>
Mon Mar  3 11:17:59 2025 Info: MID 30649872 ICID 36841569 RID 1 To: <david.kowalski@example.net>
Mon Mar  3 11:17:59 2025 Info: New SMTP DCID 5890687 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 11:17:59 2025 Info: MID 30649871 interim AV verdict using Sophos CLEAN
Mon Mar  3 11:17:59 2025 Info: MID 30649871 using engine: CASE spam negative
Mon Mar  3 11:17:59 2025 Info: MID 30649871 antivirus negative
Mon Mar  3 11:17:59 2025 Info: MID 30649871 using engine: GRAYMAIL negative
Mon Mar  3 11:17:59 2025 Info: MID 30649871 Outbreak Filters: verdict negative
Mon Mar  3 11:17:59 2025 Info: MID 30649871 queued for delivery
Mon Mar  3 11:17:59 2025 Info: New SMTP DCID 5890688 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 11:18:00 2025 Info: DCID 5890688 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 11:18:00 2025 Info: DCID 5890687 TLS was required but could not be successfully negotiated
Mon Mar  3 11:18:00 2025 Info: DCID 5890687 close
Mon Mar  3 11:18:00 2025 Info: Delivery start DCID 5890688 MID 30649869 to RID [0]
Mon Mar  3 11:18:00 2025 Info: Message done DCID 5890688 MID 30649869 to RID [0]
Mon Mar  3 11:18:00 2025 Info: MID 30649869 RID [0] Response '2.6.0 <IhWEjKcfkDoWQenEi0LWIAns@example.net> [InternalId=78188724472, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 11:18:00 2025 Info: Message finished MID 30649869 done
Mon Mar  3 11:18:00 2025 Info: Delivery start DCID 5890688 MID 30649871 to RID [0, 1, 2, 3]
Mon Mar  3 11:18:00 2025 Info: MID 30649872 Message-ID '<wxm6Asw6TN6FwVkK.35742@redinsurance.test>'
Mon Mar  3 11:18:00 2025 Info: MID 30649872 Subject 'Quarterly report'
Mon Mar  3 11:18:00 2025 Info: MID 30649872 ready 10958 bytes from <tara.haddad@redinsurance.test>
Mon Mar  3 11:18:00 2025 Info: Message done DCID 5890688 MID 30649871 to RID [0, 1, 2, 3]
Mon Mar  3 11:18:00 2025 Info: MID 30649871 RID [0, 1, 2, 3] Response '2.6.0 <5JgsjrUQM2lD7v7ahEWSQHfo@example.net> [InternalId=87692896708, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 11:18:00 2025 Info: Message finished MID 30649871 done
Mon Mar  3 11:18:01 2025 Info: ICID 36841569 close
Mon Mar  3 11:18:01 2025 Info: MID 30649872 SPF: mailfrom identity tara.haddad@redinsurance.test Pass (v=spf1)
Mon Mar  3 11:18:01 2025 Info: MID 30649872 DKIM: pass signature verified (d=redinsurance.test s=selector1 i=@redinsurance.test)
Mon Mar  3 11:18:01 2025 Info: MID 30649872 DMARC: Message from domain redinsurance.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 11:18:01 2025 Info: MID 30649872 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 11:18:01 2025 Info: MID 30649872 interim verdict using engine: CASE spam negative
Mon Mar  3 11:18:02 2025 Info: MID 30649872 interim AV verdict using Sophos CLEAN
Mon Mar  3 11:18:02 2025 Info: MID 30649872 using engine: CASE spam negative
Mon Mar  3 11:18:02 2025 Info: MID 30649872 antivirus negative
Mon Mar  3 11:18:02 2025 Info: MID 30649872 using engine: GRAYMAIL negative
Mon Mar  3 11:18:02 2025 Info: MID 30649872 Outbreak Filters: verdict negative
Mon Mar  3 11:18:02 2025 Info: MID 30649872 queued for delivery
Mon Mar  3 11:18:02 2025 Info: Delivery start DCID 5890688 MID 30649872 to RID [0, 1]
Mon Mar  3 11:18:02 2025 Info: Message done DCID 5890688 MID 30649872 to RID [0, 1]
Mon Mar  3 11:18:02 2025 Info: MID 30649872 RID [0, 1] Response '2.6.0 <4a8Ac6C2YcjzarhnwtM8a04y@example.net> [InternalId=25388259687, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 11:18:02 2025 Info: Message finished MID 30649872 done
Mon Mar  3 11:18:04 2025 Info: DCID 5890686 close
Mon Mar  3 11:18:11 2025 Info: DCID 5890688 close
Mon Mar  3 11:18:25 2025 Info: New SMTP ICID 36841570 interface Data 1 (192.0.2.10) address 203.0.113.150 reverse dns host mx8.brightenergy.example.com verified yes
Mon Mar  3 11:18:25 2025 Info: ICID 36841570 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.5 country Canada
Mon Mar  3 11:18:26 2025 Info: ICID 36841570 TLS failed: (336027900, 'error:1407609C:SSL routines:SSL23_GET_CLIENT_HELLO:http request')
Mon Mar  3 11:18:26 2025 Info: Start MID 30649873 ICID 36841570
Mon Mar  3 11:18:26 2025 Info: MID 30649873 ICID 36841570 From: <david.costa@brightenergy.example.com>
Mon Mar  3 11:18:26 2025 Info: MID 30649873 ICID 36841570 RID 0 To: <ben12@example.net>
Mon Mar  3 11:18:26 2025 Info: MID 30649873 Message-ID '<YPTbTMImbpMxn6dA.20025@brightenergy.example.com>'
Mon Mar  3 11:18:26 2025 Info: MID 30649873 Subject 'Path C:\\Temp\\report.xlsx'
Mon Mar  3 11:18:26 2025 Info: MID 30649873 ready 12388 bytes from <david.costa@brightenergy.example.com>
Mon Mar  3 11:18:27 2025 Info: ICID 36841570 close
Mon Mar  3 11:18:27 2025 Info: MID 30649873 SPF: mailfrom identity david.costa@brightenergy.example.com Pass (v=spf1)
Mon Mar  3 11:18:27 2025 Info: MID 30649873 DKIM: pass signature verified (d=brightenergy.example.com s=selector1 i=@brightenergy.example.com)
Mon Mar  3 11:18:27 2025 Info: MID 30649873 DMARC: Message from domain brightenergy.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 11:18:27 2025 Info: MID 30649873 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: brightenergy.example.com
Mon Mar  3 11:18:27 2025 Info: MID 30649873 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 11:18:27 2025 Info: MID 30649873 interim verdict using engine: CASE spam negative
Mon Mar  3 11:18:29 2025 Info: MID 30649873 interim AV verdict using Sophos CLEAN
Mon Mar  3 11:18:29 2025 Info: MID 30649873 using engine: CASE spam negative
Mon Mar  3 11:18:29 2025 Info: MID 30649873 antivirus negative
Mon Mar  3 11:18:29 2025 Info: MID 30649873 using engine: GRAYMAIL negative
Mon Mar  3 11:18:29 2025 Info: MID 30649873 Outbreak Filters: verdict negative
Mon Mar  3 11:18:29 2025 Info: MID 30649873 queued for delivery
Mon Mar  3 11:22:56 2025 Info: New SMTP DCID 5890689 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 11:22:57 2025 Info: DCID 5890689 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 11:22:57 2025 Info: Delivery start DCID 5890689 MID 30649873 to RID [0]
Mon Mar  3 11:22:57 2025 Info: Message done DCID 5890689 MID 30649873 to RID [0]
Mon Mar  3 11:22:57 2025 Info: MID 30649873 RID [0] Response '2.6.0 <o1Dkxox3DnHcezWul6uzJaEU@example.net> [InternalId=69105070001, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 11:22:57 2025 Info: Message finished MID 30649873 done
Mon Mar  3 11:23:05 2025 Info: DCID 5890689 close
Mon Mar  3 11:43:42 2025 Info: New SMTP ICID 36841571 interface Data 2 (10.20.0.20) address 10.20.1.12 reverse dns host exch04.corp.example.net verified yes
Mon Mar  3 11:43:42 2025 Info: ICID 36841571 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 11:43:42 2025 Info: ICID 36841571 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 11:43:42 2025 Info: Start MID 30649874 ICID 36841571
Mon Mar  3 11:43:42 2025 Info: MID 30649874 ICID 36841571 From: <ben.haddad@example.org>
Mon Mar  3 11:43:42 2025 Info: MID 30649874 ICID 36841571 RID 0 To: <ben.obrien@clear-bank.example.co.uk>
Mon Mar  3 11:43:42 2025 Info: MID 30649874 Message-ID '<EtyOg9su0mO4MESl.1356@exch01.corp.example.net>'
Mon Mar  3 11:43:42 2025 Info: MID 30649874 Subject 'Lunch on Friday?'
Mon Mar  3 11:43:42 2025 Info: MID 30649874 ready 9268 bytes from <ben.haddad@example.org>
Mon Mar  3 11:43:43 2025 Info: ICID 36841571 close
Mon Mar  3 11:43:43 2025 Info: MID 30649874 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 11:43:44 2025 Info: MID 30649874 antivirus negative
Mon Mar  3 11:43:44 2025 Info: MID 30649874 Outbreak Filters: verdict negative
Mon Mar  3 11:43:44 2025 Info: MID 30649874 queued for delivery
Mon Mar  3 11:43:44 2025 Info: New SMTP DCID 5890690 interface 192.0.2.110 address 203.0.113.185 port 25
Mon Mar  3 11:43:44 2025 Info: DCID 5890690 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 11:43:44 2025 Info: Delivery start DCID 5890690 MID 30649874 to RID [0]
Mon Mar  3 11:43:45 2025 Info: Message done DCID 5890690 MID 30649874 to RID [0]
Mon Mar  3 11:43:45 2025 Info: MID 30649874 RID [0] Response '2.0.0 Ok: queued as GdE5CfFPgBb7tf'
Mon Mar  3 11:43:45 2025 Info: Message finished MID 30649874 done
Mon Mar  3 11:43:49 2025 Info: DCID 5890690 close
Mon Mar  3 11:50:33 2025 Info: New SMTP ICID 36841572 interface Data 2 (10.20.0.20) address 10.20.1.10 reverse dns host exch04.corp.example.net verified yes
Mon Mar  3 11:50:33 2025 Info: ICID 36841572 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 11:50:34 2025 Info: ICID 36841572 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 11:50:35 2025 Info: Start MID 30649875 ICID 36841572
Mon Mar  3 11:50:35 2025 Info: MID 30649875 ICID 36841572 From: <david.ivanova@example.org>
Mon Mar  3 11:50:35 2025 Info: MID 30649875 ICID 36841572 RID 0 To: <nils82@brightairlines.test>
Mon Mar  3 11:50:35 2025 Info: MID 30649875 Message-ID '<pxcjAshejPe9FV6S.80988@exch01.corp.example.net>'
Mon Mar  3 11:50:35 2025 Info: MID 30649875 ready 3462 bytes from <david.ivanova@example.org>
Mon Mar  3 11:50:35 2025 Info: ICID 36841572 close
Mon Mar  3 11:50:36 2025 Info: MID 30649875 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 11:50:37 2025 Info: MID 30649875 antivirus negative
Mon Mar  3 11:50:37 2025 Info: MID 30649875 Outbreak Filters: verdict negative
Mon Mar  3 11:50:37 2025 Info: MID 30649875 queued for delivery
Mon Mar  3 11:50:38 2025 Info: New SMTP DCID 5890691 interface 192.0.2.110 address 198.51.100.253 port 25
Mon Mar  3 11:50:38 2025 Info: DCID 5890691 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 11:50:38 2025 Info: Delivery start DCID 5890691 MID 30649875 to RID [0]
Mon Mar  3 11:50:38 2025 Info: Message done DCID 5890691 MID 30649875 to RID [0]
Mon Mar  3 11:50:38 2025 Info: MID 30649875 RID [0] Response '2.0.0 Ok: queued as Mz2MPgOPG0rKjb'
Mon Mar  3 11:50:38 2025 Info: Message finished MID 30649875 done
Mon Mar  3 11:50:46 2025 Info: DCID 5890691 close
Mon Mar  3 12:07:59 2025 Info: New SMTP ICID 36841573 interface Data 1 (192.0.2.10) address 198.51.100.203 reverse dns host mail3.bluehealth.example.de verified yes
Mon Mar  3 12:07:59 2025 Info: ICID 36841573 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.8 country Brazil
Mon Mar  3 12:07:59 2025 Info: ICID 36841573 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 12:08:01 2025 Info: Start MID 30649876 ICID 36841573
Mon Mar  3 12:08:01 2025 Info: MID 30649876 ICID 36841573 From: <hugo84@bluehealth.example.de>
Mon Mar  3 12:08:01 2025 Info: MID 30649876 ICID 36841573 RID 0 To: <info@example.org>
Mon Mar  3 12:08:01 2025 Info: MID 30649876 Message-ID '<zHT6cEwOfbEq0yrm.93610@bluehealth.example.de>'
Mon Mar  3 12:08:01 2025 Info: MID 30649876 Subject 'FW: Contract draft'
Mon Mar  3 12:08:01 2025 Info: MID 30649876 ready 28274 bytes from <hugo84@bluehealth.example.de>
Mon Mar  3 12:08:02 2025 Info: MID 30649876 SPF: mailfrom identity hugo84@bluehealth.example.de Pass (v=spf1)
Mon Mar  3 12:08:02 2025 Info: MID 30649876 DKIM: pass signature verified (d=bluehealth.example.de s=selector1 i=@bluehealth.example.de)
Mon Mar  3 12:08:02 2025 Info: MID 30649876 DMARC: Message from domain bluehealth.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:08:02 2025 Info: MID 30649876 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: bluehealth.example.de
Mon Mar  3 12:08:02 2025 Info: MID 30649876 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:08:02 2025 Info: MID 30649876 interim verdict using engine: CASE spam negative
Mon Mar  3 12:08:02 2025 Info: Start MID 30649877 ICID 36841573
Mon Mar  3 12:08:02 2025 Info: MID 30649877 ICID 36841573 From: <ines18@bluehealth.example.de>
Mon Mar  3 12:08:02 2025 Info: MID 30649877 ICID 36841573 RID 0 To: <wei.jensen@example.net>
Mon Mar  3 12:08:03 2025 Info: New SMTP ICID 36841574 interface Data 2 (10.20.0.20) address 10.20.1.14 reverse dns host exch03.corp.example.net verified yes
Mon Mar  3 12:08:03 2025 Info: ICID 36841574 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 12:08:03 2025 Info: ICID 36841574 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 12:08:03 2025 Info: MID 30649877 Message-ID '<hxnbPkI9qCRX479E.80321@bluehealth.example.de>'
Mon Mar  3 12:08:03 2025 Info: MID 30649877 Subject 'Lunch on Friday?'
Mon Mar  3 12:08:03 2025 Info: MID 30649877 ready 3915 bytes from <ines18@bluehealth.example.de>
Mon Mar  3 12:08:04 2025 Info: Start MID 30649878 ICID 36841574
Mon Mar  3 12:08:04 2025 Info: MID 30649878 ICID 36841574 From: <jonas42@example.net>
Mon Mar  3 12:08:04 2025 Info: MID 30649878 ICID 36841574 RID 0 To: <qi37@coastalpharma.test>
Mon Mar  3 12:08:04 2025 Info: MID 30649878 ICID 36841574 RID 1 To: <aoife11@bigmail.example>
Mon Mar  3 12:08:04 2025 Info: MID 30649878 ICID 36841574 RID 2 To: <jonas60@bigmail.example>
Mon Mar  3 12:08:04 2025 Info: MID 30649877 SPF: mailfrom identity ines18@bluehealth.example.de Pass (v=spf1)
Mon Mar  3 12:08:04 2025 Info: MID 30649877 DKIM: pass signature verified (d=bluehealth.example.de s=selector1 i=@bluehealth.example.de)
Mon Mar  3 12:08:04 2025 Info: MID 30649877 DMARC: Message from domain bluehealth.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:08:04 2025 Info: MID 30649877 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: bluehealth.example.de
Mon Mar  3 12:08:04 2025 Info: MID 30649877 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:08:04 2025 Info: MID 30649877 interim verdict using engine: CASE spam negative
Mon Mar  3 12:08:04 2025 Info: Start MID 30649879 ICID 36841573
Mon Mar  3 12:08:04 2025 Info: MID 30649879 ICID 36841573 From: <support@bluehealth.example.de>
Mon Mar  3 12:08:04 2025 Info: MID 30649879 ICID 36841573 RID 0 To: <sean.larsen@example.net>
Mon Mar  3 12:08:04 2025 Info: MID 30649876 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:08:04 2025 Info: MID 30649876 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 12:08:04 2025 Info: MID 30649876 using engine: CASE spam negative
Mon Mar  3 12:08:04 2025 Info: MID 30649876 antivirus negative
Mon Mar  3 12:08:04 2025 Info: MID 30649876 using engine: GRAYMAIL negative
Mon Mar  3 12:08:04 2025 Info: MID 30649876 Outbreak Filters: verdict negative
Mon Mar  3 12:08:04 2025 Info: MID 30649876 queued for delivery
Mon Mar  3 12:08:04 2025 Info: New SMTP DCID 5890692 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 12:08:04 2025 Info: MID 30649879 Message-ID 'e5sGlSjy1cA3zrai.91741@bluehealth.example.de'
Mon Mar  3 12:08:04 2025 Info: MID 30649879 Subject 'Réunion de lundi'
Mon Mar  3 12:08:04 2025 Info: MID 30649879 ready 103251 bytes from <support@bluehealth.example.de>
Mon Mar  3 12:08:05 2025 Info: ICID 36841573 close
Mon Mar  3 12:08:05 2025 Info: Delivery start DCID 5890692 MID 30649876 to RID [0]
Mon Mar  3 12:08:05 2025 Info: MID 30649878 Message-ID '<4nItPTIiDgVMIGRP.38764@exch01.corp.example.net>'
Mon Mar  3 12:08:05 2025 Info: MID 30649878 Subject 'Path C:\\Temp\\report.xlsx'
Mon Mar  3 12:08:05 2025 Info: MID 30649878 ready 21931 bytes from <jonas42@example.net>
Mon Mar  3 12:08:05 2025 Debug: MID 30649878 ICID 36841574 TLS read 21931 bytes (0.965 seconds)
Mon Mar  3 12:08:05 2025 Info: MID 30649877 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:08:05 2025 Info: MID 30649877 using engine: CASE spam negative
Mon Mar  3 12:08:05 2025 Info: MID 30649877 antivirus negative
Mon Mar  3 12:08:05 2025 Info: MID 30649877 using engine: GRAYMAIL negative
Mon Mar  3 12:08:05 2025 Info: MID 30649877 Outbreak Filters: verdict negative
Mon Mar  3 12:08:05 2025 Info: MID 30649877 queued for delivery
Mon Mar  3 12:08:05 2025 Info: Message done DCID 5890692 MID 30649876 to RID [0]
Mon Mar  3 12:08:05 2025 Info: MID 30649876 RID [0] Response '2.6.0 <c2O0MARiPhMZIovOEw3w2Be5@example.net> [InternalId=87714665356, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:08:05 2025 Info: Message finished MID 30649876 done
Mon Mar  3 12:08:05 2025 Info: New SMTP DCID 5890693 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 12:08:05 2025 Info: DCID 5890693 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 12:08:05 2025 Info: Delivery start DCID 5890693 MID 30649877 to RID [0]
Mon Mar  3 12:08:05 2025 Info: MID 30649879 SPF: mailfrom identity support@bluehealth.example.de Pass (v=spf1)
Mon Mar  3 12:08:05 2025 Info: MID 30649879 DKIM: pass signature verified (d=bluehealth.example.de s=selector1 i=@bluehealth.example.de)
Mon Mar  3 12:08:05 2025 Info: MID 30649879 DMARC: Message from domain bluehealth.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:08:05 2025 Info: MID 30649879 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: bluehealth.example.de
Mon Mar  3 12:08:05 2025 Info: MID 30649879 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:08:05 2025 Info: MID 30649879 interim verdict using engine: CASE spam negative
Mon Mar  3 12:08:05 2025 Info: MID 30649878 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 12:08:06 2025 Info: Message done DCID 5890693 MID 30649877 to RID [0]
Mon Mar  3 12:08:06 2025 Info: MID 30649877 RID [0] Response '2.6.0 <nN7OiCEWroPUsMwHeYZx9J4Y@example.net> [InternalId=46537749447, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:08:06 2025 Info: Message finished MID 30649877 done
Mon Mar  3 12:08:06 2025 Info: Start MID 30649880 ICID 36841574
Mon Mar  3 12:08:06 2025 Info: MID 30649880 ICID 36841574 From: <anna.rossi@example.net>
Mon Mar  3 12:08:06 2025 Info: MID 30649880 ICID 36841574 RID 0 To: <keiko.dubois@example.net>
Mon Mar  3 12:08:07 2025 Info: MID 30649880 Message-ID '<Za6zEx522Itwe3kv.5636@exch01.corp.example.net>'
Mon Mar  3 12:08:07 2025 Info: MID 30649880 Subject 'Re: "Final" version'
Mon Mar  3 12:08:07 2025 Info: MID 30649880 ready 15967 bytes from <anna.rossi@example.net>
Mon Mar  3 12:08:07 2025 Info: MID 30649880 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 12:08:07 2025 Info: DCID 5890692 close
Mon Mar  3 12:08:07 2025 Info: MID 30649878 antivirus negative
Mon Mar  3 12:08:07 2025 Info: MID 30649878 Outbreak Filters: verdict negative
Mon Mar  3 12:08:07 2025 Info: MID 30649878 queued for delivery
Mon Mar  3 12:08:07 2025 Info: New SMTP DCID 5890694 interface 192.0.2.110 address 203.0.113.225 port 25
Mon Mar  3 12:08:07 2025 Info: New SMTP DCID 5890695 interface 192.0.2.110 address 198.51.100.222 port 25
Mon Mar  3 12:08:08 2025 Info: DCID 5890695 STARTTLS command not supported.
Mon Mar  3 12:08:08 2025 Info: Delivery start DCID 5890695 MID 30649878 to RID [1, 2]
Mon Mar  3 12:08:08 2025 Info: DCID 5890694 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 12:08:08 2025 Info: MID 30649879 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:08:08 2025 Info: MID 30649879 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 12:08:08 2025 Info: MID 30649879 using engine: CASE spam negative
Mon Mar  3 12:08:08 2025 Info: MID 30649879 antivirus negative
Mon Mar  3 12:08:08 2025 Info: MID 30649879 using engine: GRAYMAIL negative
Mon Mar  3 12:08:08 2025 Info: MID 30649879 Outbreak Filters: verdict negative
Mon Mar  3 12:08:08 2025 Info: MID 30649879 queued for delivery
Mon Mar  3 12:08:08 2025 Info: Delivery start DCID 5890694 MID 30649878 to RID [0]
Mon Mar  3 12:08:08 2025 Info: Delivery start DCID 5890693 MID 30649879 to RID [0]
Mon Mar  3 12:08:08 2025 Info: Message done DCID 5890694 MID 30649878 to RID [0]
Mon Mar  3 12:08:08 2025 Info: MID 30649878 RID [0] Response '2.0.0 Ok: queued as nsSwpIpzR26GoH'
Mon Mar  3 12:08:08 2025 Info: Message done DCID 5890693 MID 30649879 to RID [0]
Mon Mar  3 12:08:08 2025 Info: MID 30649879 RID [0] Response '2.6.0 <ckeln7sKBVaAlrR0UdOJcbZW@example.net> [InternalId=63495394613, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:08:08 2025 Info: Message finished MID 30649879 done
Mon Mar  3 12:08:09 2025 Info: Start MID 30649881 ICID 36841574
Mon Mar  3 12:08:09 2025 Info: MID 30649881 ICID 36841574 From: <aoife.silva@example.net>
Mon Mar  3 12:08:09 2025 Info: MID 30649881 ICID 36841574 RID 0 To: <olga24@rapid-telecom.example>
Mon Mar  3 12:08:09 2025 Info: MID 30649881 ICID 36841574 RID 1 To: <pablo.obrien@bigmail.example>
Mon Mar  3 12:08:09 2025 Info: MID 30649881 ICID 36841574 RID 2 To: <rosa4@example.net>
Mon Mar  3 12:08:09 2025 Info: MID 30649881 ICID 36841574 RID 3 To: <yusuf85@bigmail.example>
Mon Mar  3 12:08:09 2025 Info: MID 30649881 ICID 36841574 RID 4 To: <rosa.schmidt@example.net>
Mon Mar  3 12:08:09 2025 Info: MID 30649881 ICID 36841574 RID 5 To: <hugo.smith@example.net>
Mon Mar  3 12:08:09 2025 Info: MID 30649881 ICID 36841574 RID 6 To: <nils.obrien@webpost.example>
Mon Mar  3 12:08:09 2025 Info: MID 30649881 ICID 36841574 RID 7 To: <wei74@example.net>
Mon Mar  3 12:08:09 2025 Info: MID 30649881 Message-ID '<JLXJWXCgnX6sWC5t.15838@exch01.corp.example.net>'
Mon Mar  3 12:08:09 2025 Info: MID 30649881 Subject 'Your order has shipped'
Mon Mar  3 12:08:09 2025 Info: MID 30649881 ready 15419 bytes from <aoife.silva@example.net>
Mon Mar  3 12:08:09 2025 Info: Message done DCID 5890695 MID 30649878 to RID [1, 2]
Mon Mar  3 12:08:09 2025 Info: MID 30649878 RID [1, 2] Response '2.0.0 OK  1743542035 xrs5vkpjayvqsi8167833.88 - gsmtp'
Mon Mar  3 12:08:09 2025 Info: Message finished MID 30649878 done
Mon Mar  3 12:08:09 2025 Info: MID 30649881 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 12:08:10 2025 Info: MID 30649880 antivirus negative
Mon Mar  3 12:08:10 2025 Info: MID 30649880 Outbreak Filters: verdict negative
Mon Mar  3 12:08:10 2025 Info: MID 30649880 queued for delivery
Mon Mar  3 12:08:10 2025 Info: Delivery start DCID 5890693 MID 30649880 to RID [0]
Mon Mar  3 12:08:10 2025 Info: Message done DCID 5890693 MID 30649880 to RID [0]
Mon Mar  3 12:08:10 2025 Info: MID 30649880 RID [0] Response '2.6.0 <ibZCSC4gQ19hBLVedfzGzhwr@example.net> [InternalId=81139580086, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:08:10 2025 Info: Message finished MID 30649880 done
Mon Mar  3 12:08:11 2025 Info: MID 30649881 antivirus negative
Mon Mar  3 12:08:11 2025 Info: MID 30649881 Outbreak Filters: verdict negative
Mon Mar  3 12:08:11 2025 Info: MID 30649881 queued for delivery
Mon Mar  3 12:08:11 2025 Info: Delivery start DCID 5890695 MID 30649881 to RID [1, 3]
Mon Mar  3 12:08:11 2025 Info: Delivery start DCID 5890693 MID 30649881 to RID [2, 4, 5, 7]
Mon Mar  3 12:08:11 2025 Info: New SMTP DCID 5890696 interface 192.0.2.110 address 203.0.113.238 port 25
Mon Mar  3 12:08:11 2025 Info: New SMTP DCID 5890697 interface 192.0.2.110 address 203.0.113.57 port 25
Mon Mar  3 12:08:11 2025 Info: DCID 5890697 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 12:08:11 2025 Info: Delivery start DCID 5890697 MID 30649881 to RID [0]
Mon Mar  3 12:08:11 2025 Info: Start MID 30649882 ICID 36841574
Mon Mar  3 12:08:11 2025 Info: MID 30649882 ICID 36841574 From: <umar.murphy@example.net>
Mon Mar  3 12:08:11 2025 Info: MID 30649882 ICID 36841574 RID 0 To: <ben32@urbanlogistics.example.de>
Mon Mar  3 12:08:11 2025 Info: DCID 5890696 TLS was required but could not be successfully negotiated
Mon Mar  3 12:08:11 2025 Info: DCID 5890696 close
Mon Mar  3 12:08:11 2025 Info: Message done DCID 5890693 MID 30649881 to RID [2, 4, 5, 7]
Mon Mar  3 12:08:11 2025 Info: MID 30649881 RID [2, 4, 5, 7] Response '2.6.0 <pCZ0Ufsk53EtWIRelR0gPr3Q@example.net> [InternalId=86382144872, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:08:11 2025 Info: MID 30649882 Message-ID '<8q82NBEcZOTQp0at.23817@exch01.corp.example.net>'
Mon Mar  3 12:08:11 2025 Info: MID 30649882 Subject ''
Mon Mar  3 12:08:11 2025 Info: MID 30649882 ready 1275 bytes from <umar.murphy@example.net>
Mon Mar  3 12:08:11 2025 Info: Message done DCID 5890697 MID 30649881 to RID [0]
Mon Mar  3 12:08:11 2025 Info: MID 30649881 RID [0] Response '2.0.0 Ok: queued as NdpK8GjSfVvKQw'
Mon Mar  3 12:08:11 2025 Info: MID 30649882 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 12:08:12 2025 Info: Start MID 30649883 ICID 36841574
Mon Mar  3 12:08:12 2025 Info: MID 30649883 ICID 36841574 From: <tara.smith@example.net>
Mon Mar  3 12:08:12 2025 Info: MID 30649883 ICID 36841574 RID 0 To: <maria.berg@bigmail.example>
Mon Mar  3 12:08:12 2025 Info: MID 30649883 ICID 36841574 RID 1 To: <ben.silva@greenprint.example.com>
Mon Mar  3 12:08:12 2025 Info: Delayed: DCID 5890695 MID 30649881 to RID 1 - 4.7.1 - Delivery not authorized, message refused ('450', ['4.7.1 <pablo.obrien@bigmail.example>: Recipient address rejected: Greylisted, try again later']) []
Mon Mar  3 12:08:12 2025 Info: Message 30649881 to RID [1] pending till Mon Mar  3 12:10:38 2025
Mon Mar  3 12:08:12 2025 Info: Delayed: DCID 5890695 MID 30649881 to RID 3 - 4.7.1 - Delivery not authorized, message refused ('450', ['4.7.1 <yusuf85@bigmail.example>: Recipient address rejected: Greylisted, try again later']) []
Mon Mar  3 12:08:12 2025 Info: Message 30649881 to RID [3] pending till Mon Mar  3 12:10:38 2025
Mon Mar  3 12:08:13 2025 Info: MID 30649883 Message-ID '<YXR9pTrV60T6CwTp.32949@exch01.corp.example.net>'
Mon Mar  3 12:08:13 2025 Info: MID 30649883 Subject '[EXTERNAL] Action required'
Mon Mar  3 12:08:13 2025 Info: MID 30649883 ready 4880 bytes from <tara.smith@example.net>
Mon Mar  3 12:08:13 2025 Info: ICID 36841574 close
Mon Mar  3 12:08:13 2025 Info: MID 30649883 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 12:08:13 2025 Info: MID 30649882 antivirus negative
Mon Mar  3 12:08:13 2025 Info: MID 30649882 Outbreak Filters: verdict negative
Mon Mar  3 12:08:13 2025 Info: MID 30649882 queued for delivery
Mon Mar  3 12:08:14 2025 Info: New SMTP DCID 5890698 interface 192.0.2.110 address 203.0.113.174 port 25
Mon Mar  3 12:08:14 2025 Info: DCID 5890698 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 12:08:14 2025 Info: Delivery start DCID 5890698 MID 30649882 to RID [0]
Mon Mar  3 12:08:14 2025 Info: Message done DCID 5890698 MID 30649882 to RID [0]
Mon Mar  3 12:08:14 2025 Info: MID 30649882 RID [0] Response '2.0.0 Ok: queued as 4jBMDqAicej93x'
Mon Mar  3 12:08:14 2025 Info: Message finished MID 30649882 done
Mon Mar  3 12:08:15 2025 Info: DCID 5890697 close
Mon Mar  3 12:08:15 2025 Info: MID 30649883 antivirus negative
Mon Mar  3 12:08:15 2025 Info: MID 30649883 Outbreak Filters: verdict negative
Mon Mar  3 12:08:15 2025 Info: MID 30649883 queued for delivery
Mon Mar  3 12:08:15 2025 Info: Delivery start DCID 5890695 MID 30649883 to RID [0]
Mon Mar  3 12:08:15 2025 Info: DCID 5890694 close
Mon Mar  3 12:08:15 2025 Info: New SMTP DCID 5890699 interface 192.0.2.110 address 198.51.100.79 port 25
Mon Mar  3 12:08:15 2025 Info: DCID 5890699 TLS failed: STARTTLS unexpected response
Mon Mar  3 12:08:15 2025 Info: Delivery start DCID 5890699 MID 30649883 to RID [1]
Mon Mar  3 12:08:15 2025 Info: Message done DCID 5890695 MID 30649883 to RID [0]
Mon Mar  3 12:08:15 2025 Info: MID 30649883 RID [0] Response '2.0.0 OK  1715402619 coxlmphzslijsi3032672.22 - gsmtp'
Mon Mar  3 12:08:16 2025 Info: Message done DCID 5890699 MID 30649883 to RID [1]
Mon Mar  3 12:08:16 2025 Info: MID 30649883 RID [1] Response '2.0.0 Ok: queued as 5tFTYq8vRV8qIw'
Mon Mar  3 12:08:16 2025 Info: Message finished MID 30649883 done
Mon Mar  3 12:08:18 2025 Info: DCID 5890699 close
Mon Mar  3 12:08:20 2025 Info: DCID 5890693 close
Mon Mar  3 12:08:22 2025 Info: DCID 5890698 close
Mon Mar  3 12:08:22 2025 Info: DCID 5890695 close
Mon Mar  3 12:10:39 2025 Info: New SMTP DCID 5890700 interface 192.0.2.110 address 203.0.113.30 port 25
Mon Mar  3 12:10:39 2025 Info: DCID 5890700 STARTTLS command not supported.
Mon Mar  3 12:10:39 2025 Info: Delivery start DCID 5890700 MID 30649881 to RID [1, 3]
Mon Mar  3 12:10:40 2025 Info: Delayed: DCID 5890700 MID 30649881 to RID 1 - 4.4.0 - Other network problem ('421', ['4.4.2 Connection dropped due to timeout']) []
Mon Mar  3 12:10:40 2025 Info: Message 30649881 to RID [1] pending till Mon Mar  3 12:13:53 2025
Mon Mar  3 12:10:40 2025 Info: Delayed: DCID 5890700 MID 30649881 to RID 3 - 4.2.2 - Mailbox full ('452', ['4.2.2 Mailbox full, try again later']) []
Mon Mar  3 12:10:40 2025 Info: Message 30649881 to RID [3] pending till Mon Mar  3 12:13:53 2025
Mon Mar  3 12:10:43 2025 Info: DCID 5890700 close
Mon Mar  3 12:13:31 2025 Info: New SMTP DCID 5890701 interface 192.0.2.110 address 198.51.100.47 port 25
