using System.Text.Json;

namespace EsaTls.Core.Dashboards;

/// <summary>Turns the HTTP answer of <c>POST /api/saved_objects/_import</c> into a <see cref="DashboardImportResult"/>.</summary>
internal static class ImportResponse
{
    public static DashboardImportResult Interpret(
        DashboardTarget target, Uri requestUri, int status, Uri? location, string body, int objectsSent)
    {
        var product = target.Product == DashboardProduct.Kibana ? "Kibana" : "OpenSearch Dashboards";
        using var json = TryParse(body);
        var root = json?.RootElement;
        var serverMessage = ServerMessage(root, body);

        if (status is >= 200 and < 300)
        {
            return root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("success", out var success)
                && success.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? FromImportPayload(r, product, target, requestUri, status, objectsSent)
                : DashboardImportResult.Fail(
                    $"{requestUri.GetLeftPart(UriPartial.Authority)} answered HTTP {status} without a saved-objects import result: "
                    + $"it does not look like {product}; pass the {product} URL (usually port 5601), not Elasticsearch/OpenSearch (9200)",
                    requestUri, status, objectsSent);
        }

        var reason = status switch
        {
            >= 300 and < 400 => $"redirected to {location?.ToString() ?? "(no location)"}; the URL may need https:// or the server's base path",
            401 => "authentication failed; check the API key or username/password",
            403 => $"not allowed; the user needs privileges to manage saved objects (dashboards, visualizations, data views) in {product}",
            404 => target.Space is not null
                ? $"not found; check that the Kibana space '{target.Space}' exists and that the URL is the {product} base URL"
                : $"not found; is the URL the {product} base URL (including any base path)?",
            413 => "the bundle is larger than the server accepts (savedObjects.maxImportPayloadBytes)",
            400 when IsElasticsearchAnswer(root, body) =>
                $"this is an Elasticsearch/OpenSearch node, not {product}; pass the {product} URL (usually port 5601)",
            _ => "request refused",
        };
        var text = serverMessage is null ? reason : $"{reason} ({serverMessage})";
        return DashboardImportResult.Fail($"{product} import failed: HTTP {status}: {text}", requestUri, status, objectsSent);
    }

    private static DashboardImportResult FromImportPayload(
        JsonElement root, string product, DashboardTarget target, Uri requestUri, int status, int objectsSent)
    {
        var imported = new List<ImportedObject>();
        if (root.TryGetProperty("successResults", out var results) && results.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in results.EnumerateArray())
            {
                imported.Add(new ImportedObject(
                    Str(item, "type") ?? "?", Str(item, "id") ?? "?", Title(item),
                    item.TryGetProperty("overwrite", out var o) && o.ValueKind == JsonValueKind.True));
            }
        }

        var errors = new List<ImportObjectError>();
        if (root.TryGetProperty("errors", out var errs) && errs.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in errs.EnumerateArray())
            {
                var error = item.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object ? e : default;
                var errorType = error.ValueKind == JsonValueKind.Object ? Str(error, "type") ?? "unknown" : "unknown";
                errors.Add(new ImportObjectError(
                    Str(item, "type") ?? "?", Str(item, "id") ?? "?", Title(item), errorType, ErrorText(errorType, error, item)));
            }
        }

        var warnings = new List<string>();
        if (root.TryGetProperty("warnings", out var warns) && warns.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in warns.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && Str(item, "message") is { } message)
                {
                    warnings.Add(message);
                }
            }
        }

        var successCount = root.TryGetProperty("successCount", out var sc) && sc.TryGetInt32(out var n) ? n : imported.Count;
        var where = target.Space is null ? requestUri.GetLeftPart(UriPartial.Authority) : $"{requestUri.GetLeftPart(UriPartial.Authority)} (space {target.Space})";
        if (target.Tenant is not null)
        {
            where += $" (tenant {target.Tenant})";
        }

        if (root.GetProperty("success").ValueKind == JsonValueKind.True && errors.Count == 0)
        {
            return new DashboardImportResult(DashboardImportStatus.Imported,
                $"imported {successCount} of {objectsSent} saved objects into {product} at {where}",
                requestUri, status, objectsSent, successCount, imported, errors, warnings);
        }

        var first = errors.Count > 0 ? $"; first: {errors[0].Type} {errors[0].Id}: {errors[0].Message}" : "";
        var outcome = successCount > 0 ? DashboardImportStatus.PartiallyImported : DashboardImportStatus.Failed;
        return new DashboardImportResult(outcome,
            $"{product} at {where} imported {successCount} of {objectsSent} saved objects; {errors.Count} failed{first}",
            requestUri, status, objectsSent, successCount, imported, errors, warnings);
    }

    private static string ErrorText(string errorType, JsonElement error, JsonElement item)
    {
        var message = error.ValueKind == JsonValueKind.Object ? Str(error, "message") : null;
        switch (errorType)
        {
            case "missing_references":
                var missing = new List<string>();
                if (error.TryGetProperty("references", out var refs) && refs.ValueKind == JsonValueKind.Array)
                {
                    foreach (var r in refs.EnumerateArray())
                    {
                        missing.Add($"{Str(r, "type")} {Str(r, "id")}");
                    }
                }
                return $"missing references: {string.Join(", ", missing)}";
            case "conflict":
                return "an object with this id already exists and was not overwritten";
            case "ambiguous_conflict":
                return "several existing objects match this object (ambiguous conflict)";
            case "unsupported_type":
                return $"this server does not support saved objects of type '{Str(item, "type")}'"
                    + (Str(item, "type") == "lens" ? " (Lens needs Kibana with the default distribution)" : "");
            default:
                var code = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("statusCode", out var s) && s.TryGetInt32(out var c)
                    ? $" (status {c})" : "";
                return (message ?? errorType) + code;
        }
    }

    private static bool IsElasticsearchAnswer(JsonElement? root, string body)
    {
        if (body.Contains("no handler found for uri", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // Elasticsearch / OpenSearch error bodies: {"error":{"root_cause":[...],"type":...,"reason":...},"status":400}
        return root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("error", out var e)
            && e.ValueKind == JsonValueKind.Object && e.TryGetProperty("root_cause", out _);
    }

    private static string? ServerMessage(JsonElement? root, string body)
    {
        if (root is { ValueKind: JsonValueKind.Object } r)
        {
            if (Str(r, "message") is { Length: > 0 } message)
            {
                return message;
            }
            if (r.TryGetProperty("error", out var e))
            {
                if (e.ValueKind == JsonValueKind.String)
                {
                    return e.GetString();
                }
                if (e.ValueKind == JsonValueKind.Object && Str(e, "reason") is { } reason)
                {
                    return reason;
                }
            }
        }
        var trimmed = body.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }
        var oneLine = trimmed.ReplaceLineEndings(" ");
        return oneLine.Length <= 200 ? oneLine : oneLine[..200] + "…";
    }

    private static string? Title(JsonElement item) =>
        Str(item, "title") ?? (item.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object ? Str(meta, "title") : null);

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static JsonDocument? TryParse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null; // HTML error pages, proxies: reported through the status and a body excerpt
        }
    }
}
