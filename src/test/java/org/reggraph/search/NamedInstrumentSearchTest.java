package org.reggraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestStore;

/**
 * A question that names an instrument the store holds ("under the GDPR") is answered from that instrument
 * first, over real HTTP: an extract written for this test declares itself Regulation (EU) 2016/679, and a
 * short guidance note about fines in general would otherwise rank first.
 */
class NamedInstrumentSearchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGULATION = """
            REGULATION (EU) 2016/679 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL
            An illustrative extract written for a RegGraph test; not the regulation's text.

            Article 83
            Fines
            1. A supervisory authority may impose a fine on a controller that breaches this Regulation, of an \
            amount that fits the breach and deters others from the same conduct, having regard to its nature, \
            its gravity and how long it lasted.
            """;
    private static final String NOTE = """
            Guidance note on enforcement
            An illustrative note written for a RegGraph test.

            Sec. 1. Fines. Fines imposed by national regulators are listed each year.

            Sec. 2. Scope. This note does not deal with the General Data Protection Regulation.
            """;

    private static final String ACT = """
            Computer Misuse Act 1990
            An illustrative extract written for a RegGraph test; not the Act's text.

            Section 1. A person commits a sample offence if they cause a computer to perform any function with \
            intent to secure access to a program held in it without authority.

            Section 2. This Act may be cited as the Computer Misuse Act 1990.
            """;

    private static final String ORDER = """
            Executive Order 14999 of March 2, 2026
            Sample Order on Illustrative Model Inventories
            An illustrative order written for a RegGraph test; not a real order.

            Sec. 1. Inventories. Each agency shall keep an inventory of the models it uses, as this order requires.
            """;
    private static final String CIRCULAR = """
            Circular on agency requirements
            An illustrative circular written for a RegGraph test.

            Sec. 1. Agencies. Agencies require a yearly review.
            """;

    @TempDir
    static Path folder;
    private static TestStore store;

    @BeforeAll
    static void ingestAndServe() throws IOException {
        store = TestStore.serving(folder, Map.of(
                "Regulation_EU_2016-679_illustrative_extract.txt", REGULATION, "sample-enforcement-note.txt", NOTE,
                "sample-misuse-act.txt", ACT, "news/sample-misuse-act-news.txt", ACT,
                "sample-order.txt", ORDER, "sample-circular.txt", CIRCULAR));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theStoredInstrumentIsFoundByItsAcronymAndItsNumber() {
        NamedInstruments named = new NamedInstruments(store.regGraph().entities());
        assertEquals(Set.of("eu-regulation-2016-679"), keys(named, "What fines can be imposed under the GDPR?"));
        assertEquals(Set.of("eu-regulation-2016-679"), keys(named, "fines under regulation (EU) 2016/679"));
        assertEquals(Set.of(), keys(named, "what do gdpr-style fines look like"), "an acronym is named in capitals");
        assertEquals(Set.of(), keys(named, "What fines can be imposed under the AI Act?"), "not in the store");
        assertEquals("What fines can be imposed under the     ?",
                named.apply("What fines can be imposed under the GDPR?").subject(), "the name said where to look");
    }

    @Test
    void aDocumentTitledAsAnInstrumentIsThatInstrumentUnlessItIsNews() {
        NamedInstruments named = new NamedInstruments(store.regGraph().entities());
        assertEquals(Set.of("sample-misuse-act"), keys(named, "What offences does the Computer Misuse Act create?"),
                "the Act, whose whole title names it, and not the news page titled the same");
        assertEquals(Set.of("sample-misuse-act"), keys(named, "offences under the Computer\n  Misuse\u00A0Act"),
                "a name pasted with its line break and a no-break space");
    }

    @Test
    void withinTheNamedInstrumentTheQuestionsSubjectDecidesNotTheName() throws Exception {
        JsonNode first = search("Which offences does the Computer Misuse Act create?").path("hits").get(0);
        assertEquals("sample-misuse-act", first.path("document").path("id").asText(), first::toString);
        assertEquals("Sec. 1", first.path("label").asText(),
                () -> "the offence, not the section that only cites the Act's name: " + first);
    }

    /** An act the entity catalogue does not know is named as it is cited: by its number. */
    @Test
    void aStoredActIsFoundAsItIsCited() {
        NamedInstruments named = new NamedInstruments(store.regGraph().entities());
        assertEquals(Set.of("eo-14999"), keys(named, "What does EO 14999 require of agencies?"));
        assertEquals(Set.of("eo-14999"), keys(named, "what does Executive Order 14999 say about inventories"));
        assertEquals("What does          require of agencies?",
                named.apply("What does EO 14999 require of agencies?").subject(), "the citation said where to look");
        assertEquals(Set.of(), keys(named, "What does EO 14110 require?"), "not in the store");
        assertEquals(Set.of(), keys(named, "What does section 1 of Executive Order 14999 require?"),
                "a part cited: its words are what is asked");
    }

    @Test
    void aQuestionCitingTheActIsAnsweredFromItFirst() throws Exception {
        JsonNode first = search("What does EO 14999 require of agencies?").path("hits").get(0);
        assertEquals("eo-14999", first.path("document").path("id").asText(), first::toString);
        JsonNode unnamed = search("What does it require of agencies?").path("hits").get(0);
        assertEquals("sample-circular", unnamed.path("document").path("id").asText(),
                () -> "without the citation the circular ranks first: " + unnamed);
    }

    private static Set<String> keys(NamedInstruments named, String question) {
        return named.apply(question).documentKeys();
    }

    @Test
    void aQuestionNamingTheInstrumentIsAnsweredFromItFirst() throws Exception {
        JsonNode body = search("What fines can be imposed under the GDPR?");
        JsonNode first = body.path("hits").get(0);
        assertEquals("eu-regulation-2016-679", first.path("document").path("id").asText(), () -> "first hit: " + first);
        assertTrue(first.path("snippet").asText().contains("<mark>fine</mark>"), first::toString);
        JsonNode unnamed = search("What fines can be imposed?").path("hits").get(0);
        assertEquals("sample-enforcement-note", unnamed.path("document").path("id").asText(),
                () -> "without the name the short note ranks first: " + unnamed);
    }

    private static JsonNode search(String question) throws IOException, InterruptedException {
        var response = store.get("/api/v1/search?limit=10&mode=question&q="
                + URLEncoder.encode(question, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response::body);
        return JSON.readTree(response.body());
    }
}
