package org.reggraph.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/**
 * How long the main pages take to be ready in headless Chromium, against a baseline measured in the same
 * run: the browser showing the same document's plain text straight from {@code /api/v1/documents/{id}/text}.
 * The store holds the sample corpus and, when {@code ../shared} is here, the EU AI Act (a long real text).
 * Run with:
 * {@code mvn -q -o test -Dsurefire.excludedGroups= -Dgroups=benchmark -Dtest=UiPageLoadBenchmark}
 */
@Tag("benchmark")
class UiPageLoadBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WARMUP = 2;
    private static final int RUNS = 7;

    @TempDir
    Path temp;

    @Test
    void pagesAgainstPlainText() throws Exception {
        Browser.requireChromium();
        List<Path> inputs = new ArrayList<>(List.of(TestPaths.sampleCorpus()));
        TestPaths.shared().map(shared -> shared.resolve("corpus/directives/eu/Regulation_EU_2024-1689_AI_Act_EUR-Lex.html"))
                .filter(Files::isRegularFile).ifPresent(inputs::add);
        try (TestStore store = TestStore.open(temp.resolve("data"), config -> config, new ModalSentenceFindings());
             Browser browser = startBrowser(store, inputs)) {
            System.out.printf(Locale.ROOT, "%-48s %10s %10s %7s%n", "page", "median ms", "text ms", "ratio");
            for (JsonNode doc : JSON.readTree(store.get("/api/v1/documents").body()).path("documents")) {
                String id = doc.path("id").asText();
                double text = median(browser, "/api/v1/documents/" + encode(id) + "/text", By.tagName("pre"));
                double reader = median(browser, "/document.html?id=" + encode(id), By.cssSelector("article.doc-text"));
                System.out.printf(Locale.ROOT, "%-48s %10.0f %10.0f %7.1f%n", "document " + id, reader, text,
                        reader / text);
            }
            double search = median(browser, "/?q=weights", By.cssSelector("li.hit"));
            System.out.printf(Locale.ROOT, "%-48s %10.0f%n", "search 'weights'", search);
            double graph = median(browser, "/graph.html?depth=2&iri=" + encode("https://reggraph.org/id/doc/eo-14999"),
                    By.cssSelector("svg.graph"));
            System.out.printf(Locale.ROOT, "%-48s %10.0f%n", "graph eo-14999, 2 steps", graph);
        }
    }

    private Browser startBrowser(TestStore store, List<Path> inputs) throws Exception {
        var report = store.ingest(inputs.toArray(Path[]::new));
        System.out.println("ingested " + inputs + ": " + report.failed() + " failed " + report.failures());
        store.serve();
        return Browser.open(store.baseUrl(), Files.createDirectories(temp.resolve("profile")));
    }

    /** Median milliseconds from navigation to the ready element being present, after warm-up loads. */
    private static double median(Browser browser, String page, By ready) {
        double[] times = new double[RUNS];
        for (int run = -WARMUP; run < RUNS; run++) {
            long started = System.nanoTime();
            browser.go(page);
            browser.await(ready);
            if (run >= 0) {
                times[run] = (System.nanoTime() - started) / 1e6;
            }
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
