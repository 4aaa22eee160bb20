using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EsaTls.Core.Contract;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace EsaTls.Core.Stores.Search;

public sealed record SearchSetupOptions
{
    /// <summary>Indices are deleted this long after their month ended (ILM) or after their creation (ISM).</summary>
    public int RetentionDays { get; init; } = 400;
}

/// <summary>One thing setup looked at: <paramref name="Action"/> is created, updated or unchanged.</summary>
public sealed record SetupChange(string Resource, string Action, string Detail)
{
    public override string ToString() => $"{Resource}: {Action}{(Detail.Length > 0 ? " (" + Detail + ")" : "")}";
}

/// <summary>
/// Installs what the cluster needs before documents arrive: the lifecycle policy (ILM on Elasticsearch,
/// ISM on OpenSearch), the composable index template (the checked-in contract; on Elasticsearch its
/// settings name the ILM policy), and attaches the policy to monthly indices that exist without it.
/// Idempotent: each resource carries a digest of what we would write, and is only written when the digest
/// differs, so a second run reports everything unchanged.
/// </summary>
public static class SearchSetup
{
    public const string TemplateName = "esatls-messages";
    public const string PolicyName = "esatls-messages";
    public const string TemplateResource = "EsaTls.Core.Contract.index-template.json";
    private const string DigestKey = "esatls_digest";

    public static async Task<IReadOnlyList<SetupChange>> InstallAsync(
        SearchConnection connection, SearchSetupOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new SearchSetupOptions();
        if (options.RetentionDays < 1)
        {
            throw new SearchConfigurationException("the retention must be at least 1 day");
        }
        var cluster = await connection.ConnectAsync(cancellationToken).ConfigureAwait(false);
        var changes = new List<SetupChange>();
        if (cluster.Engine == SearchEngine.Elasticsearch)
        {
            changes.Add(await InstallIlmPolicyAsync(connection, options, cancellationToken).ConfigureAwait(false));
        }
        else
        {
            changes.Add(await InstallIsmPolicyAsync(connection, options, cancellationToken).ConfigureAwait(false));
        }
        changes.Add(await InstallTemplateAsync(connection, cluster.Engine, cancellationToken).ConfigureAwait(false));
        if (cluster.Engine == SearchEngine.Elasticsearch)
        {
            changes.AddRange(await AttachIlmToExistingAsync(connection, cancellationToken).ConfigureAwait(false));
        }
        else
        {
            changes.AddRange(await AttachIsmToExistingAsync(connection, cancellationToken).ConfigureAwait(false));
        }
        return changes;
    }

    /// <summary>The template body as installed on <paramref name="engine"/> (with its digest in <c>_meta</c>).</summary>
    public static JsonObject TemplateBody(SearchEngine engine)
    {
        using var stream = typeof(Fields).Assembly.GetManifestResourceStream(TemplateResource)
            ?? throw new InvalidOperationException($"embedded resource {TemplateResource} is missing");
        var body = JsonNode.Parse(stream)!.AsObject();
        if (engine == SearchEngine.Elasticsearch)
        {
            var index = body["template"]!["settings"]!["index"]!.AsObject();
            index["lifecycle"] = new JsonObject { ["name"] = PolicyName };
        }
        return WithDigest(body, body["_meta"] as JsonObject ?? (JsonObject)(body["_meta"] = new JsonObject()));
    }

    public static JsonObject IlmPolicyBody(int retentionDays)
    {
        var meta = new JsonObject
        {
            ["managed_by"] = "esatls",
            ["description"] = "esatls monthly message indices: delete after the retention, counted from the end of the index's month (index.lifecycle.origination_date)",
        };
        var body = new JsonObject
        {
            ["policy"] = new JsonObject
            {
                ["_meta"] = meta,
                ["phases"] = new JsonObject
                {
                    ["delete"] = new JsonObject
                    {
                        ["min_age"] = Days(retentionDays),
                        ["actions"] = new JsonObject { ["delete"] = new JsonObject() },
                    },
                },
            },
        };
        return WithDigest(body, meta);
    }

    public static JsonObject IsmPolicyBody(int retentionDays)
    {
        var policy = new JsonObject
        {
            ["description"] = "",
            ["default_state"] = "hot",
            ["states"] = new JsonArray
            {
                new JsonObject
                {
                    ["name"] = "hot",
                    ["actions"] = new JsonArray(),
                    ["transitions"] = new JsonArray
                    {
                        new JsonObject
                        {
                            ["state_name"] = "delete",
                            ["conditions"] = new JsonObject { ["min_index_age"] = Days(retentionDays) },
                        },
                    },
                },
                new JsonObject
                {
                    ["name"] = "delete",
                    ["actions"] = new JsonArray { new JsonObject { ["delete"] = new JsonObject() } },
                    ["transitions"] = new JsonArray(),
                },
            },
            ["ism_template"] = new JsonArray
            {
                new JsonObject { ["index_patterns"] = new JsonArray { Fields.IndexPattern }, ["priority"] = 100 },
            },
        };
        // ISM policies have no _meta: the digest travels in the description.
        var digest = Digest(policy);
        policy["description"] = $"esatls monthly message indices: delete {Days(retentionDays)} after index creation [{DigestKey}={digest}]";
        return new JsonObject { ["policy"] = policy };
    }

    private static async Task<SetupChange> InstallIlmPolicyAsync(SearchConnection c, SearchSetupOptions options, CancellationToken ct)
    {
        var resource = $"ILM policy {PolicyName}";
        var desired = IlmPolicyBody(options.RetentionDays);
        var wanted = desired["policy"]!["_meta"]![DigestKey]!.GetValue<string>();
        var current = await c.SendAsync(HttpMethod.GET, "/_ilm/policy/" + PolicyName, null, ct).ConfigureAwait(false);
        string action;
        if (current.Status == 404)
        {
            action = "created";
        }
        else
        {
            Ensure(c, current, resource);
            using var doc = current.Json();
            var have = doc.RootElement.TryGetProperty(PolicyName, out var p)
                && p.TryGetProperty("policy", out var pol) && pol.TryGetProperty("_meta", out var meta)
                && meta.TryGetProperty(DigestKey, out var d) ? d.GetString() : null;
            if (have == wanted)
            {
                return new SetupChange(resource, "unchanged", $"delete after {Days(options.RetentionDays)}");
            }
            action = "updated";
        }
        Ensure(c, await c.SendAsync(HttpMethod.PUT, "/_ilm/policy/" + PolicyName, Bytes(desired), ct).ConfigureAwait(false), resource);
        return new SetupChange(resource, action, $"delete after {Days(options.RetentionDays)} from the end of each month");
    }

    private static async Task<SetupChange> InstallIsmPolicyAsync(SearchConnection c, SearchSetupOptions options, CancellationToken ct)
    {
        var resource = $"ISM policy {PolicyName}";
        var desired = IsmPolicyBody(options.RetentionDays);
        var wanted = desired["policy"]!["description"]!.GetValue<string>();
        var path = "/_plugins/_ism/policies/" + PolicyName;
        var current = await c.SendAsync(HttpMethod.GET, path, null, ct).ConfigureAwait(false);
        string action;
        if (current.Status == 404)
        {
            action = "created";
        }
        else
        {
            Ensure(c, current, resource);
            using var doc = current.Json();
            var root = doc.RootElement;
            var have = root.TryGetProperty("policy", out var pol) && pol.TryGetProperty("description", out var d) ? d.GetString() : null;
            if (have == wanted)
            {
                return new SetupChange(resource, "unchanged", $"delete {Days(options.RetentionDays)} after index creation");
            }
            // Updating an ISM policy needs the sequence number of the version we read.
            var seq = root.TryGetProperty("_seq_no", out var s) ? s.GetInt64() : 0;
            var term = root.TryGetProperty("_primary_term", out var t) ? t.GetInt64() : 1;
            path += SearchConnection.Invariant($"?if_seq_no={seq}&if_primary_term={term}");
            action = "updated";
        }
        Ensure(c, await c.SendAsync(HttpMethod.PUT, path, Bytes(desired), ct).ConfigureAwait(false), resource);
        return new SetupChange(resource, action, $"delete {Days(options.RetentionDays)} after index creation (ISM counts from creation: a backfilled month is kept longer, never shorter)");
    }

    private static async Task<SetupChange> InstallTemplateAsync(SearchConnection c, SearchEngine engine, CancellationToken ct)
    {
        var resource = $"index template {TemplateName}";
        var desired = TemplateBody(engine);
        var wanted = desired["_meta"]![DigestKey]!.GetValue<string>();
        var path = "/_index_template/" + TemplateName;
        var current = await c.SendAsync(HttpMethod.GET, path, null, ct).ConfigureAwait(false);
        string action;
        if (current.Status == 404)
        {
            action = "created";
        }
        else
        {
            Ensure(c, current, resource);
            using var doc = current.Json();
            string? have = null;
            if (doc.RootElement.TryGetProperty("index_templates", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var t in list.EnumerateArray())
                {
                    if (t.TryGetProperty("name", out var n) && n.GetString() == TemplateName
                        && t.TryGetProperty("index_template", out var it) && it.TryGetProperty("_meta", out var meta)
                        && meta.TryGetProperty(DigestKey, out var d))
                    {
                        have = d.GetString();
                    }
                }
            }
            if (have == wanted)
            {
                return new SetupChange(resource, "unchanged", Fields.IndexPattern);
            }
            action = "updated";
        }
        Ensure(c, await c.SendAsync(HttpMethod.PUT, path, Bytes(desired), ct).ConfigureAwait(false), resource);
        return new SetupChange(resource, action, Fields.IndexPattern + (engine == SearchEngine.Elasticsearch ? ", ILM " + PolicyName : ""));
    }

    /// <summary>Monthly indices created before setup (or by another writer) get the policy and their origination date.</summary>
    private static async Task<List<SetupChange>> AttachIlmToExistingAsync(SearchConnection c, CancellationToken ct)
    {
        var changes = new List<SetupChange>();
        var response = await c.SendAsync(HttpMethod.GET,
            "/" + Fields.IndexPattern + "/_settings?flat_settings=true&ignore_unavailable=true&allow_no_indices=true", null, ct).ConfigureAwait(false);
        if (response.Status == 404)
        {
            return changes;
        }
        Ensure(c, response, "existing indices");
        using var doc = response.Json();
        foreach (var index in doc.RootElement.EnumerateObject())
        {
            if (!MonthlyIndex.TryParseMonth(index.Name, out var month))
            {
                continue;
            }
            var settings = index.Value.TryGetProperty("settings", out var s) ? s : default;
            var name = Setting(settings, "index.lifecycle.name");
            var origination = Setting(settings, "index.lifecycle.origination_date");
            var wantedOrigination = MonthlyIndex.OriginationMillis(month).ToString(CultureInfo.InvariantCulture);
            if (name == PolicyName && origination == wantedOrigination)
            {
                continue;
            }
            var body = new JsonObject
            {
                ["index.lifecycle.name"] = PolicyName,
                ["index.lifecycle.origination_date"] = MonthlyIndex.OriginationMillis(month),
            };
            Ensure(c, await c.SendAsync(HttpMethod.PUT, "/" + index.Name + "/_settings", Bytes(body), ct).ConfigureAwait(false), "index " + index.Name);
            changes.Add(new SetupChange("index " + index.Name, "updated", $"ILM {PolicyName}, origination {month.AddMonths(1):yyyy-MM-dd}"));
        }
        return changes;
    }

    private static async Task<List<SetupChange>> AttachIsmToExistingAsync(SearchConnection c, CancellationToken ct)
    {
        var changes = new List<SetupChange>();
        var response = await c.SendAsync(HttpMethod.GET, "/_plugins/_ism/explain/" + Fields.IndexPattern, null, ct).ConfigureAwait(false);
        if (response.Status == 404)
        {
            return changes;
        }
        Ensure(c, response, "existing indices");
        using var doc = response.Json();
        foreach (var index in doc.RootElement.EnumerateObject())
        {
            if (index.Value.ValueKind != JsonValueKind.Object || !MonthlyIndex.TryParseMonth(index.Name, out _))
            {
                continue;
            }
            var policy = Setting(index.Value, "index.plugins.index_state_management.policy_id")
                ?? Setting(index.Value, "index.opendistro.index_state_management.policy_id")
                ?? Setting(index.Value, "policy_id");
            if (policy is not null)
            {
                continue;
            }
            var body = new JsonObject { ["policy_id"] = PolicyName };
            Ensure(c, await c.SendAsync(HttpMethod.POST, "/_plugins/_ism/add/" + index.Name, Bytes(body), ct).ConfigureAwait(false), "index " + index.Name);
            changes.Add(new SetupChange("index " + index.Name, "updated", $"ISM {PolicyName}"));
        }
        return changes;
    }

    private static string? Setting(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Number => v.GetRawText(),
                _ => null,
            }
            : null;

    private static void Ensure(SearchConnection c, SearchResponse response, string what)
    {
        if (!response.IsSuccess)
        {
            throw new SearchRequestException($"setup of {what} failed: {c.Secrets.Redact(response.Describe())}", response.Status);
        }
    }

    private static JsonObject WithDigest(JsonObject body, JsonObject meta)
    {
        meta.Remove(DigestKey);
        meta[DigestKey] = Digest(body);
        return body;
    }

    private static string Digest(JsonNode node) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(node.ToJsonString())))[..16];

    private static string Days(int days) => days.ToString(CultureInfo.InvariantCulture) + "d";

    private static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());
}
