namespace EsaTls.Query.Output;

public enum OutputFormat { Table, Csv, Json, Ndjson }
