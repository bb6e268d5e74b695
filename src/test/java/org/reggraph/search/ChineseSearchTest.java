package org.reggraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reggraph.index.analysis.ChineseText;
import org.reggraph.testing.TestStore;

/**
 * A Chinese document is analysed as Chinese, end to end: a small measure written for this test (no
 * declared language, so the text decides) and an English note are ingested into a real store and searched
 * over real HTTP in both languages.
 */
class ChineseSearchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** An invented measure in the form of Chinese drafting: chapters, articles, bracketed items. */
    private static final String MEASURE = """
            示例数据服务管理办法

            第一章 总　则

            第一条 为了规范示例数据服务，保护用户的合法权益，制定本办法。

            第二条 数据服务提供者应当公开其服务规则，并接受用户监督。

            第二章 服务规范

            第三条 数据服务提供者不得非法收集用户的个人信息。
            （一）收集个人信息应当取得用户同意；
            （二）不得向第三方出售个人信息。

            第四条 用户发现违法内容的，有权向主管部门投诉。
            """;
    private static final String NOTE = """
            Note on data services

            Sec. 1. Service providers must publish their service rules and answer complaints from users.
            """;

    @TempDir
    static Path folder;
    private static TestStore store;

    @BeforeAll
    static void ingestBothAndServe() throws IOException {
        store = TestStore.serving(folder, Map.of(
                "sample-data-measure-zh.txt", MEASURE, "sample-data-note-en.txt", NOTE));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void chineseWordsFindTheArticlesWithMarksAndExactOffsets() throws Exception {
        JsonNode body = search("q=" + encode("个人信息") + "&mode=query");
        List<String> labels = labels(body);
        assertTrue(labels.containsAll(List.of("第三条", "第三条（一）", "第三条（二）")), () -> "labels: " + labels);
        for (JsonNode hit : body.path("hits")) {
            assertFalse(hit.path("matches").isEmpty(), () -> "every hit matched in its text: " + hit);
            assertTrue(hit.path("snippet").asText().contains("<mark>"), () -> "highlighted: " + hit);
            String documentText = store.get("/api/v1/documents/" + hit.path("document").path("id").asText()
                    + "/text").body();
            for (JsonNode match : hit.path("matches")) {
                String matched = codePoints(documentText, match.path("start").asInt(), match.path("end").asInt());
                // The analyser cuts 个人信息 into words; each marked stretch is one of them.
                assertTrue(!matched.isEmpty() && "个人信息".contains(matched), () -> "marked '" + matched + "'");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"query", "question"})
    void aFilteredChineseSearchIsHighlightedToo(String mode) throws Exception {
        JsonNode body = search("q=" + encode("个人信息") + "&mode=" + mode + "&kind=directive");
        assertTrue(body.path("total").asInt() > 0);
        for (JsonNode hit : body.path("hits")) {
            assertTrue(hit.path("snippet").asText().contains("<mark>"), () -> "highlighted: " + hit);
            assertFalse(hit.path("matches").isEmpty(), () -> "located: " + hit);
        }
    }

    @Test
    void aChineseQuestionRanksTheArticleThatAnswersIt() throws Exception {
        JsonNode body = search("q=" + encode("数据服务提供者应当公开什么规则") + "&mode=question");
        assertEquals("question", body.path("mode").asText());
        JsonNode first = body.path("hits").get(0);
        assertEquals("第二条", first.path("label").asText(), () -> "first hit: " + first);
        assertTrue(first.path("snippet").asText().contains("<mark>"));
    }

    @Test
    void aLongChineseQueryIsReadAsAQuestionByDefault() throws Exception {
        JsonNode body = search("q=" + encode("用户发现违法内容应当向谁投诉?"));
        assertEquals("question", body.path("mode").asText(), "a trailing ? is not a wildcard here");
        assertEquals("第四条", body.path("hits").get(0).path("label").asText());
    }

    @Test
    void articlesAreLabelledAndFoundByTheirOwnMark() throws Exception {
        JsonNode first = search("q=" + encode("第四条") + "&mode=query").path("hits").get(0);
        assertEquals("第四条", first.path("label").asText());
        assertEquals("第二章 服务规范", first.path("heading").asText(), "an article is headed by its chapter");
    }

    @Test
    void englishQueriesStayInTheEnglishDocument() throws Exception {
        JsonNode body = search("q=" + encode("service providers") + "&mode=query");
        assertTrue(body.path("total").asInt() > 0);
        for (JsonNode hit : body.path("hits")) {
            assertFalse(ChineseText.containsHan(hit.path("text").asText()), () -> "only the English note matches: " + hit);
            assertTrue(hit.path("snippet").asText().contains("<mark>"));
        }
    }

    @Test
    void theLanguageFacetCountsAndFiltersChineseProvisions() throws Exception {
        String both = "q=" + encode("services OR 服务") + "&mode=query";
        JsonNode all = search(both);
        long chinese = 0;
        for (JsonNode count : all.path("facets").path("lang")) {
            if (count.path("value").asText().equals("zh")) {
                chinese = count.path("count").asLong();
            }
        }
        assertTrue(chinese > 0 && chinese < all.path("total").asLong(), () -> "facets: " + all.path("facets"));
        JsonNode filtered = search(both + "&lang=zh");
        assertEquals(chinese, filtered.path("total").asLong());
        for (JsonNode hit : filtered.path("hits")) {
            assertTrue(ChineseText.containsHan(hit.path("text").asText()), () -> "not Chinese: " + hit);
        }
    }

    private static JsonNode search(String parameters) throws IOException, InterruptedException {
        var response = store.get("/api/v1/search?limit=20&" + parameters);
        assertEquals(200, response.statusCode(), response::body);
        return JSON.readTree(response.body());
    }

    private static List<String> labels(JsonNode body) {
        List<String> labels = new ArrayList<>();
        body.path("hits").forEach(hit -> labels.add(hit.path("label").asText()));
        return labels;
    }

    private static String codePoints(String text, int start, int end) {
        int[] codePoints = text.codePoints().toArray();
        return new String(codePoints, start, end - start);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
