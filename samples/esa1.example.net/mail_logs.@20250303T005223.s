Mon Mar  3 00:52:23 2025 Info: Begin Logfile
Mon Mar  3 00:52:23 2025 Info: Version: 15.0.0-104 SN: 424065AFD2D529EB6165-55C24BE7BA1F
Mon Mar  3 00:52:23 2025 Info: Time offset from UTC: -18000 seconds
Mon Mar  3 00:52:23 2025 Info: MID 28149979 Subject 'Re: travel plans'
Mon Mar  3 00:52:23 2025 Info: MID 28149979 ready 222372 bytes from <ben.berg@example.net>
Mon Mar  3 00:52:23 2025 Info: MID 28149979 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 00:52:24 2025 Info: Start MID 28149980 ICID 48157560
Mon Mar  3 00:52:24 2025 Info: MID 28149980 ICID 48157560 From: <ben19@example.net>
Mon Mar  3 00:52:24 2025 Info: MID 28149980 ICID 48157560 RID 0 To: <david.okafor@metro-realty.test>
Mon Mar  3 00:52:24 2025 Info: MID 28149980 ICID 48157560 RID 1 To: <jonas.tanaka@silver-print.example.com>
Mon Mar  3 00:52:24 2025 Info: MID 28149980 ICID 48157560 RID 2 To: <aoife37@example.net>
Mon Mar  3 00:52:24 2025 Info: MID 28149980 ICID 48157560 RID 3 To: <sven.schmidt@bigmail.example>
Mon Mar  3 00:52:24 2025 Info: MID 28149980 ICID 48157560 RID 4 To: <vera29@mailbox.test>
Mon Mar  3 00:52:24 2025 Info: MID 28149980 Message-ID '<fepG0V78m6DvBc0U.18686@exch01.corp.example.net>'
Mon Mar  3 00:52:24 2025 Info: MID 28149980 Subject 'Re: travel plans'
Mon Mar  3 00:52:24 2025 Info: MID 28149980 ready 26780 bytes from <ben19@example.net>
Mon Mar  3 00:52:24 2025 Info: MID 28149980 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 00:52:25 2025 Info: MID 28149979 antivirus negative
Mon Mar  3 00:52:25 2025 Info: MID 28149979 Outbreak Filters: verdict negative
Mon Mar  3 00:52:25 2025 Info: MID 28149979 queued for delivery
Mon Mar  3 00:52:25 2025 Info: Start MID 28149981 ICID 48157560
Mon Mar  3 00:52:25 2025 Info: MID 28149981 ICID 48157560 From: <umar.tanaka@example.net>
Mon Mar  3 00:52:25 2025 Info: MID 28149981 ICID 48157560 RID 0 To: <pablo.costa@bigmail.example>
Mon Mar  3 00:52:25 2025 Info: MID 28149981 ICID 48157560 RID 1 To: <liam75@quietenergy.example>
Mon Mar  3 00:52:25 2025 Info: New SMTP DCID 7012055 interface 192.0.2.110 address 203.0.113.140 port 25
Mon Mar  3 00:52:25 2025 Info: Delivery start DCID 7012055 MID 28149979 to RID [0]
Mon Mar  3 00:52:26 2025 Info: MID 28149981 Message-ID '<7XyubkPZoN16CWjK.9164@exch01.corp.example.net>'
Mon Mar  3 00:52:26 2025 Info: MID 28149981 Subject 'Weekly digest'
Mon Mar  3 00:52:26 2025 Info: MID 28149981 ready 59544 bytes from <umar.tanaka@example.net>
Mon Mar  3 00:52:26 2025 Info: MID 28149981 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 00:52:26 2025 Info: Message done DCID 7012055 MID 28149979 to RID [0]
Mon Mar  3 00:52:26 2025 Info: MID 28149979 RID [0] Response '2.0.0 Ok: queued as 38kqYDOw6mncwL'
Mon Mar  3 00:52:26 2025 Info: Message finished MID 28149979 done
Mon Mar  3 00:52:26 2025 Info: MID 28149980 antivirus negative
Mon Mar  3 00:52:26 2025 Info: MID 28149980 Outbreak Filters: verdict negative
Mon Mar  3 00:52:26 2025 Info: MID 28149980 queued for delivery
Mon Mar  3 00:52:26 2025 Info: New SMTP DCID 7012056 interface 192.0.2.110 address 203.0.113.160 port 25
Mon Mar  3 00:52:26 2025 Info: New SMTP DCID 7012057 interface 192.0.2.110 address 198.51.100.222 port 25
Mon Mar  3 00:52:26 2025 Info: New SMTP DCID 7012058 interface 192.0.2.110 address 203.0.113.3 port 25
Mon Mar  3 00:52:26 2025 Info: New SMTP DCID 7012059 interface 192.0.2.110 address 198.51.100.17 port 25
Mon Mar  3 00:52:26 2025 Info: New SMTP DCID 7012060 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 00:52:26 2025 Info: DCID 7012056 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 00:52:26 2025 Info: DCID 7012058 STARTTLS command not supported.
Mon Mar  3 00:52:26 2025 Info: Delivery start DCID 7012058 MID 28149980 to RID [1]
Mon Mar  3 00:52:26 2025 Info: Delivery start DCID 7012056 MID 28149980 to RID [4]
Mon Mar  3 00:52:26 2025 Info: DCID 7012057 TLS success protocol TLSv1 cipher DHE-RSA-AES256-SHA
Mon Mar  3 00:52:26 2025 Info: Delivery start DCID 7012057 MID 28149980 to RID [3]
Mon Mar  3 00:52:27 2025 Info: Delivery start DCID 7012060 MID 28149980 to RID [2]
Mon Mar  3 00:52:27 2025 Info: MID 28149981 antivirus negative
Mon Mar  3 00:52:27 2025 Info: MID 28149981 Outbreak Filters: verdict negative
Mon Mar  3 00:52:27 2025 Info: MID 28149981 queued for delivery
Mon Mar  3 00:52:27 2025 Info: New SMTP DCID 7012061 interface 192.0.2.110 address 203.0.113.30 port 25
Mon Mar  3 00:52:27 2025 Info: Delivery start DCID 7012059 MID 28149980 to RID [0]
Mon Mar  3 00:52:27 2025 Info: Message done DCID 7012060 MID 28149980 to RID [2]
Mon Mar  3 00:52:27 2025 Info: MID 28149980 RID [2] Response '2.6.0 <f0Cpbsbd3aV9Tnaexcb1qOMp@example.net> [InternalId=74750021174, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 00:52:27 2025 Info: New SMTP DCID 7012062 interface 192.0.2.110 address 203.0.113.66 port 25
Mon Mar  3 00:52:27 2025 Info: Message done DCID 7012058 MID 28149980 to RID [1]
Mon Mar  3 00:52:27 2025 Info: MID 28149980 RID [1] Response '2.0.0 Ok: queued as Wc9gFWiVolXrwx'
Mon Mar  3 00:52:27 2025 Info: DCID 7012062 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 00:52:27 2025 Info: Start MID 28149982 ICID 48157560
Mon Mar  3 00:52:27 2025 Info: MID 28149982 ICID 48157560 From: <anna74@example.net>
Mon Mar  3 00:52:27 2025 Info: MID 28149982 ICID 48157560 RID 0 To: <greta.kowalski@clearmedia.test>
Mon Mar  3 00:52:27 2025 Info: Delivery start DCID 7012062 MID 28149981 to RID [1]
Mon Mar  3 00:52:27 2025 Info: Message done DCID 7012059 MID 28149980 to RID [0]
Mon Mar  3 00:52:27 2025 Info: MID 28149980 RID [0] Response '2.0.0 Ok: queued as YxzaOiuVjI8UqJ'
Mon Mar  3 00:52:27 2025 Info: DCID 7012061 TLS success protocol TLSv1 cipher DHE-RSA-AES256-SHA
Mon Mar  3 00:52:27 2025 Info: Delivery start DCID 7012061 MID 28149981 to RID [0]
Mon Mar  3 00:52:27 2025 Info: Message done DCID 7012062 MID 28149981 to RID [1]
Mon Mar  3 00:52:27 2025 Info: MID 28149981 RID [1] Response '2.0.0 Ok: queued as z82nMuf4SfMZxI'
Mon Mar  3 00:52:27 2025 Info: MID 28149982 Subject 'Quarterly report'
Mon Mar  3 00:52:27 2025 Info: MID 28149982 ready 2317 bytes from <anna74@example.net>
Mon Mar  3 00:52:27 2025 Info: Message done DCID 7012056 MID 28149980 to RID [4]
Mon Mar  3 00:52:27 2025 Info: MID 28149980 RID [4] Response '2.0.0 OK  1778524743 cuopcqkzvfqdsi7355825.36 - gsmtp'
Mon Mar  3 00:52:28 2025 Info: Start MID 28149983 ICID 48157560
Mon Mar  3 00:52:28 2025 Info: MID 28149983 ICID 48157560 From: <ben.mueller@example.net>
Mon Mar  3 00:52:28 2025 Info: MID 28149983 ICID 48157560 RID 0 To: <anna.ivanova@atlas-finance.test>
Mon Mar  3 00:52:28 2025 Info: MID 28149982 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 00:52:28 2025 Info: DCID 7012055 close
Mon Mar  3 00:52:28 2025 Info: Message done DCID 7012057 MID 28149980 to RID [3]
Mon Mar  3 00:52:28 2025 Info: MID 28149980 RID [3] Response '2.0.0 OK  1745698912 mqafbds1dyhusi2504239.58 - gsmtp'
Mon Mar  3 00:52:28 2025 Info: Message finished MID 28149980 done
Mon Mar  3 00:52:29 2025 Info: MID 28149983 Message-ID '<vMCpb8sKGAgesEQU.68810@exch01.corp.example.net>'
Mon Mar  3 00:52:29 2025 Info: MID 28149983 Subject 'Invoice 2025-0142'
Mon Mar  3 00:52:29 2025 Info: MID 28149983 ready 11300 bytes from <ben.mueller@example.net>
Mon Mar  3 00:52:29 2025 Info: MID 28149983 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 00:52:29 2025 Info: Message done DCID 7012061 MID 28149981 to RID [0]
Mon Mar  3 00:52:29 2025 Info: MID 28149981 RID [0] Response '2.0.0 OK  1765226570 dk0tiyuyra28si6301040.40 - gsmtp'
Mon Mar  3 00:52:29 2025 Info: Message finished MID 28149981 done
Mon Mar  3 00:52:29 2025 Info: ICID 48157560 close
Mon Mar  3 00:52:30 2025 Info: MID 28149982 antivirus negative
Mon Mar  3 00:52:30 2025 Info: MID 28149982 Outbreak Filters: verdict negative
Mon Mar  3 00:52:30 2025 Info: MID 28149982 queued for delivery
Mon Mar  3 00:52:30 2025 Info: New SMTP DCID 7012063 interface 192.0.2.110 address 198.51.100.61 port 25
Mon Mar  3 00:52:30 2025 Info: DCID 7012057 close
Mon Mar  3 00:52:30 2025 Info: MID 28149983 antivirus negative
Mon Mar  3 00:52:30 2025 Info: MID 28149983 Outbreak Filters: verdict negative
Mon Mar  3 00:52:30 2025 Info: MID 28149983 queued for delivery
Mon Mar  3 00:52:30 2025 Info: DCID 7012063 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 00:52:30 2025 Info: Delivery start DCID 7012063 MID 28149982 to RID [0]
Mon Mar  3 00:52:31 2025 Info: New SMTP DCID 7012064 interface 192.0.2.110 address 203.0.113.214 port 25
Mon Mar  3 00:52:31 2025 Info: DCID 7012064 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 00:52:31 2025 Info: Delivery start DCID 7012064 MID 28149983 to RID [0]
Mon Mar  3 00:52:31 2025 Info: Message done DCID 7012063 MID 28149982 to RID [0]
Mon Mar  3 00:52:31 2025 Info: MID 28149982 RID [0] Response '2.0.0 Ok: queued as wWZ4DRTlGqAyl5'
Mon Mar  3 00:52:31 2025 Info: Message finished MID 28149982 done
Mon Mar  3 00:52:31 2025 Info: DCID 7012062 close
Mon Mar  3 00:52:31 2025 Info: Message done DCID 7012064 MID 28149983 to RID [0]
Mon Mar  3 00:52:31 2025 Info: MID 28149983 RID [0] Response '2.0.0 Ok: queued as 2p6svn7r7TaJgZ'
Mon Mar  3 00:52:31 2025 Info: Message finished MID 28149983 done
Mon Mar  3 00:52:34 2025 Info: DCID 7012061 close
Mon Mar  3 00:52:35 2025 Info: DCID 7012060 close
Mon Mar  3 00:52:35 2025 Info: DCID 7012058 close
Mon Mar  3 00:52:36 2025 Info: DCID 7012059 close
Mon Mar  3 00:52:37 2025 Info: DCID 7012064 close
Mon Mar  3 00:52:37 2025 Info: DCID 7012056 close
Mon Mar  3 00:52:41 2025 Info: DCID 7012063 close
Mon Mar  3 06:03:47 2025 Info: New SMTP ICID 48157561 interface Data 1 (192.0.2.10) address 198.51.100.160 reverse dns host mail6.webpost.example verified yes
Mon Mar  3 06:03:47 2025 Info: ICID 48157561 ACCEPT SG UNKNOWNLIST match sbrs[none] SBRS None country United States
Mon Mar  3 06:03:47 2025 Info: ICID 48157561 TLS failed: (336109761, 'error:1408A0C1:SSL routines:ssl3_get_client_hello:no shared cipher')
Mon Mar  3 06:03:48 2025 Info: Start MID 28149984 ICID 48157561
Mon Mar  3 06:03:48 2025 Info: MID 28149984 ICID 48157561 From: <rosa.berg@webpost.example>
Mon Mar  3 06:03:48 2025 Info: MID 28149984 ICID 48157561 RID 0 To: <orders@example.net>
Mon Mar  3 06:03:48 2025 Info: MID 28149984 ICID 48157561 RID 1 To: <keiko.nguyen@example.net>
Mon Mar  3 06:03:49 2025 Info: MID 28149984 Message-ID '<HesBeGLMS8d7RhhU.90934@webpost.example>'
Mon Mar  3 06:03:49 2025 Info: MID 28149984 Subject 'Newsletter: March edition'
Mon Mar  3 06:03:49 2025 Info: MID 28149984 ready 111831 bytes from <rosa.berg@webpost.example>
Mon Mar  3 06:03:49 2025 Info: ICID 48157561 close
Mon Mar  3 06:03:49 2025 Info: MID 28149984 SPF: mailfrom identity rosa.berg@webpost.example Pass (v=spf1)
Mon Mar  3 06:03:49 2025 Info: MID 28149984 DKIM: pass signature verified (d=webpost.example s=selector1 i=@webpost.example)
Mon Mar  3 06:03:49 2025 Info: MID 28149984 DMARC: Message from domain webpost.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 06:03:49 2025 Info: MID 28149984 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 06:03:49 2025 Info: MID 28149984 interim verdict using engine: CASE spam negative
Mon Mar  3 06:03:51 2025 Info: MID 28149984 interim AV verdict using Sophos CLEAN
Mon Mar  3 06:03:51 2025 Info: MID 28149984 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 06:03:51 2025 Info: MID 28149984 using engine: CASE spam negative
Mon Mar  3 06:03:51 2025 Info: MID 28149984 antivirus negative
Mon Mar  3 06:03:51 2025 Info: MID 28149984 using engine: GRAYMAIL negative
Mon Mar  3 06:03:51 2025 Info: MID 28149984 Outbreak Filters: verdict negative
Mon Mar  3 06:03:51 2025 Info: MID 28149984 queued for delivery
Mon Mar  3 06:03:52 2025 Info: New SMTP DCID 7012065 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 06:03:52 2025 Info: DCID 7012065 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 06:03:52 2025 Info: Delivery start DCID 7012065 MID 28149984 to RID [0, 1]
Mon Mar  3 06:03:52 2025 Info: Message done DCID 7012065 MID 28149984 to RID [0, 1]
Mon Mar  3 06:03:52 2025 Info: MID 28149984 RID [0, 1] Response '2.6.0 <BZc622HZOiazPwGSYdBxBFlZ@example.net> [InternalId=74665536626, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 06:03:52 2025 Info: Message finished MID 28149984 done
Mon Mar  3 06:03:56 2025 Info: DCID 7012065 close
Mon Mar  3 06:04:30 2025 Info: New SMTP ICID 48157562 interface Data 2 (10.20.0.20) address 10.20.1.14 reverse dns host exch04.corp.example.net verified yes
Mon Mar  3 06:04:30 2025 Info: ICID 48157562 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 06:04:31 2025 Info: ICID 48157562 TLS success protocol TLSv1 cipher DHE-RSA-AES256-SHA
Mon Mar  3 06:04:32 2025 Info: Start MID 28149985 ICID 48157562
Mon Mar  3 06:04:32 2025 Info: MID 28149985 ICID 48157562 From: <pablo.obrien@example.net>
Mon Mar  3 06:04:32 2025 Info: MID 28149985 ICID 48157562 RID 0 To: <emma.costa@greenlabs.example.de>
Mon Mar  3 06:04:32 2025 Info: MID 28149985 Message-ID '<hMmLrCRogOJoWtMW.45595@exch01.corp.example.net>'
Mon Mar  3 06:04:32 2025 Info: MID 28149985 Subject 'It\'s \'urgent\' say "they"'
Mon Mar  3 06:04:32 2025 Info: MID 28149985 ready 8613 bytes from <pablo.obrien@example.net>
Mon Mar  3 06:04:33 2025 Info: Start MID 28149986 ICID 48157562
Mon Mar  3 06:04:33 2025 Info: MID 28149986 ICID 48157562 From: <maria64@example.net>
Mon Mar  3 06:04:33 2025 Info: MID 28149986 ICID 48157562 RID 0 To: <emma65@mailbox.test>
Mon Mar  3 06:04:33 2025 Info: MID 28149985 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 06:04:33 2025 Info: MID 28149986 Message-ID '<FFSxCcB3JeiJSz8I.26084@exch01.corp.example.net>'
Mon Mar  3 06:04:33 2025 Info: MID 28149986 Subject 'Re: Re: budget figures'
Mon Mar  3 06:04:33 2025 Info: MID 28149986 ready 1613 bytes from <maria64@example.net>
Mon Mar  3 06:04:33 2025 Info: MID 28149986 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 06:04:34 2025 Info: MID 28149985 antivirus negative
Mon Mar  3 06:04:34 2025 Info: MID 28149985 Outbreak Filters: verdict negative
Mon Mar  3 06:04:34 2025 Info: MID 28149985 queued for delivery
Mon Mar  3 06:04:35 2025 Info: Start MID 28149987 ICID 48157562
Mon Mar  3 06:04:35 2025 Info: MID 28149987 ICID 48157562 From: <david.obrien@example.net>
Mon Mar  3 06:04:35 2025 Info: MID 28149987 ICID 48157562 RID 0 To: <ben69@blueconsulting.test>
Mon Mar  3 06:04:35 2025 Info: MID 28149987 ICID 48157562 RID 1 To: <carla.murphy@urbanconsulting.example.com>
Mon Mar  3 06:04:35 2025 Info: MID 28149987 ICID 48157562 RID 2 To: <qi.novak@atlaslabs.test>
Mon Mar  3 06:04:35 2025 Info: MID 28149987 ICID 48157562 RID 3 To: <emma31@greenhealth.test>
Mon Mar  3 06:04:35 2025 Info: New SMTP DCID 7012066 interface 192.0.2.110 address 203.0.113.33 port 25
Mon Mar  3 06:04:35 2025 Info: Delivery start DCID 7012066 MID 28149985 to RID [0]
Mon Mar  3 06:04:35 2025 Info: Message done DCID 7012066 MID 28149985 to RID [0]
Mon Mar  3 06:04:35 2025 Info: MID 28149985 RID [0] Response '2.0.0 Ok: queued as pIs0HF0HppL816'
Mon Mar  3 06:04:35 2025 Info: Message finished MID 28149985 done
Mon Mar  3 06:04:35 2025 Info: MID 28149986 antivirus negative
Mon Mar  3 06:04:35 2025 Info: MID 28149986 Outbreak Filters: verdict negative
Mon Mar  3 06:04:35 2025 Info: MID 28149986 queued for delivery
Mon Mar  3 06:04:35 2025 Info: MID 28149987 Message-ID '<t5gUnzyQX4OUxboR.71567@exch01.corp.example.net>'
Mon Mar  3 06:04:35 2025 Info: MID 28149987 ready 15126 bytes from <david.obrien@example.net>
Mon Mar  3 06:04:35 2025 Info: New SMTP DCID 7012067 interface 192.0.2.110 address 198.51.100.223 port 25
Mon Mar  3 06:04:35 2025 Info: DCID 7012067 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 06:04:35 2025 Info: Delivery start DCID 7012067 MID 28149986 to RID [0]
Mon Mar  3 06:04:36 2025 Info: MID 28149987 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 06:04:36 2025 Info: Start MID 28149988 ICID 48157562
Mon Mar  3 06:04:36 2025 Info: MID 28149988 ICID 48157562 From: <maria72@example.net>
Mon Mar  3 06:04:36 2025 Info: MID 28149988 ICID 48157562 RID 0 To: <tara.nguyen@golden-bank.example>
Mon Mar  3 06:04:37 2025 Info: MID 28149987 antivirus negative
Mon Mar  3 06:04:37 2025 Info: MID 28149987 Outbreak Filters: verdict negative
Mon Mar  3 06:04:37 2025 Info: MID 28149987 queued for delivery
Mon Mar  3 06:04:37 2025 Info: New SMTP DCID 7012068 interface 192.0.2.110 address 198.51.100.63 port 25
Mon Mar  3 06:04:37 2025 Info: New SMTP DCID 7012069 interface 192.0.2.110 address 198.51.100.132 port 25
Mon Mar  3 06:04:37 2025 Info: DCID 7012068 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 06:04:37 2025 Info: New SMTP DCID 7012070 interface 192.0.2.110 address 198.51.100.113 port 25
Mon Mar  3 06:04:37 2025 Info: New SMTP DCID 7012071 interface 192.0.2.110 address 203.0.113.71 port 25
Mon Mar  3 06:04:37 2025 Info: Delivery start DCID 7012068 MID 28149987 to RID [3]
Mon Mar  3 06:04:37 2025 Info: Message done DCID 7012067 MID 28149986 to RID [0]
Mon Mar  3 06:04:37 2025 Info: MID 28149986 RID [0] Response '2.0.0 OK  1782403529 q0mhabo3o8xwsi6443389.28 - gsmtp'
Mon Mar  3 06:04:37 2025 Info: Message finished MID 28149986 done
Mon Mar  3 06:04:37 2025 Info: DCID 7012070 TLS was required but could not be successfully negotiated
Mon Mar  3 06:04:37 2025 Info: DCID 7012070 close
Mon Mar  3 06:04:37 2025 Info: DCID 7012069 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 06:04:37 2025 Info: Delivery start DCID 7012071 MID 28149987 to RID [0]
Mon Mar  3 06:04:37 2025 Info: Delivery start DCID 7012069 MID 28149987 to RID [2]
Mon Mar  3 06:04:37 2025 Info: MID 28149988 Message-ID '<LPv6DPfOwAygq22C.35147@exch01.corp.example.net>'
Mon Mar  3 06:04:37 2025 Info: MID 28149988 Subject 'Re: Meeting tomorrow'
Mon Mar  3 06:04:37 2025 Info: MID 28149988 ready 56605 bytes from <maria72@example.net>
Mon Mar  3 06:04:37 2025 Info: Message done DCID 7012068 MID 28149987 to RID [3]
Mon Mar  3 06:04:37 2025 Info: MID 28149987 RID [3] Response '2.0.0 Ok: queued as YhGrojfQyQZixq'
Mon Mar  3 06:04:37 2025 Info: Message done DCID 7012069 MID 28149987 to RID [2]
Mon Mar  3 06:04:37 2025 Info: MID 28149987 RID [2] Response '2.0.0 Ok: queued as c9HbtI6vddDEfs'
Mon Mar  3 06:04:38 2025 Info: Message done DCID 7012071 MID 28149987 to RID [0]
Mon Mar  3 06:04:38 2025 Info: MID 28149987 RID [0] Response '2.0.0 Ok: queued as NEKY6H5z7TLSXt'
Mon Mar  3 06:04:38 2025 Info: MID 28149988 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 06:04:38 2025 Info: ICID 48157562 close
Mon Mar  3 06:04:39 2025 Info: DCID 7012068 close
Mon Mar  3 06:04:39 2025 Info: MID 28149988 antivirus negative
Mon Mar  3 06:04:39 2025 Info: MID 28149988 Outbreak Filters: verdict negative
Mon Mar  3 06:04:39 2025 Info: MID 28149988 queued for delivery
Mon Mar  3 06:04:39 2025 Info: New SMTP DCID 7012072 interface 192.0.2.110 address 203.0.113.3 port 25
Mon Mar  3 06:04:39 2025 Info: Delivery start DCID 7012072 MID 28149988 to RID [0]
Mon Mar  3 06:04:40 2025 Info: Message done DCID 7012072 MID 28149988 to RID [0]
Mon Mar  3 06:04:40 2025 Info: MID 28149988 RID [0] Response '2.0.0 Ok: queued as llqZOIRNnr8HjB'
Mon Mar  3 06:04:40 2025 Info: Message finished MID 28149988 done
Mon Mar  3 06:04:40 2025 Info: DCID 7012067 close
Mon Mar  3 06:04:41 2025 Info: DCID 7012066 close
Mon Mar  3 06:04:44 2025 Info: DCID 7012069 close
Mon Mar  3 06:04:44 2025 Info: DCID 7012072 close
Mon Mar  3 06:04:47 2025 Info: DCID 7012071 close
Mon Mar  3 06:10:16 2025 Info: New SMTP ICID 48157563 interface Data 1 (192.0.2.10) address 198.51.100.180 reverse dns host mail4.bigmail.example verified yes
Mon Mar  3 06:10:16 2025 Info: ICID 48157563 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.1 country Japan
Mon Mar  3 06:10:16 2025 Info: ICID 48157563 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 06:10:16 2025 Info: Start MID 28149989 ICID 48157563
Mon Mar  3 06:10:16 2025 Info: MID 28149989 ICID 48157563 From: <newsletter@bigmail.example>
Mon Mar  3 06:10:16 2025 Info: MID 28149989 ICID 48157563 RID 0 To: <support@example.net>
Mon Mar  3 06:10:17 2025 Info: MID 28149989 Message-ID '<SNeLYVpF7QoEHt4B.84010@bigmail.example>'
Mon Mar  3 06:10:17 2025 Info: MID 28149989 Subject "O'Brien & Sons proposal"
Mon Mar  3 06:10:17 2025 Info: MID 28149989 ready 6454 bytes from <newsletter@bigmail.example>
Mon Mar  3 06:10:18 2025 Info: ICID 48157563 close
Mon Mar  3 06:10:18 2025 Info: MID 28149989 SPF: mailfrom identity newsletter@bigmail.example Pass (v=spf1)
Mon Mar  3 06:10:18 2025 Info: MID 28149989 DKIM: pass signature verified (d=bigmail.example s=selector1 i=@bigmail.example)
Mon Mar  3 06:10:18 2025 Info: MID 28149989 DMARC: Message from domain bigmail.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 06:10:18 2025 Info: MID 28149989 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: bigmail.example
Mon Mar  3 06:10:18 2025 Info: MID 28149989 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 06:10:18 2025 Info: MID 28149989 interim verdict using engine: CASE spam negative
Mon Mar  3 06:10:20 2025 Info: MID 28149989 interim AV verdict using Sophos CLEAN
Mon Mar  3 06:10:20 2025 Info: MID 28149989 using engine: CASE spam negative
Mon Mar  3 06:10:20 2025 Info: MID 28149989 antivirus negative
Mon Mar  3 06:10:20 2025 Info: MID 28149989 using engine: GRAYMAIL negative
Mon Mar  3 06:10:20 2025 Info: MID 28149989 Outbreak Filters: verdict negative
Mon Mar  3 06:10:20 2025 Info: MID 28149989 queued for delivery
Mon Mar  3 06:10:20 2025 Info: New SMTP DCID 7012073 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 06:10:21 2025 Info: Delivery start DCID 7012073 MID 28149989 to RID [0]
Mon Mar  3 06:10:21 2025 Info: Message done DCID 7012073 MID 28149989 to RID [0]
Mon Mar  3 06:10:21 2025 Info: MID 28149989 RID [0] Response '2.6.0 <oSLMw8WyBuvDn2sOPBNCpQc0@example.net> [InternalId=36595560153, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 06:10:21 2025 Info: Message finished MID 28149989 done
Mon Mar  3 06:10:25 2025 Info: DCID 7012073 close
Mon Mar  3 06:16:04 2025 Info: New SMTP DCID 7012074 interface 192.0.2.110 address 198.51.100.113 port 25
Mon Mar  3 06:16:04 2025 Info: DCID 7012074 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 06:16:04 2025 Info: Delivery start DCID 7012074 MID 28149987 to RID [1]
Mon Mar  3 06:16:04 2025 Info: Bounced: DCID 7012074 MID 28149987 to RID 1 - 5.7.1 - Delivery not authorized, message refused ('554', ['5.7.1 Message rejected due to content restrictions']) []
Mon Mar  3 06:16:04 2025 Info: MID 28149990 was generated for bounce of MID 28149987
Mon Mar  3 06:16:04 2025 Info: Start MID 28149990 ICID 0
Mon Mar  3 06:16:04 2025 Info: Message finished MID 28149987 done
Mon Mar  3 06:16:04 2025 Info: MID 28149990 ICID 0 From: <>
Mon Mar  3 06:16:04 2025 Info: MID 28149990 ICID 0 RID 0 To: <david.obrien@example.net>
Mon Mar  3 06:16:04 2025 Info: MID 28149990 ready 17688 bytes from <>
Mon Mar  3 06:16:05 2025 Info: MID 28149990 interim AV verdict using Sophos CLEAN
Mon Mar  3 06:16:05 2025 Info: MID 28149990 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 06:16:05 2025 Info: MID 28149990 using engine: CASE spam negative
Mon Mar  3 06:16:05 2025 Info: MID 28149990 antivirus negative
Mon Mar  3 06:16:05 2025 Info: MID 28149990 using engine: GRAYMAIL negative
Mon Mar  3 06:16:05 2025 Info: MID 28149990 Outbreak Filters: verdict negative
Mon Mar  3 06:16:05 2025 Info: MID 28149990 queued for delivery
Mon Mar  3 06:16:05 2025 Info: New SMTP DCID 7012075 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 06:16:05 2025 Info: Delivery start DCID 7012075 MID 28149990 to RID [0]
Mon Mar  3 06:16:05 2025 Info: Message done DCID 7012075 MID 28149990 to RID [0]
Mon Mar  3 06:16:05 2025 Info: MID 28149990 RID [0] Response '2.6.0 <bnY0R5fZ1OCjqEogbUHXZzs5@example.net> [InternalId=35986006775, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 06:16:05 2025 Info: Message finished MID 28149990 done
Mon Mar  3 06:16:09 2025 Info: DCID 7012074 close
Mon Mar  3 06:16:11 2025 Info: DCID 7012075 close
Mon Mar  3 06:55:22 2025 Info: New SMTP ICID 48157564 interface Data 1 (192.0.2.10) address 203.0.113.166 reverse dns host mail1.rapidbank.test verified yes
Mon Mar  3 06:55:22 2025 Info: ICID 48157564 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.0 country France
Mon Mar  3 06:55:24 2025 Info: Start MID 28149991 ICID 48157564
Mon Mar  3 06:55:24 2025 Info: MID 28149991 ICID 48157564 From: <yusuf.garcia@rapidbank.test>
Mon Mar  3 06:55:24 2025 Info: MID 28149991 ICID 48157564 RID 0 To: <nils.berg@example.net>
Mon Mar  3 06:55:24 2025 Info: MID 28149991 Message-ID '<7Ov72Z4WTdQrZGIZ.88333@rapidbank.test>'
Mon Mar  3 06:55:24 2025 Info: MID 28149991 Subject 'FW: Contract draft'
Mon Mar  3 06:55:24 2025 Info: MID 28149991 ready 19885 bytes from <yusuf.garcia@rapidbank.test>
Mon Mar  3 06:55:25 2025 Info: ICID 48157564 close
Mon Mar  3 06:55:25 2025 Info: MID 28149991 SPF: mailfrom identity yusuf.garcia@rapidbank.test Pass (v=spf1)
Mon Mar  3 06:55:25 2025 Info: MID 28149991 DKIM: pass signature verified (d=rapidbank.test s=selector1 i=@rapidbank.test)
Mon Mar  3 06:55:25 2025 Info: MID 28149991 DMARC: Message from domain rapidbank.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 06:55:25 2025 Info: MID 28149991 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: rapidbank.test
Mon Mar  3 06:55:25 2025 Info: MID 28149991 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 06:55:25 2025 Info: MID 28149991 interim verdict using engine: CASE spam negative
Mon Mar  3 06:55:25 2025 Info: MID 28149991 interim AV verdict using Sophos CLEAN
Mon Mar  3 06:55:25 2025 Info: MID 28149991 using engine: CASE spam negative
Mon Mar  3 06:55:25 2025 Info: MID 28149991 antivirus negative
Mon Mar  3 06:55:25 2025 Info: MID 28149991 using engine: GRAYMAIL negative
Mon Mar  3 06:55:25 2025 Info: MID 28149991 Outbreak Filters: verdict negative
Mon Mar  3 06:55:25 2025 Info: MID 28149991 queued for delivery
Mon Mar  3 06:55:26 2025 Info: New SMTP DCID 7012076 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 06:55:26 2025 Info: DCID 7012076 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 06:55:26 2025 Info: Delivery start DCID 7012076 MID 28149991 to RID [0]
Mon Mar  3 06:55:26 2025 Info: Delayed: DCID 7012076 MID 28149991 to RID 0 - 4.4.0 - Other network problem ('421', ['4.4.2 Connection dropped due to timeout']) []
Mon Mar  3 06:55:26 2025 Info: Message 28149991 to RID [0] pending till Mon Mar  3 06:58:17 2025
Mon Mar  3 06:55:31 2025 Info: DCID 7012076 close
Mon Mar  3 06:58:17 2025 Info: New SMTP DCID 7012077 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 06:58:17 2025 Info: DCID 7012077 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Mon Mar  3 06:58:17 2025 Info: Delivery start DCID 7012077 MID 28149991 to RID [0]
Mon Mar  3 06:58:17 2025 Info: Message done DCID 7012077 MID 28149991 to RID [0]
Mon Mar  3 06:58:17 2025 Info: MID 28149991 RID [0] Response '2.6.0 <UoDBqhqEBG9VzRzwVoknkL7T@example.net> [InternalId=29694210509, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 06:58:17 2025 Info: Message finished MID 28149991 done
Mon Mar  3 06:58:23 2025 Info: DCID 7012077 close
Mon Mar  3 07:15:28 2025 Info: New SMTP ICID 48157565 interface Data 1 (192.0.2.10) address 203.0.113.123 reverse dns host unknown verified no
Mon Mar  3 07:15:28 2025 Info: ICID 48157565 ACCEPT SG UNKNOWNLIST match sbrs[none] SBRS None country Ireland
Mon Mar  3 07:15:28 2025 Info: ICID 48157565 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 07:15:29 2025 Info: Start MID 28149992 ICID 48157565
Mon Mar  3 07:15:29 2025 Info: MID 28149992 ICID 48157565 From: <support@urbanconsulting.example.com>
Mon Mar  3 07:15:29 2025 Info: MID 28149992 ICID 48157565 RID 0 To: <tara.kowalski@example.net>
Mon Mar  3 07:15:29 2025 Info: MID 28149992 ICID 48157565 RID 1 To: <emma.nguyen@example.net>
Mon Mar  3 07:15:29 2025 Info: MID 28149992 Message-ID '<3TANfxE3NHbMwAqo.97873@urbanconsulting.example.com>'
Mon Mar  3 07:15:29 2025 Info: MID 28149992 Subject 'Path C:\\Temp\\report.xlsx'
Mon Mar  3 07:15:29 2025 Info: MID 28149992 ready 40672 bytes from <support@urbanconsulting.example.com>
Mon Mar  3 07:15:29 2025 Info: MID 28149992 SPF: mailfrom identity support@urbanconsulting.example.com Pass (v=spf1)
Mon Mar  3 07:15:29 2025 Info: MID 28149992 DKIM: pass signature verified (d=urbanconsulting.example.com s=selector1 i=@urbanconsulting.example.com)
Mon Mar  3 07:15:29 2025 Info: MID 28149992 DMARC: Message from domain urbanconsulting.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 07:15:29 2025 Info: MID 28149992 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: urbanconsulting.example.com
Mon Mar  3 07:15:29 2025 Info: MID 28149992 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 07:15:29 2025 Info: MID 28149992 interim verdict using engine: CASE spam negative
Mon Mar  3 07:15:30 2025 Info: ICID 48157565 close
Mon Mar  3 07:15:31 2025 Info: MID 28149992 interim AV verdict using Sophos CLEAN
Mon Mar  3 07:15:31 2025 Info: MID 28149992 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 07:15:31 2025 Info: MID 28149992 using engine: CASE spam negative
Mon Mar  3 07:15:31 2025 Info: MID 28149992 antivirus negative
Mon Mar  3 07:15:31 2025 Info: MID 28149992 using engine: GRAYMAIL marketing_mail
Mon Mar  3 07:15:31 2025 Info: MID 28149992 Outbreak Filters: verdict negative
Mon Mar  3 07:15:31 2025 Info: MID 28149992 queued for delivery
Mon Mar  3 07:15:31 2025 Info: New SMTP DCID 7012078 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 07:15:32 2025 Info: DCID 7012078 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 07:15:32 2025 Info: Delivery start DCID 7012078 MID 28149992 to RID [0, 1]
Mon Mar  3 07:15:32 2025 Info: Message done DCID 7012078 MID 28149992 to RID [0, 1]
Mon Mar  3 07:15:32 2025 Info: MID 28149992 RID [0, 1] Response '2.6.0 <HqoDRvKnU0DfW3BYVK46iHKP@example.net> [InternalId=83122462275, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 07:15:32 2025 Info: Message finished MID 28149992 done
Mon Mar  3 07:15:37 2025 Info: DCID 7012078 close
Mon Mar  3 07:34:59 2025 Info: New SMTP ICID 48157566 interface Data 2 (10.20.0.20) address 10.20.1.10 reverse dns host exch04.corp.example.net verified yes
Mon Mar  3 07:34:59 2025 Info: ICID 48157566 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 07:34:59 2025 Info: ICID 48157566 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Mon Mar  3 07:34:59 2025 Info: Start MID 28149993 ICID 48157566
Mon Mar  3 07:34:59 2025 Info: MID 28149993 ICID 48157566 From: <liam.nguyen@example.net>
Mon Mar  3 07:34:59 2025 Info: MID 28149993 ICID 48157566 RID 0 To: <emma.fischer@greensoftware.test>
Mon Mar  3 07:34:59 2025 Info: MID 28149993 ICID 48157566 RID 1 To: <anna97@metrosoftware.example.de>
Mon Mar  3 07:34:59 2025 Info: MID 28149993 ICID 48157566 RID 2 To: <sven.murphy@rapidhotels.example.de>
Mon Mar  3 07:35:00 2025 Info: MID 28149993 Message-ID '<SQWQ7PBWh6rZvC74.88573@exch01.corp.example.net>'
Mon Mar  3 07:35:00 2025 Info: MID 28149993 Subject 'Lunch on Friday?'
Mon Mar  3 07:35:00 2025 Info: MID 28149993 ready 9013 bytes from <liam.nguyen@example.net>
Mon Mar  3 07:35:00 2025 Info: MID 28149993 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 07:35:00 2025 Info: ICID 48157566 close
Mon Mar  3 07:35:01 2025 Info: MID 28149993 antivirus negative
Mon Mar  3 07:35:01 2025 Info: MID 28149993 Outbreak Filters: verdict negative
Mon Mar  3 07:35:01 2025 Info: MID 28149993 queued for delivery
Mon Mar  3 07:35:01 2025 Info: New SMTP DCID 7012079 interface 192.0.2.110 address 203.0.113.109 port 25
Mon Mar  3 07:35:01 2025 Info: Delivery start DCID 7012079 MID 28149993 to RID [0]
Mon Mar  3 07:35:02 2025 Info: New SMTP DCID 7012080 interface 192.0.2.110 address 198.51.100.5 port 25
Mon Mar  3 07:35:02 2025 Info: Delivery start DCID 7012080 MID 28149993 to RID [1]
Mon Mar  3 07:35:02 2025 Info: New SMTP DCID 7012081 interface 192.0.2.110 address 203.0.113.62 port 25
Mon Mar  3 07:35:02 2025 Info: Message done DCID 7012080 MID 28149993 to RID [1]
Mon Mar  3 07:35:02 2025 Info: MID 28149993 RID [1] Response '2.0.0 Ok: queued as LAE6Yrav9Ztmu4'
Mon Mar  3 07:35:02 2025 Info: DCID 7012081 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 07:35:02 2025 Info: Delayed: DCID 7012079 MID 28149993 to RID 0 - 4.4.0 - Other network problem ('421', ['4.4.2 Connection dropped due to timeout']) []
Mon Mar  3 07:35:02 2025 Info: Message 28149993 to RID [0] pending till Mon Mar  3 07:37:33 2025
Mon Mar  3 07:35:02 2025 Info: Delivery start DCID 7012081 MID 28149993 to RID [2]
Mon Mar  3 07:35:02 2025 Info: Message done DCID 7012081 MID 28149993 to RID [2]
Mon Mar  3 07:35:02 2025 Info: MID 28149993 RID [2] Response '2.0.0 Ok: queued as qXs3njHm7aFurf'
Mon Mar  3 07:35:04 2025 Info: DCID 7012079 close
Mon Mar  3 07:35:06 2025 Info: DCID 7012080 close
Mon Mar  3 07:35:11 2025 Info: DCID 7012081 close
Mon Mar  3 07:37:33 2025 Info: New SMTP DCID 7012082 interface 192.0.2.110 address 203.0.113.109 port 25
Mon Mar  3 07:37:33 2025 Info: Delivery start DCID 7012082 MID 28149993 to RID [0]
Mon Mar  3 07:37:33 2025 Info: Bounced: DCID 7012082 MID 28149993 to RID 0 - 5.7.1 - Delivery not authorized, message refused ('554', ['5.7.1 Message rejected due to content restrictions']) []
Mon Mar  3 07:37:33 2025 Info: MID 28149994 was generated for bounce of MID 28149993
Mon Mar  3 07:37:33 2025 Info: Start MID 28149994 ICID 0
Mon Mar  3 07:37:33 2025 Info: Message finished MID 28149993 done
Mon Mar  3 07:37:33 2025 Info: MID 28149994 ICID 0 From: <>
Mon Mar  3 07:37:33 2025 Info: MID 28149994 ICID 0 RID 0 To: <liam.nguyen@example.net>
Mon Mar  3 07:37:33 2025 Info: MID 28149994 ready 11728 bytes from <>
Mon Mar  3 07:37:34 2025 Info: MID 28149994 interim AV verdict using Sophos CLEAN
Mon Mar  3 07:37:34 2025 Info: MID 28149994 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 07:37:34 2025 Info: MID 28149994 using engine: CASE spam negative
Mon Mar  3 07:37:34 2025 Info: MID 28149994 antivirus negative
Mon Mar  3 07:37:34 2025 Info: MID 28149994 using engine: GRAYMAIL marketing_mail
Mon Mar  3 07:37:34 2025 Info: MID 28149994 Outbreak Filters: verdict negative
Mon Mar  3 07:37:34 2025 Info: MID 28149994 queued for delivery
Mon Mar  3 07:37:34 2025 Info: New SMTP DCID 7012083 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 07:37:34 2025 Info: DCID 7012083 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 07:37:34 2025 Info: Delivery start DCID 7012083 MID 28149994 to RID [0]
Mon Mar  3 07:37:34 2025 Info: Message done DCID 7012083 MID 28149994 to RID [0]
Mon Mar  3 07:37:34 2025 Info: MID 28149994 RID [0] Response '2.6.0 <4J2j8RV10ycTvQCjdKaUPQgy@example.net> [InternalId=15561136061, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 07:37:34 2025 Info: Message finished MID 28149994 done
Mon Mar  3 07:37:39 2025 Info: DCID 7012083 close
Mon Mar  3 07:37:39 2025 Info: DCID 7012082 close
Mon Mar  3 08:59:22 2025 Info: New SMTP ICID 48157567 interface Data 1 (192.0.2.10) address 198.51.100.64 reverse dns host mail6.summithealth.example.com verified yes
Mon Mar  3 08:59:22 2025 Info: ICID 48157567 ACCEPT SG ALLOWED_LIST match .summithealth.example.com SBRS 3.4
Mon Mar  3 08:59:30 2025 Info: ICID 48157567 close
Mon Mar  3 09:18:17 2025 Info: New SMTP ICID 48157568 interface Data 1 (192.0.2.10) address 203.0.113.135 reverse dns host mail2.harborfoods.example.co.uk verified yes
Mon Mar  3 09:18:17 2025 Info: ICID 48157568 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 8.0 country Canada
Mon Mar  3 09:18:17 2025 Info: ICID 48157568 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 09:18:18 2025 Info: Start MID 28149995 ICID 48157568
Mon Mar  3 09:18:18 2025 Info: MID 28149995 ICID 48157568 From: <liam2@harborfoods.example.co.uk>
Mon Mar  3 09:18:18 2025 Info: MID 28149995 ICID 48157568 RID 0 To: <jonas.rossi@example.net>
Mon Mar  3 09:18:18 2025 Info: MID 28149995 ICID 48157568 RID 1 To: <qi.haddad@example.net>
Mon Mar  3 09:18:18 2025 Info: MID 28149995 ICID 48157568 RID 2 To: <greta8@example.net>
Mon Mar  3 09:18:18 2025 Info: MID 28149995 ICID 48157568 RID 3 To: <nils.dubois@example.net>
Mon Mar  3 09:18:18 2025 Info: MID 28149995 ICID 48157568 RID 4 To: <nils.schmidt@example.net>
Mon Mar  3 09:18:18 2025 Info: MID 28149995 ICID 48157568 RID 5 To: <tara.novak@example.net>
Mon Mar  3 09:18:18 2025 Info: MID 28149995 Message-ID '<KFhBNQibCm8yFZKj.31018@harborfoods.example.co.uk>'
Mon Mar  3 09:18:18 2025 Info: MID 28149995 Subject 'Re: Meeting tomorrow'
Mon Mar  3 09:18:18 2025 Info: MID 28149995 ready 6800 bytes from <liam2@harborfoods.example.co.uk>
Mon Mar  3 09:18:18 2025 Info: MID 28149995 SPF: mailfrom identity liam2@harborfoods.example.co.uk Pass (v=spf1)
Mon Mar  3 09:18:18 2025 Info: MID 28149995 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:18:18 2025 Info: MID 28149995 interim verdict using engine: CASE spam negative
Mon Mar  3 09:18:19 2025 Info: ICID 48157568 close
Mon Mar  3 09:18:20 2025 Info: MID 28149995 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:18:20 2025 Info: MID 28149995 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:18:20 2025 Info: MID 28149995 using engine: CASE spam negative
Mon Mar  3 09:18:20 2025 Info: MID 28149995 antivirus negative
Mon Mar  3 09:18:20 2025 Info: MID 28149995 using engine: GRAYMAIL negative
Mon Mar  3 09:18:20 2025 Info: MID 28149995 Outbreak Filters: verdict negative
Mon Mar  3 09:18:20 2025 Info: MID 28149995 queued for delivery
Mon Mar  3 09:18:20 2025 Info: New SMTP DCID 7012084 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 09:18:21 2025 Info: DCID 7012084 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 09:18:21 2025 Info: Delivery start DCID 7012084 MID 28149995 to RID [0, 1, 2, 3, 4, 5]
Mon Mar  3 09:18:21 2025 Info: Message done DCID 7012084 MID 28149995 to RID [0, 1, 2, 3, 4, 5]
Mon Mar  3 09:18:21 2025 Info: MID 28149995 RID [0, 1, 2, 3, 4, 5] Response '2.6.0 <lx73v3dAGdMDg1nlSqdPvxkp@example.net> [InternalId=67185977894, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:18:21 2025 Info: Message finished MID 28149995 done
Mon Mar  3 09:18:23 2025 Info: DCID 7012084 close
Mon Mar  3 09:38:39 2025 Info: New SMTP ICID 48157569 interface Data 1 (192.0.2.10) address 198.51.100.66 reverse dns host mx5.green-motors.example.de verified yes
Mon Mar  3 09:38:39 2025 Info: ICID 48157569 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 7.9 country Canada
Mon Mar  3 09:38:40 2025 Info: ICID 48157569 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 09:38:40 2025 Info: Start MID 28149996 ICID 48157569
Mon Mar  3 09:38:40 2025 Info: MID 28149996 ICID 48157569 From: <aoife.rossi@green-motors.example.de>
Mon Mar  3 09:38:40 2025 Info: MID 28149996 ICID 48157569 RID 0 To: <maria.larsen@example.net>
Mon Mar  3 09:38:41 2025 Info: MID 28149996 Message-ID '<9luRkmfhfK02ZDlK.22634@green-motors.example.de>'
Mon Mar  3 09:38:41 2025 Info: MID 28149996 Subject 'FW: Contract draft'
Mon Mar  3 09:38:41 2025 Info: MID 28149996 ready 267060 bytes from <aoife.rossi@green-motors.example.de>
Mon Mar  3 09:38:41 2025 Debug: MID 28149996 ICID 48157569 TLS read 267060 bytes (1.467 seconds)
Mon Mar  3 09:38:41 2025 Info: Start MID 28149997 ICID 48157569
Mon Mar  3 09:38:41 2025 Info: MID 28149997 ICID 48157569 From: <hr@green-motors.example.de>
Mon Mar  3 09:38:41 2025 Info: MID 28149997 ICID 48157569 RID 0 To: <farid.rossi@example.net>
Mon Mar  3 09:38:42 2025 Info: MID 28149996 SPF: mailfrom identity aoife.rossi@green-motors.example.de Pass (v=spf1)
Mon Mar  3 09:38:42 2025 Info: MID 28149996 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:38:42 2025 Info: MID 28149996 interim verdict using engine: CASE spam negative
Mon Mar  3 09:38:42 2025 Info: MID 28149997 Message-ID '<zHHAg68zj5ZGqEH6.74455@green-motors.example.de>'
Mon Mar  3 09:38:42 2025 Info: MID 28149997 Subject 'Shipping update for order 88213'
Mon Mar  3 09:38:42 2025 Info: MID 28149997 ready 33489 bytes from <hr@green-motors.example.de>
Mon Mar  3 09:38:42 2025 Info: MID 28149997 SPF: mailfrom identity hr@green-motors.example.de Pass (v=spf1)
Mon Mar  3 09:38:42 2025 Info: MID 28149997 DKIM: pass signature verified (d=green-motors.example.de s=selector1 i=@green-motors.example.de)
Mon Mar  3 09:38:42 2025 Info: MID 28149997 DMARC: Message from domain green-motors.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:38:42 2025 Info: MID 28149997 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:38:42 2025 Info: MID 28149997 interim verdict using engine: CASE spam negative
Mon Mar  3 09:38:43 2025 Info: Start MID 28149998 ICID 48157569
Mon Mar  3 09:38:43 2025 Info: MID 28149998 ICID 48157569 From: <david.kowalski@green-motors.example.de>
Mon Mar  3 09:38:43 2025 Info: MID 28149998 ICID 48157569 RID 0 To: <olga.smith@example.org>
Mon Mar  3 09:38:43 2025 Info: MID 28149998 ICID 48157569 RID 1 To: <nils.tanaka@example.net>
Mon Mar  3 09:38:43 2025 Info: MID 28149998 Message-ID '<JXG4szJxN3LgxcqJ.38251@green-motors.example.de>'
Mon Mar  3 09:38:43 2025 Info: MID 28149998 Subject 'Your order has shipped'
Mon Mar  3 09:38:43 2025 Info: MID 28149998 ready 16595 bytes from <david.kowalski@green-motors.example.de>
Mon Mar  3 09:38:44 2025 Info: MID 28149996 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:38:44 2025 Info: MID 28149996 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:38:44 2025 Info: MID 28149996 using engine: CASE spam negative
Mon Mar  3 09:38:44 2025 Info: MID 28149996 antivirus negative
Mon Mar  3 09:38:44 2025 Info: MID 28149996 using engine: GRAYMAIL marketing_mail
Mon Mar  3 09:38:44 2025 Info: MID 28149996 Outbreak Filters: verdict negative
Mon Mar  3 09:38:44 2025 Info: MID 28149996 queued for delivery
Mon Mar  3 09:38:44 2025 Info: New SMTP DCID 7012085 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 09:38:44 2025 Info: MID 28149998 SPF: mailfrom identity david.kowalski@green-motors.example.de Pass (v=spf1)
Mon Mar  3 09:38:44 2025 Info: MID 28149998 DKIM: pass signature verified (d=green-motors.example.de s=selector1 i=@green-motors.example.de)
Mon Mar  3 09:38:44 2025 Info: MID 28149998 DMARC: Message from domain green-motors.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:38:44 2025 Info: MID 28149998 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:38:44 2025 Info: MID 28149998 interim verdict using engine: CASE spam negative
Mon Mar  3 09:38:44 2025 Info: DCID 7012085 TLS success protocol TLSv1 cipher AES128-SHA
Mon Mar  3 09:38:44 2025 Info: Delivery start DCID 7012085 MID 28149996 to RID [0]
Mon Mar  3 09:38:44 2025 Info: MID 28149997 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:38:44 2025 Info: MID 28149997 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:38:44 2025 Info: MID 28149997 using engine: CASE spam negative
Mon Mar  3 09:38:44 2025 Info: MID 28149997 antivirus negative
Mon Mar  3 09:38:44 2025 Info: MID 28149997 using engine: GRAYMAIL negative
Mon Mar  3 09:38:44 2025 Info: MID 28149997 Outbreak Filters: verdict negative
Mon Mar  3 09:38:44 2025 Info: MID 28149997 queued for delivery
Mon Mar  3 09:38:44 2025 Info: New SMTP DCID 7012086 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 09:38:45 2025 Info: Start MID 28149999 ICID 48157569
Mon Mar  3 09:38:45 2025 Info: MID 28149999 ICID 48157569 From: <sales@green-motors.example.de>
Mon Mar  3 09:38:45 2025 Info: MID 28149999 ICID 48157569 RID 0 To: <hr@example.net>
Mon Mar  3 09:38:45 2025 Info: DCID 7012086 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Mon Mar  3 09:38:45 2025 Info: Delivery start DCID 7012086 MID 28149997 to RID [0]
Mon Mar  3 09:38:45 2025 Info: Message done DCID 7012085 MID 28149996 to RID [0]
Mon Mar  3 09:38:45 2025 Info: MID 28149996 RID [0] Response '2.6.0 <CpDFmCFpaSBe9bNO8XRMN1mn@example.net> [InternalId=25120625330, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:38:45 2025 Info: Message finished MID 28149996 done
Mon Mar  3 09:38:45 2025 Info: Message done DCID 7012086 MID 28149997 to RID [0]
Mon Mar  3 09:38:45 2025 Info: MID 28149997 RID [0] Response '2.6.0 <oU5sWT9oW62DvgwCjfmSsLtH@example.net> [InternalId=55188419130, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:38:45 2025 Info: Message finished MID 28149997 done
Mon Mar  3 09:38:45 2025 Info: MID 28149998 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:38:45 2025 Info: MID 28149998 using engine: CASE spam negative
Mon Mar  3 09:38:45 2025 Info: MID 28149998 antivirus negative
Mon Mar  3 09:38:45 2025 Info: MID 28149998 using engine: GRAYMAIL negative
Mon Mar  3 09:38:45 2025 Info: MID 28149998 Outbreak Filters: verdict negative
Mon Mar  3 09:38:45 2025 Info: MID 28149998 queued for delivery
Mon Mar  3 09:38:45 2025 Info: New SMTP DCID 7012087 interface 192.0.2.110 address 10.30.0.25
Mon Mar  3 09:38:45 2025 Info: Delivery start DCID 7012085 MID 28149998 to RID [1]
Mon Mar  3 09:38:45 2025 Info: MID 28149999 Message-ID '<qUkMe0r45ryU4O37.2580@green-motors.example.de>'
Mon Mar  3 09:38:45 2025 Info: MID 28149999 ready 196100 bytes from <sales@green-motors.example.de>
Mon Mar  3 09:38:45 2025 Info: Message done DCID 7012085 MID 28149998 to RID [1]
Mon Mar  3 09:38:45 2025 Info: MID 28149998 RID [1] Response '2.6.0 <4SxDifhGYveUNdMEEJlEtAS5@example.net> [InternalId=37749436055, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:38:46 2025 Info: DCID 7012087 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 09:38:46 2025 Info: Delivery start DCID 7012087 MID 28149998 to RID [0]
Mon Mar  3 09:38:46 2025 Info: Message done DCID 7012087 MID 28149998 to RID [0]
Mon Mar  3 09:38:46 2025 Info: MID 28149998 RID [0] Response '2.6.0 <pXTUggRcOse8UDZRYzF46tpa@example.net> [InternalId=36787505028, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:38:46 2025 Info: Message finished MID 28149998 done
Mon Mar  3 09:38:46 2025 Info: ICID 48157569 close
Mon Mar  3 09:38:46 2025 Info: MID 28149999 SPF: mailfrom identity sales@green-motors.example.de Pass (v=spf1)
Mon Mar  3 09:38:46 2025 Info: MID 28149999 DKIM: pass signature verified (d=green-motors.example.de s=selector1 i=@green-motors.example.de)
Mon Mar  3 09:38:46 2025 Info: MID 28149999 DMARC: Message from domain green-motors.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:38:46 2025 Info: MID 28149999 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:38:46 2025 Info: MID 28149999 interim verdict using engine: CASE spam negative
Mon Mar  3 09:38:46 2025 Info: MID 28149999 using engine: CASE spam positive
Mon Mar  3 09:38:46 2025 Info: Message aborted MID 28149999 Dropped by CASE
Mon Mar  3 09:38:46 2025 Info: Message finished MID 28149999 aborted
Mon Mar  3 09:38:47 2025 Info: DCID 7012087 close
Mon Mar  3 09:38:49 2025 Info: DCID 7012086 close
Mon Mar  3 09:38:55 2025 Info: DCID 7012085 close
Mon Mar  3 09:49:55 2025 Info: New SMTP ICID 48157570 interface Data 1 (192.0.2.10) address 198.51.100.20 reverse dns host mail6.atlas-bank.test verified yes
Mon Mar  3 09:49:55 2025 Info: ICID 48157570 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.9 country United States
Mon Mar  3 09:49:55 2025 Info: ICID 48157570 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 09:49:56 2025 Info: Start MID 28150000 ICID 48157570
Mon Mar  3 09:49:56 2025 Info: MID 28150000 ICID 48157570 From: <olga46@atlas-bank.test>
Mon Mar  3 09:49:56 2025 Info: MID 28150000 ICID 48157570 RID 0 To: <greta.jensen@example.org>
Mon Mar  3 09:49:56 2025 Info: MID 28150000 ICID 48157570 RID 1 To: <emma.kowalski@example.org>
Mon Mar  3 09:49:56 2025 Info: MID 28150000 Message-ID '<Qk2Vjj07CNWglk6G.12534@atlas-bank.test>'
Mon Mar  3 09:49:56 2025 Info: MID 28150000 Subject 'It\'s \'urgent\' say "they"'
Mon Mar  3 09:49:56 2025 Info: MID 28150000 ready 4837 bytes from <olga46@atlas-bank.test>
Mon Mar  3 09:49:57 2025 Info: MID 28150000 SPF: mailfrom identity olga46@atlas-bank.test Pass (v=spf1)
Mon Mar  3 09:49:57 2025 Info: MID 28150000 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: atlas-bank.test
Mon Mar  3 09:49:57 2025 Info: MID 28150000 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:49:57 2025 Info: MID 28150000 interim verdict using engine: CASE spam negative
Mon Mar  3 09:49:58 2025 Info: MID 28150000 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:49:58 2025 Info: MID 28150000 using engine: CASE spam negative
Mon Mar  3 09:49:58 2025 Info: MID 28150000 antivirus negative
Mon Mar  3 09:49:58 2025 Info: MID 28150000 using engine: GRAYMAIL negative
Mon Mar  3 09:49:58 2025 Info: MID 28150000 Outbreak Filters: verdict negative
Mon Mar  3 09:49:58 2025 Info: MID 28150000 queued for delivery
Mon Mar  3 09:49:58 2025 Info: New SMTP DCID 7012088 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 09:49:58 2025 Info: Delivery start DCID 7012088 MID 28150000 to RID [0, 1]
Mon Mar  3 09:49:59 2025 Info: Message done DCID 7012088 MID 28150000 to RID [0, 1]
Mon Mar  3 09:49:59 2025 Info: MID 28150000 RID [0, 1] Response '2.6.0 <vEKYkUZ4rQ6rtn4JukHwyMUK@example.net> [InternalId=58516287724, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:49:59 2025 Info: Message finished MID 28150000 done
Mon Mar  3 09:50:00 2025 Info: Start MID 28150001 ICID 48157570
Mon Mar  3 09:50:00 2025 Info: MID 28150001 ICID 48157570 From: <hugo.novak@atlas-bank.test>
Mon Mar  3 09:50:00 2025 Info: MID 28150001 ICID 48157570 RID 0 To: <farid.mueller@example.net>
Mon Mar  3 09:50:00 2025 Info: MID 28150001 Message-ID '<dzpVN3qexxi1XJxk.98440@atlas-bank.test>'
Mon Mar  3 09:50:00 2025 Info: MID 28150001 Subject 'Your statement is ready'
Mon Mar  3 09:50:00 2025 Info: MID 28150001 ready 10617 bytes from <hugo.novak@atlas-bank.test>
Mon Mar  3 09:50:01 2025 Info: MID 28150001 SPF: mailfrom identity hugo.novak@atlas-bank.test Pass (v=spf1)
Mon Mar  3 09:50:01 2025 Info: MID 28150001 DKIM: pass signature verified (d=atlas-bank.test s=selector1 i=@atlas-bank.test)
Mon Mar  3 09:50:01 2025 Info: MID 28150001 DMARC: Message from domain atlas-bank.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:50:01 2025 Info: MID 28150001 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: atlas-bank.test
Mon Mar  3 09:50:01 2025 Info: MID 28150001 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:50:01 2025 Info: MID 28150001 interim verdict using engine: CASE spam negative
Mon Mar  3 09:50:01 2025 Info: Start MID 28150002 ICID 48157570
Mon Mar  3 09:50:01 2025 Info: MID 28150002 ICID 48157570 From: <sven30@atlas-bank.test>
Mon Mar  3 09:50:01 2025 Info: MID 28150002 ICID 48157570 RID 0 To: <tara3@example.net>
Mon Mar  3 09:50:02 2025 Info: MID 28150002 Message-ID '<bmwaDSpTMpjAClw9.39764@atlas-bank.test>'
Mon Mar  3 09:50:02 2025 Info: MID 28150002 Subject 'Your statement is ready'
Mon Mar  3 09:50:02 2025 Info: MID 28150002 ready 81804 bytes from <sven30@atlas-bank.test>
Mon Mar  3 09:50:02 2025 Info: MID 28150002 SPF: mailfrom identity sven30@atlas-bank.test Pass (v=spf1)
Mon Mar  3 09:50:02 2025 Info: MID 28150002 DKIM: pass signature verified (d=atlas-bank.test s=selector1 i=@atlas-bank.test)
Mon Mar  3 09:50:02 2025 Info: MID 28150002 DMARC: Message from domain atlas-bank.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:50:02 2025 Info: MID 28150002 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: atlas-bank.test
Mon Mar  3 09:50:02 2025 Info: MID 28150002 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:50:02 2025 Info: MID 28150002 interim verdict using engine: CASE spam negative
Mon Mar  3 09:50:02 2025 Info: Start MID 28150003 ICID 0
Mon Mar  3 09:50:02 2025 Info: MID 28150003 was generated based on MID 28150002 by bcc filter 'Archive Copy'
Mon Mar  3 09:50:02 2025 Info: MID 28150003 ICID 0 From: <sven30@atlas-bank.test>
Mon Mar  3 09:50:02 2025 Info: MID 28150003 ICID 0 RID 0 To: <journal@archive.example.net>
Mon Mar  3 09:50:02 2025 Info: MID 28150003 ready 82154 bytes from <sven30@atlas-bank.test>
Mon Mar  3 09:50:02 2025 Info: MID 28150001 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:50:02 2025 Info: MID 28150001 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:50:02 2025 Info: MID 28150001 using engine: CASE spam negative
Mon Mar  3 09:50:02 2025 Info: MID 28150001 antivirus negative
Mon Mar  3 09:50:02 2025 Info: MID 28150001 using engine: GRAYMAIL negative
Mon Mar  3 09:50:02 2025 Info: MID 28150001 Outbreak Filters: verdict negative
Mon Mar  3 09:50:02 2025 Info: MID 28150001 queued for delivery
Mon Mar  3 09:50:02 2025 Info: ICID 48157570 close
Mon Mar  3 09:50:02 2025 Info: New SMTP DCID 7012089 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 09:50:03 2025 Info: MID 28150003 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:50:03 2025 Info: MID 28150003 using engine: CASE spam negative
Mon Mar  3 09:50:03 2025 Info: MID 28150003 antivirus negative
Mon Mar  3 09:50:03 2025 Info: MID 28150003 using engine: GRAYMAIL negative
Mon Mar  3 09:50:03 2025 Info: MID 28150003 Outbreak Filters: verdict negative
Mon Mar  3 09:50:03 2025 Info: MID 28150003 queued for delivery
Mon Mar  3 09:50:03 2025 Info: New SMTP DCID 7012090 interface 192.0.2.110 address 10.20.0.40 port 25
Mon Mar  3 09:50:03 2025 Info: DCID 7012089 TLS success protocol TLSv1 cipher ECDHE-RSA-AES256-SHA
Mon Mar  3 09:50:03 2025 Info: MID 28150002 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:50:03 2025 Info: MID 28150002 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:50:03 2025 Info: MID 28150002 using engine: CASE spam negative
Mon Mar  3 09:50:03 2025 Info: MID 28150002 antivirus negative
Mon Mar  3 09:50:03 2025 Info: MID 28150002 using engine: GRAYMAIL negative
Mon Mar  3 09:50:03 2025 Info: MID 28150002 Outbreak Filters: verdict negative
Mon Mar  3 09:50:03 2025 Info: MID 28150002 queued for delivery
Mon Mar  3 09:50:03 2025 Info: Delivery start DCID 7012089 MID 28150001 to RID [0]
Mon Mar  3 09:50:03 2025 Info: Delivery start DCID 7012090 MID 28150003 to RID [0]
Mon Mar  3 09:50:03 2025 Info: Message done DCID 7012089 MID 28150001 to RID [0]
Mon Mar  3 09:50:03 2025 Info: MID 28150001 RID [0] Response '2.6.0 <GzhPUZUdSTWAA5Zc7dwIHI7b@example.net> [InternalId=48760957008, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:50:03 2025 Info: Message finished MID 28150001 done
Mon Mar  3 09:50:03 2025 Info: Delivery start DCID 7012089 MID 28150002 to RID [0]
Mon Mar  3 09:50:03 2025 Info: Message done DCID 7012090 MID 28150003 to RID [0]
Mon Mar  3 09:50:03 2025 Info: MID 28150003 RID [0] Response '2.0.0 Ok: queued as CTRUWJj0jluVVl'
Mon Mar  3 09:50:03 2025 Info: Message finished MID 28150003 done
Mon Mar  3 09:50:03 2025 Info: New SMTP DCID 7012091 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 09:50:03 2025 Info: Message done DCID 7012089 MID 28150002 to RID [0]
Mon Mar  3 09:50:03 2025 Info: MID 28150002 RID [0] Response '2.6.0 <jCOR4OTg1iB9YRKMay0WYe5N@example.net> [InternalId=72992368264, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:50:03 2025 Info: Message finished MID 28150002 done
Mon Mar  3 09:50:05 2025 Info: DCID 7012090 close
Mon Mar  3 09:50:07 2025 Info: DCID 7012089 close
Mon Mar  3 09:50:08 2025 Info: DCID 7012088 close
Mon Mar  3 09:50:12 2025 Info: DCID 7012091 close
Mon Mar  3 09:53:49 2025 Info: New SMTP ICID 48157571 interface Data 1 (192.0.2.10) address 203.0.113.155 reverse dns host mx3.bigmail.example verified yes
Mon Mar  3 09:53:49 2025 Info: ICID 48157571 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 9.1 country Netherlands
Mon Mar  3 09:53:50 2025 Info: ICID 48157571 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 09:53:51 2025 Info: Start MID 28150004 ICID 48157571
Mon Mar  3 09:53:51 2025 Info: MID 28150004 ICID 48157571 From: <nils22@bigmail.example>
Mon Mar  3 09:53:51 2025 Info: MID 28150004 ICID 48157571 RID 0 To: <greta.tanaka@example.net>
Mon Mar  3 09:53:51 2025 Info: MID 28150004 ICID 48157571 RID 1 To: <sean.kowalski@example.org>
Mon Mar  3 09:53:51 2025 Info: MID 28150004 Message-ID '<wGEox1hsaBv4lyko.19306@bigmail.example>'
Mon Mar  3 09:53:51 2025 Info: MID 28150004 Subject "O'Brien & Sons proposal"
Mon Mar  3 09:53:51 2025 Info: MID 28150004 ready 33432 bytes from <nils22@bigmail.example>
Mon Mar  3 09:53:52 2025 Info: MID 28150004 SPF: mailfrom identity nils22@bigmail.example Pass (v=spf1)
Mon Mar  3 09:53:52 2025 Info: MID 28150004 DKIM: pass signature verified (d=bigmail.example s=selector1 i=@bigmail.example)
Mon Mar  3 09:53:52 2025 Info: MID 28150004 DMARC: Message from domain bigmail.example, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 09:53:52 2025 Info: MID 28150004 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 09:53:52 2025 Info: MID 28150004 interim verdict using engine: CASE spam negative
Mon Mar  3 09:53:52 2025 Info: ICID 48157571 close
Mon Mar  3 09:53:53 2025 Info: MID 28150004 interim AV verdict using Sophos CLEAN
Mon Mar  3 09:53:53 2025 Info: MID 28150004 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 09:53:53 2025 Info: MID 28150004 using engine: CASE spam negative
Mon Mar  3 09:53:53 2025 Info: MID 28150004 antivirus negative
Mon Mar  3 09:53:53 2025 Info: MID 28150004 using engine: GRAYMAIL negative
Mon Mar  3 09:53:53 2025 Info: MID 28150004 Outbreak Filters: verdict negative
Mon Mar  3 09:53:53 2025 Info: MID 28150004 queued for delivery
Mon Mar  3 09:53:53 2025 Info: New SMTP DCID 7012092 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 09:53:53 2025 Info: DCID 7012092 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 09:53:53 2025 Info: New SMTP DCID 7012093 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 09:53:53 2025 Info: Delivery start DCID 7012092 MID 28150004 to RID [0]
Mon Mar  3 09:53:53 2025 Info: Message done DCID 7012092 MID 28150004 to RID [0]
Mon Mar  3 09:53:53 2025 Info: MID 28150004 RID [0] Response '2.6.0 <Io3LJvneNGofFf2hUrgNE3UB@example.net> [InternalId=24813385145, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:53:53 2025 Info: DCID 7012093 STARTTLS command not supported.
Mon Mar  3 09:53:53 2025 Info: Delivery start DCID 7012093 MID 28150004 to RID [1]
Mon Mar  3 09:53:54 2025 Info: Message done DCID 7012093 MID 28150004 to RID [1]
Mon Mar  3 09:53:54 2025 Info: MID 28150004 RID [1] Response '2.6.0 <6RHmzN79bB3R1rMEkDKIJYc7@example.net> [InternalId=53514012323, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 09:53:54 2025 Info: Message finished MID 28150004 done
Mon Mar  3 09:53:56 2025 Info: DCID 7012092 close
Mon Mar  3 09:54:02 2025 Info: DCID 7012093 close
Mon Mar  3 10:08:40 2025 Info: New SMTP ICID 48157572 interface Data 1 (192.0.2.10) address 203.0.113.252 reverse dns host mail7.quietrealty.example.de verified yes
Mon Mar  3 10:08:40 2025 Info: ICID 48157572 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 9.7 country United Kingdom
Mon Mar  3 10:08:41 2025 Info: ICID 48157572 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 10:08:42 2025 Info: Start MID 28150005 ICID 48157572
Mon Mar  3 10:08:42 2025 Info: MID 28150005 ICID 48157572 From: <support@quietrealty.example.de>
Mon Mar  3 10:08:42 2025 Info: MID 28150005 ICID 48157572 RID 0 To: <greta.murphy@example.net>
Mon Mar  3 10:08:42 2025 Info: MID 28150005 ICID 48157572 RID 1 To: <qi.larsen@example.net>
Mon Mar  3 10:08:43 2025 Info: MID 28150005 Message-ID '<u60jaAR6Mg5s1Hjh.12692@quietrealty.example.de>'
Mon Mar  3 10:08:43 2025 Info: MID 28150005 Subject 'Password expiry notice'
Mon Mar  3 10:08:43 2025 Info: MID 28150005 ready 82394 bytes from <support@quietrealty.example.de>
Mon Mar  3 10:08:43 2025 Info: MID 28150005 SPF: mailfrom identity support@quietrealty.example.de Pass (v=spf1)
Mon Mar  3 10:08:43 2025 Info: MID 28150005 DKIM: pass signature verified (d=quietrealty.example.de s=selector1 i=@quietrealty.example.de)
Mon Mar  3 10:08:43 2025 Info: MID 28150005 DMARC: Message from domain quietrealty.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 10:08:43 2025 Info: MID 28150005 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 10:08:43 2025 Info: MID 28150005 interim verdict using engine: CASE spam negative
Mon Mar  3 10:08:43 2025 Info: ICID 48157572 close
Mon Mar  3 10:08:45 2025 Info: MID 28150005 interim AV verdict using Sophos CLEAN
Mon Mar  3 10:08:45 2025 Info: MID 28150005 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 10:08:45 2025 Info: MID 28150005 using engine: CASE spam negative
Mon Mar  3 10:08:45 2025 Info: MID 28150005 antivirus negative
Mon Mar  3 10:08:45 2025 Info: MID 28150005 using engine: GRAYMAIL negative
Mon Mar  3 10:08:45 2025 Info: MID 28150005 Outbreak Filters: verdict negative
Mon Mar  3 10:08:45 2025 Info: MID 28150005 queued for delivery
Mon Mar  3 10:08:45 2025 Info: New SMTP DCID 7012094 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 10:08:45 2025 Info: DCID 7012094 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 10:08:45 2025 Info: Delivery start DCID 7012094 MID 28150005 to RID [0, 1]
Mon Mar  3 10:08:46 2025 Info: Message done DCID 7012094 MID 28150005 to RID [0, 1]
Mon Mar  3 10:08:46 2025 Info: MID 28150005 RID [0, 1] Response '2.6.0 <fiLYpBbfBoKFqTelO0COfY8C@example.net> [InternalId=47916920239, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:08:46 2025 Info: Message finished MID 28150005 done
Mon Mar  3 10:08:48 2025 Info: DCID 7012094 close
Mon Mar  3 10:15:22 2025 Info: New SMTP ICID 48157573 interface Data 2 (10.20.0.20) address 10.20.1.12 reverse dns host exch04.corp.example.net verified yes
Mon Mar  3 10:15:22 2025 Info: ICID 48157573 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 10:15:23 2025 Info: ICID 48157573 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 10:15:23 2025 Info: Start MID 28150006 ICID 48157573
Mon Mar  3 10:15:23 2025 Info: MID 28150006 ICID 48157573 From: <anna.fischer@example.net>
Mon Mar  3 10:15:23 2025 Info: MID 28150006 ICID 48157573 RID 0 To: <ines.novak@outlook.example.com>
Mon Mar  3 10:15:24 2025 Info: MID 28150006 Message-ID '<fKocU13JTiKDk7E2.29993@exch01.corp.example.net>'
Mon Mar  3 10:15:24 2025 Info: MID 28150006 Subject 'Invoice 2025-0142'
Mon Mar  3 10:15:24 2025 Info: MID 28150006 ready 14224 bytes from <anna.fischer@example.net>
Mon Mar  3 10:15:24 2025 Info: MID 28150006 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 10:15:24 2025 Info: Start MID 28150007 ICID 48157573
Mon Mar  3 10:15:24 2025 Info: MID 28150007 ICID 48157573 From: <wei.dubois@example.net>
Mon Mar  3 10:15:24 2025 Info: MID 28150007 ICID 48157573 RID 0 To: <zoe.smith@silver-finance.example.de>
