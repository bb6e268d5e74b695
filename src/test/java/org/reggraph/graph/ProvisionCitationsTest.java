package org.reggraph.graph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which labelled parts hold which: a search hit lists the citations of the part it is and of those holding it. */
class ProvisionCitationsTest {

    @Test
    void aPartHoldsItselfAndItsParagraphsAndSubsections() {
        assertTrue(ProvisionCitations.holds("§ 744.23", "§ 744.23"));
        assertTrue(ProvisionCitations.holds("§ 744.23", "§ 744.23(b)(1)"));
        assertTrue(ProvisionCitations.holds("Article 5", "Article 5(1)(a)"));
        assertTrue(ProvisionCitations.holds("Sec. 4", "Sec. 4.2"));
    }

    @Test
    void aLabelThatOnlyBeginsAnotherHoldsNothingOfIt() {
        assertFalse(ProvisionCitations.holds("§ 744.2", "§ 744.23"));
        assertFalse(ProvisionCitations.holds("Article 5", "Article 50"));
        assertFalse(ProvisionCitations.holds("§ 744.23(b)", "§ 744.23"), "a paragraph does not hold its section");
        assertFalse(ProvisionCitations.holds("PART 744", "§ 744.23"));
    }
}
