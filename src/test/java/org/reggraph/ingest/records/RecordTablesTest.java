package org.reggraph.ingest.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.ingest.IngestException;
import org.reggraph.ingest.ParsedText;
import org.reggraph.model.Provision;
import org.reggraph.testing.StructuredFiles;

/** Tables of records (CSV, JSON arrays) with an identifier column read as one provision per record. */
class RecordTablesTest {
    private static final long LIMIT = 1_000_000;

    @TempDir
    Path folder;

    @Test
    void aCsvTableIsARecordPerProvisionLabelledByItsIdentifier() throws IOException, IngestException {
        ParsedText table = read(write("tasks.csv", """
                "task_id","group_name","description"
                "MW.1.1","Protect Weights","Keep model weights in a secure facility,
                and log every copy."
                "MW.1.2","Protect Weights","Vet every person who can read them."
                """));
        assertEquals("text/csv", table.mediaType());
        assertEquals(List.of("MW.1.1", "MW.1.2"), table.provisions().stream().map(Provision::label).toList());
        assertEquals("MW.1.1\n  Group name: Protect Weights\n  Description: Keep model weights in a secure facility,\n"
                + "    and log every copy.", table.provisions().get(0).span().of(table.text()));
    }

    @Test
    void aJsonArrayOfObjectsIsReadAlikeItsMostSpecificIdentifierNamingTheRecords() throws IOException, IngestException {
        ParsedText table = read(write("actions.json", """
                [{"category_id": "MW-1", "action_id": "MW-1.1-001", "action": "Inventory the weights you hold.",
                  "risks": ["Theft", "Leakage"], "owner": {"role": "CISO", "unit": "Security"}},
                 {"category_id": "MW-1", "action_id": "MW-1.1-002", "action": "Encrypt them at rest.", "risks": null}]
                """));
        assertEquals(List.of("MW-1.1-001", "MW-1.1-002"), table.provisions().stream().map(Provision::label).toList(),
                "category_id repeats, so action_id names the records");
        assertEquals("MW-1.1-001\n  Category id: MW-1\n  Action: Inventory the weights you hold.\n  Risks: Theft\n"
                + "    Leakage\n  Owner: Role: CISO; Unit: Security", table.provisions().get(0).span().of(table.text()));
    }

    @Test
    void aTableOfArticlesIsLabelledAsTheActCitesThem() throws IOException, IngestException {
        ParsedText articles = read(write("articles.json", """
                [{"article": 5, "article_name": "Prohibited practices", "chapter": "II", "content": "1. The following"},
                 {"article": 6, "article_name": "Classification rules", "chapter": "III", "content": "1. An AI system"}]
                """));
        assertEquals(List.of("Article 5", "Article 6"), articles.provisions().stream().map(Provision::label).toList());
        assertTrue(articles.text().startsWith("Article 5\n  Article name: Prohibited practices\n"), articles.text());
        assertTrue(leftToTika("sections.csv", "section,body\nIntroduction,Why\nScope,What\n"),
                "a column named after a unit but holding words numbers nothing");
    }

    @Test
    void tablesWithoutAnIdentifierOrThatDoNotParseAreLeftToTika() throws IOException, IngestException {
        assertTrue(leftToTika("plain.csv", "name,value\nweights,1\nweights,2\n"), "no identifier column");
        assertTrue(leftToTika("twice.csv", "id,value\nA-1,x\nA-1,y\n"),
                "an identifier column whose values repeat names nothing");
        assertTrue(leftToTika("ragged.csv", "id,value\nA-1,x,extra\n"));
        assertTrue(leftToTika("unterminated.csv", "id,value\nA-1,\"never closed\n"));
        assertTrue(leftToTika("same-header.csv", "id,id\nA-1,A-2\n"));
        assertTrue(leftToTika("object.json", "{\"id\": \"A-1\"}"));
        assertTrue(leftToTika("broken.json", "[{\"id\": \"A-1\""));
    }

    private boolean leftToTika(String name, String content) throws IOException, IngestException {
        Path file = write(name, content);
        return StructuredFiles.read(RecordTables::read, file, name, LIMIT).isEmpty();
    }

    private ParsedText read(Path file) throws IngestException {
        return StructuredFiles.read(RecordTables::read, file, file.getFileName().toString(), LIMIT).orElseThrow();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
