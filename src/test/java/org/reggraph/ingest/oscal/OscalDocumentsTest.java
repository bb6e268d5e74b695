package org.reggraph.ingest.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.ingest.FailureKind;
import org.reggraph.ingest.IngestException;
import org.reggraph.ingest.ParsedText;
import org.reggraph.ingest.TextExtractor;
import org.reggraph.model.Provision;
import org.reggraph.testing.StructuredFiles;
import org.reggraph.testing.TestPaths;

/**
 * The sample catalog (corpus/, JSON) and its XML twin, and a profile of it in JSON and YAML (test resources):
 * each form reads alike, as SP 800-53 prints and cites its controls.
 */
class OscalDocumentsTest {
    private static final long LIMIT = 1_000_000;
    private static final Path JSON = TestPaths.sampleCorpus().resolve("nist-sp-999-53-ai-weight-safeguards-catalog.json");
    private static final Path RESOURCES = TestPaths.repository().resolve("src/test/resources/oscal");
    private static final Path XML = RESOURCES.resolve("ai-weight-safeguards-catalog.xml");

    @TempDir
    Path folder;

    @Test
    void theJsonAndXmlFormsOfACatalogReadAsTheSameTextAndProvisions() throws IngestException {
        ParsedText json = read(JSON);
        ParsedText xml = read(XML);
        assertEquals(json.text(), xml.text());
        assertEquals(json.provisions(), xml.provisions());
        assertEquals("application/oscal.catalog+json", json.mediaType());
        assertEquals("application/oscal.catalog+xml", xml.mediaType());
        assertEquals("NIST SP 999-53 (Illustrative): Safeguards for Advanced AI Model Weights", json.metadata("dc:title"));
        assertEquals("2026-05-04T00:00:00Z", xml.metadata("dcterms:created"));
    }

    @Test
    void controlsItemsAndEnhancementsAreLabelledAsTheyAreCited() throws IngestException {
        ParsedText catalog = read(JSON);
        Map<String, String> textByLabel = catalog.provisions().stream().collect(Collectors.toMap(Provision::label,
                provision -> provision.span().of(catalog.text()), (first, second) -> first));
        assertEquals(List.of("MW-1", "MW-1a", "MW-1a.1", "MW-1a.1(a)", "MW-1a.1(b)", "MW-1a.2", "MW-1b", "MW-1",
                        "MW-2", "MW-2", "MW-2(1)", "MW-2(1)(a)", "MW-2(1)(b)", "MW-3", "MW-3a", "MW-3b", "MW-3", "MW-3",
                        "MW-3", "MW-4"),
                catalog.provisions().stream().map(Provision::label).toList());
        assertEquals("(a) Names the covered models whose weights the organization holds; and",
                textByLabel.get("MW-1a.1(a)"), "an item's provision is its own line, from its mark");
        assertEquals("MW-2(1) Two-person Rule\nRequire two authorized individuals to approve every copy of covered "
                + "model weights:", textByLabel.get("MW-2(1)"), "a control is its heading and its statement's prose");
        assertEquals("MW-4 Transfer Logs [Withdrawn: Incorporated into MW-3b.]", textByLabel.get("MW-4"));
        Function<String, Provision> byHeading = heading -> catalog.provisions().stream()
                .filter(provision -> provision.heading().equals(heading)).findFirst().orElseThrow();
        assertTrue(byHeading.apply("MW-1 Policy and Procedures — Discussion").span().of(catalog.text())
                .endsWith("Related Controls: MW-3.\n  References: Executive Order 14999, Controlling the Export of "
                        + "Advanced AI Model Weights (illustrative), March 2, 2026."));
        assertEquals("MW-1 Policy and Procedures", catalog.provisions().get(3).heading(), "items carry their control's heading");
    }

    @Test
    void parametersReadAsThePublicationPrintsThem() throws IngestException {
        String text = read(XML).text();
        assertTrue(text.contains("disseminate to [Assignment: organization-defined personnel or roles]:"), "a label");
        assertTrue(text.contains("individuals in [Assignment: organization-defined roles] who"), "said once");
        assertTrue(text.contains("A [Selection (one or more): organization-level; system-level] model weight"), "a choice");
        assertTrue(text.contains("retain the record for five years."), "a value set by a profile");
        assertTrue(text.contains("  Examine: Export license records; transfer logs\n"), "an assessment method");
        assertFalse(text.contains("{{"), "no placeholder is left");
    }

    @Test
    void aProfileReadsAsTheControlsItSelectsInJsonAndYamlAlike() throws IngestException {
        ParsedText json = read(RESOURCES.resolve("ai-weight-baseline-profile.json"));
        ParsedText yaml = read(RESOURCES.resolve("ai-weight-baseline-profile.yaml"));
        assertEquals(json.text(), yaml.text());
        assertEquals(json.provisions(), yaml.provisions());
        assertEquals("application/oscal.profile+yaml", yaml.mediaType());
        assertEquals("""
                Illustrative HIGH baseline for AI model weights
                ILLUSTRATIVE SAMPLE - written for RegGraph tests.

                Controls selected from NIST SP 999-53 (Illustrative): Safeguards for Advanced AI Model Weights
                  Includes 4 controls and control enhancements:
                  MW: MW-1, MW-2, MW-2(1), MW-3.
                  Excludes MW-4.""", json.text());
        assertEquals(List.of("Controls selected from NIST SP 999-53 (Illustrative): Safeguards for Advanced AI Model "
                        + "Weights\n  Includes 4 controls and control enhancements:", "MW: MW-1, MW-2, MW-2(1), MW-3.",
                        "Excludes MW-4."),
                json.provisions().stream().map(provision -> provision.span().of(json.text())).toList());
    }

    @Test
    void aFileThatIsNeitherCatalogNorProfileIsLeftToTika() throws IOException, IngestException {
        Path assessment = write("assessment.json", "{\"assessment-plan\": {\"metadata\": {\"title\": \"A plan\"}}}");
        assertTrue(StructuredFiles.read(OscalDocuments::read, assessment, "assessment.json", LIMIT).isEmpty());
        try (TextExtractor tika = new TextExtractor(LIMIT, java.time.Duration.ofSeconds(30))) {
            assertEquals("application/json", tika.extract(assessment, "assessment.json").mediaType());
            assertEquals("application/oscal.catalog+json", tika.extract(JSON, "catalog.json").mediaType(),
                    "the one parser entry point reads catalogs too");
        }
    }

    @Test
    void aBrokenCatalogFailsWithTheFileNameAndTheReason() throws IOException {
        Path truncated = write("truncated.json", "{\"catalog\": {\"metadata\": {\"title\": \"Cut short\"");
        IngestException json = assertThrows(IngestException.class,
                () -> StructuredFiles.read(OscalDocuments::read, truncated, "uploads/truncated.json", LIMIT));
        assertEquals(FailureKind.CORRUPT, json.kind());
        assertTrue(json.getMessage().contains("uploads/truncated.json"), json.getMessage());
        assertTrue(json.getMessage().contains("not a readable OSCAL catalog: not well-formed JSON"), json.getMessage());

        Path untitled = write("untitled.json", "{\"catalog\": {\"metadata\": {}}}");
        assertTrue(assertThrows(IngestException.class,
                () -> StructuredFiles.read(OscalDocuments::read, untitled, "untitled.json", LIMIT))
                .getMessage().contains("has no title"));
    }

    @Test
    void anXmlCatalogMayNotDeclareEntities() throws IOException {
        // An entity could expand a billion times or read a local file into the text; a catalog needs neither.
        Path hostile = write("hostile.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE catalog [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <catalog xmlns="http://csrc.nist.gov/ns/oscal/1.0"><metadata><title>&secret;</title></metadata></catalog>
                """);
        IngestException refused = assertThrows(IngestException.class,
                () -> StructuredFiles.read(OscalDocuments::read, hostile, "hostile.xml", LIMIT));
        assertEquals(FailureKind.CORRUPT, refused.kind());
        assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
    }

    @Test
    void aCatalogLongerThanTheTextLimitIsRefused() {
        IngestException refused = assertThrows(IngestException.class,
                () -> StructuredFiles.read(OscalDocuments::read, JSON, "catalog.json", 500));
        assertEquals(FailureKind.TOO_LARGE, refused.kind());
    }

    @Test
    void itemsWithoutIdsAreLabelledByTheirMarksAlone() throws IOException, IngestException {
        // Ids are optional on parts; two controls whose items have none must not share labels.
        Path catalog = write("no-ids.json", """
                {"catalog": {"metadata": {"title": "Items without ids"}, "controls": [
                  {"id": "x-1", "title": "One", "props": [{"name": "label", "value": "X-1"}], "parts": [
                    {"name": "statement", "parts": [{"name": "item", "props": [{"name": "label", "value": "a."}],
                      "prose": "First duty."}]}]},
                  {"id": "x-2", "title": "Two", "props": [{"name": "label", "value": "X-2"}], "parts": [
                    {"name": "statement", "parts": [{"name": "item", "props": [{"name": "label", "value": "b."}],
                      "prose": "Second duty."}]}]}]}}
                """);
        assertEquals(List.of("X-1", "X-1a", "X-2", "X-2b"), read(catalog).provisions().stream()
                .map(Provision::label).toList());
    }

    @Test
    void itemLabelsJoinAsSp80053WritesThem() {
        assertEquals("AC-2a", CatalogRenderer.itemLabel("AC-2", "AC-2", "a."));
        assertEquals("AC-2a.1", CatalogRenderer.itemLabel("AC-2", "AC-2a", "1."));
        assertEquals("AC-1a.1(a)", CatalogRenderer.itemLabel("AC-1", "AC-1a.1", "(a)"));
        assertEquals("AC-2(4)(a)", CatalogRenderer.itemLabel("AC-2(4)", "AC-2(4)", "(a)"));
        assertEquals("GV.OC-01.1", CatalogRenderer.itemLabel("GV.OC-01", "GV.OC-01", "1."), "digit after digit");
    }

    private static ParsedText read(Path file) throws IngestException {
        return StructuredFiles.read(OscalDocuments::read, file, file.getFileName().toString(), LIMIT).orElseThrow();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
