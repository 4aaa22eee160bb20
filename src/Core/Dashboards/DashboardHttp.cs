using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace EsaTls.Core.Dashboards;

/// <summary>HTTP plumbing of the import: TLS trust, authentication headers, and readable transport errors.</summary>
internal static class DashboardHttp
{
    /// <summary>Loads the CA certificates of a PEM bundle (or a single DER certificate).</summary>
    public static X509Certificate2Collection? LoadCaCertificates(string path, out string? error)
    {
        error = null;
        if (!File.Exists(path))
        {
            error = $"CA certificate file not found: {path}";
            return null;
        }
        try
        {
            var certificates = new X509Certificate2Collection();
            var text = File.ReadAllText(path);
            if (text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
            {
                certificates.ImportFromPem(text);
            }
            else
            {
                certificates.Add(X509CertificateLoader.LoadCertificateFromFile(path));
            }
            if (certificates.Count == 0)
            {
                error = $"no certificate in {path}";
                return null;
            }
            return certificates;
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            error = $"cannot read CA certificate {path}: {e.Message}";
            return null;
        }
    }

    public static SocketsHttpHandler CreateHandler(DashboardTarget target, X509Certificate2Collection? caCertificates)
    {
        var handler = new SocketsHttpHandler
        {
            // A redirect here means a login page or a wrong base path; following it would hide that.
            AllowAutoRedirect = false,
            ConnectTimeout = target.Timeout < TimeSpan.FromSeconds(30) ? target.Timeout : TimeSpan.FromSeconds(30),
        };
        if (target.Insecure)
        {
#pragma warning disable CA5359 // Explicit user choice (--insecure) for trial stacks with self-signed certificates.
            handler.SslOptions.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
#pragma warning restore CA5359
        }
        else if (caCertificates is not null)
        {
            handler.SslOptions.RemoteCertificateValidationCallback =
                (_, certificate, chain, errors) => TrustedBy(caCertificates, certificate, chain, errors);
        }
        return handler;
    }

    /// <summary>System trust first; otherwise the chain must end in one of the given CAs and the name must match.</summary>
    private static bool TrustedBy(X509Certificate2Collection roots, X509Certificate? certificate, X509Chain? presented, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != 0)
        {
            return false;
        }
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (presented is not null)
        {
            foreach (var element in presented.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }
        var leaf = certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(leaf);
    }

    public static AuthenticationHeaderValue? Authorization(DashboardTarget target)
    {
        if (!string.IsNullOrEmpty(target.ApiKey))
        {
            // Elastic API keys are sent base64("id:key"); accept either that encoded form or the raw id:key pair.
            var key = target.ApiKey.Contains(':', StringComparison.Ordinal)
                ? Convert.ToBase64String(Encoding.UTF8.GetBytes(target.ApiKey))
                : target.ApiKey;
            return new AuthenticationHeaderValue("ApiKey", key);
        }
        if (!string.IsNullOrEmpty(target.Username))
        {
            var pair = Encoding.UTF8.GetBytes($"{target.Username}:{target.Password}");
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(pair));
        }
        return null;
    }

    /// <summary>A readable reason for a request that got no HTTP answer.</summary>
    public static string Describe(HttpRequestException e, Uri uri)
    {
        var endpoint = $"{uri.Scheme}://{uri.Authority}";
        if (FindInner<AuthenticationException>(e) is { } tls)
        {
            return $"TLS handshake with {endpoint} failed ({tls.Message}); pass the CA certificate that signed the server's "
                + "certificate (--ca-cert FILE), or --insecure for a trial setup";
        }
        return e.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => $"cannot resolve the host of {endpoint}: {e.Message}",
            HttpRequestError.ConnectionError => $"cannot reach {endpoint}: {e.Message} (is the server running and the URL right?)",
            HttpRequestError.SecureConnectionError => $"TLS connection to {endpoint} failed: {e.Message}",
            HttpRequestError.HttpProtocolError or HttpRequestError.InvalidResponse =>
                $"{endpoint} did not answer with valid HTTP ({e.Message}); is this an http:// URL for an https:// server, or the reverse?",
            _ => $"request to {endpoint} failed: {e.Message}",
        };
    }

    private static T? FindInner<T>(Exception e) where T : Exception
    {
        for (var current = e.InnerException; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }
        }
        return null;
    }
}
