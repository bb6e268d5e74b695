package org.reggraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.cli.ExtractCommand;
import org.reggraph.ingest.TextExtractor;
import picocli.CommandLine;

/** The {@code extract} command on a real file parsed by the real Tika wrapper. */
class ExtractCommandTest {
    private static final String DIRECTIVE = """
            ---
            title: Test order
            ---
            # Sec. 1. Reporting

            Within 30 days of the date of this order, the Secretary of Commerce shall publish guidance under 15 CFR 744.23.
            No person may export AI model weights to the PRC without a license. Executive Order 14110 is hereby revoked.
            """;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ExtractCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int exitCode = command.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void printsOneJsonObjectPerFindingWithOffsetsIntoThePlainText(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("order.md");
        Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
        Run run = run(file.toString());
        assertEquals(0, run.exitCode(), run.err());

        String plain;
        try (TextExtractor parser = new TextExtractor(1_000_000, Duration.ofSeconds(30))) {
            plain = parser.extract(file, "order.md").text();
        }
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            JsonNode node = json.readTree(line);
            assertEquals(node.get("text").asText(), plain.substring(node.get("start").asInt(), node.get("end").asInt()));
            lines.add(node);
        }
        List<JsonNode> rules = lines.stream().filter(n -> n.get("type").asText().equals("rule")).toList();
        assertEquals(List.of("obligation", "prohibition"), rules.stream().map(n -> n.get("modality").asText()).toList());
        assertEquals("the Secretary of Commerce", rules.get(0).get("bearer").asText());
        assertEquals("department-of-commerce", rules.get(0).get("bearerEntity").asText());
        assertEquals("No person", rules.get(1).get("bearer").asText());
        assertTrue(lines.stream().anyMatch(n -> n.get("type").asText().equals("entity") && n.get("key").asText().equals("china")));
        assertTrue(lines.stream().anyMatch(n -> n.get("type").asText().equals("citation")
                && n.get("targetKey").asText().equals("eo-14110") && n.get("relation").asText().equals("revokes")));
        assertTrue(lines.stream().anyMatch(n -> n.get("type").asText().equals("citation")
                && n.get("targetKey").asText().equals("cfr-15-744-23")));
    }

    @Test
    void textFormatAndKindOption(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("release.md");
        Files.writeString(file, "The order directs the Secretary of State to report annually.\n", StandardCharsets.UTF_8);
        Run run = run("--format", "text", "--kind", "news", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("obligation (reported)"), run.out());
        assertTrue(run.out().contains("bearer    the Secretary of State"), run.out());
    }

    @Test
    void badInputIsAClearErrorNamingTheFileOrOption(@TempDir Path folder) {
        Run missing = run(folder.resolve("absent.pdf").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("absent.pdf"), missing.err());
        Run badKind = run("--kind", "memo", folder.toString());
        assertEquals(2, badKind.exitCode());
        assertTrue(badKind.err().contains("--kind") && badKind.err().contains("memo"), badKind.err());
        assertTrue(run("--help").out().contains("UTF-16"));
    }
}
