using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;

namespace EsaTls.Core.Dashboards;

/// <summary>
/// Imports the saved dashboards into Kibana (<c>POST {url}[/s/{space}]/api/saved_objects/_import?overwrite=true</c>,
/// header <c>kbn-xsrf</c>) or OpenSearch Dashboards (same API, header <c>osd-xsrf</c>, optional <c>securitytenant</c>).
/// Never throws for bad options, network or server errors: they come back as a <see cref="DashboardImportStatus.Failed"/>
/// result with a readable message. Cancellation through the token throws <see cref="OperationCanceledException"/>.
/// </summary>
public static class DashboardImporter
{
    public static async Task<DashboardImportResult> ImportAsync(DashboardTarget target, CancellationToken cancellationToken = default)
    {
        if (Validate(target) is { } problem)
        {
            return DashboardImportResult.Fail(problem);
        }

        byte[] bundle;
        if (target.SavedObjectsFile is null)
        {
            bundle = SavedObjectsBundle.BuiltIn(target.Product);
        }
        else if (!File.Exists(target.SavedObjectsFile))
        {
            return DashboardImportResult.Fail($"saved objects file not found: {target.SavedObjectsFile}");
        }
        else
        {
            try
            {
                bundle = await File.ReadAllBytesAsync(target.SavedObjectsFile, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return DashboardImportResult.Fail($"cannot read saved objects file {target.SavedObjectsFile}: {e.Message}");
            }
        }
        var objectsSent = SavedObjectsBundle.CountObjects(bundle);
        if (objectsSent == 0)
        {
            return DashboardImportResult.Fail($"no saved objects to import in {target.SavedObjectsFile ?? "the built-in bundle"}");
        }

        X509Certificate2Collection? ca = null;
        if (target.CaCertificateFile is not null && !target.Insecure)
        {
            ca = DashboardHttp.LoadCaCertificates(target.CaCertificateFile, out var caError);
            if (ca is null)
            {
                return DashboardImportResult.Fail(caError!);
            }
        }

        var requestUri = ImportUri(target);
        using var handler = DashboardHttp.CreateHandler(target, ca);
        using var client = new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        using var request = BuildRequest(target, requestUri, bundle);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(target.Timeout);
        try
        {
            using var response = await client.SendAsync(request, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            return ImportResponse.Interpret(target, requestUri, (int)response.StatusCode, response.Headers.Location, body, objectsSent);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DashboardImportResult.Fail(
                $"no answer from {requestUri.GetLeftPart(UriPartial.Authority)} within {target.Timeout.TotalSeconds:0} s", requestUri,
                objectsSent: objectsSent);
        }
        catch (HttpRequestException e)
        {
            return DashboardImportResult.Fail(DashboardHttp.Describe(e, requestUri), requestUri, objectsSent: objectsSent);
        }
    }

    /// <summary>The import endpoint for <paramref name="target"/>; keeps a base path, drops a trailing slash.</summary>
    public static Uri ImportUri(DashboardTarget target)
    {
        var baseUrl = target.Url.GetLeftPart(UriPartial.Path).TrimEnd('/');
        var space = target.Space is null ? "" : "/s/" + target.Space;
        return new Uri($"{baseUrl}{space}/api/saved_objects/_import?overwrite=true");
    }

    internal static string? Validate(DashboardTarget target)
    {
        var name = target.Product == DashboardProduct.Kibana ? "Kibana" : "OpenSearch Dashboards";
        if (!target.Url.IsAbsoluteUri || (target.Url.Scheme != Uri.UriSchemeHttp && target.Url.Scheme != Uri.UriSchemeHttps))
        {
            return $"the {name} URL must be an absolute http:// or https:// URL: {target.Url}";
        }
        if (target.Url.UserInfo.Length > 0)
        {
            return $"the {name} URL must not carry credentials; use the username/password or API key options";
        }
        if (target.Url.Query.Length > 0 || target.Url.Fragment.Length > 0)
        {
            return $"the {name} URL must not carry a query or fragment: {target.Url}";
        }
        if (target.Space is not null)
        {
            if (target.Product != DashboardProduct.Kibana)
            {
                return "a space applies to Kibana only; OpenSearch Dashboards uses a tenant";
            }
            if (!IsSpaceId(target.Space))
            {
                return $"invalid Kibana space id '{target.Space}': use lowercase letters, digits, '_' and '-'";
            }
        }
        if (target.Tenant is not null)
        {
            if (target.Product != DashboardProduct.OpenSearchDashboards)
            {
                return "a tenant applies to OpenSearch Dashboards only; Kibana uses a space";
            }
            if (target.Tenant.Length == 0 || target.Tenant.AsSpan().IndexOfAny('\r', '\n') >= 0)
            {
                return "the OpenSearch tenant must be a non-empty single-line name";
            }
        }
        if (!string.IsNullOrEmpty(target.ApiKey) && !string.IsNullOrEmpty(target.Username))
        {
            return "use either an API key or a username/password, not both";
        }
        if (!string.IsNullOrEmpty(target.Username) != (target.Password is not null))
        {
            return string.IsNullOrEmpty(target.Username) ? "a password needs a username" : "the username needs a password";
        }
        if (target.Timeout <= TimeSpan.Zero)
        {
            return "the timeout must be positive";
        }
        return null;
    }

    private static bool IsSpaceId(string space)
    {
        if (space.Length == 0)
        {
            return false;
        }
        foreach (var c in space)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-'))
            {
                return false;
            }
        }
        return true;
    }

    private static HttpRequestMessage BuildRequest(DashboardTarget target, Uri requestUri, byte[] bundle)
    {
        // Quoted name/filename and an unquoted boundary, as curl sends them: the form every hapi-based server parses.
        var boundary = "esatls-" + Guid.NewGuid().ToString("N");
        var file = new ByteArrayContent(bundle);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/ndjson");
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data")
        {
            Name = "\"file\"",
            FileName = $"\"{SavedObjectsBundle.FileName}\"",
        };
        var form = new MultipartFormDataContent(boundary) { file };
        form.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");

        var request = new HttpRequestMessage(HttpMethod.Post, requestUri) { Content = form };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("esatls", "1"));
        if (target.Product == DashboardProduct.Kibana)
        {
            request.Headers.Add("kbn-xsrf", "true");
        }
        else
        {
            request.Headers.Add("osd-xsrf", "true");
            if (target.Tenant is not null)
            {
                request.Headers.Add("securitytenant", target.Tenant);
            }
        }
        request.Headers.Authorization = DashboardHttp.Authorization(target);
        return request;
    }
}
