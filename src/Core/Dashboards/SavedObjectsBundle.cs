namespace EsaTls.Core.Dashboards;

/// <summary>
/// The saved-object bundles (<c>dashboards/kibana/esatls.ndjson</c>, <c>dashboards/opensearch/esatls.ndjson</c>),
/// embedded in this assembly at build time. Embedding (rather than reading an installed <c>dashboards/</c> folder)
/// keeps the objects in step with the field contract of the same build and works for single-file, container
/// and tool installs alike; <see cref="DashboardTarget.SavedObjectsFile"/> imports a customised export instead.
/// </summary>
public static class SavedObjectsBundle
{
    /// <summary>File name sent in the multipart upload; Kibana requires the <c>.ndjson</c> extension.</summary>
    public const string FileName = "esatls.ndjson";

    /// <summary>The built-in bundle for <paramref name="product"/>, as UTF-8 NDJSON.</summary>
    public static byte[] BuiltIn(DashboardProduct product)
    {
        var name = product == DashboardProduct.Kibana
            ? "EsaTls.Core.Dashboards.kibana.ndjson"
            : "EsaTls.Core.Dashboards.opensearch.ndjson";
        using var stream = typeof(SavedObjectsBundle).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from this build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Number of objects (non-blank lines) in an NDJSON bundle.</summary>
    public static int CountObjects(ReadOnlySpan<byte> ndjson)
    {
        var count = 0;
        while (!ndjson.IsEmpty)
        {
            var end = ndjson.IndexOf((byte)'\n');
            var line = end < 0 ? ndjson : ndjson[..end];
            if (!line.Trim(" \t\r"u8).IsEmpty)
            {
                count++;
            }
            ndjson = end < 0 ? [] : ndjson[(end + 1)..];
        }
        return count;
    }
}
