Sat Mar  1 00:00:00 2025 Info: Begin Logfile
Sat Mar  1 00:00:00 2025 Info: Version: 15.0.0-104 SN: 4242ROLL0001
Sat Mar  1 00:00:00 2025 Info: Time offset from UTC: 3600 seconds
Sat Mar  1 08:00:00 2025 Info: New SMTP ICID 100 interface Data 1 (10.0.0.10) address 192.0.2.10 reverse dns host mx.partner.example verified yes
Sat Mar  1 08:00:00 2025 Info: ICID 100 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.0
Sat Mar  1 08:00:00 2025 Info: ICID 100 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Mar  1 08:00:01 2025 Info: Start MID 500 ICID 100
Sat Mar  1 08:00:01 2025 Info: MID 500 ICID 100 From: <a@partner.example>
Sat Mar  1 08:00:01 2025 Info: MID 500 ICID 100 RID 0 To: <b@slow-dest.example>
Sat Mar  1 08:00:01 2025 Info: MID 500 queued for delivery
Sat Mar  1 08:00:02 2025 Info: New SMTP DCID 10 interface 10.0.0.11 address 198.51.100.1 port 25
Sat Mar  1 08:00:02 2025 Info: DCID 10 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Mar  1 08:00:02 2025 Info: Delivery start DCID 10 MID 500 to RID [0]
Sat Mar  1 08:00:32 2025 Info: Delayed: DCID 10 MID 500 to RID 0 - 4.4.2 - Connection dropped ('000', ['[Errno 104] Connection reset by peer']) []
Sat Mar  1 08:00:32 2025 Info: Message 500 to RID [0] pending till Sat Mar  1 09:00:32 2025
Sat Mar  1 08:00:33 2025 Info: DCID 10 close
Sat Mar  1 08:05:00 2025 Info: Start MID 501 ICID 100
Sat Mar  1 08:05:00 2025 Info: MID 501 ICID 100 From: <a@partner.example>
Sat Mar  1 08:05:00 2025 Info: MID 501 ICID 100 RID 0 To: <c@corp.example>
Sat Mar  1 08:05:00 2025 Info: MID 501 queued for delivery
