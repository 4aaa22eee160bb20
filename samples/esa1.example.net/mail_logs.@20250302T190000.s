Sun Mar  2 19:00:00 2025 Info: Begin Logfile
Sun Mar  2 19:00:00 2025 Info: Version: 15.0.0-104 SN: 424065AFD2D529EB6165-55C24BE7BA1F
Sun Mar  2 19:00:00 2025 Info: Time offset from UTC: -18000 seconds
Sun Mar  2 19:00:00 2025 Info: MID 28149935 antivirus negative
Sun Mar  2 19:00:00 2025 Info: MID 28149935 Outbreak Filters: verdict negative
Sun Mar  2 19:00:00 2025 Info: MID 28149935 queued for delivery
Sun Mar  2 19:00:00 2025 Info: Delivery start DCID 7012034 MID 28149935 to RID [0]
Sun Mar  2 19:00:00 2025 Info: Start MID 28149937 ICID 48157553
Sun Mar  2 19:00:00 2025 Info: MID 28149937 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:00 2025 Info: MID 28149937 ICID 48157553 RID 0 To: <sven.ivanova@bigmail.example>
Sun Mar  2 19:00:00 2025 Info: MID 28149937 Message-ID '<UKaZfe6Q1yrKZQBr.94117@exch01.corp.example.net>'
Sun Mar  2 19:00:00 2025 Info: MID 28149937 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:00 2025 Info: MID 28149937 ready 21671 bytes from <newsletter@example.net>
Sun Mar  2 19:00:01 2025 Info: Message done DCID 7012034 MID 28149935 to RID [0]
Sun Mar  2 19:00:01 2025 Info: MID 28149935 RID [0] Response '2.0.0 OK  1748274512 1y4baucn1swisi3512398.40 - gsmtp'
Sun Mar  2 19:00:01 2025 Info: Message finished MID 28149935 done
Sun Mar  2 19:00:01 2025 Info: MID 28149937 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:02 2025 Info: Start MID 28149938 ICID 48157553
Sun Mar  2 19:00:02 2025 Info: MID 28149938 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:02 2025 Info: MID 28149938 ICID 48157553 RID 0 To: <maria.kowalski@bigmail.example>
Sun Mar  2 19:00:02 2025 Info: MID 28149936 antivirus negative
Sun Mar  2 19:00:02 2025 Info: MID 28149936 Outbreak Filters: verdict negative
Sun Mar  2 19:00:02 2025 Info: MID 28149936 queued for delivery
Sun Mar  2 19:00:02 2025 Info: Delivery start DCID 7012034 MID 28149936 to RID [0]
Sun Mar  2 19:00:02 2025 Info: MID 28149937 antivirus negative
Sun Mar  2 19:00:02 2025 Info: MID 28149937 Outbreak Filters: verdict negative
Sun Mar  2 19:00:02 2025 Info: MID 28149937 queued for delivery
Sun Mar  2 19:00:02 2025 Info: Delivery start DCID 7012035 MID 28149937 to RID [0]
Sun Mar  2 19:00:02 2025 Info: MID 28149938 Message-ID '<mh3QlSd5DpZoGKh1.48178@exch01.corp.example.net>'
Sun Mar  2 19:00:02 2025 Info: MID 28149938 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:02 2025 Info: MID 28149938 ready 12581 bytes from <newsletter@example.net>
Sun Mar  2 19:00:02 2025 Info: MID 28149938 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:03 2025 Info: MID 28149938 antivirus negative
Sun Mar  2 19:00:03 2025 Info: MID 28149938 Outbreak Filters: verdict negative
Sun Mar  2 19:00:03 2025 Info: MID 28149938 queued for delivery
Sun Mar  2 19:00:03 2025 Info: Start MID 28149939 ICID 48157553
Sun Mar  2 19:00:03 2025 Info: MID 28149939 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:03 2025 Info: MID 28149939 ICID 48157553 RID 0 To: <umar.ivanova@bigmail.example>
Sun Mar  2 19:00:04 2025 Info: Message done DCID 7012034 MID 28149936 to RID [0]
Sun Mar  2 19:00:04 2025 Info: MID 28149936 RID [0] Response '2.0.0 OK  1791288097 xibomy6fslyisi4366218.95 - gsmtp'
Sun Mar  2 19:00:04 2025 Info: Message finished MID 28149936 done
Sun Mar  2 19:00:04 2025 Info: Delivery start DCID 7012034 MID 28149938 to RID [0]
Sun Mar  2 19:00:04 2025 Info: MID 28149939 Message-ID '<W62xax1bk4H7ZCY7.77859@exch01.corp.example.net>'
Sun Mar  2 19:00:04 2025 Info: MID 28149939 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:04 2025 Info: MID 28149939 ready 2824 bytes from <newsletter@example.net>
Sun Mar  2 19:00:04 2025 Debug: MID 28149939 ICID 48157553 TLS read 2824 bytes (0.008 seconds)
Sun Mar  2 19:00:04 2025 Info: Message done DCID 7012035 MID 28149937 to RID [0]
Sun Mar  2 19:00:04 2025 Info: MID 28149937 RID [0] Response '2.0.0 OK  1763192877 w75ntpat8oqesi5910363.93 - gsmtp'
Sun Mar  2 19:00:04 2025 Info: Message finished MID 28149937 done
Sun Mar  2 19:00:04 2025 Info: MID 28149939 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:05 2025 Info: MID 28149939 antivirus negative
Sun Mar  2 19:00:05 2025 Info: MID 28149939 Outbreak Filters: verdict negative
Sun Mar  2 19:00:05 2025 Info: MID 28149939 queued for delivery
Sun Mar  2 19:00:05 2025 Info: Delivery start DCID 7012035 MID 28149939 to RID [0]
Sun Mar  2 19:00:05 2025 Info: Message done DCID 7012034 MID 28149938 to RID [0]
Sun Mar  2 19:00:05 2025 Info: MID 28149938 RID [0] Response '2.0.0 OK  1749746621 jz6nowevuvrxsi6275115.87 - gsmtp'
Sun Mar  2 19:00:05 2025 Info: Message finished MID 28149938 done
Sun Mar  2 19:00:05 2025 Info: Start MID 28149940 ICID 48157553
Sun Mar  2 19:00:05 2025 Info: MID 28149940 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:05 2025 Info: MID 28149940 ICID 48157553 RID 0 To: <rosa.costa@bigmail.example>
Sun Mar  2 19:00:06 2025 Info: Message done DCID 7012035 MID 28149939 to RID [0]
Sun Mar  2 19:00:06 2025 Info: MID 28149939 RID [0] Response '2.0.0 OK  1746701536 st3o8txuvexvsi6601412.57 - gsmtp'
Sun Mar  2 19:00:06 2025 Info: Message finished MID 28149939 done
Sun Mar  2 19:00:06 2025 Info: MID 28149940 Message-ID '<l0JfwyPXuIl9OffZ.91813@exch01.corp.example.net>'
Sun Mar  2 19:00:06 2025 Info: MID 28149940 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:06 2025 Info: MID 28149940 ready 43334 bytes from <newsletter@example.net>
Sun Mar  2 19:00:07 2025 Info: MID 28149940 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:07 2025 Info: Start MID 28149941 ICID 48157553
Sun Mar  2 19:00:07 2025 Info: MID 28149941 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:07 2025 Info: MID 28149941 ICID 48157553 RID 0 To: <jonas43@bigmail.example>
Sun Mar  2 19:00:08 2025 Info: MID 28149941 Message-ID '<f2ln0gphvmE2O1dv.72123@exch01.corp.example.net>'
Sun Mar  2 19:00:08 2025 Info: MID 28149941 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:08 2025 Info: MID 28149941 ready 14388 bytes from <newsletter@example.net>
Sun Mar  2 19:00:08 2025 Info: MID 28149940 antivirus negative
Sun Mar  2 19:00:08 2025 Info: MID 28149940 Outbreak Filters: verdict negative
Sun Mar  2 19:00:08 2025 Info: MID 28149940 queued for delivery
Sun Mar  2 19:00:08 2025 Info: Delivery start DCID 7012034 MID 28149940 to RID [0]
Sun Mar  2 19:00:08 2025 Info: MID 28149941 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:08 2025 Info: Bounced: DCID 7012034 MID 28149940 to RID 0 - 5.1.0 - Unknown address error ('550', ['5.1.1 <rosa.costa@bigmail.example>: Recipient address rejected: User unknown in virtual mailbox table']) []
Sun Mar  2 19:00:08 2025 Info: MID 28149942 was generated for bounce of MID 28149940
Sun Mar  2 19:00:08 2025 Info: Start MID 28149942 ICID 0
Sun Mar  2 19:00:08 2025 Info: Message finished MID 28149940 done
Sun Mar  2 19:00:08 2025 Info: MID 28149942 ICID 0 From: <>
Sun Mar  2 19:00:08 2025 Info: MID 28149942 ICID 0 RID 0 To: <newsletter@example.net>
Sun Mar  2 19:00:08 2025 Info: MID 28149942 ready 23817 bytes from <>
Sun Mar  2 19:00:09 2025 Info: MID 28149942 interim AV verdict using Sophos CLEAN
Sun Mar  2 19:00:09 2025 Info: MID 28149942 using engine: CASE spam negative
Sun Mar  2 19:00:09 2025 Info: MID 28149942 antivirus negative
Sun Mar  2 19:00:09 2025 Info: MID 28149942 using engine: GRAYMAIL negative
Sun Mar  2 19:00:09 2025 Info: MID 28149942 Outbreak Filters: verdict negative
Sun Mar  2 19:00:09 2025 Info: MID 28149942 queued for delivery
Sun Mar  2 19:00:09 2025 Info: New SMTP DCID 7012036 interface 192.0.2.110 address 10.20.0.10 port 25
Sun Mar  2 19:00:09 2025 Info: Start MID 28149943 ICID 48157553
Sun Mar  2 19:00:09 2025 Info: MID 28149943 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:09 2025 Info: MID 28149943 ICID 48157553 RID 0 To: <hugo.ivanova@bigmail.example>
Sun Mar  2 19:00:09 2025 Info: DCID 7012036 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Sun Mar  2 19:00:09 2025 Info: Delivery start DCID 7012036 MID 28149942 to RID [0]
Sun Mar  2 19:00:09 2025 Info: MID 28149943 Message-ID '<fWllQ2Pl9cATWqMt.13193@exch01.corp.example.net>'
Sun Mar  2 19:00:09 2025 Info: MID 28149943 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:09 2025 Info: MID 28149943 ready 52303 bytes from <newsletter@example.net>
Sun Mar  2 19:00:09 2025 Debug: MID 28149943 ICID 48157553 TLS read 52303 bytes (0.398 seconds)
Sun Mar  2 19:00:09 2025 Info: Message done DCID 7012036 MID 28149942 to RID [0]
Sun Mar  2 19:00:09 2025 Info: MID 28149942 RID [0] Response '2.6.0 <rlUDCMlI0cfdsgkXNOun1Qwj@example.net> [InternalId=88373566002, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Sun Mar  2 19:00:09 2025 Info: Message finished MID 28149942 done
Sun Mar  2 19:00:10 2025 Info: MID 28149941 antivirus negative
Sun Mar  2 19:00:10 2025 Info: MID 28149941 Outbreak Filters: verdict negative
Sun Mar  2 19:00:10 2025 Info: MID 28149941 queued for delivery
Sun Mar  2 19:00:10 2025 Info: MID 28149943 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:10 2025 Info: Delivery start DCID 7012034 MID 28149941 to RID [0]
Sun Mar  2 19:00:10 2025 Info: Start MID 28149944 ICID 48157553
Sun Mar  2 19:00:10 2025 Info: MID 28149944 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:10 2025 Info: MID 28149944 ICID 48157553 RID 0 To: <emma30@bigmail.example>
Sun Mar  2 19:00:10 2025 Info: DCID 7012035 close
Sun Mar  2 19:00:11 2025 Info: Message done DCID 7012034 MID 28149941 to RID [0]
Sun Mar  2 19:00:11 2025 Info: MID 28149941 RID [0] Response '2.0.0 OK  1769297565 ysyphf0bokutsi1655265.71 - gsmtp'
Sun Mar  2 19:00:11 2025 Info: Message finished MID 28149941 done
Sun Mar  2 19:00:11 2025 Info: MID 28149944 Message-ID '<woidNeHKNo5DNwrW.73167@exch01.corp.example.net>'
Sun Mar  2 19:00:11 2025 Info: MID 28149944 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:11 2025 Info: MID 28149944 ready 67379 bytes from <newsletter@example.net>
Sun Mar  2 19:00:12 2025 Info: MID 28149944 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:12 2025 Info: MID 28149943 antivirus negative
Sun Mar  2 19:00:12 2025 Info: MID 28149943 Outbreak Filters: verdict negative
Sun Mar  2 19:00:12 2025 Info: MID 28149943 queued for delivery
Sun Mar  2 19:00:12 2025 Info: Delivery start DCID 7012034 MID 28149943 to RID [0]
Sun Mar  2 19:00:12 2025 Info: Start MID 28149945 ICID 48157553
Sun Mar  2 19:00:12 2025 Info: MID 28149945 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:12 2025 Info: MID 28149945 ICID 48157553 RID 0 To: <liam.kim@bigmail.example>
Sun Mar  2 19:00:13 2025 Info: MID 28149945 Message-ID '<6i06S5ZAovbZ31Kf.57289@exch01.corp.example.net>'
Sun Mar  2 19:00:13 2025 Info: MID 28149945 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:13 2025 Info: MID 28149945 ready 35872 bytes from <newsletter@example.net>
Sun Mar  2 19:00:13 2025 Info: MID 28149945 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:14 2025 Info: MID 28149944 antivirus negative
Sun Mar  2 19:00:14 2025 Info: MID 28149944 Outbreak Filters: verdict negative
Sun Mar  2 19:00:14 2025 Info: MID 28149944 queued for delivery
Sun Mar  2 19:00:14 2025 Info: MID 28149945 antivirus negative
Sun Mar  2 19:00:14 2025 Info: MID 28149945 Outbreak Filters: verdict negative
Sun Mar  2 19:00:14 2025 Info: MID 28149945 queued for delivery
Sun Mar  2 19:00:14 2025 Info: New SMTP DCID 7012037 interface 192.0.2.110 address 198.51.100.222 port 25
Sun Mar  2 19:00:14 2025 Info: DCID 7012037 TLS success protocol TLSv1 cipher DHE-RSA-AES256-SHA
Sun Mar  2 19:00:14 2025 Info: Delivery start DCID 7012037 MID 28149944 to RID [0]
Sun Mar  2 19:00:14 2025 Info: Start MID 28149946 ICID 48157553
Sun Mar  2 19:00:14 2025 Info: MID 28149946 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:14 2025 Info: MID 28149946 ICID 48157553 RID 0 To: <wei27@bigmail.example>
Sun Mar  2 19:00:14 2025 Info: MID 28149946 Message-ID '<nIQx1sctWGG0U4nr.11217@exch01.corp.example.net>'
Sun Mar  2 19:00:14 2025 Info: MID 28149946 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:14 2025 Info: MID 28149946 ready 17812 bytes from <newsletter@example.net>
Sun Mar  2 19:00:15 2025 Info: Message done DCID 7012037 MID 28149944 to RID [0]
Sun Mar  2 19:00:15 2025 Info: MID 28149944 RID [0] Response '2.0.0 OK  1715327056 sah7wjsgmtvrsi9935846.40 - gsmtp'
Sun Mar  2 19:00:15 2025 Info: Message finished MID 28149944 done
Sun Mar  2 19:00:15 2025 Info: Delivery start DCID 7012037 MID 28149945 to RID [0]
Sun Mar  2 19:00:15 2025 Info: Message done DCID 7012034 MID 28149943 to RID [0]
Sun Mar  2 19:00:15 2025 Info: MID 28149943 RID [0] Response '2.0.0 OK  1716075954 csmgquyiwfpmsi7257143.95 - gsmtp'
Sun Mar  2 19:00:15 2025 Info: Message finished MID 28149943 done
Sun Mar  2 19:00:15 2025 Info: MID 28149946 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:15 2025 Info: Message done DCID 7012037 MID 28149945 to RID [0]
Sun Mar  2 19:00:15 2025 Info: MID 28149945 RID [0] Response '2.0.0 OK  1700017136 vpqmze1hua6gsi9649382.64 - gsmtp'
Sun Mar  2 19:00:15 2025 Info: Message finished MID 28149945 done
Sun Mar  2 19:00:15 2025 Info: MID 28149946 antivirus negative
Sun Mar  2 19:00:15 2025 Info: MID 28149946 Outbreak Filters: verdict negative
Sun Mar  2 19:00:15 2025 Info: MID 28149946 queued for delivery
Sun Mar  2 19:00:15 2025 Info: Delivery start DCID 7012034 MID 28149946 to RID [0]
Sun Mar  2 19:00:16 2025 Info: DCID 7012036 close
Sun Mar  2 19:00:16 2025 Info: Start MID 28149947 ICID 48157553
Sun Mar  2 19:00:16 2025 Info: MID 28149947 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:16 2025 Info: MID 28149947 ICID 48157553 RID 0 To: <zoe.ivanova@bigmail.example>
Sun Mar  2 19:00:16 2025 Info: MID 28149947 Message-ID '<EjAk9q2xVxGbSMF0.28888@exch01.corp.example.net>'
Sun Mar  2 19:00:16 2025 Info: MID 28149947 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:16 2025 Info: MID 28149947 ready 24378 bytes from <newsletter@example.net>
Sun Mar  2 19:00:16 2025 Debug: MID 28149947 ICID 48157553 TLS read 24378 bytes (0.712 seconds)
Sun Mar  2 19:00:16 2025 Info: MID 28149947 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:17 2025 Info: Message done DCID 7012034 MID 28149946 to RID [0]
Sun Mar  2 19:00:17 2025 Info: MID 28149946 RID [0] Response '2.0.0 OK  1728657693 oshi576rqiyzsi2082982.20 - gsmtp'
Sun Mar  2 19:00:17 2025 Info: Message finished MID 28149946 done
Sun Mar  2 19:00:17 2025 Info: Start MID 28149948 ICID 48157553
Sun Mar  2 19:00:17 2025 Info: MID 28149948 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:17 2025 Info: MID 28149948 ICID 48157553 RID 0 To: <anna.schmidt@bigmail.example>
Sun Mar  2 19:00:17 2025 Info: MID 28149948 Message-ID '<MOFfSaUhWf9dhguH.22501@exch01.corp.example.net>'
Sun Mar  2 19:00:17 2025 Info: MID 28149948 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:17 2025 Info: MID 28149948 ready 11985 bytes from <newsletter@example.net>
Sun Mar  2 19:00:18 2025 Info: MID 28149948 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:19 2025 Info: MID 28149947 antivirus negative
Sun Mar  2 19:00:19 2025 Info: MID 28149947 Outbreak Filters: verdict negative
Sun Mar  2 19:00:19 2025 Info: MID 28149947 queued for delivery
Sun Mar  2 19:00:19 2025 Info: Start MID 28149949 ICID 48157553
Sun Mar  2 19:00:19 2025 Info: MID 28149949 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:19 2025 Info: MID 28149949 ICID 48157553 RID 0 To: <qi.fischer@bigmail.example>
Sun Mar  2 19:00:19 2025 Info: Delivery start DCID 7012034 MID 28149947 to RID [0]
Sun Mar  2 19:00:20 2025 Info: MID 28149948 antivirus negative
Sun Mar  2 19:00:20 2025 Info: MID 28149948 Outbreak Filters: verdict negative
Sun Mar  2 19:00:20 2025 Info: MID 28149948 queued for delivery
Sun Mar  2 19:00:20 2025 Info: Delayed: DCID 7012034 MID 28149947 to RID 0 - 4.3.0 - Other mail system problem ('451', ['4.3.0 Temporary lookup failure']) []
Sun Mar  2 19:00:20 2025 Info: Message 28149947 to RID [0] pending till Sun Mar  2 19:02:03 2025
Sun Mar  2 19:00:20 2025 Info: Delivery start DCID 7012037 MID 28149948 to RID [0]
Sun Mar  2 19:00:20 2025 Info: MID 28149949 Message-ID '<AwpYFywG6wdWFzrj.54901@exch01.corp.example.net>'
Sun Mar  2 19:00:20 2025 Info: MID 28149949 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:20 2025 Info: MID 28149949 ready 285013 bytes from <newsletter@example.net>
Sun Mar  2 19:00:20 2025 Info: Message done DCID 7012037 MID 28149948 to RID [0]
Sun Mar  2 19:00:20 2025 Info: MID 28149948 RID [0] Response '2.0.0 OK  1772593020 08dbcyhlaskesi5268493.33 - gsmtp'
Sun Mar  2 19:00:20 2025 Info: Message finished MID 28149948 done
Sun Mar  2 19:00:21 2025 Info: MID 28149949 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:21 2025 Info: Start MID 28149950 ICID 48157553
Sun Mar  2 19:00:21 2025 Info: MID 28149950 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:21 2025 Info: MID 28149950 ICID 48157553 RID 0 To: <sean47@bigmail.example>
Sun Mar  2 19:00:21 2025 Info: MID 28149950 Message-ID '<LlfuIgcLoMCKz2c0.73146@exch01.corp.example.net>'
Sun Mar  2 19:00:21 2025 Info: MID 28149950 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:21 2025 Info: MID 28149950 ready 26642 bytes from <newsletter@example.net>
Sun Mar  2 19:00:21 2025 Debug: MID 28149950 ICID 48157553 TLS read 26642 bytes (1.172 seconds)
Sun Mar  2 19:00:22 2025 Info: MID 28149950 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:23 2025 Info: Start MID 28149951 ICID 48157553
Sun Mar  2 19:00:23 2025 Info: MID 28149951 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:23 2025 Info: MID 28149951 ICID 48157553 RID 0 To: <anna19@bigmail.example>
Sun Mar  2 19:00:23 2025 Info: DCID 7012037 close
Sun Mar  2 19:00:23 2025 Info: MID 28149949 antivirus negative
Sun Mar  2 19:00:23 2025 Info: MID 28149949 Outbreak Filters: verdict negative
Sun Mar  2 19:00:23 2025 Info: MID 28149949 queued for delivery
Sun Mar  2 19:00:23 2025 Info: MID 28149951 Message-ID '<s7drti2c0TeOdgnb.63130@exch01.corp.example.net>'
Sun Mar  2 19:00:23 2025 Info: MID 28149951 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:23 2025 Info: MID 28149951 ready 80885 bytes from <newsletter@example.net>
Sun Mar  2 19:00:23 2025 Info: Delivery start DCID 7012034 MID 28149949 to RID [0]
Sun Mar  2 19:00:23 2025 Info: MID 28149950 antivirus negative
Sun Mar  2 19:00:23 2025 Info: MID 28149950 Outbreak Filters: verdict negative
Sun Mar  2 19:00:23 2025 Info: MID 28149950 queued for delivery
Sun Mar  2 19:00:24 2025 Info: New SMTP DCID 7012038 interface 192.0.2.110 address 203.0.113.30 port 25
Sun Mar  2 19:00:24 2025 Info: DCID 7012038 TLS success protocol TLSv1 cipher DHE-RSA-AES256-SHA
Sun Mar  2 19:00:24 2025 Info: Delivery start DCID 7012038 MID 28149950 to RID [0]
Sun Mar  2 19:00:24 2025 Info: MID 28149951 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:25 2025 Info: Start MID 28149952 ICID 48157553
Sun Mar  2 19:00:25 2025 Info: MID 28149952 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:25 2025 Info: MID 28149952 ICID 48157553 RID 0 To: <nils.kowalski@bigmail.example>
Sun Mar  2 19:00:25 2025 Info: MID 28149952 Message-ID '<zBUU4RAuA1e9pp87.51603@exch01.corp.example.net>'
Sun Mar  2 19:00:25 2025 Info: MID 28149952 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:25 2025 Info: MID 28149952 ready 12611 bytes from <newsletter@example.net>
Sun Mar  2 19:00:25 2025 Info: Message done DCID 7012034 MID 28149949 to RID [0]
Sun Mar  2 19:00:25 2025 Info: MID 28149949 RID [0] Response '2.0.0 OK  1773089856 3ndzxabzeeo5si6441270.40 - gsmtp'
Sun Mar  2 19:00:25 2025 Info: Message finished MID 28149949 done
Sun Mar  2 19:00:25 2025 Info: MID 28149952 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:25 2025 Info: Message done DCID 7012038 MID 28149950 to RID [0]
Sun Mar  2 19:00:25 2025 Info: MID 28149950 RID [0] Response '2.0.0 OK  1795309026 w8cw8jkjvgajsi2381603.68 - gsmtp'
Sun Mar  2 19:00:25 2025 Info: Message finished MID 28149950 done
Sun Mar  2 19:00:26 2025 Info: Start MID 28149953 ICID 48157553
Sun Mar  2 19:00:26 2025 Info: MID 28149953 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:26 2025 Info: MID 28149953 ICID 48157553 RID 0 To: <wei93@bigmail.example>
Sun Mar  2 19:00:26 2025 Info: MID 28149953 Message-ID '<yCCeiUXwymqlnQDH.38202@exch01.corp.example.net>'
Sun Mar  2 19:00:26 2025 Info: MID 28149953 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:26 2025 Info: MID 28149953 ready 14406 bytes from <newsletter@example.net>
Sun Mar  2 19:00:26 2025 Info: MID 28149951 antivirus negative
Sun Mar  2 19:00:26 2025 Info: MID 28149951 Outbreak Filters: verdict negative
Sun Mar  2 19:00:26 2025 Info: MID 28149951 queued for delivery
Sun Mar  2 19:00:26 2025 Info: Delivery start DCID 7012034 MID 28149951 to RID [0]
Sun Mar  2 19:00:26 2025 Info: MID 28149953 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:27 2025 Info: Start MID 28149954 ICID 48157553
Sun Mar  2 19:00:27 2025 Info: MID 28149954 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:27 2025 Info: MID 28149954 ICID 48157553 RID 0 To: <olga.smith@bigmail.example>
Sun Mar  2 19:00:28 2025 Info: MID 28149953 antivirus negative
Sun Mar  2 19:00:28 2025 Info: MID 28149953 Outbreak Filters: verdict negative
Sun Mar  2 19:00:28 2025 Info: MID 28149953 queued for delivery
Sun Mar  2 19:00:28 2025 Info: Delivery start DCID 7012038 MID 28149953 to RID [0]
Sun Mar  2 19:00:28 2025 Info: Message done DCID 7012034 MID 28149951 to RID [0]
Sun Mar  2 19:00:28 2025 Info: MID 28149951 RID [0] Response '2.0.0 OK  1798190860 uagsj0bjw809si9111579.40 - gsmtp'
Sun Mar  2 19:00:28 2025 Info: Message finished MID 28149951 done
Sun Mar  2 19:00:28 2025 Info: MID 28149952 antivirus negative
Sun Mar  2 19:00:28 2025 Info: MID 28149952 Outbreak Filters: verdict negative
Sun Mar  2 19:00:28 2025 Info: MID 28149952 queued for delivery
Sun Mar  2 19:00:28 2025 Info: Delivery start DCID 7012034 MID 28149952 to RID [0]
Sun Mar  2 19:00:28 2025 Info: MID 28149954 Message-ID '<df5PXJ0ynN6XyxS5.45313@exch01.corp.example.net>'
Sun Mar  2 19:00:28 2025 Info: MID 28149954 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:28 2025 Info: MID 28149954 ready 7501 bytes from <newsletter@example.net>
Sun Mar  2 19:00:29 2025 Info: MID 28149954 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:29 2025 Info: MID 28149954 antivirus negative
Sun Mar  2 19:00:29 2025 Info: MID 28149954 Outbreak Filters: verdict negative
Sun Mar  2 19:00:29 2025 Info: MID 28149954 queued for delivery
Sun Mar  2 19:00:29 2025 Info: Message done DCID 7012038 MID 28149953 to RID [0]
Sun Mar  2 19:00:29 2025 Info: MID 28149953 RID [0] Response '2.0.0 OK  1747282495 khxryisbvxxtsi5850536.75 - gsmtp'
Sun Mar  2 19:00:29 2025 Info: Message finished MID 28149953 done
Sun Mar  2 19:00:29 2025 Info: Delivery start DCID 7012038 MID 28149954 to RID [0]
Sun Mar  2 19:00:29 2025 Info: Start MID 28149955 ICID 48157553
Sun Mar  2 19:00:29 2025 Info: MID 28149955 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:29 2025 Info: MID 28149955 ICID 48157553 RID 0 To: <vera.murphy@bigmail.example>
Sun Mar  2 19:00:30 2025 Info: MID 28149955 Message-ID '<vNIQ2P7eRcZEFiaS.73904@exch01.corp.example.net>'
Sun Mar  2 19:00:30 2025 Info: MID 28149955 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:30 2025 Info: MID 28149955 ready 106093 bytes from <newsletter@example.net>
Sun Mar  2 19:00:30 2025 Info: Message done DCID 7012034 MID 28149952 to RID [0]
Sun Mar  2 19:00:30 2025 Info: MID 28149952 RID [0] Response '2.0.0 OK  1725280454 kc5mgjfrlnxhsi8494089.78 - gsmtp'
Sun Mar  2 19:00:30 2025 Info: Message finished MID 28149952 done
Sun Mar  2 19:00:30 2025 Info: MID 28149955 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:30 2025 Info: Message done DCID 7012038 MID 28149954 to RID [0]
Sun Mar  2 19:00:30 2025 Info: MID 28149954 RID [0] Response '2.0.0 OK  1781212169 f9eh0auvnwflsi6631063.52 - gsmtp'
Sun Mar  2 19:00:30 2025 Info: Message finished MID 28149954 done
Sun Mar  2 19:00:31 2025 Info: Start MID 28149956 ICID 48157553
Sun Mar  2 19:00:31 2025 Info: MID 28149956 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:31 2025 Info: MID 28149956 ICID 48157553 RID 0 To: <maria64@bigmail.example>
Sun Mar  2 19:00:31 2025 Info: MID 28149956 Message-ID '<ZIsFVDiyC5MoSH7P.88890@exch01.corp.example.net>'
Sun Mar  2 19:00:31 2025 Info: MID 28149956 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:31 2025 Info: MID 28149956 ready 53994 bytes from <newsletter@example.net>
Sun Mar  2 19:00:32 2025 Info: MID 28149956 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:32 2025 Info: DCID 7012034 close
Sun Mar  2 19:00:32 2025 Info: Start MID 28149957 ICID 48157553
Sun Mar  2 19:00:32 2025 Info: MID 28149957 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:32 2025 Info: MID 28149957 ICID 48157553 RID 0 To: <carla.haddad@bigmail.example>
Sun Mar  2 19:00:33 2025 Info: MID 28149955 antivirus negative
Sun Mar  2 19:00:33 2025 Info: MID 28149955 Outbreak Filters: verdict negative
Sun Mar  2 19:00:33 2025 Info: MID 28149955 queued for delivery
Sun Mar  2 19:00:33 2025 Info: Delivery start DCID 7012038 MID 28149955 to RID [0]
Sun Mar  2 19:00:33 2025 Info: MID 28149957 ready 94775 bytes from <newsletter@example.net>
Sun Mar  2 19:00:34 2025 Info: MID 28149957 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:34 2025 Info: MID 28149956 antivirus negative
Sun Mar  2 19:00:34 2025 Info: MID 28149956 Outbreak Filters: verdict negative
Sun Mar  2 19:00:34 2025 Info: MID 28149956 queued for delivery
Sun Mar  2 19:00:34 2025 Info: New SMTP DCID 7012039 interface 192.0.2.110 address 198.51.100.222 port 25
Sun Mar  2 19:00:34 2025 Info: Start MID 28149958 ICID 48157553
Sun Mar  2 19:00:34 2025 Info: MID 28149958 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:34 2025 Info: MID 28149958 ICID 48157553 RID 0 To: <yusuf.mueller@bigmail.example>
Sun Mar  2 19:00:35 2025 Info: DCID 7012039 TLS success protocol TLSv1 cipher DHE-RSA-AES256-SHA
Sun Mar  2 19:00:35 2025 Info: Delivery start DCID 7012039 MID 28149956 to RID [0]
Sun Mar  2 19:00:35 2025 Info: MID 28149958 Message-ID '<YVmYJ62h1Mz9ikjU.48614@exch01.corp.example.net>'
Sun Mar  2 19:00:35 2025 Info: MID 28149958 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:35 2025 Info: MID 28149958 ready 51233 bytes from <newsletter@example.net>
Sun Mar  2 19:00:35 2025 Info: Message done DCID 7012039 MID 28149956 to RID [0]
Sun Mar  2 19:00:35 2025 Info: MID 28149956 RID [0] Response '2.0.0 OK  1768651053 bo1qcwvl42agsi5440321.87 - gsmtp'
Sun Mar  2 19:00:35 2025 Info: Message finished MID 28149956 done
Sun Mar  2 19:00:35 2025 Info: Message done DCID 7012038 MID 28149955 to RID [0]
Sun Mar  2 19:00:35 2025 Info: MID 28149955 RID [0] Response '2.0.0 OK  1789722725 8pokxd34fdwjsi5281532.79 - gsmtp'
Sun Mar  2 19:00:35 2025 Info: Message finished MID 28149955 done
Sun Mar  2 19:00:36 2025 Info: MID 28149958 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:36 2025 Info: MID 28149957 antivirus negative
Sun Mar  2 19:00:36 2025 Info: MID 28149957 Outbreak Filters: verdict negative
Sun Mar  2 19:00:36 2025 Info: MID 28149957 queued for delivery
Sun Mar  2 19:00:36 2025 Info: Delivery start DCID 7012038 MID 28149957 to RID [0]
Sun Mar  2 19:00:36 2025 Info: Start MID 28149959 ICID 48157553
Sun Mar  2 19:00:36 2025 Info: MID 28149959 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:36 2025 Info: MID 28149959 ICID 48157553 RID 0 To: <yusuf.ivanova@bigmail.example>
Sun Mar  2 19:00:37 2025 Info: Message done DCID 7012038 MID 28149957 to RID [0]
Sun Mar  2 19:00:37 2025 Info: MID 28149957 RID [0] Response '2.0.0 OK  1793382174 u2u7uul1apbhsi4024223.34 - gsmtp'
Sun Mar  2 19:00:37 2025 Info: Message finished MID 28149957 done
Sun Mar  2 19:00:37 2025 Info: MID 28149958 antivirus negative
Sun Mar  2 19:00:37 2025 Info: MID 28149958 Outbreak Filters: verdict negative
Sun Mar  2 19:00:37 2025 Info: MID 28149958 queued for delivery
Sun Mar  2 19:00:37 2025 Info: Delivery start DCID 7012038 MID 28149958 to RID [0]
Sun Mar  2 19:00:39 2025 Info: Message done DCID 7012038 MID 28149958 to RID [0]
Sun Mar  2 19:00:39 2025 Info: MID 28149958 RID [0] Response '2.0.0 OK  1764577719 ahjq3uzjdktzsi3520522.72 - gsmtp'
Sun Mar  2 19:00:39 2025 Info: Message finished MID 28149958 done
Sun Mar  2 19:00:39 2025 Info: MID 28149959 Message-ID '<zxllcZhH1G3GGshj.34237@exch01.corp.example.net>'
Sun Mar  2 19:00:39 2025 Info: MID 28149959 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:39 2025 Info: MID 28149959 ready 431006 bytes from <newsletter@example.net>
Sun Mar  2 19:00:39 2025 Info: MID 28149959 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:40 2025 Info: MID 28149959 antivirus negative
Sun Mar  2 19:00:40 2025 Info: MID 28149959 Outbreak Filters: verdict negative
Sun Mar  2 19:00:40 2025 Info: MID 28149959 queued for delivery
Sun Mar  2 19:00:40 2025 Info: Delivery start DCID 7012038 MID 28149959 to RID [0]
Sun Mar  2 19:00:40 2025 Info: Start MID 28149960 ICID 48157553
Sun Mar  2 19:00:40 2025 Info: MID 28149960 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:40 2025 Info: MID 28149960 ICID 48157553 RID 0 To: <emma43@bigmail.example>
Sun Mar  2 19:00:40 2025 Info: DCID 7012039 close
Sun Mar  2 19:00:41 2025 Info: MID 28149960 Message-ID '<xCtCBAq0YbJkpZwy.86899@exch01.corp.example.net>'
Sun Mar  2 19:00:41 2025 Info: MID 28149960 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:41 2025 Info: MID 28149960 ready 127228 bytes from <newsletter@example.net>
Sun Mar  2 19:00:41 2025 Debug: MID 28149960 ICID 48157553 TLS read 127228 bytes (1.464 seconds)
Sun Mar  2 19:00:41 2025 Info: MID 28149960 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:41 2025 Info: Message done DCID 7012038 MID 28149959 to RID [0]
Sun Mar  2 19:00:41 2025 Info: MID 28149959 RID [0] Response '2.0.0 OK  1701531789 gkbvymipyxfxsi9543914.22 - gsmtp'
Sun Mar  2 19:00:41 2025 Info: Message finished MID 28149959 done
Sun Mar  2 19:00:42 2025 Info: Start MID 28149961 ICID 48157553
Sun Mar  2 19:00:42 2025 Info: MID 28149961 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:42 2025 Info: MID 28149961 ICID 48157553 RID 0 To: <emma.fischer@bigmail.example>
Sun Mar  2 19:00:43 2025 Info: MID 28149960 antivirus negative
Sun Mar  2 19:00:43 2025 Info: MID 28149960 Outbreak Filters: verdict negative
Sun Mar  2 19:00:43 2025 Info: MID 28149960 queued for delivery
Sun Mar  2 19:00:43 2025 Info: Delivery start DCID 7012038 MID 28149960 to RID [0]
Sun Mar  2 19:00:43 2025 Info: MID 28149961 Message-ID '<qCzSkaVaYgZ1LQ1h.39143@exch01.corp.example.net>'
Sun Mar  2 19:00:43 2025 Info: MID 28149961 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:43 2025 Info: MID 28149961 ready 130016 bytes from <newsletter@example.net>
Sun Mar  2 19:00:43 2025 Info: MID 28149961 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:44 2025 Info: Start MID 28149962 ICID 48157553
Sun Mar  2 19:00:44 2025 Info: MID 28149962 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:44 2025 Info: MID 28149962 ICID 48157553 RID 0 To: <aoife.ivanova@bigmail.example>
Sun Mar  2 19:00:45 2025 Info: MID 28149961 antivirus negative
Sun Mar  2 19:00:45 2025 Info: MID 28149961 Outbreak Filters: verdict negative
Sun Mar  2 19:00:45 2025 Info: MID 28149961 queued for delivery
Sun Mar  2 19:00:45 2025 Info: MID 28149962 Message-ID '<crkHnC3lkeWrX2Zd.57058@exch01.corp.example.net>'
Sun Mar  2 19:00:45 2025 Info: MID 28149962 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:45 2025 Info: MID 28149962 ready 34978 bytes from <newsletter@example.net>
Sun Mar  2 19:00:45 2025 Info: New SMTP DCID 7012040 interface 192.0.2.110 address 203.0.113.30 port 25
Sun Mar  2 19:00:45 2025 Info: Message done DCID 7012038 MID 28149960 to RID [0]
Sun Mar  2 19:00:45 2025 Info: MID 28149960 RID [0] Response '2.0.0 OK  1711993351 lm5c1bcocnq1si4648553.45 - gsmtp'
Sun Mar  2 19:00:45 2025 Info: Message finished MID 28149960 done
Sun Mar  2 19:00:45 2025 Info: DCID 7012040 TLS success protocol TLSv1 cipher DHE-RSA-AES256-SHA
Sun Mar  2 19:00:45 2025 Info: Delivery start DCID 7012040 MID 28149961 to RID [0]
Sun Mar  2 19:00:46 2025 Info: MID 28149962 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:46 2025 Info: Start MID 28149963 ICID 48157553
Sun Mar  2 19:00:46 2025 Info: MID 28149963 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:46 2025 Info: MID 28149963 ICID 48157553 RID 0 To: <umar.smith@bigmail.example>
Sun Mar  2 19:00:47 2025 Info: MID 28149962 antivirus negative
Sun Mar  2 19:00:47 2025 Info: MID 28149962 Outbreak Filters: verdict negative
Sun Mar  2 19:00:47 2025 Info: MID 28149962 queued for delivery
Sun Mar  2 19:00:47 2025 Info: Delivery start DCID 7012038 MID 28149962 to RID [0]
Sun Mar  2 19:00:47 2025 Info: MID 28149963 Message-ID '<QL6taAK4ouRnpiPx.36988@exch01.corp.example.net>'
Sun Mar  2 19:00:47 2025 Info: MID 28149963 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:47 2025 Info: MID 28149963 ready 12525 bytes from <newsletter@example.net>
Sun Mar  2 19:00:47 2025 Info: Message done DCID 7012040 MID 28149961 to RID [0]
Sun Mar  2 19:00:47 2025 Info: MID 28149961 RID [0] Response '2.0.0 OK  1712098865 wisjkleoia9msi6323583.53 - gsmtp'
Sun Mar  2 19:00:47 2025 Info: Message finished MID 28149961 done
Sun Mar  2 19:00:48 2025 Info: Message done DCID 7012038 MID 28149962 to RID [0]
Sun Mar  2 19:00:48 2025 Info: MID 28149962 RID [0] Response '2.0.0 OK  1746582749 ebzfllgkejzusi5928062.75 - gsmtp'
Sun Mar  2 19:00:48 2025 Info: Message finished MID 28149962 done
Sun Mar  2 19:00:48 2025 Info: MID 28149963 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:48 2025 Info: Start MID 28149964 ICID 48157553
Sun Mar  2 19:00:48 2025 Info: MID 28149964 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:48 2025 Info: MID 28149964 ICID 48157553 RID 0 To: <carla30@bigmail.example>
Sun Mar  2 19:00:49 2025 Info: MID 28149963 antivirus negative
Sun Mar  2 19:00:49 2025 Info: MID 28149963 Outbreak Filters: verdict negative
Sun Mar  2 19:00:49 2025 Info: MID 28149963 queued for delivery
Sun Mar  2 19:00:49 2025 Info: Delivery start DCID 7012038 MID 28149963 to RID [0]
Sun Mar  2 19:00:49 2025 Info: MID 28149964 Message-ID '<Opnxi6QIvYIH8wEZ.5705@exch01.corp.example.net>'
Sun Mar  2 19:00:49 2025 Info: MID 28149964 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:49 2025 Info: MID 28149964 ready 145561 bytes from <newsletter@example.net>
Sun Mar  2 19:00:49 2025 Info: MID 28149964 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:50 2025 Info: Message done DCID 7012038 MID 28149963 to RID [0]
Sun Mar  2 19:00:50 2025 Info: MID 28149963 RID [0] Response '2.0.0 OK  1774157814 xj2bid0dbdw7si9265373.43 - gsmtp'
Sun Mar  2 19:00:50 2025 Info: Message finished MID 28149963 done
Sun Mar  2 19:00:50 2025 Info: Start MID 28149965 ICID 48157553
Sun Mar  2 19:00:50 2025 Info: MID 28149965 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:50 2025 Info: MID 28149965 ICID 48157553 RID 0 To: <anna.garcia@bigmail.example>
Sun Mar  2 19:00:50 2025 Info: MID 28149965 Message-ID '<l8c0QBJOo1CNAqq7.47943@exch01.corp.example.net>'
Sun Mar  2 19:00:50 2025 Info: MID 28149965 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:50 2025 Info: MID 28149965 ready 12548 bytes from <newsletter@example.net>
Sun Mar  2 19:00:50 2025 Info: MID 28149965 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:51 2025 Info: Start MID 28149966 ICID 48157553
Sun Mar  2 19:00:51 2025 Info: MID 28149966 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:51 2025 Info: MID 28149966 ICID 48157553 RID 0 To: <sean74@bigmail.example>
Sun Mar  2 19:00:52 2025 Info: MID 28149966 Message-ID '<GylKLVJOmatscbAK.33436@exch01.corp.example.net>'
Sun Mar  2 19:00:52 2025 Info: MID 28149966 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:52 2025 Info: MID 28149966 ready 3576 bytes from <newsletter@example.net>
Sun Mar  2 19:00:52 2025 Info: MID 28149964 antivirus negative
Sun Mar  2 19:00:52 2025 Info: MID 28149964 Outbreak Filters: verdict negative
Sun Mar  2 19:00:52 2025 Info: MID 28149964 queued for delivery
Sun Mar  2 19:00:52 2025 Info: Delivery start DCID 7012038 MID 28149964 to RID [0]
Sun Mar  2 19:00:52 2025 Info: MID 28149965 antivirus negative
Sun Mar  2 19:00:52 2025 Info: MID 28149965 Outbreak Filters: verdict negative
Sun Mar  2 19:00:52 2025 Info: MID 28149965 queued for delivery
Sun Mar  2 19:00:52 2025 Info: Delivery start DCID 7012040 MID 28149965 to RID [0]
Sun Mar  2 19:00:53 2025 Info: Message done DCID 7012040 MID 28149965 to RID [0]
Sun Mar  2 19:00:53 2025 Info: MID 28149965 RID [0] Response '2.0.0 OK  1724966511 l82fbqx1aghesi9258040.67 - gsmtp'
Sun Mar  2 19:00:53 2025 Info: Message finished MID 28149965 done
Sun Mar  2 19:00:53 2025 Info: MID 28149966 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:53 2025 Info: Start MID 28149967 ICID 48157553
Sun Mar  2 19:00:53 2025 Info: MID 28149967 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:53 2025 Info: MID 28149967 ICID 48157553 RID 0 To: <umar98@bigmail.example>
Sun Mar  2 19:00:53 2025 Info: Message done DCID 7012038 MID 28149964 to RID [0]
Sun Mar  2 19:00:53 2025 Info: MID 28149964 RID [0] Response '2.0.0 OK  1733415222 f1q2eegtzzoesi2908750.14 - gsmtp'
Sun Mar  2 19:00:53 2025 Info: Message finished MID 28149964 done
Sun Mar  2 19:00:53 2025 Info: MID 28149967 Message-ID '<AG1c79XrHYEHlbCL.75187@exch01.corp.example.net>'
Sun Mar  2 19:00:53 2025 Info: MID 28149967 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:53 2025 Info: MID 28149967 ready 13365 bytes from <newsletter@example.net>
Sun Mar  2 19:00:53 2025 Info: MID 28149967 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:54 2025 Info: Start MID 28149968 ICID 48157553
Sun Mar  2 19:00:54 2025 Info: MID 28149968 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:54 2025 Info: MID 28149968 ICID 48157553 RID 0 To: <aoife.nguyen@bigmail.example>
Sun Mar  2 19:00:54 2025 Info: MID 28149968 Message-ID '<czuHTPjrOWN7ozoA.47751@exch01.corp.example.net>'
Sun Mar  2 19:00:54 2025 Info: MID 28149968 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:54 2025 Info: MID 28149968 ready 44590 bytes from <newsletter@example.net>
Sun Mar  2 19:00:55 2025 Info: DCID 7012038 close
Sun Mar  2 19:00:55 2025 Info: MID 28149967 antivirus negative
Sun Mar  2 19:00:55 2025 Info: MID 28149967 Outbreak Filters: verdict negative
Sun Mar  2 19:00:55 2025 Info: MID 28149967 queued for delivery
Sun Mar  2 19:00:55 2025 Info: Delivery start DCID 7012040 MID 28149967 to RID [0]
Sun Mar  2 19:00:55 2025 Info: MID 28149968 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:55 2025 Info: MID 28149966 antivirus negative
Sun Mar  2 19:00:55 2025 Info: MID 28149966 Outbreak Filters: verdict negative
Sun Mar  2 19:00:55 2025 Info: MID 28149966 queued for delivery
Sun Mar  2 19:00:55 2025 Info: New SMTP DCID 7012041 interface 192.0.2.110 address 198.51.100.222 port 25
Sun Mar  2 19:00:55 2025 Info: DCID 7012041 TLS success protocol TLSv1 cipher DHE-RSA-AES256-SHA
Sun Mar  2 19:00:55 2025 Info: Delivery start DCID 7012041 MID 28149966 to RID [0]
Sun Mar  2 19:00:56 2025 Info: Start MID 28149969 ICID 48157553
Sun Mar  2 19:00:56 2025 Info: MID 28149969 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:56 2025 Info: MID 28149969 ICID 48157553 RID 0 To: <emma.schmidt@bigmail.example>
Sun Mar  2 19:00:56 2025 Info: MID 28149969 Message-ID '<B0YhGFHypX19TxGw.30375@exch01.corp.example.net>'
Sun Mar  2 19:00:56 2025 Info: MID 28149969 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:56 2025 Info: MID 28149969 ready 25996 bytes from <newsletter@example.net>
Sun Mar  2 19:00:57 2025 Info: MID 28149969 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:57 2025 Info: Message done DCID 7012040 MID 28149967 to RID [0]
Sun Mar  2 19:00:57 2025 Info: MID 28149967 RID [0] Response '2.0.0 OK  1736657969 6fcs4cekcgfqsi8216128.53 - gsmtp'
Sun Mar  2 19:00:57 2025 Info: Message finished MID 28149967 done
Sun Mar  2 19:00:57 2025 Info: MID 28149968 antivirus negative
Sun Mar  2 19:00:57 2025 Info: MID 28149968 Outbreak Filters: verdict negative
Sun Mar  2 19:00:57 2025 Info: MID 28149968 queued for delivery
Sun Mar  2 19:00:57 2025 Info: Delivery start DCID 7012040 MID 28149968 to RID [0]
Sun Mar  2 19:00:57 2025 Info: Start MID 28149970 ICID 48157553
Sun Mar  2 19:00:57 2025 Info: MID 28149970 ICID 48157553 From: <newsletter@example.net>
Sun Mar  2 19:00:57 2025 Info: MID 28149970 ICID 48157553 RID 0 To: <umar72@bigmail.example>
Sun Mar  2 19:00:57 2025 Info: Message done DCID 7012041 MID 28149966 to RID [0]
Sun Mar  2 19:00:57 2025 Info: MID 28149966 RID [0] Response '2.0.0 OK  1723167269 cyhdfytcvylysi4876410.32 - gsmtp'
Sun Mar  2 19:00:57 2025 Info: Message finished MID 28149966 done
Sun Mar  2 19:00:57 2025 Info: MID 28149969 antivirus negative
Sun Mar  2 19:00:57 2025 Info: MID 28149969 Outbreak Filters: verdict negative
Sun Mar  2 19:00:57 2025 Info: MID 28149969 queued for delivery
Sun Mar  2 19:00:57 2025 Info: Delivery start DCID 7012041 MID 28149969 to RID [0]
Sun Mar  2 19:00:58 2025 Info: MID 28149970 Message-ID '<zcGHR90uTzR0kRKZ.39357@exch01.corp.example.net>'
Sun Mar  2 19:00:58 2025 Info: MID 28149970 Subject 'Newsletter: March edition'
Sun Mar  2 19:00:58 2025 Info: MID 28149970 ready 9839 bytes from <newsletter@example.net>
Sun Mar  2 19:00:58 2025 Info: MID 28149970 matched all recipients for per-recipient policy BULK in the outbound table
Sun Mar  2 19:00:58 2025 Info: Message done DCID 7012040 MID 28149968 to RID [0]
Sun Mar  2 19:00:58 2025 Info: MID 28149968 RID [0] Response '2.0.0 OK  1795958000 juw6dvu35v4jsi9666092.60 - gsmtp'
Sun Mar  2 19:00:58 2025 Info: Message finished MID 28149968 done
Sun Mar  2 19:00:58 2025 Info: ICID 48157553 close
Sun Mar  2 19:00:59 2025 Info: Message done DCID 7012041 MID 28149969 to RID [0]
Sun Mar  2 19:00:59 2025 Info: MID 28149969 RID [0] Response '2.0.0 OK  1763983293 qcuwqltwr7ufsi3857796.79 - gsmtp'
Sun Mar  2 19:00:59 2025 Info: Message finished MID 28149969 done
Sun Mar  2 19:01:00 2025 Info: MID 28149970 antivirus negative
Sun Mar  2 19:01:00 2025 Info: MID 28149970 Outbreak Filters: verdict negative
Sun Mar  2 19:01:00 2025 Info: MID 28149970 queued for delivery
Sun Mar  2 19:01:00 2025 Info: Delivery start DCID 7012040 MID 28149970 to RID [0]
Sun Mar  2 19:01:02 2025 Info: Message done DCID 7012040 MID 28149970 to RID [0]
Sun Mar  2 19:01:02 2025 Info: MID 28149970 RID [0] Response '2.0.0 OK  1788723395 n9yu9i5u9gdlsi6660619.93 - gsmtp'
Sun Mar  2 19:01:02 2025 Info: Message finished MID 28149970 done
Sun Mar  2 19:01:06 2025 Info: DCID 7012041 close
Sun Mar  2 19:01:11 2025 Info: DCID 7012040 close
Sun Mar  2 19:02:03 2025 Info: New SMTP DCID 7012042 interface 192.0.2.110 address 203.0.113.30
Sun Mar  2 19:02:03 2025 Info: DCID 7012042 TLS success protocol TLSv1 cipher DHE-RSA-AES256-SHA
Sun Mar  2 19:02:03 2025 Info: Delivery start DCID 7012042 MID 28149947 to RID [0]
Sun Mar  2 19:02:05 2025 Info: Message done DCID 7012042 MID 28149947 to RID [0]
Sun Mar  2 19:02:05 2025 Info: MID 28149947 RID [0] Response '2.0.0 OK  1727974427 xftzjt7uqdswsi4331855.64 - gsmtp'
Sun Mar  2 19:02:05 2025 Info: Message finished MID 28149947 done
Sun Mar  2 19:02:15 2025 Info: DCID 7012042 close
Sun Mar  2 19:30:40 2025 Info: New SMTP ICID 48157554 interface Data 1 (192.0.2.10) address 203.0.113.99 reverse dns host unknown verified no
Sun Mar  2 19:30:40 2025 Info: ICID 48157554 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.6 country United Kingdom
Sun Mar  2 19:30:40 2025 Info: ICID 48157554 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Sun Mar  2 19:30:42 2025 Info: Start MID 28149971 ICID 48157554
Sun Mar  2 19:30:42 2025 Info: MID 28149971 ICID 48157554 From: <yusuf85@northhotels.example.de>
Sun Mar  2 19:30:42 2025 Info: MID 28149971 ICID 48157554 RID 0 To: <sales@example.net>
Sun Mar  2 19:30:42 2025 Info: MID 28149971 Message-ID '<5R07GkrgXrfyFqXo.40866@northhotels.example.de>'
Sun Mar  2 19:30:42 2025 Info: MID 28149971 Subject 'It\'s \'urgent\' say "they"'
Sun Mar  2 19:30:42 2025 Info: MID 28149971 ready 10274 bytes from <yusuf85@northhotels.example.de>
Sun Mar  2 19:30:43 2025 Info: ICID 48157554 close
Sun Mar  2 19:30:43 2025 Info: MID 28149971 SPF: mailfrom identity yusuf85@northhotels.example.de Pass (v=spf1)
Sun Mar  2 19:30:43 2025 Info: MID 28149971 DKIM: pass signature verified (d=northhotels.example.de s=selector1 i=@northhotels.example.de)
Sun Mar  2 19:30:43 2025 Info: MID 28149971 DMARC: Message from domain northhotels.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Sun Mar  2 19:30:43 2025 Info: MID 28149971 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar  2 19:30:43 2025 Info: MID 28149971 interim verdict using engine: CASE spam negative
Sun Mar  2 19:30:43 2025 Info: MID 28149971 interim AV verdict using Sophos CLEAN
Sun Mar  2 19:30:43 2025 Info: MID 28149971 AMP file reputation verdict : SKIPPED (no attachment in message)
Sun Mar  2 19:30:43 2025 Info: MID 28149971 using engine: CASE spam negative
Sun Mar  2 19:30:43 2025 Info: MID 28149971 antivirus negative
Sun Mar  2 19:30:43 2025 Info: MID 28149971 using engine: GRAYMAIL negative
Sun Mar  2 19:30:43 2025 Info: MID 28149971 Outbreak Filters: verdict negative
Sun Mar  2 19:30:43 2025 Info: MID 28149971 queued for delivery
Sun Mar  2 19:30:44 2025 Info: New SMTP DCID 7012043 interface 192.0.2.110 address 10.20.0.11 port 25
Sun Mar  2 19:30:44 2025 Info: DCID 7012043 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Sun Mar  2 19:30:44 2025 Info: Delivery start DCID 7012043 MID 28149971 to RID [0]
Sun Mar  2 19:30:44 2025 Info: Message done DCID 7012043 MID 28149971 to RID [0]
Sun Mar  2 19:30:44 2025 Info: MID 28149971 RID [0] Response '2.6.0 <xlzfCbCCcd38qEW7s1lLWwrJ@example.net> [InternalId=59088908560, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Sun Mar  2 19:30:44 2025 Info: Message finished MID 28149971 done
Sun Mar  2 19:30:52 2025 Info: DCID 7012043 close
Sun Mar  2 20:26:21 2025 Info: New smtp ICID 48157555 interface Data 1 (192.0.2.10) address 198.51.100.53 reverse dns host mail9.alpine-bank.example.de verified yes
Sun Mar  2 20:26:21 2025 Info: ICID 48157555 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.3 country Ireland
Sun Mar  2 20:26:21 2025 Info: ICID 48157555 TLS failed: (336151574, 'error:14094416:SSL routines:ssl3_read_bytes:sslv3 alert certificate unknown')
Sun Mar  2 20:26:23 2025 Info: Start MID 28149972 ICID 48157555
Sun Mar  2 20:26:23 2025 Info: MID 28149972 ICID 48157555 From: <umar.costa@alpine-bank.example.de>
Sun Mar  2 20:26:23 2025 Info: MID 28149972 ICID 48157555 RID 0 To: <sean.kim@example.net>
Sun Mar  2 20:26:23 2025 Info: MID 28149972 ICID 48157555 RID 1 To: <wei.jensen@example.net>
Sun Mar  2 20:26:23 2025 Info: MID 28149972 Message-ID '<RG1kCq5v1f3ZVNk9.12129@alpine-bank.example.de>'
Sun Mar  2 20:26:23 2025 Info: MID 28149972 Subject "Don't forget the deadline"
Sun Mar  2 20:26:23 2025 Info: MID 28149972 ready 46074 bytes from <umar.costa@alpine-bank.example.de>
Sun Mar  2 20:26:23 2025 Info: MID 28149972 SPF: mailfrom identity umar.costa@alpine-bank.example.de Pass (v=spf1)
Sun Mar  2 20:26:23 2025 Info: MID 28149972 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar  2 20:26:23 2025 Info: MID 28149972 interim verdict using engine: CASE spam negative
Sun Mar  2 20:26:24 2025 Info: Start MID 28149973 ICID 48157555
Sun Mar  2 20:26:24 2025 Info: MID 28149973 ICID 48157555 From: <wei.kowalski@alpine-bank.example.de>
Sun Mar  2 20:26:24 2025 Info: MID 28149973 ICID 48157555 RID 0 To: <zoe.ivanova@example.org>
Sun Mar  2 20:26:25 2025 Info: MID 28149973 Message-ID '<u7NSNwr1kvUO85Sf.77890@alpine-bank.example.de>'
Sun Mar  2 20:26:25 2025 Info: MID 28149973 Subject "O'Brien & Sons proposal"
Sun Mar  2 20:26:25 2025 Info: MID 28149973 ready 5812 bytes from <wei.kowalski@alpine-bank.example.de>
Sun Mar  2 20:26:25 2025 Info: MID 28149973 SPF: mailfrom identity wei.kowalski@alpine-bank.example.de Pass (v=spf1)
Sun Mar  2 20:26:25 2025 Info: MID 28149973 DKIM: pass signature verified (d=alpine-bank.example.de s=selector1 i=@alpine-bank.example.de)
Sun Mar  2 20:26:25 2025 Info: MID 28149973 DMARC: Message from domain alpine-bank.example.de, DMARC pass (SPF aligned True, DKIM aligned True)
Sun Mar  2 20:26:25 2025 Info: MID 28149973 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: alpine-bank.example.de
Sun Mar  2 20:26:25 2025 Info: MID 28149973 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar  2 20:26:25 2025 Info: MID 28149973 interim verdict using engine: CASE spam negative
Sun Mar  2 20:26:25 2025 Info: ICID 48157555 close
Sun Mar  2 20:26:26 2025 Info: MID 28149972 interim AV verdict using Sophos CLEAN
Sun Mar  2 20:26:26 2025 Info: MID 28149972 using engine: CASE spam negative
Sun Mar  2 20:26:26 2025 Info: MID 28149972 antivirus negative
Sun Mar  2 20:26:26 2025 Info: MID 28149972 using engine: GRAYMAIL negative
Sun Mar  2 20:26:26 2025 Info: MID 28149972 Outbreak Filters: verdict negative
Sun Mar  2 20:26:26 2025 Info: MID 28149972 queued for delivery
Sun Mar  2 20:26:26 2025 Info: New SMTP DCID 7012044 interface 192.0.2.110 address 10.20.0.10 port 25
Sun Mar  2 20:26:26 2025 Info: DCID 7012044 TLS failed: (336130315, 'error:1408F10B:SSL routines:ssl3_get_record:wrong version number')
Sun Mar  2 20:26:26 2025 Info: Delivery start DCID 7012044 MID 28149972 to RID [0, 1]
Sun Mar  2 20:26:27 2025 Info: MID 28149973 interim AV verdict using Sophos CLEAN
Sun Mar  2 20:26:27 2025 Info: MID 28149973 AMP file reputation verdict : SKIPPED (no attachment in message)
Sun Mar  2 20:26:27 2025 Info: MID 28149973 using engine: CASE spam negative
Sun Mar  2 20:26:27 2025 Info: MID 28149973 antivirus negative
Sun Mar  2 20:26:27 2025 Info: MID 28149973 using engine: GRAYMAIL negative
Sun Mar  2 20:26:27 2025 Info: MID 28149973 Outbreak Filters: verdict negative
Sun Mar  2 20:26:27 2025 Info: MID 28149973 queued for delivery
Sun Mar  2 20:26:27 2025 Info: Message done DCID 7012044 MID 28149972 to RID [0, 1]
Sun Mar  2 20:26:27 2025 Info: MID 28149972 RID [0, 1] Response '2.6.0 <5FfYFevYTIQJOcGZsDkt8XyM@example.net> [InternalId=35997580242, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Sun Mar  2 20:26:27 2025 Info: Message finished MID 28149972 done
Sun Mar  2 20:26:27 2025 Info: New SMTP DCID 7012045 interface 192.0.2.110 address 10.30.0.25 port 25
Sun Mar  2 20:26:27 2025 Info: DCID 7012045 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Sun Mar  2 20:26:27 2025 Info: Delivery start DCID 7012045 MID 28149973 to RID [0]
Sun Mar  2 20:26:28 2025 Info: Message done DCID 7012045 MID 28149973 to RID [0]
Sun Mar  2 20:26:28 2025 Info: MID 28149973 RID [0] Response '2.6.0 <xoJtwsqSu6T90wOJUJlvkfjn@example.net> [InternalId=91460649909, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Sun Mar  2 20:26:28 2025 Info: Message finished MID 28149973 done
Sun Mar  2 20:26:30 2025 Info: DCID 7012045 close
Sun Mar  2 20:26:33 2025 Info: DCID 7012044 close
Sun Mar  2 21:11:10 2025 Info: New SMTP ICID 48157556 interface Data 2 (10.20.0.20) address 10.20.1.11 reverse dns host exch02.corp.example.net verified yes
Sun Mar  2 21:11:10 2025 Info: ICID 48157556 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Sun Mar  2 21:11:11 2025 Info: Start MID 28149974 ICID 48157556
Sun Mar  2 21:11:11 2025 Info: MID 28149974 ICID 48157556 From: <greta.kim@example.net>
Sun Mar  2 21:11:11 2025 Info: MID 28149974 ICID 48157556 RID 0 To: <tara79@swiftbank.example>
Sun Mar  2 21:11:11 2025 Info: MID 28149974 Subject 'Q1 plan (v2)'
Sun Mar  2 21:11:11 2025 Info: MID 28149974 ready 9979 bytes from <greta.kim@example.net>
Sun Mar  2 21:11:11 2025 Info: MID 28149974 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sun Mar  2 21:11:11 2025 Info: ICID 48157556 close
Sun Mar  2 21:11:13 2025 Info: MID 28149974 antivirus negative
Sun Mar  2 21:11:13 2025 Info: MID 28149974 Outbreak Filters: verdict negative
Sun Mar  2 21:11:13 2025 Info: MID 28149974 queued for delivery
Sun Mar  2 21:11:13 2025 Info: New SMTP DCID 7012046 interface 192.0.2.110 address 198.51.100.198
Sun Mar  2 21:11:13 2025 Info: DCID 7012046 TLS failed: [Errno 104] Connection reset by peer
Sun Mar  2 21:11:13 2025 Info: Delivery start DCID 7012046 MID 28149974 to RID [0]
Sun Mar  2 21:11:13 2025 Info: Bounced: DCID 7012046 MID 28149974 to RID 0 - 5.7.1 - Delivery not authorized, message refused ('554', ['5.7.1 Message rejected due to content restrictions']) []
Sun Mar  2 21:11:13 2025 Info: MID 28149975 was generated for bounce of MID 28149974
Sun Mar  2 21:11:13 2025 Info: Start MID 28149975 ICID 0
Sun Mar  2 21:11:13 2025 Info: Message finished MID 28149974 done
Sun Mar  2 21:11:14 2025 Info: MID 28149975 ICID 0 From: <>
Sun Mar  2 21:11:14 2025 Info: MID 28149975 ICID 0 RID 0 To: <greta.kim@example.net>
Sun Mar  2 21:11:14 2025 Info: MID 28149975 ready 14492 bytes from <>
Sun Mar  2 21:11:14 2025 Info: MID 28149975 interim AV verdict using Sophos CLEAN
Sun Mar  2 21:11:14 2025 Info: MID 28149975 using engine: CASE spam negative
Sun Mar  2 21:11:14 2025 Info: MID 28149975 antivirus negative
Sun Mar  2 21:11:14 2025 Info: MID 28149975 using engine: GRAYMAIL negative
Sun Mar  2 21:11:14 2025 Info: MID 28149975 Outbreak Filters: verdict negative
Sun Mar  2 21:11:14 2025 Info: MID 28149975 queued for delivery
Sun Mar  2 21:11:14 2025 Info: New SMTP DCID 7012047 interface 192.0.2.110 address 10.20.0.11 port 25
Sun Mar  2 21:11:14 2025 Info: DCID 7012047 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Sun Mar  2 21:11:14 2025 Info: Delivery start DCID 7012047 MID 28149975 to RID [0]
Sun Mar  2 21:11:14 2025 Info: Message done DCID 7012047 MID 28149975 to RID [0]
Sun Mar  2 21:11:14 2025 Info: MID 28149975 RID [0] Response '2.6.0 <che5B9w5zT6fV00kNPMvuDbL@example.net> [InternalId=61605753979, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Sun Mar  2 21:11:14 2025 Info: Message finished MID 28149975 done
Sun Mar  2 21:11:16 2025 Info: DCID 7012047 close
Sun Mar  2 21:11:23 2025 Info: DCID 7012046 close
Sun Mar  2 21:51:43 2025 Info: New SMTP ICID 48157557 interface Data 1 (192.0.2.10) address 203.0.113.141 reverse dns host mail9.bigmail.example verified yes
Sun Mar  2 21:51:43 2025 Info: ICID 48157557 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.0 country United States
Sun Mar  2 21:51:43 2025 Info: ICID 48157557 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar  2 21:51:44 2025 Info: Start MID 28149976 ICID 48157557
Sun Mar  2 21:51:44 2025 Info: MID 28149976 ICID 48157557 From: <alerts@bigmail.example>
Sun Mar  2 21:51:44 2025 Info: MID 28149976 ICID 48157557 RID 0 To: <alerts@example.net>
Sun Mar  2 21:51:45 2025 Info: MID 28149976 Subject 'Lunch on Friday?'
Sun Mar  2 21:51:45 2025 Info: MID 28149976 ready 3520 bytes from <alerts@bigmail.example>
Sun Mar  2 21:51:45 2025 Info: ICID 48157557 close
Sun Mar  2 21:51:45 2025 Info: MID 28149976 SPF: mailfrom identity alerts@bigmail.example Pass (v=spf1)
Sun Mar  2 21:51:45 2025 Info: MID 28149976 DKIM: pass signature verified (d=bigmail.example s=selector1 i=@bigmail.example)
Sun Mar  2 21:51:45 2025 Info: MID 28149976 DMARC: Message from domain bigmail.example, DMARC pass (SPF aligned True, DKIM aligned True)
Sun Mar  2 21:51:45 2025 Info: MID 28149976 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: bigmail.example
Sun Mar  2 21:51:45 2025 Info: MID 28149976 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar  2 21:51:45 2025 Info: MID 28149976 interim verdict using engine: CASE spam negative
Sun Mar  2 21:51:45 2025 Info: MID 28149976 interim AV verdict using Sophos CLEAN
Sun Mar  2 21:51:45 2025 Info: MID 28149976 using engine: CASE spam negative
Sun Mar  2 21:51:45 2025 Info: MID 28149976 antivirus negative
Sun Mar  2 21:51:45 2025 Info: MID 28149976 using engine: GRAYMAIL marketing_mail
Sun Mar  2 21:51:45 2025 Info: MID 28149976 Outbreak Filters: verdict negative
Sun Mar  2 21:51:45 2025 Info: MID 28149976 queued for delivery
Sun Mar  2 21:51:45 2025 Info: New SMTP DCID 7012048 interface 192.0.2.110 address 10.20.0.10 port 25
Sun Mar  2 21:51:46 2025 Info: DCID 7012048 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar  2 21:51:46 2025 Info: Delivery start DCID 7012048 MID 28149976 to RID [0]
Sun Mar  2 21:51:46 2025 Info: Message done DCID 7012048 MID 28149976 to RID [0]
Sun Mar  2 21:51:46 2025 Info: MID 28149976 RID [0] Response '2.6.0 <GVvaTshelV6G6Yg7yu0w40xF@example.net> [InternalId=25700863439, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Sun Mar  2 21:51:46 2025 Info: Message finished MID 28149976 done
Sun Mar  2 21:51:53 2025 Info: DCID 7012048 close
Sun Mar  2 22:49:26 2025 Info: New SMTP ICID 48157558 interface Data 2 (10.20.0.20) address 10.20.1.12 reverse dns host exch01.corp.example.net verified yes
Sun Mar  2 22:49:26 2025 Info: ICID 48157558 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Sun Mar  2 22:49:27 2025 Info: Start MID 28149977 ICID 48157558
Sun Mar  2 22:49:27 2025 Info: MID 28149977 ICID 48157558 From: <pablo.silva@example.org>
Sun Mar  2 22:49:27 2025 Info: MID 28149977 ICID 48157558 RID 0 To: <umar.obrien@primesystems.example>
Sun Mar  2 22:49:27 2025 Info: MID 28149977 ICID 48157558 RID 1 To: <rosa.garcia@primesystems.example>
Sun Mar  2 22:49:27 2025 Info: MID 28149977 Message-ID 'CprGYtWPrVZjCXug.2549@exch01.corp.example.net'
Sun Mar  2 22:49:27 2025 Info: MID 28149977 Subject 'Security alert'
Sun Mar  2 22:49:27 2025 Info: MID 28149977 ready 6430 bytes from <pablo.silva@example.org>
Sun Mar  2 22:49:27 2025 Info: MID 28149977 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sun Mar  2 22:49:27 2025 Info: ICID 48157558 close
Sun Mar  2 22:49:29 2025 Info: MID 28149977 antivirus negative
Sun Mar  2 22:49:29 2025 Info: MID 28149977 Outbreak Filters: verdict negative
Sun Mar  2 22:49:29 2025 Info: MID 28149977 queued for delivery
Sun Mar  2 22:49:30 2025 Info: New SMTP DCID 7012049 interface 192.0.2.110 address 198.51.100.242 port 25
Sun Mar  2 22:49:30 2025 Info: DCID 7012049 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar  2 22:49:30 2025 Info: Delivery start DCID 7012049 MID 28149977 to RID [0, 1]
Sun Mar  2 22:49:30 2025 Info: Message done DCID 7012049 MID 28149977 to RID [0, 1]
Sun Mar  2 22:49:30 2025 Info: MID 28149977 RID [0, 1] Response '2.0.0 Ok: queued as xFzP4Erm2VS9p7'
Sun Mar  2 22:49:30 2025 Info: Message finished MID 28149977 done
Sun Mar  2 22:49:37 2025 Info: DCID 7012049 close
Sun Mar  2 22:58:45 2025 Info: New SMTP ICID 48157559 interface Data 2 (10.20.0.20) address 10.20.1.10 reverse dns host exch04.corp.example.net verified yes
Sun Mar  2 22:58:45 2025 Info: ICID 48157559 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Sun Mar  2 22:58:45 2025 Info: ICID 48157559 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Sun Mar  2 22:58:46 2025 Info: Start MID 28149978 ICID 48157559
Sun Mar  2 22:58:46 2025 Info: MID 28149978 ICID 48157559 From: <jonas.haddad@example.org>
Sun Mar  2 22:58:46 2025 Info: MID 28149978 ICID 48157559 RID 0 To: <olga.berg@bluehealth.example.co.uk>
Sun Mar  2 22:58:46 2025 Info: MID 28149978 ICID 48157559 RID 1 To: <umar.haddad@quietprint.example.com>
Sun Mar  2 22:58:46 2025 Info: MID 28149978 ICID 48157559 RID 2 To: <ines.okafor@bluebank.example>
Sun Mar  2 22:58:46 2025 Info: MID 28149978 ICID 48157559 RID 3 To: <emma63@brightmotors.test>
Sun Mar  2 22:58:46 2025 Info: MID 28149978 ICID 48157559 RID 4 To: <zoe.larsen@example.net>
Sun Mar  2 22:58:46 2025 Info: MID 28149978 Message-ID '<xowbFZxWFNdjq4mv.60041@exch01.corp.example.net>'
Sun Mar  2 22:58:46 2025 Info: MID 28149978 Subject 'Your statement is ready'
Sun Mar  2 22:58:46 2025 Info: MID 28149978 ready 34680 bytes from <jonas.haddad@example.org>
Sun Mar  2 22:58:46 2025 Info: ICID 48157559 close
Sun Mar  2 22:58:47 2025 Info: MID 28149978 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sun Mar  2 22:58:47 2025 Info: MID 28149978 antivirus negative
Sun Mar  2 22:58:47 2025 Info: MID 28149978 Outbreak Filters: verdict negative
Sun Mar  2 22:58:47 2025 Info: MID 28149978 queued for delivery
Sun Mar  2 22:58:47 2025 Info: DCID 7012050 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Sun Mar  2 22:58:47 2025 Info: New SMTP DCID 7012050 interface 192.0.2.110 address 10.20.0.11 port 25
Sun Mar  2 22:58:47 2025 Info: New SMTP DCID 7012051 interface 192.0.2.110 address 203.0.113.215 port 25
Sun Mar  2 22:58:47 2025 Info: New SMTP DCID 7012052 interface 192.0.2.110 address 203.0.113.210 port 25
Sun Mar  2 22:58:48 2025 Info: New SMTP DCID 7012053 interface 192.0.2.110 address 203.0.113.151 port 25
Sun Mar  2 22:58:48 2025 Info: DCID 7012052 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Sun Mar  2 22:58:48 2025 Info: New SMTP DCID 7012054 interface 192.0.2.110 address 203.0.113.90 port 25
Sun Mar  2 22:58:48 2025 Info: Delivery start DCID 7012052 MID 28149978 to RID [3]
Sun Mar  2 22:58:48 2025 Info: DCID 7012054 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Sun Mar  2 22:58:48 2025 Info: Delivery start DCID 7012050 MID 28149978 to RID [4]
Sun Mar  2 22:58:48 2025 Info: Delivery start DCID 7012054 MID 28149978 to RID [2]
Sun Mar  2 22:58:48 2025 Info: Delivery start DCID 7012051 MID 28149978 to RID [0]
Sun Mar  2 22:58:48 2025 Info: DCID 7012053 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Sun Mar  2 22:58:48 2025 Info: Message done DCID 7012051 MID 28149978 to RID [0]
Sun Mar  2 22:58:48 2025 Info: MID 28149978 RID [0] Response '2.0.0 Ok: queued as CwepfW1mA8lNs7'
Sun Mar  2 22:58:48 2025 Info: Delivery start DCID 7012053 MID 28149978 to RID [1]
Sun Mar  2 22:58:48 2025 Info: Message done DCID 7012052 MID 28149978 to RID [3]
Sun Mar  2 22:58:48 2025 Info: MID 28149978 RID [3] Response '2.0.0 Ok: queued as azK5H3nncoAbG1'
Sun Mar  2 22:58:48 2025 Info: Message done DCID 7012050 MID 28149978 to RID [4]
Sun Mar  2 22:58:48 2025 Info: MID 28149978 RID [4] Response '2.6.0 <wbQSm4w9ffs3NnrrBCRBsRCg@example.net> [InternalId=34017579163, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Sun Mar  2 22:58:48 2025 Info: Message done DCID 7012054 MID 28149978 to RID [2]
Sun Mar  2 22:58:48 2025 Info: MID 28149978 RID [2] Response '2.0.0 Ok: queued as 5rJWrBmCvRHojV'
Sun Mar  2 22:58:48 2025 Info: Message done DCID 7012053 MID 28149978 to RID [1]
Sun Mar  2 22:58:48 2025 Info: MID 28149978 RID [1] Response '2.0.0 Ok: queued as ehrQRACXG6sCjd'
Sun Mar  2 22:58:48 2025 Info: Message finished MID 28149978 done
Sun Mar  2 22:58:49 2025 Info: DCID 7012054 close
Sun Mar  2 22:58:51 2025 Info: DCID 7012051 close
Sun Mar  2 22:58:51 2025 Info: DCID 7012050 close
Sun Mar  2 22:58:51 2025 Info: DCID 7012052 close
Sun Mar  2 22:58:54 2025 Info: DCID 7012053 close
Mon Mar  3 00:52:22 2025 Info: New SMTP ICID 48157560 interface Data 2 (10.20.0.20) address 10.20.1.14 reverse dns host exch03.corp.example.net verified yes
Mon Mar  3 00:52:22 2025 Info: ICID 48157560 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 00:52:22 2025 Info: ICID 48157560 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 00:52:23 2025 Info: Start MID 28149979 ICID 48157560
Mon Mar  3 00:52:23 2025 Info: MID 28149979 ICID 48157560 From: <ben.berg@example.net>
Mon Mar  3 00:52:23 2025 Info: MID 28149979 ICID 48157560 RID 0 To: <jonas39@silver-finance.example>
Mon Mar  3 00:52:23 2025 Info: MID 28149979 Message-ID '<5H3S1K4GCFua9Lwj.20270@exch01.corp.example.net>'
