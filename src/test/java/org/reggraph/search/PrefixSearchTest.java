package org.reggraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestStore;

/**
 * A word typed in part and ended with {@code *} finds the words it begins, though the text is indexed stemmed
 * and their stems are shorter than what was typed, over the sample corpus: "vett*" finds "vetted" and
 * "vetting" (stemmed "vet"), "regulat*" finds "regulation" and "regulates" (stemmed "regul"), in the text
 * and in the other stemmed fields, and the match is marked in the snippet.
 */
class PrefixSearchTest {
    @TempDir
    static Path folder;
    private static TestStore store;

    @BeforeAll
    static void ingestSamples() {
        store = TestStore.withSamples(folder);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aPrefixLongerThanItsWordsStemFindsThem() {
        SearchPage vetted = search("vett*");
        assertEquals(search("vetted OR vetting").total(), vetted.total(), "every provision saying vetted or vetting");
        assertTrue(vetted.total() > 0);
        assertTrue(vetted.hits().stream().anyMatch(hit -> hit.snippet().toLowerCase(Locale.ROOT).contains("<mark>vetted</mark>")),
                () -> "marked: " + snippets(vetted));
    }

    @Test
    void aPrefixFindsTheWordsWhoseStemItCutsInto() {
        SearchPage regulat = search("regulat*");
        long regulation = search("regulation OR regulations OR regulates OR regulate").total();
        assertTrue(regulat.total() >= regulation, () -> regulat.total() + " provisions for regulat*, " + regulation
                + " saying regulation, regulations, regulate or regulates");
        assertTrue(regulat.hits().stream().anyMatch(hit -> hit.snippet().toLowerCase(Locale.ROOT).contains("<mark>regulation")),
                () -> "marked: " + snippets(regulat));
    }

    @Test
    void headingsLabelsAndTitlesAreWidenedAsTheTextIs() {
        // The EU sample's title says "Regulation (EU) 2099/123": every one of its provisions has that title.
        SearchPage byTitle = search("documentTitle:regulat*");
        assertTrue(byTitle.total() > 0 && byTitle.total() == search("documentTitle:regulation").total(),
                () -> byTitle.total() + " provisions by title");
    }

    @Test
    void onlyTheStemsOfItsCompletionsAreAdded() {
        // Not every term "vett" begins with ("vet", "ve", ...) as a prefix: only the stem "vet" of "vetted".
        assertEquals(0, search("vett* AND NOT (vetted OR vetting OR vet OR vets)").total());
        assertEquals(0, search("regulat* AND NOT (regulation OR regulations OR regulate OR regulates OR regulated "
                + "OR regulating OR regulator OR regulators OR regulatory)").total());
    }

    private static SearchPage search(String query) {
        return store.regGraph().search().search(SearchRequest.of(query, 50));
    }

    private static List<String> snippets(SearchPage page) {
        return page.hits().stream().map(SearchHit::snippet).toList();
    }
}
