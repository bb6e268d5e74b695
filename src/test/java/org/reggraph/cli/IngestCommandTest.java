package org.reggraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.index.IndexFields;
import org.reggraph.testing.TestPaths;

/** The ingest command's contract: a summary, every failure named, exit 1 when any file failed. */
class IngestCommandTest {
    @TempDir
    Path scratch;

    @Test
    void storesGoodFilesNamesTheBadOneAndExitsOne() throws Exception {
        Path folder = Files.createDirectories(scratch.resolve("in"));
        Files.copy(TestPaths.sampleCorpus().resolve("whitehouse-fact-sheet-2026-03-02-eo-14999.txt"),
                folder.resolve("fact-sheet.txt"));
        Files.write(folder.resolve("broken.pdf"), "%PDF-1.7\nthis is not really a PDF".getBytes(StandardCharsets.UTF_8));
        String output = runCapturing("ingest", "--data", scratch.resolve("data").toString(), folder.toString());
        assertTrue(output.contains("files seen"), output);
        assertTrue(output.matches("(?s).*stored\\s+1\\b.*"), output);
        assertTrue(output.matches("(?s).*failed\\s+1\\b.*"), output);
        assertTrue(output.contains("FAILED " + folder.resolve("broken.pdf")), output);
    }

    @Test
    void secondIngestOfTheSameFilesReportsThemUnchangedAndExitsZero() throws Exception {
        String data = scratch.resolve("data").toString();
        String corpus = TestPaths.sampleCorpus().toString();
        runCapturing("ingest", "--data", data, corpus);
        String second = runCapturing("ingest", "--data", data, corpus);
        int documents = TestPaths.sampleDocumentCount();
        assertTrue(second.matches("(?s).*unchanged\\s+" + documents + "\\b.*"), second);
        String third = runCapturing("ingest", "--rederive", "--data", data, corpus);
        assertTrue(third.matches("(?s).*re-derived\\s+" + documents + "\\b.*unchanged\\s+0\\b.*"), third);
        assertTrue(third.contains("] rederived " + TestPaths.sampleCorpus().resolve("manifest.json").getParent()),
                "each file says what happened to it: " + third);
    }

    @Test
    void rederivingAPassageCollectionIsRefusedWithTheReason() {
        PrintStream original = System.err;
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit;
        try (PrintStream capture = new PrintStream(errors, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            exit = RegGraphCommand.run("ingest", "--rederive", "--format", "jsonl", "--data",
                    scratch.resolve("data").toString(), scratch.resolve("passages.jsonl").toString());
        } finally {
            System.setErr(original);
        }
        assertEquals(2, exit);
        assertTrue(errors.toString(StandardCharsets.UTF_8).contains("--rederive"), errors.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSemanticModeAStoreWasWrittenWithHoldsUntilAnotherIsAskedFor() throws Exception {
        Path passages = Files.writeString(scratch.resolve("passages.jsonl"), """
                {"id": "p1", "contents": "A licence is required to export the model weights."}
                {"id": "p2", "contents": "The exporter shall keep records for five years."}
                """, StandardCharsets.UTF_8);
        Path data = scratch.resolve("data");
        runCapturing("ingest", "--semantic", "off", "--format", "jsonl", "--data", data.toString(), passages.toString());
        assertEquals(0, passagesWithVectors(data));
        runCapturing("reindex", "--data", data.toString());
        assertEquals(0, passagesWithVectors(data), "without --semantic the store keeps off, where passages was the default");
        runCapturing("reindex", "--semantic", "passages", "--data", data.toString());
        assertEquals(2, passagesWithVectors(data));
    }

    private static int passagesWithVectors(Path data) throws Exception {
        try (FSDirectory directory = FSDirectory.open(data.resolve("index"));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            return new IndexSearcher(reader).count(new FieldExistsQuery(IndexFields.VECTOR));
        }
    }

    private static String runCapturing(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int exit;
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            exit = RegGraphCommand.run(args);
        } finally {
            System.setOut(original);
        }
        String output = buffer.toString(StandardCharsets.UTF_8);
        boolean anyFailed = output.contains("FAILED ");
        assertEquals(anyFailed ? 1 : 0, exit, output);
        return output;
    }
}
