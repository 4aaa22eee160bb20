using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using EsaTls.Core.Stores.Search;

namespace EsaTls.Tests.Search;

/// <summary>HTTPS to the double with a CA and server certificate made here: default, CA file, fingerprint, insecure.</summary>
public sealed class CertificateTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "esatls-tls-" + Guid.NewGuid().ToString("N"));

    public CertificateTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    internal static X509Certificate2 MakeCa(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=" + name, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }

    internal static X509Certificate2 MakeServer(X509Certificate2 ca, bool forLoopback = true)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=es-node", key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        if (forLoopback)
        {
            san.AddIpAddress(IPAddress.Loopback);
        }
        san.AddDnsName(forLoopback ? "localhost" : "es-node.invalid");
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        using var issued = request.Create(ca, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(10), RandomNumberGenerator.GetBytes(8));
        using var withKey = issued.CopyWithPrivateKey(key);
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
    }

    private string WritePem(X509Certificate2 cert, string name)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, cert.ExportCertificatePem());
        return path;
    }

    internal static string Fingerprint(X509Certificate2 cert) =>
        string.Join(':', SHA256.HashData(cert.RawData).Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));

    private static Task<ClusterInfo> Connect(FakeCluster cluster, Func<SearchConnectionOptions, SearchConnectionOptions> tls)
    {
        var connection = SearchConnection.FromOptions(tls(new SearchConnectionOptions
        {
            Urls = [$"https://127.0.0.1:{cluster.Url.Port}"],
            RequestTimeout = TimeSpan.FromSeconds(5),
        }), _ => null);
        return connection.ConnectAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Verification_is_on_by_default()
    {
        using var ca = MakeCa("esatls test CA");
        using var server = MakeServer(ca);
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch, certificate: server);
        var act = () => Connect(cluster, o => o);
        (await act.Should().ThrowAsync<SearchRequestException>()).Which.Message.Should().Contain("cannot reach");
    }

    [Fact]
    public async Task A_ca_file_makes_its_chain_trusted()
    {
        using var ca = MakeCa("esatls test CA");
        using var server = MakeServer(ca);
        var caFile = WritePem(ca, "ca.pem");
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch, certificate: server);
        (await Connect(cluster, o => o with { CaCertificateFile = caFile })).Engine.Should().Be(SearchEngine.Elasticsearch);
    }

    [Fact]
    public async Task Another_ca_is_not_trusted()
    {
        using var ca = MakeCa("esatls test CA");
        using var other = MakeCa("someone else");
        using var server = MakeServer(ca);
        var otherFile = WritePem(other, "other.pem");
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch, certificate: server);
        var act = () => Connect(cluster, o => o with { CaCertificateFile = otherFile });
        await act.Should().ThrowAsync<SearchRequestException>();
    }

    [Fact]
    public async Task A_ca_file_does_not_excuse_a_wrong_host_name()
    {
        using var ca = MakeCa("esatls test CA");
        using var server = MakeServer(ca, forLoopback: false);
        var caFile = WritePem(ca, "ca.pem");
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch, certificate: server);
        var act = () => Connect(cluster, o => o with { CaCertificateFile = caFile });
        await act.Should().ThrowAsync<SearchRequestException>();
    }

    [Fact]
    public async Task A_fingerprint_of_the_ca_or_the_server_pins_the_certificate()
    {
        using var ca = MakeCa("esatls test CA");
        using var other = MakeCa("someone else");
        using var server = MakeServer(ca);
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.OpenSearch, certificate: server);
        (await Connect(cluster, o => o with { CertificateFingerprint = Fingerprint(server) })).Engine.Should().Be(SearchEngine.OpenSearch);
        var wrong = () => Connect(cluster, o => o with { CertificateFingerprint = Fingerprint(other).Replace(":", "", StringComparison.Ordinal).ToLowerInvariant() });
        await wrong.Should().ThrowAsync<SearchRequestException>();
    }

    [Fact]
    public async Task Insecure_accepts_any_certificate_when_asked()
    {
        using var ca = MakeCa("esatls test CA");
        using var server = MakeServer(ca, forLoopback: false);
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch, certificate: server);
        (await Connect(cluster, o => o with { Insecure = true })).Engine.Should().Be(SearchEngine.Elasticsearch);
    }

    [Fact]
    public void The_ca_fingerprint_matches_when_the_chain_carries_the_ca()
    {
        using var ca = MakeCa("esatls test CA");
        using var server = MakeServer(ca);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.Build(server).Should().BeTrue();
        var wanted = CertificateValidation.NormalizeFingerprint(Fingerprint(ca));
        CertificateValidation.MatchesFingerprint(server, chain, wanted).Should().BeTrue();
        CertificateValidation.MatchesFingerprint(server, null, wanted).Should().BeFalse();
    }
}
