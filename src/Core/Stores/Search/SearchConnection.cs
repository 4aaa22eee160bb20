using System.Globalization;
using System.Text.Json;
using Elastic.Transport;
using Elastic.Transport.Products;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace EsaTls.Core.Stores.Search;

/// <summary>What <see cref="SearchConnection.Resolve"/> settled: the nodes and at most one kind of credentials.</summary>
public sealed record ResolvedSearchOptions(IReadOnlyList<Uri> Nodes, string? ApiKey, string? Username, string? Password);

/// <summary>
/// A configured cluster connection: Elastic.Transport with a plain <see cref="TransportConfiguration"/>
/// (no product check, no compression, plain <c>application/json</c>), which serves Elasticsearch 8/9 and
/// OpenSearch 2 alike. <see cref="ConnectAsync"/> detects which one answers and refuses versions we do not
/// support. Nothing here prints a credential: <see cref="Description"/> and every exception are redacted.
/// </summary>
public sealed class SearchConnection : IDisposable
{
    private readonly ITransportConfiguration configuration;
    private readonly ITransport transport;
    private ClusterInfo? cluster;

    internal Secrets Secrets { get; }

    public IReadOnlyList<Uri> Nodes { get; }

    public SearchEngine? EngineHint { get; }

    public TimeSpan RequestTimeout { get; }

    /// <summary>Detected by <see cref="ConnectAsync"/>; null before.</summary>
    public ClusterInfo? Cluster => cluster;

    /// <summary>For logs and summaries: engine and node URLs, never credentials.</summary>
    public string Description
    {
        get
        {
            var what = cluster?.ToString() ?? EngineHint?.ToString().ToLowerInvariant() ?? "search cluster";
            return $"{what} at {string.Join(", ", Nodes.Select(n => RedactUrl(n.ToString())))}";
        }
    }

    public override string ToString() => Description;

    private SearchConnection(ITransportConfiguration configuration, IReadOnlyList<Uri> nodes, SearchEngine? hint, TimeSpan timeout, Secrets secrets)
    {
        this.configuration = configuration;
        transport = new DistributedTransport(configuration);
        Nodes = nodes;
        EngineHint = hint;
        RequestTimeout = timeout;
        Secrets = secrets;
    }

    /// <summary>
    /// The checks and choices of <see cref="FromOptions"/> without building anything: the node URLs (user info
    /// moved out), and the one set of credentials that applies. Both command lines validate with this, so a
    /// cluster option means the same and fails with the same message in each.
    /// </summary>
    /// <exception cref="SearchConfigurationException">An option is wrong or contradicts another.</exception>
    public static ResolvedSearchOptions Resolve(SearchConnectionOptions options, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        environment ??= Environment.GetEnvironmentVariable;

        if (options.Urls.All(string.IsNullOrWhiteSpace))
        {
            throw new SearchConfigurationException("no cluster URL given (--elasticsearch URL or --opensearch URL)");
        }
        var nodes = new List<Uri>();
        string? urlUser = null;
        string? urlPassword = null;
        // "https://es1:9200,https://es2:9200" in one value is the same as two values.
        foreach (var raw in options.Urls.SelectMany(u => u.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!Uri.TryCreate(raw, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new SearchConfigurationException($"cluster URL '{RedactUrl(raw)}' is not an http:// or https:// URL");
            }
            if (uri.UserInfo.Length > 0)
            {
                // user:password@host is accepted but moved into the Authorization header, never kept in the URL.
                var parts = uri.UserInfo.Split(':', 2);
                urlUser = Uri.UnescapeDataString(parts[0]);
                urlPassword = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : null;
                uri = new UriBuilder(uri) { UserName = "", Password = "" }.Uri;
            }
            nodes.Add(uri);
        }

        if (nodes.Exists(n => n.Scheme != nodes[0].Scheme))
        {
            throw new SearchConfigurationException("the cluster URLs mix http:// and https://: give them all with the same scheme");
        }
        if (Blank(options.ApiKey) is not null && ((Blank(options.Username) ?? urlUser) is not null || Blank(options.Password) is not null))
        {
            throw new SearchConfigurationException("give either --api-key or --username/--password, not both");
        }
        // Options win over the environment; within each, an API key wins over a user name.
        string? apiKey = null, username = null, password = null;
        if (Blank(options.ApiKey) is { } optionKey)
        {
            apiKey = optionKey;
        }
        else if ((Blank(options.Username) ?? urlUser) is { } optionUser)
        {
            username = optionUser;
            password = Blank(options.Password) ?? urlPassword ?? Blank(environment(SearchConnectionOptions.PasswordVariable));
        }
        else if (Blank(options.Password) is null && Blank(environment(SearchConnectionOptions.ApiKeyVariable)) is { } envKey)
        {
            apiKey = envKey;
        }
        else
        {
            username = Blank(environment(SearchConnectionOptions.UsernameVariable));
            password = Blank(options.Password) ?? Blank(environment(SearchConnectionOptions.PasswordVariable));
        }
        if (username is not null && password is null)
        {
            throw new SearchConfigurationException($"--username given without a password (--password or {SearchConnectionOptions.PasswordVariable})");
        }
        if (password is not null && username is null)
        {
            throw new SearchConfigurationException($"a password was given without --username (or {SearchConnectionOptions.UsernameVariable})");
        }
        if (options.Insecure && (options.CaCertificateFile is not null || options.CertificateFingerprint is not null))
        {
            throw new SearchConfigurationException("--insecure cannot be combined with --ca-cert or a certificate fingerprint");
        }
        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            throw new SearchConfigurationException("the request timeout must be positive");
        }

        return new ResolvedSearchOptions(nodes, apiKey, username, password);
    }

    /// <summary>
    /// Validates the options (one clear <see cref="SearchConfigurationException"/> naming the option at fault)
    /// and builds the transport. Credentials not given in <paramref name="options"/> come from
    /// <c>ESATLS_API_KEY</c> / <c>ESATLS_USERNAME</c> / <c>ESATLS_PASSWORD</c>; <paramref name="environment"/>
    /// replaces <see cref="Environment.GetEnvironmentVariable(string)"/> (tests).
    /// </summary>
    public static SearchConnection FromOptions(SearchConnectionOptions options, Func<string, string?>? environment = null)
    {
        var (nodes, apiKey, username, password) = Resolve(options, environment);
        var secrets = Secrets.For(apiKey ?? Blank(options.ApiKey), username, password ?? Blank(options.Password));

        var validation = CertificateValidation.Create(options);

        NodePool pool = nodes.Count == 1 ? new SingleNodePool(nodes[0]) : new StaticNodePool(nodes, randomize: false);
        var descriptor = new TransportConfigurationDescriptor(pool, null, null, DefaultProductRegistration.Default)
            .RequestTimeout(options.RequestTimeout)
            .PingTimeout(TimeSpan.FromSeconds(Math.Min(5, options.RequestTimeout.TotalSeconds)))
            .DisablePing()
            .DisableMetaHeader()
            .EnableHttpCompression(false)
            .ThrowExceptions(false);
        if (apiKey is not null)
        {
            descriptor = descriptor.Authentication(new ApiKey(apiKey));
        }
        else if (username is not null)
        {
            descriptor = descriptor.Authentication(new BasicAuthentication(username, password!));
        }
        if (validation is not null)
        {
            descriptor = descriptor.ServerCertificateValidationCallback(validation);
        }

        return new SearchConnection(descriptor, nodes, options.EngineHint, options.RequestTimeout, secrets);
    }

    /// <summary>
    /// <c>GET /</c>: detects Elasticsearch or OpenSearch and the version; refuses Elasticsearch before 8 and
    /// OpenSearch before 2, and says so when the engine the user named is not the one that answers.
    /// </summary>
    public async Task<ClusterInfo> ConnectAsync(CancellationToken cancellationToken)
    {
        if (cluster is not null)
        {
            return cluster;
        }
        var response = await SendAsync(HttpMethod.GET, "/", null, cancellationToken).ConfigureAwait(false);
        if (response.Status is 401 or 403)
        {
            throw new SearchRequestException(
                $"{Where()} refused the credentials ({response.Status}): check --api-key or --username/--password "
                + $"({SearchConnectionOptions.ApiKeyVariable}, {SearchConnectionOptions.UsernameVariable}, {SearchConnectionOptions.PasswordVariable})",
                response.Status);
        }
        if (!response.IsSuccess)
        {
            throw new SearchRequestException($"cannot reach {Where()}: {Secrets.Redact(response.Describe())}", response.Status);
        }
        var info = EngineDetection.Parse(response.Body, Where());
        EngineDetection.CheckSupported(info, EngineHint, Where());
        cluster = info;
        return info;
    }

    internal ClusterInfo RequireCluster() =>
        cluster ?? throw new InvalidOperationException("ConnectAsync must be called first");

    private string Where() => string.Join(", ", Nodes.Select(n => RedactUrl(n.ToString())));

    /// <summary>Sends one request; never throws for HTTP or network failures (see <see cref="SearchResponse"/>).</summary>
    internal Task<SearchResponse> SendAsync(HttpMethod method, string path, byte[]? body, CancellationToken cancellationToken) =>
        SendAsync(method, path, body, null, cancellationToken);

    internal async Task<SearchResponse> SendAsync(HttpMethod method, string path, byte[]? body, string? contentType, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var requestConfig = contentType is null ? null : new RequestConfiguration { ContentType = contentType };
        BytesResponse response;
        try
        {
            response = await transport.RequestAsync<BytesResponse>(
                new EndpointPath(method, path),
                body is null ? null : PostData.Bytes(body),
                null,
                requestConfig,
                cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // every transport failure becomes a status-less response the callers classify
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new SearchResponse(null, [], Secrets.Redact(Innermost(ex)));
        }
        cancellationToken.ThrowIfCancellationRequested();
        var details = response.ApiCallDetails;
        var status = details.HttpStatusCode;
        var bytes = response.Body ?? [];
        if (status is null)
        {
            var failure = details.OriginalException is { } ex ? Innermost(ex) : "no response";
            return new SearchResponse(null, bytes, Secrets.Redact(failure));
        }
        return new SearchResponse(status, bytes, null);
    }

    private static string Innermost(Exception ex)
    {
        var e = ex;
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }
        var text = e is TaskCanceledException or TimeoutException ? "request timed out" : e.Message;
        return e == ex ? text : $"{text} ({ex.GetType().Name})";
    }

    /// <summary>A URL without its user-info part, for messages.</summary>
    public static string RedactUrl(string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0)
        {
            return new UriBuilder(uri) { UserName = "", Password = "" }.Uri.ToString();
        }
        var at = url.IndexOf('@', StringComparison.Ordinal);
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        return at > 0 && scheme >= 0 && at > scheme ? string.Concat(url.AsSpan(0, scheme + 3), url.AsSpan(at + 1)) : url;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    public void Dispose() => (configuration as IDisposable)?.Dispose();

    internal static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    internal static byte[] ToJsonBytes(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }
        return buffer.ToArray();
    }
}
