package org.reggraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/** {@code /api/v1/documents/{id}}, its {@code /text} and {@code /api/v1/obligations} over real HTTP. */
class DocumentAndRuleApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORDER = "eo-14999";
    private static final String FACT_SHEET = "whitehouse-fact-sheet-2026-03-02-eo-14999";
    private static final String CODE = "ecfr-15cfr-part-744-sample-compilation";
    /** The sample interim final rule that amends the code's § 744.23. */
    private static final String RULE = "fr-2026-99999";

    @TempDir
    static Path dataDir;
    private static TestStore store;

    @BeforeAll
    static void ingestSamplesAndServe() {
        store = TestStore.open(dataDir);
        var report = store.ingest(TestPaths.sampleCorpus());
        assertEquals(0, report.failed(), () -> "sample files failed: " + report.failures());
        store.serve();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aDocumentComesWithItsMetadataVersionAndProvisions() throws Exception {
        JsonNode body = json("/api/v1/documents/" + ORDER);
        JsonNode document = body.path("document");
        assertEquals(ORDER, document.path("id").asText());
        assertEquals("https://reggraph.org/id/doc/" + ORDER, document.path("iri").asText());
        assertEquals("Executive Order 14999", document.path("identifier").asText());
        assertEquals("directive", document.path("kind").asText());
        assertEquals("2026-03-02", document.path("date").asText());
        assertEquals("US", document.path("jurisdiction").asText());
        assertTrue(document.path("sample").asBoolean());
        JsonNode versions = body.path("versions");
        assertEquals(1, versions.size());
        assertTrue(versions.get(0).path("sha256").asText().matches("[0-9a-f]{64}"));
        assertTrue(versions.get(0).path("current").asBoolean());
        assertEquals("eo-14999-advanced-ai-model-weights.pdf", versions.get(0).path("fileName").asText());
        JsonNode provisions = body.path("provisions");
        assertTrue(provisions.size() > 5, "the order has sections: " + provisions.size());
        for (int i = 0; i < provisions.size(); i++) {
            assertEquals(i, provisions.get(i).path("ordinal").asInt(), "provisions come in reading order");
            assertTrue(provisions.get(i).path("iri").asText().startsWith(versions.get(0).path("iri").asText() + "/p/"));
        }
        assertTrue(provisions.findValuesAsText("label").stream().anyMatch(label -> label.startsWith("Sec.")),
                "section labels are kept");
    }

    @Test
    void crossReferencesGoBothWays() throws Exception {
        JsonNode referencedBy = json("/api/v1/documents/" + ORDER).path("referencedBy");
        List<String> citing = referencedBy.findValuesAsText("documentId");
        assertTrue(citing.contains(FACT_SHEET), "the fact sheet refers to the order: " + referencedBy);
        assertTrue(citing.contains("nist-ai-999-1"), "the NIST profile cites the order: " + referencedBy);
        assertFalse(citing.contains(ORDER), "a document does not reference itself");
        JsonNode references = json("/api/v1/documents/" + FACT_SHEET).path("references");
        JsonNode toOrder = null;
        for (JsonNode reference : references) {
            if (reference.path("documentId").asText().equals(ORDER)) {
                toOrder = reference;
            }
        }
        assertTrue(toOrder != null, "the fact sheet's references include the order: " + references);
        assertEquals("REPORTS_ON", toOrder.path("relation").asText(), "news reports on an order");
        assertTrue(toOrder.path("resolved").asBoolean());
        assertTrue(toOrder.path("title").asText().startsWith("Executive Order 14999"));
        // The section the fact sheet cites is printed by the sample compilation of part 744: it lands there.
        JsonNode section = null;
        for (JsonNode reference : references) {
            if (reference.path("surface").asText().contains("744.23")) {
                section = reference;
            }
        }
        assertTrue(section != null, "CFR cited: " + references);
        assertEquals(CODE, section.path("documentId").asText(), section.toString());
        assertEquals("§ 744.23", section.path("part").path("label").asText(), section.toString());
        for (JsonNode reference : references) {
            if (reference.path("documentId").asText().startsWith("cfr-")) {
                assertFalse(reference.path("resolved").asBoolean(), "no code part outside 744 is stored: " + reference);
            }
        }
    }

    @Test
    void aSearchHitListsWhatItsDocumentCitesAndWhoCitesItInStoreFirstCutToTheNumberAsked() throws Exception {
        JsonNode all = hitOf(json("/api/v1/search?q=licen*&kind=news&references=1000"), FACT_SHEET);
        List<String> cited = all.path("cites").findValuesAsText("documentId");
        assertTrue(cited.contains(ORDER) && cited.contains(CODE), "the fact sheet's hit: " + all);
        assertEquals(cited.size(), all.path("citesTotal").asInt());

        JsonNode cut = hitOf(json("/api/v1/search?q=licen*&kind=news&references=1"), FACT_SHEET);
        assertEquals(1, cut.path("cites").size(), cut.toString());
        assertEquals(cited.size(), cut.path("citesTotal").asInt(), "the total counts what was left out");
        assertTrue(cut.path("cites").get(0).path("resolved").asBoolean(), "a document in the store comes first");

        JsonNode order = hitOf(json("/api/v1/search?q=licen*&kind=directive"), ORDER);
        List<String> citing = order.path("citedBy").findValuesAsText("documentId");
        assertTrue(citing.contains(FACT_SHEET), "the order's hit names the news citing it: " + order);
        assertEquals(citing.size(), order.path("citedByTotal").asInt());
    }

    @Test
    void aSearchHitListsWhatItCitesInItsOwnTextAndWhoCitesThePartItIs() throws Exception {
        JsonNode hits = json("/api/v1/search?q=744.23&kind=directive&limit=50&references=100").path("hits");
        JsonNode amendment = hitWithText(hits, RULE, "is amended");
        JsonNode made = only(amendment.path("crossReferences").path("provisionCites"));
        assertEquals("AMENDS", made.path("relation").asText(), made.toString());
        assertEquals(CODE, made.path("documentId").asText());
        assertEquals("§ 744.23", made.path("part").path("label").asText());
        for (JsonNode at : made.path("at")) {
            assertTrue(at.path("start").asInt() >= amendment.path("start").asInt()
                    && at.path("end").asInt() <= amendment.path("end").asInt(), "made inside the hit: " + at);
            assertEquals(made.path("surface").asText(), textOf(RULE, at), "the offsets hold the citation");
        }

        JsonNode paragraph = hitLabelled(hits, CODE, "§ 744.23(b)");
        JsonNode citing = paragraph.path("crossReferences").path("provisionCitedBy");
        assertEquals(citing.size(), paragraph.path("crossReferences").path("provisionCitedByTotal").asInt());
        JsonNode amends = null;
        for (JsonNode citation : citing) {
            assertEquals("§ 744.23", citation.path("part").path("label").asText(), "the section holding (b)");
            assertFalse(citation.path("documentId").asText().equals(CODE), "no document cites itself here");
            if (citation.path("relation").asText().equals("AMENDS")) {
                amends = citation;
            }
        }
        assertTrue(amends != null, "the rule amending § 744.23: " + citing);
        assertEquals(RULE, amends.path("documentId").asText());
        assertEquals(amendment.path("start").asInt(), amends.path("citing").path("start").asInt(),
                "the amendment is where the rule's amending provision stands");

        // The section's heading names the section: it is no citation of it on its own hit.
        JsonNode heading = hitLabelled(hits, CODE, "§ 744.23");
        assertEquals(0, heading.path("crossReferences").path("provisionCitesTotal").asInt(), heading.toString());
        // A section citing another section of its code leads to that section, elsewhere in the same document.
        JsonNode internal = only(hitLabelled(json("/api/v1/search?q=744.24&kind=directive&limit=50").path("hits"),
                CODE, "§ 744.23(e)").path("crossReferences").path("provisionCites"));
        assertEquals(CODE, internal.path("documentId").asText());
        assertEquals("§ 744.24", internal.path("part").path("label").asText());
    }

    private static JsonNode only(JsonNode list) {
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }

    private static JsonNode hitLabelled(JsonNode hits, String documentId, String label) {
        for (JsonNode hit : hits) {
            if (hit.path("document").path("id").asText().equals(documentId) && hit.path("label").asText().equals(label)) {
                return hit;
            }
        }
        throw new AssertionError("no hit " + label + " of " + documentId + " in " + hits.findValuesAsText("label"));
    }

    private static JsonNode hitWithText(JsonNode hits, String documentId, String words) {
        for (JsonNode hit : hits) {
            if (hit.path("document").path("id").asText().equals(documentId) && hit.path("text").asText().contains(words)) {
                return hit;
            }
        }
        throw new AssertionError("no hit of " + documentId + " saying '" + words + "'");
    }

    /** The document's current text between the code-point offsets of {@code span}. */
    private static String textOf(String documentId, JsonNode span) throws Exception {
        int[] text = store.get("/api/v1/documents/" + documentId + "/text").body().codePoints().toArray();
        int start = span.path("start").asInt();
        return new String(text, start, span.path("end").asInt() - start);
    }

    @Test
    void entityFacetValuesAreEntityIrisShownByTheirEntitysPreferredLabel() throws Exception {
        JsonNode facets = json("/api/v1/search?q=licen*").path("facets");
        for (String dimension : List.of("bearer", "names")) {
            JsonNode entities = facets.path(dimension);
            assertTrue(entities.size() > 0, dimension + ": " + facets);
            for (JsonNode entity : entities) {
                String iri = entity.path("value").asText();
                assertTrue(iri.startsWith("https://reggraph.org/id/entity/"), iri);
                String label = json("/api/v1/entities/" + iri.substring(iri.lastIndexOf('/') + 1)).path("entity")
                        .path("label").asText();
                assertFalse(label.isBlank(), iri);
                assertEquals(label, entity.path("label").asText(), () -> "the facet names " + iri + " as its entity does");
            }
        }
        facets.path("kind").forEach(kind -> assertTrue(kind.path("label").isMissingNode(), "a kind is its own name"));
    }

    @Test
    void theNamesFilterKeepsTheProvisionsNamingTheEntityAsItsFacetCounted() throws Exception {
        JsonNode named = json("/api/v1/search?q=licen*").path("facets").path("names").get(0);
        String iri = named.path("value").asText();
        JsonNode narrowed = json("/api/v1/search?limit=100&q=licen*&names=" + URLEncoder.encode(iri, StandardCharsets.UTF_8));
        assertEquals(named.path("count").asInt(), narrowed.path("total").asInt(), narrowed::toString);
        String entity = iri.substring(iri.lastIndexOf('/') + 1);
        Set<String> naming = new HashSet<>();
        json("/api/v1/entities/" + entity).path("namedIn").forEach(document -> naming.add(document.path("documentId").asText()));
        narrowed.path("hits").forEach(hit -> assertTrue(naming.contains(hit.path("document").path("id").asText()),
                () -> hit.path("iri").asText() + " is in a document naming " + entity));
    }

    @Test
    void aRulesPreambleExplainsWhereItsOperativeTextBinds() throws Exception {
        JsonNode answer = json("/api/v1/search?limit=100&q=licen*");
        JsonNode parts = answer.path("facets").path("part");
        assertEquals(Set.of("preamble", "operative"), Set.copyOf(parts.findValuesAsText("value")), parts::toString);
        for (JsonNode part : parts) {
            JsonNode narrowed = json("/api/v1/search?limit=100&q=licen*&part=" + part.path("value").asText());
            assertEquals(part.path("count").asInt(), narrowed.path("total").asInt(), "the filter keeps what the facet counted");
            for (JsonNode hit : narrowed.path("hits")) {
                assertEquals("directive", hit.path("document").path("kind").asText(), "only an act has parts");
                assertEquals(part.path("value").asText(), hit.path("part").asText(), "each hit says which");
                boolean section = hit.path("label").asText().startsWith("§");
                assertTrue(part.path("value").asText().equals("operative") || !section,
                        () -> "a section of the Code is operative text: " + hit.path("label"));
            }
        }
        List<String> preamble = texts(json("/api/v1/search?limit=100&q=licen*&part=preamble"));
        assertTrue(preamble.stream().anyMatch(text -> text.contains("SUMMARY: The Bureau of Industry and Security")),
                "the rule's summary explains");
        List<String> operative = texts(json("/api/v1/search?limit=100&q=licen*&part=operative"));
        assertTrue(operative.stream().anyMatch(text -> text.startsWith("(1) You must obtain a license from BIS")),
                "its § 744.23(b)(1) binds");
        assertTrue(texts(json("/api/v1/search?limit=100&q=should&part=preamble")).stream()
                .anyMatch(text -> text.matches("(?s)\\(\\d+\\).*should.*")), "an EU act's recitals are its preamble");
        HttpResponse<String> unknown = store.get("/api/v1/search?q=licen*&part=binding");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("'part'") && unknown.body().contains("preamble, operative"), unknown.body());
        HttpResponse<String> modality = store.get("/api/v1/search?q=licen*&modality=must");
        assertEquals(400, modality.statusCode(), "a closed facet's unknown value is a mistake, not an empty search");
        assertTrue(modality.body().contains("'modality'"), modality.body());
    }

    private static List<String> texts(JsonNode answer) {
        List<String> texts = new ArrayList<>();
        answer.path("hits").forEach(hit -> texts.add(hit.path("text").asText().strip()));
        return texts;
    }

    @Test
    void anEntityListsTheProvisionsNamingItAtTheirPlaceInEachDocument() throws Exception {
        JsonNode body = json("/api/v1/entities/ai-model-weights");
        List<String> names = new ArrayList<>();
        body.path("aliases").forEach(alias -> names.add(alias.asText().toLowerCase(Locale.ROOT)));
        names.add(body.path("entity").path("label").asText().toLowerCase(Locale.ROOT));
        JsonNode namedIn = body.path("namedIn");
        assertTrue(namedIn.size() >= 3, "the samples name model weights in several documents: " + namedIn);
        int previous = Integer.MAX_VALUE;
        for (JsonNode document : namedIn) {
            int provisions = document.path("provisions").asInt();
            assertTrue(provisions <= previous, "the documents naming it most come first: " + namedIn);
            previous = provisions;
            assertEquals(Math.min(provisions, EntityController.PROVISIONS_SHOWN), document.path("first").size());
            int[] text = store.get("/api/v1/documents/" + document.path("documentId").asText() + "/text").body()
                    .codePoints().toArray();
            for (JsonNode place : document.path("first")) {
                int start = place.path("start").asInt();
                String provision = new String(text, start, place.path("end").asInt() - start).toLowerCase(Locale.ROOT)
                        .replaceAll("\\s+", " ");
                assertTrue(names.stream().anyMatch(provision::contains),
                        () -> "the provision at " + place + " names it by one of " + names + ": " + provision);
            }
        }
    }

    @Test
    void aReferenceCountOutOfBoundsIsRefusedByName() throws Exception {
        HttpResponse<String> response = store.get("/api/v1/search?q=licen*&references=-1");
        assertEquals(400, response.statusCode());
        assertTrue(JSON.readTree(response.body()).path("error").path("message").asText().contains("references"),
                response.body());
    }

    @Test
    void theTextIsTheCurrentVersionsPlainText() throws Exception {
        HttpResponse<String> response = store.get("/api/v1/documents/" + ORDER + "/text");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String plain = store.regGraph().graph().currentText(ORDER).orElseThrow();
        assertEquals(plain, response.body());
        assertTrue(response.body().contains("Executive Order 14999"));
    }

    @Test
    void unknownDocumentsAreNotFoundAndSaySo() throws Exception {
        for (String path : List.of("/api/v1/documents/no-such-doc", "/api/v1/documents/no-such-doc/text")) {
            HttpResponse<String> response = store.get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(JSON.readTree(response.body()).path("error").path("message").asText().contains("no-such-doc"));
        }
    }

    @Test
    void obligationsCarryWhatAReaderNeedsToFindThem() throws Exception {
        JsonNode body = json("/api/v1/obligations?limit=500");
        JsonNode rules = body.path("obligations");
        assertEquals(body.path("total").asInt(), rules.size());
        assertTrue(rules.size() > 20);
        for (JsonNode rule : rules) {
            assertTrue(rule.path("iri").asText().matches("https://reggraph\\.org/id/doc/[a-z0-9-]+/v/[0-9a-f]{12}/r/\\d+"),
                    rule.toString());
            assertTrue(List.of("obligation", "prohibition", "permission", "recommendation")
                    .contains(rule.path("modality").asText()));
            assertTrue(rule.path("end").asInt() > rule.path("start").asInt());
            assertFalse(rule.path("text").asText().isBlank());
            assertFalse(rule.path("documentId").asText().isBlank());
        }
        assertTrue(rules.findValuesAsText("bearer").stream().anyMatch(bearer -> !bearer.equals("null")),
                "bearers are given");
        assertTrue(rules.findValues("reported").stream().anyMatch(JsonNode::asBoolean), "news rules are reported");
    }

    @Test
    void obligationsFilterByModalityAndDocument() throws Exception {
        JsonNode prohibitions = json("/api/v1/obligations?limit=500&modality=prohibition").path("obligations");
        assertTrue(prohibitions.size() > 0);
        prohibitions.forEach(rule -> assertEquals("prohibition", rule.path("modality").asText()));
        JsonNode ofOrder = json("/api/v1/obligations?limit=500&document=" + ORDER).path("obligations");
        assertTrue(ofOrder.size() > 0);
        int previousStart = -1;
        for (JsonNode rule : ofOrder) {
            assertEquals(ORDER, rule.path("documentId").asText());
            assertTrue(rule.path("start").asInt() > previousStart, "rules of a document come in reading order");
            previousStart = rule.path("start").asInt();
        }
        assertEquals(0, json("/api/v1/obligations?document=no-such-doc").path("obligations").size());
    }

    @Test
    void obligationsPageWithoutGapsOrOverlaps() throws Exception {
        List<String> whole = iris(json("/api/v1/obligations?limit=10&offset=0"));
        List<String> paged = new ArrayList<>(iris(json("/api/v1/obligations?limit=4&offset=0")));
        paged.addAll(iris(json("/api/v1/obligations?limit=4&offset=4")));
        paged.addAll(iris(json("/api/v1/obligations?limit=2&offset=8")));
        assertEquals(whole, paged);
    }

    @Test
    void aHitsRulesSayWhetherTheirDocumentImposesOrReportsThem() throws Exception {
        Set<Boolean> seen = new HashSet<>();
        for (JsonNode hit : json("/api/v1/search?q=licen*&limit=100").path("hits")) {
            boolean reports = hit.path("document").path("kind").asText().equals("news")
                    || hit.path("part").asText().equals("preamble");
            for (JsonNode rule : hit.path("rules")) {
                assertEquals(reports, rule.path("reported").asBoolean(), () -> hit.path("label") + ": " + rule);
                seen.add(reports);
            }
        }
        assertEquals(Set.of(true, false), seen, "news and the sample rule's summary report, acts impose");
    }

    @Test
    void rulesAreListedByWhetherTheirDocumentImposesOrReportsThem() throws Exception {
        JsonNode reported = json("/api/v1/obligations?reported=true&limit=500");
        JsonNode imposed = json("/api/v1/obligations?reported=false&limit=500");
        assertEquals(json("/api/v1/obligations?limit=500").path("total").asInt(),
                reported.path("total").asInt() + imposed.path("total").asInt(), "each rule is one or the other");
        assertTrue(reported.path("obligations").findValues("reported").stream().allMatch(JsonNode::asBoolean));
        assertTrue(imposed.path("obligations").findValues("reported").stream().noneMatch(JsonNode::asBoolean));
        Set<String> reporting = new HashSet<>(reported.path("obligations").findValuesAsText("documentId"));
        assertTrue(reporting.contains(FACT_SHEET), "news reports rules: " + reporting);
        // The sample rule's summary restates its amendment; the amended section imposes it.
        JsonNode ruleReported = json("/api/v1/obligations?reported=true&document=" + RULE).path("obligations");
        JsonNode ruleImposed = json("/api/v1/obligations?reported=false&document=" + RULE).path("obligations");
        assertTrue(ruleReported.size() > 0 && ruleImposed.size() > 0, ruleReported + " / " + ruleImposed);
        String text = store.get("/api/v1/documents/" + RULE + "/text").body();
        assertTrue(text.indexOf("List of Subjects") > 0, "the rule's preamble ends at its List of Subjects");
        int operativeStart = text.codePointCount(0, text.indexOf("List of Subjects"));
        ruleReported.forEach(rule -> assertTrue(rule.path("start").asInt() < operativeStart, rule.toString()));
        ruleImposed.forEach(rule -> assertTrue(rule.path("start").asInt() >= operativeStart, rule.toString()));
    }

    @Test
    void badParametersAreNamedIn400s() throws Exception {
        for (String query : List.of("modality=must", "limit=0", "limit=501", "offset=-1", "reported=maybe")) {
            HttpResponse<String> response = store.get("/api/v1/obligations?" + query);
            assertEquals(400, response.statusCode(), query);
            String parameter = query.substring(0, query.indexOf('='));
            assertTrue(response.body().contains("'" + parameter + "'"), query + " -> " + response.body());
        }
    }

    private static List<String> iris(JsonNode body) {
        return body.path("obligations").findValuesAsText("iri");
    }

    /** The cross-references of the first hit from {@code documentId} in a search answer. */
    private static JsonNode hitOf(JsonNode answer, String documentId) {
        for (JsonNode hit : answer.path("hits")) {
            if (hit.path("document").path("id").asText().equals(documentId)) {
                return hit.path("crossReferences");
            }
        }
        throw new AssertionError("no hit from " + documentId + " in " + answer.path("hits").findValuesAsText("iri"));
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = store.get(path);
        assertEquals(200, response.statusCode(), () -> path + ": " + response.body());
        return JSON.readTree(response.body());
    }
}
