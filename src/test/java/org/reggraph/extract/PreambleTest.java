package org.reggraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reggraph.model.DocumentKind;
import org.reggraph.model.Findings;
import org.reggraph.model.Modality;
import org.reggraph.model.Rule;
import org.reggraph.model.Span;

/** Where an act's preamble ends, on texts written for these tests. */
class PreambleTest {
    private static final String RULE = """
            AGENCY: Sample Bureau.
            SUMMARY: This rule imposes a license requirement on the export of sample weights.
            Background
            The Bureau believes a license requirement is the least burdensome way to address the risk.
            List of Subjects in 15 CFR Part 999
            Exports.
            § 999.1 License requirement.
            (a) You must obtain a license before you export sample weights.
            """;
    private static final String ACT = """
            REGULATION (EU) 2099/1 OF THE EUROPEAN PARLIAMENT
            Having regard to the Treaty,
            Whereas:
            (1) Providers should assess the risks of their sample models.
            HAVE ADOPTED THIS REGULATION:
            Article 1
            Providers shall assess the risks of their sample models.
            """;

    private final Extractor extractor = new Extractor();

    @Test
    void aFederalRegisterRulesPreambleEndsAtItsListOfSubjects() {
        Findings findings = extractor.extract(RULE, DocumentKind.DIRECTIVE);
        assertEquals(Optional.of(new Span(0, RULE.indexOf("List of Subjects"))), findings.preamble());
        assertTrue(findings.inPreamble(spanOf(RULE, "The Bureau believes")));
        assertFalse(findings.inPreamble(spanOf(RULE, "(a) You must")));
    }

    @Test
    void anEuActsCitationsAndRecitalsEndWithItsAdoptionFormula() {
        Findings findings = extractor.extract(ACT, DocumentKind.DIRECTIVE);
        assertTrue(findings.inPreamble(spanOf(ACT, "Having regard")));
        assertTrue(findings.inPreamble(spanOf(ACT, "(1) Providers should")));
        assertTrue(findings.inPreamble(spanOf(ACT, "HAVE ADOPTED")), "the formula closes the preamble");
        assertFalse(findings.inPreamble(spanOf(ACT, "Article 1")));
        assertFalse(findings.inPreamble(spanOf(ACT, "Providers shall")));
    }

    @Test
    void aPreamblesRulesAreReportedAndTheOperativeTextsImposed() {
        // An EU act's recitals give no rules at all (RuleExtractor); a Federal Register rule's preamble restates its own.
        String text = RULE.replace("The Bureau believes", "Exporters must obtain a license. The Bureau believes");
        Findings findings = extractor.extract(text, DocumentKind.DIRECTIVE);
        List<Rule> rules = findings.rules();
        for (Rule one : rules) {
            String sentence = text.substring(one.span().start(), one.span().end());
            assertEquals(findings.inPreamble(one.span()), one.reported(), sentence);
            assertEquals(Modality.OBLIGATION, one.modality(), "reported, it keeps its modality: " + sentence);
        }
        assertTrue(rules.stream().anyMatch(Rule::reported) && !rules.stream().allMatch(Rule::reported), rules::toString);
        String order = "Sec. 1. Purpose. The United States must lead.\nSec. 2. Policy. Agencies shall act.";
        assertTrue(extractor.extract(order, DocumentKind.DIRECTIVE).rules().stream().noneMatch(Rule::reported),
                "no preamble known, nothing reported");
    }

    @Test
    void onlyAnActHasAPreambleAndOnlyWhereItsMarkIsFound() {
        assertEquals(Optional.empty(), extractor.extract(RULE, DocumentKind.GUIDANCE).preamble());
        assertEquals(Optional.empty(), extractor.extract(RULE, DocumentKind.NEWS).preamble());
        String order = "Sec. 1. Purpose. The United States must lead.\nSec. 2. Policy. Agencies shall act.";
        assertEquals(Optional.empty(), extractor.extract(order, DocumentKind.DIRECTIVE).preamble());
        assertFalse(extractor.extract(order, DocumentKind.DIRECTIVE).inPreamble(new Span(0, 5)));
    }

    private static Span spanOf(String text, String opening) {
        int start = text.indexOf(opening);
        return new Span(start, start + opening.length());
    }
}
