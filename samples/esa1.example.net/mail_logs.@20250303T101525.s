Mon Mar  3 10:15:25 2025 Info: Begin Logfile
Mon Mar  3 10:15:25 2025 Info: Version: 15.0.0-104 SN: 424065AFD2D529EB6165-55C24BE7BA1F
Mon Mar  3 10:15:25 2025 Info: Time offset from UTC: -18000 seconds
Mon Mar  3 10:15:25 2025 Info: MID 28150007 Message-ID '<dnE3L0cCLESw0uLj.54846@exch01.corp.example.net>'
Mon Mar  3 10:15:25 2025 Info: MID 28150007 Subject 'Password expiry notice'
Mon Mar  3 10:15:25 2025 Info: MID 28150007 ready 66213 bytes from <wei.dubois@example.net>
Mon Mar  3 10:15:26 2025 Info: MID 28150007 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 10:15:26 2025 Info: Start MID 28150008 ICID 48157573
Mon Mar  3 10:15:26 2025 Info: MID 28150008 ICID 48157573 From: <sven.kowalski@example.net>
Mon Mar  3 10:15:26 2025 Info: MID 28150008 ICID 48157573 RID 0 To: <wei.berg@iron-finance.example>
Mon Mar  3 10:15:26 2025 Info: MID 28150006 antivirus negative
Mon Mar  3 10:15:26 2025 Info: MID 28150006 Outbreak Filters: verdict negative
Mon Mar  3 10:15:26 2025 Info: MID 28150006 queued for delivery
Mon Mar  3 10:15:27 2025 Info: MID 28150007 antivirus negative
Mon Mar  3 10:15:27 2025 Info: MID 28150007 Outbreak Filters: verdict negative
Mon Mar  3 10:15:27 2025 Info: MID 28150007 queued for delivery
Mon Mar  3 10:15:27 2025 Info: New SMTP DCID 7012095 interface 192.0.2.110 address 198.51.100.41
Mon Mar  3 10:15:27 2025 Info: New SMTP DCID 7012096 interface 192.0.2.110 address 203.0.113.232 port 25
Mon Mar  3 10:15:27 2025 Info: DCID 7012095 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 10:15:27 2025 Info: MID 28150008 Message-ID '<UBWOI03tmHyP9n5q.16872@exch01.corp.example.net>'
Mon Mar  3 10:15:27 2025 Info: MID 28150008 Subject 'Angebot für Müller GmbH'
Mon Mar  3 10:15:27 2025 Info: MID 28150008 ready 25732 bytes from <sven.kowalski@example.net>
Mon Mar  3 10:15:27 2025 Info: Delivery start DCID 7012095 MID 28150007 to RID [0]
Mon Mar  3 10:15:27 2025 Info: DCID 7012096 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 10:15:27 2025 Info: Delivery start DCID 7012096 MID 28150006 to RID [0]
Mon Mar  3 10:15:27 2025 Info: Start MID 28150009 ICID 48157573
Mon Mar  3 10:15:27 2025 Info: MID 28150009 ICID 48157573 From: <nils.jensen@example.net>
Mon Mar  3 10:15:27 2025 Info: MID 28150009 ICID 48157573 RID 0 To: <sean25@alpine-bank.example.de>
Mon Mar  3 10:15:27 2025 Info: MID 28150009 ICID 48157573 RID 1 To: <hugo.berg@example.net>
Mon Mar  3 10:15:27 2025 Info: MID 28150009 ICID 48157573 RID 2 To: <ben.novak@bluetelecom.example.com>
Mon Mar  3 10:15:27 2025 Info: MID 28150009 ICID 48157573 RID 3 To: <carla.kim@example.net>
Mon Mar  3 10:15:27 2025 Info: MID 28150009 ICID 48157573 RID 4 To: <keiko48@mailbox.test>
Mon Mar  3 10:15:27 2025 Info: Message done DCID 7012095 MID 28150007 to RID [0]
Mon Mar  3 10:15:27 2025 Info: MID 28150007 RID [0] Response '2.0.0 Ok: queued as JPwZSEsBZ49SXd'
Mon Mar  3 10:15:27 2025 Info: Message finished MID 28150007 done
Mon Mar  3 10:15:27 2025 Info: MID 28150008 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 10:15:28 2025 Info: Message done DCID 7012096 MID 28150006 to RID [0]
Mon Mar  3 10:15:28 2025 Info: MID 28150006 RID [0] Response '2.0.0 OK  1728487885 iwlc6tyxh4gjsi5343311.96 - gsmtp'
Mon Mar  3 10:15:28 2025 Info: Message finished MID 28150006 done
Mon Mar  3 10:15:28 2025 Info: MID 28150009 Message-ID '<3IMO3KILUJUecPnE.54773@exch01.corp.example.net>'
Mon Mar  3 10:15:28 2025 Info: MID 28150009 ready 86867 bytes from <nils.jensen@example.net>
Mon Mar  3 10:15:28 2025 Info: ICID 48157573 close
Mon Mar  3 10:15:28 2025 Info: MID 28150009 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 10:15:28 2025 Info: MID 28150008 antivirus negative
Mon Mar  3 10:15:28 2025 Info: MID 28150008 Outbreak Filters: verdict negative
Mon Mar  3 10:15:28 2025 Info: MID 28150008 queued for delivery
Mon Mar  3 10:15:29 2025 Info: New SMTP DCID 7012097 interface 192.0.2.110 address 198.51.100.71 port 25
Mon Mar  3 10:15:29 2025 Info: DCID 7012097 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 10:15:29 2025 Info: Delivery start DCID 7012097 MID 28150008 to RID [0]
Mon Mar  3 10:15:29 2025 Info: Delayed: DCID 7012097 MID 28150008 to RID 0 - 4.2.2 - Mailbox full ('452', ['4.2.2 Mailbox full, try again later']) []
Mon Mar  3 10:15:29 2025 Info: Message 28150008 to RID [0] pending till Mon Mar  3 10:17:19 2025
Mon Mar  3 10:15:31 2025 Info: DCID 7012097 close
Mon Mar  3 10:15:31 2025 Info: MID 28150009 antivirus negative
Mon Mar  3 10:15:31 2025 Info: MID 28150009 Outbreak Filters: verdict negative
Mon Mar  3 10:15:31 2025 Info: MID 28150009 queued for delivery
Mon Mar  3 10:15:31 2025 Info: New SMTP DCID 7012098 interface 192.0.2.110 address 198.51.100.27 port 25
Mon Mar  3 10:15:31 2025 Info: New SMTP DCID 7012099 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 10:15:31 2025 Info: New SMTP DCID 7012100 interface 192.0.2.110 address 203.0.113.47 port 25
Mon Mar  3 10:15:31 2025 Info: DCID 7012099 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 10:15:31 2025 Info: New SMTP DCID 7012101 interface 192.0.2.110 address 203.0.113.160 port 25
Mon Mar  3 10:15:31 2025 Info: Delivery start DCID 7012099 MID 28150009 to RID [1, 3]
Mon Mar  3 10:15:31 2025 Info: DCID 7012098 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 10:15:31 2025 Info: Delivery start DCID 7012098 MID 28150009 to RID [0]
Mon Mar  3 10:15:31 2025 Info: DCID 7012101 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384 
Mon Mar  3 10:15:31 2025 Info: Delivery start DCID 7012101 MID 28150009 to RID [4]
Mon Mar  3 10:15:31 2025 Info: DCID 7012100 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 10:15:31 2025 Info: Delivery start DCID 7012100 MID 28150009 to RID [2]
Mon Mar  3 10:15:31 2025 Info: Message done DCID 7012099 MID 28150009 to RID [1, 3]
Mon Mar  3 10:15:31 2025 Info: MID 28150009 RID [1, 3] Response '2.6.0 <L9wvyY42vkQSJFxKdAkVqqgG@example.net> [InternalId=96400774075, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:15:31 2025 Info: Message done DCID 7012098 MID 28150009 to RID [0]
Mon Mar  3 10:15:31 2025 Info: MID 28150009 RID [0] Response '2.0.0 Ok: queued as MRPEVd2SCaQQqn'
Mon Mar  3 10:15:31 2025 Info: DCID 7012096 close
Mon Mar  3 10:15:32 2025 Info: Message done DCID 7012100 MID 28150009 to RID [2]
Mon Mar  3 10:15:32 2025 Info: MID 28150009 RID [2] Response '2.0.0 Ok: queued as W3ptIx13tsMFtO'
Mon Mar  3 10:15:32 2025 Info: Message done DCID 7012101 MID 28150009 to RID [4]
Mon Mar  3 10:15:32 2025 Info: MID 28150009 RID [4] Response '2.0.0 OK  1784965794 ip2nonkrnxwcsi9929078.49 - gsmtp'
Mon Mar  3 10:15:32 2025 Info: Message finished MID 28150009 done
Mon Mar  3 10:15:33 2025 Info: DCID 7012095 close
Mon Mar  3 10:15:38 2025 Info: DCID 7012100 close
Mon Mar  3 10:15:38 2025 Info: DCID 7012099 close
Mon Mar  3 10:15:38 2025 Info: DCID 7012098 close
Mon Mar  3 10:15:42 2025 Info: DCID 7012101 close
Mon Mar  3 10:17:19 2025 Info: New SMTP DCID 7012102 interface 192.0.2.110 address 198.51.100.71 port 25
Mon Mar  3 10:17:19 2025 Info: DCID 7012102 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 10:17:19 2025 Info: Delivery start DCID 7012102 MID 28150008 to RID [0]
Mon Mar  3 10:17:20 2025 Info: Message done DCID 7012102 MID 28150008 to RID [0]
Mon Mar  3 10:17:20 2025 Info: MID 28150008 RID [0] Response '2.0.0 Ok: queued as 7hykZeOqoRESCA'
Mon Mar  3 10:17:20 2025 Info: Message finished MID 28150008 done
Mon Mar  3 10:17:21 2025 Info: DCID 7012102 close
Mon Mar  3 10:29:42 2025 Info: New SMTP ICID 48157574 interface Data 1 (192.0.2.10) address 203.0.113.75 reverse dns host mx8.atlastelecom.test verified yes
Mon Mar  3 10:29:42 2025 Info: ICID 48157574 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.4 country United Kingdom
Mon Mar  3 10:29:42 2025 Info: ICID 48157574 TLS failed: (336027900, 'error:1407609C:SSL routines:SSL23_GET_CLIENT_HELLO:http request')
Mon Mar  3 10:29:43 2025 Info: Start MID 28150010 ICID 48157574
Mon Mar  3 10:29:43 2025 Info: MID 28150010 ICID 48157574 From: <qi.berg@atlastelecom.test>
Mon Mar  3 10:29:43 2025 Info: MID 28150010 ICID 48157574 RID 0 To: <nils.smith@example.net>
Mon Mar  3 10:29:44 2025 Info: MID 28150010 Message-ID '<Lx82SuJEL9ayWMi3.27209@atlastelecom.test>'
Mon Mar  3 10:29:44 2025 Info: MID 28150010 Subject 'Re: Re: budget figures'
Mon Mar  3 10:29:44 2025 Info: MID 28150010 ready 5568 bytes from <qi.berg@atlastelecom.test>
Mon Mar  3 10:29:45 2025 Info: MID 28150010 SPF: mailfrom identity qi.berg@atlastelecom.test Pass (v=spf1)
Mon Mar  3 10:29:45 2025 Info: MID 28150010 DKIM: pass signature verified (d=atlastelecom.test s=selector1 i=@atlastelecom.test)
Mon Mar  3 10:29:45 2025 Info: MID 28150010 DMARC: Message from domain atlastelecom.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 10:29:45 2025 Info: MID 28150010 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: atlastelecom.test
Mon Mar  3 10:29:45 2025 Info: MID 28150010 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 10:29:45 2025 Info: MID 28150010 interim verdict using engine: CASE spam negative
Mon Mar  3 10:29:45 2025 Info: Start MID 28150011 ICID 48157574
Mon Mar  3 10:29:45 2025 Info: MID 28150011 ICID 48157574 From: <nils.nguyen@atlastelecom.test>
Mon Mar  3 10:29:45 2025 Info: MID 28150011 ICID 48157574 RID 0 To: <rosa.mueller@example.net>
Mon Mar  3 10:29:45 2025 Info: MID 28150011 ICID 48157574 RID 1 To: <farid.murphy@example.net>
Mon Mar  3 10:29:46 2025 Info: MID 28150011 Message-ID '<moAG5Tgd6SFrktRp.43562@atlastelecom.test>'
Mon Mar  3 10:29:46 2025 Info: MID 28150011 ready 28685 bytes from <nils.nguyen@atlastelecom.test>
Mon Mar  3 10:29:46 2025 Info: MID 28150011 SPF: mailfrom identity nils.nguyen@atlastelecom.test Pass (v=spf1)
Mon Mar  3 10:29:46 2025 Info: MID 28150011 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 10:29:46 2025 Info: MID 28150011 interim verdict using engine: CASE spam negative
Mon Mar  3 10:29:47 2025 Info: MID 28150011 interim AV verdict using Sophos CLEAN
Mon Mar  3 10:29:47 2025 Info: MID 28150011 using engine: CASE spam negative
Mon Mar  3 10:29:47 2025 Info: MID 28150011 antivirus negative
Mon Mar  3 10:29:47 2025 Info: MID 28150011 using engine: GRAYMAIL negative
Mon Mar  3 10:29:47 2025 Info: MID 28150011 Outbreak Filters: verdict negative
Mon Mar  3 10:29:47 2025 Info: MID 28150011 queued for delivery
Mon Mar  3 10:29:47 2025 Info: New SMTP DCID 7012103 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 10:29:47 2025 Info: Start MID 28150012 ICID 48157574
Mon Mar  3 10:29:47 2025 Info: MID 28150012 ICID 48157574 From: <info@atlastelecom.test>
Mon Mar  3 10:29:47 2025 Info: MID 28150012 ICID 48157574 RID 0 To: <liam.berg@example.net>
Mon Mar  3 10:29:47 2025 Info: Delivery start DCID 7012103 MID 28150011 to RID [0, 1]
Mon Mar  3 10:29:47 2025 Info: MID 28150010 interim AV verdict using Sophos CLEAN
Mon Mar  3 10:29:47 2025 Info: MID 28150010 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 10:29:47 2025 Info: MID 28150010 using engine: CASE spam negative
Mon Mar  3 10:29:47 2025 Info: MID 28150010 antivirus negative
Mon Mar  3 10:29:47 2025 Info: MID 28150010 using engine: GRAYMAIL negative
Mon Mar  3 10:29:47 2025 Info: MID 28150010 Outbreak Filters: verdict negative
Mon Mar  3 10:29:47 2025 Info: MID 28150010 queued for delivery
Mon Mar  3 10:29:47 2025 Info: New SMTP DCID 7012104 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 10:29:47 2025 Info: Message done DCID 7012103 MID 28150011 to RID [0, 1]
Mon Mar  3 10:29:47 2025 Info: MID 28150011 RID [0, 1] Response '2.6.0 <X998O7K62AYns505SCcwA4D6@example.net> [InternalId=62162580122, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:29:47 2025 Info: Message finished MID 28150011 done
Mon Mar  3 10:29:47 2025 Info: Delivery start DCID 7012103 MID 28150010 to RID [0]
Mon Mar  3 10:29:47 2025 Info: MID 28150012 Message-ID '<I1bVjO5W3rpA0G2c.44844@atlastelecom.test>'
Mon Mar  3 10:29:47 2025 Info: MID 28150012 Subject 'Tab\tseparated values'
Mon Mar  3 10:29:47 2025 Info: MID 28150012 ready 9608 bytes from <info@atlastelecom.test>
Mon Mar  3 10:29:48 2025 Info: Message done DCID 7012103 MID 28150010 to RID [0]
Mon Mar  3 10:29:48 2025 Info: MID 28150010 RID [0] Response '2.6.0 <3mruUbOd4W375m67lPu9dtK0@example.net> [InternalId=59145529428, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:29:48 2025 Info: Message finished MID 28150010 done
Mon Mar  3 10:29:48 2025 Info: MID 28150012 SPF: mailfrom identity info@atlastelecom.test Pass (v=spf1)
Mon Mar  3 10:29:48 2025 Info: MID 28150012 DKIM: pass signature verified (d=atlastelecom.test s=selector1 i=@atlastelecom.test)
Mon Mar  3 10:29:48 2025 Info: MID 28150012 DMARC: Message from domain atlastelecom.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 10:29:48 2025 Info: MID 28150012 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 10:29:48 2025 Info: MID 28150012 interim verdict using engine: CASE spam negative
Mon Mar  3 10:29:48 2025 Info: MID 28150012 rewritten to MID 28150013 by add-footer filter 'Footer Stamping'
Mon Mar  3 10:29:48 2025 Info: Message finished MID 28150012 done
Mon Mar  3 10:29:48 2025 Info: Start MID 28150014 ICID 48157574
Mon Mar  3 10:29:48 2025 Info: MID 28150014 ICID 48157574 From: <>
Mon Mar  3 10:29:48 2025 Info: MID 28150014 ICID 48157574 RID 0 To: <jonas.garcia@example.net>
Mon Mar  3 10:29:48 2025 Info: MID 28150014 ICID 48157574 RID 1 To: <vera.okafor@example.net>
Mon Mar  3 10:29:48 2025 Info: MID 28150014 ICID 48157574 RID 2 To: <ben.costa@example.net>
Mon Mar  3 10:29:48 2025 Info: MID 28150014 ICID 48157574 RID 3 To: <liam92@example.org>
Mon Mar  3 10:29:49 2025 Info: MID 28150013 interim AV verdict using Sophos CLEAN
Mon Mar  3 10:29:49 2025 Info: MID 28150013 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 10:29:49 2025 Info: MID 28150013 using engine: CASE spam negative
Mon Mar  3 10:29:49 2025 Info: MID 28150013 antivirus negative
Mon Mar  3 10:29:49 2025 Info: MID 28150013 using engine: GRAYMAIL negative
Mon Mar  3 10:29:49 2025 Info: MID 28150013 Outbreak Filters: verdict negative
Mon Mar  3 10:29:49 2025 Info: MID 28150013 queued for delivery
Mon Mar  3 10:29:49 2025 Info: Delivery start DCID 7012103 MID 28150013 to RID [0]
Mon Mar  3 10:29:49 2025 Info: DCID 7012104 close
Mon Mar  3 10:29:49 2025 Info: MID 28150014 Message-ID '<oldRiuZ3mLk5HMsQ.77749@mail.example>'
Mon Mar  3 10:29:49 2025 Info: MID 28150014 Subject 'Tab\tseparated values'
Mon Mar  3 10:29:49 2025 Info: MID 28150014 ready 5473 bytes from <>
Mon Mar  3 10:29:49 2025 Info: Message done DCID 7012103 MID 28150013 to RID [0]
Mon Mar  3 10:29:49 2025 Info: MID 28150013 RID [0] Response '2.6.0 <IGbcf5IvQG1KVg5anO07DPa9@example.net> [InternalId=51089015896, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:29:49 2025 Info: Message finished MID 28150013 done
Mon Mar  3 10:29:49 2025 Info: ICID 48157574 close
Mon Mar  3 10:29:50 2025 Info: MID 28150014 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 10:29:50 2025 Info: MID 28150014 interim verdict using engine: CASE spam negative
Mon Mar  3 10:29:51 2025 Info: MID 28150014 interim AV verdict using Sophos CLEAN
Mon Mar  3 10:29:51 2025 Info: MID 28150014 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 10:29:51 2025 Info: MID 28150014 using engine: CASE spam negative
Mon Mar  3 10:29:51 2025 Info: MID 28150014 antivirus negative
Mon Mar  3 10:29:51 2025 Info: MID 28150014 using engine: GRAYMAIL negative
Mon Mar  3 10:29:51 2025 Info: MID 28150014 Outbreak Filters: verdict negative
Mon Mar  3 10:29:51 2025 Info: MID 28150014 queued for delivery
Mon Mar  3 10:29:51 2025 Info: Delivery start DCID 7012103 MID 28150014 to RID [0, 1, 2]
Mon Mar  3 10:29:51 2025 Info: New SMTP DCID 7012105 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 10:29:51 2025 Info: Message done DCID 7012103 MID 28150014 to RID [0, 1, 2]
Mon Mar  3 10:29:51 2025 Info: MID 28150014 RID [0, 1, 2] Response '2.6.0 <ZHN0DM4qYYpdVae4ALz5ZSUo@example.net> [InternalId=22271932883, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:29:52 2025 Info: Delivery start DCID 7012105 MID 28150014 to RID [3]
Mon Mar  3 10:29:52 2025 Info: Message done DCID 7012105 MID 28150014 to RID [3]
Mon Mar  3 10:29:52 2025 Info: MID 28150014 RID [3] Response '2.6.0 <LtUC4hmwRRAIqyRCiwHEiyGC@example.net> [InternalId=68288641974, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:29:52 2025 Info: Message finished MID 28150014 done
Mon Mar  3 10:29:58 2025 Info: DCID 7012103 close
Mon Mar  3 10:30:01 2025 Info: DCID 7012105 close
Mon Mar  3 10:46:17 2025 Info: New SMTP ICID 48157575 interface Data 2 (10.20.0.20) address 10.20.1.14 reverse dns host exch02.corp.example.net verified yes
Mon Mar  3 10:46:17 2025 Info: ICID 48157575 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 10:46:17 2025 Info: ICID 48157575 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 10:46:18 2025 Info: Start MID 28150015 ICID 48157575
Mon Mar  3 10:46:18 2025 Info: MID 28150015 ICID 48157575 From: <pablo.nguyen@example.net>
Mon Mar  3 10:46:18 2025 Info: MID 28150015 ICID 48157575 RID 0 To: <carla61@iron-finance.example>
Mon Mar  3 10:46:18 2025 Info: MID 28150015 Message-ID '<Q1lXk463XKA6g9Oe.54272@exch01.corp.example.net>'
Mon Mar  3 10:46:18 2025 Info: MID 28150015 Subject "Don't forget the deadline"
Mon Mar  3 10:46:18 2025 Info: MID 28150015 ready 3481 bytes from <pablo.nguyen@example.net>
Mon Mar  3 10:46:18 2025 Info: MID 28150015 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 10:46:19 2025 Info: MID 28150015 antivirus negative
Mon Mar  3 10:46:19 2025 Info: MID 28150015 Outbreak Filters: verdict negative
Mon Mar  3 10:46:19 2025 Info: MID 28150015 queued for delivery
Mon Mar  3 10:46:19 2025 Info: New SMTP DCID 7012106 interface 192.0.2.110 address 198.51.100.71 port 25
Mon Mar  3 10:46:19 2025 Info: DCID 7012106 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 10:46:19 2025 Info: Delivery start DCID 7012106 MID 28150015 to RID [0]
Mon Mar  3 10:46:20 2025 Info: Message done DCID 7012106 MID 28150015 to RID [0]
Mon Mar  3 10:46:20 2025 Info: MID 28150015 RID [0] Response '2.0.0 Ok: queued as wUZYIrQgPZrrtC'
Mon Mar  3 10:46:20 2025 Info: Message finished MID 28150015 done
Mon Mar  3 10:46:22 2025 Info: DCID 7012106 close
Mon Mar  3 10:46:22 2025 Info: Start MID 28150016 ICID 48157575
Mon Mar  3 10:46:22 2025 Info: MID 28150016 ICID 48157575 From: <yusuf.berg@example.net>
Mon Mar  3 10:46:22 2025 Info: MID 28150016 ICID 48157575 RID 0 To: <emma.dubois@example.net>
Mon Mar  3 10:46:23 2025 Info: MID 28150016 Message-ID '<qtE42J9n8nicWbmY.49136@exch01.corp.example.net>'
Mon Mar  3 10:46:23 2025 Info: MID 28150016 Subject '[EXTERNAL] Action required'
Mon Mar  3 10:46:23 2025 Info: MID 28150016 ready 33399 bytes from <yusuf.berg@example.net>
Mon Mar  3 10:46:23 2025 Info: ICID 48157575 close
Mon Mar  3 10:46:24 2025 Info: MID 28150016 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 10:46:25 2025 Info: MID 28150016 antivirus negative
Mon Mar  3 10:46:25 2025 Info: MID 28150016 Outbreak Filters: verdict negative
Mon Mar  3 10:46:25 2025 Info: MID 28150016 queued for delivery
Mon Mar  3 10:46:25 2025 Info: New SMTP DCID 7012107 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 10:46:25 2025 Info: DCID 7012107 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 10:46:25 2025 Info: Delivery start DCID 7012107 MID 28150016 to RID [0]
Mon Mar  3 10:46:25 2025 Info: Message done DCID 7012107 MID 28150016 to RID [0]
Mon Mar  3 10:46:25 2025 Info: MID 28150016 RID [0] Response '2.6.0 <rOM1Ob2YchFTLB35FqmLPB75@example.net> [InternalId=91367495606, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 10:46:25 2025 Info: Message finished MID 28150016 done
Mon Mar  3 10:46:35 2025 Info: DCID 7012107 close
Mon Mar  3 10:47:50 2025 Info: New SMTP ICID 48157576 interface Data 1 (192.0.2.10) address 198.51.100.173 reverse dns host mail6.atlasbank.test verified yes
Mon Mar  3 10:47:50 2025 Info: ICID 48157576 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.2 country Japan
Mon Mar  3 10:47:51 2025 Info: ICID 48157576 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 10:47:51 2025 Info: Start MID 28150017 ICID 48157576
Mon Mar  3 10:47:51 2025 Info: MID 28150017 ICID 48157576 From: <billing@atlasbank.test>
Mon Mar  3 10:47:51 2025 Info: MID 28150017 ICID 48157576 RID 0 To: <david.ivanova@example.net>
Mon Mar  3 10:47:51 2025 Info: MID 28150017 Message-ID '<XtJU2cKHy6zdSUxs.15744@atlasbank.test>'
Mon Mar  3 10:47:51 2025 Info: MID 28150017 Subject 'It\'s \'urgent\' say "they"'
Mon Mar  3 10:47:51 2025 Info: MID 28150017 ready 18018 bytes from <billing@atlasbank.test>
Mon Mar  3 10:47:51 2025 Info: MID 28150017 SPF: mailfrom identity billing@atlasbank.test Pass (v=spf1)
Mon Mar  3 10:47:51 2025 Info: MID 28150017 DKIM: pass signature verified (d=atlasbank.test s=selector1 i=@atlasbank.test)
Mon Mar  3 10:47:51 2025 Info: MID 28150017 DMARC: Message from domain atlasbank.test, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 10:47:51 2025 Info: MID 28150017 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 10:47:51 2025 Info: MID 28150017 interim verdict using engine: CASE spam negative
Mon Mar  3 10:47:51 2025 Info: MID 28150017 using engine: CASE spam positive
Mon Mar  3 10:47:51 2025 Info: Message aborted MID 28150017 Dropped by CASE
Mon Mar  3 10:47:51 2025 Info: Message finished MID 28150017 aborted
Mon Mar  3 10:47:52 2025 Info: ICID 48157576 close
Mon Mar  3 10:56:05 2025 Info: New SMTP ICID 48157577 interface Data 2 (10.20.0.20) address 10.20.1.13 reverse dns host exch02.corp.example.net verified yes
Mon Mar  3 10:56:05 2025 Info: ICID 48157577 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 10:56:05 2025 Info: ICID 48157577 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 10:56:07 2025 Info: Start MID 28150018 ICID 48157577
Mon Mar  3 10:56:07 2025 Info: MID 28150018 ICID 48157577 From: <liam.fischer@example.org>
Mon Mar  3 10:56:07 2025 Info: MID 28150018 ICID 48157577 RID 0 To: <farid.ivanova@clearmedia.test>
Mon Mar  3 10:56:07 2025 Info: MID 28150018 Message-ID '<fMLlTdjTigS15ZcG.44296@exch01.corp.example.net>'
Mon Mar  3 10:56:07 2025 Info: MID 28150018 Subject 'Re: Re: budget figures'
Mon Mar  3 10:56:07 2025 Info: MID 28150018 ready 28754 bytes from <liam.fischer@example.org>
Mon Mar  3 10:56:08 2025 Info: Start MID 28150019 ICID 48157577
Mon Mar  3 10:56:08 2025 Info: MID 28150019 ICID 48157577 From: <sean.novak@example.org>
Mon Mar  3 10:56:08 2025 Info: MID 28150019 ICID 48157577 RID 0 To: <yusuf.kim@metrosoftware.example.de>
Mon Mar  3 10:56:08 2025 Info: MID 28150018 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 10:56:08 2025 Info: MID 28150019 Message-ID '<GYti5Tcz3VQINtj0.82412@exch01.corp.example.net>'
Mon Mar  3 10:56:08 2025 Info: MID 28150019 Subject 'Réunion de lundi'
Mon Mar  3 10:56:08 2025 Info: MID 28150019 ready 40267 bytes from <sean.novak@example.org>
Mon Mar  3 10:56:08 2025 Info: MID 28150019 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 10:56:09 2025 Info: MID 28150018 antivirus negative
Mon Mar  3 10:56:09 2025 Info: MID 28150018 Outbreak Filters: verdict negative
Mon Mar  3 10:56:09 2025 Info: MID 28150018 queued for delivery
Mon Mar  3 10:56:09 2025 Info: New SMTP DCID 7012108 interface 192.0.2.110 address 198.51.100.61 port 25
Mon Mar  3 10:56:09 2025 Info: DCID 7012108 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 10:56:09 2025 Info: Delivery start DCID 7012108 MID 28150018 to RID [0]
Mon Mar  3 10:56:09 2025 Info: Start MID 28150020 ICID 48157577
Mon Mar  3 10:56:09 2025 Info: MID 28150020 ICID 48157577 From: <keiko.okafor@example.org>
Mon Mar  3 10:56:09 2025 Info: MID 28150020 ICID 48157577 RID 0 To: <nils.kowalski@summitsystems.example.co.uk>
Mon Mar  3 10:56:09 2025 Info: Message done DCID 7012108 MID 28150018 to RID [0]
Mon Mar  3 10:56:09 2025 Info: MID 28150018 RID [0] Response '2.0.0 Ok: queued as Cnp8ZDoOc7EDv6'
Mon Mar  3 10:56:09 2025 Info: Message finished MID 28150018 done
Mon Mar  3 10:56:10 2025 Info: MID 28150020 Message-ID "<O'Neill.1rIavw2HDTxKFADK.11478@exch01.corp.example.net>"
Mon Mar  3 10:56:10 2025 Info: MID 28150020 Subject 'FW: Contract draft'
Mon Mar  3 10:56:10 2025 Info: MID 28150020 ready 97288 bytes from <keiko.okafor@example.org>
Mon Mar  3 10:56:10 2025 Info: MID 28150019 antivirus negative
Mon Mar  3 10:56:10 2025 Info: MID 28150019 Outbreak Filters: verdict negative
Mon Mar  3 10:56:10 2025 Info: MID 28150019 queued for delivery
Mon Mar  3 10:56:10 2025 Info: ICID 48157577 close
Mon Mar  3 10:56:10 2025 Info: MID 28150020 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 10:56:10 2025 Info: New SMTP DCID 7012109 interface 192.0.2.110 address 198.51.100.5 port 25
Mon Mar  3 10:56:10 2025 Info: Delivery start DCID 7012109 MID 28150019 to RID [0]
Mon Mar  3 10:56:11 2025 Info: Message done DCID 7012109 MID 28150019 to RID [0]
Mon Mar  3 10:56:11 2025 Info: MID 28150019 RID [0] Response '2.0.0 Ok: queued as 4cfDmQXdWEFKeo'
Mon Mar  3 10:56:11 2025 Info: Message finished MID 28150019 done
Mon Mar  3 10:56:12 2025 Info: MID 28150020 antivirus negative
Mon Mar  3 10:56:12 2025 Info: MID 28150020 Outbreak Filters: verdict negative
Mon Mar  3 10:56:12 2025 Info: MID 28150020 queued for delivery
Mon Mar  3 10:56:12 2025 Info: New SMTP DCID 7012110 interface 192.0.2.110 address 198.51.100.144 port 25
Mon Mar  3 10:56:12 2025 Info: DCID 7012110 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 10:56:12 2025 Info: Delivery start DCID 7012110 MID 28150020 to RID [0]
Mon Mar  3 10:56:13 2025 Info: Message done DCID 7012110 MID 28150020 to RID [0]
Mon Mar  3 10:56:13 2025 Info: MID 28150020 RID [0] Response '2.0.0 Ok: queued as MybIAU2EvkyPa6'
Mon Mar  3 10:56:13 2025 Info: Message finished MID 28150020 done
Mon Mar  3 10:56:13 2025 Info: DCID 7012108 close
Mon Mar  3 10:56:15 2025 Info: DCID 7012110 close
Mon Mar  3 10:56:18 2025 Info: DCID 7012109 close
Mon Mar  3 10:59:56 2025 Info: New SMTP ICID 48157578 interface Data 1 (192.0.2.10) address 198.51.100.121 reverse dns host mail1.silver-print.example.com verified yes
Mon Mar  3 10:59:56 2025 Info: ICID 48157578 ACCEPT SG UNKNOWNLIST match sbrs[none] SBRS None country Brazil
Mon Mar  3 10:59:57 2025 Info: ICID 48157578 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 10:59:57 2025 Info: Start MID 28150021 ICID 48157578
Mon Mar  3 10:59:57 2025 Info: MID 28150021 ICID 48157578 From: <liam.mueller@silver-print.example.com>
Mon Mar  3 10:59:57 2025 Info: MID 28150021 ICID 48157578 RID 0 To: <sven.jensen@example.net>
Mon Mar  3 10:59:58 2025 Info: MID 28150021 Message-ID '<i1Hx6bJQxkCLu5DZ.59429@silver-print.example.com>'
Mon Mar  3 10:59:58 2025 Info: MID 28150021 Subject 'Re: "Final" version'
Mon Mar  3 10:59:58 2025 Info: MID 28150021 ready 943 bytes from <liam.mueller@silver-print.example.com>
Mon Mar  3 10:59:58 2025 Info: ICID 48157578 close
Mon Mar  3 10:59:59 2025 Info: MID 28150021 SPF: mailfrom identity liam.mueller@silver-print.example.com Pass (v=spf1)
Mon Mar  3 10:59:59 2025 Info: MID 28150021 DKIM: pass signature verified (d=silver-print.example.com s=selector1 i=@silver-print.example.com)
Mon Mar  3 10:59:59 2025 Info: MID 28150021 DMARC: Message from domain silver-print.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 10:59:59 2025 Info: MID 28150021 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 10:59:59 2025 Info: MID 28150021 interim verdict using engine: CASE spam negative
Mon Mar  3 11:00:01 2025 Info: MID 28150021 interim AV verdict using Sophos CLEAN
Mon Mar  3 11:00:01 2025 Info: MID 28150021 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 11:00:01 2025 Info: MID 28150021 using engine: CASE spam negative
Mon Mar  3 11:00:01 2025 Info: MID 28150021 antivirus negative
Mon Mar  3 11:00:01 2025 Info: MID 28150021 using engine: GRAYMAIL negative
Mon Mar  3 11:00:01 2025 Info: MID 28150021 Outbreak Filters: verdict negative
Mon Mar  3 11:00:01 2025 Info: MID 28150021 queued for delivery
Mon Mar  3 11:00:01 2025 Info: New SMTP DCID 7012111 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 11:00:01 2025 Info: DCID 7012111 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 11:00:02 2025 Info: Delivery start DCID 7012111 MID 28150021 to RID [0]
Mon Mar  3 11:00:02 2025 Info: Message done DCID 7012111 MID 28150021 to RID [0]
Mon Mar  3 11:00:02 2025 Info: MID 28150021 RID [0] Response '2.6.0 <Kt4Xsl4zqvWzd0EK2ZgkPmA2@example.net> [InternalId=32525759145, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 11:00:02 2025 Info: Message finished MID 28150021 done
Mon Mar  3 11:00:09 2025 Info: DCID 7012111 close
Mon Mar  3 11:36:13 2025 Info: New SMTP ICID 48157579 interface Data 2 (10.20.0.20) address 10.20.1.13 reverse dns host exch03.corp.example.net verified yes
Mon Mar  3 11:36:13 2025 Info: ICID 48157579 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 11:36:14 2025 Info: Start MID 28150022 ICID 48157579
Mon Mar  3 11:36:14 2025 Info: MID 28150022 ICID 48157579 From: <pablo.berg@example.net>
Mon Mar  3 11:36:14 2025 Info: MID 28150022 ICID 48157579 RID 0 To: <maria17@bigmail.example>
Mon Mar  3 11:36:15 2025 Info: MID 28150022 Message-ID '<kZbP7m0En50oNxLI.63742@exch01.corp.example.net>'
Mon Mar  3 11:36:15 2025 Info: MID 28150022 Subject '[EXTERNAL] Action required'
Mon Mar  3 11:36:15 2025 Info: MID 28150022 ready 10809 bytes from <pablo.berg@example.net>
Mon Mar  3 11:36:15 2025 Info: ICID 48157579 close
Mon Mar  3 11:36:16 2025 Info: MID 28150022 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 11:36:17 2025 Info: MID 28150022 antivirus negative
Mon Mar  3 11:36:17 2025 Info: MID 28150022 Outbreak Filters: verdict negative
Mon Mar  3 11:36:17 2025 Info: MID 28150022 queued for delivery
Mon Mar  3 11:36:17 2025 Info: Connection Error: DCID 7012112 domain: bigmail.example IP: 198.51.100.222 port: 25 details: timeout interface: 192.0.2.110 reason: network error
Mon Mar  3 11:37:48 2025 Info: New SMTP DCID 7012113 interface 192.0.2.110 address 203.0.113.30 port 25
Mon Mar  3 11:37:48 2025 Info: DCID 7012113 TLS success protocol TLSv1 cipher DHE-RSA-AES256-SHA
Mon Mar  3 11:37:48 2025 Info: Delivery start DCID 7012113 MID 28150022 to RID [0]
Mon Mar  3 11:37:50 2025 Info: Message done DCID 7012113 MID 28150022 to RID [0]
Mon Mar  3 11:37:50 2025 Info: MID 28150022 RID [0] Response '2.0.0 OK  1791944700 m3xmxyct21arsi9979023.12 - gsmtp'
Mon Mar  3 11:37:50 2025 Info: Message finished MID 28150022 done
Mon Mar  3 11:37:59 2025 Info: DCID 7012113 close
Mon Mar  3 11:51:24 2025 Info: New SMTP ICID 48157580 interface Data 2 (10.20.0.20) address 10.20.1.14 reverse dns host exch03.corp.example.net verified yes
Mon Mar  3 11:51:24 2025 Info: ICID 48157580 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 11:51:24 2025 Info: ICID 48157580 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 11:51:25 2025 Info: Start MID 28150023 ICID 48157580
Mon Mar  3 11:51:25 2025 Info: MID 28150023 ICID 48157580 From: <ben.garcia@example.net>
Mon Mar  3 11:51:25 2025 Info: MID 28150023 ICID 48157580 RID 0 To: <keiko.larsen@greenhealth.test>
Mon Mar  3 11:51:26 2025 Info: MID 28150023 Message-ID '<359oeRXUCuglVk8E.35691@exch01.corp.example.net>'
Mon Mar  3 11:51:26 2025 Info: MID 28150023 Subject 'Path C:\\Temp\\report.xlsx'
Mon Mar  3 11:51:26 2025 Info: MID 28150023 ready 8418 bytes from <ben.garcia@example.net>
Mon Mar  3 11:51:26 2025 Info: MID 28150023 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 11:51:27 2025 Info: ICID 48157580 close
Mon Mar  3 11:51:27 2025 Info: MID 28150023 antivirus negative
Mon Mar  3 11:51:27 2025 Info: MID 28150023 Outbreak Filters: verdict negative
Mon Mar  3 11:51:27 2025 Info: MID 28150023 queued for delivery
Mon Mar  3 11:51:27 2025 Info: New SMTP DCID 7012114 interface 192.0.2.110 address 198.51.100.63 port 25
Mon Mar  3 11:51:28 2025 Info: DCID 7012114 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 11:51:28 2025 Info: Delivery start DCID 7012114 MID 28150023 to RID [0]
Mon Mar  3 11:51:28 2025 Info: Message done DCID 7012114 MID 28150023 to RID [0]
Mon Mar  3 11:51:28 2025 Info: MID 28150023 RID [0] Response '2.0.0 Ok: queued as 7r3e3Dp3HRJewM'
Mon Mar  3 11:51:28 2025 Info: Message finished MID 28150023 done
Mon Mar  3 11:51:35 2025 Info: DCID 7012114 close
Mon Mar  3 12:35:51 2025 Info: New SMTP ICID 48157581 interface Data 2 (10.20.0.20) address 10.20.1.12 reverse dns host exch02.corp.example.net verified yes
Mon Mar  3 12:35:51 2025 Info: ICID 48157581 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 12:35:51 2025 Info: ICID 48157581 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 12:35:53 2025 Info: Start MID 28150024 ICID 48157581
Mon Mar  3 12:35:53 2025 Info: MID 28150024 ICID 48157581 From: <vera.ivanova@example.net>
Mon Mar  3 12:35:53 2025 Info: MID 28150024 ICID 48157581 RID 0 To: <carla97@metro-realty.test>
Mon Mar  3 12:35:53 2025 Info: MID 28150024 Message-ID '<5d532bB4qY0iGnRV.96042@exch01.corp.example.net>'
Mon Mar  3 12:35:53 2025 Info: MID 28150024 Subject 'Re: travel plans'
Mon Mar  3 12:35:53 2025 Info: MID 28150024 ready 206925 bytes from <vera.ivanova@example.net>
Mon Mar  3 12:35:54 2025 Info: ICID 48157581 close
Mon Mar  3 12:35:54 2025 Info: MID 28150024 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 12:35:56 2025 Info: MID 28150024 antivirus negative
Mon Mar  3 12:35:56 2025 Info: MID 28150024 Outbreak Filters: verdict negative
Mon Mar  3 12:35:56 2025 Info: MID 28150024 queued for delivery
Mon Mar  3 12:35:56 2025 Info: New SMTP DCID 7012115 interface 192.0.2.110 address 198.51.100.17 port 25
Mon Mar  3 12:35:56 2025 Info: Delivery start DCID 7012115 MID 28150024 to RID [0]
Mon Mar  3 12:35:57 2025 Info: Message done DCID 7012115 MID 28150024 to RID [0]
Mon Mar  3 12:35:57 2025 Info: MID 28150024 RID [0] Response '2.0.0 Ok: queued as LMp4JJftosIOku'
Mon Mar  3 12:35:57 2025 Info: Message finished MID 28150024 done
Mon Mar  3 12:36:03 2025 Info: DCID 7012115 close
Mon Mar  3 13:02:39 2025 Info: New SMTP ICID 48157582 interface Data 1 (192.0.2.10) address 203.0.113.144 reverse dns host mail2.red-health.example.com verified yes
Mon Mar  3 13:02:39 2025 Info: ICID 48157582 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.9 country Netherlands
Mon Mar  3 13:02:39 2025 Info: ICID 48157582 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 13:02:40 2025 Info: Start MID 28150025 ICID 48157582
Mon Mar  3 13:02:40 2025 Info: MID 28150025 ICID 48157582 From: <nils57@red-health.example.com>
Mon Mar  3 13:02:40 2025 Info: MID 28150025 ICID 48157582 RID 0 To: <carla.berg@example.net>
Mon Mar  3 13:02:40 2025 Info: MID 28150025 ICID 48157582 RID 1 To: <orders@example.net>
Mon Mar  3 13:02:40 2025 Info: MID 28150025 ICID 48157582 RID 2 To: <keiko.mueller@example.net>
Mon Mar  3 13:02:40 2025 Info: MID 28150025 ICID 48157582 RID 3 To: <jonas93@example.net>
Mon Mar  3 13:02:40 2025 Info: MID 28150025 ICID 48157582 RID 4 To: <umar.ivanova@example.org>
Mon Mar  3 13:02:41 2025 Info: MID 28150025 Message-ID '<j7OfTwsIt6UzrcyW.64966@red-health.example.com>'
Mon Mar  3 13:02:41 2025 Info: MID 28150025 Subject 'Résumé – candidate #12'
Mon Mar  3 13:02:41 2025 Info: MID 28150025 ready 18287 bytes from <nils57@red-health.example.com>
Mon Mar  3 13:02:41 2025 Info: ICID 48157582 close
Mon Mar  3 13:02:41 2025 Info: MID 28150025 SPF: mailfrom identity nils57@red-health.example.com Pass (v=spf1)
Mon Mar  3 13:02:41 2025 Info: MID 28150025 DKIM: pass signature verified (d=red-health.example.com s=selector1 i=@red-health.example.com)
Mon Mar  3 13:02:41 2025 Info: MID 28150025 DMARC: Message from domain red-health.example.com, DMARC pass (SPF aligned True, DKIM aligned True)
Mon Mar  3 13:02:41 2025 Info: MID 28150025 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: red-health.example.com
Mon Mar  3 13:02:41 2025 Info: MID 28150025 matched all recipients for per-recipient policy DEFAULT in the inbound table
Mon Mar  3 13:02:41 2025 Info: MID 28150025 interim verdict using engine: CASE spam negative
Mon Mar  3 13:02:44 2025 Info: MID 28150025 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:02:44 2025 Info: MID 28150025 using engine: CASE spam negative
Mon Mar  3 13:02:44 2025 Info: MID 28150025 antivirus negative
Mon Mar  3 13:02:44 2025 Info: MID 28150025 using engine: GRAYMAIL negative
Mon Mar  3 13:02:44 2025 Info: MID 28150025 Outbreak Filters: verdict negative
Mon Mar  3 13:02:44 2025 Info: MID 28150025 queued for delivery
Mon Mar  3 13:02:44 2025 Info: New SMTP DCID 7012116 interface 192.0.2.110 address 10.30.0.25 port 25
Mon Mar  3 13:02:44 2025 Info: New SMTP DCID 7012117 interface 192.0.2.110 address 10.20.0.10 port 25
Mon Mar  3 13:02:44 2025 Info: DCID 7012116 TLS success protocol TLSv1.3 cipher TLS_AES_128_GCM_SHA256
Mon Mar  3 13:02:44 2025 Info: Delivery start DCID 7012116 MID 28150025 to RID [4]
Mon Mar  3 13:02:44 2025 Info: DCID 7012117 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Mon Mar  3 13:02:44 2025 Info: Delivery start DCID 7012117 MID 28150025 to RID [0, 1, 2, 3]
Mon Mar  3 13:02:44 2025 Info: Message done DCID 7012117 MID 28150025 to RID [0, 1, 2, 3]
Mon Mar  3 13:02:44 2025 Info: MID 28150025 RID [0, 1, 2, 3] Response '2.6.0 <rRC15v23d2FoqIB8DU5RK9YV@example.net> [InternalId=47576904761, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:02:44 2025 Info: Message done DCID 7012116 MID 28150025 to RID [4]
Mon Mar  3 13:02:44 2025 Info: MID 28150025 RID [4] Response '2.6.0 <MXFQBbBoNR0axwnPjlQdDUvu@example.net> [InternalId=64031827216, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:02:44 2025 Info: Message finished MID 28150025 done
Mon Mar  3 13:02:47 2025 Info: DCID 7012117 close
Mon Mar  3 13:02:54 2025 Info: DCID 7012116 close
Mon Mar  3 13:35:10 2025 Info: New SMTP ICID 48157583 interface Data 2 (10.20.0.20) address 10.20.1.14 reverse dns host exch04.corp.example.net verified yes
Mon Mar  3 13:35:10 2025 Info: ICID 48157583 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 13:35:11 2025 Info: ICID 48157583 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 13:35:12 2025 Info: Start MID 28150026 ICID 48157583
Mon Mar  3 13:35:12 2025 Info: MID 28150026 ICID 48157583 From: <keiko.rossi@example.org>
Mon Mar  3 13:35:12 2025 Info: MID 28150026 ICID 48157583 RID 0 To: <pablo.jensen@outlook.example.com>
Mon Mar  3 13:35:13 2025 Info: MID 28150026 Message-ID '<Gxnn4oysoYgJM1Rs.85929@exch01.corp.example.net>'
Mon Mar  3 13:35:13 2025 Info: MID 28150026 Subject "Don't forget the deadline"
Mon Mar  3 13:35:13 2025 Info: MID 28150026 ready 10964 bytes from <keiko.rossi@example.org>
Mon Mar  3 13:35:14 2025 Info: MID 28150026 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 13:35:15 2025 Info: Start MID 28150027 ICID 48157583
Mon Mar  3 13:35:15 2025 Info: MID 28150027 ICID 48157583 From: <hugo17@example.org>
Mon Mar  3 13:35:15 2025 Info: MID 28150027 ICID 48157583 RID 0 To: <ines70@cedar-foods.example>
Mon Mar  3 13:35:15 2025 Info: MID 28150027 Message-ID '<lEKVWR2gTC6kH3SY.79016@exch01.corp.example.net>'
Mon Mar  3 13:35:15 2025 Info: MID 28150027 Subject 'Password expiry notice'
Mon Mar  3 13:35:15 2025 Info: MID 28150027 ready 21965 bytes from <hugo17@example.org>
Mon Mar  3 13:35:15 2025 Info: MID 28150026 antivirus negative
Mon Mar  3 13:35:15 2025 Info: MID 28150026 Outbreak Filters: verdict negative
Mon Mar  3 13:35:15 2025 Info: MID 28150026 queued for delivery
Mon Mar  3 13:35:15 2025 Info: New SMTP DCID 7012118 interface 192.0.2.110 address 198.51.100.33 port 25
Mon Mar  3 13:35:15 2025 Info: MID 28150027 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 13:35:15 2025 Info: DCID 7012118 TLS was required but could not be successfully negotiated
Mon Mar  3 13:35:15 2025 Info: DCID 7012118 close
Mon Mar  3 13:35:15 2025 Info: MID 28150027 antivirus negative
Mon Mar  3 13:35:15 2025 Info: MID 28150027 Outbreak Filters: verdict negative
Mon Mar  3 13:35:15 2025 Info: MID 28150027 queued for delivery
Mon Mar  3 13:35:16 2025 Info: New SMTP DCID 7012119 interface 192.0.2.110 address 198.51.100.53 port 25
Mon Mar  3 13:35:16 2025 Info: DCID 7012119 TLS failed: (337047686, 'error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed')
Mon Mar  3 13:35:16 2025 Info: Delivery start DCID 7012119 MID 28150027 to RID [0]
Mon Mar  3 13:35:16 2025 Info: Start MID 28150028 ICID 48157583
Mon Mar  3 13:35:16 2025 Info: MID 28150028 ICID 48157583 From: <yusuf60@example.org>
Mon Mar  3 13:35:16 2025 Info: MID 28150028 ICID 48157583 RID 0 To: <qi.tanaka@summit-print.example.co.uk>
Mon Mar  3 13:35:16 2025 Info: MID 28150028 ICID 48157583 RID 1 To: <rosa5@summit-print.example.co.uk>
Mon Mar  3 13:35:16 2025 Info: MID 28150028 ICID 48157583 RID 2 To: <maria32@rapid-retail.example.co.uk>
Mon Mar  3 13:35:16 2025 Info: MID 28150028 ICID 48157583 RID 3 To: <yusuf67@coastallabs.example.de>
Mon Mar  3 13:35:16 2025 Info: MID 28150028 ICID 48157583 RID 4 To: <farid.larsen@green-motors.example.de>
Mon Mar  3 13:35:16 2025 Info: Message done DCID 7012119 MID 28150027 to RID [0]
Mon Mar  3 13:35:16 2025 Info: MID 28150027 RID [0] Response '2.0.0 Ok: queued as VQUzsKb31s82ec'
Mon Mar  3 13:35:16 2025 Info: Message finished MID 28150027 done
Mon Mar  3 13:35:17 2025 Info: MID 28150028 Message-ID '<i3b39xWKhHtQUH3L.81901@exch01.corp.example.net>'
Mon Mar  3 13:35:17 2025 Info: MID 28150028 Subject 'Path C:\\Temp\\report.xlsx'
Mon Mar  3 13:35:17 2025 Info: MID 28150028 ready 4744 bytes from <yusuf60@example.org>
Mon Mar  3 13:35:17 2025 Info: MID 28150028 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 13:35:17 2025 Info: Start MID 28150029 ICID 48157583
Mon Mar  3 13:35:17 2025 Info: MID 28150029 ICID 48157583 From: <yusuf46@example.org>
Mon Mar  3 13:35:17 2025 Info: MID 28150029 ICID 48157583 RID 0 To: <jonas.nguyen@maplefoods.example.co.uk>
Mon Mar  3 13:35:17 2025 Info: MID 28150029 ICID 48157583 RID 1 To: <vera.silva@bright-software.example>
Mon Mar  3 13:35:17 2025 Info: MID 28150029 Message-ID '<XhtIf6XpDZ0vs6GF.18777@exch01.corp.example.net>'
Mon Mar  3 13:35:17 2025 Info: MID 28150029 Subject 'Quarterly report'
Mon Mar  3 13:35:17 2025 Info: MID 28150029 ready 3206 bytes from <yusuf46@example.org>
Mon Mar  3 13:35:17 2025 Info: MID 28150029 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 13:35:18 2025 Info: ICID 48157583 close
Mon Mar  3 13:35:19 2025 Info: MID 28150028 antivirus negative
Mon Mar  3 13:35:19 2025 Info: MID 28150028 Outbreak Filters: verdict negative
Mon Mar  3 13:35:19 2025 Info: MID 28150028 queued for delivery
Mon Mar  3 13:35:19 2025 Info: New SMTP DCID 7012120 interface 192.0.2.110 address 198.51.100.204 port 25
Mon Mar  3 13:35:19 2025 Info: MID 28150029 antivirus negative
Mon Mar  3 13:35:19 2025 Info: MID 28150029 Outbreak Filters: verdict negative
Mon Mar  3 13:35:19 2025 Info: MID 28150029 queued for delivery
Mon Mar  3 13:35:19 2025 Info: New SMTP DCID 7012121 interface 192.0.2.110 address 198.51.100.84 port 25
Mon Mar  3 13:35:19 2025 Info: New SMTP DCID 7012122 interface 192.0.2.110 address 203.0.113.29 port 25
Mon Mar  3 13:35:19 2025 Info: Delivery start DCID 7012120 MID 28150028 to RID [0, 1]
Mon Mar  3 13:35:19 2025 Info: New SMTP DCID 7012123 interface 192.0.2.110 address 203.0.113.65 port 25
Mon Mar  3 13:35:19 2025 Info: New SMTP DCID 7012124 interface 192.0.2.110 address 203.0.113.149 port 25
Mon Mar  3 13:35:19 2025 Info: New SMTP DCID 7012125 interface 192.0.2.110 address 203.0.113.141 port 25
Mon Mar  3 13:35:19 2025 Info: DCID 7012121 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 13:35:19 2025 Info: Delivery start DCID 7012121 MID 28150028 to RID [4]
Mon Mar  3 13:35:19 2025 Info: DCID 7012123 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 13:35:19 2025 Info: DCID 7012122 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 13:35:19 2025 Info: Message done DCID 7012120 MID 28150028 to RID [0, 1]
Mon Mar  3 13:35:19 2025 Info: MID 28150028 RID [0, 1] Response '2.0.0 Ok: queued as oPrEKp6VIY3UAX'
Mon Mar  3 13:35:19 2025 Info: Delivery start DCID 7012122 MID 28150029 to RID [0]
Mon Mar  3 13:35:19 2025 Info: Delivery start DCID 7012123 MID 28150028 to RID [2]
Mon Mar  3 13:35:20 2025 Info: DCID 7012125 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 13:35:20 2025 Info: Delivery start DCID 7012125 MID 28150029 to RID [1]
Mon Mar  3 13:35:20 2025 Info: Message done DCID 7012121 MID 28150028 to RID [4]
Mon Mar  3 13:35:20 2025 Info: MID 28150028 RID [4] Response '2.0.0 Ok: queued as seMOHrt82A1zTL'
Mon Mar  3 13:35:20 2025 Info: Delivery start DCID 7012124 MID 28150028 to RID [3]
Mon Mar  3 13:35:20 2025 Info: Message done DCID 7012122 MID 28150029 to RID [0]
Mon Mar  3 13:35:20 2025 Info: MID 28150029 RID [0] Response '2.0.0 Ok: queued as BeWB9mICK5BNut'
Mon Mar  3 13:35:20 2025 Info: Message done DCID 7012125 MID 28150029 to RID [1]
Mon Mar  3 13:35:20 2025 Info: MID 28150029 RID [1] Response '2.0.0 Ok: queued as 9pbi51FWKZt4kL'
Mon Mar  3 13:35:20 2025 Info: Message finished MID 28150029 done
Mon Mar  3 13:35:20 2025 Info: Message done DCID 7012123 MID 28150028 to RID [2]
Mon Mar  3 13:35:20 2025 Info: MID 28150028 RID [2] Response '2.0.0 Ok: queued as bBBG0xdSizbrrd'
Mon Mar  3 13:35:20 2025 Info: Message done DCID 7012124 MID 28150028 to RID [3]
Mon Mar  3 13:35:20 2025 Info: MID 28150028 RID [3] Response '2.0.0 Ok: queued as vLWeuf6VLDEn96'
Mon Mar  3 13:35:20 2025 Info: Message finished MID 28150028 done
Mon Mar  3 13:35:22 2025 Info: DCID 7012123 close
Mon Mar  3 13:35:22 2025 Info: DCID 7012122 close
Mon Mar  3 13:35:22 2025 Info: DCID 7012120 close
Mon Mar  3 13:35:23 2025 Info: DCID 7012119 close
Mon Mar  3 13:35:25 2025 Info: DCID 7012124 close
Mon Mar  3 13:35:27 2025 Info: DCID 7012125 close
Mon Mar  3 13:35:27 2025 Info: DCID 7012121 close
Mon Mar  3 13:39:42 2025 Info: New SMTP DCID 7012126 interface 192.0.2.110 address 203.0.113.232 port 25
Mon Mar  3 13:39:42 2025 Info: DCID 7012126 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 13:39:42 2025 Info: Delivery start DCID 7012126 MID 28150026 to RID [0]
Mon Mar  3 13:39:44 2025 Info: Message done DCID 7012126 MID 28150026 to RID [0]
Mon Mar  3 13:39:44 2025 Info: MID 28150026 RID [0] Response '2.0.0 OK  1740728820 xxmmmqzer4bqsi6978216.91 - gsmtp'
Mon Mar  3 13:39:44 2025 Info: Message finished MID 28150026 done
Mon Mar  3 13:39:53 2025 Info: DCID 7012126 close
Mon Mar  3 13:41:55 2025 Info: New SMTP ICID 48157584 interface Data 2 (10.20.0.20) address 10.20.1.10 reverse dns host exch03.corp.example.net verified yes
Mon Mar  3 13:41:55 2025 Info: ICID 48157584 RELAY SG RELAYLIST match 10.20.0.0/16 SBRS not enabled country not enabled
Mon Mar  3 13:41:55 2025 Info: ICID 48157584 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 13:41:56 2025 Info: Start MID 28150030 ICID 48157584
Mon Mar  3 13:41:56 2025 Info: MID 28150030 ICID 48157584 From: <emma58@example.net>
Mon Mar  3 13:41:56 2025 Info: MID 28150030 ICID 48157584 RID 0 To: <greta.haddad@green-health.example.co.uk>
Mon Mar  3 13:41:56 2025 Info: MID 28150030 ICID 48157584 RID 1 To: <emma.nguyen@rapidbank.test>
Mon Mar  3 13:41:57 2025 Info: MID 28150030 Message-ID "<O'Neill.LlE1pP5T7b18X28a.50788@exch01.corp.example.net>"
Mon Mar  3 13:41:57 2025 Info: MID 28150030 Subject 'Tab\tseparated values'
Mon Mar  3 13:41:57 2025 Info: MID 28150030 ready 39949 bytes from <emma58@example.net>
Mon Mar  3 13:41:57 2025 Info: Start MID 28150031 ICID 48157584
Mon Mar  3 13:41:57 2025 Info: MID 28150031 ICID 48157584 From: <umar.larsen@example.net>
Mon Mar  3 13:41:57 2025 Info: MID 28150031 ICID 48157584 RID 0 To: <anna93@metrorealty.example.de>
Mon Mar  3 13:41:58 2025 Info: MID 28150030 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 13:41:58 2025 Info: MID 28150031 Message-ID '<TXumZeEZTWMe2evE.77887@exch01.corp.example.net>'
Mon Mar  3 13:41:58 2025 Info: MID 28150031 Subject 'It\'s \'urgent\' say "they"'
Mon Mar  3 13:41:58 2025 Info: MID 28150031 ready 36833 bytes from <umar.larsen@example.net>
Mon Mar  3 13:41:58 2025 Info: Start MID 28150032 ICID 48157584
Mon Mar  3 13:41:58 2025 Info: MID 28150032 ICID 48157584 From: <emma.kowalski@example.net>
Mon Mar  3 13:41:58 2025 Info: MID 28150032 ICID 48157584 RID 0 To: <umar73@urbanairlines.example.com>
Mon Mar  3 13:41:58 2025 Info: MID 28150032 ICID 48157584 RID 1 To: <liam63@greensoftware.test>
Mon Mar  3 13:41:58 2025 Info: MID 28150032 ICID 48157584 RID 2 To: <olga74@urbanconsulting.example.com>
Mon Mar  3 13:41:58 2025 Info: MID 28150032 ICID 48157584 RID 3 To: <maria3@atlasfoods.example.com>
Mon Mar  3 13:41:58 2025 Info: MID 28150032 ICID 48157584 RID 4 To: <anna.silva@urbanlabs.example.de>
Mon Mar  3 13:41:58 2025 Info: MID 28150032 ICID 48157584 RID 5 To: <pablo65@bluehealth.example.co.uk>
Mon Mar  3 13:41:58 2025 Info: MID 28150032 ICID 48157584 RID 6 To: <tara.dubois@silverfinance.test>
Mon Mar  3 13:41:58 2025 Info: MID 28150032 ICID 48157584 RID 7 To: <tara.obrien@greensoftware.test>
Mon Mar  3 13:41:58 2025 Info: MID 28150032 ICID 48157584 RID 8 To: <greta26@sunnyretail.example.com>
Mon Mar  3 13:41:58 2025 Info: MID 28150032 ICID 48157584 RID 9 To: <liam.tanaka@greensoftware.test>
Mon Mar  3 13:41:58 2025 Info: MID 28150032 ICID 48157584 RID 10 To: <keiko.silva@greensoftware.test>
Mon Mar  3 13:41:58 2025 Info: MID 28150032 ICID 48157584 RID 11 To: <nils49@bigmail.example>
Mon Mar  3 13:41:59 2025 Info: MID 28150031 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 13:41:59 2025 Info: MID 28150030 antivirus negative
Mon Mar  3 13:41:59 2025 Info: MID 28150030 Outbreak Filters: verdict negative
Mon Mar  3 13:41:59 2025 Info: MID 28150030 queued for delivery
Mon Mar  3 13:41:59 2025 Info: New SMTP DCID 7012127 interface 192.0.2.110 address 203.0.113.134 port 25
Mon Mar  3 13:41:59 2025 Info: DCID 7012127 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 13:41:59 2025 Info: Delivery start DCID 7012127 MID 28150030 to RID [0]
Mon Mar  3 13:41:59 2025 Info: New SMTP DCID 7012128 interface 192.0.2.110 address 203.0.113.136 port 25
Mon Mar  3 13:41:59 2025 Info: Message done DCID 7012127 MID 28150030 to RID [0]
Mon Mar  3 13:41:59 2025 Info: MID 28150030 RID [0] Response '2.0.0 Ok: queued as rfVCLdia3sDbcG'
Mon Mar  3 13:41:59 2025 Info: DCID 7012128 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 13:41:59 2025 Info: Delivery start DCID 7012128 MID 28150030 to RID [1]
Mon Mar  3 13:41:59 2025 Info: MID 28150032 Message-ID '<MKvfJNQBAV85mPJ9.40222@exch01.corp.example.net>'
Mon Mar  3 13:41:59 2025 Info: MID 28150032 Subject "Don't forget the deadline"
Mon Mar  3 13:41:59 2025 Info: MID 28150032 ready 49300 bytes from <emma.kowalski@example.net>
Mon Mar  3 13:41:59 2025 Info: MID 28150032 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 13:41:59 2025 Info: Message done DCID 7012128 MID 28150030 to RID [1]
Mon Mar  3 13:41:59 2025 Info: MID 28150030 RID [1] Response '2.0.0 Ok: queued as CpBw3gAE0BZTVY'
Mon Mar  3 13:41:59 2025 Info: Message finished MID 28150030 done
Mon Mar  3 13:42:00 2025 Info: MID 28150032 antivirus negative
Mon Mar  3 13:42:00 2025 Info: MID 28150032 Outbreak Filters: verdict negative
Mon Mar  3 13:42:00 2025 Info: MID 28150032 queued for delivery
Mon Mar  3 13:42:00 2025 Info: New SMTP DCID 7012129 interface 192.0.2.110 address 198.51.100.146 port 25
Mon Mar  3 13:42:00 2025 Info: MID 28150031 antivirus negative
Mon Mar  3 13:42:00 2025 Info: MID 28150031 Outbreak Filters: verdict negative
Mon Mar  3 13:42:00 2025 Info: MID 28150031 queued for delivery
Mon Mar  3 13:42:00 2025 Info: New SMTP DCID 7012130 interface 192.0.2.110 address 203.0.113.215 port 25
Mon Mar  3 13:42:00 2025 Info: Delivery start DCID 7012130 MID 28150032 to RID [5]
Mon Mar  3 13:42:00 2025 Info: New SMTP DCID 7012131 interface 192.0.2.110 address 203.0.113.100 port 25
Mon Mar  3 13:42:00 2025 Info: New SMTP DCID 7012132 interface 192.0.2.110 address 198.51.100.166 port 25
Mon Mar  3 13:42:00 2025 Info: New SMTP DCID 7012133 interface 192.0.2.110 address 198.51.100.113 port 25
Mon Mar  3 13:42:00 2025 Info: New SMTP DCID 7012134 interface 192.0.2.110 address 198.51.100.217 port 25
Mon Mar  3 13:42:00 2025 Info: New SMTP DCID 7012135 interface 192.0.2.110 address 198.51.100.15 port 25
Mon Mar  3 13:42:00 2025 Info: New SMTP DCID 7012136 interface 192.0.2.110 address 203.0.113.109 port 25
Mon Mar  3 13:42:00 2025 Info: DCID 7012129 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Mon Mar  3 13:42:00 2025 Info: New SMTP DCID 7012137 interface 192.0.2.110 address 198.51.100.222 port 25
Mon Mar  3 13:42:00 2025 Info: Delivery start DCID 7012129 MID 28150032 to RID [3]
Mon Mar  3 13:42:00 2025 Info: New SMTP DCID 7012138 interface 192.0.2.110 address 198.51.100.149 port 25
Mon Mar  3 13:42:00 2025 Info: DCID 7012132 TLS success protocol TLSv1.3 cipher TLS_CHACHA20_POLY1305_SHA256
Mon Mar  3 13:42:00 2025 Info: DCID 7012134 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 13:42:00 2025 Info: Delivery start DCID 7012132 MID 28150031 to RID [0]
Mon Mar  3 13:42:00 2025 Info: DCID 7012138 TLS success protocol TLSv1.2 cipher DHE-RSA-AES256-GCM-SHA384
Mon Mar  3 13:42:00 2025 Info: Delivery start DCID 7012134 MID 28150032 to RID [6]
Mon Mar  3 13:42:00 2025 Info: Delivery start DCID 7012138 MID 28150032 to RID [8]
Mon Mar  3 13:42:00 2025 Info: Message done DCID 7012129 MID 28150032 to RID [3]
Mon Mar  3 13:42:00 2025 Info: MID 28150032 RID [3] Response '2.0.0 Ok: queued as GMH9uoRzGmuSHW'
Mon Mar  3 13:42:00 2025 Info: DCID 7012135 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Mar  3 13:42:00 2025 Info: Delivery start DCID 7012135 MID 28150032 to RID [4]
Mon Mar  3 13:42:00 2025 Info: DCID 7012137 TLS success protocol TLSv1 cipher DHE-RSA-AES256-SHA
Mon Mar  3 13:42:00 2025 Info: Delivery start DCID 7012137 MID 28150032 to RID [11]
Mon Mar  3 13:42:01 2025 Info: Start MID 28150033 ICID 48157584
Mon Mar  3 13:42:01 2025 Info: MID 28150033 ICID 48157584 From: <ines.kowalski@example.net>
Mon Mar  3 13:42:01 2025 Info: MID 28150033 ICID 48157584 RID 0 To: <wei33@maple-hotels.test>
Mon Mar  3 13:42:01 2025 Info: DCID 7012136 TLS was required but could not be successfully negotiated
Mon Mar  3 13:42:01 2025 Info: DCID 7012136 close
Mon Mar  3 13:42:01 2025 Info: Delivery start DCID 7012131 MID 28150032 to RID [0]
Mon Mar  3 13:42:01 2025 Info: DCID 7012133 TLS success protocol TLSv1.2 cipher AES256-GCM-SHA384
Mon Mar  3 13:42:01 2025 Info: Delivery start DCID 7012133 MID 28150032 to RID [2]
Mon Mar  3 13:42:01 2025 Info: Message done DCID 7012135 MID 28150032 to RID [4]
Mon Mar  3 13:42:01 2025 Info: MID 28150032 RID [4] Response '2.0.0 Ok: queued as cn0RxZmUNFHpub'
Mon Mar  3 13:42:01 2025 Info: Message done DCID 7012130 MID 28150032 to RID [5]
Mon Mar  3 13:42:01 2025 Info: MID 28150032 RID [5] Response '2.0.0 Ok: queued as G920fi1gTp2aoL'
Mon Mar  3 13:42:01 2025 Info: Message done DCID 7012138 MID 28150032 to RID [8]
Mon Mar  3 13:42:01 2025 Info: MID 28150032 RID [8] Response '2.0.0 Ok: queued as wyFRyCJnwsA2P8'
Mon Mar  3 13:42:01 2025 Info: Message done DCID 7012133 MID 28150032 to RID [2]
Mon Mar  3 13:42:01 2025 Info: MID 28150032 RID [2] Response '2.0.0 Ok: queued as naVi9ex8d6mJqJ'
Mon Mar  3 13:42:01 2025 Info: Message done DCID 7012132 MID 28150031 to RID [0]
Mon Mar  3 13:42:01 2025 Info: MID 28150031 RID [0] Response '2.0.0 Ok: queued as w7trKmBsaiMhWR'
Mon Mar  3 13:42:01 2025 Info: Message finished MID 28150031 done
Mon Mar  3 13:42:01 2025 Info: Message done DCID 7012134 MID 28150032 to RID [6]
Mon Mar  3 13:42:01 2025 Info: MID 28150032 RID [6] Response '2.0.0 Ok: queued as 9y8IoSbbWbRGZm'
Mon Mar  3 13:42:01 2025 Info: Message done DCID 7012131 MID 28150032 to RID [0]
Mon Mar  3 13:42:01 2025 Info: MID 28150032 RID [0] Response '2.0.0 Ok: queued as tROS72ZfsDGKzQ'
Mon Mar  3 13:42:01 2025 Info: MID 28150033 Message-ID '<CheURtoRqOyZxX5K.22178@exch01.corp.example.net>'
Mon Mar  3 13:42:01 2025 Info: MID 28150033 Subject 'Password expiry notice'
Mon Mar  3 13:42:01 2025 Info: MID 28150033 ready 32205 bytes from <ines.kowalski@example.net>
Mon Mar  3 13:42:02 2025 Info: MID 28150033 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 13:42:02 2025 Info: Start MID 28150034 ICID 48157584
Mon Mar  3 13:42:02 2025 Info: MID 28150034 ICID 48157584 From: <ben79@example.net>
Mon Mar  3 13:42:02 2025 Info: MID 28150034 ICID 48157584 RID 0 To: <vera.ivanova@bigmail.example>
Mon Mar  3 13:42:02 2025 Info: Message done DCID 7012137 MID 28150032 to RID [11]
Mon Mar  3 13:42:02 2025 Info: MID 28150032 RID [11] Response '2.0.0 OK  1720336963 vhyx4ilg45pwsi5607447.20 - gsmtp'
Mon Mar  3 13:42:02 2025 Info: MID 28150033 antivirus negative
Mon Mar  3 13:42:02 2025 Info: MID 28150033 Outbreak Filters: verdict negative
Mon Mar  3 13:42:02 2025 Info: MID 28150033 queued for delivery
Mon Mar  3 13:42:03 2025 Info: MID 28150034 Message-ID '<Zhi0yIVBOeOtM2Y7.37907@exch01.corp.example.net>'
Mon Mar  3 13:42:03 2025 Info: MID 28150034 Subject 'Shipping update for order 88213'
Mon Mar  3 13:42:03 2025 Info: MID 28150034 ready 71563 bytes from <ben79@example.net>
Mon Mar  3 13:42:03 2025 Info: DCID 7012139 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 13:42:03 2025 Info: New SMTP DCID 7012139 interface 192.0.2.110 address 198.51.100.83 port 25
Mon Mar  3 13:42:03 2025 Info: DCID 7012135 close
Mon Mar  3 13:42:03 2025 Info: MID 28150034 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 13:42:03 2025 Info: Delivery start DCID 7012139 MID 28150033 to RID [0]
Mon Mar  3 13:42:03 2025 Info: Message done DCID 7012139 MID 28150033 to RID [0]
Mon Mar  3 13:42:03 2025 Info: MID 28150033 RID [0] Response '2.0.0 Ok: queued as 9YReHZy9uTQNcF'
Mon Mar  3 13:42:03 2025 Info: Message finished MID 28150033 done
Mon Mar  3 13:42:03 2025 Info: DCID 7012138 close
Mon Mar  3 13:42:03 2025 Info: DCID 7012129 close
Mon Mar  3 13:42:03 2025 Info: DCID 7012132 close
Mon Mar  3 13:42:04 2025 Info: DCID 7012131 close
Mon Mar  3 13:42:05 2025 Info: MID 28150034 antivirus negative
Mon Mar  3 13:42:05 2025 Info: MID 28150034 Outbreak Filters: verdict negative
Mon Mar  3 13:42:05 2025 Info: MID 28150034 queued for delivery
Mon Mar  3 13:42:05 2025 Info: Delivery start DCID 7012137 MID 28150034 to RID [0]
Mon Mar  3 13:42:05 2025 Info: DCID 7012133 close
Mon Mar  3 13:42:05 2025 Info: Message done DCID 7012137 MID 28150034 to RID [0]
Mon Mar  3 13:42:05 2025 Info: MID 28150034 RID [0] Response '2.0.0 OK  1700803651 olkvzypwtzdmsi6659043.14 - gsmtp'
Mon Mar  3 13:42:05 2025 Info: Message finished MID 28150034 done
Mon Mar  3 13:42:06 2025 Info: DCID 7012130 close
Mon Mar  3 13:42:07 2025 Info: DCID 7012127 close
Mon Mar  3 13:42:07 2025 Info: Start MID 28150035 ICID 48157584
Mon Mar  3 13:42:07 2025 Info: MID 28150035 ICID 48157584 From: <rosa.obrien@example.net>
Mon Mar  3 13:42:07 2025 Info: MID 28150035 ICID 48157584 RID 0 To: <umar81@sunnyconsulting.example.co.uk>
Mon Mar  3 13:42:07 2025 Info: MID 28150035 ICID 48157584 RID 1 To: <aoife.berg@sunnyconsulting.example.co.uk>
Mon Mar  3 13:42:07 2025 Info: MID 28150035 Message-ID '<xbJV8dPEVeKr6Vsj.46033@exch01.corp.example.net>'
Mon Mar  3 13:42:07 2025 Info: MID 28150035 Subject 'Password expiry notice'
Mon Mar  3 13:42:07 2025 Info: MID 28150035 ready 10223 bytes from <rosa.obrien@example.net>
Mon Mar  3 13:42:08 2025 Info: ICID 48157584 close
Mon Mar  3 13:42:08 2025 Info: DCID 7012139 close
Mon Mar  3 13:42:08 2025 Info: MID 28150035 matched all recipients for per-recipient policy DEFAULT in the outbound table
Mon Mar  3 13:42:08 2025 Info: DCID 7012134 close
Mon Mar  3 13:42:09 2025 Info: DCID 7012128 close
Mon Mar  3 13:42:10 2025 Info: MID 28150035 antivirus negative
Mon Mar  3 13:42:10 2025 Info: MID 28150035 Outbreak Filters: verdict negative
Mon Mar  3 13:42:10 2025 Info: MID 28150035 queued for delivery
Mon Mar  3 13:42:10 2025 Info: New SMTP DCID 7012140 interface 192.0.2.110 address 198.51.100.46 port 25
Mon Mar  3 13:42:10 2025 Info: DCID 7012140 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Mon Mar  3 13:42:10 2025 Info: Delivery start DCID 7012140 MID 28150035 to RID [0, 1]
Mon Mar  3 13:42:11 2025 Info: Message done DCID 7012140 MID 28150035 to RID [0, 1]
Mon Mar  3 13:42:11 2025 Info: MID 28150035 RID [0, 1] Response '2.0.0 Ok: queued as aKz5FZXxSkDhxu'
Mon Mar  3 13:42:11 2025 Info: Message finished MID 28150035 done
Mon Mar  3 13:42:12 2025 Info: DCID 7012137 close
Mon Mar  3 13:42:14 2025 Info: DCID 7012140 close
Mon Mar  3 13:44:53 2025 Info: New SMTP DCID 7012141 interface 192.0.2.110 address 203.0.113.109 port 25
Mon Mar  3 13:44:54 2025 Info: Delivery start DCID 7012141 MID 28150032 to RID [1, 7, 9, 10]
Mon Mar  3 13:44:54 2025 Info: Bounced: DCID 7012141 MID 28150032 to RID 10 - 5.1.0 - Unknown address error ('550', ['5.1.1 The email account that you tried to reach does not exist.']) []
Mon Mar  3 13:44:54 2025 Info: MID 28150036 was generated for bounce of MID 28150032
Mon Mar  3 13:44:54 2025 Info: Start MID 28150036 ICID 0
Mon Mar  3 13:44:54 2025 Info: Message done DCID 7012141 MID 28150032 to RID [1, 7, 9]
Mon Mar  3 13:44:54 2025 Info: MID 28150032 RID [1, 7, 9] Response '2.0.0 Ok: queued as fd3uEi8xYzwe6A'
Mon Mar  3 13:44:54 2025 Info: Message finished MID 28150032 done
Mon Mar  3 13:44:54 2025 Info: MID 28150036 ICID 0 From: <>
Mon Mar  3 13:44:54 2025 Info: MID 28150036 ICID 0 RID 0 To: <emma.kowalski@example.net>
Mon Mar  3 13:44:54 2025 Info: MID 28150036 ready 23359 bytes from <>
Mon Mar  3 13:44:54 2025 Info: MID 28150036 interim AV verdict using Sophos CLEAN
Mon Mar  3 13:44:54 2025 Info: MID 28150036 AMP file reputation verdict : SKIPPED (no attachment in message)
Mon Mar  3 13:44:54 2025 Info: MID 28150036 using engine: CASE spam negative
Mon Mar  3 13:44:54 2025 Info: MID 28150036 antivirus negative
Mon Mar  3 13:44:54 2025 Info: MID 28150036 using engine: GRAYMAIL negative
Mon Mar  3 13:44:54 2025 Info: MID 28150036 Outbreak Filters: verdict negative
Mon Mar  3 13:44:54 2025 Info: MID 28150036 queued for delivery
Mon Mar  3 13:44:55 2025 Info: New SMTP DCID 7012142 interface 192.0.2.110 address 10.20.0.11 port 25
Mon Mar  3 13:44:55 2025 Info: DCID 7012142 TLS success protocol TLSv1.2 cipher ECDHE-ECDSA-AES256-GCM-SHA384
Mon Mar  3 13:44:55 2025 Info: Delivery start DCID 7012142 MID 28150036 to RID [0]
Mon Mar  3 13:44:55 2025 Info: Message done DCID 7012142 MID 28150036 to RID [0]
Mon Mar  3 13:44:55 2025 Info: MID 28150036 RID [0] Response '2.6.0 <DNmeSumXs49pucedTg9zlMWO@example.net> [InternalId=39095078938, Hostname=EXCH01.corp.example.net] Queued mail for delivery'
Mon Mar  3 13:44:55 2025 Info: Message finished MID 28150036 done
Mon Mar  3 13:44:57 2025 Info: DCID 7012141 close
Mon Mar  3 13:44:58 2025 Info: DCID 7012142 close
Mon Mar  3 13:55:08 2025 Info: New SMTP ICID 48157585 interface Data 1 (192.0.2.10) address 198.51.100.140 reverse dns host unknown verified no
Mon Mar  3 13:55:08 2025 Info: ICID 48157585 REJECT SG BLOCKED_LIST match sbrs[-10.0:-3.0] SBRS -8.5 country Canada
Mon Mar  3 13:55:09 2025 Info: ICID 48157585 close
Mon Mar  3 13:58:58 2025 Info: New SMTP ICID 48157586 interface Data 1 (192.0.2.10) address 198.51.100.166 reverse dns host mail2.metrobank.test verified yes
