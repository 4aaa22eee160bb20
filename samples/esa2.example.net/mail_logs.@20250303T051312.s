Mon Mar  3 05:13:12 2025 Info: Begin Logfile
Mon Mar  3 05:13:12 2025 Info: Version: 14.3.0-032 SN: 428B41608EA426B8EE4C-6DBE2B34D750
Mon Mar  3 05:13:12 2025 Info: Time offset from UTC: 3600 seconds
Mon Mar  3 05:13:12 2025 Info: New SMTP ICID 884519 interface Data 1 (192.0.2.11) address 198.51.100.231 reverse dns host mx6.rapid-motors.example.de verified yes
Mon Mar  3 05:13:12 2025 Info: ICID 884519 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 9.0 country Canada
Mon Mar  3 05:13:12 2025 Info: Start MID 27839705 ICID 884519
Mon Mar  3 05:13:12 2025 Info: MID 27839705 ICID 884519 From: <jonas28@rapid-motors.example.de>
Mon Mar  3 05:13:12 2025 Info: MID 27839705 ICID 884519 RID 0 To: <tara80@example.org>
Mon Mar  3 05:13:12 2025 Info: MID 27839705 ICID 884519 RID 1 To: <billing@example.net>
Mon Mar  3 05:13:13 2025 Info: MID 27839705 Message-ID '<uilS05DZg2JWde7W.97039@rapid-motors.example.de>'
Mon Mar  3 05:13:13 2025 Info: MID 27839705 Subject 'Réunion de lundi'
Mon Mar  3 05:13:13 2025 Info: MID 27839705 ready 43596 bytes from <jonas28@rapid-motors.example.de>
Mon Mar  3 05:13:14 2025 Info: MID 27839705 SPF: mailfrom identity jonas28@rapid-motors.example.de Pass (v=spf1)
Mon Mar  3 05:13:14 2025 Info: MID 27839705 DKIM: pass signature verified (d=rapid-motors.example.de s=selector1 i=@rapid-motors.example.de)
Mon Mar  3 05:13:14 2025 Info: MID 27839705 DMARC: Message from domain rapid-motors.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 05:13:14 2025 Info: MID 27839705 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: rapid-motors.example.de
Mon Mar  3 05:13:14 2025 Info: MID 27839705 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 05:13:14 2025 Info: MID 27839705 interim verdict using engine: CASE spam negative
Mon Mar  3 05:13:14 2025 Info: MID 27839705 interim AV verdict using Sophos CLEAN
Mon Mar  3 05:13:14 2025 Info: MID 27839705 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 05:13:14 2025 Info: MID 27839705 using engine: CASE spam negative
Mon Mar  3 05:13:14 2025 Info: MID 27839705 antivirus negative
Mon Mar  3 05:13:14 2025 Info: MID 27839705 using engine: GRAYMAIL negative
Mon Mar  3 05:13:14 2025 Info: MID 27839705 Outbreak Filters: verdict negative
Mon Mar  3 05:13:14 2025 Info: MID 27839705 queued for delivery
Mon Mar  3 05:13:14 2025 Info: Start MID 27839706 ICID 884519
Mon Mar  3 05:13:14 2025 Info: MID 27839706 ICID 884519 From: <pablo.berg@rapid-motors.example.de>
Mon Mar  3 05:13:14 2025 Info: MID 27839706 ICID 884519 RID 0 To: <alerts@example.org>
Mon Mar  3 05:13:14 2025 Info: MID 27839706 ICID 884519 RID 1 To: <yusuf.silva@example.net>
Mon Mar  3 05:13:14 2025 Info: MID 27839706 ICID 884519 RID 2 To: <jonas.kowalski@example.org>
Mon Mar  3 05:13:14 2025 Info: New SMTP DCID 6086818 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 05:13:14 2025 Info: New SMTP DCID 6086819 interface 192.0.2.111 address 10.30.0.25
Mon Mar  3 05:13:14 2025 Info: Delivery start DCID 6086818 MID 27839705 to RID [1]
Mon Mar  3 05:13:14 2025 Info: DCID 6086819 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 05:13:14 2025 Info: Delivery start DCID 6086819 MID 27839705 to RID [0]
Mon Mar  3 05:13:15 2025 Info: Message done DCID 6086818 MID 27839705 to RID [1]
Mon Mar  3 05:13:15 2025 Info: MID 27839705 RID [1] Response '2.6.0 <eVySgewK58v9w3A8ygMzsM4g@example.net> [InternalId=63817327125, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 05:13:15 2025 Info: Message done DCID 6086819 MID 27839705 to RID [0]
Mon Mar  3 05:13:15 2025 Info: MID 27839705 RID [0] Response '2.6.0 <HLq8c3laPfZTxjM3aDpsJtj7@example.net> [InternalId=19309370122, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 05:13:15 2025 Info: Message finished MID 27839705 done
Mon Mar  3 05:13:15 2025 Info: MID 27839706 Message-ID '<jmkayOuIYMf8zwGI.89020@rapid-motors.example.de>'
Mon Mar  3 05:13:15 2025 Info: MID 27839706 Subject 'FW: Contract draft'
Mon Mar  3 05:13:15 2025 Info: MID 27839706 ready 7436 bytes from <pablo.berg@rapid-motors.example.de>
Mon Mar  3 05:13:15 2025 Info: ICID 884519 close
Mon Mar  3 05:13:16 2025 Info: MID 27839706 SPF: mailfrom identity pablo.berg@rapid-motors.example.de Pass (v=spf1)
Mon Mar  3 05:13:16 2025 Info: MID 27839706 DKIM: pass signature verified (d=rapid-motors.example.de s=selector1 i=@rapid-motors.example.de)
Mon Mar  3 05:13:16 2025 Info: MID 27839706 DMARC: Message from domain rapid-motors.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 05:13:16 2025 Info: MID 27839706 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: rapid-motors.example.de
Mon Mar  3 05:13:16 2025 Info: MID 27839706 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 05:13:16 2025 Info: MID 27839706 interim verdict using engine: CASE spam negative
Mon Mar  3 05:13:17 2025 Info: MID 27839706 interim AV verdict using Sophos CLEAN
Mon Mar  3 05:13:17 2025 Info: MID 27839706 using engine: CASE spam negative
Mon Mar  3 05:13:17 2025 Info: MID 27839706 antivirus negative
Mon Mar  3 05:13:17 2025 Info: MID 27839706 using engine: GRAYMAIL negative
Mon Mar  3 05:13:17 2025 Info: MID 27839706 Outbreak Filters: verdict negative
Mon Mar  3 05:13:17 2025 Info: MID 27839706 queued for delivery
Mon Mar  3 05:13:17 2025 Info: Delivery start DCID 6086819 MID 27839706 to RID [0, 2]
Mon Mar  3 05:13:17 2025 Info: Delivery start DCID 6086818 MID 27839706 to RID [1]
Mon Mar  3 05:13:17 2025 Info: Message done DCID 6086818 MID 27839706 to RID [1]
Mon Mar  3 05:13:17 2025 Info: MID 27839706 RID [1] Response '2.6.0 <V2Rc89AdzqUvkvYLyCjAQwsT@example.net> [InternalId=80059975287, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 05:13:17 2025 Info: Message done DCID 6086819 MID 27839706 to RID [0, 2]
Mon Mar  3 05:13:17 2025 Info: MID 27839706 RID [0, 2] Response '2.6.0 <aDe9eaPXmUyZHHjnU3IBEkxB@example.net> [InternalId=80414002479, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 05:13:17 2025 Info: Message finished MID 27839706 done
Mon Mar  3 05:13:22 2025 Info: DCID 6086818 close
Mon Mar  3 05:13:25 2025 Info: DCID 6086819 close
Mon Mar  3 06:18:53 2025 Info: New SMTP ICID 884520 interface Data 1 (192.0.2.11) address 198.51.100.1 reverse dns host mx3.postbox.example.de verified yes
Mon Mar  3 06:18:53 2025 Info: ICID 884520 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.2 country United States
Mon Mar  3 06:18:53 2025 Info: ICID 884520 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 06:18:54 2025 Info: Start MID 27839707 ICID 884520
Mon Mar  3 06:18:54 2025 Info: MID 27839707 ICID 884520 From: <sales@postbox.example.de>
Mon Mar  3 06:18:54 2025 Info: MID 27839707 ICID 884520 RID 0 To: <jonas87@example.net>
Mon Mar  3 06:18:55 2025 Info: MID 27839707 Message-ID '<7Fip8LBw73aDnf1W.44656@postbox.example.de>'
Mon Mar  3 06:18:55 2025 Info: MID 27839707 Subject 'Tab\tseparated values'
Mon Mar  3 06:18:55 2025 Info: MID 27839707 ready 17364 bytes from <sales@postbox.example.de>
Mon Mar  3 06:18:55 2025 Info: ICID 884520 close
Mon Mar  3 06:18:55 2025 Info: MID 27839707 SPF: mailfrom identity sales@postbox.example.de Pass (v=spf1)
Mon Mar  3 06:18:55 2025 Info: MID 27839707 DKIM: pass signature verified (d=postbox.example.de s=selector1 i=@postbox.example.de)
Mon Mar  3 06:18:55 2025 Info: MID 27839707 DMARC: Message from domain postbox.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 06:18:55 2025 Info: MID 27839707 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 06:18:55 2025 Info: MID 27839707 interim verdict using engine: CASE spam negative
Mon Mar  3 06:18:56 2025 Info: MID 27839707 interim AV verdict using Sophos CLEAN
Mon Mar  3 06:18:56 2025 Info: MID 27839707 using engine: CASE spam negative
Mon Mar  3 06:18:56 2025 Info: MID 27839707 antivirus negative
Mon Mar  3 06:18:56 2025 Info: MID 27839707 using engine: GRAYMAIL negative
Mon Mar  3 06:18:56 2025 Info: MID 27839707 Outbreak Filters: verdict negative
Mon Mar  3 06:18:56 2025 Info: MID 27839707 queued for delivery
Mon Mar  3 06:18:57 2025 Info: New SMTP DCID 6086820 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 06:18:57 2025 Info: Delivery start DCID 6086820 MID 27839707 to RID [0]
Mon Mar  3 06:18:57 2025 Info: Message done DCID 6086820 MID 27839707 to RID [0]
Mon Mar  3 06:18:57 2025 Info: MID 27839707 RID [0] Response '2.6.0 <CgIl1LfE52RItRuLuhkAiCvp@example.net> [InternalId=67509637780, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 06:18:57 2025 Info: Message finished MID 27839707 done
Mon Mar  3 06:18:58 2025 Info: DCID 6086820 close
Mon Mar  3 06:25:41 2025 Info: New SMTP ICID 884521 interface Data 1 (192.0.2.11) address 203.0.113.237 reverse dns host mail1.greensoftware.test verified yes
Mon Mar  3 06:25:41 2025 Info: ICID 884521 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.5 country Netherlands
Mon Mar  3 06:25:42 2025 Info: Start MID 27839708 ICID 884521
Mon Mar  3 06:25:42 2025 Info: MID 27839708 ICID 884521 From: <greta.jensen@greensoftware.test>
Mon Mar  3 06:25:42 2025 Info: MID 27839708 ICID 884521 RID 0 To: <ines54@example.net>
Mon Mar  3 06:25:43 2025 Info: MID 27839708 Message-ID '<QWvTj2m14s450WI0.95765@greensoftware.test>'
Mon Mar  3 06:25:43 2025 Info: MID 27839708 Subject 'Résumé – candidate #12'
Mon Mar  3 06:25:43 2025 Info: MID 27839708 ready 3987 bytes from <greta.jensen@greensoftware.test>
Mon Mar  3 06:25:43 2025 Info: MID 27839708 SPF: mailfrom identity greta.jensen@greensoftware.test Pass (v=spf1)
Mon Mar  3 06:25:43 2025 Info: MID 27839708 DKIM: pass signature verified (d=greensoftware.test s=selector1 i=@greensoftware.test)
Mon Mar  3 06:25:43 2025 Info: MID 27839708 DMARC: Message from domain greensoftware.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 06:25:43 2025 Info: MID 27839708 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 06:25:43 2025 Info: MID 27839708 interim verdict using engine: CASE spam negative
Mon Mar  3 06:25:43 2025 Info: ICID 884521 close
Mon Mar  3 06:25:45 2025 Info: MID 27839708 interim AV verdict using Sophos CLEAN
Mon Mar  3 06:25:45 2025 Info: MID 27839708 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 06:25:45 2025 Info: MID 27839708 using engine: CASE spam negative
Mon Mar  3 06:25:45 2025 Info: MID 27839708 antivirus negative
Mon Mar  3 06:25:45 2025 Info: MID 27839708 using engine: GRAYMAIL marketing_mail
Mon Mar  3 06:25:45 2025 Info: MID 27839708 Outbreak Filters: verdict negative
Mon Mar  3 06:25:45 2025 Info: MID 27839708 queued for delivery
Mon Mar  3 06:25:46 2025 Info: New SMTP DCID 6086821 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 06:25:46 2025 Info: DCID 6086821 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 06:25:46 2025 Info: Delivery start DCID 6086821 MID 27839708 to RID [0]
Mon Mar  3 06:25:46 2025 Info: Message done DCID 6086821 MID 27839708 to RID [0]
Mon Mar  3 06:25:46 2025 Info: MID 27839708 RID [0] Response '2.6.0 <7sT4Gi2BTPqjKLNGQodrjNlI@example.net> [InternalId=88435123995, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 06:25:46 2025 Info: Message finished MID 27839708 done
Mon Mar  3 06:25:55 2025 Info: DCID 6086821 close
Mon Mar  3 06:45:47 2025 Info: New SMTP ICID 884522 interface Data 2 (10.20.0.21) address 10.20.1.11 reverse dns host exch01.corp.example.net verified yes
Mon Mar  3 06:45:47 2025 Info: ICID 884522 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 06:45:47 2025 Info: ICID 884522 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 06:45:48 2025 Info: Start MID 27839709 ICID 884522
Mon Mar  3 06:45:48 2025 Info: MID 27839709 ICID 884522 From: <aoife.okafor@example.net>
Mon Mar  3 06:45:48 2025 Info: MID 27839709 ICID 884522 RID 0 To: <olga.haddad@bigmail.example>
Mon Mar  3 06:45:49 2025 Info: MID 27839709 Message-ID '<pMedS0Uk1Go5Lx47.2150@exch01.corp.example.net>'
Mon Mar  3 06:45:49 2025 Info: MID 27839709 ready 27815 bytes from <aoife.okafor@example.net>
Mon Mar  3 06:45:49 2025 Info: ICID 884522 close
Mon Mar  3 06:45:49 2025 Info: MID 27839709 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 06:45:49 2025 Info: Start MID 27839710 ICID 0
Mon Mar  3 06:45:49 2025 Info: MID 27839710 was generated based on MID 27839709 by bcc filter 'Archive Copy'
Mon Mar  3 06:45:49 2025 Info: MID 27839710 ICID 0 From: <aoife.okafor@example.net>
Mon Mar  3 06:45:49 2025 Info: MID 27839710 ICID 0 RID 0 To: <journal@archive.example.net>
Mon Mar  3 06:45:49 2025 Info: MID 27839710 ready 28165 bytes from <aoife.okafor@example.net>
Mon Mar  3 06:45:49 2025 Info: MID 27839710 antivirus negative
Mon Mar  3 06:45:49 2025 Info: MID 27839710 Outbreak Filters: verdict negative
Mon Mar  3 06:45:49 2025 Info: MID 27839710 queued for delivery
Mon Mar  3 06:45:50 2025 Info: New SMTP DCID 6086822 interface 192.0.2.111 address 10.20.0.40 port 25
Mon Mar  3 06:45:50 2025 Info: DCID 6086822 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 06:45:50 2025 Info: Delivery start DCID 6086822 MID 27839710 to RID [0]
Mon Mar  3 06:45:50 2025 Info: Message done DCID 6086822 MID 27839710 to RID [0]
Mon Mar  3 06:45:50 2025 Info: MID 27839710 RID [0] Response '2.0.0 Ok: queued as HRdpAxERzQSjHD'
Mon Mar  3 06:45:50 2025 Info: Message finished MID 27839710 done
Mon Mar  3 06:45:52 2025 Info: MID 27839709 antivirus negative
Mon Mar  3 06:45:52 2025 Info: MID 27839709 Outbreak Filters: verdict negative
Mon Mar  3 06:45:52 2025 Info: MID 27839709 queued for delivery
Mon Mar  3 06:45:52 2025 Info: New SMTP DCID 6086823 interface 192.0.2.111 address 198.51.100.222 port 25
Mon Mar  3 06:45:52 2025 Info: DCID 6086823 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 06:45:52 2025 Info: Delivery start DCID 6086823 MID 27839709 to RID [0]
Mon Mar  3 06:45:52 2025 Info: DCID 6086822 close
Mon Mar  3 06:45:53 2025 Info: Message done DCID 6086823 MID 27839709 to RID [0]
Mon Mar  3 06:45:53 2025 Info: MID 27839709 RID [0] Response '2.0.0 OK  1783000068 jlsxth5xjpbssi8616676.28 - gsmtp'
Mon Mar  3 06:45:53 2025 Info: Message finished MID 27839709 done
Mon Mar  3 06:45:59 2025 Info: DCID 6086823 close
Mon Mar  3 07:54:01 2025 Info: New SMTP ICID 884523 interface Data 2 (10.20.0.21) address 10.20.1.14 reverse dns host exch04.corp.example.net verified yes
Mon Mar  3 07:54:01 2025 Info: ICID 884523 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 07:54:03 2025 Info: Start MID 27839711 ICID 884523
Mon Mar  3 07:54:03 2025 Info: MID 27839711 ICID 884523 From: <ben67@example.net>
Mon Mar  3 07:54:03 2025 Info: MID 27839711 ICID 884523 RID 0 To: <jonas.okafor@example.net>
Mon Mar  3 07:54:03 2025 Info: MID 27839711 ICID 884523 RID 1 To: <anna.costa@silverfoods.example.com>
Mon Mar  3 07:54:03 2025 Info: MID 27839711 ICID 884523 RID 2 To: <umar67@example.net>
Mon Mar  3 07:54:03 2025 Info: MID 27839711 ICID 884523 RID 3 To: <ben.larsen@brightinsurance.example.com>
Mon Mar  3 07:54:03 2025 Info: MID 27839711 ICID 884523 RID 4 To: <carla.mueller@example.net>
Mon Mar  3 07:54:03 2025 Info: MID 27839711 Message-ID '<F8OCbxYisgFJ9EQX.56146@exch01.corp.example.net>'
Mon Mar  3 07:54:03 2025 Info: MID 27839711 Subject 'Newsletter: March edition'
Mon Mar  3 07:54:03 2025 Info: MID 27839711 ready 9647 bytes from <ben67@example.net>
Mon Mar  3 07:54:03 2025 Info: MID 27839711 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 07:54:03 2025 Info: ICID 884523 close
Mon Mar  3 07:54:04 2025 Info: MID 27839711 antivirus negative
Mon Mar  3 07:54:04 2025 Info: MID 27839711 Outbreak Filters: verdict negative
Mon Mar  3 07:54:04 2025 Info: MID 27839711 queued for delivery
Mon Mar  3 07:54:04 2025 Info: New SMTP DCID 6086824 interface 192.0.2.111 address 198.51.100.136 port 25
Mon Mar  3 07:54:04 2025 Info: New SMTP DCID 6086825 interface 192.0.2.111 address 198.51.100.135 port 25
Mon Mar  3 07:54:04 2025 Info: New SMTP DCID 6086826 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 07:54:04 2025 Info: DCID 6086826 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 07:54:04 2025 Info: Delivery start DCID 6086826 MID 27839711 to RID [0, 2, 4]
Mon Mar  3 07:54:04 2025 Info: DCID 6086824 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 07:54:04 2025 Info: Delivery start DCID 6086824 MID 27839711 to RID [1]
Mon Mar  3 07:54:04 2025 Info: Message done DCID 6086826 MID 27839711 to RID [0, 2, 4]
Mon Mar  3 07:54:04 2025 Info: MID 27839711 RID [0, 2, 4] Response '2.6.0 <27cYZZmHaFmPdv2uglpNihDg@example.net> [InternalId=78507600747, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 07:54:04 2025 Info: DCID 6086825 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 07:54:04 2025 Info: Delivery start DCID 6086825 MID 27839711 to RID [3]
Mon Mar  3 07:54:05 2025 Info: Message done DCID 6086824 MID 27839711 to RID [1]
Mon Mar  3 07:54:05 2025 Info: MID 27839711 RID [1] Response '2.0.0 Ok: queued as iISeW3Dgfzt1si'
Mon Mar  3 07:54:05 2025 Info: Message done DCID 6086825 MID 27839711 to RID [3]
Mon Mar  3 07:54:05 2025 Info: MID 27839711 RID [3] Response '2.0.0 Ok: queued as ZbDDJ0kqrB6cYH'
Mon Mar  3 07:54:05 2025 Info: Message finished MID 27839711 done
Mon Mar  3 07:54:06 2025 Info: DCID 6086826 close
Mon Mar  3 07:54:09 2025 Info: DCID 6086825 close
Mon Mar  3 07:54:10 2025 Info: DCID 6086824 close
Mon Mar  3 07:56:42 2025 Info: New SMTP ICID 884524 interface Data 1 (192.0.2.11) address 203.0.113.81 reverse dns host mx6.atlasfoods.example.com verified yes
Mon Mar  3 07:56:42 2025 Info: ICID 884524 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.7 country India
Mon Mar  3 07:56:43 2025 Info: ICID 884524 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 07:56:43 2025 Info: Start MID 27839712 ICID 884524
Mon Mar  3 07:56:43 2025 Info: MID 27839712 ICID 884524 From: <anna99@atlasfoods.example.com>
Mon Mar  3 07:56:43 2025 Info: MID 27839712 ICID 884524 RID 0 To: <hugo.silva@example.net>
Mon Mar  3 07:56:43 2025 Info: MID 27839712 ICID 884524 RID 1 To: <aoife.dubois@example.net>
Mon Mar  3 07:56:43 2025 Info: MID 27839712 ICID 884524 RID 2 To: <anna72@example.net>
Mon Mar  3 07:56:43 2025 Info: MID 27839712 ICID 884524 RID 3 To: <nils64@example.net>
Mon Mar  3 07:56:43 2025 Info: MID 27839712 ICID 884524 RID 4 To: <nils.ivanova@example.net>
Mon Mar  3 07:56:43 2025 Info: MID 27839712 ICID 884524 RID 5 To: <hugo55@example.net>
Mon Mar  3 07:56:43 2025 Info: MID 27839712 ICID 884524 RID 6 To: <greta.jensen@example.net>
Mon Mar  3 07:56:43 2025 Info: MID 27839712 ICID 884524 RID 7 To: <ines.costa@example.org>
Mon Mar  3 07:56:43 2025 Info: MID 27839712 ICID 884524 RID 8 To: <keiko55@example.net>
Mon Mar  3 07:56:43 2025 Info: MID 27839712 ICID 884524 RID 9 To: <tara.berg@example.net>
Mon Mar  3 07:56:43 2025 Info: MID 27839712 ICID 884524 RID 10 To: <umar.novak@example.net>
Mon Mar  3 07:56:44 2025 Info: MID 27839712 Message-ID '<DgT0Vb5eqmD51fsq.38558@atlasfoods.example.com>'
Mon Mar  3 07:56:44 2025 Info: MID 27839712 Subject 'Tab\tseparated values'
Mon Mar  3 07:56:44 2025 Info: MID 27839712 ready 205394 bytes from <anna99@atlasfoods.example.com>
Mon Mar  3 07:56:44 2025 Info: ICID 884524 close
Mon Mar  3 07:56:45 2025 Info: MID 27839712 SPF: mailfrom identity anna99@atlasfoods.example.com Pass (v=spf1)
Mon Mar  3 07:56:45 2025 Info: MID 27839712 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: atlasfoods.example.com
Mon Mar  3 07:56:45 2025 Info: MID 27839712 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 07:56:45 2025 Info: MID 27839712 interim verdict using engine: CASE spam negative
Mon Mar  3 07:56:45 2025 Info: MID 27839712 interim AV verdict using Sophos CLEAN
Mon Mar  3 07:56:45 2025 Info: MID 27839712 using engine: CASE spam negative
Mon Mar  3 07:56:45 2025 Info: MID 27839712 antivirus negative
Mon Mar  3 07:56:45 2025 Info: MID 27839712 using engine: GRAYMAIL negative
Mon Mar  3 07:56:45 2025 Info: MID 27839712 Outbreak Filters: verdict negative
Mon Mar  3 07:56:45 2025 Info: MID 27839712 queued for delivery
Mon Mar  3 07:56:45 2025 Info: New SMTP DCID 6086827 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 07:56:46 2025 Info: New SMTP DCID 6086828 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 07:56:46 2025 Info: DCID 6086827 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 07:56:46 2025 Info: Delivery start DCID 6086827 MID 27839712 to RID [0, 1, 2, 3, 4, 5, 6, 8, 9, 10]
Mon Mar  3 07:56:46 2025 Info: DCID 6086828 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 07:56:46 2025 Info: Delivery start DCID 6086828 MID 27839712 to RID [7]
Mon Mar  3 07:56:46 2025 Info: Message done DCID 6086827 MID 27839712 to RID [0, 1, 2, 3, 4, 5, 6, 8, 9, 10]
Mon Mar  3 07:56:46 2025 Info: MID 27839712 RID [0, 1, 2, 3, 4, 5, 6, 8, 9, 10] Response '2.6.0 <KluVGjwN4xpmR8JdqRewCxcV@example.net> [InternalId=27199701481, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 07:56:46 2025 Info: Message done DCID 6086828 MID 27839712 to RID [7]
Mon Mar  3 07:56:46 2025 Info: MID 27839712 RID [7] Response '2.6.0 <qCnOHww7v6ZCtr3YuakX4897@example.net> [InternalId=85366284322, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 07:56:46 2025 Info: Message finished MID 27839712 done
Mon Mar  3 07:56:51 2025 Info: DCID 6086827 close
Mon Mar  3 07:56:55 2025 Info: DCID 6086828 close
Mon Mar  3 08:16:29 2025 Info: New SMTP ICID 884525 interface Data 1 (192.0.2.11) address 198.51.100.73 reverse dns host mx7.quietenergy.example verified yes
Mon Mar  3 08:16:29 2025 Info: ICID 884525 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.7 country United States
Mon Mar  3 08:16:30 2025 Info: Start MID 27839713 ICID 884525
Mon Mar  3 08:16:30 2025 Info: MID 27839713 ICID 884525 From: <ben.murphy@quietenergy.example>
Mon Mar  3 08:16:30 2025 Info: MID 27839713 ICID 884525 RID 0 To: <greta9@example.org>
Mon Mar  3 08:16:30 2025 Info: MID 27839713 ICID 884525 RID 1 To: <ben78@example.org>
Mon Mar  3 08:16:31 2025 Info: MID 27839713 Message-ID '<fUpF6CJ8wIYktg1u.14879@quietenergy.example>'
Mon Mar  3 08:16:31 2025 Info: MID 27839713 Subject 'Welcome to the team'
Mon Mar  3 08:16:31 2025 Info: MID 27839713 ready 39808 bytes from <ben.murphy@quietenergy.example>
Mon Mar  3 08:16:31 2025 Info: Start MID 27839714 ICID 884525
Mon Mar  3 08:16:31 2025 Info: MID 27839714 ICID 884525 From: <orders@quietenergy.example>
Mon Mar  3 08:16:31 2025 Info: MID 27839714 ICID 884525 RID 0 To: <anna.silva@example.net>
Mon Mar  3 08:16:31 2025 Info: MID 27839713 SPF: mailfrom identity ben.murphy@quietenergy.example Pass (v=spf1)
Mon Mar  3 08:16:31 2025 Info: MID 27839713 DKIM: pass signature verified (d=quietenergy.example s=selector1 i=@quietenergy.example)
Mon Mar  3 08:16:31 2025 Info: MID 27839713 DMARC: Message from domain quietenergy.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 08:16:31 2025 Info: MID 27839713 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 08:16:31 2025 Info: MID 27839713 interim verdict using engine: CASE spam negative
Mon Mar  3 08:16:32 2025 Info: MID 27839714 Message-ID '<BJ9JhmVIDBvnYEbq.91528@quietenergy.example>'
Mon Mar  3 08:16:32 2025 Info: MID 27839714 Subject 'Out of office: back Monday'
Mon Mar  3 08:16:32 2025 Info: MID 27839714 ready 3104 bytes from <orders@quietenergy.example>
Mon Mar  3 08:16:32 2025 Info: ICID 884525 close
Mon Mar  3 08:16:32 2025 Info: MID 27839714 SPF: mailfrom identity orders@quietenergy.example Pass (v=spf1)
Mon Mar  3 08:16:32 2025 Info: MID 27839714 DKIM: pass signature verified (d=quietenergy.example s=selector1 i=@quietenergy.example)
Mon Mar  3 08:16:32 2025 Info: MID 27839714 DMARC: Message from domain quietenergy.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 08:16:32 2025 Info: MID 27839714 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: quietenergy.example
Mon Mar  3 08:16:32 2025 Info: MID 27839714 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 08:16:32 2025 Info: MID 27839714 interim verdict using engine: CASE spam negative
Mon Mar  3 08:16:33 2025 Info: MID 27839713 interim AV verdict using Sophos CLEAN
Mon Mar  3 08:16:33 2025 Info: MID 27839713 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 08:16:33 2025 Info: MID 27839713 using engine: CASE spam negative
Mon Mar  3 08:16:33 2025 Info: MID 27839713 antivirus negative
Mon Mar  3 08:16:33 2025 Info: MID 27839713 using engine: GRAYMAIL marketing_mail
Mon Mar  3 08:16:33 2025 Info: MID 27839713 Outbreak Filters: verdict negative
Mon Mar  3 08:16:33 2025 Info: MID 27839713 queued for delivery
Mon Mar  3 08:16:33 2025 Info: New SMTP DCID 6086829 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 08:16:34 2025 Info: DCID 6086829 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 08:16:34 2025 Info: Delivery start DCID 6086829 MID 27839713 to RID [0, 1]
Mon Mar  3 08:16:34 2025 Info: Message done DCID 6086829 MID 27839713 to RID [0, 1]
Mon Mar  3 08:16:34 2025 Info: MID 27839713 RID [0, 1] Response '2.6.0 <ORfG3382CiYYseBFbcEVgOpd@example.net> [InternalId=63901259764, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 08:16:34 2025 Info: Message finished MID 27839713 done
Mon Mar  3 08:16:34 2025 Info: MID 27839714 interim AV verdict using Sophos CLEAN
Mon Mar  3 08:16:34 2025 Info: MID 27839714 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 08:16:34 2025 Info: MID 27839714 using engine: CASE spam negative
Mon Mar  3 08:16:34 2025 Info: MID 27839714 antivirus negative
Mon Mar  3 08:16:34 2025 Info: MID 27839714 using engine: GRAYMAIL marketing_mail
Mon Mar  3 08:16:34 2025 Info: MID 27839714 Outbreak Filters: verdict negative
Mon Mar  3 08:16:34 2025 Info: MID 27839714 queued for delivery
Mon Mar  3 08:16:35 2025 Info: New SMTP DCID 6086830 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 08:16:35 2025 Info: DCID 6086830 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 08:16:35 2025 Info: Delivery start DCID 6086830 MID 27839714 to RID [0]
Mon Mar  3 08:16:35 2025 Info: Message done DCID 6086830 MID 27839714 to RID [0]
Mon Mar  3 08:16:35 2025 Info: MID 27839714 RID [0] Response '2.6.0 <eEbsrrIxxFPJL8Qm0ZAj9nWg@example.net> [InternalId=80560255193, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 08:16:35 2025 Info: Message finished MID 27839714 done
Mon Mar  3 08:16:41 2025 Info: DCID 6086829 close
Mon Mar  3 08:16:44 2025 Info: DCID 6086830 close
Mon Mar  3 08:31:27 2025 Info: New SMTP ICID 884526 interface Data 2 (10.20.0.21) address 10.20.1.12 reverse dns host exch03.corp.example.net verified yes
Mon Mar  3 08:31:27 2025 Info: ICID 884526 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 08:31:27 2025 Info: ICID 884526 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 08:31:28 2025 Info: Start MID 27839715 ICID 884526
Mon Mar  3 08:31:28 2025 Info: MID 27839715 ICID 884526 From: <pablo.fischer@example.org>
Mon Mar  3 08:31:28 2025 Info: MID 27839715 ICID 884526 RID 0 To: <liam.larsen@summit-bank.test>
Mon Mar  3 08:31:29 2025 Info: MID 27839715 Message-ID '<rexOfMNS8wCc8cVa.99524@exch01.corp.example.net>'
Mon Mar  3 08:31:29 2025 Info: MID 27839715 Subject 'Path C:\\Temp\\report.xlsx'
Mon Mar  3 08:31:29 2025 Info: MID 27839715 ready 18530 bytes from <pablo.fischer@example.org>
Mon Mar  3 08:31:29 2025 Info: MID 27839715 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 08:31:29 2025 Info: Start MID 27839716 ICID 884526
Mon Mar  3 08:31:29 2025 Info: MID 27839716 ICID 884526 From: <farid11@example.org>
Mon Mar  3 08:31:29 2025 Info: MID 27839716 ICID 884526 RID 0 To: <greta.silva@bigmail.example>
Mon Mar  3 08:31:30 2025 Info: MID 27839716 Message-ID "<O'Neill.fEcaz0f8HkaNsvtH.74925@exch01.corp.example.net>"
Mon Mar  3 08:31:30 2025 Info: MID 27839716 Subject 'Weekly digest'
Mon Mar  3 08:31:30 2025 Info: MID 27839716 ready 81302 bytes from <farid11@example.org>
Mon Mar  3 08:31:30 2025 Info: Start MID 27839717 ICID 884526
Mon Mar  3 08:31:30 2025 Info: MID 27839717 ICID 884526 From: <zoe8@example.org>
Mon Mar  3 08:31:30 2025 Info: MID 27839717 ICID 884526 RID 0 To: <wei.mueller@postbox.example.de>
Mon Mar  3 08:31:30 2025 Info: MID 27839717 ICID 884526 RID 1 To: <umar.kowalski@silver-hotels.test>
Mon Mar  3 08:31:30 2025 Info: MID 27839716 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 08:31:31 2025 Info: MID 27839717 Message-ID '<J3mTeW1J4jsoJdyY.80315@exch01.corp.example.net>'
Mon Mar  3 08:31:31 2025 Info: MID 27839717 Subject 'Lunch on Friday?'
Mon Mar  3 08:31:31 2025 Info: MID 27839717 ready 8339 bytes from <zoe8@example.org>
Mon Mar  3 08:31:31 2025 Info: MID 27839717 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 08:31:31 2025 Info: MID 27839716 antivirus negative
Mon Mar  3 08:31:31 2025 Info: MID 27839716 Outbreak Filters: verdict negative
Mon Mar  3 08:31:31 2025 Info: MID 27839716 queued for delivery
Mon Mar  3 08:31:31 2025 Info: New SMTP DCID 6086831 interface 192.0.2.111 address 203.0.113.30
Mon Mar  3 08:31:31 2025 Info: MID 27839715 antivirus negative
Mon Mar  3 08:31:31 2025 Info: MID 27839715 Outbreak Filters: verdict negative
Mon Mar  3 08:31:31 2025 Info: MID 27839715 queued for delivery
Mon Mar  3 08:31:31 2025 Info: DCID 6086831 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 08:31:31 2025 Info: Delivery start DCID 6086831 MID 27839716 to RID [0]
Mon Mar  3 08:31:32 2025 Info: New SMTP DCID 6086832 interface 192.0.2.111 address 203.0.113.190 port 25
Mon Mar  3 08:31:32 2025 Info: DCID 6086832 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 08:31:32 2025 Info: Delivery start DCID 6086832 MID 27839715 to RID [0]
Mon Mar  3 08:31:32 2025 Info: Message done DCID 6086832 MID 27839715 to RID [0]
Mon Mar  3 08:31:32 2025 Info: MID 27839715 RID [0] Response '2.0.0 Ok: queued as VGJbZVVTtPsyNv'
Mon Mar  3 08:31:32 2025 Info: Message finished MID 27839715 done
Mon Mar  3 08:31:33 2025 Info: Message done DCID 6086831 MID 27839716 to RID [0]
Mon Mar  3 08:31:33 2025 Info: MID 27839716 RID [0] Response '2.0.0 OK  1777849582 3lpar3bgr7swsi5073787.33 - gsmtp'
Mon Mar  3 08:31:33 2025 Info: Message finished MID 27839716 done
Mon Mar  3 08:31:33 2025 Info: MID 27839717 antivirus negative
Mon Mar  3 08:31:33 2025 Info: MID 27839717 Outbreak Filters: verdict negative
Mon Mar  3 08:31:33 2025 Info: MID 27839717 queued for delivery
Mon Mar  3 08:31:33 2025 Info: New SMTP DCID 6086833 interface 192.0.2.111 address 198.51.100.98 port 25
Mon Mar  3 08:31:33 2025 Info: New SMTP DCID 6086834 interface 192.0.2.111 address 203.0.113.55 port 25
Mon Mar  3 08:31:34 2025 Info: Start MID 27839718 ICID 884526
Mon Mar  3 08:31:34 2025 Info: MID 27839718 ICID 884526 From: <farid68@example.org>
Mon Mar  3 08:31:34 2025 Info: MID 27839718 ICID 884526 RID 0 To: <greta.novak@harborsoftware.example>
Mon Mar  3 08:31:34 2025 Info: DCID 6086834 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 08:31:34 2025 Info: Delivery start DCID 6086834 MID 27839717 to RID [0]
Mon Mar  3 08:31:34 2025 Info: DCID 6086833 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 08:31:34 2025 Info: Delivery start DCID 6086833 MID 27839717 to RID [1]
Mon Mar  3 08:31:34 2025 Info: Message done DCID 6086833 MID 27839717 to RID [1]
Mon Mar  3 08:31:34 2025 Info: MID 27839717 RID [1] Response '2.0.0 Ok: queued as 14MQvU22wnDh7V'
Mon Mar  3 08:31:34 2025 Info: MID 27839718 Message-ID '<D0SKuow64NCPHKQF.81876@exch01.corp.example.net>'
Mon Mar  3 08:31:34 2025 Info: MID 27839718 Subject 'Résumé – candidate #12'
Mon Mar  3 08:31:34 2025 Info: MID 27839718 ready 6419 bytes from <farid68@example.org>
Mon Mar  3 08:31:34 2025 Info: ICID 884526 close
Mon Mar  3 08:31:35 2025 Info: MID 27839718 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 08:31:35 2025 Info: Message done DCID 6086834 MID 27839717 to RID [0]
Mon Mar  3 08:31:35 2025 Info: MID 27839717 RID [0] Response '2.0.0 OK  1780964786 hj8m8jfdnekpsi1825159.96 - gsmtp'
Mon Mar  3 08:31:35 2025 Info: Message finished MID 27839717 done
Mon Mar  3 08:31:36 2025 Info: MID 27839718 antivirus negative
Mon Mar  3 08:31:36 2025 Info: MID 27839718 Outbreak Filters: verdict negative
Mon Mar  3 08:31:36 2025 Info: MID 27839718 queued for delivery
Mon Mar  3 08:31:37 2025 Info: New SMTP DCID 6086835 interface 192.0.2.111 address 198.51.100.94 port 25
Mon Mar  3 08:31:37 2025 Info: DCID 6086835 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Mon Mar  3 08:31:37 2025 Info: Delivery start DCID 6086835 MID 27839718 to RID [0]
Mon Mar  3 08:31:37 2025 Info: Message done DCID 6086835 MID 27839718 to RID [0]
Mon Mar  3 08:31:37 2025 Info: MID 27839718 RID [0] Response '2.0.0 Ok: queued as 4VTly3sB7V3jbz'
Mon Mar  3 08:31:37 2025 Info: Message finished MID 27839718 done
Mon Mar  3 08:31:38 2025 Info: DCID 6086834 close
Mon Mar  3 08:31:41 2025 Info: DCID 6086832 close
Mon Mar  3 08:31:42 2025 Info: DCID 6086831 close
Mon Mar  3 08:31:42 2025 Info: DCID 6086833 close
Mon Mar  3 08:31:45 2025 Info: DCID 6086835 close
Mon Mar  3 08:47:57 2025 Info: New SMTP ICID 884527 interface Data 1 (192.0.2.11) address 203.0.113.213 reverse dns host mx6.brightprint.example verified yes
Mon Mar  3 08:47:57 2025 Info: ICID 884527 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 8.5 country France
Mon Mar  3 08:47:58 2025 Info: Start MID 27839719 ICID 884527
Mon Mar  3 08:47:58 2025 Info: MID 27839719 ICID 884527 From: <newsletter@brightprint.example>
Mon Mar  3 08:47:58 2025 Info: MID 27839719 ICID 884527 RID 0 To: <farid.fischer@example.net>
Mon Mar  3 08:47:58 2025 Info: MID 27839719 ICID 884527 RID 1 To: <carla95@example.net>
Mon Mar  3 08:47:58 2025 Info: MID 27839719 ICID 884527 RID 2 To: <zoe92@example.net>
Mon Mar  3 08:47:58 2025 Info: MID 27839719 ICID 884527 RID 3 To: <rosa.novak@example.net>
Mon Mar  3 08:47:58 2025 Info: MID 27839719 ICID 884527 RID 4 To: <david.novak@example.net>
Mon Mar  3 08:47:58 2025 Info: MID 27839719 ICID 884527 RID 5 To: <carla.dubois@example.org>
Mon Mar  3 08:47:59 2025 Info: MID 27839719 Message-ID '<WxrYJRSOobaE3Rmd.91940@brightprint.example>'
Mon Mar  3 08:47:59 2025 Info: MID 27839719 Subject 'Newsletter: March edition'
Mon Mar  3 08:47:59 2025 Info: MID 27839719 ready 29383 bytes from <newsletter@brightprint.example>
Mon Mar  3 08:47:59 2025 Info: MID 27839719 SPF: mailfrom identity newsletter@brightprint.example Pass (v=spf1)
Mon Mar  3 08:47:59 2025 Info: MID 27839719 DKIM: pass signature verified (d=brightprint.example s=selector1 i=@brightprint.example)
Mon Mar  3 08:47:59 2025 Info: MID 27839719 DMARC: Message from domain brightprint.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 08:47:59 2025 Info: MID 27839719 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: brightprint.example
Mon Mar  3 08:47:59 2025 Info: MID 27839719 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 08:47:59 2025 Info: MID 27839719 interim verdict using engine: CASE spam negative
Mon Mar  3 08:48:00 2025 Info: MID 27839719 interim AV verdict using Sophos CLEAN
Mon Mar  3 08:48:00 2025 Info: MID 27839719 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 08:48:00 2025 Info: MID 27839719 using engine: CASE spam negative
Mon Mar  3 08:48:00 2025 Info: MID 27839719 antivirus negative
Mon Mar  3 08:48:00 2025 Info: MID 27839719 using engine: GRAYMAIL negative
Mon Mar  3 08:48:00 2025 Info: MID 27839719 Outbreak Filters: verdict negative
Mon Mar  3 08:48:00 2025 Info: MID 27839719 queued for delivery
Mon Mar  3 08:48:00 2025 Info: Start MID 27839720 ICID 884527
Mon Mar  3 08:48:00 2025 Info: MID 27839720 ICID 884527 From: <info@brightprint.example>
Mon Mar  3 08:48:00 2025 Info: MID 27839720 ICID 884527 RID 0 To: <greta.dubois@example.net>
Mon Mar  3 08:48:00 2025 Info: New SMTP DCID 6086836 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 08:48:00 2025 Info: New SMTP DCID 6086837 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 08:48:00 2025 Info: Delivery start DCID 6086836 MID 27839719 to RID [5]
Mon Mar  3 08:48:00 2025 Info: DCID 6086837 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 08:48:00 2025 Info: Delivery start DCID 6086837 MID 27839719 to RID [0, 1, 2, 3, 4]
Mon Mar  3 08:48:00 2025 Info: MID 27839720 Subject "O'Brien & Sons proposal"
Mon Mar  3 08:48:00 2025 Info: MID 27839720 ready 13378 bytes from <info@brightprint.example>
Mon Mar  3 08:48:01 2025 Info: Message done DCID 6086837 MID 27839719 to RID [0, 1, 2, 3, 4]
Mon Mar  3 08:48:01 2025 Info: MID 27839719 RID [0, 1, 2, 3, 4] Response '2.6.0 <Z5nXbyX1ILj23ySFwAN42cDl@example.net> [InternalId=99606918918, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 08:48:01 2025 Info: Message done DCID 6086836 MID 27839719 to RID [5]
Mon Mar  3 08:48:01 2025 Info: MID 27839719 RID [5] Response '2.6.0 <kQVs1eL2qhtB5VOAyJmRLAhE@example.net> [InternalId=10686462601, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 08:48:01 2025 Info: Message finished MID 27839719 done
Mon Mar  3 08:48:01 2025 Info: MID 27839720 SPF: mailfrom identity info@brightprint.example Pass (v=spf1)
Mon Mar  3 08:48:01 2025 Info: MID 27839720 DKIM: pass signature verified (d=brightprint.example s=selector1 i=@brightprint.example)
Mon Mar  3 08:48:01 2025 Info: MID 27839720 DMARC: Message from domain brightprint.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 08:48:01 2025 Info: MID 27839720 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 08:48:01 2025 Info: MID 27839720 interim verdict using engine: CASE spam negative
Mon Mar  3 08:48:02 2025 Info: MID 27839720 interim AV verdict using Sophos CLEAN
Mon Mar  3 08:48:02 2025 Info: MID 27839720 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 08:48:02 2025 Info: MID 27839720 using engine: CASE spam negative
Mon Mar  3 08:48:02 2025 Info: MID 27839720 antivirus negative
Mon Mar  3 08:48:02 2025 Info: MID 27839720 using engine: GRAYMAIL negative
Mon Mar  3 08:48:02 2025 Info: MID 27839720 Outbreak Filters: verdict negative
Mon Mar  3 08:48:02 2025 Info: MID 27839720 queued for delivery
Mon Mar  3 08:48:02 2025 Info: Delivery start DCID 6086837 MID 27839720 to RID [0]
Mon Mar  3 08:48:02 2025 Info: Message done DCID 6086837 MID 27839720 to RID [0]
Mon Mar  3 08:48:02 2025 Info: MID 27839720 RID [0] Response '2.6.0 <xvGGJ1gXyUTB8OCTsC3Hb8J0@example.net> [InternalId=56600687143, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 08:48:02 2025 Info: Message finished MID 27839720 done
Mon Mar  3 08:48:03 2025 Info: Start MID 27839721 ICID 884527
Mon Mar  3 08:48:03 2025 Info: MID 27839721 ICID 884527 From: <qi.obrien@brightprint.example>
Mon Mar  3 08:48:03 2025 Info: MID 27839721 ICID 884527 RID 0 To: <carla.kim@example.net>
Mon Mar  3 08:48:04 2025 Info: MID 27839721 Message-ID '<6OKkFAXx3sUtycp2.27737@brightprint.example>'
Mon Mar  3 08:48:04 2025 Info: MID 27839721 Subject 'Path C:\\Temp\\report.xlsx'
Mon Mar  3 08:48:04 2025 Info: MID 27839721 ready 4685 bytes from <qi.obrien@brightprint.example>
Mon Mar  3 08:48:04 2025 Info: MID 27839721 SPF: mailfrom identity qi.obrien@brightprint.example Pass (v=spf1)
Mon Mar  3 08:48:04 2025 Info: MID 27839721 DKIM: pass signature verified (d=brightprint.example s=selector1 i=@brightprint.example)
Mon Mar  3 08:48:04 2025 Info: MID 27839721 DMARC: Message from domain brightprint.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 08:48:04 2025 Info: MID 27839721 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 08:48:04 2025 Info: MID 27839721 interim verdict using engine: CASE spam negative
Mon Mar  3 08:48:04 2025 Info: DCID 6086836 close
Mon Mar  3 08:48:04 2025 Info: Start MID 27839722 ICID 884527
Mon Mar  3 08:48:04 2025 Info: MID 27839722 ICID 884527 From: <tara91@brightprint.example>
Mon Mar  3 08:48:04 2025 Info: MID 27839722 ICID 884527 RID 0 To: <vera72@example.net>
Mon Mar  3 08:48:05 2025 Info: MID 27839722 Message-ID '<KJVsDTt1QDoRaq2c.74139@brightprint.example>'
Mon Mar  3 08:48:05 2025 Info: MID 27839722 Subject "Re: Customer's feedback"
Mon Mar  3 08:48:05 2025 Info: MID 27839722 ready 12380 bytes from <tara91@brightprint.example>
Mon Mar  3 08:48:05 2025 Info: MID 27839722 SPF: mailfrom identity tara91@brightprint.example Pass (v=spf1)
Mon Mar  3 08:48:05 2025 Info: MID 27839722 DKIM: pass signature verified (d=brightprint.example s=selector1 i=@brightprint.example)
Mon Mar  3 08:48:05 2025 Info: MID 27839722 DMARC: Message from domain brightprint.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 08:48:05 2025 Info: MID 27839722 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: brightprint.example
Mon Mar  3 08:48:05 2025 Info: MID 27839722 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 08:48:05 2025 Info: MID 27839722 interim verdict using engine: CASE spam negative
Mon Mar  3 08:48:05 2025 Info: ICID 884527 close
Mon Mar  3 08:48:06 2025 Info: MID 27839722 interim AV verdict using Sophos CLEAN
Mon Mar  3 08:48:06 2025 Info: MID 27839722 using engine: CASE spam negative
Mon Mar  3 08:48:06 2025 Info: MID 27839722 antivirus negative
Mon Mar  3 08:48:06 2025 Info: MID 27839722 using engine: GRAYMAIL negative
Mon Mar  3 08:48:06 2025 Info: MID 27839722 Outbreak Filters: verdict negative
Mon Mar  3 08:48:06 2025 Info: MID 27839722 queued for delivery
Mon Mar  3 08:48:06 2025 Info: Delivery start DCID 6086837 MID 27839722 to RID [0]
Mon Mar  3 08:48:06 2025 Info: Message done DCID 6086837 MID 27839722 to RID [0]
Mon Mar  3 08:48:06 2025 Info: MID 27839722 RID [0] Response '2.6.0 <k3p7FBUDPDjDgLtFFrRA8YKn@example.net> [InternalId=22033445188, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 08:48:06 2025 Info: Message finished MID 27839722 done
Mon Mar  3 08:48:06 2025 Info: MID 27839721 interim AV verdict using Sophos CLEAN
Mon Mar  3 08:48:06 2025 Info: MID 27839721 using engine: CASE spam negative
Mon Mar  3 08:48:06 2025 Info: MID 27839721 antivirus negative
Mon Mar  3 08:48:06 2025 Info: MID 27839721 using engine: GRAYMAIL negative
Mon Mar  3 08:48:06 2025 Info: MID 27839721 Outbreak Filters: verdict negative
Mon Mar  3 08:48:06 2025 Info: MID 27839721 queued for delivery
Mon Mar  3 08:48:06 2025 Info: Delivery start DCID 6086837 MID 27839721 to RID [0]
Mon Mar  3 08:48:07 2025 Info: Message done DCID 6086837 MID 27839721 to RID [0]
Mon Mar  3 08:48:07 2025 Info: MID 27839721 RID [0] Response '2.6.0 <DvVBtlguQFpv1zhCEZg9hjeV@example.net> [InternalId=94444778074, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 08:48:07 2025 Info: Message finished MID 27839721 done
Mon Mar  3 08:48:12 2025 Info: DCID 6086837 close
Mon Mar  3 09:11:47 2025 Info: New SMTP ICID 884528 interface Data 1 (192.0.2.11) address 198.51.100.250 reverse dns host mail2.bigmail.example verified yes
Mon Mar  3 09:11:47 2025 Info: ICID 884528 ACCEPT SG UNKNOWNLIST match sbrs[none] SBRS None country France
Mon Mar  3 09:11:47 2025 Info: ICID 884528 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Mon Mar  3 09:11:47 2025 Info: Start MID 27839723 ICID 884528
Mon Mar  3 09:11:47 2025 Info: MID 27839723 ICID 884528 From: <sales@bigmail.example>
Mon Mar  3 09:11:47 2025 Info: MID 27839723 ICID 884528 RID 0 To: <wei.schmidt@example.org>
Mon Mar  3 09:11:47 2025 Info: MID 27839723 Message-ID '<d7c7g83nxuBQ64Mq.53373@bigmail.example>'
Mon Mar  3 09:11:47 2025 Info: MID 27839723 ready 7429 bytes from <sales@bigmail.example>
Mon Mar  3 09:11:48 2025 Info: Start MID 27839724 ICID 884528
Mon Mar  3 09:11:48 2025 Info: MID 27839724 ICID 884528 From: <newsletter@bigmail.example>
Mon Mar  3 09:11:48 2025 Info: MID 27839724 ICID 884528 RID 0 To: <pablo.novak@example.net>
Mon Mar  3 09:11:48 2025 Info: MID 27839723 SPF: mailfrom identity sales@bigmail.example Pass (v=spf1)
Mon Mar  3 09:11:48 2025 Info: MID 27839723 DKIM: pass signature verified (d=bigmail.example s=selector1 i=@bigmail.example)
Mon Mar  3 09:11:48 2025 Info: MID 27839723 DMARC: Message from domain bigmail.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:11:48 2025 Info: MID 27839723 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: bigmail.example
Mon Mar  3 09:11:48 2025 Info: MID 27839723 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:11:48 2025 Info: MID 27839723 interim verdict using engine: CASE spam negative
Mon Mar  3 09:11:48 2025 Info: MID 27839723 using engine: CASE spam positive
Mon Mar  3 09:11:48 2025 Info: Message aborted MID 27839723 Dropped by CASE
Mon Mar  3 09:11:48 2025 Info: Message finished MID 27839723 aborted
Mon Mar  3 09:11:48 2025 Info: MID 27839724 Message-ID '<k5QFgqyMEtdNJLVQ.26539@bigmail.example>'
Mon Mar  3 09:11:48 2025 Info: MID 27839724 Subject 'Re: Meeting tomorrow'
Mon Mar  3 09:11:48 2025 Info: MID 27839724 ready 11984 bytes from <newsletter@bigmail.example>
Mon Mar  3 09:11:48 2025 Info: ICID 884528 close
Mon Mar  3 09:11:48 2025 Info: MID 27839724 SPF: mailfrom identity newsletter@bigmail.example Pass (v=spf1)
Mon Mar  3 09:11:48 2025 Info: MID 27839724 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:11:48 2025 Info: MID 27839724 interim verdict using engine: CASE spam negative
Mon Mar  3 09:11:51 2025 Info: MID 27839724 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:11:51 2025 Info: MID 27839724 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:11:51 2025 Info: MID 27839724 using engine: CASE spam negative
Mon Mar  3 09:11:51 2025 Info: MID 27839724 antivirus negative
Mon Mar  3 09:11:51 2025 Info: MID 27839724 using engine: GRAYMAIL negative
Mon Mar  3 09:11:51 2025 Info: MID 27839724 Outbreak Filters: verdict negative
Mon Mar  3 09:11:51 2025 Info: MID 27839724 queued for delivery
Mon Mar  3 09:11:51 2025 Info: New SMTP DCID 6086838 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 09:11:51 2025 Info: DCID 6086838 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Mon Mar  3 09:11:51 2025 Info: Delivery start DCID 6086838 MID 27839724 to RID [0]
Mon Mar  3 09:11:52 2025 Info: Message done DCID 6086838 MID 27839724 to RID [0]
Mon Mar  3 09:11:52 2025 Info: MID 27839724 RID [0] Response '2.6.0 <ETEKpMmcVWze9mncQ2j2f3ax@example.net> [InternalId=36296511386, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:11:52 2025 Info: Message finished MID 27839724 done
Mon Mar  3 09:11:55 2025 Info: DCID 6086838 close
Mon Mar  3 09:21:18 2025 Info: New SMTP ICID 884529 interface Data 1 (192.0.2.11) address 198.51.100.91 reverse dns host mx9.iron-foods.test verified yes
Mon Mar  3 09:21:18 2025 Info: ICID 884529 ACCEPT SG ALLOWED_LIST match .iron-foods.test SBRS 3.1 country United Kingdom
Mon Mar  3 09:21:19 2025 Info: ICID 884529 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 09:21:20 2025 Info: Start MID 27839725 ICID 884529
Mon Mar  3 09:21:20 2025 Info: MID 27839725 ICID 884529 From: <noreply@iron-foods.test>
Mon Mar  3 09:21:20 2025 Info: MID 27839725 ICID 884529 RID 0 To: <farid.kowalski@example.net>
Mon Mar  3 09:21:20 2025 Info: MID 27839725 ICID 884529 RID 1 To: <rosa65@example.net>
Mon Mar  3 09:21:20 2025 Info: MID 27839725 Message-ID '<MpP0H90TaL1aFN7H.39695@iron-foods.test>'
Mon Mar  3 09:21:20 2025 Info: MID 27839725 Subject "Don't forget the deadline"
Mon Mar  3 09:21:20 2025 Info: MID 27839725 ready 51749 bytes from <noreply@iron-foods.test>
Mon Mar  3 09:21:20 2025 Info: MID 27839725 SPF: mailfrom identity noreply@iron-foods.test Pass (v=spf1)
Mon Mar  3 09:21:20 2025 Info: MID 27839725 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:21:20 2025 Info: MID 27839725 interim verdict using engine: CASE spam negative
Mon Mar  3 09:21:20 2025 Info: ICID 884529 close
Mon Mar  3 09:21:21 2025 Info: MID 27839725 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:21:21 2025 Info: MID 27839725 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:21:21 2025 Info: MID 27839725 using engine: CASE spam negative
Mon Mar  3 09:21:21 2025 Info: MID 27839725 antivirus negative
Mon Mar  3 09:21:21 2025 Info: MID 27839725 using engine: GRAYMAIL marketing_mail
Mon Mar  3 09:21:21 2025 Info: MID 27839725 Outbreak Filters: verdict negative
Mon Mar  3 09:21:21 2025 Info: MID 27839725 queued for delivery
Mon Mar  3 09:21:22 2025 Info: New SMTP DCID 6086839 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 09:21:22 2025 Info: DCID 6086839 TLS failed: [Errno 104] Connection reset by peer
Mon Mar  3 09:21:22 2025 Info: Delivery start DCID 6086839 MID 27839725 to RID [0, 1]
Mon Mar  3 09:21:22 2025 Info: Message done DCID 6086839 MID 27839725 to RID [0, 1] 
Mon Mar  3 09:21:22 2025 Info: MID 27839725 RID [0, 1] Response '2.6.0 <JMqLZ2nurumTpWKs2EfzCv8t@example.net> [InternalId=14891722437, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:21:22 2025 Info: Message finished MID 27839725 done
Mon Mar  3 09:21:23 2025 Info: DCID 6086839 close
Mon Mar  3 09:23:21 2025 Info: New SMTP ICID 884530 interface Data 1 (192.0.2.11) address 203.0.113.183 reverse dns host mx2.polarfinance.example.com verified yes
Mon Mar  3 09:23:21 2025 Info: ICID 884530 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.2 country Germany
Mon Mar  3 09:23:22 2025 Info: Start MID 27839726 ICID 884530
Mon Mar  3 09:23:22 2025 Info: MID 27839726 ICID 884530 From: <billing@polarfinance.example.com>
Mon Mar  3 09:23:22 2025 Info: MID 27839726 ICID 884530 RID 0 To: <hugo.silva@example.net>
Mon Mar  3 09:23:23 2025 Info: MID 27839726 Message-ID '<aoJkdKIba6oQ7KE2.31635@polarfinance.example.com>'
Mon Mar  3 09:23:23 2025 Info: MID 27839726 Subject '[EXTERNAL] Action required'
Mon Mar  3 09:23:23 2025 Info: MID 27839726 ready 203125 bytes from <billing@polarfinance.example.com>
Mon Mar  3 09:23:23 2025 Info: ICID 884530 close
Mon Mar  3 09:23:23 2025 Info: MID 27839726 SPF: mailfrom identity billing@polarfinance.example.com Pass (v=spf1)
Mon Mar  3 09:23:23 2025 Info: MID 27839726 DKIM: pass signature verified (d=polarfinance.example.com s=selector1 i=@polarfinance.example.com)
Mon Mar  3 09:23:23 2025 Info: MID 27839726 DMARC: Message from domain polarfinance.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:23:23 2025 Info: MID 27839726 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: polarfinance.example.com
Mon Mar  3 09:23:23 2025 Info: MID 27839726 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:23:23 2025 Info: MID 27839726 interim verdict using engine: CASE spam negative
Mon Mar  3 09:23:25 2025 Info: MID 27839726 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:23:25 2025 Info: MID 27839726 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:23:25 2025 Info: MID 27839726 using engine: CASE spam negative
Mon Mar  3 09:23:25 2025 Info: MID 27839726 antivirus negative
Mon Mar  3 09:23:25 2025 Info: MID 27839726 using engine: GRAYMAIL negative
Mon Mar  3 09:23:25 2025 Info: MID 27839726 Outbreak Filters: verdict negative
Mon Mar  3 09:23:25 2025 Info: MID 27839726 queued for delivery
Mon Mar  3 09:23:26 2025 Info: New SMTP DCID 6086840 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 09:23:26 2025 Info: DCID 6086840 TLS failed: [Errno 104] Connection reset by peer
Mon Mar  3 09:23:26 2025 Info: Delivery start DCID 6086840 MID 27839726 to RID [0]
Mon Mar  3 09:23:26 2025 Info: Message done DCID 6086840 MID 27839726 to RID [0]
Mon Mar  3 09:23:26 2025 Info: MID 27839726 RID [0] Response '2.6.0 <CH0ztJhwXIsRoFJ1s3E7N7Tx@example.net> [InternalId=59167386558, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:23:26 2025 Info: Message finished MID 27839726 done
Mon Mar  3 09:23:30 2025 Info: DCID 6086840 close
Mon Mar  3 09:27:26 2025 Info: New SMTP ICID 884531 interface Data 1 (192.0.2.11) address 198.51.100.1 reverse dns host unknown verified no
Mon Mar  3 09:27:26 2025 Info: ICID 884531 REJECT SG BLOCKED_LIST match sbrs[-10.0:-3.0] SBRS -9.2 country United States
Mon Mar  3 09:27:27 2025 Info: ICID 884531 close
Mon Mar  3 09:30:39 2025 Info: New SMTP ICID 884532 interface Data 1 (192.0.2.11) address 203.0.113.179 reverse dns host mail8.alpine-foods.example.com verified yes
Mon Mar  3 09:30:39 2025 Info: ICID 884532 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.0 country Netherlands
Mon Mar  3 09:30:40 2025 Info: ICID 884532 TLS failed: [Errno 54] Connection reset by peer
Mon Mar  3 09:30:40 2025 Info: Start MID 27839727 ICID 884532
Mon Mar  3 09:30:40 2025 Info: MID 27839727 ICID 884532 From: <info@alpine-foods.example.com>
Mon Mar  3 09:30:40 2025 Info: MID 27839727 ICID 884532 RID 0 To: <yusuf.nguyen@example.net>
Mon Mar  3 09:30:40 2025 Info: MID 27839727 Message-ID '<Tvs3gF7CTnT3jYf7.57253@alpine-foods.example.com>'
Mon Mar  3 09:30:40 2025 Info: MID 27839727 Subject "Don't forget the deadline"
Mon Mar  3 09:30:40 2025 Info: MID 27839727 ready 51010 bytes from <info@alpine-foods.example.com>
Mon Mar  3 09:30:41 2025 Info: ICID 884532 close
Mon Mar  3 09:30:41 2025 Info: MID 27839727 SPF: mailfrom identity info@alpine-foods.example.com Pass (v=spf1)
Mon Mar  3 09:30:41 2025 Info: MID 27839727 DKIM: pass signature verified (d=alpine-foods.example.com s=selector1 i=@alpine-foods.example.com)
Mon Mar  3 09:30:41 2025 Info: MID 27839727 DMARC: Message from domain alpine-foods.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:30:41 2025 Info: MID 27839727 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:30:41 2025 Info: MID 27839727 interim verdict using engine: CASE spam negative
Mon Mar  3 09:30:44 2025 Info: MID 27839727 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:30:44 2025 Info: MID 27839727 using engine: CASE spam negative
Mon Mar  3 09:30:44 2025 Info: MID 27839727 antivirus negative
Mon Mar  3 09:30:44 2025 Info: MID 27839727 using engine: GRAYMAIL negative
Mon Mar  3 09:30:44 2025 Info: MID 27839727 Outbreak Filters: verdict negative
Mon Mar  3 09:30:44 2025 Info: MID 27839727 queued for delivery
Mon Mar  3 09:30:44 2025 Info: New SMTP DCID 6086841 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 09:30:44 2025 Info: DCID 6086841 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 09:30:44 2025 Info: Delivery start DCID 6086841 MID 27839727 to RID [0]
Mon Mar  3 09:30:44 2025 Info: Message done DCID 6086841 MID 27839727 to RID [0]
Mon Mar  3 09:30:44 2025 Info: MID 27839727 RID [0] Response '2.6.0 <cuo4rs5OXRo0mk70Jaeu8MyX@example.net> [InternalId=60566609499, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:30:44 2025 Info: Message finished MID 27839727 done
Mon Mar  3 09:30:51 2025 Info: DCID 6086841 close
Mon Mar  3 09:57:31 2025 Info: New SMTP ICID 884533 interface Data 1 (192.0.2.11) address 198.51.100.198 reverse dns host unknown verified no
Mon Mar  3 09:57:31 2025 Info: ICID 884533 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 9.3 country Japan
Mon Mar  3 09:57:31 2025 Info: ICID 884533 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 09:57:33 2025 Info: Start MID 27839728 ICID 884533
Mon Mar  3 09:57:33 2025 Info: MID 27839728 ICID 884533 From: <sales@harbor-bank.example>
Mon Mar  3 09:57:33 2025 Info: MID 27839728 ICID 884533 RID 0 To: <david73@example.net>
Mon Mar  3 09:57:33 2025 Info: MID 27839728 ICID 884533 RID 1 To: <qi.kim@example.net>
Mon Mar  3 09:57:34 2025 Info: MID 27839728 Message-ID '<1FZ8Td8ogZ6F03jn.26143@harbor-bank.example>'
Mon Mar  3 09:57:34 2025 Info: MID 27839728 Subject 'Tab\tseparated values'
Mon Mar  3 09:57:34 2025 Info: MID 27839728 ready 32373 bytes from <sales@harbor-bank.example>
Mon Mar  3 09:57:34 2025 Debug: MID 27839728 ICID 884533 TLS read 32373 bytes (0.315 seconds)
Mon Mar  3 09:57:34 2025 Info: ICID 884533 close
Mon Mar  3 09:57:34 2025 Info: MID 27839728 SPF: mailfrom identity sales@harbor-bank.example Pass (v=spf1)
Mon Mar  3 09:57:34 2025 Info: MID 27839728 DKIM: pass signature verified (d=harbor-bank.example s=selector1 i=@harbor-bank.example)
Mon Mar  3 09:57:34 2025 Info: MID 27839728 DMARC: Message from domain harbor-bank.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:57:34 2025 Info: MID 27839728 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:57:34 2025 Info: MID 27839728 interim verdict using engine: CASE spam negative
Mon Mar  3 09:57:35 2025 Info: MID 27839728 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:57:35 2025 Info: MID 27839728 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:57:35 2025 Info: MID 27839728 using engine: CASE spam negative
Mon Mar  3 09:57:35 2025 Info: MID 27839728 antivirus negative
Mon Mar  3 09:57:35 2025 Info: MID 27839728 using engine: GRAYMAIL negative
Mon Mar  3 09:57:35 2025 Info: MID 27839728 Outbreak Filters: verdict negative
Mon Mar  3 09:57:35 2025 Info: MID 27839728 queued for delivery
Mon Mar  3 09:57:35 2025 Info: New SMTP DCID 6086842 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 09:57:35 2025 Info: DCID 6086842 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 09:57:35 2025 Info: Delivery start DCID 6086842 MID 27839728 to RID [0, 1]
Mon Mar  3 09:57:35 2025 Info: Message done DCID 6086842 MID 27839728 to RID [0, 1]
Mon Mar  3 09:57:35 2025 Info: MID 27839728 RID [0, 1] Response '2.6.0 <KzAscBcTSAu0CgGJ6Wjpjtt4@example.net> [InternalId=10233719655, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:57:35 2025 Info: Message finished MID 27839728 done
Mon Mar  3 09:57:44 2025 Info: DCID 6086842 close
Mon Mar  3 10:11:16 2025 Info: New SMTP ICID 884534 interface Data 1 (192.0.2.11) address 198.51.100.107 reverse dns host mx5.atlasbank.test verified yes
Mon Mar  3 10:11:16 2025 Info: ICID 884534 ACCEPT SG UNKNOWNLIST match sbrs[none] SBRS None country Netherlands
Mon Mar  3 10:11:16 2025 Info: ICID 884534 TLS success protocol TLSv1 cipher ECDHE-RSA-AES256-SHA
Mon Mar  3 10:11:17 2025 Info: Start MID 27839729 ICID 884534
Mon Mar  3 10:11:17 2025 Info: MID 27839729 ICID 884534 From: <wei.okafor@atlasbank.test>
Mon Mar  3 10:11:17 2025 Info: MID 27839729 ICID 884534 RID 0 To: <zoe48@example.net>
Mon Mar  3 10:11:17 2025 Info: MID 27839729 ICID 884534 RID 1 To: <olga.ivanova@example.net>
Mon Mar  3 10:11:17 2025 Info: MID 27839729 ICID 884534 RID 2 To: <ben17@example.net>
Mon Mar  3 10:11:17 2025 Info: MID 27839729 ICID 884534 RID 3 To: <tara.schmidt@example.org>
Mon Mar  3 10:11:17 2025 Info: MID 27839729 ICID 884534 RID 4 To: <wei48@example.net>
Mon Mar  3 10:11:17 2025 Info: MID 27839729 Message-ID '<ZBuXhOZQxdlqYNXO.35059@atlasbank.test>'
Mon Mar  3 10:11:17 2025 Info: MID 27839729 Subject 'Your order has shipped'
Mon Mar  3 10:11:17 2025 Info: MID 27839729 ready 73879 bytes from <wei.okafor@atlasbank.test>
Mon Mar  3 10:11:17 2025 Info: Start MID 27839730 ICID 884534
Mon Mar  3 10:11:17 2025 Info: MID 27839730 ICID 884534 From: <support@atlasbank.test>
Mon Mar  3 10:11:17 2025 Info: MID 27839730 ICID 884534 RID 0 To: <pablo.novak@example.org>
Mon Mar  3 10:11:17 2025 Info: Message aborted MID 27839730 Receiving aborted
Mon Mar  3 10:11:17 2025 Info: Message finished MID 27839730 aborted
Mon Mar  3 10:11:17 2025 Info: ICID 884534 lost
Mon Mar  3 10:11:17 2025 Info: ICID 884534 close
Mon Mar  3 10:11:18 2025 Info: MID 27839729 SPF: mailfrom identity wei.okafor@atlasbank.test Pass (v=spf1)
Mon Mar  3 10:11:18 2025 Info: MID 27839729 DKIM: pass signature verified (d=atlasbank.test s=selector1 i=@atlasbank.test)
Mon Mar  3 10:11:18 2025 Info: MID 27839729 DMARC: Message from domain atlasbank.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 10:11:18 2025 Info: MID 27839729 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: atlasbank.test
Mon Mar  3 10:11:18 2025 Info: MID 27839729 was split creating MID 27839731 due to a per-recipient policy Finance in the inbound table
Mon Mar  3 10:11:18 2025 Info: MID 27839729 was split creating MID 27839732 due to a per-recipient policy Engineering in the inbound table
Mon Mar  3 10:11:18 2025 Info: Message finished MID 27839729 done
Mon Mar  3 10:11:18 2025 Info: MID 27839731 ICID 0 From: <wei.okafor@atlasbank.test>
Mon Mar  3 10:11:18 2025 Info: MID 27839731 ICID 0 RID 0 To: <zoe48@example.net>
Mon Mar  3 10:11:18 2025 Info: MID 27839731 matched all recipients for per-recipient policy Finance in the inbound table
Mon Mar  3 10:11:18 2025 Info: MID 27839731 interim verdict using engine: CASE spam negative
Mon Mar  3 10:11:18 2025 Info: MID 27839732 ICID 0 From: <wei.okafor@atlasbank.test>
Mon Mar  3 10:11:18 2025 Info: MID 27839732 ICID 0 RID 0 To: <olga.ivanova@example.net>
Mon Mar  3 10:11:18 2025 Info: MID 27839732 ICID 0 RID 1 To: <ben17@example.net>
Mon Mar  3 10:11:18 2025 Info: MID 27839732 ICID 0 RID 2 To: <tara.schmidt@example.org>
Mon Mar  3 10:11:18 2025 Info: MID 27839732 ICID 0 RID 3 To: <wei48@example.net>
Mon Mar  3 10:11:18 2025 Info: MID 27839732 matched all recipients for per-recipient policy Engineering in the inbound table
Mon Mar  3 10:11:18 2025 Info: MID 27839732 interim verdict using engine: CASE spam negative
Mon Mar  3 10:11:18 2025 Info: MID 27839731 interim AV verdict using Sophos CLEAN
Mon Mar  3 10:11:18 2025 Info: MID 27839731 using engine: CASE spam negative
Mon Mar  3 10:11:18 2025 Info: MID 27839731 antivirus negative
Mon Mar  3 10:11:18 2025 Info: MID 27839731 using engine: GRAYMAIL negative
Mon Mar  3 10:11:18 2025 Info: MID 27839731 Outbreak Filters: verdict negative
Mon Mar  3 10:11:18 2025 Info: MID 27839731 queued for delivery
Mon Mar  3 10:11:18 2025 Info: New SMTP DCID 6086843 interface 192.0.2.111 address 10.20.0.10
Mon Mar  3 10:11:19 2025 Info: DCID 6086843 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 10:11:19 2025 Info: Delivery start DCID 6086843 MID 27839731 to RID [0]
Mon Mar  3 10:11:19 2025 Info: Message done DCID 6086843 MID 27839731 to RID [0]
Mon Mar  3 10:11:19 2025 Info: MID 27839731 RID [0] Response '2.6.0 <oFG0eMV546MD50Ypena0OzLv@example.net> [InternalId=20814348842, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:11:19 2025 Info: Message finished MID 27839731 done
Mon Mar  3 10:11:20 2025 Info: MID 27839732 interim AV verdict using Sophos CLEAN
Mon Mar  3 10:11:20 2025 Info: MID 27839732 using engine: CASE spam negative
Mon Mar  3 10:11:20 2025 Info: MID 27839732 antivirus negative
Mon Mar  3 10:11:20 2025 Info: MID 27839732 using engine: GRAYMAIL negative
Mon Mar  3 10:11:20 2025 Info: MID 27839732 Outbreak Filters: verdict negative
Mon Mar  3 10:11:20 2025 Info: MID 27839732 queued for delivery
Mon Mar  3 10:11:20 2025 Info: Delivery start DCID 6086843 MID 27839732 to RID [0, 1, 3]
Mon Mar  3 10:11:20 2025 Info: Message done DCID 6086843 MID 27839732 to RID [0, 1, 3]
Mon Mar  3 10:11:20 2025 Info: MID 27839732 RID [0, 1, 3] Response '2.6.0 <6dVQIbpKu8mGGvJPF7ZFqJxr@example.net> [InternalId=40154793169, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
