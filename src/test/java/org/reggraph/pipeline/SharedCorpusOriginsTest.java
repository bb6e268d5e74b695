package org.reggraph.pipeline;

import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.reggraph.graph.DocumentSummary;
import org.reggraph.graph.GraphReader;
import org.reggraph.testing.SharedCorpusStore;
import org.reggraph.testing.TestStore;

/**
 * Over the real documents, which come without a manifest: each names its issuer, where it applies and when it
 * was issued as {@code ../shared/corpus/SOURCES.md} records them, read from the document itself, so the
 * search's issuer, jurisdiction and year facets hold the whole corpus.
 */
class SharedCorpusOriginsTest {
    private static final String WHITE_HOUSE = "The White House|US";
    private static final String NIST = "National Institute of Standards and Technology|US";
    private static final String BIS = "Bureau of Industry and Security|US";
    private static final String OMB = "Office of Management and Budget|US";
    private static final String EU_LEGISLATORS = "European Parliament and Council of the European Union|EU";

    /** Document key, then issuer|jurisdiction|date as SOURCES.md gives them; "-" where the document does not say. */
    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("eo-14110", WHITE_HOUSE + "|2023-10-30"),
            Map.entry("eo-14141", WHITE_HOUSE + "|2025-01-14"),
            Map.entry("eo-14179", WHITE_HOUSE + "|2025-01-23"),
            Map.entry("eo-14306", WHITE_HOUSE + "|2025-06-06"),
            Map.entry("eo-14319", WHITE_HOUSE + "|2025-07-23"),
            Map.entry("eo-14320", WHITE_HOUSE + "|2025-07-23"),
            Map.entry("eo-2025-12-11-ensuring-a-national-policy-framework-for-ai", WHITE_HOUSE + "|2025-12-11"),
            Map.entry("eo-2026-06-02-promoting-advanced-ai-innovation-and-security", WHITE_HOUSE + "|2026-06-02"),
            Map.entry("nspm-11", WHITE_HOUSE + "|2026-06-05"),
            Map.entry("nsm-25", WHITE_HOUSE + "|2024-10-24"),
            // Published in the Federal Register on 2025-01-15 (SOURCES.md: public inspection 2025-01-10).
            Map.entry("fr-2025-00636", BIS + "|2025-01-15"),
            // The bulk XML carries no publication date (89 FR 23644, 2024-04-04).
            Map.entry("fr-2024-06526", "Cybersecurity and Infrastructure Security Agency|US|-"),
            Map.entry("ecfr-15cfr-chaptervii-parts745-799-ear-2025-01", BIS + "|-"),
            Map.entry("omb-m-22-09", OMB + "|2022-01-26"),
            Map.entry("omb-guidance-on-2025-agency-ai-reporting-m-25-21", OMB + "|2026-01-28"),
            Map.entry("eu-regulation-2016-679", EU_LEGISLATORS + "|2016-04-27"),
            Map.entry("eu-regulation-2024-1689", EU_LEGISLATORS + "|2024-06-13"),
            Map.entry("eu-directive-2022-2555", EU_LEGISLATORS + "|2022-12-14"),
            // A third party's extraction of the AI Act's articles, which says nothing of itself.
            Map.entry("eu-ai-act-2024-1689-articles", "-|-|-"),
            Map.entry("uk-computer-misuse-act-1990-legislation-gov-uk-clml", "UK Parliament|UK|1990-06-29"),
            Map.entry("uk-ai-opportunities-action-plan-gov-uk", "UK Government|UK|-"),
            Map.entry("california-sb-53-transparency-in-frontier-ai-act", "California Legislature|US|2025-09-29"),
            Map.entry("cac-interim-measures-generative-ai-services-2023-zh", "Cyberspace Administration of China|CN|2023-07-10"),
            Map.entry("nist-ai-100-1", NIST + "|2023-01-24"),
            Map.entry("nist-ai-600-1", NIST + "|-"),
            Map.entry("nist-privacy-framework-1-0", NIST + "|2020-01-16"),
            Map.entry("nist-csf-v2-0-catalog", NIST + "|2025-05-29"),
            Map.entry("nist-sp-800-53-rev5-high-baseline-profile", NIST + "|2024-02-04"),
            Map.entry("nist-sp-800-53-rev5-low-baseline-resolved-profile-catalog", NIST + "|2024-02-13"),
            Map.entry("nist-sp-800-53-rev5-moderate-baseline-profile", NIST + "|2024-02-04"),
            Map.entry("nist-sp-800-53-rev5-privacy-baseline-resolved-profile-catalog", NIST + "|2024-02-13"),
            Map.entry("nist-ai-100-2e2023-adversarial-ml-attacks", NIST + "|-"),
            Map.entry("nist-ai-600-1-nist-ai-600-1-genai-profile-actions", NIST + "|-"),
            Map.entry("nist-ai-rmf-1-0-subcategories", NIST + "|-"),
            Map.entry("nist-csf-2-0-core", NIST + "|-"),
            Map.entry("nist-sp-800-218", NIST + "|-"),
            Map.entry("nist-sp-800-218a", NIST + "|-"),
            // The Playbook's PDF names NIST nowhere near its start; the spreadsheet has no title page.
            Map.entry("nist-ai-rmf-playbook", "-|-|2024-05-02"),
            Map.entry("2025-consolidated-cots-ai-use-cases", "-|-|2026-04-10"),
            Map.entry("fedramp-extensions-and-allowed-values", "General Services Administration|US|2022-06-30"),
            Map.entry("2023-07-21-factsheet-voluntary-ai-commitments", WHITE_HOUSE + "|2023-07-21"),
            Map.entry("2023-10-30-factsheet-eo-14110", WHITE_HOUSE + "|2023-10-30"),
            Map.entry("2024-03-28-factsheet-omb-m-24-10-ai-policy", WHITE_HOUSE + "|2024-03-28"),
            Map.entry("2024-10-24-background-press-call-ai-national-security", WHITE_HOUSE + "|2024-10-24"),
            Map.entry("2025-01-13-factsheet-ai-diffusion-security-and-economic-strength", WHITE_HOUSE + "|2025-01-13"),
            Map.entry("2025-01-23-factsheet-eo-14179-ai-leadership", WHITE_HOUSE + "|2025-01-23"),
            Map.entry("2025-04-07-factsheet-omb-m-25-21-m-25-22", WHITE_HOUSE + "|2025-04-07"),
            Map.entry("2025-06-06-factsheet-reprioritizes-cybersecurity-efforts", WHITE_HOUSE + "|2025-06-06"),
            Map.entry("2025-07-23-factsheet-export-of-american-ai-technologies", WHITE_HOUSE + "|2025-07-23"),
            Map.entry("2025-07-23-whitehouse-unveils-americas-ai-action-plan", WHITE_HOUSE + "|2025-07-23"),
            Map.entry("2025-12-11-factsheet-national-policy-framework-for-ai", WHITE_HOUSE + "|2025-12-11"),
            Map.entry("2026-03-20-national-ai-legislative-framework", WHITE_HOUSE + "|2026-03-20"),
            Map.entry("2026-06-02-factsheet-advanced-ai-innovation-and-security", WHITE_HOUSE + "|2026-06-02"),
            Map.entry("2026-06-05-factsheet-nspm-11-ai-national-security", WHITE_HOUSE + "|2026-06-05"),
            // BIS's clipped pages: "published: unknown", and their text dates only the events they report.
            Map.entry("2025-05-13-bis-rescission-of-ai-diffusion-rule-press-release", BIS + "|2025-05-13"),
            Map.entry("2026-01-bis-revises-license-review-policy-semiconductors-china-press-release", BIS + "|-"),
            Map.entry("bis-public-information-page-advanced-computing-semiconductor-export-controls-prc", BIS + "|-")));

    @Test
    void everyDocumentSaysWhoIssuedItWhereAndWhen() {
        GraphReader graph = SharedCorpusStore.get().regGraph().graph();
        Map<String, String> actual = new TreeMap<>();
        for (DocumentSummary document : graph.documents()) {
            actual.put(document.id(), String.join("|", orDash(document.issuer()), orDash(document.jurisdiction()),
                    orDash(document.date())));
        }
        List<String> differences = new ArrayList<>();
        EXPECTED.forEach((id, expected) -> {
            if (!expected.equals(actual.get(id))) {
                differences.add(id + ": expected " + expected + ", found " + actual.get(id));
            }
        });
        actual.keySet().stream().filter(id -> !EXPECTED.containsKey(id)).forEach(id -> differences.add(id + ": not expected"));
        assertEquals("", String.join("\n", differences));
    }

    @Test
    void searchCountsAndNarrowsByIssuerAndJurisdiction() throws Exception {
        TestStore store = SharedCorpusStore.get();
        JsonNode all = search(store, "q=licen*&limit=50");
        Map<String, Long> issuers = facet(all, "issuer");
        assertTrue(issuers.getOrDefault("Bureau of Industry and Security", 0L) > 0, issuers.toString());
        assertTrue(issuers.size() >= 3, issuers.toString());
        assertTrue(facet(all, "jurisdiction").keySet().containsAll(List.of("US", "EU")), facet(all, "jurisdiction").toString());

        JsonNode european = search(store, "q=licen*&limit=50&jurisdiction=EU");
        assertEquals(facet(all, "jurisdiction").get("EU").longValue(), european.path("total").asLong());
        String issuersOfHits = StreamSupport.stream(european.path("hits").spliterator(), false)
                .map(hit -> hit.path("document").path("issuer").asText()).distinct().collect(joining(", "));
        assertEquals("European Parliament and Council of the European Union", issuersOfHits);
    }

    private static JsonNode search(TestStore store, String parameters) throws Exception {
        HttpResponse<String> response = store.get("/api/v1/search?mode=query&" + parameters);
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body());
    }

    private static Map<String, Long> facet(JsonNode answer, String dimension) {
        Map<String, Long> counts = new TreeMap<>();
        answer.path("facets").path(dimension).forEach(count -> counts.put(count.path("value").asText(),
                count.path("count").asLong()));
        return counts;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
