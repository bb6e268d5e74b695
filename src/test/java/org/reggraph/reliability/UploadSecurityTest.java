package org.reggraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.config.AppConfig;
import org.reggraph.testing.TestStore;

/** Writes over real HTTP: who may upload, what a refused file answers, size limits and security headers. */
class UploadSecurityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "test-token-4f1e";
    private static final long UPLOAD_LIMIT = 256 * 1024;
    private static final String NOTICE = "Section 1. The exporter shall file a licence application for model weights.\n";

    @TempDir
    static Path workDir;
    private static TestStore writable;
    private static TestStore readOnly;

    @BeforeAll
    static void serve() {
        writable = TestStore.open(workDir.resolve("writable"), config -> config.withAdminToken(TOKEN)
                .withLimits(config.maxResults(), UPLOAD_LIMIT, config.parseTimeout())).serve();
        readOnly = TestStore.open(workDir.resolve("read-only")).serve();
    }

    @AfterAll
    static void close() {
        writable.close();
        readOnly.close();
    }

    @Test
    void uploadWithoutTokenIsUnauthorizedWithABearerChallenge() throws Exception {
        HttpResponse<String> response = upload(writable, null, new Multipart().file("notice.txt", bytes(NOTICE)));
        assertEquals(401, response.statusCode());
        assertEquals(List.of("Bearer realm=\"reggraph\""), response.headers().allValues("WWW-Authenticate"));
        assertEquals(401, JSON.readTree(response.body()).path("error").path("status").asInt());
        assertSecurityHeaders(response);
    }

    @Test
    void uploadWithAWrongTokenIsUnauthorized() throws Exception {
        HttpResponse<String> response = upload(writable, TOKEN + "x", new Multipart().file("notice.txt", bytes(NOTICE)));
        assertEquals(401, response.statusCode());
        assertTrue(message(response).contains("not valid"), response.body());
    }

    @Test
    void withoutAConfiguredTokenWritesAreDisabled() throws Exception {
        HttpResponse<String> response = upload(readOnly, TOKEN, new Multipart().file("notice.txt", bytes(NOTICE)));
        assertEquals(403, response.statusCode());
        assertTrue(message(response).contains("writes are disabled"), response.body());
    }

    @Test
    void anUploadedFileIsStoredAndSearchable() throws Exception {
        HttpResponse<String> response = upload(writable, TOKEN,
                new Multipart().file("uploaded notice.txt", bytes(NOTICE.replace("model weights", "quokka weights"))));
        assertEquals(201, response.statusCode(), response.body());
        JsonNode file = JSON.readTree(response.body()).path("files").get(0);
        assertEquals("stored", file.path("status").asText());
        assertEquals("uploaded notice.txt", file.path("file").asText());
        assertEquals(200, writable.get("/api/v1/documents/" + file.path("document").asText()).statusCode());
        JsonNode hits = JSON.readTree(writable.get("/api/v1/search?q=quokka").body());
        assertEquals(1, hits.path("total").asInt(), hits.toString());
    }

    @Test
    void aFileNameThatClimbsFoldersIsFlattened() throws Exception {
        HttpResponse<String> response = upload(writable, TOKEN, new Multipart()
                .file("../../outside/evil $(touch pwned);name.txt", bytes(NOTICE.replace("model", "wombat"))));
        assertEquals(201, response.statusCode(), response.body());
        String stored = JSON.readTree(response.body()).path("files").get(0).path("file").asText();
        assertEquals("evil __touch pwned__name.txt", stored);
        assertFalse(Files.exists(workDir.resolve("outside")));
    }

    @Test
    void anUnsupportedFileIs415AndNamesIt() throws Exception {
        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        HttpResponse<String> response = upload(writable, TOKEN, new Multipart().file("noise.bin", random));
        assertEquals(415, response.statusCode(), response.body());
        assertTrue(message(response).startsWith("noise.bin: "), response.body());
    }

    @Test
    void aBrokenFileIs422AndNamesItWhileTheOthersAreStored() throws Exception {
        HttpResponse<String> response = upload(writable, TOKEN, new Multipart()
                .file("broken.pdf", bytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ntrailer\n"))
                .file("fine.txt", bytes(NOTICE.replace("model", "numbat"))));
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(message(response).startsWith("broken.pdf: "), response.body());
        assertTrue(message(response).contains("1 other file(s) of the upload were stored"), response.body());
        assertEquals(1, JSON.readTree(writable.get("/api/v1/search?q=numbat").body()).path("total").asInt());
        assertFalse(response.body().contains("\tat ") || response.body().contains("Exception"), response.body());
    }

    @Test
    void anUploadOverTheLimitIs413() throws Exception {
        byte[] big = bytes(NOTICE.repeat((int) (UPLOAD_LIMIT / NOTICE.length()) + 10));
        HttpResponse<String> response = upload(writable, TOKEN, new Multipart().file("big.txt", big));
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(message(response).contains(String.valueOf(UPLOAD_LIMIT)), response.body());
    }

    @Test
    void aRequestThatIsNotMultipartIs415() throws Exception {
        HttpResponse<String> response = writable.send(HttpRequest.newBuilder(writable.uri("/api/v1/documents"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(NOTICE)));
        assertEquals(415, response.statusCode(), response.body());
    }

    @Test
    void securityHeadersAreOnPagesStaticFilesNotFoundAndErrors() throws Exception {
        for (String path : List.of("/api/v1/health", "/", "/app.js", "/api/v1/no-such-route", "/no-such-file.css",
                "/api/v1/search?q=%22unbalanced", "/api/v1/search?limit=100000&q=x")) {
            HttpResponse<String> response = readOnly.get(path);
            assertSecurityHeaders(response);
            assertFalse(response.body().contains("\tat org."), () -> path + " leaked a stack trace");
        }
    }

    @Test
    void theDefaultsBindToLoopbackAndRefuseWrites() {
        AppConfig defaults = AppConfig.defaults(workDir);
        assertEquals("127.0.0.1", defaults.host());
        assertTrue(defaults.adminToken().isEmpty());
        assertTrue(defaults.queryTimeout().compareTo(Duration.ZERO) > 0);
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        String where = response.request().uri() + " (" + response.statusCode() + ")";
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"),
                () -> "no Content-Security-Policy on " + where);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), where);
        assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""), where);
    }

    private static HttpResponse<String> upload(TestStore store, String token, Multipart multipart) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(store.uri("/api/v1/documents"))
                .header("Content-Type", multipart.contentType()).POST(multipart.body());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return store.send(request);
    }

    private static String message(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).path("error").path("message").asText();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
