package org.reggraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.pipeline.FileOutcome;
import org.reggraph.pipeline.IngestReport;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/**
 * Ingests the whole hostile-file suite as one batch through the real pipeline and store: each file is stored
 * correctly or refused with a typed reason under its own name, the batch reaches the last file, and no
 * entity reads a local file into the graph. Writes the outcome table to {@code target/hostile-outcomes.md}.
 */
class HostileFilesTest {
    @TempDir
    static Path workDir;
    private static TestStore store;
    private static List<HostileFiles.Case> cases;
    private static IngestReport report;
    private static Map<String, FileOutcome> outcomes;

    @BeforeAll
    static void ingestTheSuite() throws Exception {
        Path folder = workDir.resolve("drop");
        cases = HostileFiles.writeAll(folder);
        store = TestStore.open(workDir.resolve("data"));
        long started = System.nanoTime();
        report = store.ingest(folder);
        long millis = (System.nanoTime() - started) / 1_000_000;
        outcomes = report.outcomes().stream()
                .collect(Collectors.toMap(outcome -> Path.of(outcome.file()).getFileName().toString(),
                        Function.identity()));
        writeTable(TestPaths.repository().resolve("target/hostile-outcomes.md"), millis);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyFileHasTheOutcomeItMustHave() {
        assertEquals(cases.size(), report.seen(), "the batch reached every file");
        List<String> wrong = new ArrayList<>();
        for (HostileFiles.Case hostile : cases) {
            FileOutcome outcome = outcomes.get(hostile.fileName());
            if (outcome == null) {
                wrong.add(hostile.fileName() + ": no outcome");
            } else if (outcome.status() != hostile.status() || outcome.failure() != hostile.failure()) {
                wrong.add(hostile.fileName() + ": expected " + hostile.status() + "/" + hostile.failure()
                        + " but was " + outcome.status() + "/" + outcome.failure() + " (" + outcome.reason() + ")");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyRefusalNamesTheFileAndSaysWhy() {
        for (FileOutcome failure : report.failures()) {
            assertTrue(failure.file().endsWith(Path.of(failure.file()).getFileName().toString())
                    && outcomes.containsValue(failure), failure::toString);
            assertFalse(failure.reason() == null || failure.reason().isBlank(), () -> "no reason: " + failure);
            assertFalse(failure.reason().contains("\tat "), () -> "a stack trace in the reason: " + failure);
        }
    }

    @Test
    void storedFilesCarryTheirTextCorrectlyDecoded() {
        for (HostileFiles.Case hostile : cases) {
            if (!hostile.stored()) {
                continue;
            }
            String text = storedText(hostile.fileName());
            String expected = hostile.fileName().endsWith("utf-16.txt") || hostile.fileName().startsWith("windows")
                    ? "Règlement spécial : l'exportateur doit déclarer" : HostileFiles.CONTROL_SENTENCE;
            assertTrue(text.contains(expected), () -> hostile.fileName() + " lost its text: " + text);
            assertFalse(text.contains("\u0000"), () -> hostile.fileName() + " kept NUL characters");
        }
    }

    @Test
    void noEntityReadALocalFileIntoTheGraph() {
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        store.regGraph().store().read(() -> {
            RDFDataMgr.write(export, store.regGraph().store().dataset(), Lang.NQUADS);
            return null;
        });
        String quads = export.toString(StandardCharsets.UTF_8);
        assertTrue(quads.contains(HostileFiles.CONTROL_SENTENCE), "the export holds the stored files");
        assertFalse(quads.contains(HostileFiles.SECRET_MARKER), "an external entity leaked a local file");
    }

    @Test
    void nothingInAFileNameWasExecuted() throws Exception {
        try (var walk = Files.walk(workDir)) {
            assertFalse(walk.anyMatch(path -> path.getFileName().toString().startsWith("pwned")));
        }
        assertFalse(Files.exists(Path.of("pwned")) || Files.exists(Path.of("pwned2")));
    }

    private static String storedText(String fileName) {
        FileOutcome outcome = outcomes.get(fileName);
        return store.regGraph().graph().currentText(outcome.documentId()).orElse("");
    }

    private static void writeTable(Path table, long millis) throws Exception {
        StringBuilder markdown = new StringBuilder("| File | What it is | Outcome | Reason |\n|---|---|---|---|\n");
        for (HostileFiles.Case hostile : cases) {
            FileOutcome outcome = outcomes.get(hostile.fileName());
            String result = outcome == null ? "missing" : outcome.failure() == null
                    ? outcome.status().name().toLowerCase(Locale.ROOT)
                    : "refused: " + outcome.failure().name().toLowerCase(Locale.ROOT)
                    + " (HTTP " + outcome.failure().httpStatus() + ")";
            String reason = outcome == null || outcome.reason() == null ? "" : outcome.reason();
            markdown.append("| `").append(hostile.fileName().replace("|", "\\|").replace("`", "'")).append("` | ")
                    .append(hostile.description()).append(" | ").append(result).append(" | ")
                    .append(reason.replace("|", "\\|").replace("\n", " ")).append(" |\n");
        }
        markdown.append("\nWhole batch: ").append(millis).append(" ms.\n");
        Files.createDirectories(table.getParent());
        Files.writeString(table, markdown, StandardCharsets.UTF_8);
    }
}
