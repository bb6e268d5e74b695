package org.reggraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reggraph.graph.GraphReader;
import org.reggraph.graph.ProvisionInfo;
import org.reggraph.testing.SharedCorpusStore;

/**
 * Over the real documents: a provision's label is where a policy writer would cite it, however the publisher
 * spaced its marks, and a sentence that only mentions a section does not become one.
 */
class SharedCorpusProvisionLabelsTest {
    /** A Markdown heading's signs or a thematic break at the start of a line. */
    private static final Pattern LINE_MARKS = Pattern.compile("^\\h*(?:#{1,6}\\h|-{3,}\\h*$)", Pattern.MULTILINE);

    @Test
    void sectionMarksSetWithThinOrNoBreakSpacesLabelTheirProvisions() {
        // The Federal Register writes "§ 226.1" with a thin space, EUR-Lex "Article 5" with a no-break space.
        List<String> circia = labels("fr-2024-06526");
        for (int section = 1; section <= 20; section++) {
            assertTrue(circia.contains("§ 226." + section), "CIRCIA's § 226." + section + " is a provision");
        }
        assertTrue(labels("eu-regulation-2024-1689").containsAll(List.of("Article 5", "Article 5(1)(a)", "Article 113")));
        assertTrue(labels("eu-directive-2022-2555").containsAll(List.of("Article 21", "Article 23(4)")));
        assertTrue(labels("eo-14110").containsAll(List.of("Sec. 4", "Sec. 4.2")));
    }

    @Test
    void anOrdersSectionsAreLabelledHoweverTheWhiteHousesPageSetThem() {
        // whitehouse.gov underlines "Sec" and the number in tags of their own, on lines of their own, and
        // escapes paragraph marks ("\(b\)"): these orders had no section label at all.
        assertTrue(labels("eo-2026-06-02-promoting-advanced-ai-innovation-and-security")
                .containsAll(List.of("Sec. 2(a)", "Sec. 2(c)(iii)", "Sec. 3(b)(ii)", "Sec. 3(c)", "Sec. 5(a)(i)", "Sec. 5(d)")),
                "the order's Sec. 3(c) rules out mandatory licensing");
        assertTrue(labels("nspm-11").containsAll(List.of("Sec. 6(k)", "Sec. 7(a)(ii)")));
        // A section's "(a)" runs on from its title over wrapped lines; "(b)" is its sibling, not a child of "(ii)".
        List<String> woke = labels("eo-14319");
        assertTrue(woke.containsAll(List.of("Sec. 4(a)(v)", "Sec. 4(b)(iii)", "Sec. 5(a)(ii)", "Sec. 5(d)")), woke.toString());
        // "(a)" after a section's title is a provision of its own: a policy writer cites Sec. 4.1(a).
        assertTrue(labels("eo-14110").containsAll(List.of("Sec. 4.1(a)", "Sec. 4.1(a)(i)(C)", "Sec. 4.1(b)")),
                "EO 14110's Sec. 4.1");
    }

    @Test
    void aRecitalThatOpensWithAnArticleOfTheTreatyStaysARecital() {
        // GDPR's recital 12 opens its line with "Article 16(2) TFEU mandates"; recitals 12 to 173 followed it.
        List<String> gdpr = labels("eu-regulation-2016-679");
        assertTrue(gdpr.containsAll(List.of("(12)", "(68)", "(173)", "Article 16")), "recitals and the article");
        assertEquals(List.of("Article 16"), gdpr.stream().filter(label -> label.startsWith("Article 16")).toList(),
                "Article 16 has one paragraph-less provision, not 160 recitals");
        assertTrue(labels("fr-2024-06526").stream().noneMatch(label -> label.startsWith("Sec. 681b")),
                "CIRCIA's preamble only discusses 6 U.S.C. 681b");
    }

    @Test
    void aRulesParagraphsAreLabelledDownToTheCfrsItalicLevels() {
        // The AI diffusion rule's § 734.9(h)(1)(i)(B)(1) was § 734.9(i)(B)(1): its "(i)" was read as the letter.
        List<String> diffusion = labels("fr-2025-00636");
        assertTrue(diffusion.containsAll(List.of("§ 734.9(h)(1)(i)(B)(1)", "§ 734.9(h)(1)(ii)(A)", "§ 734.9(h)(2)",
                "§ 742.6(a)(6)(iii)(A)", "§ 740.27(a)(3)(i)")), diffusion.toString());
        List<String> ear = labels("ecfr-15cfr-chaptervii-parts745-799-ear-2025-01");
        assertTrue(ear.containsAll(List.of("§ 745.2(a)(1)", "§ 760.3(g)(3)(i)(A)", "§ 760.3(g)(3)(ii)")), "the EAR");
        assertTrue(labels("fr-2024-06526").contains("§ 226.2(b)(7)(i)(B)(1)"), "CIRCIA's § 226.2");
        assertTrue(labels("eo-14110").containsAll(List.of("Sec. 6(a)(i)", "Sec. 6(b)(i)(A)")), "EO 14110's Sec. 6");
    }

    @Test
    void aRulesPreambleIsLabelledByItsOutlineAndItsInstructionsByNothing() {
        GraphReader graph = SharedCorpusStore.get().regGraph().graph();
        List<ProvisionInfo> diffusion = graph.provisions("fr-2025-00636");
        int[] text = graph.currentText("fr-2025-00636").orElseThrow().codePoints().toArray();
        Map<String, String> openingsByLabel = new HashMap<>();
        for (ProvisionInfo provision : diffusion) {
            String opening = new String(text, provision.start(), Math.min(60, provision.end() - provision.start()));
            openingsByLabel.merge(provision.label(), opening, (first, later) -> first + "\n" + later);
        }
        assertTrue(openingsByLabel.get("II.B.(1)").startsWith("1. License Exception Artificial Intelligence"),
                "the discussion of License Exception AIA is part II.B of the preamble");
        assertTrue(openingsByLabel.keySet().stream().noneMatch(label -> label.startsWith("(1)(a)")),
                "no label nests the preamble's headings under a list met long before");
        assertTrue(openingsByLabel.get("").contains("\n7. Section 740.8 is amended"),
                "an amendatory instruction is no paragraph of the section before it");
        assertTrue(labels("fr-2024-06526").containsAll(List.of("I.", "IV.A.", "IV.G.", "V.A.")), "CIRCIA's preamble");
        assertTrue(labels("omb-m-22-09").containsAll(List.of("III.A.", "III.A.(1)", "III.B.(2)")), "M-22-09's actions");
        // The playbook listed GOVERN 1.1 three times: its contents entry, its section, and its PDF bookmark.
        List<ProvisionInfo> govern = SharedCorpusStore.get().regGraph().graph().provisions("nist-ai-rmf-playbook")
                .stream().filter(provision -> provision.label().equals("GOVERN 1.1")).toList();
        assertFalse(govern.isEmpty());
        assertTrue(govern.stream().allMatch(provision -> provision.subdivision() != null),
                "its section is the one part that label names: " + govern);
    }

    @Test
    void theNotesAtTheEndOfAnEuActAreNotesNotParagraphsOfItsLastArticle() {
        // EUR-Lex sets the notes to the enacting terms after the signatures: "(4) Position of the European ...".
        List<String> aiAct = labels("eu-regulation-2024-1689");
        assertTrue(aiAct.containsAll(List.of("Note 1", "Note 58", "Article 113(c)", "ANNEX I")), "the AI Act");
        assertFalse(aiAct.contains("Article 113(c)(4)"), "the AI Act's note 4 is not a point of its Article 113");
        assertTrue(labels("eu-regulation-2016-679").contains("Note 21"), "GDPR");
        assertTrue(labels("eu-directive-2022-2555").stream().noneMatch(label -> label.startsWith("Article 46(")),
                "NIS2's last article has no paragraphs");
    }

    @Test
    void oscalCatalogsAreTheirControlsLabelledAsNistCitesThem() {
        // Tika read the JSON catalog as raw JSON and the XML one without the attributes holding the controls' ids.
        assertTrue(labels("nist-sp-800-53-rev5-low-baseline-resolved-profile-catalog")
                .containsAll(List.of("AC-1", "AC-1a.1(a)", "AC-2", "AC-2h.3", "IA-2(1)", "SR-2(1)")));
        assertTrue(labels("nist-sp-800-53-rev5-privacy-baseline-resolved-profile-catalog")
                .containsAll(List.of("AC-3(14)", "PT-2", "PT-2a")));
        assertTrue(labels("nist-csf-v2-0-catalog").containsAll(List.of("GV", "GV.OC", "GV.OC-01", "RC.CO-04")));
        String privacy = SharedCorpusStore.get().regGraph().graph()
                .currentText("nist-sp-800-53-rev5-privacy-baseline-resolved-profile-catalog").orElseThrow();
        assertTrue(privacy.contains("AC-3(14) Individual Access\nProvide [Assignment: organization-defined mechanisms]"),
                "a control reads as the publication prints it");
        assertFalse(privacy.contains("{{") || privacy.contains("\"prose\""), "no JSON and no placeholder is left");
    }

    @Test
    void oscalProfilesReadAsTheControlsTheySelect() {
        GraphReader graph = SharedCorpusStore.get().regGraph().graph();
        String high = graph.currentText("nist-sp-800-53-rev5-high-baseline-profile").orElseThrow();
        assertTrue(high.contains("\n  AC: AC-1, AC-2, AC-2(1), AC-2(2), AC-2(3), AC-2(4), AC-2(5),"), "JSON");
        String moderate = graph.currentText("nist-sp-800-53-rev5-moderate-baseline-profile").orElseThrow();
        assertTrue(moderate.contains("Includes 287 controls and control enhancements:"), "YAML");
        assertFalse(moderate.contains("with-ids"), "no YAML is left");
    }

    @Test
    void anActFromLegislationGovUkIsItsSectionsAndAnnotations() {
        // Tika set each section number on a line of its own, apart from its words: 26 provisions, none labelled.
        List<String> misuse = labels("uk-computer-misuse-act-1990-legislation-gov-uk-clml");
        assertTrue(misuse.containsAll(List.of("Section 1", "Section 1(1)(a)", "Section 3ZA", "Section 3A(1)",
                "Section 16A", "F1", "M1")), misuse.toString());
    }

    @Test
    void recordTablesAreARecordPerProvisionLabelledByItsIdentifier() {
        assertTrue(labels("nist-sp-800-218").containsAll(List.of("PO.1.1", "RV.3.4")), "SSDF tasks, CSV");
        assertTrue(labels("nist-ai-rmf-1-0-subcategories").containsAll(List.of("GOVERN 1.1", "MANAGE 4.3")), "CSV");
        assertTrue(labels("nist-csf-2-0-core").containsAll(List.of("GV.OC-01", "RC.IM-02")), "CSF 2.0 core, JSON");
        assertEquals(212, labels("nist-ai-600-1-nist-ai-600-1-genai-profile-actions").size(), "one per action");
        List<String> articles = labels("eu-ai-act-2024-1689-articles");
        assertEquals(113, articles.size(), "one per article");
        assertTrue(articles.containsAll(List.of("Article 1", "Article 5", "Article 113")), "labelled as the act cites them");
    }

    @Test
    void aMarkdownPagesHeadingsStartProvisionsAndLeaveNoSignsInTheText() {
        GraphReader graph = SharedCorpusStore.get().regGraph().graph();
        for (String markdown : List.of("2025-05-13-bis-rescission-of-ai-diffusion-rule-press-release",
                "2023-07-21-factsheet-voluntary-ai-commitments", "ecfr-15cfr-chaptervii-parts745-799-ear-2025-01",
                "nist-privacy-framework-1-0")) {
            String text = graph.currentText(markdown).orElseThrow();
            assertFalse(LINE_MARKS.matcher(text).find(), markdown + " shows heading signs or a break");
            assertFalse(text.contains("](http"), markdown + " shows a link's address");
        }
        String title = "Department of Commerce Announces Rescission of Biden-Era Artificial Intelligence Diffusion Rule, "
                + "Strengthens Chip-Related Export Controls";
        ProvisionInfo headed = graph.provisions("2025-05-13-bis-rescission-of-ai-diffusion-rule-press-release").stream()
                .filter(provision -> provision.heading().equals(title)).findFirst().orElseThrow();
        String release = graph.currentText("2025-05-13-bis-rescission-of-ai-diffusion-rule-press-release").orElseThrow();
        // Offsets count code points; the release's text before the heading is all in the Basic Multilingual Plane.
        assertEquals(headed.start(), release.offsetByCodePoints(0, headed.start()));
        assertTrue(release.startsWith(title, headed.start()), "the press release's heading opens its provision");
    }

    private static List<String> labels(String document) {
        GraphReader graph = SharedCorpusStore.get().regGraph().graph();
        return graph.provisions(document).stream().map(ProvisionInfo::label).toList();
    }
}
