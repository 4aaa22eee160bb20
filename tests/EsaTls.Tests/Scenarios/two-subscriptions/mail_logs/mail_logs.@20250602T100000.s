Mon Jun  2 10:00:00 2025 Info: Begin Logfile
Mon Jun  2 10:00:00 2025 Info: Version: 15.5.1-055 SN: 4235AF15AF7E90350F1D-F01741F5D5BE
Mon Jun  2 10:00:00 2025 Info: Time offset from UTC: 0 seconds
Mon Jun  2 10:00:01 2025 Info: New SMTP ICID 3001 interface IncomingMail (10.0.0.10) address 192.0.2.21 reverse dns host mx1.partner.example verified yes
Mon Jun  2 10:00:01 2025 Info: ICID 3001 ACCEPT SG ACCEPTLIST match sbrs[-1.0:10.0] SBRS 4.1
Mon Jun  2 10:00:01 2025 Info: ICID 3001 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Mon Jun  2 10:00:02 2025 Info: Start MID 8001 ICID 3001
Mon Jun  2 10:00:02 2025 Info: MID 8001 ICID 3001 From: <alice@partner.example>
Mon Jun  2 10:00:02 2025 Info: MID 8001 ICID 3001 RID 0 To: <bob@corp.example>
Mon Jun  2 10:00:02 2025 Info: MID 8001 queued for delivery
Mon Jun  2 10:00:03 2025 Info: New SMTP DCID 4001 interface 10.0.0.11 address 10.1.1.25 port 25
Mon Jun  2 10:00:03 2025 Info: DCID 4001 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Mon Jun  2 10:00:03 2025 Info: Delivery start DCID 4001 MID 8001 to RID [0]
Mon Jun  2 10:00:04 2025 Info: Message done DCID 4001 MID 8001 to RID [0]
Mon Jun  2 10:00:04 2025 Info: Message finished MID 8001 done
Mon Jun  2 10:00:05 2025 Info: ICID 3001 close
Mon Jun  2 10:05:01 2025 Info: New SMTP ICID 3002 interface IncomingMail (10.0.0.10) address 198.51.100.22 reverse dns host smtp.plain.example verified yes
Mon Jun  2 10:05:01 2025 Info: ICID 3002 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.5
Mon Jun  2 10:05:02 2025 Info: Start MID 8002 ICID 3002
Mon Jun  2 10:05:02 2025 Info: MID 8002 ICID 3002 From: <news@plain.example>
Mon Jun  2 10:05:02 2025 Info: MID 8002 ICID 3002 RID 0 To: <carol@corp.example>
Mon Jun  2 10:05:02 2025 Info: MID 8002 queued for delivery
Mon Jun  2 10:05:03 2025 Info: Delivery start DCID 4001 MID 8002 to RID [0]
Mon Jun  2 10:05:04 2025 Info: Message done DCID 4001 MID 8002 to RID [0]
Mon Jun  2 10:05:04 2025 Info: Message finished MID 8002 done
Mon Jun  2 10:05:05 2025 Info: ICID 3002 close
Mon Jun  2 10:10:01 2025 Info: New SMTP ICID 3003 interface IncomingMail (10.0.0.10) address 192.0.2.23 reverse dns host mx2.partner.example verified yes
Mon Jun  2 10:10:01 2025 Info: ICID 3003 ACCEPT SG ACCEPTLIST match sbrs[-1.0:10.0] SBRS 4.0
Mon Jun  2 10:10:01 2025 Info: ICID 3003 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Mon Jun  2 10:10:02 2025 Info: Start MID 8003 ICID 3003
Mon Jun  2 10:10:02 2025 Info: MID 8003 ICID 3003 From: <alice@partner.example>
Mon Jun  2 10:10:02 2025 Info: MID 8003 ICID 3003 RID 0 To: <gone@corp.example>
Mon Jun  2 10:10:02 2025 Info: MID 8003 queued for delivery
Mon Jun  2 10:10:03 2025 Info: Bounced: DCID 4001 MID 8003 to RID 0 - 5.1.1 - Unknown address error ('550', ['5.1.1 User unknown']) []
Mon Jun  2 10:10:04 2025 Info: Message finished MID 8003 done
Mon Jun  2 10:10:05 2025 Info: ICID 3003 close
Mon Jun  2 10:15:00 2025 Info: DCID 4001 close
