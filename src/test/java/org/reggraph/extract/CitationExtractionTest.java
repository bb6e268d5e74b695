package org.reggraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reggraph.model.CanonicalId;
import org.reggraph.model.Citation;
import org.reggraph.model.CitationRelation;
import org.reggraph.model.CitationType;
import org.reggraph.model.DocumentKind;

/** Citations are found, keyed as {@link CanonicalId} keys documents, and related to the citing text. */
class CitationExtractionTest {
    private final Extractor extractor = new Extractor();

    private List<Citation> citations(String text, DocumentKind kind) {
        List<Citation> citations = extractor.extract(text, kind).citations();
        for (Citation citation : citations) {
            assertEquals(citation.surface(), citation.span().of(text), "surface is the cited text");
        }
        return citations;
    }

    private Citation only(String text) {
        List<Citation> found = citations(text, DocumentKind.DIRECTIVE);
        assertEquals(1, found.size(), () -> "expected one citation in: " + text + " but got " + found);
        return found.get(0);
    }

    @Test
    void chineseInstrumentsAreCitedByTheirTitleInBookTitleMarks() {
        List<Citation> found = citations("根据《中华人民共和国网络安全法》和《样例数据管理办法》等法律、行政法规，参照《一本小说》，制定本办法。",
                DocumentKind.DIRECTIVE);
        assertEquals(List.of(CanonicalId.chineseInstrument("网络安全法"), CanonicalId.chineseInstrument("样例数据管理办法")),
                found.stream().map(Citation::targetKey).toList(), "a novel's title is no instrument");
        assertEquals("《中华人民共和国网络安全法》", found.get(0).surface());
        assertEquals(CitationType.CHINESE_INSTRUMENT, found.get(0).type());
        assertTrue(found.get(0).targetKey().matches("cn-[0-9a-f]{16}"), found.get(0).targetKey());
    }

    @Test
    void aSurfaceEndsWithTheCitationNotWithThePunctuationAfterIt() {
        assertEquals("NIST Special Publication 800-157", only("see NIST Special Publication 800-157, and others.").surface());
        assertEquals("NIST SP 800-53 Rev. 5", only("controls in NIST SP 800-53 Rev. 5 apply.").surface());
        assertEquals("SP 800-63B, Revision 3", only("as SP 800-63B, Revision 3 asks.").surface());
    }

    private void assertKey(String text, CitationType type, String key) {
        Citation citation = only(text);
        assertEquals(type, citation.type(), text);
        assertEquals(key, citation.targetKey(), text);
    }

    @Test
    void everyFormResolvesToTheKeyItsDocumentTakes() {
        assertKey("See 15 CFR 744.23(a)(2) for details.", CitationType.CFR, CanonicalId.cfr(15, "744.23"));
        assertKey("as set out in 15 CFR part 744.", CitationType.CFR, CanonicalId.cfr(15, "744"));
        assertKey("under 50 U.S.C. 4819 the penalties apply.", CitationType.USC, CanonicalId.usc(50, "4819"));
        assertKey("under section 3252 of title 10, United States Code, the Secretary acts.", CitationType.USC, CanonicalId.usc(10, "3252"));
        assertKey("published at 90 FR 4544 on that day.", CitationType.FEDERAL_REGISTER, CanonicalId.federalRegisterPage(90, "4544"));
        assertKey("[FR Doc. 2025-00636 Filed 1-13-25]", CitationType.FEDERAL_REGISTER, CanonicalId.federalRegisterDocument("2025-00636"));
        assertKey("consistent with OMB M-24-10 and its appendix.", CitationType.OMB_MEMORANDUM, CanonicalId.ombMemorandum("M-24-10"));
        assertKey("as directed by NSM-25 this year.", CitationType.PRESIDENTIAL_MEMORANDUM, CanonicalId.presidentialMemorandum("NSM", "25"));
        assertKey("as directed by NSPM-11 this year.", CitationType.PRESIDENTIAL_MEMORANDUM, CanonicalId.presidentialMemorandum("NSPM", "11"));
        assertKey("controls in NIST SP 800-53 Rev. 5 apply.", CitationType.NIST_PUBLICATION, CanonicalId.nistPublication("SP", "800-53"));
        assertKey("the practices of SP 800-218 apply.", CitationType.NIST_PUBLICATION, CanonicalId.nistPublication("SP", "800-218"));
        assertKey("following NIST AI 100-1 closely.", CitationType.NIST_PUBLICATION, "nist-ai-100-1");
        assertKey("the profile maps to CSF 2.0 outcomes.", CitationType.NIST_PUBLICATION, CanonicalId.nistPublication("CSWP", "29"));
        assertKey("under Regulation (EU) 2024/1689 providers act.", CitationType.EU_ACT, CanonicalId.euAct("Regulation", "2024/1689"));
        assertKey("under Directive (EU) 2022/2555 entities act.", CitationType.EU_ACT, "eu-directive-2022-2555");
        assertKey("the text (CELEX 32024R1689) was published.", CitationType.EU_ACT, CanonicalId.celex("32024R1689"));
        assertKey("enacted by Pub. L. 118-31 in 2023.", CitationType.PUBLIC_LAW, CanonicalId.publicLaw("118-31"));
    }

    @Test
    void executiveOrdersAreFoundInEveryForm() {
        for (String form : List.of("Executive Order 14110", "E.O. 14110", "EO 14110", "Executive Order No. 14110")) {
            assertKey("pursuant to " + form + " and other authorities.", CitationType.EXECUTIVE_ORDER, "eo-14110");
        }
        List<Citation> pair = citations("Sustaining efforts and amending Executive Order 13694 and Executive Order 14144.",
                DocumentKind.DIRECTIVE);
        assertEquals(List.of("eo-13694", "eo-14144"), pair.stream().map(Citation::targetKey).toList());
        List<Citation> list = citations("Executive Orders 13694 and 14144 remain in force.", DocumentKind.DIRECTIVE);
        assertEquals(List.of("eo-13694", "eo-14144"), list.stream().map(Citation::targetKey).toList());
    }

    @Test
    void namedFrameworksResolveThroughTheirAliases() {
        assertKey("Agencies shall incorporate the AI RMF into their guidelines.", CitationType.NIST_PUBLICATION, "nist-ai-100-1");
        assertKey("the AI Risk Management Framework is voluntary.", CitationType.NIST_PUBLICATION, "nist-ai-100-1");
        assertKey("Processing under the GDPR is lawful only if consent is given.", CitationType.EU_ACT, "eu-regulation-2016-679");
    }

    @Test
    void eccnsKeepTheirSurfaceButKeyTheEntry() {
        List<Citation> found = citations("Items in ECCN 4E091 and 3A090.a require a license.", DocumentKind.DIRECTIVE);
        assertEquals(List.of("eccn-4e091", "eccn-3a090"), found.stream().map(Citation::targetKey).toList());
        assertEquals("3A090.a", found.get(1).surface());
    }

    @Test
    void listsYieldOneCitationPerInstrument() {
        List<Citation> parts = citations("15 CFR Parts 732, 734, and 740", DocumentKind.DIRECTIVE);
        assertEquals(List.of("cfr-15-732", "cfr-15-734", "cfr-15-740"), parts.stream().map(Citation::targetKey).toList());
        List<Citation> acts = citations("amending Regulations (EC) No 300/2008, (EU) No 167/2013 and (EU) 2018/858",
                DocumentKind.DIRECTIVE);
        assertEquals(List.of("eu-regulation-300-2008", "eu-regulation-167-2013", "eu-regulation-2018-858"),
                acts.stream().map(Citation::targetKey).toList());
    }

    @Test
    void bareSectionsResolveInsideTheExportAdministrationRegulations() {
        String ear = "This part of the Export Administration Regulations (EAR) applies. See § 744.23 and part 740.";
        assertEquals(List.of("cfr-15-744-23", "cfr-15-740"),
                citations(ear, DocumentKind.DIRECTIVE).stream().map(Citation::targetKey).toList());
        Citation amended = only("Under the EAR, Section 748.15 is amended by revising paragraph (a).");
        assertEquals("cfr-15-748-15", amended.targetKey());
        assertEquals(CitationRelation.AMENDS, amended.relation());
        assertTrue(citations("See § 12.4 of the handbook.", DocumentKind.DIRECTIVE).isEmpty(),
                "a bare section with no CFR title in sight resolves to nothing");
    }

    @Test
    void thinAndNoBreakSpacesSeparateACitationsParts() {
        // The Federal Register prints "§\u2009226.3" with a thin space, EUR-Lex "Regulation (EU)\u00A02016/679".
        String circia = "This rule adds 6\u2009CFR part\u2009226. The requirements in §\u2009226.3(d) apply.";
        assertEquals(List.of("cfr-6-226", "cfr-6-226-3"),
                citations(circia, DocumentKind.DIRECTIVE).stream().map(Citation::targetKey).toList());
        assertKey("under 15\u202FCFR\u2009744.23 exporters act.", CitationType.CFR, CanonicalId.cfr(15, "744.23"));
        assertKey("under Regulation\u00A0(EU)\u20092016/679 controllers act.", CitationType.EU_ACT, "eu-regulation-2016-679");
    }

    @Test
    void relationsFollowTheVerbs() {
        Citation revoked = only("Executive Order 14110 of October 30, 2023 (on trustworthy AI), is hereby revoked.");
        assertEquals("eo-14110", revoked.targetKey());
        assertEquals(CitationRelation.REVOKES, revoked.relation());

        assertEquals(CitationRelation.AMENDS, only("Executive Order 13694 of April 1, 2015, is amended by striking section 3.").relation());
        assertEquals(CitationRelation.AMENDS, only("This regulation is issued amending Regulation (EU) 2018/858.").relation());
        assertEquals(CitationRelation.CITES, only("Executive Order 13694 of April 1, 2015, as amended, remains in force.").relation());
        assertEquals(CitationRelation.SUPERSEDES, only("This memorandum supersedes OMB M-10-23.").relation());
        assertEquals(CitationRelation.IMPLEMENTS, only("This rule implements Executive Order 14117 on bulk data.").relation());
        List<Citation> agent = citations("Actions taken under Executive Order 14110, which was revoked by Executive Order 14148, "
                + "are reviewed.", DocumentKind.DIRECTIVE);
        assertEquals(List.of(CitationRelation.CITES, CitationRelation.CITES), agent.stream().map(Citation::relation).toList());
    }

    @Test
    void newsReportsOnTheActsItCites() {
        List<Citation> found = citations("Today the President signed Executive Order 14179, which builds on 15 CFR 744.23.",
                DocumentKind.NEWS);
        assertEquals(CitationRelation.REPORTS_ON, found.get(0).relation());
        assertEquals(CitationRelation.CITES, found.get(1).relation());
    }

    @Test
    void aCitationKeepsTheArticleOrSectionItNames() {
        Citation article = only("data referred to in Article 9(1) of Regulation (EU) 2016/679 shall be protected.");
        assertEquals(CanonicalId.euAct("Regulation", "2016/679"), article.targetKey());
        assertEquals("Article 9(1)", article.pinpoint());
        assertEquals("Article 9(1) of Regulation (EU) 2016/679", article.surface(), "the link covers the article");
        assertEquals("Article 6(1)(c)", only("under point (c) of Article 6(1) of Directive (EU) 2022/2555.").pinpoint());
        assertEquals("Article 4(14)", only("as defined in Article 4, point (14), of Regulation (EU) 2016/679.").pinpoint());
        assertEquals("Article 5(1)(h)", only("listed in Article 5(1), first subparagraph, point (h) of Regulation (EU) "
                + "2024/1689.").pinpoint());
        Citation section = only("as defined in section 4.1(a) of Executive Order 14110 of October 30, 2023.");
        assertEquals(CanonicalId.executiveOrder("14110"), section.targetKey());
        assertEquals("Sec. 4.1(a)", section.pinpoint());
        Citation whole = only("Regulation (EU) 2016/679 applies.");
        assertEquals(null, whole.pinpoint(), "a citation of the whole act names no part");
    }

    @Test
    void anActCitingItsOwnArticlesCitesItself() {
        String act = """
                Article 5
                Prohibited practices
                1. The practices referred to in Article 6(2) of this Regulation are prohibited, save as Article 7                 provides and without prejudice to Article 16 of Regulation (EU) 2019/1020 or Article 114 TFEU.
                """;
        List<Citation> found = citations(act, DocumentKind.DIRECTIVE);
        List<Citation> own = found.stream().filter(Citation::internal).toList();
        assertEquals(List.of("Article 6(2)", "Article 7"), own.stream().map(Citation::pinpoint).toList(),
                "not the heading, another act's article, nor a Treaty's");
        assertEquals("Article 6(2) of this Regulation", own.get(0).surface());
        assertTrue(found.stream().anyMatch(citation -> "Article 16".equals(citation.pinpoint())
                && citation.targetKey().equals(CanonicalId.euAct("Regulation", "2019/1020"))), found::toString);
        assertTrue(citations("Article 6(2) is cited in a text that is no act.", DocumentKind.DIRECTIVE).isEmpty());
        List<Citation> listed = citations("Having regard to Articles 16 and 114 thereof, this Regulation lays down, "
                + "in Articles 9 to 15 and 17(1), what applies.", DocumentKind.DIRECTIVE);
        assertEquals(List.of("Article 9", "Article 15", "Article 17(1)"), listed.stream().map(Citation::pinpoint).toList(),
                "each article of a list, not the Treaty's");
        assertEquals(List.of("Articles 9", "15", "17(1)"), listed.stream().map(Citation::surface).toList());
        List<Citation> points = citations("This Regulation applies to the systems in Article 3, point (1), and to "
                + "those in Article 4, point (14), of Regulation (EU) 2016/679.", DocumentKind.DIRECTIVE);
        assertEquals(List.of("Article 3(1)", "Article 4(14)"), points.stream().map(Citation::pinpoint).toList());
        assertTrue(points.get(0).internal() && !points.get(1).internal(), points::toString);
        assertTrue(citations("This Regulation relies on Article 6(1), point (c) or (e), and Article 6(3) of Regulation (EU) "
                + "2016/679.", DocumentKind.DIRECTIVE).stream().noneMatch(Citation::internal),
                "both articles are the other act's");
    }

    @Test
    void anOrderCitingItsOwnSectionsCitesItself() {
        String order = """
                Sec. 4. Ensuring Safety. 4.1. (a) Within 90 days of the date of this order, the Secretary shall act
                as described in subsection 4.2(c) of this section and in section 5 of this order, but not under
                section 3 of the Defense Production Act or section 7.
                """;
        List<Citation> own = citations(order, DocumentKind.DIRECTIVE).stream().filter(Citation::internal).toList();
        assertEquals(List.of("Sec. 4.2(c)", "Sec. 5"), own.stream().map(Citation::pinpoint).toList(),
                "a bare section 7 may be any instrument's");
        assertEquals(CitationType.EXECUTIVE_ORDER, own.get(0).type());
    }
}
