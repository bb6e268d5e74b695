package org.reggraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reggraph.model.Provision;

class SegmenterTest {
    private final Segmenter segmenter = new Segmenter();

    private List<String> labels(String text) {
        return segmenter.segment(text, List.of()).stream().map(Provision::label).toList();
    }

    @Test
    void executiveOrderSectionsAndNestedParagraphsGetHierarchicalLabels() {
        String text = """
                Sec. 3. Licensing of Transfers Abroad.
                (a) Requirement.
                (1) No person may export covered model weights without a license.
                (2) The Secretary shall publish a list.
                (b) Vetting. The Secretary shall vet recipients.
                Sec. 4. Penalties.
                """;
        assertEquals(List.of("Sec. 3", "Sec. 3(a)", "Sec. 3(a)(1)", "Sec. 3(a)(2)", "Sec. 3(b)", "Sec. 4"), labels(text));
    }

    @Test
    void regulationsArticlesAndCfrSectionsAreRecognised() {
        assertEquals(List.of("Article 5", "Article 5(1)", "Article 5(1)(a)"),
                labels("Article 5\nProhibited practices\n1. The following practices shall be prohibited:\n(a) placing on the market ...\n"));
        assertEquals(List.of("§ 744.23", "§ 744.23(b)"),
                labels("§ 744.23 Advanced AI model weights.\n(b) License requirement. You must obtain a license.\n"));
    }

    @Test
    void anExecutiveOrdersNumberedSubsectionsExtendTheirSectionsLabel() {
        String text = """
                Sec. 4.  Ensuring the Safety and Security of AI Technology.
                4.1.  Developing Guidelines.  (a)  Within 270 days, the Secretary shall act.
                (b)  The Secretary shall establish guidelines.
                4.2.  Ensuring Safe and Reliable AI.
                (a)  Within 90 days, the Secretary shall require reports.
                Sec. 5.  Promoting Innovation.
                """;
        assertEquals(List.of("Sec. 4", "Sec. 4.1", "Sec. 4.1(a)", "Sec. 4.1(b)", "Sec. 4.2", "Sec. 4.2(a)", "Sec. 5"),
                labels(text));
        // Guidance numbers its headings "2.3." with no section around them: they head, they do not label.
        assertEquals(List.of("", "", "(a)"), labels("Overview\n2.3.  Data Privacy\n(a) Risks to privacy.\n"));
    }

    @Test
    void anOrderAsAConvertedPageSetsItIsReadAsPrinted() {
        // whitehouse.gov's Markdown once its tags are gone: the mark's word and number on lines of their own,
        // the title wrapped, and "(a)" running on from the title: its own provision, and "(b)" its sibling, not a
        // child of "(ii)".
        String text = """
                Sec.
                2.
                 Sample Duties of
                Invented Agencies.  (a)
                 Each agency shall file a sample report:

                (i)  within 30 days; and

                (ii)  within 60 days.

                (b)  Nothing in this section requires a licence.

                Sec.
                3.
                 Definitions.
                """;
        assertEquals(List.of("Sec. 2", "Sec. 2(a)", "Sec. 2(a)(i)", "Sec. 2(a)(ii)", "Sec. 2(b)", "Sec. 3"), labels(text));
        assertEquals(List.of("Sec. 2. Sample Duties of Invented Agencies.", "Sec. 3. Definitions."),
                segmenter.segment(text, List.of()).stream().map(Provision::heading).distinct().toList(),
                "a section's heading is its mark and title, not the line \"Sec.\"");
        // A CFR part's list of its sections heads the column "Sec.": the list is no § 226.1.
        assertEquals(List.of("PART 226"), labels("PART 226—SAMPLE REPORTING\nSec.\n226.1 Definitions.\n226.2 Scope.\n"));
    }

    @Test
    void aStateCodesBareSectionNumbersStartSections() {
        // California's SB 53 adds sections to the Business and Professions Code, each set as "22757.12. (a) ...".
        String bill = "SEC. 2. Chapter 25.1 is added to the Business and Professions Code, to read:\n"
                + "22757.10. This chapter shall be known as the Act.\n"
                + "22757.12. (a) A large frontier developer shall publish a framework.\n(b) It shall review it.\n"
                + "SEC. 3. Section 11546.8 is added to the Government Code.\n";
        assertEquals(List.of("Sec. 2", "Sec. 22757.10", "Sec. 22757.12", "Sec. 22757.12(b)", "Sec. 3"), labels(bill));
        // The "(a)" on a bare number's line is all the section has: its provision keeps the section's label and
        // opens the list its "(b)" and "(1)" continue.
        String nested = "22757.13. (a) The Office shall establish a mechanism:\n(1) Reporting.\n(b) The Office shall review it.\n";
        assertEquals(List.of("Sec. 22757.13", "Sec. 22757.13(a)(1)", "Sec. 22757.13(b)"), labels(nested));
        // A title ending in a colon does not run on into the next section's "(a)".
        assertEquals(List.of("Sec. 3", "Sec. 11546.8", "Sec. 11546.8(b)"), labels("SEC. 3. Section 11546.8 is added to"
                + " the Government Code, to read:\n11546.8. (a) There is hereby established a consortium.\n"
                + "(b) The consortium shall report.\n"));
        String order = "Sec. 4.  Safety.\n4.1.  Developing Guidelines.  (a)  Within 270 days, the Secretary shall:\n"
                + "(i) establish guidelines;\n(b)  Within 90 days, the Secretary shall report.\n";
        // After a title, "(a)" is a provision of its own, cited as the section's (a).
        assertEquals(List.of("Sec. 4", "Sec. 4.1", "Sec. 4.1(a)", "Sec. 4.1(a)(i)", "Sec. 4.1(b)"), labels(order));
        // EO 14110 sets its Sec. 6 as "Supporting Workers.(a)", no space after the title.
        assertEquals(List.of("Sec. 6", "Sec. 6(a)", "Sec. 6(a)(i)", "Sec. 6(b)"), labels("Sec. 6.  Supporting Workers.(a)  To advance"
                + " the understanding:\n(i) The Chairman shall report.\n(b)  To help workers, the Secretary shall act.\n"));
    }

    @Test
    void aMarkThatCitesRatherThanHeadsStartsNothing() {
        // GDPR's recital 12 opens its line with "Article 16(2) TFEU": it is still recital 12, not Article 16.
        String text = """
                Whereas:
                (11) Effective protection requires rules.
                (12)
                Article 16(2) TFEU mandates the European Parliament to lay down rules.
                (13) To take account of micro enterprises, this Regulation includes a derogation.
                Section 226.5 of the proposed rule contains the reporting requirements.
                Section 300i-2(a)(1) of title 42 requires assessments.
                Part 740, as amended, lists the license exceptions.
                Chapter V on the transfer of data applies.
                Chapter III Section 4, Chapter V and Article 78 shall apply from 2 August 2025.
                Article 1
                Subject-matter and objectives
                """;
        assertEquals(List.of("", "(11)", "(12)", "(13)", "Article 1"), labels(text));
    }

    @Test
    void marksSpacedWithThinOrNoBreakSpacesAreRecognised() {
        // The Federal Register sets its section marks with a thin space; EUR-Lex uses no-break spaces.
        String rule = "PART 226\u2014REPORTING\n§\u2009226.1\nDefinitions.\n(a) Covered entity means an entity.\n"
                + "§\u2009226.2\nApplicability.\n";
        assertEquals(List.of("PART 226", "§ 226.1", "§ 226.1(a)", "§ 226.2"), labels(rule));
        assertEquals(List.of("Article 5", "Article 5(1)", "Article 5(1)(a)"),
                labels("Article\u00A05\nProhibited practices\n1.\u00A0\u00A0\u00A0The practices:\n\u00A0(a) placing.\n"));
    }

    @Test
    void aMemorandumsRomanNumeralPartsStartProvisions() {
        String text = "SUBJECT: Sample Inventories\nAgencies keep inventories.\nI. OVERVIEW\nWhy inventories matter.\n"
                + "II. AGENCY ACTIONS\n(1) Keep an inventory.\n(2) Report it.\nI. e. not a heading, in a sentence.\n";
        assertEquals(List.of("", "I.", "II.", "II.(1)", "II.(2)"), labels(text));
    }

    @Test
    void aTableOfContentsEntryIsNotTheSectionItNames() {
        String playbook = "Table of Contents\nGOVERN 1.1 .................... 4\nGOVERN 1.2 . . . . . . . . 6\n"
                + "GOVERN 1.1\nLegal and regulatory requirements involving AI are understood.\n";
        assertEquals(List.of("", "GOVERN 1.1"), labels(playbook));
    }

    @Test
    void nistIdentifiersStartProvisions() {
        assertEquals(List.of("GV.OV-01", "AC-2", "AC-6(5)"),
                labels("GV.OV-01 Oversight is established.\nAC-2 Account management.\nAC-6(5) Privileged accounts.\n"));
    }

    @Test
    void aHeadingAfterAFrameworksEntryIsNoPartOfItButASectionsSubheadingIs() {
        assertEquals(List.of("ID.DE-P1", "ID.DE-P2", "", ""),
                labels("ID.DE-P1: Policies are set.\nID.DE-P2: Parties are assessed.\n\n### Tiers\nText.\n\n## Roadmap\nMore.\n"));
        assertEquals(List.of("Sec. 4", "Sec. 4"), labels("Sec. 4. Duties.\nText.\n\n### Reporting\nMore.\n"));
    }

    @Test
    void paragraphsCarryTheirSectionHeadingAndSpansAreExact() {
        String text = "Sec. 3. Licensing of Transfers Abroad.\n(a) You must obtain a license.\n";
        List<Provision> provisions = segmenter.segment(text, List.of());
        Provision paragraph = provisions.get(1);
        assertEquals("Sec. 3. Licensing of Transfers Abroad.", paragraph.heading());
        assertEquals("(a) You must obtain a license.", paragraph.span().of(text));
    }

    @Test
    void longUnstructuredTextIsCutAtParagraphBreaksWithoutLosingText() {
        String paragraph = "The agency reported progress on many fronts during the year. ".repeat(12).trim();
        String text = String.join("\n\n", paragraph, paragraph, paragraph, paragraph);
        List<Provision> provisions = segmenter.segment(text, List.of());
        assertTrue(provisions.size() > 1);
        for (Provision provision : provisions) {
            assertTrue(provision.span().length() <= Segmenter.MAX_CHARS);
            assertEquals(provision.span().of(text).strip(), provision.span().of(text));
        }
        int covered = provisions.stream().mapToInt(p -> p.span().of(text).replaceAll("\\s", "").length()).sum();
        assertEquals(text.replaceAll("\\s", "").length(), covered);
    }

    @Test
    void numberedParagraphsAreSiblingsNotNested() {
        assertEquals(List.of("", "(1)", "(2)"),
                labels("Findings\n1. Model weights are dual-use technology.\n2. Exports of them need a licence.\n"));
    }

    @Test
    void aRunOfMarkersHeadsAParagraphOnlyWhereATitleFollowsIt() {
        // A rule's amendatory text wraps references to the start of a line: "... revising paragraph\n(a)(9)(ii)(A)".
        String text = """
                § 740.2 Restrictions.
                (a)(1) Eligible end-users. The following may receive items.
                (2) Others may not, under paragraph
                (a)(9)(ii)(A) to read as follows, or paragraphs
                (a)(2), (b) and (f) of this section.
                (b)(1) (A) An item controlled under ECCN 4E091.
                """;
        assertEquals(List.of("§ 740.2", "§ 740.2(a)(1)", "§ 740.2(a)(2)", "§ 740.2(b)(1)"), labels(text));
    }

    @Test
    void theCfrsItalicParagraphsNestUnderItsCapitals() {
        // The CFR goes (a)(1)(i)(A), then (1)(i) again in italics, which plain text loses.
        String text = """
                § 734.9 Items made abroad.
                (h) Model weights rule.
                (1) What it covers.
                (i) "Made with" covered technology.
                (A) The item was made with covered technology.
                (B) The item is:
                (1) Listed in ECCN 4E091; or
                (2) A chip.
                (ii) Made in a covered plant.
                (A) The plant is covered.
                (2) Where it goes.
                """;
        assertEquals(List.of("§ 734.9", "§ 734.9(h)", "§ 734.9(h)(1)", "§ 734.9(h)(1)(i)", "§ 734.9(h)(1)(i)(A)",
                "§ 734.9(h)(1)(i)(B)", "§ 734.9(h)(1)(i)(B)(1)", "§ 734.9(h)(1)(i)(B)(2)", "§ 734.9(h)(1)(ii)",
                "§ 734.9(h)(1)(ii)(A)", "§ 734.9(h)(2)"), labels(text));
        // A list of capitals under a paragraph run on from its own first mark, "(3)(i)", goes on with "(ii)".
        assertEquals(List.of("§ 760.3", "§ 760.3(g)", "§ 760.3(g)(3)(i)", "§ 760.3(g)(3)(i)(A)", "§ 760.3(g)(3)(ii)"),
                labels("§ 760.3 Boycotts.\n(g) Residency.\n(3)(i) Factors that will be considered:\n(A) Physical presence;\n"
                        + "(ii) No one of the factors is dispositive.\n"));
    }

    @Test
    void amendatoryInstructionsStandBetweenTheSectionsTheyAmend() {
        String text = """
                6. Section 740.2 is amended by revising paragraph (a)(9) to read as follows:
                § 740.2 Restrictions on all License Exceptions.
                (a) * * *
                (9) The item is identified in paragraph (a)(9)(ii).
                7. Section 740.8 is amended by revising paragraph (a) to read as follows:
                (a) Eligibility requirements.
                8. Add §§ 740.27 and 740.28 to read as follows:
                9. The authority citation for part 742 continues to read as follows:
                """;
        assertEquals(List.of("", "§ 740.2", "§ 740.2(a)", "§ 740.2(a)(9)", "", "(a)", "", ""), labels(text));
    }

    @Test
    void theNotesAfterAnActsClosingFormulaAreNotesNotParagraphsOfItsLastArticle() {
        String text = """
                Article 113
                Entry into force and application
                (a) Chapters I and II shall apply from 2 February 2025;
                Done at Brussels, 13 June 2024.
                For the European Parliament
                The President
                (1)
                OJ C 517, 22.12.2021, p. 56.
                (2)  Position of the European Parliament of 13 March 2024.
                ANNEX I
                List of Union harmonisation legislation
                (1) Directive 2006/42/EC.
                """;
        List<Provision> provisions = segmenter.segment(text, List.of());
        assertEquals(List.of("Article 113", "Article 113(a)", "", "Note 1", "Note 2", "ANNEX I", "ANNEX I(1)"),
                provisions.stream().map(Provision::label).toList());
        assertEquals("", provisions.get(3).heading(), "a note is not about the closing formula");
    }

    @Test
    void aPreamblesOutlineLabelsItsDiscussion() {
        String discussion = "BIS is amending the Export Administration Regulations in this rule. ".repeat(6) + "\n";
        String text = "SUPPLEMENTARY INFORMATION:\nTable of Contents\n"
                + "I. Background\nII. Wider Controls\nA. New Licence Requirements\n"
                + "I. Background\n" + discussion
                + "II. Wider Controls on Computing Chips\n" + discussion
                + "A. New Licence Requirements Everywhere\n" + discussion
                // A title the line's end cut in two is still a title.
                + "B. Exceptions for Chips, Their Related Parts, and the\nweights that go with them are set out below.\n"
                + "1. Licence Exception for Model Weight Transfers (MWT)\n" + discussion
                + "S. McCain National Defense Authorization Act applies too.\n"
                + "C. Vetted Data Centre Operators\n" + discussion
                + "F. Signed\n";
        // The table of contents heads nothing; the letters run A, B, C, so "S. McCain" and "F." head nothing.
        assertEquals(List.of("", "I.", "II.", "II.A.", "II.B.", "II.B.(1)", "II.C."), labels(text));
        // A division labels only inside its part: after a section mark it heads, and keeps the section's label.
        assertEquals(List.of("I.", "§ 1.1", "§ 1.1"), labels("I. Scope of the Rule\n" + discussion
                + "§ 1.1 Definitions.\n" + discussion + "A. Terms Used Here\n" + discussion));
        // A short table of contents with dot leaders and page numbers heads nothing either.
        assertEquals(List.of("", "I.", "II."), labels("Contents\nI. Scope .......... 2\nII. Duties .......... 4\n"
                + "I. Scope\n" + discussion + "II. Duties\n" + discussion));
        StringBuilder analyses = new StringBuilder("I. Statutory and Regulatory Analyses\n");
        for (char letter = 'A'; letter <= 'H'; letter++) {
            analyses.append(letter).append(". Analysis Under Another Act\n").append(discussion);
        }
        analyses.append("I. Protection of Children\n").append(discussion).append("II. Proposed Regulation\n");
        // "I." after "H." is the ninth letter; the part after "I." is "II.".
        assertEquals(List.of("I.", "I.A.", "I.B.", "I.C.", "I.D.", "I.E.", "I.F.", "I.G.", "I.H.", "I.I.", "II."),
                labels(analyses.toString()));
    }

    @Test
    void anIAfterHIsANumeralWhenAnIiFollowsItAndALetterOtherwise() {
        // The AI Act's Article 5(1)(h) lists its exceptions as (i) to (iii); GDPR's Article 58(2) runs (h), (i), (j).
        String numerals = "Article 5\n1. The following practices shall be prohibited:\n(g) categorisation;\n"
                + "(h) remote identification, unless:\n(i) searching for victims;\n(ii) preventing a threat;\n"
                + "(iii) locating a suspect.\n2. The use shall be authorised.\n";
        assertEquals(List.of("Article 5", "Article 5(1)", "Article 5(1)(g)", "Article 5(1)(h)", "Article 5(1)(h)(i)",
                "Article 5(1)(h)(ii)", "Article 5(1)(h)(iii)", "Article 5(2)"), labels(numerals));
        String letters = "Article 58\n2. Each authority shall have these powers:\n(h) to withdraw a certification;\n"
                + "(i) to impose a fine;\n(j) to order the suspension of data flows.\n";
        assertEquals(List.of("Article 58", "Article 58(2)", "Article 58(2)(h)", "Article 58(2)(i)", "Article 58(2)(j)"),
                labels(letters));
    }

    @Test
    void vXAndLContinueWhicheverListTheyFollow() {
        assertEquals(List.of("", "(k)", "(l)", "(m)", "(u)", "(v)", "(w)", "(x)", "(y)"),
                labels("Definitions\n(k) kay;\n(l) el;\n(m) em;\n(u) you;\n(v) vee;\n(w) double-u;\n(x) ex;\n(y) why.\n"));
        assertEquals(List.of("", "(a)", "(a)(iii)", "(a)(iv)", "(a)(v)", "(a)(vi)", "(b)"),
                labels("List\n(a) first:\n(iii) three;\n(iv) four;\n(v) five;\n(vi) six;\n(b) second.\n"));
    }

    @Test
    void chineseChaptersArticlesAndItemsStartProvisionsLabelledWithTheirOwnMarks() {
        // An invented measure: chapters 第一章, articles 第一条 (after an ideographic space indent too), items （一）.
        String text = """
                示例办法

                第一章 总　则
                第一条 为了规范示例服务，制定本办法。
                　　第二条 提供者应当遵守以下规定：
                （一）公开服务规则；
                （二）不得收集无关信息。
                本办法第一条规定的服务，适用本条。
                第二章 附　则
                第十二条 本办法自发布之日起施行。
                """;
        List<Provision> provisions = segmenter.segment(text, List.of());
        assertEquals(List.of("", "第一章", "第一条", "第二条", "第二条（一）", "第二条（二）", "第二章", "第十二条"),
                provisions.stream().map(Provision::label).toList());
        Provision item = provisions.get(5);
        assertEquals("（二）不得收集无关信息。\n本办法第一条规定的服务，适用本条。", item.span().of(text),
                "a line that cites an article inside a sentence does not start one");
        assertEquals("第一章 总　则", provisions.get(3).heading(), "an article, which has no title, is headed by its chapter");
        assertEquals("第二章 附　则", provisions.get(7).heading());
    }

    @Test
    void longChineseTextIsCutAfterAFullWidthFullStop() {
        String sentence = "提供者应当按照本办法的规定履行义务并接受监督。";
        String text = sentence.repeat(Segmenter.MAX_CHARS / sentence.length() + 5);
        List<Provision> provisions = segmenter.segment(text, List.of());
        assertTrue(provisions.size() > 1);
        for (Provision provision : provisions) {
            assertTrue(provision.span().of(text).endsWith("。"), () -> "cut mid-sentence: " + provision);
        }
    }
}
