package org.reggraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.cli.RegGraphCommand;
import org.reggraph.ingest.FailureKind;
import org.reggraph.pipeline.FileOutcome;
import org.reggraph.pipeline.IngestReport;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/** The per-file parse limit and the per-query search limit, each tried with a limit too small to meet. */
class TimeLimitsTest {
    @TempDir
    Path workDir;

    @Test
    void aFileOverTheParseLimitIsRefusedByNameAndTheBatchGoesOn() throws Exception {
        Path folder = workDir.resolve("in");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("long.txt"), "Section 1. The holder shall report.\n".repeat(200_000),
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("short.txt"), "Section 1. The holder shall report.\n", StandardCharsets.UTF_8);
        try (TestStore store = TestStore.open(workDir.resolve("data"),
                config -> config.withLimits(config.maxResults(), config.maxUploadBytes(), Duration.ofMillis(1)))) {
            IngestReport report = store.ingest(folder);
            assertEquals(2, report.seen());
            FileOutcome first = report.outcomes().get(0);
            assertEquals(FailureKind.TIMEOUT, first.failure(), first::toString);
            assertTrue(first.file().endsWith("long.txt") && first.reason().contains("1 ms"), first::toString);
        }
    }

    @Test
    void theParseLimitIsSetPerRunOnTheCommandLine() throws Exception {
        Path file = workDir.resolve("long.txt");
        Files.writeString(file, "Section 1. The holder shall report.\n".repeat(200_000), StandardCharsets.UTF_8);
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            exit = RegGraphCommand.run("ingest", "--data", workDir.resolve("data").toString(), "--parse-timeout",
                    "0.001", file.toString());
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        assertEquals(1, exit, output);
        assertTrue(output.contains("FAILED " + file + ": parsing took longer than the limit of 1 ms (timeout)"), output);
    }

    /** Questions too: partial results must not pass for the answer in either mode. */
    @Test
    void aSearchOverTheQueryLimitAnswers503() throws Exception {
        try (TestStore store = TestStore.open(workDir.resolve("data"),
                config -> config.withQueryTimeout(Duration.ofNanos(1)))) {
            store.ingest(TestPaths.sampleCorpus());
            store.serve();
            for (String search : List.of("q=licen*", "mode=question&q=" + URLEncoder.encode(
                    "what must a developer do before sharing model weights abroad", StandardCharsets.UTF_8))) {
                HttpResponse<String> response = store.get("/api/v1/search?" + search);
                assertEquals(503, response.statusCode(), search + ": " + response.body());
                String message = new ObjectMapper().readTree(response.body()).path("error").path("message").asText();
                assertTrue(message.contains("longer than"), message);
            }
        }
    }
}
