Sat Mar  1 12:00:00 2025 Info: Begin Logfile
Sat Mar  1 12:00:00 2025 Info: Version: 15.0.0-104 SN: 4242ROLL0001
Sat Mar  1 12:00:00 2025 Info: Time offset from UTC: 3600 seconds
Sat Mar  1 12:00:01 2025 Info: New SMTP DCID 20 interface 10.0.0.11 address 198.51.100.2 port 25
Sat Mar  1 12:00:01 2025 Info: Delivery start DCID 20 MID 500 to RID [0]
Sat Mar  1 12:00:02 2025 Info: Message done DCID 20 MID 500 to RID [0]
Sat Mar  1 12:00:02 2025 Info: Message finished MID 500 done
Sat Mar  1 12:00:03 2025 Info: New SMTP DCID 21 interface 10.0.0.11 address 10.1.1.25 port 25
Sat Mar  1 12:00:03 2025 Info: DCID 21 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sat Mar  1 12:00:03 2025 Info: Delivery start DCID 21 MID 501 to RID [0]
Sat Mar  1 12:00:04 2025 Info: Message done DCID 21 MID 501 to RID [0]
Sat Mar  1 12:00:04 2025 Info: Message finished MID 501 done
