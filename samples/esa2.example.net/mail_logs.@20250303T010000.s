Mon Mar  3 01:00:00 2025 Info: Begin Logfile
Mon Mar  3 01:00:00 2025 Info: Version: 14.3.0-032 SN: 42FFE15A98D20773210A-95605505A882
Mon Mar  3 01:00:00 2025 Info: Time offset from UTC: 3600 seconds
Mon Mar  3 01:00:00 2025 Info: New SMTP ICID 9307301 interface Data 2 (10.20.0.21) address 10.20.1.14 reverse dns host exch04.corp.example.net verified yes
Mon Mar  3 01:00:00 2025 Info: ICID 9307301 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 01:00:00 2025 Info: ICID 9307301 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 01:00:00 2025 Info: Start MID 3706467 ICID 9307301
Mon Mar  3 01:00:00 2025 Info: MID 3706467 ICID 9307301 From: <emma.dubois@example.net>
Mon Mar  3 01:00:00 2025 Info: MID 3706467 ICID 9307301 RID 0 To: <greta10@coastal-logistics.example.co.uk>
Mon Mar  3 01:00:00 2025 Info: MID 3706467 ICID 9307301 RID 1 To: <qi.larsen@cedar-motors.test>
Mon Mar  3 01:00:00 2025 Info: MID 3706467 ICID 9307301 RID 2 To: <anna4@bigmail.example>
Mon Mar  3 01:00:00 2025 Info: MID 3706467 ICID 9307301 RID 3 To: <anna.rossi@sunnylogistics.example.com>
Mon Mar  3 01:00:00 2025 Info: MID 3706467 ICID 9307301 RID 4 To: <maria.tanaka@bright-logistics.example.com>
Mon Mar  3 01:00:00 2025 Info: MID 3706467 ICID 9307301 RID 5 To: <wei33@cedar-airlines.example.de>
Mon Mar  3 01:00:00 2025 Info: MID 3706467 ICID 9307301 RID 6 To: <david88@postbox.example.de>
Mon Mar  3 01:00:01 2025 Info: MID 3706467 Message-ID '<H1mK214u5nMj1kdU.3551@exch01.corp.example.net>'
Mon Mar  3 01:00:01 2025 Info: MID 3706467 Subject 'Q1 plan (v2)'
Mon Mar  3 01:00:01 2025 Info: MID 3706467 ready 34804 bytes from <emma.dubois@example.net>
Mon Mar  3 01:00:01 2025 Info: ICID 9307301 close
Mon Mar  3 01:00:01 2025 Info: MID 3706467 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 01:00:02 2025 Info: MID 3706467 antivirus negative
Mon Mar  3 01:00:02 2025 Info: MID 3706467 Outbreak Filters: verdict negative
Mon Mar  3 01:00:02 2025 Info: MID 3706467 queued for delivery
Mon Mar  3 01:00:02 2025 Info: New SMTP DCID 8598937 interface 192.0.2.111 address 198.51.100.147 port 25
Mon Mar  3 01:00:02 2025 Info: New SMTP DCID 8598938 interface 192.0.2.111 address 198.51.100.21 port 25
Mon Mar  3 01:00:02 2025 Info: New SMTP DCID 8598939 interface 192.0.2.111 address 203.0.113.55 port 25
Mon Mar  3 01:00:02 2025 Info: DCID 8598939 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 01:00:02 2025 Info: Connection Error: DCID 8598940 domain: cedar-motors.test IP: 203.0.113.167 port: 25 details: timeout interface: 192.0.2.111 reason: network error
Mon Mar  3 01:00:02 2025 Info: Delivery start DCID 8598939 MID 3706467 to RID [6]
Mon Mar  3 01:00:02 2025 Info: New SMTP DCID 8598941 interface 192.0.2.111 address 198.51.100.222 port 25
Mon Mar  3 01:00:02 2025 Info: New SMTP DCID 8598942 interface 192.0.2.111 address 198.51.100.207 port 25
Mon Mar  3 01:00:02 2025 Info: New SMTP DCID 8598943 interface 192.0.2.111 address 203.0.113.101 port 25
Mon Mar  3 01:00:02 2025 Info: DCID 8598937 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 01:00:02 2025 Info: Delivery start DCID 8598938 MID 3706467 to RID [4]
Mon Mar  3 01:00:02 2025 Info: Delivery start DCID 8598937 MID 3706467 to RID [3]
Mon Mar  3 01:00:02 2025 Info: Delivery start DCID 8598942 MID 3706467 to RID [0]
Mon Mar  3 01:00:02 2025 Info: DCID 8598943 TLS success protocol TLSv1 cipher AES128-SHA
Mon Mar  3 01:00:02 2025 Info: Delivery start DCID 8598941 MID 3706467 to RID [2]
Mon Mar  3 01:00:02 2025 Info: Delivery start DCID 8598943 MID 3706467 to RID [5]
Mon Mar  3 01:00:02 2025 Info: Message done DCID 8598938 MID 3706467 to RID [4]
Mon Mar  3 01:00:02 2025 Info: MID 3706467 RID [4] Response '2.0.0 Ok: queued as qGwSjPaIte29Ii'
Mon Mar  3 01:00:02 2025 Info: Message done DCID 8598937 MID 3706467 to RID [3]
Mon Mar  3 01:00:02 2025 Info: MID 3706467 RID [3] Response '2.0.0 Ok: queued as xhylcUDE56OhYu'
Mon Mar  3 01:00:02 2025 Info: Bounced: DCID 8598942 MID 3706467 to RID 0 - 5.7.1 - Delivery not authorized, message refused ('554', ['5.7.1 Message rejected due to content restrictions']) []
Mon Mar  3 01:00:02 2025 Info: MID 3706468 was generated for bounce of MID 3706467
Mon Mar  3 01:00:02 2025 Info: Start MID 3706468 ICID 0
Mon Mar  3 01:00:02 2025 Info: Message done DCID 8598943 MID 3706467 to RID [5]
Mon Mar  3 01:00:02 2025 Info: MID 3706467 RID [5] Response '2.0.0 Ok: queued as 7JjTfiE3qPj23n'
Mon Mar  3 01:00:02 2025 Info: MID 3706468 ICID 0 From: <>
Mon Mar  3 01:00:02 2025 Info: MID 3706468 ICID 0 RID 0 To: <emma.dubois@example.net>
Mon Mar  3 01:00:02 2025 Info: MID 3706468 ready 22873 bytes from <>
Mon Mar  3 01:00:03 2025 Info: MID 3706468 interim AV verdict using Sophos CLEAN
Mon Mar  3 01:00:03 2025 Info: MID 3706468 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 01:00:03 2025 Info: MID 3706468 using engine: CASE spam negative
Mon Mar  3 01:00:03 2025 Info: MID 3706468 antivirus negative
Mon Mar  3 01:00:03 2025 Info: MID 3706468 using engine: GRAYMAIL negative
Mon Mar  3 01:00:03 2025 Info: MID 3706468 Outbreak Filters: verdict negative
Mon Mar  3 01:00:03 2025 Info: MID 3706468 queued for delivery
Mon Mar  3 01:00:03 2025 Info: New SMTP DCID 8598944 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 01:00:03 2025 Info: DCID 8598944 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 01:00:03 2025 Info: Delivery start DCID 8598944 MID 3706468 to RID [0]
Mon Mar  3 01:00:03 2025 Info: Message done DCID 8598944 MID 3706468 to RID [0]
Mon Mar  3 01:00:03 2025 Info: MID 3706468 RID [0] Response '2.6.0 <gaOpxAepgFD6vNrlOjGiqUYh@example.net> [InternalId=98242464886, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 01:00:03 2025 Info: Message finished MID 3706468 done
Mon Mar  3 01:00:03 2025 Info: Message done DCID 8598939 MID 3706467 to RID [6]
Mon Mar  3 01:00:03 2025 Info: MID 3706467 RID [6] Response '2.0.0 OK  1706761696 muepz5cwusa9si9282697.64 - gsmtp'
Mon Mar  3 01:00:04 2025 Info: DCID 8598943 close
Mon Mar  3 01:00:04 2025 Info: Message done DCID 8598941 MID 3706467 to RID [2]
Mon Mar  3 01:00:04 2025 Info: MID 3706467 RID [2] Response '2.0.0 OK  1780628768 r3yjnjknwrfnsi3041695.87 - gsmtp'
Mon Mar  3 01:00:04 2025 Info: DCID 8598937 close
Mon Mar  3 01:00:07 2025 Info: DCID 8598939 close
Mon Mar  3 01:00:07 2025 Info: DCID 8598941 close
Mon Mar  3 01:00:09 2025 Info: DCID 8598942 close
Mon Mar  3 01:00:10 2025 Info: DCID 8598938 close
Mon Mar  3 01:00:13 2025 Info: DCID 8598944 close
Mon Mar  3 01:01:19 2025 Info: New SMTP DCID 8598945 interface 192.0.2.111 address 203.0.113.167 port 25
Mon Mar  3 01:01:19 2025 Info: DCID 8598945 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 01:01:19 2025 Info: Delivery start DCID 8598945 MID 3706467 to RID [1]
Mon Mar  3 01:01:19 2025 Info: Message done DCID 8598945 MID 3706467 to RID [1]
Mon Mar  3 01:01:19 2025 Info: MID 3706467 RID [1] Response '2.0.0 Ok: queued as 3vPzknOzHE2q24'
Mon Mar  3 01:01:19 2025 Info: Message finished MID 3706467 done
Mon Mar  3 01:01:27 2025 Info: DCID 8598945 close
Mon Mar  3 01:23:28 2025 Info: New SMTP ICID 9307302 interface Data 1 (192.0.2.11) address 203.0.113.206 reverse dns host mx9.alpine-airlines.test verified yes
Mon Mar  3 01:23:28 2025 Info: ICID 9307302 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.2 country United States
Mon Mar  3 01:23:28 2025 Info: ICID 9307302 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 01:23:29 2025 Info: Start MID 3706469 ICID 9307302
Mon Mar  3 01:23:29 2025 Info: MID 3706469 ICID 9307302 From: <tara.novak@alpine-airlines.test>
Mon Mar  3 01:23:29 2025 Info: MID 3706469 ICID 9307302 RID 0 To: <ben14@example.org>
Mon Mar  3 01:23:29 2025 Info: MID 3706469 Message-ID '<FVUXGlXYZBZNcbID.2677@alpine-airlines.test>'
Mon Mar  3 01:23:29 2025 Info: MID 3706469 Subject 'Re: Meeting tomorrow'
Mon Mar  3 01:23:29 2025 Info: MID 3706469 ready 3274 bytes from <tara.novak@alpine-airlines.test>
Mon Mar  3 01:23:29 2025 Info: MID 3706469 SPF: mailfrom identity tara.novak@alpine-airlines.test Pass (v=spf1)
Mon Mar  3 01:23:29 2025 Info: MID 3706469 DKIM: pass signature verified (d=alpine-airlines.test s=selector1 i=@alpine-airlines.test)
Mon Mar  3 01:23:29 2025 Info: MID 3706469 DMARC: Message from domain alpine-airlines.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 01:23:29 2025 Info: MID 3706469 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 01:23:29 2025 Info: MID 3706469 interim verdict using engine: CASE spam negative
Mon Mar  3 01:23:29 2025 Info: ICID 9307302 close
Mon Mar  3 01:23:30 2025 Info: MID 3706469 interim AV verdict using Sophos CLEAN
Mon Mar  3 01:23:30 2025 Info: MID 3706469 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 01:23:30 2025 Info: MID 3706469 using engine: CASE spam negative
Mon Mar  3 01:23:30 2025 Info: MID 3706469 antivirus negative
Mon Mar  3 01:23:30 2025 Info: MID 3706469 using engine: GRAYMAIL negative
Mon Mar  3 01:23:30 2025 Info: MID 3706469 Outbreak Filters: verdict negative
Mon Mar  3 01:23:30 2025 Info: MID 3706469 queued for delivery
Mon Mar  3 01:23:30 2025 Info: New SMTP DCID 8598946 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 01:23:30 2025 Info: Delivery start DCID 8598946 MID 3706469 to RID [0]
Mon Mar  3 01:23:30 2025 Info: Message done DCID 8598946 MID 3706469 to RID [0]
Mon Mar  3 01:23:30 2025 Info: MID 3706469 RID [0] Response '2.6.0 <OKQaBahK6E9zKkYDSpxavhYd@example.net> [InternalId=92638806747, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 01:23:30 2025 Info: Message finished MID 3706469 done
Mon Mar  3 01:23:35 2025 Info: DCID 8598946 close
Mon Mar  3 07:25:17 2025 Info: New SMTP ICID 9307303 interface Data 2 (10.20.0.21) address 10.20.1.11 reverse dns host exch04.corp.example.net verified yes
Mon Mar  3 07:25:17 2025 Info: ICID 9307303 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 07:25:17 2025 Info: ICID 9307303 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 07:25:18 2025 Info: Start MID 3706470 ICID 9307303
Mon Mar  3 07:25:18 2025 Info: MID 3706470 ICID 9307303 From: <pablo36@example.org>
Mon Mar  3 07:25:18 2025 Info: MID 3706470 ICID 9307303 RID 0 To: <anna.larsen@cedar-retail.example>
Mon Mar  3 07:25:19 2025 Info: MID 3706470 Message-ID '<UxkaHu4tmmhi1qOc.10013@exch01.corp.example.net>'
Mon Mar  3 07:25:19 2025 Info: MID 3706470 Subject 'Your order has shipped'
Mon Mar  3 07:25:19 2025 Info: MID 3706470 ready 1947 bytes from <pablo36@example.org>
Mon Mar  3 07:25:19 2025 Info: MID 3706470 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 07:25:21 2025 Info: Start MID 3706471 ICID 9307303
Mon Mar  3 07:25:21 2025 Info: MID 3706471 ICID 9307303 From: <nils.murphy@example.org>
Mon Mar  3 07:25:21 2025 Info: MID 3706471 ICID 9307303 RID 0 To: <greta98@example.net>
Mon Mar  3 07:25:21 2025 Info: MID 3706470 antivirus negative
Mon Mar  3 07:25:21 2025 Info: MID 3706470 Outbreak Filters: verdict negative
Mon Mar  3 07:25:21 2025 Info: MID 3706470 queued for delivery
Mon Mar  3 07:25:21 2025 Info: New SMTP DCID 8598947 interface 192.0.2.111 address 198.51.100.73 port 25
Mon Mar  3 07:25:22 2025 Info: MID 3706471 Message-ID '<lcCtQXpfWW0uqHQL.18544@exch01.corp.example.net>'
Mon Mar  3 07:25:22 2025 Info: MID 3706471 Subject ''
Mon Mar  3 07:25:22 2025 Info: MID 3706471 ready 27195 bytes from <nils.murphy@example.org>
Mon Mar  3 07:25:22 2025 Info: DCID 8598947 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 07:25:22 2025 Info: Delivery start DCID 8598947 MID 3706470 to RID [0]
Mon Mar  3 07:25:22 2025 Info: Message done DCID 8598947 MID 3706470 to RID [0]
Mon Mar  3 07:25:22 2025 Info: MID 3706470 RID [0] Response '2.0.0 Ok: queued as K5ix3m1Mcd4iOf'
Mon Mar  3 07:25:22 2025 Info: Message finished MID 3706470 done
Mon Mar  3 07:25:22 2025 Info: MID 3706471 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 07:25:23 2025 Info: Start MID 3706472 ICID 9307303
Mon Mar  3 07:25:23 2025 Info: MID 3706472 ICID 9307303 From: <vera23@example.org>
Mon Mar  3 07:25:23 2025 Info: MID 3706472 ICID 9307303 RID 0 To: <greta.obrien@quiettelecom.example.de>
Mon Mar  3 07:25:23 2025 Info: MID 3706472 Message-ID '<LzEj8tk7MS7mNrJA.14613@exch01.corp.example.net>'
Mon Mar  3 07:25:23 2025 Info: MID 3706472 Subject 'It\'s \'urgent\' say "they"'
Mon Mar  3 07:25:23 2025 Info: MID 3706472 ready 16175 bytes from <vera23@example.org>
Mon Mar  3 07:25:23 2025 Info: Start MID 3706473 ICID 9307303
Mon Mar  3 07:25:23 2025 Info: MID 3706473 ICID 9307303 From: <sean76@example.org>
Mon Mar  3 07:25:23 2025 Info: MID 3706473 ICID 9307303 RID 0 To: <olga.murphy@primesystems.example.de>
Mon Mar  3 07:25:23 2025 Info: MID 3706473 ICID 9307303 RID 1 To: <farid.smith@metroairlines.example.de>
Mon Mar  3 07:25:23 2025 Info: MID 3706473 ICID 9307303 RID 2 To: <greta47@example.net>
Mon Mar  3 07:25:23 2025 Info: MID 3706473 ICID 9307303 RID 3 To: <hugo28@metroairlines.example.de>
Mon Mar  3 07:25:24 2025 Info: MID 3706472 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 07:25:24 2025 Info: MID 3706473 Message-ID '<ugaMbabjx4YPG3wz.27997@exch01.corp.example.net>'
Mon Mar  3 07:25:24 2025 Info: MID 3706473 Subject 'Re: Meeting tomorrow'
Mon Mar  3 07:25:24 2025 Info: MID 3706473 ready 3896 bytes from <sean76@example.org>
Mon Mar  3 07:25:25 2025 Info: MID 3706471 antivirus negative
Mon Mar  3 07:25:25 2025 Info: MID 3706471 Outbreak Filters: verdict negative
Mon Mar  3 07:25:25 2025 Info: MID 3706471 queued for delivery
Mon Mar  3 07:25:25 2025 Info: MID 3706473 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 07:25:25 2025 Info: New SMTP DCID 8598948 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 07:25:25 2025 Info: DCID 8598948 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 07:25:25 2025 Info: Delivery start DCID 8598948 MID 3706471 to RID [0]
Mon Mar  3 07:25:26 2025 Info: Message done DCID 8598948 MID 3706471 to RID [0]
Mon Mar  3 07:25:26 2025 Info: MID 3706471 RID [0] Response '2.6.0 <WrE5Q1cc8QQIlu8qesTfg8fh@example.net> [InternalId=12917891075, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 07:25:26 2025 Info: Message finished MID 3706471 done
Mon Mar  3 07:25:26 2025 Info: MID 3706472 antivirus negative
Mon Mar  3 07:25:26 2025 Info: MID 3706472 Outbreak Filters: verdict negative
Mon Mar  3 07:25:26 2025 Info: MID 3706472 queued for delivery
Mon Mar  3 07:25:26 2025 Info: DCID 8598949 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 07:25:26 2025 Info: New SMTP DCID 8598949 interface 192.0.2.111 address 203.0.113.221 port 25
Mon Mar  3 07:25:26 2025 Info: Delivery start DCID 8598949 MID 3706472 to RID [0]
Mon Mar  3 07:25:27 2025 Info: DCID 8598947 close
Mon Mar  3 07:25:27 2025 Info: Message done DCID 8598949 MID 3706472 to RID [0]
Mon Mar  3 07:25:27 2025 Info: MID 3706472 RID [0] Response '2.0.0 Ok: queued as nBnrOgBO2NOLa8'
Mon Mar  3 07:25:27 2025 Info: Message finished MID 3706472 done
Mon Mar  3 07:25:27 2025 Info: Start MID 3706474 ICID 9307303
Mon Mar  3 07:25:27 2025 Info: MID 3706474 ICID 9307303 From: <wei.tanaka@example.org>
Mon Mar  3 07:25:27 2025 Info: MID 3706474 ICID 9307303 RID 0 To: <ben45@atlas-airlines.example>
Mon Mar  3 07:25:28 2025 Info: MID 3706473 antivirus negative
Mon Mar  3 07:25:28 2025 Info: MID 3706473 Outbreak Filters: verdict negative
Mon Mar  3 07:25:28 2025 Info: MID 3706473 queued for delivery
Mon Mar  3 07:25:28 2025 Info: MID 3706474 Message-ID '<NdWEtqJHlbGM1qs5.24633@exch01.corp.example.net>'
Mon Mar  3 07:25:28 2025 Info: MID 3706474 Subject 'Tab\tseparated values'
Mon Mar  3 07:25:28 2025 Info: MID 3706474 ready 26250 bytes from <wei.tanaka@example.org>
Mon Mar  3 07:25:28 2025 Info: New SMTP DCID 8598950 interface 192.0.2.111 address 198.51.100.122 port 25
Mon Mar  3 07:25:28 2025 Info: Delivery start DCID 8598948 MID 3706473 to RID [2]
Mon Mar  3 07:25:28 2025 Info: MID 3706474 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 07:25:28 2025 Info: Start MID 3706475 ICID 9307303
Mon Mar  3 07:25:28 2025 Info: MID 3706475 ICID 9307303 From: <nils.jensen@example.org>
Mon Mar  3 07:25:28 2025 Info: MID 3706475 ICID 9307303 RID 0 To: <wei.jensen@bigmail.example>
Mon Mar  3 07:25:28 2025 Info: DCID 8598950 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 07:25:28 2025 Info: Delivery start DCID 8598950 MID 3706473 to RID [1, 3]
Mon Mar  3 07:25:28 2025 Info: New SMTP DCID 8598951 interface 192.0.2.111 address 203.0.113.210 port 25
Mon Mar  3 07:25:28 2025 Info: Message done DCID 8598948 MID 3706473 to RID [2]
Mon Mar  3 07:25:28 2025 Info: MID 3706473 RID [2] Response '2.6.0 <eARUiuDXbpI1qrBydgDvLRUO@example.net> [InternalId=99331910306, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 07:25:28 2025 Info: Delivery start DCID 8598951 MID 3706473 to RID [0]
Mon Mar  3 07:25:28 2025 Info: Message done DCID 8598950 MID 3706473 to RID [1, 3]
Mon Mar  3 07:25:28 2025 Info: MID 3706473 RID [1, 3] Response '2.0.0 Ok: queued as JCnGJB1r825voX'
Mon Mar  3 07:25:28 2025 Info: MID 3706475 Message-ID '<QatQp4Dvy6fXpFHe.22764@exch01.corp.example.net>'
Mon Mar  3 07:25:28 2025 Info: MID 3706475 Subject 'Weekly digest'
Mon Mar  3 07:25:28 2025 Info: MID 3706475 ready 10016 bytes from <nils.jensen@example.org>
Mon Mar  3 07:25:29 2025 Info: Message done DCID 8598951 MID 3706473 to RID [0]
Mon Mar  3 07:25:29 2025 Info: MID 3706473 RID [0] Response '2.0.0 Ok: queued as CWWLrDiPI3ueMp'
Mon Mar  3 07:25:29 2025 Info: Message finished MID 3706473 done
Mon Mar  3 07:25:29 2025 Info: ICID 9307303 close
Mon Mar  3 07:25:29 2025 Info: MID 3706475 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 07:25:30 2025 Info: MID 3706475 antivirus negative
Mon Mar  3 07:25:30 2025 Info: MID 3706475 Outbreak Filters: verdict negative
Mon Mar  3 07:25:30 2025 Info: MID 3706475 queued for delivery
Mon Mar  3 07:25:30 2025 Info: New SMTP DCID 8598952 interface 192.0.2.111 address 203.0.113.30 port 25
Mon Mar  3 07:25:30 2025 Info: MID 3706474 antivirus negative
Mon Mar  3 07:25:30 2025 Info: MID 3706474 Outbreak Filters: verdict negative
Mon Mar  3 07:25:30 2025 Info: MID 3706474 queued for delivery
Mon Mar  3 07:25:30 2025 Info: Delivery start DCID 8598952 MID 3706475 to RID [0]
Mon Mar  3 07:25:30 2025 Info: DCID 8598948 close
Mon Mar  3 07:25:30 2025 Info: New SMTP DCID 8598953 interface 192.0.2.111 address 198.51.100.169 port 25
Mon Mar  3 07:25:30 2025 Info: DCID 8598953 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 07:25:30 2025 Info: Delivery start DCID 8598953 MID 3706474 to RID [0]
Mon Mar  3 07:25:30 2025 Info: DCID 8598950 close
Mon Mar  3 07:25:31 2025 Info: Message done DCID 8598953 MID 3706474 to RID [0]
Mon Mar  3 07:25:31 2025 Info: MID 3706474 RID [0] Response '2.0.0 Ok: queued as 00mK5UVmtKyYXQ'
Mon Mar  3 07:25:31 2025 Info: Message finished MID 3706474 done
Mon Mar  3 07:25:31 2025 Info: DCID 8598949 close
Mon Mar  3 07:25:31 2025 Info: Message done DCID 8598952 MID 3706475 to RID [0]
Mon Mar  3 07:25:31 2025 Info: MID 3706475 RID [0] Response '2.0.0 OK  1770588067 cfzvq7k9srtysi9251134.34 - gsmtp'
Mon Mar  3 07:25:31 2025 Info: Message finished MID 3706475 done
Mon Mar  3 07:25:36 2025 Info: DCID 8598951 close
Mon Mar  3 07:25:39 2025 Info: DCID 8598952 close
Mon Mar  3 07:25:41 2025 Info: DCID 8598953 close
Mon Mar  3 07:25:43 2025 Info: New SMTP ICID 9307304 interface Data 1 (192.0.2.11) address 198.51.100.32 reverse dns host mx8.atlasretail.example.de verified yes
Mon Mar  3 07:25:43 2025 Info: ICID 9307304 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.2 country Netherlands
Mon Mar  3 07:25:43 2025 Info: ICID 9307304 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 07:25:44 2025 Info: Start MID 3706476 ICID 9307304
Mon Mar  3 07:25:44 2025 Info: MID 3706476 ICID 9307304 From: <emma.murphy@atlasretail.example.de>
Mon Mar  3 07:25:44 2025 Info: MID 3706476 ICID 9307304 RID 0 To: <nils.tanaka@example.net>
Mon Mar  3 07:25:44 2025 Info: MID 3706476 ICID 9307304 To: <david36x@example.net> Rejected by LDAPACCEPT
Mon Mar  3 07:25:44 2025 Info: MID 3706476 ICID 9307304 RID 1 To: <rosa.haddad@example.net>
Mon Mar  3 07:25:44 2025 Info: Message aborted MID 3706476 Receiving aborted
Mon Mar  3 07:25:44 2025 Info: Message finished MID 3706476 aborted
Mon Mar  3 07:25:44 2025 Info: ICID 9307304 lost
Mon Mar  3 07:25:44 2025 Info: ICID 9307304 close
Mon Mar  3 07:51:08 2025 Info: New SMTP ICID 9307305 interface Data 1 (192.0.2.11) address 203.0.113.251 reverse dns host unknown verified no
Mon Mar  3 07:51:08 2025 Info: ICID 9307305 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.5 country Japan
Mon Mar  3 07:51:09 2025 Info: ICID 9307305 TLS failed: (336109761, 'error:1408A0C1:SSL routines:ssl3_get_client_hello:no shared cipher')
Mon Mar  3 07:51:10 2025 Info: Start MID 3706477 ICID 9307305
Mon Mar  3 07:51:10 2025 Info: MID 3706477 ICID 9307305 From: <aoife.costa@rapidinsurance.example.co.uk>
Mon Mar  3 07:51:10 2025 Info: MID 3706477 ICID 9307305 RID 0 To: <maria56@example.net>
Mon Mar  3 07:51:10 2025 Info: MID 3706477 ICID 9307305 RID 1 To: <maria.silva@example.net>
Mon Mar  3 07:51:11 2025 Info: MID 3706477 Message-ID '<SDB9qvqsTyrkEvDq.54183@rapidinsurance.example.co.uk>'
Mon Mar  3 07:51:11 2025 Info: MID 3706477 Subject 'Out of office: back Monday'
Mon Mar  3 07:51:11 2025 Info: MID 3706477 ready 36662 bytes from <aoife.costa@rapidinsurance.example.co.uk>
Mon Mar  3 07:51:11 2025 Info: MID 3706477 SPF: mailfrom identity aoife.costa@rapidinsurance.example.co.uk Pass (v=spf1)
Mon Mar  3 07:51:11 2025 Info: MID 3706477 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: rapidinsurance.example.co.uk
Mon Mar  3 07:51:11 2025 Info: MID 3706477 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 07:51:11 2025 Info: MID 3706477 interim verdict using engine: CASE spam negative
Mon Mar  3 07:51:13 2025 Info: MID 3706477 interim AV verdict using Sophos CLEAN
Mon Mar  3 07:51:13 2025 Info: MID 3706477 using engine: CASE spam negative
Mon Mar  3 07:51:13 2025 Info: MID 3706477 antivirus negative
Mon Mar  3 07:51:13 2025 Info: MID 3706477 using engine: GRAYMAIL negative
Mon Mar  3 07:51:13 2025 Info: MID 3706477 Outbreak Filters: verdict negative
Mon Mar  3 07:51:13 2025 Info: MID 3706477 queued for delivery
Mon Mar  3 07:51:13 2025 Info: Start MID 3706478 ICID 9307305
Mon Mar  3 07:51:13 2025 Info: MID 3706478 ICID 9307305 From: <jonas96@rapidinsurance.example.co.uk>
Mon Mar  3 07:51:13 2025 Info: MID 3706478 ICID 9307305 RID 0 To: <rosa.nguyen@example.net>
Mon Mar  3 07:51:13 2025 Info: New SMTP DCID 8598954 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 07:51:13 2025 Info: MID 3706478 Message-ID '<4lg0fP3hr3O02GET.1290@rapidinsurance.example.co.uk>'
Mon Mar  3 07:51:13 2025 Info: MID 3706478 Subject 'Weekly digest'
Mon Mar  3 07:51:13 2025 Info: MID 3706478 ready 55555 bytes from <jonas96@rapidinsurance.example.co.uk>
Mon Mar  3 07:51:13 2025 Info: DCID 8598954 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 07:51:13 2025 Info: Delivery start DCID 8598954 MID 3706477 to RID [0, 1]
Mon Mar  3 07:51:14 2025 Info: Start MID 3706479 ICID 9307305
Mon Mar  3 07:51:14 2025 Info: MID 3706479 ICID 9307305 From: <carla9@rapidinsurance.example.co.uk>
Mon Mar  3 07:51:14 2025 Info: MID 3706479 ICID 9307305 RID 0 To: <qi21@example.net>
Mon Mar  3 07:51:14 2025 Info: Message done DCID 8598954 MID 3706477 to RID [0, 1]
Mon Mar  3 07:51:14 2025 Info: MID 3706477 RID [0, 1] Response '2.6.0 <58ffb0VeDrceOBtUIzoR5bIY@example.net> [InternalId=36111902662, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 07:51:14 2025 Info: Message finished MID 3706477 done
Mon Mar  3 07:51:14 2025 Info: MID 3706479 Message-ID '<8OuBlN8pKZGAZxwa.30261@rapidinsurance.example.co.uk>'
Mon Mar  3 07:51:14 2025 Info: MID 3706479 Subject 'Shipping update for order 88213'
Mon Mar  3 07:51:14 2025 Info: MID 3706479 ready 30906 bytes from <carla9@rapidinsurance.example.co.uk>
Mon Mar  3 07:51:14 2025 Info: MID 3706478 SPF: mailfrom identity jonas96@rapidinsurance.example.co.uk Pass (v=spf1)
Mon Mar  3 07:51:14 2025 Info: MID 3706478 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: rapidinsurance.example.co.uk
Mon Mar  3 07:51:14 2025 Info: MID 3706478 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 07:51:14 2025 Info: MID 3706478 interim verdict using engine: CASE spam negative
Mon Mar  3 07:51:14 2025 Info: MID 3706479 SPF: mailfrom identity carla9@rapidinsurance.example.co.uk Pass (v=spf1)
Mon Mar  3 07:51:14 2025 Info: MID 3706479 DKIM: pass signature verified (d=rapidinsurance.example.co.uk s=selector1 i=@rapidinsurance.example.co.uk)
Mon Mar  3 07:51:14 2025 Info: MID 3706479 DMARC: Message from domain rapidinsurance.example.co.uk, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 07:51:14 2025 Info: MID 3706479 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 07:51:14 2025 Info: MID 3706479 interim verdict using engine: CASE spam negative
Mon Mar  3 07:51:16 2025 Info: MID 3706478 interim AV verdict using Sophos CLEAN
Mon Mar  3 07:51:16 2025 Info: MID 3706478 using engine: CASE spam negative
Mon Mar  3 07:51:16 2025 Info: MID 3706478 antivirus negative
Mon Mar  3 07:51:16 2025 Info: MID 3706478 using engine: GRAYMAIL negative
Mon Mar  3 07:51:16 2025 Info: MID 3706478 Outbreak Filters: verdict negative
Mon Mar  3 07:51:16 2025 Info: MID 3706478 queued for delivery
Mon Mar  3 07:51:16 2025 Info: Delivery start DCID 8598954 MID 3706478 to RID [0]
Mon Mar  3 07:51:16 2025 Info: Message done DCID 8598954 MID 3706478 to RID [0]
Mon Mar  3 07:51:16 2025 Info: MID 3706478 RID [0] Response '2.6.0 <HDjDxUc4yyG1RmPJku2Zha36@example.net> [InternalId=18986514861, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 07:51:16 2025 Info: Message finished MID 3706478 done
Mon Mar  3 07:51:17 2025 Info: New SMTP ICID 9307306 interface Data 1 (192.0.2.11) address 198.51.100.11 reverse dns host mx2.sunnyenergy.example.co.uk verified yes
Mon Mar  3 07:51:17 2025 Info: ICID 9307306 ACCEPT SG SUSPECTLIST match sbrs[-3.0:-1.0] SBRS -1.2 country Japan
Mon Mar  3 07:51:17 2025 Info: MID 3706479 interim AV verdict using Sophos CLEAN
Mon Mar  3 07:51:17 2025 Info: MID 3706479 using engine: CASE spam negative
Mon Mar  3 07:51:17 2025 Info: MID 3706479 antivirus negative
Mon Mar  3 07:51:17 2025 Info: MID 3706479 using engine: GRAYMAIL negative
Mon Mar  3 07:51:17 2025 Info: MID 3706479 Outbreak Filters: verdict negative
Mon Mar  3 07:51:17 2025 Info: MID 3706479 queued for delivery
Mon Mar  3 07:51:17 2025 Info: Start MID 3706480 ICID 9307305
Mon Mar  3 07:51:17 2025 Info: MID 3706480 ICID 9307305 From: <noreply@rapidinsurance.example.co.uk>
Mon Mar  3 07:51:17 2025 Info: MID 3706480 ICID 9307305 RID 0 To: <keiko.dubois@example.net>
Mon Mar  3 07:51:17 2025 Info: MID 3706480 ICID 9307305 RID 1 To: <keiko.jensen@example.net>
Mon Mar  3 07:51:17 2025 Info: MID 3706480 ICID 9307305 RID 2 To: <aoife.berg@example.net>
Mon Mar  3 07:51:17 2025 Info: MID 3706480 ICID 9307305 RID 3 To: <jonas.jensen@example.net>
Mon Mar  3 07:51:17 2025 Info: Delivery start DCID 8598954 MID 3706479 to RID [0]
Mon Mar  3 07:51:17 2025 Info: Message done DCID 8598954 MID 3706479 to RID [0]
Mon Mar  3 07:51:17 2025 Info: MID 3706479 RID [0] Response '2.6.0 <O7G1JKltRpJ3dYjp28aPd8ew@example.net> [InternalId=53847932195, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 07:51:17 2025 Info: Message finished MID 3706479 done
Mon Mar  3 07:51:18 2025 Info: MID 3706480 Message-ID '<qO8eHqp41clGeAA7.23045@rapidinsurance.example.co.uk>'
Mon Mar  3 07:51:18 2025 Info: MID 3706480 Subject 'Quarterly report'
Mon Mar  3 07:51:18 2025 Info: MID 3706480 ready 13320 bytes from <noreply@rapidinsurance.example.co.uk>
Mon Mar  3 07:51:18 2025 Info: Start MID 3706481 ICID 9307306
Mon Mar  3 07:51:18 2025 Info: MID 3706481 ICID 9307306 From: <info@sunnyenergy.example.co.uk>
Mon Mar  3 07:51:18 2025 Info: MID 3706481 ICID 9307306 RID 0 To: <zoe.jensen@example.org>
Mon Mar  3 07:51:18 2025 Info: MID 3706481 ICID 9307306 RID 1 To: <info@example.net>
Mon Mar  3 07:51:18 2025 Info: MID 3706481 Message-ID '<6GPUsI6tWvMfWqHo.52604@sunnyenergy.example.co.uk>'
Mon Mar  3 07:51:18 2025 Info: MID 3706481 Subject 'Welcome to the team'
Mon Mar  3 07:51:18 2025 Info: MID 3706481 ready 28161 bytes from <info@sunnyenergy.example.co.uk>
Mon Mar  3 07:51:18 2025 Info: MID 3706480 SPF: mailfrom identity noreply@rapidinsurance.example.co.uk Pass (v=spf1)
Mon Mar  3 07:51:18 2025 Info: MID 3706480 DKIM: pass signature verified (d=rapidinsurance.example.co.uk s=selector1 i=@rapidinsurance.example.co.uk)
Mon Mar  3 07:51:18 2025 Info: MID 3706480 DMARC: Message from domain rapidinsurance.example.co.uk, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 07:51:18 2025 Info: MID 3706480 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 07:51:18 2025 Info: MID 3706480 interim verdict using engine: CASE spam negative
Mon Mar  3 07:51:18 2025 Info: MID 3706481 SPF: mailfrom identity info@sunnyenergy.example.co.uk Pass (v=spf1)
Mon Mar  3 07:51:18 2025 Info: MID 3706481 DKIM: pass signature verified (d=sunnyenergy.example.co.uk s=selector1 i=@sunnyenergy.example.co.uk)
Mon Mar  3 07:51:18 2025 Info: MID 3706481 DMARC: Message from domain sunnyenergy.example.co.uk, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 07:51:18 2025 Info: MID 3706481 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: sunnyenergy.example.co.uk
Mon Mar  3 07:51:18 2025 Info: MID 3706481 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 07:51:18 2025 Info: MID 3706481 interim verdict using engine: CASE spam negative
Mon Mar  3 07:51:19 2025 Info: Start MID 3706482 ICID 9307305
Mon Mar  3 07:51:19 2025 Info: MID 3706482 ICID 9307305 From: <david.silva@rapidinsurance.example.co.uk>
Mon Mar  3 07:51:19 2025 Info: MID 3706482 ICID 9307305 RID 0 To: <emma.garcia@example.net>
Mon Mar  3 07:51:20 2025 Info: MID 3706482 Message-ID '<w1UgetKXcpJ4VIM9.73872@rapidinsurance.example.co.uk>'
Mon Mar  3 07:51:20 2025 Info: MID 3706482 Subject "Re: Customer's feedback"
Mon Mar  3 07:51:20 2025 Info: MID 3706482 ready 14796 bytes from <david.silva@rapidinsurance.example.co.uk>
Mon Mar  3 07:51:20 2025 Info: DCID 8598954 close
Mon Mar  3 07:51:20 2025 Info: MID 3706480 interim AV verdict using Sophos CLEAN
Mon Mar  3 07:51:20 2025 Info: MID 3706480 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 07:51:20 2025 Info: MID 3706480 using engine: CASE spam negative
Mon Mar  3 07:51:20 2025 Info: MID 3706480 antivirus negative
Mon Mar  3 07:51:20 2025 Info: MID 3706480 using engine: GRAYMAIL negative
Mon Mar  3 07:51:20 2025 Info: MID 3706480 Outbreak Filters: verdict negative
Mon Mar  3 07:51:20 2025 Info: MID 3706480 queued for delivery
Mon Mar  3 07:51:20 2025 Info: New SMTP DCID 8598955 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 07:51:21 2025 Info: MID 3706482 SPF: mailfrom identity david.silva@rapidinsurance.example.co.uk Pass (v=spf1)
Mon Mar  3 07:51:21 2025 Info: MID 3706482 DKIM: pass signature verified (d=rapidinsurance.example.co.uk s=selector1 i=@rapidinsurance.example.co.uk)
Mon Mar  3 07:51:21 2025 Info: MID 3706482 DMARC: Message from domain rapidinsurance.example.co.uk, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 07:51:21 2025 Info: MID 3706482 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 07:51:21 2025 Info: MID 3706482 interim verdict using engine: CASE spam negative
Mon Mar  3 07:51:21 2025 Info: DCID 8598955 TLS success protocol TLSv1 cipher ECDHE-RSA-AES256-SHA
Mon Mar  3 07:51:21 2025 Info: Delivery start DCID 8598955 MID 3706480 to RID [0, 1, 2, 3]
Mon Mar  3 07:51:21 2025 Info: Message done DCID 8598955 MID 3706480 to RID [0, 1, 2, 3] 
Mon Mar  3 07:51:21 2025 Info: MID 3706480 RID [0, 1, 2, 3] Response '2.6.0 <7Lm68KSDdkKwfavRuwZZ0QMU@example.net> [InternalId=46987842574, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 07:51:21 2025 Info: Message finished MID 3706480 done
Mon Mar  3 07:51:21 2025 Info: MID 3706481 interim AV verdict using Sophos CLEAN
Mon Mar  3 07:51:21 2025 Info: MID 3706481 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 07:51:21 2025 Info: MID 3706481 using engine: CASE spam negative
Mon Mar  3 07:51:21 2025 Info: MID 3706481 antivirus negative
Mon Mar  3 07:51:21 2025 Info: MID 3706481 using engine: GRAYMAIL negative
Mon Mar  3 07:51:21 2025 Info: MID 3706481 Outbreak Filters: verdict negative
Mon Mar  3 07:51:21 2025 Info: MID 3706481 queued for delivery
Mon Mar  3 07:51:21 2025 Info: Delivery start DCID 8598955 MID 3706481 to RID [1]
Mon Mar  3 07:51:21 2025 Info: New SMTP DCID 8598956 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 07:51:21 2025 Info: DCID 8598956 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 07:51:21 2025 Info: Delivery start DCID 8598956 MID 3706481 to RID [0]
Mon Mar  3 07:51:21 2025 Info: Message done DCID 8598955 MID 3706481 to RID [1]
Mon Mar  3 07:51:21 2025 Info: MID 3706481 RID [1] Response '2.6.0 <w6pbrfftgfgWYzxv5oFBnsVZ@example.net> [InternalId=65030192358, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 07:51:22 2025 Info: Start MID 3706483 ICID 9307305
Mon Mar  3 07:51:22 2025 Info: MID 3706483 ICID 9307305 From: <emma23@rapidinsurance.example.co.uk>
Mon Mar  3 07:51:22 2025 Info: MID 3706483 ICID 9307305 RID 0 To: <yusuf.silva@example.org>
Mon Mar  3 07:51:22 2025 Info: MID 3706483 ICID 9307305 RID 1 To: <sean.mueller@example.org>
Mon Mar  3 07:51:22 2025 Info: Message done DCID 8598956 MID 3706481 to RID [0]
Mon Mar  3 07:51:22 2025 Info: MID 3706481 RID [0] Response '2.6.0 <tHXVJ8rrvKK7rmgwSGPnSTLn@example.net> [InternalId=62407166459, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 07:51:22 2025 Info: Message finished MID 3706481 done
Mon Mar  3 07:51:22 2025 Info: Start MID 3706484 ICID 9307306
Mon Mar  3 07:51:22 2025 Info: MID 3706484 ICID 9307306 From: <keiko.ivanova@sunnyenergy.example.co.uk>
Mon Mar  3 07:51:22 2025 Info: MID 3706484 ICID 9307306 RID 0 To: <sales@example.net>
Mon Mar  3 07:51:22 2025 Info: MID 3706484 ICID 9307306 RID 1 To: <alerts@example.net>
Mon Mar  3 07:51:22 2025 Info: MID 3706484 ICID 9307306 RID 2 To: <tara32@example.net>
Mon Mar  3 07:51:22 2025 Info: MID 3706483 Message-ID '<YUQSKUi1lMaozN6D.76995@rapidinsurance.example.co.uk>'
Mon Mar  3 07:51:22 2025 Info: MID 3706483 Subject 'Path C:\\Temp\\report.xlsx'
Mon Mar  3 07:51:22 2025 Info: MID 3706483 ready 66018 bytes from <emma23@rapidinsurance.example.co.uk>
Mon Mar  3 07:51:22 2025 Info: MID 3706484 Message-ID '<g3bK1A5MtcIFetp0.89990@sunnyenergy.example.co.uk>'
Mon Mar  3 07:51:22 2025 Info: MID 3706484 Subject 'Réunion de lundi'
Mon Mar  3 07:51:22 2025 Info: MID 3706484 ready 10386 bytes from <keiko.ivanova@sunnyenergy.example.co.uk>
Mon Mar  3 07:51:22 2025 Info: MID 3706483 SPF: mailfrom identity emma23@rapidinsurance.example.co.uk Pass (v=spf1)
Mon Mar  3 07:51:22 2025 Info: MID 3706483 DKIM: pass signature verified (d=rapidinsurance.example.co.uk s=selector1 i=@rapidinsurance.example.co.uk)
Mon Mar  3 07:51:22 2025 Info: MID 3706483 DMARC: Message from domain rapidinsurance.example.co.uk, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 07:51:22 2025 Info: MID 3706483 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 07:51:22 2025 Info: MID 3706483 interim verdict using engine: CASE spam negative
Mon Mar  3 07:51:22 2025 Info: ICID 9307305 close
Mon Mar  3 07:51:22 2025 Info: Start MID 3706485 ICID 9307306
Mon Mar  3 07:51:22 2025 Info: MID 3706485 ICID 9307306 From: <david.murphy@sunnyenergy.example.co.uk>
Mon Mar  3 07:51:22 2025 Info: MID 3706485 ICID 9307306 RID 0 To: <newsletter@example.net>
Mon Mar  3 07:51:22 2025 Info: MID 3706485 ICID 9307306 RID 1 To: <aoife.okafor@example.net>
Mon Mar  3 07:51:22 2025 Info: MID 3706485 ICID 9307306 RID 2 To: <pablo.jensen@example.net>
Mon Mar  3 07:51:22 2025 Info: MID 3706484 SPF: mailfrom identity keiko.ivanova@sunnyenergy.example.co.uk Pass (v=spf1)
Mon Mar  3 07:51:22 2025 Info: MID 3706484 DKIM: pass signature verified (d=sunnyenergy.example.co.uk s=selector1 i=@sunnyenergy.example.co.uk)
Mon Mar  3 07:51:22 2025 Info: MID 3706484 DMARC: Message from domain sunnyenergy.example.co.uk, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 07:51:22 2025 Info: MID 3706484 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: sunnyenergy.example.co.uk
Mon Mar  3 07:51:22 2025 Info: MID 3706484 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 07:51:22 2025 Info: MID 3706484 interim verdict using engine: CASE spam negative
Mon Mar  3 07:51:23 2025 Info: MID 3706485 Message-ID '<DAIwsuFjySOgGVOk.18245@sunnyenergy.example.co.uk>'
Mon Mar  3 07:51:23 2025 Info: MID 3706485 Subject 'Tab\tseparated values'
Mon Mar  3 07:51:23 2025 Info: MID 3706485 ready 7109 bytes from <david.murphy@sunnyenergy.example.co.uk>
Mon Mar  3 07:51:23 2025 Info: Start MID 3706486 ICID 9307306
Mon Mar  3 07:51:23 2025 Info: MID 3706486 ICID 9307306 From: <carla.novak@sunnyenergy.example.co.uk>
Mon Mar  3 07:51:23 2025 Info: MID 3706486 ICID 9307306 RID 0 To: <ines45@example.org>
Mon Mar  3 07:51:23 2025 Info: MID 3706486 ICID 9307306 RID 1 To: <farid.kowalski@example.net>
Mon Mar  3 07:51:23 2025 Info: MID 3706485 SPF: mailfrom identity david.murphy@sunnyenergy.example.co.uk Pass (v=spf1)
Mon Mar  3 07:51:23 2025 Info: MID 3706485 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: sunnyenergy.example.co.uk
Mon Mar  3 07:51:23 2025 Info: MID 3706485 was split creating MID 3706487 due to a per-recipient policy Executives in the inbound table
Mon Mar  3 07:51:23 2025 Info: MID 3706485 was split creating MID 3706488 due to a per-recipient policy Engineering in the inbound table
Mon Mar  3 07:51:23 2025 Info: Message finished MID 3706485 done
Mon Mar  3 07:51:23 2025 Info: MID 3706488 ICID 0 From: <david.murphy@sunnyenergy.example.co.uk>
Mon Mar  3 07:51:23 2025 Info: MID 3706488 ICID 0 RID 0 To: <pablo.jensen@example.net>
Mon Mar  3 07:51:23 2025 Info: MID 3706488 matched all recipients for per-recipient policy Engineering in the inbound table
Mon Mar  3 07:51:23 2025 Info: MID 3706488 interim verdict using engine: CASE spam negative
Mon Mar  3 07:51:23 2025 Info: MID 3706487 ICID 0 From: <david.murphy@sunnyenergy.example.co.uk>
Mon Mar  3 07:51:23 2025 Info: MID 3706487 ICID 0 RID 0 To: <newsletter@example.net>
Mon Mar  3 07:51:23 2025 Info: MID 3706487 ICID 0 RID 1 To: <aoife.okafor@example.net>
Mon Mar  3 07:51:23 2025 Info: MID 3706487 matched all recipients for per-recipient policy Executives in the inbound table
Mon Mar  3 07:51:23 2025 Info: MID 3706487 interim verdict using engine: CASE spam negative
Mon Mar  3 07:51:23 2025 Info: MID 3706484 interim AV verdict using Sophos CLEAN
Mon Mar  3 07:51:23 2025 Info: MID 3706484 using engine: CASE spam negative
Mon Mar  3 07:51:23 2025 Info: MID 3706484 antivirus negative
Mon Mar  3 07:51:23 2025 Info: MID 3706484 using engine: GRAYMAIL marketing_mail
Mon Mar  3 07:51:23 2025 Info: MID 3706484 Outbreak Filters: verdict negative
Mon Mar  3 07:51:23 2025 Info: MID 3706484 queued for delivery
Mon Mar  3 07:51:23 2025 Info: Delivery start DCID 8598955 MID 3706484 to RID [0, 1, 2]
Mon Mar  3 07:51:23 2025 Info: Message done DCID 8598955 MID 3706484 to RID [0, 1, 2]
Mon Mar  3 07:51:23 2025 Info: MID 3706484 RID [0, 1, 2] Response '2.6.0 <Go4Y2GOukH6mnyLfQY07YYNC@example.net> [InternalId=96126556837, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 07:51:23 2025 Info: Message finished MID 3706484 done
Mon Mar  3 07:51:23 2025 Info: MID 3706482 interim AV verdict using Sophos CLEAN
Mon Mar  3 07:51:23 2025 Info: MID 3706482 using engine: CASE spam negative
Mon Mar  3 07:51:23 2025 Info: MID 3706482 antivirus negative
Mon Mar  3 07:51:23 2025 Info: MID 3706482 using engine: GRAYMAIL negative
Mon Mar  3 07:51:23 2025 Info: MID 3706482 Outbreak Filters: verdict negative
Mon Mar  3 07:51:23 2025 Info: MID 3706482 queued for delivery
Mon Mar  3 07:51:23 2025 Info: Delivery start DCID 8598955 MID 3706482 to RID [0]
Mon Mar  3 07:51:23 2025 Info: MID 3706487 interim AV verdict using Sophos CLEAN
Mon Mar  3 07:51:23 2025 Info: MID 3706487 using engine: CASE spam negative
Mon Mar  3 07:51:23 2025 Info: MID 3706487 antivirus negative
Mon Mar  3 07:51:23 2025 Info: MID 3706487 using engine: GRAYMAIL negative
Mon Mar  3 07:51:23 2025 Info: MID 3706487 Outbreak Filters: verdict negative
Mon Mar  3 07:51:23 2025 Info: MID 3706487 queued for delivery
Mon Mar  3 07:51:23 2025 Info: New SMTP DCID 8598957 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 07:51:23 2025 Info: MID 3706486 Message-ID '<9mUdFFBqGdm0dWCi.44567@sunnyenergy.example.co.uk>'
Mon Mar  3 07:51:23 2025 Info: MID 3706486 Subject 'Re: Re: budget figures'
Mon Mar  3 07:51:23 2025 Info: MID 3706486 ready 25071 bytes from <carla.novak@sunnyenergy.example.co.uk>
Mon Mar  3 07:51:24 2025 Info: Message done DCID 8598955 MID 3706482 to RID [0]
Mon Mar  3 07:51:24 2025 Info: MID 3706482 RID [0] Response '2.6.0 <NCugmdH5GMsQIvRmde5zltjH@example.net> [InternalId=44276120263, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 07:51:24 2025 Info: Message finished MID 3706482 done
Mon Mar  3 07:51:24 2025 Info: Delivery start DCID 8598955 MID 3706487 to RID [0, 1]
Mon Mar  3 07:51:24 2025 Info: ICID 9307306 close
Mon Mar  3 07:51:24 2025 Info: DCID 8598957 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 07:51:24 2025 Info: MID 3706488 interim AV verdict using Sophos CLEAN
Mon Mar  3 07:51:24 2025 Info: MID 3706488 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 07:51:24 2025 Info: MID 3706488 using engine: CASE spam negative
Mon Mar  3 07:51:24 2025 Info: MID 3706488 antivirus negative
Mon Mar  3 07:51:24 2025 Info: MID 3706488 using engine: GRAYMAIL negative
Mon Mar  3 07:51:24 2025 Info: MID 3706488 Outbreak Filters: verdict negative
Mon Mar  3 07:51:24 2025 Info: MID 3706488 queued for delivery
Mon Mar  3 07:51:24 2025 Info: Delivery start DCID 8598957 MID 3706488 to RID [0]
Mon Mar  3 07:51:24 2025 Info: Message done DCID 8598955 MID 3706487 to RID [0, 1]
Mon Mar  3 07:51:24 2025 Info: MID 3706487 RID [0, 1] Response '2.6.0 <7aFyuMJGXy4V9F7vB9PbbxO0@example.net> [InternalId=11256046204, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 07:51:24 2025 Info: Message finished MID 3706487 done
Mon Mar  3 07:51:24 2025 Info: Message done DCID 8598957 MID 3706488 to RID [0]
Mon Mar  3 07:51:24 2025 Info: MID 3706488 RID [0] Response '2.6.0 <8JVaI1LQYKBZbhIUUAvcnARE@example.net> [InternalId=93077616059, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 07:51:24 2025 Info: Message finished MID 3706488 done
Mon Mar  3 07:51:24 2025 Info: MID 3706486 SPF: mailfrom identity carla.novak@sunnyenergy.example.co.uk Pass (v=spf1)
Mon Mar  3 07:51:24 2025 Info: MID 3706486 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: sunnyenergy.example.co.uk
Mon Mar  3 07:51:24 2025 Info: MID 3706486 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 07:51:24 2025 Info: MID 3706486 interim verdict using engine: CASE spam negative
Mon Mar  3 07:51:24 2025 Info: MID 3706483 interim AV verdict using Sophos CLEAN
Mon Mar  3 07:51:24 2025 Info: MID 3706483 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 07:51:24 2025 Info: MID 3706483 using engine: CASE spam negative
Mon Mar  3 07:51:24 2025 Info: MID 3706483 antivirus negative
Mon Mar  3 07:51:24 2025 Info: MID 3706483 using engine: GRAYMAIL negative
Mon Mar  3 07:51:24 2025 Info: MID 3706483 Outbreak Filters: verdict negative
Mon Mar  3 07:51:24 2025 Info: MID 3706483 queued for delivery
Mon Mar  3 07:51:24 2025 Info: Delivery start DCID 8598956 MID 3706483 to RID [0, 1]
Mon Mar  3 07:51:25 2025 Info: Message done DCID 8598956 MID 3706483 to RID [0, 1]
Mon Mar  3 07:51:25 2025 Info: MID 3706483 RID [0, 1] Response '2.6.0 <0ei27CGDBF0mrxiSFRUo8Uk5@example.net> [InternalId=76165435263, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 07:51:25 2025 Info: Message finished MID 3706483 done
Mon Mar  3 07:51:26 2025 Info: MID 3706486 interim AV verdict using Sophos CLEAN
Mon Mar  3 07:51:26 2025 Info: MID 3706486 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 07:51:26 2025 Info: MID 3706486 using engine: CASE spam negative
Mon Mar  3 07:51:26 2025 Info: MID 3706486 antivirus negative
Mon Mar  3 07:51:26 2025 Info: MID 3706486 using engine: GRAYMAIL negative
Mon Mar  3 07:51:26 2025 Info: MID 3706486 Outbreak Filters: verdict negative
Mon Mar  3 07:51:26 2025 Info: MID 3706486 queued for delivery
Mon Mar  3 07:51:26 2025 Info: Delivery start DCID 8598956 MID 3706486 to RID [0]
Mon Mar  3 07:51:26 2025 Info: Delivery start DCID 8598955 MID 3706486 to RID [1]
Mon Mar  3 07:51:26 2025 Info: Message done DCID 8598956 MID 3706486 to RID [0]
Mon Mar  3 07:51:26 2025 Info: MID 3706486 RID [0] Response '2.6.0 <DV9iymIUjI6pdpEpr8FRcLHq@example.net> [InternalId=18424998922, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 07:51:27 2025 Info: Message done DCID 8598955 MID 3706486 to RID [1]
Mon Mar  3 07:51:27 2025 Info: MID 3706486 RID [1] Response '2.6.0 <R8e3g6PgWVI0k6dASDYo4eS9@example.net> [InternalId=47228471443, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 07:51:27 2025 Info: Message finished MID 3706486 done
Mon Mar  3 07:51:29 2025 Info: DCID 8598957 close
Mon Mar  3 07:51:30 2025 Info: DCID 8598955 close
Mon Mar  3 07:51:34 2025 Info: DCID 8598956 close
Mon Mar  3 08:38:05 2025 Info: New SMTP ICID 9307307 interface Data 1 (192.0.2.11) address 203.0.113.234 reverse dns host unknown verified no
Mon Mar  3 08:38:05 2025 Info: ICID 9307307 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.6 country United States
Mon Mar  3 08:38:06 2025 Info: Start MID 3706489 ICID 9307307
Mon Mar  3 08:38:06 2025 Info: MID 3706489 ICID 9307307 From: <support@webpost.example>
Mon Mar  3 08:38:06 2025 Info: MID 3706489 ICID 9307307 RID 0 To: <rosa18@example.net>
Mon Mar  3 08:38:07 2025 Info: MID 3706489 Message-ID '<rlc02nfVYgY9Tc1N.16715@webpost.example>'
Mon Mar  3 08:38:07 2025 Info: MID 3706489 Subject 'Réunion de lundi'
Mon Mar  3 08:38:07 2025 Info: MID 3706489 ready 21511 bytes from <support@webpost.example>
Mon Mar  3 08:38:07 2025 Info: MID 3706489 SPF: mailfrom identity support@webpost.example Pass (v=spf1)
Mon Mar  3 08:38:07 2025 Info: MID 3706489 DKIM: pass signature verified (d=webpost.example s=selector1 i=@webpost.example)
Mon Mar  3 08:38:07 2025 Info: MID 3706489 DMARC: Message from domain webpost.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 08:38:07 2025 Info: MID 3706489 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: webpost.example
Mon Mar  3 08:38:07 2025 Info: MID 3706489 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 08:38:07 2025 Info: MID 3706489 interim verdict using engine: CASE spam negative
Mon Mar  3 08:38:08 2025 Info: Start MID 3706490 ICID 9307307
Mon Mar  3 08:38:08 2025 Info: MID 3706490 ICID 9307307 From: <billing@webpost.example>
Mon Mar  3 08:38:08 2025 Info: MID 3706490 ICID 9307307 RID 0 To: <alerts@example.net>
Mon Mar  3 08:38:08 2025 Info: MID 3706490 Message-ID '<R6Jeve0HBXcqehbl.11184@webpost.example>'
Mon Mar  3 08:38:08 2025 Info: MID 3706490 Subject "Re: Customer's feedback"
Mon Mar  3 08:38:08 2025 Info: MID 3706490 ready 67178 bytes from <billing@webpost.example>
Mon Mar  3 08:38:08 2025 Info: MID 3706490 SPF: mailfrom identity billing@webpost.example Pass (v=spf1)
Mon Mar  3 08:38:08 2025 Info: MID 3706490 DKIM: pass signature verified (d=webpost.example s=selector1 i=@webpost.example)
Mon Mar  3 08:38:08 2025 Info: MID 3706490 DMARC: Message from domain webpost.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 08:38:08 2025 Info: MID 3706490 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: webpost.example
Mon Mar  3 08:38:08 2025 Info: MID 3706490 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 08:38:08 2025 Info: MID 3706490 interim verdict using engine: CASE spam negative
Mon Mar  3 08:38:08 2025 Info: ICID 9307307 close
Mon Mar  3 08:38:09 2025 Info: MID 3706489 interim AV verdict using Sophos CLEAN
Mon Mar  3 08:38:09 2025 Info: MID 3706489 using engine: CASE spam negative
Mon Mar  3 08:38:09 2025 Info: MID 3706489 antivirus negative
Mon Mar  3 08:38:09 2025 Info: MID 3706489 using engine: GRAYMAIL negative
Mon Mar  3 08:38:09 2025 Info: MID 3706489 Outbreak Filters: verdict negative
Mon Mar  3 08:38:09 2025 Info: MID 3706489 queued for delivery
Mon Mar  3 08:38:09 2025 Info: New SMTP DCID 8598958 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 08:38:09 2025 Info: DCID 8598958 TLS success protocol TLSv1 cipher ECDHE-RSA-AES256-SHA
Mon Mar  3 08:38:09 2025 Info: Delivery start DCID 8598958 MID 3706489 to RID [0]
Mon Mar  3 08:38:10 2025 Info: Message done DCID 8598958 MID 3706489 to RID [0]
Mon Mar  3 08:38:10 2025 Info: MID 3706489 RID [0] Response '2.6.0 <9esLouF15injEg7KlubB5fGP@example.net> [InternalId=51801820902, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 08:38:10 2025 Info: Message finished MID 3706489 done
Mon Mar  3 08:38:10 2025 Info: MID 3706490 interim AV verdict using Sophos CLEAN
Mon Mar  3 08:38:10 2025 Info: MID 3706490 using engine: CASE spam negative
Mon Mar  3 08:38:10 2025 Info: MID 3706490 antivirus negative
Mon Mar  3 08:38:10 2025 Info: MID 3706490 using engine: GRAYMAIL negative
Mon Mar  3 08:38:10 2025 Info: MID 3706490 Outbreak Filters: verdict negative
Mon Mar  3 08:38:10 2025 Info: MID 3706490 queued for delivery
Mon Mar  3 08:38:10 2025 Info: Delivery start DCID 8598958 MID 3706490 to RID [0]
Mon Mar  3 08:38:10 2025 Info: Message done DCID 8598958 MID 3706490 to RID [0]
Mon Mar  3 08:38:10 2025 Info: MID 3706490 RID [0] Response '2.6.0 <xzxof0NFaKC9VIaHOEuP9d53@example.net> [InternalId=97367768257, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 08:38:10 2025 Info: Message finished MID 3706490 done
Mon Mar  3 08:38:17 2025 Info: DCID 8598958 close
Mon Mar  3 09:00:06 2025 Info: New SMTP ICID 9307308 interface Data 1 (192.0.2.11) address 203.0.113.75 reverse dns host mail1.rapidmotors.example verified yes
Mon Mar  3 09:00:06 2025 Info: ICID 9307308 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 8.0 country Canada
Mon Mar  3 09:00:07 2025 Info: ICID 9307308 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 09:00:08 2025 Info: Start MID 3706491 ICID 9307308
Mon Mar  3 09:00:08 2025 Info: MID 3706491 ICID 9307308 From: <wei.nguyen@rapidmotors.example>
Mon Mar  3 09:00:08 2025 Info: MID 3706491 ICID 9307308 RID 0 To: <nils.jensen@example.net>
Mon Mar  3 09:00:08 2025 Info: MID 3706491 Message-ID '<ZgfIEMmNL7HP0PD2.70582@rapidmotors.example>'
Mon Mar  3 09:00:08 2025 Info: MID 3706491 Subject 'Réunion de lundi'
Mon Mar  3 09:00:08 2025 Info: MID 3706491 ready 25817 bytes from <wei.nguyen@rapidmotors.example>
Mon Mar  3 09:00:09 2025 Info: MID 3706491 SPF: mailfrom identity wei.nguyen@rapidmotors.example Pass (v=spf1)
Mon Mar  3 09:00:09 2025 Info: MID 3706491 DKIM: pass signature verified (d=rapidmotors.example s=selector1 i=@rapidmotors.example)
Mon Mar  3 09:00:09 2025 Info: MID 3706491 DMARC: Message from domain rapidmotors.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:00:09 2025 Info: MID 3706491 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:00:09 2025 Info: MID 3706491 interim verdict using engine: CASE spam negative
Mon Mar  3 09:00:11 2025 Info: Start MID 3706492 ICID 9307308
Mon Mar  3 09:00:11 2025 Info: MID 3706492 ICID 9307308 From: <maria.tanaka@rapidmotors.example>
Mon Mar  3 09:00:11 2025 Info: MID 3706492 ICID 9307308 RID 0 To: <maria.rossi@example.org>
Mon Mar  3 09:00:11 2025 Info: MID 3706491 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:00:11 2025 Info: MID 3706491 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:00:11 2025 Info: MID 3706491 using engine: CASE spam negative
Mon Mar  3 09:00:11 2025 Info: MID 3706491 antivirus negative
Mon Mar  3 09:00:11 2025 Info: MID 3706491 using engine: GRAYMAIL negative
Mon Mar  3 09:00:11 2025 Info: MID 3706491 Outbreak Filters: verdict negative
Mon Mar  3 09:00:11 2025 Info: MID 3706491 queued for delivery
Mon Mar  3 09:00:11 2025 Info: MID 3706492 Subject 'Re: Re: budget figures'
Mon Mar  3 09:00:11 2025 Info: MID 3706492 ready 15317 bytes from <maria.tanaka@rapidmotors.example>
Mon Mar  3 09:00:11 2025 Info: New SMTP DCID 8598959 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 09:00:11 2025 Info: Delivery start DCID 8598959 MID 3706491 to RID [0]
Mon Mar  3 09:00:11 2025 Info: MID 3706492 SPF: mailfrom identity maria.tanaka@rapidmotors.example Pass (v=spf1)
Mon Mar  3 09:00:11 2025 Info: MID 3706492 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: rapidmotors.example
Mon Mar  3 09:00:11 2025 Info: MID 3706492 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:00:11 2025 Info: MID 3706492 interim verdict using engine: CASE spam negative
Mon Mar  3 09:00:11 2025 Info: Message done DCID 8598959 MID 3706491 to RID [0]
Mon Mar  3 09:00:11 2025 Info: MID 3706491 RID [0] Response '2.6.0 <CtXXktFqeEmnTTrGm0LJfdOA@example.net> [InternalId=47775026778, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:00:11 2025 Info: Message finished MID 3706491 done
Mon Mar  3 09:00:13 2025 Info: MID 3706492 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:00:13 2025 Info: MID 3706492 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:00:13 2025 Info: MID 3706492 using engine: CASE spam negative
Mon Mar  3 09:00:13 2025 Info: MID 3706492 antivirus negative
Mon Mar  3 09:00:13 2025 Info: MID 3706492 using engine: GRAYMAIL negative
Mon Mar  3 09:00:13 2025 Info: MID 3706492 Outbreak Filters: verdict negative
Mon Mar  3 09:00:13 2025 Info: MID 3706492 queued for delivery
Mon Mar  3 09:00:13 2025 Info: New SMTP DCID 8598960 interface 192.0.2.111 address 10.30.0.25 port 25
Mon Mar  3 09:00:13 2025 Info: DCID 8598960 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 09:00:13 2025 Info: Delivery start DCID 8598960 MID 3706492 to RID [0]
Mon Mar  3 09:00:13 2025 Info: Message done DCID 8598960 MID 3706492 to RID [0]
Mon Mar  3 09:00:13 2025 Info: MID 3706492 RID [0] Response '2.6.0 <jGwi4xuzv7NKvzd9c0XUpMyQ@example.net> [InternalId=34841385631, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:00:13 2025 Info: Message finished MID 3706492 done
Mon Mar  3 09:00:13 2025 Info: Start MID 3706493 ICID 9307308
Mon Mar  3 09:00:13 2025 Info: MID 3706493 ICID 9307308 From: <carla.tanaka@rapidmotors.example>
Mon Mar  3 09:00:13 2025 Info: MID 3706493 ICID 9307308 RID 0 To: <ines66@example.net>
Mon Mar  3 09:00:13 2025 Info: MID 3706493 ICID 9307308 RID 1 To: <tara.silva@example.org>
Mon Mar  3 09:00:13 2025 Info: MID 3706493 ICID 9307308 RID 2 To: <hugo.kim@example.net>
Mon Mar  3 09:00:13 2025 Info: MID 3706493 ICID 9307308 RID 3 To: <ines97@example.org>
Mon Mar  3 09:00:13 2025 Info: MID 3706493 ICID 9307308 RID 4 To: <rosa26@example.net>
Mon Mar  3 09:00:14 2025 Info: MID 3706493 Message-ID '<LUW9YCpwQu31iYTg.45392@rapidmotors.example>'
Mon Mar  3 09:00:14 2025 Info: MID 3706493 Subject 'Tab\tseparated values'
Mon Mar  3 09:00:14 2025 Info: MID 3706493 ready 14475 bytes from <carla.tanaka@rapidmotors.example>
Mon Mar  3 09:00:14 2025 Info: MID 3706493 SPF: mailfrom identity carla.tanaka@rapidmotors.example Pass (v=spf1)
Mon Mar  3 09:00:14 2025 Info: MID 3706493 DKIM: pass signature verified (d=rapidmotors.example s=selector1 i=@rapidmotors.example)
Mon Mar  3 09:00:14 2025 Info: MID 3706493 DMARC: Message from domain rapidmotors.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:00:14 2025 Info: MID 3706493 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:00:14 2025 Info: MID 3706493 interim verdict using engine: CASE spam negative
Mon Mar  3 09:00:14 2025 Info: Start MID 3706494 ICID 9307308
Mon Mar  3 09:00:14 2025 Info: MID 3706494 ICID 9307308 From: <ines52@rapidmotors.example>
Mon Mar  3 09:00:14 2025 Info: MID 3706494 ICID 9307308 RID 0 To: <vera.mueller@example.net>
Mon Mar  3 09:00:14 2025 Info: MID 3706494 ICID 9307308 RID 1 To: <noreply@example.net>
Mon Mar  3 09:00:14 2025 Info: MID 3706494 ICID 9307308 RID 2 To: <vera.silva@example.org>
Mon Mar  3 09:00:14 2025 Info: MID 3706494 ICID 9307308 RID 3 To: <zoe.ivanova@example.net>
Mon Mar  3 09:00:14 2025 Info: MID 3706494 ICID 9307308 RID 4 To: <david.tanaka@example.net>
Mon Mar  3 09:00:15 2025 Info: MID 3706494 Message-ID '<FbWNoyl47KDBxkyM.45864@rapidmotors.example>'
Mon Mar  3 09:00:15 2025 Info: MID 3706494 Subject "O'Brien & Sons proposal"
Mon Mar  3 09:00:15 2025 Info: MID 3706494 ready 16273 bytes from <ines52@rapidmotors.example>
Mon Mar  3 09:00:15 2025 Info: MID 3706494 SPF: mailfrom identity ines52@rapidmotors.example Pass (v=spf1)
Mon Mar  3 09:00:15 2025 Info: MID 3706494 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: rapidmotors.example
Mon Mar  3 09:00:15 2025 Info: MID 3706494 was split creating MID 3706495 due to a per-recipient policy Finance in the inbound table
Mon Mar  3 09:00:15 2025 Info: MID 3706494 was split creating MID 3706496 due to a per-recipient policy Legal in the inbound table
Mon Mar  3 09:00:15 2025 Info: Message finished MID 3706494 done
Mon Mar  3 09:00:15 2025 Info: MID 3706496 ICID 0 From: <ines52@rapidmotors.example>
Mon Mar  3 09:00:15 2025 Info: MID 3706496 ICID 0 RID 0 To: <vera.silva@example.org>
Mon Mar  3 09:00:15 2025 Info: MID 3706496 ICID 0 RID 1 To: <zoe.ivanova@example.net>
Mon Mar  3 09:00:15 2025 Info: MID 3706496 ICID 0 RID 2 To: <david.tanaka@example.net>
Mon Mar  3 09:00:15 2025 Info: MID 3706496 matched all recipients for per-recipient policy Legal in the inbound table
Mon Mar  3 09:00:15 2025 Info: MID 3706496 interim verdict using engine: CASE spam negative
Mon Mar  3 09:00:15 2025 Info: MID 3706495 ICID 0 From: <ines52@rapidmotors.example>
Mon Mar  3 09:00:15 2025 Info: MID 3706495 ICID 0 RID 0 To: <vera.mueller@example.net>
Mon Mar  3 09:00:15 2025 Info: MID 3706495 ICID 0 RID 1 To: <noreply@example.net>
Mon Mar  3 09:00:15 2025 Info: MID 3706495 matched all recipients for per-recipient policy Finance in the inbound table
Mon Mar  3 09:00:15 2025 Info: MID 3706495 interim verdict using engine: CASE spam negative
Mon Mar  3 09:00:16 2025 Info: MID 3706493 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:00:16 2025 Info: MID 3706493 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:00:16 2025 Info: MID 3706493 using engine: CASE spam negative
Mon Mar  3 09:00:16 2025 Info: MID 3706493 antivirus negative
Mon Mar  3 09:00:16 2025 Info: MID 3706493 using engine: GRAYMAIL negative
Mon Mar  3 09:00:16 2025 Info: MID 3706493 Outbreak Filters: verdict negative
Mon Mar  3 09:00:16 2025 Info: MID 3706493 queued for delivery
Mon Mar  3 09:00:16 2025 Info: Delivery start DCID 8598960 MID 3706493 to RID [1, 3]
Mon Mar  3 09:00:16 2025 Info: Delivery start DCID 8598959 MID 3706493 to RID [0, 2, 4]
Mon Mar  3 09:00:16 2025 Info: Message done DCID 8598960 MID 3706493 to RID [1, 3]
Mon Mar  3 09:00:16 2025 Info: MID 3706493 RID [1, 3] Response '2.6.0 <xNadMrsr5OmHRTucR7PVxxzl@example.net> [InternalId=91815204311, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:00:16 2025 Info: Message done DCID 8598959 MID 3706493 to RID [0, 2, 4]
Mon Mar  3 09:00:16 2025 Info: MID 3706493 RID [0, 2, 4] Response '2.6.0 <pRv9wuW7srH16egRdJDT87It@example.net> [InternalId=75932567334, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:00:16 2025 Info: Message finished MID 3706493 done
Mon Mar  3 09:00:17 2025 Info: MID 3706496 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:00:17 2025 Info: MID 3706496 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:00:17 2025 Info: MID 3706496 using engine: CASE spam negative
Mon Mar  3 09:00:17 2025 Info: MID 3706496 antivirus negative
Mon Mar  3 09:00:17 2025 Info: MID 3706496 using engine: GRAYMAIL negative
Mon Mar  3 09:00:17 2025 Info: MID 3706496 Outbreak Filters: verdict negative
Mon Mar  3 09:00:17 2025 Info: MID 3706496 queued for delivery
Mon Mar  3 09:00:17 2025 Info: Delivery start DCID 8598959 MID 3706496 to RID [1, 2]
Mon Mar  3 09:00:17 2025 Info: Delivery start DCID 8598960 MID 3706496 to RID [0]
Mon Mar  3 09:00:17 2025 Info: Start MID 3706497 ICID 9307308
Mon Mar  3 09:00:17 2025 Info: MID 3706497 ICID 9307308 From: <emma18@rapidmotors.example>
Mon Mar  3 09:00:17 2025 Info: MID 3706497 ICID 9307308 RID 0 To: <sean35@example.org>
Mon Mar  3 09:00:17 2025 Info: MID 3706497 Message-ID '<TyGHUUImI6Pd4ufl.84027@rapidmotors.example>'
Mon Mar  3 09:00:17 2025 Info: MID 3706497 Subject "Don't forget the deadline"
Mon Mar  3 09:00:17 2025 Info: MID 3706497 ready 1530 bytes from <emma18@rapidmotors.example>
Mon Mar  3 09:00:17 2025 Info: MID 3706495 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:00:17 2025 Info: MID 3706495 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:00:17 2025 Info: MID 3706495 using engine: CASE spam negative
Mon Mar  3 09:00:17 2025 Info: MID 3706495 antivirus negative
Mon Mar  3 09:00:17 2025 Info: MID 3706495 using engine: GRAYMAIL negative
Mon Mar  3 09:00:17 2025 Info: MID 3706495 Outbreak Filters: verdict negative
Mon Mar  3 09:00:17 2025 Info: MID 3706495 queued for delivery
Mon Mar  3 09:00:17 2025 Info: MID 3706497 SPF: mailfrom identity emma18@rapidmotors.example Pass (v=spf1)
Mon Mar  3 09:00:17 2025 Info: MID 3706497 DKIM: pass signature verified (d=rapidmotors.example s=selector1 i=@rapidmotors.example)
Mon Mar  3 09:00:17 2025 Info: MID 3706497 DMARC: Message from domain rapidmotors.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:00:17 2025 Info: MID 3706497 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: rapidmotors.example
Mon Mar  3 09:00:17 2025 Info: MID 3706497 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:00:17 2025 Info: MID 3706497 interim verdict using engine: CASE spam negative
Mon Mar  3 09:00:17 2025 Info: Message done DCID 8598960 MID 3706496 to RID [0]
Mon Mar  3 09:00:17 2025 Info: MID 3706496 RID [0] Response '2.6.0 <DsTZHvByMVVLlHUemSjusfrF@example.net> [InternalId=75442760255, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:00:17 2025 Info: New SMTP DCID 8598961 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 09:00:17 2025 Info: DCID 8598961 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
