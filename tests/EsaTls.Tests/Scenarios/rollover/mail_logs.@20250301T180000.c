Sat Mar  1 18:00:00 2025 Info: Begin Logfile
Sat Mar  1 18:00:00 2025 Info: Version: 15.0.0-104 SN: 4242ROLL0001
Sat Mar  1 18:00:00 2025 Info: Time offset from UTC: 3600 seconds
Sat Mar  1 18:00:01 2025 Info: Start MID 502 ICID 100
Sat Mar  1 18:00:01 2025 Info: MID 502 ICID 100 From: <a@partner.example>
Sat Mar  1 18:00:01 2025 Info: MID 502 ICID 100 RID 0 To: <d@corp.example>
Sat Mar  1 18:00:02 2025 Info: Delivery start DCID 21 MID 502 to RID [0]
Sat Mar  1 18:00:02 2025 Info: Message done DCID 21 MID 502 to RID [0]
Sat Mar  1 18:00:02 2025 Info: Message finished MID 502 done
Sat Mar  1 18:00:03 2025 Info: ICID 100 close
