Mon Mar  3 09:00:17 2025 Info: Begin Logfile
Mon Mar  3 09:00:17 2025 Info: Version: 14.3.0-032 SN: 42FFE15A98D20773210A-95605505A882
Mon Mar  3 09:00:17 2025 Info: Time offset from UTC: 3600 seconds
Mon Mar  3 09:00:17 2025 Info: Message done DCID 8598959 MID 3706496 to RID [1, 2]
Mon Mar  3 09:00:17 2025 Info: MID 3706496 RID [1, 2] Response '2.6.0 <VAPf5Yt0xkX7jgZNqqS7hMq2@example.net> [InternalId=33410769784, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:00:17 2025 Info: Message finished MID 3706496 done
Mon Mar  3 09:00:17 2025 Info: Delivery start DCID 8598959 MID 3706495 to RID [0, 1]
Mon Mar  3 09:00:17 2025 Info: Message done DCID 8598959 MID 3706495 to RID [0, 1]
Mon Mar  3 09:00:17 2025 Info: MID 3706495 RID [0, 1] Response '2.6.0 <JCzcYplWEKDf2vuEjxfuHWpU@example.net> [InternalId=55198213629, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:00:17 2025 Info: Message finished MID 3706495 done
Mon Mar  3 09:00:18 2025 Info: MID 3706497 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:00:18 2025 Info: MID 3706497 using engine: CASE spam negative
Mon Mar  3 09:00:18 2025 Info: MID 3706497 antivirus negative
Mon Mar  3 09:00:18 2025 Info: MID 3706497 using engine: GRAYMAIL negative
Mon Mar  3 09:00:18 2025 Info: MID 3706497 Outbreak Filters: verdict negative
Mon Mar  3 09:00:18 2025 Info: MID 3706497 queued for delivery
Mon Mar  3 09:00:18 2025 Info: Delivery start DCID 8598960 MID 3706497 to RID [0]
Mon Mar  3 09:00:18 2025 Info: Message done DCID 8598960 MID 3706497 to RID [0]
Mon Mar  3 09:00:18 2025 Info: MID 3706497 RID [0] Response '2.6.0 <uURa3sxj0AGZpaaI5P2o86ZF@example.net> [InternalId=47763930832, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:00:18 2025 Info: Message finished MID 3706497 done
Mon Mar  3 09:00:19 2025 Info: Start MID 3706498 ICID 9307308
Mon Mar  3 09:00:19 2025 Info: MID 3706498 ICID 9307308 From: <aoife.haddad@rapidmotors.example>
Mon Mar  3 09:00:19 2025 Info: MID 3706498 ICID 9307308 RID 0 To: <rosa.novak@example.org>
Mon Mar  3 09:00:19 2025 Info: MID 3706498 ICID 9307308 RID 1 To: <olga9@example.net>
Mon Mar  3 09:00:19 2025 Info: MID 3706498 ICID 9307308 RID 2 To: <vera.okafor@example.net>
Mon Mar  3 09:00:20 2025 Info: MID 3706498 Message-ID '<7jO4FWbtkp5KqGQa.50713@rapidmotors.example>'
Mon Mar  3 09:00:20 2025 Info: MID 3706498 Subject 'Quarterly report'
Mon Mar  3 09:00:20 2025 Info: MID 3706498 ready 16070 bytes from <aoife.haddad@rapidmotors.example>
Mon Mar  3 09:00:20 2025 Debug: MID 3706498 ICID 9307308 TLS read 16070 bytes (0.543 seconds)
Mon Mar  3 09:00:20 2025 Info: DCID 8598961 close
Mon Mar  3 09:00:20 2025 Info: Start MID 3706499 ICID 9307308
Mon Mar  3 09:00:20 2025 Info: MID 3706499 ICID 9307308 From: <maria83@rapidmotors.example>
Mon Mar  3 09:00:20 2025 Info: MID 3706499 ICID 9307308 RID 0 To: <greta1@example.net>
Mon Mar  3 09:00:21 2025 Info: MID 3706498 SPF: mailfrom identity aoife.haddad@rapidmotors.example Pass (v=spf1)
Mon Mar  3 09:00:21 2025 Info: MID 3706498 DKIM: pass signature verified (d=rapidmotors.example s=selector1 i=@rapidmotors.example)
Mon Mar  3 09:00:21 2025 Info: MID 3706498 DMARC: Message from domain rapidmotors.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:00:21 2025 Info: MID 3706498 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: rapidmotors.example
Mon Mar  3 09:00:21 2025 Info: MID 3706498 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:00:21 2025 Info: MID 3706498 interim verdict using engine: CASE spam negative
Mon Mar  3 09:00:21 2025 Info: MID 3706498 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:00:21 2025 Info: MID 3706498 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:00:21 2025 Info: MID 3706498 using engine: CASE spam negative
Mon Mar  3 09:00:21 2025 Info: MID 3706498 antivirus negative
Mon Mar  3 09:00:21 2025 Info: MID 3706498 using engine: GRAYMAIL negative
Mon Mar  3 09:00:21 2025 Info: MID 3706498 Outbreak Filters: verdict negative
Mon Mar  3 09:00:21 2025 Info: MID 3706498 queued for delivery
Mon Mar  3 09:00:21 2025 Info: Delivery start DCID 8598959 MID 3706498 to RID [1, 2]
Mon Mar  3 09:00:21 2025 Info: Delivery start DCID 8598960 MID 3706498 to RID [0]
Mon Mar  3 09:00:21 2025 Info: Message done DCID 8598960 MID 3706498 to RID [0]
Mon Mar  3 09:00:21 2025 Info: MID 3706498 RID [0] Response '2.6.0 <wwBzYwx7CqLGbGWzjkT7t7tS@example.net> [InternalId=12445909664, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:00:21 2025 Info: Message done DCID 8598959 MID 3706498 to RID [1, 2]
Mon Mar  3 09:00:21 2025 Info: MID 3706498 RID [1, 2] Response '2.6.0 <wE0ZKVw3Rbk3sFRtN7SYwZKE@example.net> [InternalId=31649591588, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:00:21 2025 Info: Message finished MID 3706498 done
Mon Mar  3 09:00:21 2025 Info: MID 3706499 Message-ID '<GYoNsfJe28xWMBGk.7529@rapidmotors.example>'
Mon Mar  3 09:00:21 2025 Info: MID 3706499 Subject 'Re: Meeting tomorrow'
Mon Mar  3 09:00:21 2025 Info: MID 3706499 ready 75898 bytes from <maria83@rapidmotors.example>
Mon Mar  3 09:00:21 2025 Debug: MID 3706499 ICID 9307308 TLS read 75898 bytes (0.438 seconds)
Mon Mar  3 09:00:21 2025 Info: MID 3706499 SPF: mailfrom identity maria83@rapidmotors.example Pass (v=spf1)
Mon Mar  3 09:00:21 2025 Info: MID 3706499 DKIM: pass signature verified (d=rapidmotors.example s=selector1 i=@rapidmotors.example)
Mon Mar  3 09:00:21 2025 Info: MID 3706499 DMARC: Message from domain rapidmotors.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:00:21 2025 Info: MID 3706499 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: rapidmotors.example
Mon Mar  3 09:00:21 2025 Info: MID 3706499 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:00:21 2025 Info: MID 3706499 interim verdict using engine: CASE spam negative
Mon Mar  3 09:00:21 2025 Info: Start MID 3706500 ICID 0
Mon Mar  3 09:00:21 2025 Info: MID 3706500 was generated based on MID 3706499 by bcc filter 'Archive Copy'
Mon Mar  3 09:00:22 2025 Info: MID 3706500 ICID 0 From: <maria83@rapidmotors.example>
Mon Mar  3 09:00:22 2025 Info: MID 3706500 ICID 0 RID 0 To: <journal@archive.example.net>
Mon Mar  3 09:00:22 2025 Info: MID 3706500 ready 76248 bytes from <maria83@rapidmotors.example>
Mon Mar  3 09:00:22 2025 Info: Start MID 3706501 ICID 9307308
Mon Mar  3 09:00:22 2025 Info: MID 3706501 ICID 9307308 From: <vera79@rapidmotors.example>
Mon Mar  3 09:00:22 2025 Info: MID 3706501 ICID 9307308 RID 0 To: <umar.nguyen@example.org>
Mon Mar  3 09:00:22 2025 Info: MID 3706500 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:00:22 2025 Info: MID 3706500 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:00:22 2025 Info: MID 3706500 using engine: CASE spam negative
Mon Mar  3 09:00:22 2025 Info: MID 3706500 antivirus negative
Mon Mar  3 09:00:22 2025 Info: MID 3706500 using engine: GRAYMAIL negative
Mon Mar  3 09:00:22 2025 Info: MID 3706500 Outbreak Filters: verdict negative
Mon Mar  3 09:00:22 2025 Info: MID 3706500 queued for delivery
Mon Mar  3 09:00:22 2025 Info: New SMTP DCID 8598962 interface 192.0.2.111 address 10.20.0.40 port 25
Mon Mar  3 09:00:22 2025 Info: DCID 8598962 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 09:00:22 2025 Info: Delivery start DCID 8598962 MID 3706500 to RID [0]
Mon Mar  3 09:00:22 2025 Info: MID 3706501 Message-ID '<u4MlAqZMDkuTlf8s.51736@rapidmotors.example>'
Mon Mar  3 09:00:22 2025 Info: MID 3706501 Subject 'Q1 plan (v2)'
Mon Mar  3 09:00:22 2025 Info: MID 3706501 ready 3431 bytes from <vera79@rapidmotors.example>
Mon Mar  3 09:00:23 2025 Info: MID 3706501 SPF: mailfrom identity vera79@rapidmotors.example Pass (v=spf1)
Mon Mar  3 09:00:23 2025 Info: MID 3706501 DKIM: pass signature verified (d=rapidmotors.example s=selector1 i=@rapidmotors.example)
Mon Mar  3 09:00:23 2025 Info: MID 3706501 DMARC: Message from domain rapidmotors.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:00:23 2025 Info: MID 3706501 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: rapidmotors.example
Mon Mar  3 09:00:23 2025 Info: MID 3706501 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:00:23 2025 Info: MID 3706501 interim verdict using engine: CASE spam negative
Mon Mar  3 09:00:23 2025 Info: Message done DCID 8598962 MID 3706500 to RID [0]
Mon Mar  3 09:00:23 2025 Info: MID 3706500 RID [0] Response '2.0.0 Ok: queued as RZ0BCn9MhCzdEa'
Mon Mar  3 09:00:23 2025 Info: Message finished MID 3706500 done
Mon Mar  3 09:00:24 2025 Info: MID 3706499 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:00:24 2025 Info: MID 3706499 using engine: CASE spam negative
Mon Mar  3 09:00:24 2025 Info: MID 3706499 antivirus negative
Mon Mar  3 09:00:24 2025 Info: MID 3706499 using engine: GRAYMAIL negative
Mon Mar  3 09:00:24 2025 Info: MID 3706499 Outbreak Filters: verdict negative
Mon Mar  3 09:00:24 2025 Info: MID 3706499 queued for delivery
Mon Mar  3 09:00:24 2025 Info: Delivery start DCID 8598959 MID 3706499 to RID [0]
Mon Mar  3 09:00:24 2025 Info: Message done DCID 8598959 MID 3706499 to RID [0]
Mon Mar  3 09:00:24 2025 Info: MID 3706499 RID [0] Response '2.6.0 <QQPnGxTN2YWoS7PXk0RpgOcB@example.net> [InternalId=88265248566, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:00:24 2025 Info: Message finished MID 3706499 done
Mon Mar  3 09:00:24 2025 Info: MID 3706501 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:00:24 2025 Info: MID 3706501 using engine: CASE spam negative
Mon Mar  3 09:00:24 2025 Info: MID 3706501 antivirus negative
Mon Mar  3 09:00:24 2025 Info: MID 3706501 using engine: GRAYMAIL negative
Mon Mar  3 09:00:24 2025 Info: MID 3706501 Outbreak Filters: verdict negative
Mon Mar  3 09:00:24 2025 Info: MID 3706501 queued for delivery
Mon Mar  3 09:00:24 2025 Info: Delivery start DCID 8598960 MID 3706501 to RID [0]
Mon Mar  3 09:00:25 2025 Info: Message done DCID 8598960 MID 3706501 to RID [0]
Mon Mar  3 09:00:25 2025 Info: MID 3706501 RID [0] Response '2.6.0 <XhlqF7GWI8TyMJmNAQlReBuZ@example.net> [InternalId=86618551305, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:00:25 2025 Info: Message finished MID 3706501 done
Mon Mar  3 09:00:25 2025 Info: DCID 8598962 close
Mon Mar  3 09:00:26 2025 Info: DCID 8598959 close
Mon Mar  3 09:00:26 2025 Info: Start MID 3706502 ICID 9307308
Mon Mar  3 09:00:26 2025 Info: MID 3706502 ICID 9307308 From: <info@rapidmotors.example>
Mon Mar  3 09:00:26 2025 Info: MID 3706502 ICID 9307308 RID 0 To: <ines.tanaka@example.net>
Mon Mar  3 09:00:26 2025 Info: MID 3706502 Message-ID '<0f37XI58om8ncHJ1.83847@rapidmotors.example>'
Mon Mar  3 09:00:26 2025 Info: MID 3706502 Subject 'Re: Re: budget figures'
Mon Mar  3 09:00:26 2025 Info: MID 3706502 ready 11833 bytes from <info@rapidmotors.example>
Mon Mar  3 09:00:26 2025 Info: MID 3706502 SPF: mailfrom identity info@rapidmotors.example Pass (v=spf1)
Mon Mar  3 09:00:26 2025 Info: MID 3706502 DKIM: pass signature verified (d=rapidmotors.example s=selector1 i=@rapidmotors.example)
Mon Mar  3 09:00:26 2025 Info: MID 3706502 DMARC: Message from domain rapidmotors.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:00:26 2025 Info: MID 3706502 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:00:26 2025 Info: MID 3706502 interim verdict using engine: CASE spam negative
Mon Mar  3 09:00:27 2025 Info: Start MID 3706503 ICID 9307308
Mon Mar  3 09:00:27 2025 Info: MID 3706503 ICID 9307308 From: <wei.ivanova@rapidmotors.example>
Mon Mar  3 09:00:27 2025 Info: MID 3706503 ICID 9307308 RID 0 To: <keiko57@example.net>
Mon Mar  3 09:00:28 2025 Info: MID 3706503 Message-ID '<rDrAmOcsTVvIFy53.48652@rapidmotors.example>'
Mon Mar  3 09:00:28 2025 Info: MID 3706503 Subject 'Security alert'
Mon Mar  3 09:00:28 2025 Info: MID 3706503 ready 22855 bytes from <wei.ivanova@rapidmotors.example>
Mon Mar  3 09:00:28 2025 Info: ICID 9307308 close
Mon Mar  3 09:00:29 2025 Info: MID 3706502 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:00:29 2025 Info: MID 3706502 using engine: CASE spam negative
Mon Mar  3 09:00:29 2025 Info: MID 3706502 antivirus negative
Mon Mar  3 09:00:29 2025 Info: MID 3706502 using engine: GRAYMAIL negative
Mon Mar  3 09:00:29 2025 Info: MID 3706502 Outbreak Filters: verdict negative
Mon Mar  3 09:00:29 2025 Info: MID 3706502 queued for delivery
Mon Mar  3 09:00:29 2025 Info: DCID 8598960 close
Mon Mar  3 09:00:29 2025 Info: MID 3706503 SPF: mailfrom identity wei.ivanova@rapidmotors.example Pass (v=spf1)
Mon Mar  3 09:00:29 2025 Info: MID 3706503 DKIM: pass signature verified (d=rapidmotors.example s=selector1 i=@rapidmotors.example)
Mon Mar  3 09:00:29 2025 Info: MID 3706503 DMARC: Message from domain rapidmotors.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:00:29 2025 Info: MID 3706503 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:00:29 2025 Info: MID 3706503 interim verdict using engine: CASE spam negative
Mon Mar  3 09:00:29 2025 Info: New SMTP DCID 8598963 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 09:00:29 2025 Info: DCID 8598963 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 09:00:29 2025 Info: MID 3706503 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:00:29 2025 Info: MID 3706503 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:00:29 2025 Info: MID 3706503 using engine: CASE spam negative
Mon Mar  3 09:00:29 2025 Info: MID 3706503 antivirus negative
Mon Mar  3 09:00:29 2025 Info: MID 3706503 using engine: GRAYMAIL marketing_mail
Mon Mar  3 09:00:29 2025 Info: MID 3706503 Outbreak Filters: verdict negative
Mon Mar  3 09:00:29 2025 Info: MID 3706503 queued for delivery
Mon Mar  3 09:00:29 2025 Info: Delivery start DCID 8598963 MID 3706502 to RID [0]
Mon Mar  3 09:00:29 2025 Info: New SMTP DCID 8598964 interface 192.0.2.111 address 10.20.0.11
Mon Mar  3 09:00:30 2025 Info: DCID 8598964 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 09:00:30 2025 Info: Delivery start DCID 8598964 MID 3706503 to RID [0]
Mon Mar  3 09:00:30 2025 Info: Message done DCID 8598963 MID 3706502 to RID [0]
Mon Mar  3 09:00:30 2025 Info: MID 3706502 RID [0] Response '2.6.0 <n3xSRtXUZKsoqgNjgIwS7Xsa@example.net> [InternalId=90157699458, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:00:30 2025 Info: Message finished MID 3706502 done
Mon Mar  3 09:00:30 2025 Info: Message done DCID 8598964 MID 3706503 to RID [0]
Mon Mar  3 09:00:30 2025 Info: MID 3706503 RID [0] Response '2.6.0 <m5JqWsSmkMab0GcNQFXF8d4w@example.net> [InternalId=31135864895, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:00:30 2025 Info: Message finished MID 3706503 done
Mon Mar  3 09:00:31 2025 Info: DCID 8598963 close
Mon Mar  3 09:00:33 2025 Info: DCID 8598964 close
Mon Mar  3 09:03:17 2025 Info: New SMTP ICID 9307309 interface Data 2 (10.20.0.21) address 10.20.1.13 reverse dns host exch04.corp.example.net verified yes
Mon Mar  3 09:03:17 2025 Info: ICID 9307309 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 09:03:17 2025 Info: ICID 9307309 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Mon Mar  3 09:03:17 2025 Info: Start MID 3706504 ICID 9307309
Mon Mar  3 09:03:17 2025 Info: MID 3706504 ICID 9307309 From: <umar41@example.net>
Mon Mar  3 09:03:17 2025 Info: MID 3706504 ICID 9307309 RID 0 To: <sven.fischer@mapleenergy.example.de>
Mon Mar  3 09:03:17 2025 Info: MID 3706504 ICID 9307309 RID 1 To: <maria.kim@atlas-pharma.example.de>
Mon Mar  3 09:03:18 2025 Info: MID 3706504 Message-ID "<O'Neill.2bR4XfCvqsJW9qAm.95062@exch01.corp.example.net>"
Mon Mar  3 09:03:18 2025 Info: MID 3706504 Subject 'Re: "Final" version'
Mon Mar  3 09:03:18 2025 Info: MID 3706504 ready 26617 bytes from <umar41@example.net>
Mon Mar  3 09:03:18 2025 Info: MID 3706504 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 09:03:18 2025 Info: ICID 9307309 close
Mon Mar  3 09:03:19 2025 Info: MID 3706504 antivirus negative
Mon Mar  3 09:03:19 2025 Info: MID 3706504 Outbreak Filters: verdict negative
Mon Mar  3 09:03:19 2025 Info: MID 3706504 queued for delivery
Mon Mar  3 09:03:19 2025 Info: New SMTP DCID 8598965 interface 192.0.2.111 address 203.0.113.126 port 25
Mon Mar  3 09:03:19 2025 Info: New SMTP DCID 8598966 interface 192.0.2.111 address 203.0.113.62 port 25
Mon Mar  3 09:03:19 2025 Info: DCID 8598965 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 09:03:19 2025 Info: Delivery start DCID 8598965 MID 3706504 to RID [0]
Mon Mar  3 09:03:19 2025 Info: DCID 8598966 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 09:03:19 2025 Info: Delivery start DCID 8598966 MID 3706504 to RID [1]
Mon Mar  3 09:03:19 2025 Info: Message done DCID 8598965 MID 3706504 to RID [0]
Mon Mar  3 09:03:19 2025 Info: MID 3706504 RID [0] Response '2.0.0 Ok: queued as B1Sxcugo7uoG9l'
Mon Mar  3 09:03:20 2025 Info: Message done DCID 8598966 MID 3706504 to RID [1]
Mon Mar  3 09:03:20 2025 Info: MID 3706504 RID [1] Response '2.0.0 Ok: queued as 9o16tFNlq02DXT'
Mon Mar  3 09:03:20 2025 Info: Message finished MID 3706504 done
Mon Mar  3 09:03:21 2025 Info: DCID 8598966 close
Mon Mar  3 09:03:22 2025 Info: DCID 8598965 close
Mon Mar  3 09:05:56 2025 Info: New SMTP ICID 9307310 interface Data 1 (192.0.2.11) address 198.51.100.3 reverse dns host mx9.quietlogistics.example.de verified yes
Mon Mar  3 09:05:56 2025 Info: ICID 9307310 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 7.5 country Ireland
Mon Mar  3 09:05:57 2025 Info: Start MID 3706505 ICID 9307310
Mon Mar  3 09:05:57 2025 Info: MID 3706505 ICID 9307310 From: <support@quietlogistics.example.de>
Mon Mar  3 09:05:57 2025 Info: MID 3706505 ICID 9307310 RID 0 To: <aoife.haddad@example.net>
Mon Mar  3 09:05:57 2025 Info: MID 3706505 ICID 9307310 RID 1 To: <greta24@example.org>
Mon Mar  3 09:05:57 2025 Info: MID 3706505 ICID 9307310 RID 2 To: <greta93@example.net>
Mon Mar  3 09:05:57 2025 Info: MID 3706505 ICID 9307310 RID 3 To: <david.larsen@example.net>
Mon Mar  3 09:05:58 2025 Info: MID 3706505 Subject 'Out of office: back Monday'
Mon Mar  3 09:05:58 2025 Info: MID 3706505 ready 10569 bytes from <support@quietlogistics.example.de>
Mon Mar  3 09:05:58 2025 Info: MID 3706505 SPF: mailfrom identity support@quietlogistics.example.de Pass (v=spf1)
Mon Mar  3 09:05:58 2025 Info: MID 3706505 DKIM: pass signature verified (d=quietlogistics.example.de s=selector1 i=@quietlogistics.example.de)
Mon Mar  3 09:05:58 2025 Info: MID 3706505 DMARC: Message from domain quietlogistics.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:05:58 2025 Info: MID 3706505 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:05:58 2025 Info: MID 3706505 interim verdict using engine: CASE spam negative
Mon Mar  3 09:05:59 2025 Info: MID 3706505 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:05:59 2025 Info: MID 3706505 using engine: CASE spam negative
Mon Mar  3 09:05:59 2025 Info: MID 3706505 antivirus negative
Mon Mar  3 09:05:59 2025 Info: MID 3706505 using engine: GRAYMAIL marketing_mail
Mon Mar  3 09:05:59 2025 Info: MID 3706505 Outbreak Filters: verdict negative
Mon Mar  3 09:05:59 2025 Info: MID 3706505 queued for delivery
Mon Mar  3 09:05:59 2025 Info: New SMTP DCID 8598967 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 09:05:59 2025 Info: New SMTP DCID 8598968 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 09:05:59 2025 Info: DCID 8598968 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 09:05:59 2025 Info: Delivery start DCID 8598968 MID 3706505 to RID [0, 2, 3]
Mon Mar  3 09:05:59 2025 Info: DCID 8598967 TLS failed: [Errno 104] Connection reset by peer
Mon Mar  3 09:05:59 2025 Info: Delivery start DCID 8598967 MID 3706505 to RID [1]
Mon Mar  3 09:06:00 2025 Info: Message done DCID 8598968 MID 3706505 to RID [0, 2, 3]
Mon Mar  3 09:06:00 2025 Info: MID 3706505 RID [0, 2, 3] Response '2.6.0 <tnoJhoqYjJW7eKLB6lWZbURB@example.net> [InternalId=40076386057, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:06:00 2025 Info: Message done DCID 8598967 MID 3706505 to RID [1]
Mon Mar  3 09:06:00 2025 Info: MID 3706505 RID [1] Response '2.6.0 <KRmsHl9z7ca9nEC8WRm4OvOM@example.net> [InternalId=23365531546, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:06:00 2025 Info: Message finished MID 3706505 done
Mon Mar  3 09:06:00 2025 Info: Start MID 3706506 ICID 9307310
Mon Mar  3 09:06:00 2025 Info: MID 3706506 ICID 9307310 From: <nils.nguyen@quietlogistics.example.de>
Mon Mar  3 09:06:00 2025 Info: MID 3706506 ICID 9307310 RID 0 To: <rosa.rossi@example.org>
Mon Mar  3 09:06:00 2025 Info: MID 3706506 ICID 9307310 RID 1 To: <sven.schmidt@example.net>
Mon Mar  3 09:06:01 2025 Info: MID 3706506 Message-ID '<fXSGI4fQbadHIcfd.28771@quietlogistics.example.de>'
Mon Mar  3 09:06:01 2025 Info: MID 3706506 ready 196684 bytes from <nils.nguyen@quietlogistics.example.de>
Mon Mar  3 09:06:01 2025 Info: ICID 9307310 close
Mon Mar  3 09:06:01 2025 Info: MID 3706506 SPF: mailfrom identity nils.nguyen@quietlogistics.example.de Pass (v=spf1)
Mon Mar  3 09:06:01 2025 Info: MID 3706506 DKIM: pass signature verified (d=quietlogistics.example.de s=selector1 i=@quietlogistics.example.de)
Mon Mar  3 09:06:01 2025 Info: MID 3706506 DMARC: Message from domain quietlogistics.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:06:01 2025 Info: MID 3706506 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:06:01 2025 Info: MID 3706506 interim verdict using engine: CASE spam negative
Mon Mar  3 09:06:02 2025 Info: DCID 8598968 close
Mon Mar  3 09:06:02 2025 Info: DCID 8598967 close
Mon Mar  3 09:06:03 2025 Info: MID 3706506 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:06:03 2025 Info: MID 3706506 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:06:03 2025 Info: MID 3706506 using engine: CASE spam negative
Mon Mar  3 09:06:03 2025 Info: MID 3706506 antivirus negative
Mon Mar  3 09:06:03 2025 Info: MID 3706506 using engine: GRAYMAIL negative
Mon Mar  3 09:06:03 2025 Info: MID 3706506 Outbreak Filters: verdict negative
Mon Mar  3 09:06:03 2025 Info: MID 3706506 queued for delivery
Mon Mar  3 09:06:03 2025 Info: New SMTP DCID 8598969 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 09:06:03 2025 Info: New SMTP DCID 8598970 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 09:06:03 2025 Info: DCID 8598969 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 09:06:03 2025 Info: Delivery start DCID 8598969 MID 3706506 to RID [1]
Mon Mar  3 09:06:04 2025 Info: DCID 8598970 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 09:06:04 2025 Info: Delivery start DCID 8598970 MID 3706506 to RID [0]
Mon Mar  3 09:06:04 2025 Info: Message done DCID 8598970 MID 3706506 to RID [0]
Mon Mar  3 09:06:04 2025 Info: MID 3706506 RID [0] Response '2.6.0 <i58EQUdZhZSdV6BujV32ZISM@example.net> [InternalId=26699476836, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:06:04 2025 Info: Message done DCID 8598969 MID 3706506 to RID [1]
Mon Mar  3 09:06:04 2025 Info: MID 3706506 RID [1] Response '2.6.0 <40yi4C5IYoxxlrk8rWbMmmAU@example.net> [InternalId=51994629048, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:06:04 2025 Info: Message finished MID 3706506 done
Mon Mar  3 09:06:13 2025 Info: DCID 8598969 close
Mon Mar  3 09:06:13 2025 Info: DCID 8598970 close
Mon Mar  3 09:23:12 2025 Info: New SMTP ICID 9307311 interface Data 1 (192.0.2.11) address 203.0.113.39 reverse dns host mail5.mailbox.test verified yes
Mon Mar  3 09:23:12 2025 Info: ICID 9307311 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 7.7 country France
Mon Mar  3 09:23:12 2025 Info: ICID 9307311 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 09:23:28 2025 Info: ICID 9307311 close
Mon Mar  3 09:42:33 2025 Info: New SMTP ICID 9307312 interface Data 1 (192.0.2.11) address 203.0.113.61 reverse dns host unknown verified no
Mon Mar  3 09:42:33 2025 Info: ICID 9307312 REJECT SG BLOCKED_LIST match sbrs[-10.0:-3.0] SBRS -3.1 country Brazil
Mon Mar  3 09:42:34 2025 Info: ICID 9307312 close
Mon Mar  3 09:44:44 2025 Info: New SMTP ICID 9307313 interface Data 2 (10.20.0.21) address 10.20.1.13 reverse dns host exch04.corp.example.net verified yes
Mon Mar  3 09:44:44 2025 Info: ICID 9307313 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 09:44:44 2025 Info: ICID 9307313 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 09:44:45 2025 Info: Start MID 3706507 ICID 9307313
Mon Mar  3 09:44:45 2025 Info: MID 3706507 ICID 9307313 From: <emma22@example.org>
Mon Mar  3 09:44:45 2025 Info: MID 3706507 ICID 9307313 RID 0 To: <rosa.nguyen@cedar-retail.example>
Mon Mar  3 09:44:46 2025 Info: MID 3706507 Subject 'Re: travel plans'
Mon Mar  3 09:44:46 2025 Info: MID 3706507 ready 1186 bytes from <emma22@example.org>
Mon Mar  3 09:44:46 2025 Info: MID 3706507 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 09:44:46 2025 Info: MID 3706507 antivirus negative
Mon Mar  3 09:44:46 2025 Info: MID 3706507 Outbreak Filters: verdict negative
Mon Mar  3 09:44:46 2025 Info: MID 3706507 queued for delivery
Mon Mar  3 09:44:47 2025 Info: New SMTP DCID 8598971 interface 192.0.2.111 address 198.51.100.73 port 25
Mon Mar  3 09:44:47 2025 Info: Start MID 3706508 ICID 9307313
Mon Mar  3 09:44:47 2025 Info: MID 3706508 ICID 9307313 From: <nils.mueller@example.org>
Mon Mar  3 09:44:47 2025 Info: MID 3706508 ICID 9307313 RID 0 To: <keiko.kowalski@mapleretail.test>
Mon Mar  3 09:44:47 2025 Info: DCID 8598971 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 09:44:47 2025 Info: Delivery start DCID 8598971 MID 3706507 to RID [0]
Mon Mar  3 09:44:47 2025 Info: Message done DCID 8598971 MID 3706507 to RID [0]
Mon Mar  3 09:44:47 2025 Info: MID 3706507 RID [0] Response '2.0.0 Ok: queued as 8Q5b50kHFUWYnk'
Mon Mar  3 09:44:47 2025 Info: Message finished MID 3706507 done
Mon Mar  3 09:44:48 2025 Info: MID 3706508 Subject 'Security alert'
Mon Mar  3 09:44:48 2025 Info: MID 3706508 ready 424231 bytes from <nils.mueller@example.org>
Mon Mar  3 09:44:48 2025 Info: MID 3706508 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 09:44:49 2025 Info: Start MID 3706509 ICID 9307313
Mon Mar  3 09:44:49 2025 Info: MID 3706509 ICID 9307313 From: <carla.ivanova@example.org>
Mon Mar  3 09:44:49 2025 Info: MID 3706509 ICID 9307313 RID 0 To: <carla58@alpine-airlines.test>
Mon Mar  3 09:44:49 2025 Info: MID 3706509 Message-ID '<qluNQhe150h1oRmR.24758@exch01.corp.example.net>'
Mon Mar  3 09:44:49 2025 Info: MID 3706509 Subject "Re: Customer's feedback"
Mon Mar  3 09:44:49 2025 Info: MID 3706509 ready 12871 bytes from <carla.ivanova@example.org>
Mon Mar  3 09:44:49 2025 Debug: MID 3706509 ICID 9307313 TLS read 12871 bytes (1.157 seconds)
Mon Mar  3 09:44:50 2025 Info: ICID 9307313 close
Mon Mar  3 09:44:50 2025 Info: MID 3706509 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 09:44:50 2025 Info: MID 3706509 antivirus negative
Mon Mar  3 09:44:50 2025 Info: MID 3706509 Outbreak Filters: verdict negative
Mon Mar  3 09:44:50 2025 Info: MID 3706509 queued for delivery
Mon Mar  3 09:44:50 2025 Info: New SMTP DCID 8598972 interface 192.0.2.111 address 198.51.100.43 port 25
Mon Mar  3 09:44:50 2025 Info: DCID 8598971 close
Mon Mar  3 09:44:51 2025 Info: Delivery start DCID 8598972 MID 3706509 to RID [0]
Mon Mar  3 09:44:51 2025 Info: MID 3706508 antivirus negative
Mon Mar  3 09:44:51 2025 Info: MID 3706508 Outbreak Filters: verdict negative
Mon Mar  3 09:44:51 2025 Info: MID 3706508 queued for delivery
Mon Mar  3 09:44:51 2025 Info: New SMTP DCID 8598973 interface 192.0.2.111 address 203.0.113.65 port 25
Mon Mar  3 09:44:51 2025 Info: Message done DCID 8598972 MID 3706509 to RID [0]
Mon Mar  3 09:44:51 2025 Info: MID 3706509 RID [0] Response '2.0.0 Ok: queued as LapNPdL52HYhhF'
Mon Mar  3 09:44:51 2025 Info: Message finished MID 3706509 done
Mon Mar  3 09:44:51 2025 Info: DCID 8598973 TLS success protocol TLSv1 cipher AES128-SHA
Mon Mar  3 09:44:51 2025 Info: Delivery start DCID 8598973 MID 3706508 to RID [0]
Mon Mar  3 09:44:51 2025 Info: Message done DCID 8598973 MID 3706508 to RID [0]
Mon Mar  3 09:44:51 2025 Info: MID 3706508 RID [0] Response '2.0.0 Ok: queued as vPP5xlFwjpGUOg'
Mon Mar  3 09:44:51 2025 Info: Message finished MID 3706508 done
Mon Mar  3 09:44:55 2025 Info: DCID 8598973 close
Mon Mar  3 09:44:59 2025 Info: DCID 8598972 close
Mon Mar  3 10:54:12 2025 Info: New SMTP ICID 9307314 interface Data 1 (192.0.2.11) address 198.51.100.36 reverse dns host mail9.swiftconsulting.example verified yes
Mon Mar  3 10:54:12 2025 Info: ICID 9307314 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.6 country Japan
Mon Mar  3 10:54:13 2025 Info: Start MID 3706510 ICID 9307314
Mon Mar  3 10:54:13 2025 Info: MID 3706510 ICID 9307314 From: <keiko16@swiftconsulting.example>
Mon Mar  3 10:54:13 2025 Info: MID 3706510 ICID 9307314 RID 0 To: <keiko.silva@example.org>
Mon Mar  3 10:54:13 2025 Info: MID 3706510 Message-ID '<cBvtd80ehCcYqcuq.63821@swiftconsulting.example>'
Mon Mar  3 10:54:13 2025 Info: MID 3706510 Subject 'FW: Contract draft'
Mon Mar  3 10:54:13 2025 Info: MID 3706510 ready 7245 bytes from <keiko16@swiftconsulting.example>
Mon Mar  3 10:54:14 2025 Info: ICID 9307314 close
Mon Mar  3 10:54:14 2025 Info: MID 3706510 SPF: mailfrom identity keiko16@swiftconsulting.example Pass (v=spf1)
Mon Mar  3 10:54:14 2025 Info: MID 3706510 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: swiftconsulting.example
Mon Mar  3 10:54:14 2025 Info: MID 3706510 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 10:54:14 2025 Info: MID 3706510 interim verdict using engine: CASE spam negative
Mon Mar  3 10:54:16 2025 Info: MID 3706510 interim AV verdict using Sophos CLEAN
Mon Mar  3 10:54:16 2025 Info: MID 3706510 using engine: CASE spam negative
Mon Mar  3 10:54:16 2025 Info: MID 3706510 antivirus negative
Mon Mar  3 10:54:16 2025 Info: MID 3706510 using engine: GRAYMAIL negative
Mon Mar  3 10:54:16 2025 Info: MID 3706510 Outbreak Filters: verdict negative
Mon Mar  3 10:54:16 2025 Info: MID 3706510 queued for delivery
Mon Mar  3 10:54:16 2025 Info: New SMTP DCID 8598974 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 10:54:16 2025 Info: DCID 8598974 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 10:54:16 2025 Info: Delivery start DCID 8598974 MID 3706510 to RID [0]
Mon Mar  3 10:54:16 2025 Info: Message done DCID 8598974 MID 3706510 to RID [0]
Mon Mar  3 10:54:16 2025 Info: MID 3706510 RID [0] Response '2.6.0 <M7Em0N0cl0rWe5pHbdIBAUkI@example.net> [InternalId=11874104113, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:54:16 2025 Info: Message finished MID 3706510 done
Mon Mar  3 10:54:20 2025 Info: DCID 8598974 close
Mon Mar  3 10:57:14 2025 Info: New SMTP ICID 9307315 interface Data 1 (192.0.2.11) address 198.51.100.104 reverse dns host mail7.sunnyinsurance.test verified yes
Mon Mar  3 10:57:14 2025 Info: ICID 9307315 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.2 country Ireland
Mon Mar  3 10:57:34 2025 Info: ICID 9307315 close
Mon Mar  3 11:02:50 2025 Info: New SMTP ICID 9307316 interface Data 1 (192.0.2.11) address 203.0.113.52 reverse dns host mx7.summitmedia.example.de verified yes
Mon Mar  3 11:02:50 2025 Info: ICID 9307316 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 8.7 country United States
Mon Mar  3 11:02:50 2025 Info: ICID 9307316 TLS failed: [Errno 54] Connection reset by peer
Mon Mar  3 11:02:51 2025 Info: Start MID 3706511 ICID 9307316
Mon Mar  3 11:02:51 2025 Info: MID 3706511 ICID 9307316 From: <zoe.ivanova@summitmedia.example.de>
Mon Mar  3 11:02:51 2025 Info: MID 3706511 ICID 9307316 RID 0 To: <anna.kowalski@example.net>
Mon Mar  3 11:02:51 2025 Info: MID 3706511 Message-ID '<XwIUKcHz6U3R9FC8.80311@summitmedia.example.de>'
Mon Mar  3 11:02:51 2025 Info: MID 3706511 Subject 'Re: Re: budget figures'
Mon Mar  3 11:02:51 2025 Info: MID 3706511 ready 11379 bytes from <zoe.ivanova@summitmedia.example.de>
Mon Mar  3 11:02:52 2025 Info: ICID 9307316 close
Mon Mar  3 11:02:52 2025 Info: MID 3706511 SPF: mailfrom identity zoe.ivanova@summitmedia.example.de Pass (v=spf1)
Mon Mar  3 11:02:52 2025 Info: MID 3706511 DKIM: pass signature verified (d=summitmedia.example.de s=selector1 i=@summitmedia.example.de)
Mon Mar  3 11:02:52 2025 Info: MID 3706511 DMARC: Message from domain summitmedia.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 11:02:52 2025 Info: MID 3706511 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 11:02:52 2025 Info: MID 3706511 interim verdict using engine: CASE spam negative
Mon Mar  3 11:02:52 2025 Info: MID 3706511 rewritten to MID 3706512 by antispam
Mon Mar  3 11:02:52 2025 Info: Message finished MID 3706511 done
Mon Mar  3 11:02:52 2025 Info: MID 3706512 interim AV verdict using Sophos CLEAN
Mon Mar  3 11:02:52 2025 Info: MID 3706512 using engine: CASE spam negative
Mon Mar  3 11:02:52 2025 Info: MID 3706512 antivirus negative
Mon Mar  3 11:02:52 2025 Info: MID 3706512 using engine: GRAYMAIL negative
Mon Mar  3 11:02:52 2025 Info: MID 3706512 Outbreak Filters: verdict negative
Mon Mar  3 11:02:52 2025 Info: MID 3706512 queued for delivery
Mon Mar  3 11:02:52 2025 Info: New SMTP DCID 8598975 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 11:02:53 2025 Info: DCID 8598975 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 11:02:53 2025 Info: Delivery start DCID 8598975 MID 3706512 to RID [0]
Mon Mar  3 11:02:53 2025 Info: Message done DCID 8598975 MID 3706512 to RID [0]
Mon Mar  3 11:02:53 2025 Info: MID 3706512 RID [0] Response '2.6.0 <hHOnjxCw3pHDGypFGlyY6XDR@example.net> [InternalId=94711478994, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 11:02:53 2025 Info: Message finished MID 3706512 done
Mon Mar  3 11:02:57 2025 Info: DCID 8598975 close
Mon Mar  3 11:12:21 2025 Info: New SMTP ICID 9307317 interface Data 2 (10.20.0.21) address 10.20.1.10 reverse dns host exch03.corp.example.net verified yes
Mon Mar  3 11:12:21 2025 Info: ICID 9307317 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 11:12:21 2025 Info: ICID 9307317 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 11:12:23 2025 Info: Start MID 3706513 ICID 9307317
Mon Mar  3 11:12:23 2025 Info: MID 3706513 ICID 9307317 From: <jonas.tanaka@example.net>
Mon Mar  3 11:12:23 2025 Info: MID 3706513 ICID 9307317 RID 0 To: <david42@mapleenergy.example.de>
Mon Mar  3 11:12:23 2025 Info: MID 3706513 Message-ID '<Il2c4okS82R122Ho.95582@exch01.corp.example.net>'
Mon Mar  3 11:12:23 2025 Info: MID 3706513 Subject ''
Mon Mar  3 11:12:23 2025 Info: MID 3706513 ready 27490 bytes from <jonas.tanaka@example.net>
Mon Mar  3 11:12:23 2025 Info: MID 3706513 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 11:12:24 2025 Info: Start MID 3706514 ICID 9307317
Mon Mar  3 11:12:24 2025 Info: MID 3706514 ICID 9307317 From: <carla.dubois@example.net>
Mon Mar  3 11:12:24 2025 Info: MID 3706514 ICID 9307317 RID 0 To: <david.murphy@example.net>
Mon Mar  3 11:12:25 2025 Info: MID 3706514 Message-ID '<bD8XYIp49olWy5zb.72284@exch01.corp.example.net>'
Mon Mar  3 11:12:25 2025 Info: MID 3706514 Subject 'Welcome to the team'
Mon Mar  3 11:12:25 2025 Info: MID 3706514 ready 3943 bytes from <carla.dubois@example.net>
Mon Mar  3 11:12:25 2025 Info: MID 3706513 antivirus negative
Mon Mar  3 11:12:25 2025 Info: MID 3706513 Outbreak Filters: verdict negative
Mon Mar  3 11:12:25 2025 Info: MID 3706513 queued for delivery
Mon Mar  3 11:12:25 2025 Info: New SMTP DCID 8598976 interface 192.0.2.111 address 203.0.113.126 port 25
Mon Mar  3 11:12:25 2025 Info: ICID 9307317 close
Mon Mar  3 11:12:25 2025 Info: MID 3706514 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 11:12:25 2025 Info: DCID 8598976 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 11:12:25 2025 Info: Delivery start DCID 8598976 MID 3706513 to RID [0]
Mon Mar  3 11:12:25 2025 Info: Message done DCID 8598976 MID 3706513 to RID [0]
Mon Mar  3 11:12:25 2025 Info: MID 3706513 RID [0] Response '2.0.0 Ok: queued as mD19tPNdoxxXwP'
Mon Mar  3 11:12:25 2025 Info: Message finished MID 3706513 done
Mon Mar  3 11:12:25 2025 Info: MID 3706514 antivirus negative
Mon Mar  3 11:12:25 2025 Info: MID 3706514 Outbreak Filters: verdict negative
Mon Mar  3 11:12:25 2025 Info: MID 3706514 queued for delivery
Mon Mar  3 11:12:26 2025 Info: New SMTP DCID 8598977 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 11:12:26 2025 Info: DCID 8598977 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 11:12:26 2025 Info: Delivery start DCID 8598977 MID 3706514 to RID [0]
Mon Mar  3 11:12:26 2025 Info: Message done DCID 8598977 MID 3706514 to RID [0] 
Mon Mar  3 11:12:26 2025 Info: MID 3706514 RID [0] Response '2.6.0 <PBwFuOH8JnkCcbe5L0sMoOp4@example.net> [InternalId=16890837631, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 11:12:26 2025 Info: Message finished MID 3706514 done
Mon Mar  3 11:12:29 2025 Info: DCID 8598977 close
Mon Mar  3 11:12:32 2025 Info: DCID 8598976 close
Mon Mar  3 11:14:40 2025 Info: New SMTP ICID 9307318 interface Data 1 (192.0.2.11) address 203.0.113.117 reverse dns host mail3.cedarhotels.example.de verified yes
Mon Mar  3 11:14:40 2025 Info: ICID 9307318 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.9 country Germany
Mon Mar  3 11:14:40 2025 Info: ICID 9307318 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 11:14:40 2025 Info: Start MID 3706515 ICID 9307318
Mon Mar  3 11:14:40 2025 Info: MID 3706515 ICID 9307318 From: <liam.garcia@cedarhotels.example.de>
Mon Mar  3 11:14:40 2025 Info: MID 3706515 ICID 9307318 RID 0 To: <olga.kowalski@example.net>
Mon Mar  3 11:14:41 2025 Info: MID 3706515 Message-ID '<1GJ2HC4ME2ytRvS3.60434@cedarhotels.example.de>'
Mon Mar  3 11:14:41 2025 Info: MID 3706515 Subject "O'Brien & Sons proposal"
Mon Mar  3 11:14:41 2025 Info: MID 3706515 ready 22352 bytes from <liam.garcia@cedarhotels.example.de>
Mon Mar  3 11:14:42 2025 Info: MID 3706515 SPF: mailfrom identity liam.garcia@cedarhotels.example.de Pass (v=spf1)
Mon Mar  3 11:14:42 2025 Info: MID 3706515 DKIM: pass signature verified (d=cedarhotels.example.de s=selector1 i=@cedarhotels.example.de)
Mon Mar  3 11:14:42 2025 Info: MID 3706515 DMARC: Message from domain cedarhotels.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 11:14:42 2025 Info: MID 3706515 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: cedarhotels.example.de
Mon Mar  3 11:14:42 2025 Info: MID 3706515 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 11:14:42 2025 Info: MID 3706515 interim verdict using engine: CASE spam negative
Mon Mar  3 11:14:42 2025 Info: Start MID 3706516 ICID 9307318
Mon Mar  3 11:14:42 2025 Info: MID 3706516 ICID 9307318 From: <sales@cedarhotels.example.de>
Mon Mar  3 11:14:42 2025 Info: MID 3706516 ICID 9307318 RID 0 To: <wei.jensen@example.net>
Mon Mar  3 11:14:42 2025 Info: MID 3706516 ICID 9307318 RID 1 To: <david.nguyen@example.net>
Mon Mar  3 11:14:42 2025 Info: MID 3706516 ICID 9307318 To: <jonas.larsenx@example.net> Rejected by LDAPACCEPT
Mon Mar  3 11:14:42 2025 Info: MID 3706516 ICID 9307318 RID 2 To: <ines.kowalski@example.net>
Mon Mar  3 11:14:42 2025 Info: MID 3706516 ICID 9307318 RID 3 To: <farid.schmidt@example.net>
Mon Mar  3 11:14:43 2025 Info: MID 3706515 interim AV verdict using Sophos CLEAN
Mon Mar  3 11:14:43 2025 Info: MID 3706515 using engine: CASE spam negative
Mon Mar  3 11:14:43 2025 Info: MID 3706515 antivirus negative
Mon Mar  3 11:14:43 2025 Info: MID 3706515 using engine: GRAYMAIL marketing_mail
Mon Mar  3 11:14:43 2025 Info: MID 3706515 Outbreak Filters: verdict negative
Mon Mar  3 11:14:43 2025 Info: MID 3706515 queued for delivery
Mon Mar  3 11:14:43 2025 Info: New SMTP DCID 8598978 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 11:14:43 2025 Info: MID 3706516 Message-ID '<a3YMNcDSAdqYf88m.70179@cedarhotels.example.de>'
Mon Mar  3 11:14:43 2025 Info: MID 3706516 Subject 'Résumé – candidate #12'
Mon Mar  3 11:14:43 2025 Info: MID 3706516 ready 29015 bytes from <sales@cedarhotels.example.de>
Mon Mar  3 11:14:43 2025 Info: DCID 8598978 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Mon Mar  3 11:14:43 2025 Info: Start MID 3706517 ICID 9307318
Mon Mar  3 11:14:43 2025 Info: MID 3706517 ICID 9307318 From: <farid.costa@cedarhotels.example.de>
Mon Mar  3 11:14:43 2025 Info: MID 3706517 ICID 9307318 RID 0 To: <liam.novak@example.net>
Mon Mar  3 11:14:43 2025 Info: Delivery start DCID 8598978 MID 3706515 to RID [0]
Mon Mar  3 11:14:43 2025 Info: MID 3706516 SPF: mailfrom identity sales@cedarhotels.example.de Pass (v=spf1)
Mon Mar  3 11:14:43 2025 Info: MID 3706516 DKIM: pass signature verified (d=cedarhotels.example.de s=selector1 i=@cedarhotels.example.de)
Mon Mar  3 11:14:43 2025 Info: MID 3706516 DMARC: Message from domain cedarhotels.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 11:14:43 2025 Info: MID 3706516 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 11:14:43 2025 Info: MID 3706516 interim verdict using engine: CASE spam negative
Mon Mar  3 11:14:44 2025 Info: Message done DCID 8598978 MID 3706515 to RID [0]
Mon Mar  3 11:14:44 2025 Info: MID 3706515 RID [0] Response '2.6.0 <0GBWS6gKF2IIWXtfSAE6U0xF@example.net> [InternalId=10596803470, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 11:14:44 2025 Info: Message finished MID 3706515 done
Mon Mar  3 11:14:44 2025 Info: MID 3706517 Subject "Re: Customer's feedback"
Mon Mar  3 11:14:44 2025 Info: MID 3706517 ready 4879 bytes from <farid.costa@cedarhotels.example.de>
Mon Mar  3 11:14:44 2025 Debug: MID 3706517 ICID 9307318 TLS read 4879 bytes (1.123 seconds)
Mon Mar  3 11:14:44 2025 Info: ICID 9307318 close
Mon Mar  3 11:14:44 2025 Info: MID 3706517 SPF: mailfrom identity farid.costa@cedarhotels.example.de Pass (v=spf1)
Mon Mar  3 11:14:44 2025 Info: MID 3706517 DKIM: pass signature verified (d=cedarhotels.example.de s=selector1 i=@cedarhotels.example.de)
Mon Mar  3 11:14:44 2025 Info: MID 3706517 DMARC: Message from domain cedarhotels.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 11:14:44 2025 Info: MID 3706517 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 11:14:44 2025 Info: MID 3706517 interim verdict using engine: CASE spam negative
Mon Mar  3 11:14:45 2025 Info: MID 3706516 interim AV verdict using Sophos CLEAN
Mon Mar  3 11:14:45 2025 Info: MID 3706516 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 11:14:45 2025 Info: MID 3706516 using engine: CASE spam negative
Mon Mar  3 11:14:45 2025 Info: MID 3706516 antivirus negative
Mon Mar  3 11:14:45 2025 Info: MID 3706516 using engine: GRAYMAIL negative
Mon Mar  3 11:14:45 2025 Info: MID 3706516 Outbreak Filters: verdict negative
Mon Mar  3 11:14:45 2025 Info: MID 3706516 queued for delivery
Mon Mar  3 11:14:45 2025 Info: Delivery start DCID 8598978 MID 3706516 to RID [0, 1, 2, 3]
Mon Mar  3 11:14:45 2025 Info: Message done DCID 8598978 MID 3706516 to RID [0, 1, 2, 3]
Mon Mar  3 11:14:45 2025 Info: MID 3706516 RID [0, 1, 2, 3] Response '2.6.0 <7HMu9uOugRHoinK9I9M6j2Xu@example.net> [InternalId=82904671124, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 11:14:45 2025 Info: Message finished MID 3706516 done
Mon Mar  3 11:14:46 2025 Info: MID 3706517 interim AV verdict using Sophos CLEAN
Mon Mar  3 11:14:46 2025 Info: MID 3706517 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 11:14:46 2025 Info: MID 3706517 using engine: CASE spam negative
Mon Mar  3 11:14:46 2025 Info: MID 3706517 antivirus negative
Mon Mar  3 11:14:46 2025 Info: MID 3706517 using engine: GRAYMAIL marketing_mail
Mon Mar  3 11:14:46 2025 Info: MID 3706517 Outbreak Filters: verdict negative
Mon Mar  3 11:14:46 2025 Info: MID 3706517 queued for delivery
Mon Mar  3 11:14:46 2025 Info: Delivery start DCID 8598978 MID 3706517 to RID [0]
Mon Mar  3 11:14:46 2025 Info: Message done DCID 8598978 MID 3706517 to RID [0]
Mon Mar  3 11:14:46 2025 Info: MID 3706517 RID [0] Response '2.6.0 <DEnlSkLmmpiF6rKkDfLNzJOE@example.net> [InternalId=50083411219, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 11:14:46 2025 Info: Message finished MID 3706517 done
Mon Mar  3 11:14:52 2025 Info: DCID 8598978 close
Mon Mar  3 11:26:35 2025 Info: New SMTP ICID 9307319 interface Data 1 (192.0.2.11) address 203.0.113.150 reverse dns host mail4.webpost.example verified yes
Mon Mar  3 11:26:35 2025 Info: ICID 9307319 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.4 country Canada
Mon Mar  3 11:26:35 2025 Info: ICID 9307319 TLS failed: (336151574, 'error:14094416:SSL routines:ssl3_read_bytes:sslv3 alert certificate unknown')
Mon Mar  3 11:26:36 2025 Info: Start MID 3706518 ICID 9307319
Mon Mar  3 11:26:36 2025 Info: MID 3706518 ICID 9307319 From: <sean.novak@webpost.example>
Mon Mar  3 11:26:36 2025 Info: MID 3706518 ICID 9307319 RID 0 To: <hugo72@example.net>
Mon Mar  3 11:26:36 2025 Info: MID 3706518 Subject 'Re: "Final" version'
Mon Mar  3 11:26:36 2025 Info: MID 3706518 ready 4272 bytes from <sean.novak@webpost.example>
Mon Mar  3 11:26:37 2025 Info: MID 3706518 SPF: mailfrom identity sean.novak@webpost.example Pass (v=spf1)
Mon Mar  3 11:26:37 2025 Info: MID 3706518 DKIM: pass signature verified (d=webpost.example s=selector1 i=@webpost.example)
Mon Mar  3 11:26:37 2025 Info: MID 3706518 DMARC: Message from domain webpost.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 11:26:37 2025 Info: MID 3706518 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: webpost.example
Mon Mar  3 11:26:37 2025 Info: MID 3706518 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 11:26:37 2025 Info: MID 3706518 interim verdict using engine: CASE spam negative
Mon Mar  3 11:26:37 2025 Info: ICID 9307319 close
Mon Mar  3 11:26:37 2025 Info: MID 3706518 interim AV verdict using Sophos CLEAN
Mon Mar  3 11:26:37 2025 Info: MID 3706518 using engine: CASE spam negative
Mon Mar  3 11:26:37 2025 Info: MID 3706518 antivirus negative
Mon Mar  3 11:26:37 2025 Info: MID 3706518 using engine: GRAYMAIL negative
Mon Mar  3 11:26:37 2025 Info: MID 3706518 Outbreak Filters: verdict negative
Mon Mar  3 11:26:37 2025 Info: MID 3706518 queued for delivery
Mon Mar  3 11:26:37 2025 Info: New SMTP DCID 8598979 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 11:26:38 2025 Info: DCID 8598979 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Mon Mar  3 11:26:38 2025 Info: Delivery start DCID 8598979 MID 3706518 to RID [0]
Mon Mar  3 11:26:38 2025 Info: Message done DCID 8598979 MID 3706518 to RID [0]
Mon Mar  3 11:26:38 2025 Info: MID 3706518 RID [0] Response '2.6.0 <yYIzQamvxo37svjkoUe8017B@example.net> [InternalId=57521622489, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 11:26:38 2025 Info: Message finished MID 3706518 done
Mon Mar  3 11:26:48 2025 Info: DCID 8598979 close
Mon Mar  3 11:34:43 2025 Info: New SMTP ICID 9307320 interface Data 2 (10.20.0.21) address 10.20.1.13 reverse dns host exch03.corp.example.net verified yes
Mon Mar  3 11:34:43 2025 Info: ICID 9307320 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 11:34:44 2025 Info: ICID 9307320 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 11:34:45 2025 Info: Start MID 3706519 ICID 9307320
Mon Mar  3 11:34:45 2025 Info: MID 3706519 ICID 9307320 From: <maria.kim@example.org>
Mon Mar  3 11:34:45 2025 Info: MID 3706519 ICID 9307320 RID 0 To: <anna.dubois@rapidmedia.example>
Mon Mar  3 11:34:45 2025 Info: MID 3706519 ICID 9307320 RID 1 To: <rosa71@rapidmedia.example>
Mon Mar  3 11:34:46 2025 Info: MID 3706519 Message-ID '<z0Rb5SspUtJc6fHF.27594@exch01.corp.example.net>'
Mon Mar  3 11:34:46 2025 Info: MID 3706519 Subject "O'Brien & Sons proposal"
Mon Mar  3 11:34:46 2025 Info: MID 3706519 ready 71268 bytes from <maria.kim@example.org>
Mon Mar  3 11:34:46 2025 Info: MID 3706519 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 11:34:46 2025 Info: ICID 9307320 close
Mon Mar  3 11:34:47 2025 Info: MID 3706519 antivirus negative
Mon Mar  3 11:34:47 2025 Info: MID 3706519 Outbreak Filters: verdict negative
Mon Mar  3 11:34:47 2025 Info: MID 3706519 queued for delivery
Mon Mar  3 11:34:47 2025 Info: New SMTP DCID 8598980 interface 192.0.2.111 address 203.0.113.90 port 25
Mon Mar  3 11:34:47 2025 Info: DCID 8598980 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 11:34:47 2025 Info: Delivery start DCID 8598980 MID 3706519 to RID [0, 1]
Mon Mar  3 11:34:47 2025 Info: Message done DCID 8598980 MID 3706519 to RID [0, 1]
Mon Mar  3 11:34:47 2025 Info: MID 3706519 RID [0, 1] Response '2.0.0 Ok: queued as zjTV29ANC15Y1F'
Mon Mar  3 11:34:47 2025 Info: Message finished MID 3706519 done
Mon Mar  3 11:34:56 2025 Info: DCID 8598980 close
Mon Mar  3 12:02:48 2025 Info: New SMTP ICID 9307321 interface Data 1 (192.0.2.11) address 203.0.113.195 reverse dns host mx5.polarlabs.example.com verified yes
Mon Mar  3 12:02:48 2025 Info: ICID 9307321 ACCEPT SG UNKNOWNLIST match sbrs[none] SBRS None country Ireland
Mon Mar  3 12:02:49 2025 Info: Start MID 3706520 ICID 9307321
Mon Mar  3 12:02:49 2025 Info: MID 3706520 ICID 9307321 From: <newsletter@polarlabs.example.com>
Mon Mar  3 12:02:49 2025 Info: MID 3706520 ICID 9307321 RID 0 To: <sean3@example.org>
Mon Mar  3 12:02:49 2025 Info: MID 3706520 ICID 9307321 RID 1 To: <vera.tanaka@example.net>
Mon Mar  3 12:02:49 2025 Info: MID 3706520 Message-ID '<5oF8tJkT7KmAfYvC.35642@polarlabs.example.com>'
Mon Mar  3 12:02:49 2025 Info: MID 3706520 Subject 'Re: travel plans'
Mon Mar  3 12:02:49 2025 Info: MID 3706520 ready 8374 bytes from <newsletter@polarlabs.example.com>
Mon Mar  3 12:02:49 2025 Info: ICID 9307321 close
Mon Mar  3 12:02:49 2025 Info: MID 3706520 SPF: mailfrom identity newsletter@polarlabs.example.com Pass (v=spf1)
Mon Mar  3 12:02:49 2025 Info: MID 3706520 DKIM: pass signature verified (d=polarlabs.example.com s=selector1 i=@polarlabs.example.com)
Mon Mar  3 12:02:49 2025 Info: MID 3706520 DMARC: Message from domain polarlabs.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:02:49 2025 Info: MID 3706520 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:02:49 2025 Info: MID 3706520 interim verdict using engine: CASE spam negative
Mon Mar  3 12:02:51 2025 Info: MID 3706520 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:02:51 2025 Info: MID 3706520 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 12:02:51 2025 Info: MID 3706520 using engine: CASE spam negative
Mon Mar  3 12:02:51 2025 Info: MID 3706520 antivirus negative
Mon Mar  3 12:02:51 2025 Info: MID 3706520 using engine: GRAYMAIL marketing_mail
Mon Mar  3 12:02:51 2025 Info: MID 3706520 Outbreak Filters: verdict negative
Mon Mar  3 12:02:51 2025 Info: MID 3706520 queued for delivery
Mon Mar  3 12:02:51 2025 Info: New SMTP DCID 8598981 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 12:02:51 2025 Info: New SMTP DCID 8598982 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 12:02:51 2025 Info: Delivery start DCID 8598981 MID 3706520 to RID [1]
Mon Mar  3 12:02:52 2025 Info: DCID 8598982 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 12:02:52 2025 Info: Delivery start DCID 8598982 MID 3706520 to RID [0]
Mon Mar  3 12:02:52 2025 Info: Message done DCID 8598981 MID 3706520 to RID [1]
Mon Mar  3 12:02:52 2025 Info: MID 3706520 RID [1] Response '2.6.0 <NA10zwNPjd6VU48vYF7OcFyw@example.net> [InternalId=80708656472, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:02:52 2025 Info: Message done DCID 8598982 MID 3706520 to RID [0]
Mon Mar  3 12:02:52 2025 Info: MID 3706520 RID [0] Response '2.6.0 <LXwgVC8G0Zt329ilYvRGe5aE@example.net> [InternalId=27771399462, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:02:52 2025 Info: Message finished MID 3706520 done
Mon Mar  3 12:02:55 2025 Info: DCID 8598981 close
Mon Mar  3 12:03:01 2025 Info: DCID 8598982 close
Mon Mar  3 12:13:04 2025 Info: New SMTP ICID 9307322 interface Data 1 (192.0.2.11) address 198.51.100.92 reverse dns host mx7.summitmedia.example.de verified yes
Mon Mar  3 12:13:04 2025 Info: ICID 9307322 ACCEPT SG SUSPECTLIST match sbrs[-3.0:-1.0] SBRS -1.3 country Brazil
Mon Mar  3 12:13:04 2025 Info: ICID 9307322 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 12:13:05 2025 Info: Start MID 3706521 ICID 9307322
Mon Mar  3 12:13:05 2025 Info: MID 3706521 ICID 9307322 From: <greta.ivanova@summitmedia.example.de>
Mon Mar  3 12:13:05 2025 Info: MID 3706521 ICID 9307322 RID 0 To: <ines.berg@example.net>
Mon Mar  3 12:13:05 2025 Info: MID 3706521 ICID 9307322 RID 1 To: <ines25@example.net>
Mon Mar  3 12:13:05 2025 Info: MID 3706521 ICID 9307322 RID 2 To: <orders@example.org>
Mon Mar  3 12:13:05 2025 Info: MID 3706521 ICID 9307322 RID 3 To: <billing@example.net>
Mon Mar  3 12:13:05 2025 Info: MID 3706521 ICID 9307322 RID 4 To: <newsletter@example.net>
Mon Mar  3 12:13:05 2025 Info: MID 3706521 ICID 9307322 RID 5 To: <hugo.garcia@example.net>
Mon Mar  3 12:13:05 2025 Info: MID 3706521 ICID 9307322 RID 6 To: <rosa.kim@example.org>
Mon Mar  3 12:13:05 2025 Info: MID 3706521 ICID 9307322 RID 7 To: <hugo.haddad@example.net>
Mon Mar  3 12:13:05 2025 Info: MID 3706521 ICID 9307322 RID 8 To: <keiko7@example.net>
Mon Mar  3 12:13:05 2025 Info: MID 3706521 ICID 9307322 RID 9 To: <ben.mueller@example.org>
Mon Mar  3 12:13:05 2025 Info: MID 3706521 Message-ID '<ZMgVWrhaNNw46t3c.70736@summitmedia.example.de>'
Mon Mar  3 12:13:05 2025 Info: MID 3706521 Subject 'Path C:\\Temp\\report.xlsx'
Mon Mar  3 12:13:05 2025 Info: MID 3706521 ready 78835 bytes from <greta.ivanova@summitmedia.example.de>
Mon Mar  3 12:13:05 2025 Info: ICID 9307322 close
Mon Mar  3 12:13:06 2025 Info: MID 3706521 SPF: mailfrom identity greta.ivanova@summitmedia.example.de Pass (v=spf1)
Mon Mar  3 12:13:06 2025 Info: MID 3706521 DKIM: pass signature verified (d=summitmedia.example.de s=selector1 i=@summitmedia.example.de)
Mon Mar  3 12:13:06 2025 Info: MID 3706521 DMARC: Message from domain summitmedia.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:13:06 2025 Info: MID 3706521 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:13:06 2025 Info: MID 3706521 interim verdict using engine: CASE spam negative
Mon Mar  3 12:13:06 2025 Info: MID 3706521 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:13:06 2025 Info: MID 3706521 using engine: CASE spam negative
Mon Mar  3 12:13:06 2025 Info: MID 3706521 antivirus negative
Mon Mar  3 12:13:06 2025 Info: MID 3706521 using engine: GRAYMAIL negative
Mon Mar  3 12:13:06 2025 Info: MID 3706521 Outbreak Filters: verdict negative
Mon Mar  3 12:13:06 2025 Info: MID 3706521 queued for delivery
Mon Mar  3 12:13:06 2025 Info: New SMTP DCID 8598983 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 12:13:06 2025 Info: New SMTP DCID 8598984 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 12:13:06 2025 Info: Delivery start DCID 8598983 MID 3706521 to RID [0, 1, 3, 4, 5, 7, 8]
Mon Mar  3 12:13:06 2025 Info: DCID 8598984 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 12:13:06 2025 Info: Delivery start DCID 8598984 MID 3706521 to RID [2, 6, 9]
Mon Mar  3 12:13:07 2025 Info: Message done DCID 8598983 MID 3706521 to RID [0, 1, 3, 4, 5, 7, 8]
Mon Mar  3 12:13:07 2025 Info: MID 3706521 RID [0, 1, 3, 4, 5, 7, 8] Response '2.6.0 <gq7ZXBaCb06jFwOEbaopS2zl@example.net> [InternalId=19419670799, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:13:07 2025 Info: Message done DCID 8598984 MID 3706521 to RID [2, 6, 9]
Mon Mar  3 12:13:07 2025 Info: MID 3706521 RID [2, 6, 9] Response '2.6.0 <4JjIl96KXcOMKBIcp0GT2gmi@example.net> [InternalId=17763699701, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:13:07 2025 Info: Message finished MID 3706521 done
Mon Mar  3 12:13:08 2025 Info: DCID 8598983 close
Mon Mar  3 12:13:16 2025 Info: DCID 8598984 close
Mon Mar  3 12:42:11 2025 Info: New SMTP ICID 9307323 interface Data 1 (192.0.2.11) address 203.0.113.202 reverse dns host mx6.green-bank.example.co.uk verified yes
Mon Mar  3 12:42:11 2025 Info: ICID 9307323 ACCEPT SG ALLOWED_LIST match .green-bank.example.co.uk SBRS 4.2 country United States
Mon Mar  3 12:42:11 2025 Info: ICID 9307323 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 12:42:12 2025 Info: Start MID 3706522 ICID 9307323
Mon Mar  3 12:42:12 2025 Info: MID 3706522 ICID 9307323 From: <newsletter@green-bank.example.co.uk>
Mon Mar  3 12:42:12 2025 Info: MID 3706522 ICID 9307323 RID 0 To: <orders@example.net>
Mon Mar  3 12:42:13 2025 Info: MID 3706522 Message-ID '<9z2bTQLBYLb2pl7y.92997@green-bank.example.co.uk>'
Mon Mar  3 12:42:13 2025 Info: MID 3706522 Subject 'Your order has shipped'
Mon Mar  3 12:42:13 2025 Info: MID 3706522 ready 15066 bytes from <newsletter@green-bank.example.co.uk>
Mon Mar  3 12:42:13 2025 Info: ICID 9307323 close
Mon Mar  3 12:42:14 2025 Info: MID 3706522 SPF: mailfrom identity newsletter@green-bank.example.co.uk Pass (v=spf1)
Mon Mar  3 12:42:14 2025 Info: MID 3706522 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:42:14 2025 Info: MID 3706522 interim verdict using engine: CASE spam negative
Mon Mar  3 12:42:15 2025 Info: MID 3706522 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:42:15 2025 Info: MID 3706522 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 12:42:15 2025 Info: MID 3706522 using engine: CASE spam negative
Mon Mar  3 12:42:15 2025 Info: MID 3706522 antivirus negative
Mon Mar  3 12:42:15 2025 Info: MID 3706522 using engine: GRAYMAIL negative
Mon Mar  3 12:42:15 2025 Info: MID 3706522 Outbreak Filters: verdict negative
Mon Mar  3 12:42:15 2025 Info: MID 3706522 queued for delivery
Mon Mar  3 12:42:15 2025 Info: New SMTP DCID 8598985 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 12:42:15 2025 Info: Delivery start DCID 8598985 MID 3706522 to RID [0]
Mon Mar  3 12:42:15 2025 Info: Message done DCID 8598985 MID 3706522 to RID [0]
Mon Mar  3 12:42:15 2025 Info: MID 3706522 RID [0] Response '2.6.0 <XXJNUzcnPzImTuX8Kgocqbm6@example.net> [InternalId=72258526057, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:42:15 2025 Info: Message finished MID 3706522 done
Mon Mar  3 12:42:19 2025 Info: DCID 8598985 close
Mon Mar  3 12:48:44 2025 Info: New SMTP ICID 9307324 interface Data 1 (192.0.2.11) address 203.0.113.229 reverse dns host unknown verified no
Mon Mar  3 12:48:44 2025 Info: ICID 9307324 REJECT SG BLOCKED_LIST match sbrs[-10.0:-3.0] SBRS -7.8 country France
Mon Mar  3 12:48:44 2025 Info: ICID 9307324 close
Mon Mar  3 12:54:45 2025 Info: New SMTP ICID 9307325 interface Data 1 (192.0.2.11) address 198.51.100.12 reverse dns host mail6.swift-print.example.com verified yes
Mon Mar  3 12:54:45 2025 Info: ICID 9307325 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.9 country Brazil
Mon Mar  3 12:54:45 2025 Info: ICID 9307325 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 12:54:47 2025 Info: Start MID 3706523 ICID 9307325
Mon Mar  3 12:54:47 2025 Info: MID 3706523 ICID 9307325 From: <pablo65@swift-print.example.com>
Mon Mar  3 12:54:47 2025 Info: MID 3706523 ICID 9307325 RID 0 To: <carla.smith@example.net>
Mon Mar  3 12:54:47 2025 Info: MID 3706523 Message-ID '<uKheloXC4wd2Knnb.82733@swift-print.example.com>'
Mon Mar  3 12:54:47 2025 Info: MID 3706523 Subject 'Out of office: back Monday'
Mon Mar  3 12:54:47 2025 Info: MID 3706523 ready 56400 bytes from <pablo65@swift-print.example.com>
Mon Mar  3 12:54:47 2025 Info: ICID 9307325 close
Mon Mar  3 12:54:48 2025 Info: MID 3706523 SPF: mailfrom identity pablo65@swift-print.example.com Pass (v=spf1)
Mon Mar  3 12:54:48 2025 Info: MID 3706523 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: swift-print.example.com
Mon Mar  3 12:54:48 2025 Info: MID 3706523 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:54:48 2025 Info: MID 3706523 interim verdict using engine: CASE spam negative
Mon Mar  3 12:54:48 2025 Info: MID 3706523 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:54:48 2025 Info: MID 3706523 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 12:54:48 2025 Info: MID 3706523 using engine: CASE spam negative
Mon Mar  3 12:54:48 2025 Info: MID 3706523 antivirus negative
Mon Mar  3 12:54:48 2025 Info: MID 3706523 using engine: GRAYMAIL negative
Mon Mar  3 12:54:48 2025 Info: MID 3706523 Outbreak Filters: verdict negative
Mon Mar  3 12:54:48 2025 Info: MID 3706523 queued for delivery
Mon Mar  3 12:54:48 2025 Info: New SMTP DCID 8598986 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 12:54:49 2025 Info: Delivery start DCID 8598986 MID 3706523 to RID [0]
Mon Mar  3 12:54:49 2025 Info: Message done DCID 8598986 MID 3706523 to RID [0]
Mon Mar  3 12:54:49 2025 Info: MID 3706523 RID [0] Response '2.6.0 <T9Co1eL88sF4GuUXZAAgaLtU@example.net> [InternalId=56868963329, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 12:54:49 2025 Info: Message finished MID 3706523 done
Mon Mar  3 12:54:55 2025 Info: DCID 8598986 close
Mon Mar  3 12:56:51 2025 Info: New SMTP ICID 9307326 interface Data 1 (192.0.2.11) address 203.0.113.103 reverse dns host mx1.sunnyinsurance.test verified yes
Mon Mar  3 12:56:51 2025 Info: ICID 9307326 ACCEPT SG ALLOWED_LIST match .sunnyinsurance.test SBRS 8.3 country Canada
Mon Mar  3 12:56:51 2025 Info: ICID 9307326 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 12:56:52 2025 Info: Start MID 3706524 ICID 9307326
Mon Mar  3 12:56:52 2025 Info: MID 3706524 ICID 9307326 From: <hr@sunnyinsurance.test>
Mon Mar  3 12:56:52 2025 Info: MID 3706524 ICID 9307326 RID 0 To: <carla.costa@example.net>
Mon Mar  3 12:56:53 2025 Info: MID 3706524 Message-ID '<WONVSZNuJ2Lll41e.48697@sunnyinsurance.test>'
Mon Mar  3 12:56:53 2025 Info: MID 3706524 Subject "Don't forget the deadline"
Mon Mar  3 12:56:53 2025 Info: MID 3706524 ready 80986 bytes from <hr@sunnyinsurance.test>
Mon Mar  3 12:56:53 2025 Info: ICID 9307326 close
Mon Mar  3 12:56:53 2025 Info: MID 3706524 SPF: mailfrom identity hr@sunnyinsurance.test Pass (v=spf1)
Mon Mar  3 12:56:53 2025 Info: MID 3706524 DKIM: pass signature verified (d=sunnyinsurance.test s=selector1 i=@sunnyinsurance.test)
Mon Mar  3 12:56:53 2025 Info: MID 3706524 DMARC: Message from domain sunnyinsurance.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 12:56:53 2025 Info: MID 3706524 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: sunnyinsurance.test
Mon Mar  3 12:56:53 2025 Info: MID 3706524 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 12:56:53 2025 Info: MID 3706524 interim verdict using engine: CASE spam negative
Mon Mar  3 12:56:56 2025 Info: MID 3706524 interim AV verdict using Sophos CLEAN
Mon Mar  3 12:56:56 2025 Info: MID 3706524 using engine: CASE spam negative
