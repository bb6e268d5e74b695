package org.reggraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reggraph.testing.ApiAnswers.codePoints;
import static org.reggraph.testing.ApiAnswers.find;
import static org.reggraph.testing.ApiAnswers.json;
import static org.reggraph.testing.ApiAnswers.sparqlValue;
import static org.reggraph.testing.ApiAnswers.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestStore;

/**
 * A rule that amends a section of the Code of Federal Regulations finds the stored compilation that holds the
 * section, over real HTTP and TDB2: both fixtures are written for this test, an eCFR-style chapter (its title
 * named at the head of its file name) and a Federal Register rule amending one of its sections.
 */
class CodeCompilationReferencesTest {
    private static final String CHAPTER_FILE = "eCFR_15CFR_sample_chapter.md";
    private static final String CHAPTER_KEY = "ecfr-15cfr-sample-chapter";
    private static final String CHAPTER = """
            # Sample chapter of the Code of Federal Regulations (illustrative, written for a RegGraph test)

            PART 748—SAMPLE APPLICATIONS

            This sample part belongs to the Export Administration Regulations (EAR).

            § 748.15 Sample authorization for validated end users.

            (a) A validated end user must keep the records described in § 748.16 for five years.

            § 748.16 Sample records.

            (a) Records kept under § 748.15(a) must be produced on request.
            """;
    private static final String RULE = """
            FR Doc. 2099-00001
            Sample rule amending the sample chapter (illustrative, written for a RegGraph test)

            Sec. 1. Amendment. This rule amends 15 CFR 748.15 to require that records be kept for ten years. It \
            also cites 15 CFR 744.23, which no stored document holds.
            """;
    private static final String GUIDE = """
            Guide to the sample records rule (illustrative, written for a RegGraph test)

            15 CFR 748.15 is explained here for exporters.
            """;

    @TempDir
    static Path folder;
    private static TestStore store;

    @BeforeAll
    static void ingestAndServe() throws Exception {
        store = TestStore.serving(folder, Map.of(CHAPTER_FILE, CHAPTER, "FR_2099-00001_sample_rule.txt", RULE,
                "guidance/15CFR_sample_guide.txt", GUIDE));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aRuleAmendingASectionFindsTheCompilationThatHoldsIt() throws Exception {
        JsonNode references = json(store, "/api/v1/documents/fr-2099-00001").path("references");
        JsonNode amended = find(references, reference -> reference.path("surface").asText().equals("15 CFR 748.15"));
        assertEquals(CHAPTER_KEY, amended.path("documentId").asText(), amended::toString);
        assertTrue(amended.path("resolved").asBoolean(), amended::toString);
        JsonNode elsewhere = find(references, reference -> reference.path("surface").asText().equals("15 CFR 744.23"));
        assertFalse(elsewhere.path("resolved").asBoolean(), "a section no stored document holds: " + elsewhere);
    }

    @Test
    void aCitedSectionLandsWhereTheCompilationPrintsIt() throws Exception {
        JsonNode amended = find(json(store, "/api/v1/documents/fr-2099-00001").path("references"),
                reference -> reference.path("surface").asText().equals("15 CFR 748.15"));
        JsonNode part = amended.path("part");
        assertEquals("§ 748.15", part.path("label").asText(), amended::toString);
        String printed = codePoints(text(store, CHAPTER_KEY), part.path("start").asInt(), part.path("end").asInt());
        assertTrue(printed.startsWith("§ 748.15 Sample authorization"), printed);
        assertFalse(printed.contains("§ 748.16 Sample records"), "the provision the section begins with: " + printed);
        JsonNode elsewhere = find(json(store, "/api/v1/documents/fr-2099-00001").path("references"),
                reference -> reference.path("surface").asText().equals("15 CFR 744.23"));
        assertTrue(elsewhere.path("part").isMissingNode(), "nothing stored holds § 744.23: " + elsewhere);
        String keyed = sparqlValue(store, """
                PREFIX rg: <https://reggraph.org/ontology#>
                SELECT ?label WHERE { ?subdivision rg:partKey "cfr-15-748" ; <http://www.w3.org/2000/01/rdf-schema#label> ?label }""");
        assertEquals("PART 748", keyed, "the part is keyed where it begins");
    }

    @Test
    void theCompilationIsCitedByTheRuleButItsOwnSectionsAreNoReferences() throws Exception {
        JsonNode chapter = json(store, "/api/v1/documents/" + CHAPTER_KEY);
        JsonNode citedBy = find(chapter.path("referencedBy"),
                reference -> reference.path("documentId").asText().equals("fr-2099-00001"));
        assertTrue(citedBy.path("resolved").asBoolean(), citedBy::toString);
        assertFalse(StreamSupport.stream(chapter.path("references").spliterator(), false)
                        .anyMatch(reference -> reference.path("documentId").asText().startsWith("cfr-15-748")),
                () -> "the chapter's own sections are not listed as what it cites: " + chapter.path("references"));
        String internal = sparqlValue(store, """
                PREFIX rg: <https://reggraph.org/ontology#>
                SELECT (COUNT(?citation) AS ?n) WHERE {
                  <https://reggraph.org/id/doc/%s> rg:currentVersion/rg:provision ?provision .
                  ?provision rg:provisionLabel ?label ; rg:citation ?citation .
                  ?citation rg:citedKey "cfr-15-748-15" .
                  FILTER (STRSTARTS(?label, "§ 748.16")) }""".formatted(CHAPTER_KEY));
        assertEquals("1", internal, "§ 748.16's reference to § 748.15 is still stored, where it is written");
    }

    @Test
    void theCompilationsSectionsCitingOneAnotherLandOnTheCitedSection() throws Exception {
        JsonNode chapter = json(store, "/api/v1/documents/" + CHAPTER_KEY);
        String text = text(store, CHAPTER_KEY);
        for (String section : new String[] {"§ 748.15", "§ 748.16"}) {
            JsonNode internal = find(chapter.path("internalReferences"),
                    reference -> reference.path("part").path("label").asText().equals(section));
            assertEquals(CHAPTER_KEY, internal.path("documentId").asText(), internal::toString);
            JsonNode part = internal.path("part");
            assertTrue(codePoints(text, part.path("start").asInt(), part.path("end").asInt()).startsWith(section),
                    internal::toString);
        }
    }

    @Test
    void theCompilationListsWhereOtherDocumentsCiteItsSections() throws Exception {
        JsonNode citations = json(store, "/api/v1/documents/" + CHAPTER_KEY).path("partCitations");
        // The rule amends § 748.15 and the guide cites it: the amendment comes first.
        JsonNode amendment = find(citations, citation -> citation.path("part").path("label").asText().equals("§ 748.15"));
        assertEquals("AMENDS", amendment.path("relation").asText(), citations::toString);
        assertTrue(StreamSupport.stream(citations.spliterator(), false).anyMatch(citation ->
                citation.path("relation").asText().equals("CITES")
                        && !citation.path("documentId").asText().equals("fr-2099-00001")), citations::toString);
        assertEquals("fr-2099-00001", amendment.path("documentId").asText(), amendment::toString);
        JsonNode citing = amendment.path("citing");
        String provision = codePoints(text(store, "fr-2099-00001"), citing.path("start").asInt(), citing.path("end").asInt());
        assertTrue(provision.contains("This rule amends 15 CFR 748.15"), provision);
        assertTrue(StreamSupport.stream(citations.spliterator(), false)
                        .noneMatch(citation -> citation.path("documentId").asText().equals(CHAPTER_KEY)),
                () -> "its own sections citing one another are internal references: " + citations);
    }

    @Test
    void guidanceAboutASectionDoesNotHoldIt() throws Exception {
        String holders = sparqlValue(store, """
                PREFIX rg: <https://reggraph.org/ontology#>
                SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE { ?doc rg:holdsKey "cfr-15-748-15" }""");
        assertEquals("1", holders, "only the chapter");
    }
}
