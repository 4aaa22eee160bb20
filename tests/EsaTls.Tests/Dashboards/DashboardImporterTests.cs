using System.Net;
using System.Net.Sockets;
using System.Text;
using EsaTls.Core.Dashboards;

namespace EsaTls.Tests.Dashboards;

public class DashboardImporterTests
{
    private const string KibanaSuccess = """
        {"success":true,"successCount":2,"successResults":[
          {"type":"index-pattern","id":"esatls-messages","meta":{"title":"esatls-messages-*","icon":"indexPatternApp"},"overwrite":true},
          {"type":"dashboard","id":"esatls-tls-coverage","meta":{"title":"ESA TLS coverage","icon":"dashboardApp"}}],
         "warnings":[]}
        """;

    private static CannedResponse Ok(string body = KibanaSuccess) => new(200, body);

    private static DashboardTarget Kibana(Uri url) => new() { Product = DashboardProduct.Kibana, Url = url };

    [Fact]
    public async Task Kibana_import_posts_the_bundle_as_multipart_with_xsrf_and_api_key()
    {
        await using var server = new LoopbackHttpServer(_ => Ok());
        var result = await DashboardImporter.ImportAsync(Kibana(server.Url) with { ApiKey = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==" });

        result.Status.Should().Be(DashboardImportStatus.Imported, result.Message);
        var request = server.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/api/saved_objects/_import");
        request.Query.Should().Be("overwrite=true");
        request.Header("kbn-xsrf").Should().Be("true");
        request.Header("osd-xsrf").Should().BeNull();
        request.Header("Authorization").Should().Be("ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==");
        var (disposition, content) = SingleFilePart(request);
        disposition.Should().Be("form-data; name=\"file\"; filename=\"esatls.ndjson\"");
        content.Should().Equal(SavedObjectsBundle.BuiltIn(DashboardProduct.Kibana));
        result.ObjectsSent.Should().Be(SavedObjectsBundle.CountObjects(content));
    }

    [Fact]
    public async Task Api_key_given_as_id_and_key_is_sent_base64_encoded()
    {
        await using var server = new LoopbackHttpServer(_ => Ok());
        await DashboardImporter.ImportAsync(Kibana(server.Url) with { ApiKey = "VuaCfGcBCdbkQm-e5aOx:ui2lp2axTNmsyakw9tvNnw" });
        server.Requests.Single().Header("Authorization").Should()
            .Be("ApiKey " + Convert.ToBase64String(Encoding.UTF8.GetBytes("VuaCfGcBCdbkQm-e5aOx:ui2lp2axTNmsyakw9tvNnw")));
    }

    [Fact]
    public async Task Kibana_space_goes_after_the_base_path()
    {
        await using var server = new LoopbackHttpServer(_ => Ok());
        var result = await DashboardImporter.ImportAsync(Kibana(new Uri(server.Url, "kibana/")) with { Space = "mail-security" });
        server.Requests.Single().Path.Should().Be("/kibana/s/mail-security/api/saved_objects/_import");
        result.Message.Should().Contain("space mail-security");
    }

    [Fact]
    public async Task OpenSearch_dashboards_import_uses_its_xsrf_header_tenant_and_basic_auth()
    {
        await using var server = new LoopbackHttpServer(_ => Ok());
        var result = await DashboardImporter.ImportAsync(new DashboardTarget
        {
            Product = DashboardProduct.OpenSearchDashboards,
            Url = server.Url,
            Tenant = "global",
            Username = "admin",
            Password = "pä:ss",
        });

        result.Success.Should().BeTrue(result.Message);
        var request = server.Requests.Single();
        request.Path.Should().Be("/api/saved_objects/_import");
        request.Query.Should().Be("overwrite=true");
        request.Header("osd-xsrf").Should().Be("true");
        request.Header("kbn-xsrf").Should().BeNull();
        request.Header("securitytenant").Should().Be("global");
        request.Header("Authorization").Should().Be("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:pä:ss")));
        SingleFilePart(request).Content.Should().Equal(SavedObjectsBundle.BuiltIn(DashboardProduct.OpenSearchDashboards));
    }

    [Fact]
    public async Task Success_lists_each_imported_object()
    {
        await using var server = new LoopbackHttpServer(_ => Ok());
        var result = await DashboardImporter.ImportAsync(Kibana(server.Url));

        result.HttpStatus.Should().Be(200);
        result.SuccessCount.Should().Be(2);
        result.Errors.Should().BeEmpty();
        result.Imported.Should().Equal(
            new ImportedObject("index-pattern", "esatls-messages", "esatls-messages-*", true),
            new ImportedObject("dashboard", "esatls-tls-coverage", "ESA TLS coverage", false));
        result.Message.Should().StartWith("imported 2 of ").And.Contain("Kibana");
        server.Requests.Single().Header("Authorization").Should().BeNull("no credentials were given");
    }

    [Fact]
    public async Task Partial_import_reports_every_error_readably()
    {
        const string body = """
            {"success":false,"successCount":1,
             "successResults":[{"type":"index-pattern","id":"esatls-messages","meta":{"title":"esatls-messages-*"}}],
             "errors":[
               {"id":"esatls-appliances","type":"lens","meta":{"title":"Appliances side by side"},
                "error":{"type":"missing_references","references":[{"type":"index-pattern","id":"gone"}]}},
               {"id":"esatls-tls-coverage","type":"dashboard","title":"ESA TLS coverage",
                "error":{"type":"unknown","message":"Document has a typeMigrationVersion newer than this Kibana","statusCode":400}},
               {"id":"x","type":"lens","error":{"type":"unsupported_type"}}]}
            """;
        await using var server = new LoopbackHttpServer(_ => Ok(body));
        var result = await DashboardImporter.ImportAsync(Kibana(server.Url));

        result.Status.Should().Be(DashboardImportStatus.PartiallyImported);
        result.SuccessCount.Should().Be(1);
        result.Errors.Should().Equal(
            new ImportObjectError("lens", "esatls-appliances", "Appliances side by side", "missing_references", "missing references: index-pattern gone"),
            new ImportObjectError("dashboard", "esatls-tls-coverage", "ESA TLS coverage", "unknown",
                "Document has a typeMigrationVersion newer than this Kibana (status 400)"),
            new ImportObjectError("lens", "x", null, "unsupported_type",
                "this server does not support saved objects of type 'lens' (Lens needs Kibana with the default distribution)"));
        result.Message.Should().Contain("imported 1 of").And.Contain("3 failed").And.Contain("missing references");
    }

    [Fact]
    public async Task Nothing_imported_is_a_failure()
    {
        await using var server = new LoopbackHttpServer(_ => Ok("""{"success":false,"successCount":0,"errors":[{"id":"a","type":"lens","error":{"type":"conflict"}}]}"""));
        var result = await DashboardImporter.ImportAsync(Kibana(server.Url));
        result.Status.Should().Be(DashboardImportStatus.Failed);
        result.Errors.Single().Message.Should().Contain("already exists");
    }

    [Theory]
    [InlineData(401, """{"statusCode":401,"error":"Unauthorized","message":"[security_exception] unable to authenticate user"}""", "authentication failed", "unable to authenticate user")]
    [InlineData(403, """{"statusCode":403,"error":"Forbidden","message":"Unable to bulk_create lens"}""", "privileges to manage saved objects", "Unable to bulk_create lens")]
    [InlineData(404, """{"statusCode":404,"error":"Not Found","message":"Not Found"}""", "base URL", "Not Found")]
    [InlineData(400, """{"error":"no handler found for uri [/api/saved_objects/_import?overwrite=true] and method [POST]"}""", "Elasticsearch/OpenSearch node, not Kibana", "no handler found")]
    [InlineData(400, """{"statusCode":400,"error":"Bad Request","message":"Invalid file extension .txt"}""", "request refused", "Invalid file extension")]
    [InlineData(502, "<html><body>Bad Gateway</body></html>", "request refused", "Bad Gateway")]
    public async Task Http_errors_come_back_as_failures_with_status_reason_and_server_message(int status, string body, string reason, string serverText)
    {
        await using var server = new LoopbackHttpServer(_ => new CannedResponse(status, body));
        var result = await DashboardImporter.ImportAsync(Kibana(server.Url) with { Username = "elastic", Password = "x" });

        result.Status.Should().Be(DashboardImportStatus.Failed);
        result.HttpStatus.Should().Be(status);
        result.Message.Should().Contain($"HTTP {status}").And.Contain(reason).And.Contain(serverText);
        result.Imported.Should().BeEmpty();
    }

    [Fact]
    public async Task A_200_that_is_not_an_import_result_says_the_server_is_not_kibana()
    {
        await using var server = new LoopbackHttpServer(_ => new CannedResponse(200, "<html>Welcome to nginx</html>", "text/html"));
        var result = await DashboardImporter.ImportAsync(Kibana(server.Url));
        result.Status.Should().Be(DashboardImportStatus.Failed);
        result.Message.Should().Contain("does not look like Kibana").And.Contain("5601");
    }

    [Fact]
    public async Task Redirects_are_reported_not_followed()
    {
        await using var server = new LoopbackHttpServer(_ => new CannedResponse(302, "", Location: "/login?next=%2Fapi"));
        var result = await DashboardImporter.ImportAsync(Kibana(server.Url));
        result.Status.Should().Be(DashboardImportStatus.Failed);
        result.Message.Should().Contain("HTTP 302").And.Contain("/login?next=%2Fapi");
        server.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Unreachable_server_is_a_failure_without_http_status()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var result = await DashboardImporter.ImportAsync(Kibana(new Uri($"http://127.0.0.1:{port}/")));
        result.Status.Should().Be(DashboardImportStatus.Failed);
        result.HttpStatus.Should().BeNull();
        result.Message.Should().Contain($"cannot reach http://127.0.0.1:{port}");
    }

    [Fact]
    public async Task A_server_that_does_not_answer_times_out_with_a_clear_message()
    {
        await using var server = new LoopbackHttpServer(_ => null);
        var result = await DashboardImporter.ImportAsync(Kibana(server.Url) with { Timeout = TimeSpan.FromSeconds(1) });
        result.Status.Should().Be(DashboardImportStatus.Failed);
        result.Message.Should().Contain("no answer from").And.Contain("within 1 s");
    }

    [Fact]
    public async Task Cancellation_by_the_caller_throws()
    {
        await using var server = new LoopbackHttpServer(_ => null);
        using var cts = new CancellationTokenSource();
        var import = DashboardImporter.ImportAsync(Kibana(server.Url), cts.Token);
        for (var i = 0; i < 1000 && server.Requests.IsEmpty; i++)
        {
            await Task.Delay(10);
        }
        server.Requests.Should().ContainSingle("the request reached the server before the caller cancelled");
        await cts.CancelAsync();
        await import.Invoking(async t => await t).Should().ThrowAsync<OperationCanceledException>();
    }

    public static TheoryData<DashboardTarget, string> InvalidTargets => new()
    {
        { Kibana(new Uri("ftp://kibana:5601/")), "absolute http:// or https:// URL" },
        { Kibana(new Uri("http://elastic:secret@kibana:5601/")), "must not carry credentials" },
        { Kibana(new Uri("http://kibana:5601/?x=1")), "query or fragment" },
        { Kibana(new Uri("http://kibana:5601/")) with { Space = "../admin" }, "invalid Kibana space id" },
        { Kibana(new Uri("http://kibana:5601/")) with { Tenant = "global" }, "OpenSearch Dashboards only" },
        { new DashboardTarget { Product = DashboardProduct.OpenSearchDashboards, Url = new Uri("http://osd:5601/"), Space = "x" }, "Kibana only" },
        { Kibana(new Uri("http://kibana:5601/")) with { ApiKey = "k", Username = "u", Password = "p" }, "not both" },
        { Kibana(new Uri("http://kibana:5601/")) with { Username = "u" }, "needs a password" },
        { Kibana(new Uri("http://kibana:5601/")) with { CaCertificateFile = "/nonexistent/ca.pem" }, "CA certificate file not found" },
        { Kibana(new Uri("http://kibana:5601/")) with { SavedObjectsFile = "/nonexistent/export.ndjson" }, "saved objects file not found" },
    };

    [Theory]
    [MemberData(nameof(InvalidTargets))]
    public async Task Invalid_options_fail_before_any_request(DashboardTarget target, string message)
    {
        var result = await DashboardImporter.ImportAsync(target);
        result.Status.Should().Be(DashboardImportStatus.Failed);
        result.HttpStatus.Should().BeNull();
        result.RequestUri.Should().BeNull();
        result.Message.Should().Contain(message);
    }

    [Fact]
    public async Task A_customised_export_is_sent_instead_of_the_built_in_bundle()
    {
        var file = Path.Combine(Path.GetTempPath(), $"esatls-custom-{Guid.NewGuid():N}.ndjson");
        var custom = "{\"id\":\"a\",\"type\":\"dashboard\",\"attributes\":{\"title\":\"mine\"},\"references\":[]}\n\n{\"id\":\"b\",\"type\":\"search\",\"attributes\":{\"title\":\"x\"},\"references\":[]}\n"u8.ToArray();
        await File.WriteAllBytesAsync(file, custom);
        try
        {
            await using var server = new LoopbackHttpServer(_ => Ok());
            var result = await DashboardImporter.ImportAsync(Kibana(server.Url) with { SavedObjectsFile = file });
            result.ObjectsSent.Should().Be(2);
            SingleFilePart(server.Requests.Single()).Content.Should().Equal(custom);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Https_server_is_trusted_through_the_given_ca_certificate()
    {
        using var certs = new TestCertificates();
        await using var server = new LoopbackHttpServer(_ => Ok(), certs.Server);
        var result = await DashboardImporter.ImportAsync(Kibana(server.Url) with { CaCertificateFile = certs.CaPemFile });
        result.Status.Should().Be(DashboardImportStatus.Imported, result.Message);
        server.Requests.Single().Header("kbn-xsrf").Should().Be("true");
    }

    [Fact]
    public async Task Https_server_with_an_unknown_ca_is_refused_with_advice()
    {
        using var certs = new TestCertificates();
        await using var server = new LoopbackHttpServer(_ => Ok(), certs.Server);
        var result = await DashboardImporter.ImportAsync(Kibana(server.Url));
        result.Status.Should().Be(DashboardImportStatus.Failed);
        result.HttpStatus.Should().BeNull();
        result.Message.Should().Contain("TLS").And.Contain("--ca-cert").And.Contain("--insecure");
        server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Https_server_name_must_match_even_with_the_right_ca()
    {
        using var certs = new TestCertificates(onlyName: "kibana.example");
        await using var server = new LoopbackHttpServer(_ => Ok(), certs.Server);
        var result = await DashboardImporter.ImportAsync(Kibana(server.Url) with { CaCertificateFile = certs.CaPemFile });
        result.Status.Should().Be(DashboardImportStatus.Failed);
        result.Message.Should().Contain("TLS");
        server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Insecure_accepts_any_server_certificate()
    {
        using var certs = new TestCertificates();
        await using var server = new LoopbackHttpServer(_ => Ok(), certs.Server);
        var result = await DashboardImporter.ImportAsync(Kibana(server.Url) with { Insecure = true });
        result.Status.Should().Be(DashboardImportStatus.Imported, result.Message);
    }

    /// <summary>The Content-Disposition and bytes of the only part of a multipart/form-data body.</summary>
    private static (string Disposition, byte[] Content) SingleFilePart(RecordedRequest request)
    {
        var contentType = request.Header("Content-Type")!;
        contentType.Should().StartWith("multipart/form-data; boundary=");
        var boundary = contentType["multipart/form-data; boundary=".Length..].Trim('"');
        var body = request.Body;
        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var start = body.AsSpan().IndexOf(delimiter);
        start.Should().Be(0, "the body starts with the first boundary");
        var afterDelimiter = start + delimiter.Length + 2; // CRLF
        var headEnd = body.AsSpan(afterDelimiter).IndexOf("\r\n\r\n"u8) + afterDelimiter;
        var head = Encoding.ASCII.GetString(body, afterDelimiter, headEnd - afterDelimiter).Split("\r\n");
        var contentStart = headEnd + 4;
        var closing = Encoding.ASCII.GetBytes("\r\n--" + boundary + "--");
        var contentEnd = body.AsSpan(contentStart).IndexOf(closing) + contentStart;
        (contentEnd - contentStart).Should().BeGreaterThan(0);
        body.AsSpan(contentEnd + closing.Length).ToArray().Should().Equal("\r\n"u8.ToArray());
        var disposition = head.Single(h => h.StartsWith("Content-Disposition:", StringComparison.OrdinalIgnoreCase));
        return (disposition["Content-Disposition:".Length..].Trim(), body[contentStart..contentEnd]);
    }
}
