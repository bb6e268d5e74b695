package org.reggraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/**
 * The real Chinese measure of ../shared/corpus (the CAC Interim Measures for Generative AI Services, an HTML
 * page in Chinese) ingested alone into a real store: it is cut at its own articles and searched in Chinese
 * over HTTP. Skipped when ../shared is absent.
 */
class SharedChineseMeasureTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEASURE = "corpus/directives/cn/CAC_Interim_Measures_Generative_AI_Services_2023_zh.htm";
    /** The measure has five chapters and 24 articles, 第一条 to 第二十四条. */
    private static final int ARTICLES = 24;

    @TempDir
    static Path dataDir;
    private static TestStore store;
    private static String documentId;
    private static String documentText;
    private static JsonNode provisions;

    @BeforeAll
    static void ingestTheMeasure() throws Exception {
        Path shared = TestPaths.requireShared();
        store = TestStore.open(dataDir);
        var report = store.ingest(shared.resolve(MEASURE));
        assertEquals(0, report.failed(), () -> "failed: " + report.failures());
        store.serve();
        documentId = JSON.readTree(store.get("/api/v1/documents").body()).path("documents").get(0).path("id").asText();
        documentText = store.get("/api/v1/documents/" + documentId + "/text").body();
        provisions = JSON.readTree(store.get("/api/v1/documents/" + documentId).body()).path("provisions");
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void theMeasureIsCutAtEachOfItsArticles() {
        Set<String> articles = new LinkedHashSet<>();
        for (JsonNode provision : provisions) {
            String label = provision.path("label").asText();
            if (label.matches("第[一二三四五六七八九十]+条")) {
                articles.add(label);
            }
        }
        List<String> expected = IntStream.rangeClosed(1, ARTICLES).mapToObj(n -> "第" + chineseNumeral(n) + "条").toList();
        assertEquals(expected, List.copyOf(articles));
    }

    /** The measure's 应当 and 不得 are read as duties and prohibitions, each quoted where it stands. */
    @Test
    void theMeasuresDutiesAreRulesWithTheirBearer() throws Exception {
        JsonNode duties = JSON.readTree(store.get("/api/v1/obligations?limit=500&document=" + documentId).body());
        Set<String> modalities = new HashSet<>();
        boolean providerBound = false;
        for (JsonNode rule : duties.path("obligations")) {
            modalities.add(rule.path("modality").asText());
            String quoted = documentText.substring(documentText.offsetByCodePoints(0, rule.path("start").asInt()),
                    documentText.offsetByCodePoints(0, rule.path("end").asInt()));
            assertEquals(rule.path("text").asText(), quoted);
            providerBound |= "提供者".equals(rule.path("bearer").asText()) && "obligation".equals(rule.path("modality").asText())
                    && rule.path("bearerEntity").asText().endsWith("/entity/genai-service-provider");
        }
        assertTrue(duties.path("total").asInt() >= 24, () -> "rules: " + duties.path("total"));
        assertTrue(modalities.containsAll(Set.of("obligation", "prohibition", "permission", "recommendation")),
                () -> "modalities: " + modalities);
        assertTrue(providerBound, "提供者 bears an obligation, linked to the entity it names");
    }

    /** The laws the measure names in book-title marks are its citations; its own title is no cross-reference. */
    @Test
    void theLawsTheMeasureNamesInBookTitleMarksAreItsCitations() throws Exception {
        JsonNode references = JSON.readTree(store.get("/api/v1/documents/" + documentId).body()).path("references");
        Set<String> cited = new HashSet<>(references.findValuesAsText("documentId"));
        for (String law : List.of("网络安全法", "数据安全法", "个人信息保护法")) {
            assertTrue(cited.contains(org.reggraph.model.CanonicalId.chineseInstrument(law)),
                    () -> law + " is cited (under its full name): " + references);
        }
        assertTrue(!cited.contains(documentId), "the measure naming itself is no cross-reference");
        assertTrue(references.findValuesAsText("surface").stream().allMatch(surface -> surface.startsWith("《")),
                () -> "surfaces: " + references);
    }

    /**
     * Each Chinese term, as query syntax or as a question, finds every provision that contains it word for
     * word, each marked stretch is part of the term, and the best hit contains the whole term.
     */
    @ParameterizedTest
    @CsvSource({"生成式人工智能, query", "服务提供者, query", "个人信息, query", "训练数据, query",
        "生成式人工智能, question", "服务提供者, question", "个人信息, question", "训练数据, question"})
    void aChineseTermFindsEveryProvisionHoldingIt(String term, String mode) throws Exception {
        JsonNode body = search("q=" + encode(term) + "&mode=" + mode + "&limit=100");
        Set<String> found = new HashSet<>();
        body.path("hits").forEach(hit -> found.add(hit.path("iri").asText()));
        List<String> holding = new ArrayList<>();
        for (JsonNode provision : provisions) {
            if (codePoints(provision.path("start").asInt(), provision.path("end").asInt()).contains(term)) {
                holding.add(provision.path("label").asText() + " " + provision.path("iri").asText());
                assertTrue(found.contains(provision.path("iri").asText()),
                        () -> term + " is in " + provision + " but the search missed it");
            }
        }
        assertTrue(holding.size() >= 2, () -> term + " occurs in the measure: " + holding);
        JsonNode best = body.path("hits").get(0);
        assertTrue(best.path("text").asText().contains(term), () -> "best hit: " + best);
        assertTrue(best.path("snippet").asText().contains("<mark>"), () -> "best hit: " + best);
        for (JsonNode hit : body.path("hits")) {
            for (JsonNode match : hit.path("matches")) {
                String marked = codePoints(match.path("start").asInt(), match.path("end").asInt());
                assertTrue(!marked.isEmpty() && term.contains(marked), () -> "marked '" + marked + "' for " + term);
            }
        }
    }

    @Test
    void aChineseQuestionAboutUsersInputFindsTheArticleOnIt() throws Exception {
        JsonNode hits = search("q=" + encode("提供者应当如何保护使用者的输入信息和使用记录") + "&limit=3").path("hits");
        List<String> labels = new ArrayList<>();
        hits.forEach(hit -> labels.add(hit.path("label").asText()));
        assertTrue(labels.contains("第十一条"), () -> "top three: " + labels);
    }

    private static JsonNode search(String parameters) throws IOException, InterruptedException {
        var response = store.get("/api/v1/search?" + parameters);
        assertEquals(200, response.statusCode(), response::body);
        return JSON.readTree(response.body());
    }

    /** The document text between two code-point offsets, as the API counts them. */
    private static String codePoints(int start, int end) {
        int from = documentText.offsetByCodePoints(0, start);
        return documentText.substring(from, documentText.offsetByCodePoints(from, end - start));
    }

    /** 1 to 99 in Chinese numerals, as articles are numbered: 十, 十一, 二十, 二十四. */
    private static String chineseNumeral(int n) {
        String digits = "〇一二三四五六七八九";
        String units = n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10));
        if (n < 10) {
            return units;
        }
        return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十" + units;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
