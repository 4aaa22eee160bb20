Mon Mar  3 16:08:17 2025 Info: Begin Logfile
Mon Mar  3 16:08:17 2025 Info: Version: 14.3.0-032 SN: 428B41608EA426B8EE4C-6DBE2B34D750
Mon Mar  3 16:08:17 2025 Info: Time offset from UTC: 3600 seconds
Mon Mar  3 16:08:17 2025 Info: Bounced: DCID 6086902 MID 27839786 to RID 6 - 5.1.0 - Unknown address error ('550', ['5.1.1 The email account that you tried to reach does not exist.']) []
Mon Mar  3 16:08:17 2025 Info: MID 27839787 was generated for bounce of MID 27839786
Mon Mar  3 16:08:17 2025 Info: Start MID 27839787 ICID 0
Mon Mar  3 16:08:17 2025 Info: MID 27839787 ICID 0 From: <>
Mon Mar  3 16:08:17 2025 Info: MID 27839787 ICID 0 RID 0 To: <tara.rossi@example.net>
Mon Mar  3 16:08:17 2025 Info: MID 27839787 ready 23544 bytes from <>
Mon Mar  3 16:08:17 2025 Info: MID 27839787 interim AV verdict using Sophos CLEAN
Mon Mar  3 16:08:17 2025 Info: MID 27839787 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 16:08:17 2025 Info: MID 27839787 using engine: CASE spam negative
Mon Mar  3 16:08:17 2025 Info: MID 27839787 antivirus negative
Mon Mar  3 16:08:17 2025 Info: MID 27839787 using engine: GRAYMAIL negative
Mon Mar  3 16:08:17 2025 Info: MID 27839787 Outbreak Filters: verdict negative
Mon Mar  3 16:08:17 2025 Info: MID 27839787 queued for delivery
Mon Mar  3 16:08:17 2025 Info: New SMTP DCID 6086905 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 16:08:18 2025 Info: DCID 6086905 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 16:08:18 2025 Info: Delivery start DCID 6086905 MID 27839787 to RID [0]
Mon Mar  3 16:08:18 2025 Info: DCID 6086904 close
Mon Mar  3 16:08:18 2025 Info: Message done DCID 6086905 MID 27839787 to RID [0]
Mon Mar  3 16:08:18 2025 Info: MID 27839787 RID [0] Response '2.6.0 <ojLWku3KsSHfOEourNA4EXa7@example.net> [InternalId=12235174024, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 16:08:18 2025 Info: Message finished MID 27839787 done
Mon Mar  3 16:08:19 2025 Info: Start MID 27839788 ICID 884570
Mon Mar  3 16:08:19 2025 Info: MID 27839788 ICID 884570 From: <zoe.murphy@example.net>
Mon Mar  3 16:08:19 2025 Info: MID 27839788 ICID 884570 RID 0 To: <ines.smith@example.net>
Mon Mar  3 16:08:19 2025 Info: MID 27839788 Message-ID '<g7bgxvGQ2SAx3zg9.82704@exch01.corp.example.net>'
Mon Mar  3 16:08:19 2025 Info: MID 27839788 Subject 'Newsletter: March edition'
Mon Mar  3 16:08:19 2025 Info: MID 27839788 ready 14962 bytes from <zoe.murphy@example.net>
Mon Mar  3 16:08:19 2025 Info: MID 27839788 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 16:08:20 2025 Info: DCID 6086901 close
Mon Mar  3 16:08:20 2025 Info: Start MID 27839789 ICID 884570
Mon Mar  3 16:08:20 2025 Info: MID 27839789 ICID 884570 From: <ben.smith@example.net>
Mon Mar  3 16:08:20 2025 Info: MID 27839789 ICID 884570 RID 0 To: <jonas66@example.net>
Mon Mar  3 16:08:20 2025 Info: MID 27839789 ICID 884570 RID 1 To: <liam.ivanova@example.net>
Mon Mar  3 16:08:20 2025 Info: MID 27839789 Message-ID '<2Ul7s9lJpJvvBm51.77127@exch01.corp.example.net>'
Mon Mar  3 16:08:20 2025 Info: MID 27839789 Subject 'Tab\tseparated values'
Mon Mar  3 16:08:20 2025 Info: MID 27839789 ready 77324 bytes from <ben.smith@example.net>
Mon Mar  3 16:08:20 2025 Info: DCID 6086900 close
Mon Mar  3 16:08:20 2025 Info: MID 27839788 antivirus negative
Mon Mar  3 16:08:20 2025 Info: MID 27839788 Outbreak Filters: verdict negative
Mon Mar  3 16:08:20 2025 Info: MID 27839788 queued for delivery
Mon Mar  3 16:08:20 2025 Info: Delivery start DCID 6086905 MID 27839788 to RID [0]
Mon Mar  3 16:08:21 2025 Info: MID 27839789 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 16:08:21 2025 Info: Message done DCID 6086905 MID 27839788 to RID [0]
Mon Mar  3 16:08:21 2025 Info: MID 27839788 RID [0] Response '2.6.0 <XEYpzB8Vx98xxvFkkwwSsv9A@example.net> [InternalId=79924988961, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 16:08:21 2025 Info: Message finished MID 27839788 done
Mon Mar  3 16:08:21 2025 Info: MID 27839789 antivirus negative
Mon Mar  3 16:08:21 2025 Info: MID 27839789 Outbreak Filters: verdict negative
Mon Mar  3 16:08:21 2025 Info: MID 27839789 queued for delivery
Mon Mar  3 16:08:21 2025 Info: Delivery start DCID 6086905 MID 27839789 to RID [0, 1]
Mon Mar  3 16:08:22 2025 Info: Message done DCID 6086905 MID 27839789 to RID [0, 1]
Mon Mar  3 16:08:22 2025 Info: MID 27839789 RID [0, 1] Response '2.6.0 <sOUF62XHCJPvNk4oioAZ7tHC@example.net> [InternalId=45140569865, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 16:08:22 2025 Info: Message finished MID 27839789 done
Mon Mar  3 16:08:22 2025 Info: DCID 6086903 close
Mon Mar  3 16:08:22 2025 Info: Start MID 27839790 ICID 884570
Mon Mar  3 16:08:22 2025 Info: MID 27839790 ICID 884570 From: <zoe.jensen@example.net>
Mon Mar  3 16:08:22 2025 Info: MID 27839790 ICID 884570 RID 0 To: <zoe28@iron-labs.example>
Mon Mar  3 16:08:22 2025 Info: MID 27839790 Message-ID '<rLhiaRIFhAPC1XiM.88957@exch01.corp.example.net>'
Mon Mar  3 16:08:22 2025 Info: MID 27839790 Subject '[EXTERNAL] Action required'
Mon Mar  3 16:08:22 2025 Info: MID 27839790 ready 9076 bytes from <zoe.jensen@example.net>
Mon Mar  3 16:08:23 2025 Info: MID 27839790 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 16:08:24 2025 Info: MID 27839790 antivirus negative
Mon Mar  3 16:08:24 2025 Info: MID 27839790 Outbreak Filters: verdict negative
Mon Mar  3 16:08:24 2025 Info: MID 27839790 queued for delivery
Mon Mar  3 16:08:24 2025 Info: New SMTP DCID 6086906 interface 192.0.2.111 address 198.51.100.4 port 25
Mon Mar  3 16:08:24 2025 Info: DCID 6086906 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 16:08:24 2025 Info: Delivery start DCID 6086906 MID 27839790 to RID [0]
Mon Mar  3 16:08:24 2025 Info: Message done DCID 6086906 MID 27839790 to RID [0]
Mon Mar  3 16:08:24 2025 Info: MID 27839790 RID [0] Response '2.0.0 Ok: queued as MBNXwdyX2ND6WZ'
Mon Mar  3 16:08:24 2025 Info: Message finished MID 27839790 done
Mon Mar  3 16:08:25 2025 Info: Start MID 27839791 ICID 884570
Mon Mar  3 16:08:25 2025 Info: MID 27839791 ICID 884570 From: <qi68@example.net>
Mon Mar  3 16:08:25 2025 Info: MID 27839791 ICID 884570 RID 0 To: <jonas.mueller@silver-finance.example>
Mon Mar  3 16:08:25 2025 Info: MID 27839791 Message-ID '<44uptlp1bEgtIjtz.69175@exch01.corp.example.net>'
Mon Mar  3 16:08:25 2025 Info: MID 27839791 Subject 'Security alert'
Mon Mar  3 16:08:25 2025 Info: MID 27839791 ready 26633 bytes from <qi68@example.net>
Mon Mar  3 16:08:25 2025 Info: MID 27839791 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 16:08:26 2025 Info: DCID 6086905 close
Mon Mar  3 16:08:26 2025 Info: DCID 6086906 close
Mon Mar  3 16:08:26 2025 Info: Start MID 27839792 ICID 884570
Mon Mar  3 16:08:26 2025 Info: MID 27839792 ICID 884570 From: <emma.rossi@example.net>
Mon Mar  3 16:08:26 2025 Info: MID 27839792 ICID 884570 RID 0 To: <tara.garcia@harborfoods.example.co.uk>
Mon Mar  3 16:08:26 2025 Info: MID 27839792 ICID 884570 RID 1 To: <keiko.haddad@blueenergy.example>
Mon Mar  3 16:08:26 2025 Info: MID 27839792 ICID 884570 RID 2 To: <carla20@silver-print.example.com>
Mon Mar  3 16:08:26 2025 Info: MID 27839792 ICID 884570 RID 3 To: <yusuf.kim@quiettelecom.example.co.uk>
Mon Mar  3 16:08:26 2025 Info: MID 27839792 ICID 884570 RID 4 To: <umar.novak@quiettelecom.example.co.uk>
Mon Mar  3 16:08:26 2025 Info: MID 27839792 ICID 884570 RID 5 To: <farid66@example.net>
Mon Mar  3 16:08:26 2025 Info: MID 27839792 ICID 884570 RID 6 To: <jonas.tanaka@example.net>
Mon Mar  3 16:08:26 2025 Info: MID 27839792 ICID 884570 RID 7 To: <olga.schmidt@example.net>
Mon Mar  3 16:08:26 2025 Info: MID 27839792 ICID 884570 RID 8 To: <vera.novak@silver-print.example.com>
Mon Mar  3 16:08:27 2025 Info: DCID 6086902 close
Mon Mar  3 16:08:27 2025 Info: MID 27839792 Message-ID '<4mQIexBZPMtgZaQA.90107@exch01.corp.example.net>'
Mon Mar  3 16:08:27 2025 Info: MID 27839792 Subject 'Angebot für Müller GmbH'
Mon Mar  3 16:08:27 2025 Info: MID 27839792 ready 51755 bytes from <emma.rossi@example.net>
Mon Mar  3 16:08:27 2025 Info: MID 27839792 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 16:08:27 2025 Info: ICID 884570 close
Mon Mar  3 16:08:28 2025 Info: MID 27839792 antivirus negative
Mon Mar  3 16:08:28 2025 Info: MID 27839792 Outbreak Filters: verdict negative
Mon Mar  3 16:08:28 2025 Info: MID 27839792 queued for delivery
Mon Mar  3 16:08:28 2025 Info: New SMTP DCID 6086907 interface 192.0.2.111 address 203.0.113.3 port 25
Mon Mar  3 16:08:28 2025 Info: New SMTP DCID 6086908 interface 192.0.2.111 address 203.0.113.61 port 25
Mon Mar  3 16:08:28 2025 Info: New SMTP DCID 6086909 interface 192.0.2.111 address 198.51.100.122 port 25
Mon Mar  3 16:08:28 2025 Info: New SMTP DCID 6086910 interface 192.0.2.111 address 198.51.100.10 port 25
Mon Mar  3 16:08:28 2025 Info: MID 27839791 antivirus negative
Mon Mar  3 16:08:28 2025 Info: MID 27839791 Outbreak Filters: verdict negative
Mon Mar  3 16:08:28 2025 Info: MID 27839791 queued for delivery
Mon Mar  3 16:08:28 2025 Info: DCID 6086907 TLS was required but could not be successfully negotiated
Mon Mar  3 16:08:28 2025 Info: DCID 6086907 close
Mon Mar  3 16:08:28 2025 Info: New SMTP DCID 6086911 interface 192.0.2.111 address 10.20.0.10 port 25
Mon Mar  3 16:08:28 2025 Info: Delivery start DCID 6086908 MID 27839792 to RID [1]
Mon Mar  3 16:08:28 2025 Info: DCID 6086909 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 16:08:28 2025 Info: New SMTP DCID 6086912 interface 192.0.2.111 address 203.0.113.140 port 25
Mon Mar  3 16:08:28 2025 Info: Delivery start DCID 6086909 MID 27839792 to RID [3, 4]
Mon Mar  3 16:08:28 2025 Info: DCID 6086912 STARTTLS command not supported.
Mon Mar  3 16:08:28 2025 Info: Delivery start DCID 6086912 MID 27839791 to RID [0]
Mon Mar  3 16:08:28 2025 Info: DCID 6086910 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 16:08:28 2025 Info: Message done DCID 6086908 MID 27839792 to RID [1]
Mon Mar  3 16:08:28 2025 Info: MID 27839792 RID [1] Response '2.0.0 Ok: queued as Wuu4CQBGGqXGoY'
Mon Mar  3 16:08:28 2025 Info: Delivery start DCID 6086910 MID 27839792 to RID [0]
Mon Mar  3 16:08:28 2025 Info: Delivery start DCID 6086911 MID 27839792 to RID [5, 6, 7]
Mon Mar  3 16:08:29 2025 Info: Message done DCID 6086909 MID 27839792 to RID [3, 4]
Mon Mar  3 16:08:29 2025 Info: MID 27839792 RID [3, 4] Response '2.0.0 Ok: queued as M0AimtiMpvHe2p'
Mon Mar  3 16:08:29 2025 Info: Message done DCID 6086912 MID 27839791 to RID [0]
Mon Mar  3 16:08:29 2025 Info: MID 27839791 RID [0] Response '2.0.0 Ok: queued as u8y342uDwcdpwY'
Mon Mar  3 16:08:29 2025 Info: Message finished MID 27839791 done
Mon Mar  3 16:08:29 2025 Info: Message done DCID 6086910 MID 27839792 to RID [0]
Mon Mar  3 16:08:29 2025 Info: MID 27839792 RID [0] Response '2.0.0 Ok: queued as 47wTyq09C7QpTS'
Mon Mar  3 16:08:29 2025 Info: Message done DCID 6086911 MID 27839792 to RID [5, 6, 7]
Mon Mar  3 16:08:29 2025 Info: MID 27839792 RID [5, 6, 7] Response '2.6.0 <OzQIlmi87BGtCYOyvFH17CWH@example.net> [InternalId=23350240606, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 16:08:32 2025 Info: DCID 6086909 close
Mon Mar  3 16:08:35 2025 Info: DCID 6086911 close
Mon Mar  3 16:08:35 2025 Info: DCID 6086910 close
Mon Mar  3 16:08:36 2025 Info: DCID 6086912 close
Mon Mar  3 16:08:38 2025 Info: DCID 6086908 close
Mon Mar  3 16:10:35 2025 Info: New SMTP DCID 6086913 interface 192.0.2.111 address 203.0.113.243 port 25
Mon Mar  3 16:10:36 2025 Info: Delivery start DCID 6086913 MID 27839786 to RID [1]
Mon Mar  3 16:10:36 2025 Info: Message done DCID 6086913 MID 27839786 to RID [1]
Mon Mar  3 16:10:36 2025 Info: MID 27839786 RID [1] Response '2.0.0 Ok: queued as RyBmfz9E4z0Ufn'
Mon Mar  3 16:10:36 2025 Info: Message finished MID 27839786 done
Mon Mar  3 16:10:39 2025 Info: DCID 6086913 close
Mon Mar  3 16:12:50 2025 Info: New SMTP DCID 6086914 interface 192.0.2.111 address 203.0.113.3 port 25
Mon Mar  3 16:12:50 2025 Info: DCID 6086914 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Mon Mar  3 16:12:50 2025 Info: Delivery start DCID 6086914 MID 27839792 to RID [2, 8]
Mon Mar  3 16:12:50 2025 Info: Message done DCID 6086914 MID 27839792 to RID [2, 8]
Mon Mar  3 16:12:50 2025 Info: MID 27839792 RID [2, 8] Response '2.0.0 Ok: queued as ucXnZQNieh1zvO'
Mon Mar  3 16:12:50 2025 Info: Message finished MID 27839792 done
Mon Mar  3 16:12:59 2025 Info: DCID 6086914 close
Mon Mar  3 16:36:23 2025 Info: New SMTP ICID 884571 interface Data 1 (192.0.2.11) address 198.51.100.79 reverse dns host unknown verified no
Mon Mar  3 16:36:23 2025 Info: ICID 884571 ACCEPT SG UNKNOWNLIST match sbrs[none] SBRS None country United Kingdom
Mon Mar  3 16:36:23 2025 Info: ICID 884571 TLS success
Mon Mar  3 16:36:24 2025 Info: Start MID 27839793 ICID 884571
Mon Mar  3 16:36:24 2025 Info: MID 27839793 ICID 884571 From: <olga.okafor@brightmotors.test>
Mon Mar  3 16:36:24 2025 Info: MID 27839793 ICID 884571 RID 0 To: <pablo21@example.net>
Mon Mar  3 16:36:24 2025 Info: MID 27839793 ICID 884571 RID 1 To: <noreply@example.net>
Mon Mar  3 16:36:24 2025 Info: MID 27839793 Message-ID '<FmVdBJUJfxZDGzDP.60707@brightmotors.test>'
Mon Mar  3 16:36:24 2025 Info: MID 27839793 Subject 'Weekly digest'
Mon Mar  3 16:36:24 2025 Info: MID 27839793 ready 73971 bytes from <olga.okafor@brightmotors.test>
Mon Mar  3 16:36:24 2025 Info: ICID 884571 close
Mon Mar  3 16:36:25 2025 Info: MID 27839793 SPF: mailfrom identity olga.okafor@brightmotors.test Pass (v=spf1)
Mon Mar  3 16:36:25 2025 Info: MID 27839793 DKIM: pass signature verified (d=brightmotors.test s=selector1 i=@brightmotors.test)
Mon Mar  3 16:36:25 2025 Info: MID 27839793 DMARC: Message from domain brightmotors.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 16:36:25 2025 Info: MID 27839793 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 16:36:25 2025 Info: MID 27839793 interim verdict using engine: CASE spam negative
Mon Mar  3 16:36:25 2025 Info: MID 27839793 rewritten to MID 27839794 by add-footer filter 'Footer Stamping'
Mon Mar  3 16:36:25 2025 Info: Message finished MID 27839793 done
Mon Mar  3 16:36:25 2025 Info: MID 27839794 interim AV verdict using Sophos CLEAN
Mon Mar  3 16:36:25 2025 Info: MID 27839794 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 16:36:25 2025 Info: MID 27839794 using engine: CASE spam negative
Mon Mar  3 16:36:25 2025 Info: MID 27839794 antivirus negative
Mon Mar  3 16:36:25 2025 Info: MID 27839794 using engine: GRAYMAIL marketing_mail
Mon Mar  3 16:36:25 2025 Info: MID 27839794 Outbreak Filters: verdict negative
Mon Mar  3 16:36:25 2025 Info: MID 27839794 queued for delivery
Mon Mar  3 16:36:25 2025 Info: New SMTP DCID 6086915 interface 192.0.2.111 address 10.20.0.11 port 25
Mon Mar  3 16:36:25 2025 Info: DCID 6086915 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 16:36:25 2025 Info: Delivery start DCID 6086915 MID 27839794 to RID [0, 1]
Mon Mar  3 16:36:26 2025 Info: Message done DCID 6086915 MID 27839794 to RID [0, 1] 
Mon Mar  3 16:36:26 2025 Info: MID 27839794 RID [0, 1] Response '2.6.0 <ucboeCnGH1FwF4po7B53sYan@example.net> [InternalId=56830345899, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 16:36:26 2025 Info: Message finished MID 27839794 done
Mon Mar  3 16:36:30 2025 Info: DCID 6086915 close
