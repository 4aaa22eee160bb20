using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace EsaTls.Core.Stores.Search;

/// <summary>
/// Server certificate checks. Default: the platform's trust store and host-name check. With a CA file the
/// chain must lead to one of its certificates (host name still checked). With a fingerprint the server
/// certificate or one of its chain must have that SHA-256 (pinning; the usual way to trust a new
/// Elasticsearch 8 cluster's generated CA). <c>Insecure</c> accepts anything, and only when asked.
/// </summary>
internal static class CertificateValidation
{
    public static Func<object, X509Certificate, X509Chain, SslPolicyErrors, bool>? Create(SearchConnectionOptions options)
    {
        if (options.Insecure)
        {
            return static (_, _, _, _) => true;
        }
        if (options.CertificateFingerprint is { } fp)
        {
            var wanted = NormalizeFingerprint(fp);
            return (_, cert, chain, _) => MatchesFingerprint(cert, chain, wanted);
        }
        if (options.CaCertificateFile is { } file)
        {
            var roots = LoadCertificates(file);
            return (_, cert, chain, errors) => ValidateAgainst(roots, cert, chain, errors);
        }
        return null;
    }

    internal static string NormalizeFingerprint(string fingerprint)
    {
        var hex = fingerprint.Replace(":", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        if (hex.Length != 64 || !hex.All(Uri.IsHexDigit))
        {
            throw new SearchConfigurationException("the certificate fingerprint must be a SHA-256 fingerprint: 64 hex digits (colons allowed)");
        }
        return hex;
    }

    internal static X509Certificate2Collection LoadCertificates(string file)
    {
        if (!File.Exists(file))
        {
            throw new SearchConfigurationException($"--ca-cert: file '{file}' does not exist");
        }
        var collection = new X509Certificate2Collection();
        try
        {
            var text = File.ReadAllText(file);
            if (text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
            {
                collection.ImportFromPem(text);
            }
            else
            {
                collection.Add(X509CertificateLoader.LoadCertificateFromFile(file));
            }
        }
        catch (CryptographicException ex)
        {
            throw new SearchConfigurationException($"--ca-cert: '{file}' holds no readable certificate ({ex.Message})");
        }
        if (collection.Count == 0)
        {
            throw new SearchConfigurationException($"--ca-cert: '{file}' holds no certificate");
        }
        return collection;
    }

    internal static bool MatchesFingerprint(X509Certificate cert, X509Chain? chain, string wantedHex)
    {
        if (Sha256Hex(cert) == wantedHex)
        {
            return true;
        }
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements)
            {
                if (Sha256Hex(element.Certificate) == wantedHex)
                {
                    return true;
                }
            }
        }
        return false;
    }

    internal static bool ValidateAgainst(X509Certificate2Collection roots, X509Certificate cert, X509Chain? presented, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }
        // Only an untrusted chain is ours to judge; a wrong host name or a missing certificate stays fatal.
        if ((errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }
        using var leaf = X509CertificateLoader.LoadCertificate(cert.GetRawCertData());
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
        return chain.Build(leaf);
    }

    private static string Sha256Hex(X509Certificate cert) => Convert.ToHexString(SHA256.HashData(cert.GetRawCertData()));
}
