package org.reggraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AliasExpanderTest {
    private final AliasExpander expander = new AliasExpander(List.of(
            new AliasExpander.Group(List.of("Bureau of Industry and Security", "BIS")),
            new AliasExpander.Group(List.of("AI Risk Management Framework", "AI RMF"))));

    /** A phrase scores the sum of its words' idf: weighted by one over its words, a name counts as one word. */
    @Test
    void anAcronymGainsItsFullNameAndKeepsTheBooleanLogic() {
        assertEquals("(BIS OR \"Bureau of Industry and Security\"^0.333) AND licence", expander.apply("BIS AND licence"));
    }

    @Test
    void aFullNameInAnyCaseGainsItsAcronym() {
        assertEquals("(\"bureau of industry and security\"^0.333 OR BIS) rules",
                expander.apply("bureau of industry and security rules"));
    }

    @Test
    void acronymsMatchOnlyInCapitalsAndAsWholeWords() {
        assertEquals("bis licence", expander.apply("bis licence"));
        assertEquals("BISON", expander.apply("BISON"));
        assertEquals("BIS*", expander.apply("BIS*"));
    }

    @Test
    void anAcronymInsideAnIdentifierIsPartOfIt() {
        assertEquals("GV.BIS-P1 XX-BIS BIS-1", expander.apply("GV.BIS-P1 XX-BIS BIS-1"));
        assertEquals("(BIS OR \"Bureau of Industry and Security\"^0.333). -(BIS OR \"Bureau of Industry and Security\"^0.333)",
                expander.apply("BIS. -BIS"), "a full stop ends it, a NOT before it is no hyphen");
    }

    @Test
    void quotedPhrasesAndFieldedTermsAreLeftAsWritten() {
        assertEquals("\"BIS licence\"", expander.apply("\"BIS licence\""));
        assertEquals("label:BIS", expander.apply("label:BIS"));
    }

    @Test
    void multiWordAcronymsAreRecognised() {
        assertTrue(AliasExpander.isAcronym("AI RMF"));
        assertTrue(AliasExpander.isAcronym("DoD"));
        assertFalse(AliasExpander.isAcronym("Commission"));
        assertEquals("(\"AI RMF\"^0.5 OR \"AI Risk Management Framework\"^0.25) profile", expander.apply("AI RMF profile"));
    }

    @Test
    void namesAreFoundWhereTheyStandLongestFirst() {
        List<AliasExpander.NameMatch> names = expander.namesIn("Does the Bureau of Industry and Security use the AI RMF?");
        assertEquals(List.of("Bureau of Industry and Security", "AI RMF"),
                names.stream().map(AliasExpander.NameMatch::written).toList());
        AliasExpander.NameMatch bureau = names.get(0);
        assertEquals("Bureau of Industry and Security",
                "Does the Bureau of Industry and Security use the AI RMF?".substring(bureau.start(), bureau.end()));
        assertEquals(List.of("Bureau of Industry and Security", "BIS"), bureau.group().names());
        assertEquals(List.of(), AliasExpander.NONE.namesIn("BIS"));
    }

    @Test
    void namesOfAnyLengthAreFoundAtEitherEndOfTheText() {
        AliasExpander shortAndLong = new AliasExpander(List.of(
                new AliasExpander.Group(List.of("European Union", "EU")),
                new AliasExpander.Group(List.of("Office of Management and Budget", "OMB")),
                new AliasExpander.Group(List.of("Q", "Quartermaster"))));
        assertEquals(List.of("EU", "quartermaster", "OMB"),
                shortAndLong.namesIn("EU rules for the quartermaster of OMB").stream().map(AliasExpander.NameMatch::written).toList());
        assertEquals(List.of("european union"),
                shortAndLong.namesIn("european union").stream().map(AliasExpander.NameMatch::written).toList());
        assertEquals(List.of(), shortAndLong.namesIn("EUR and OMBUDS"), "only whole names");
    }
}
