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

    @Test
    void anAcronymGainsItsFullNameAndKeepsTheBooleanLogic() {
        assertEquals("(BIS OR \"Bureau of Industry and Security\") AND licence", expander.apply("BIS AND licence"));
    }

    @Test
    void aFullNameInAnyCaseGainsItsAcronym() {
        assertEquals("(\"bureau of industry and security\" OR BIS) rules",
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
        assertEquals("(BIS OR \"Bureau of Industry and Security\"). -(BIS OR \"Bureau of Industry and Security\")",
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
        assertEquals("(\"AI RMF\" OR \"AI Risk Management Framework\") profile", expander.apply("AI RMF profile"));
    }
}
