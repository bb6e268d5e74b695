package org.reggraph.sparql;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reggraph.testing.TestStore;

/** Sends SPARQL Protocol requests to a {@link TestStore} over real HTTP. */
final class SparqlTestSupport {
    private SparqlTestSupport() {
    }

    static HttpResponse<String> query(TestStore store, String query, String accept)
            throws IOException, InterruptedException {
        return store.send(HttpRequest.newBuilder(store.uri("/sparql?query=" + encode(query)))
                .header("Accept", accept).GET());
    }

    static HttpResponse<byte[]> queryBytes(TestStore store, String query, String accept)
            throws IOException, InterruptedException {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(store.uri("/sparql?query="
                + encode(query))).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> postForm(TestStore store, String pathAndQuery, String form, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(store.uri(pathAndQuery))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return store.send(request);
    }

    static HttpResponse<String> postUpdate(TestStore store, String pathAndQuery, String update, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(store.uri(pathAndQuery))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return store.send(request);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A news item restating a duty of the Secretary of Commerce: a rule the graph holds as reported. */
    static Path newsReport(Path folder) throws IOException {
        Path file = Files.createDirectories(folder.resolve("news")).resolve("wire-report-on-commerce.txt");
        Files.writeString(file, """
                Wire report (illustrative stand-in written by a RegGraph test).

                The Secretary of Commerce shall publish a list of vetted recipients, the new order says.
                """, StandardCharsets.UTF_8);
        return file;
    }

    /** A stand-in for EO 14110, which EO 14999 revokes, so the revoked order's rules exist in the graph. */
    static Path revokedOrder(Path folder) throws IOException {
        Path file = folder.resolve("eo-14110-safe-secure-ai.txt");
        Files.writeString(file, """
                Executive Order 14110 (illustrative stand-in written by a RegGraph test)

                Sec. 4. Ensuring Safety.
                The Secretary of Commerce shall require developers of dual-use foundation models to report \
                training runs.
                """, StandardCharsets.UTF_8);
        return file;
    }
}
