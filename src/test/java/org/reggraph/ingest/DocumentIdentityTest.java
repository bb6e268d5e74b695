package org.reggraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.reggraph.model.DocumentKind;

/** Where a document declares its own identity, and where it only names another document. */
class DocumentIdentityTest {
    private final DocumentIdentity identities = new DocumentIdentity();

    @Test
    void anOrderNamedAtTheStartOfAnOpeningLineIsTheDocumentsOwn() {
        assertEquals("eo-19999", identities.identify(null, null,
                "# Executive Order 19999 of May 1, 2031\nSample Rules", "order.md", DocumentKind.DIRECTIVE).key());
    }

    @Test
    void anOrderNamedInsideALineIsOnlyCited() {
        DocumentIdentity.Identity identity = identities.identify(null, "CHAPTER IX—SAMPLE REGULATIONS",
                "CHAPTER IX—SAMPLE REGULATIONS\n**Authority:** 50 U.S.C. 1701; E.O. 19938, 59 FR 1, 3 CFR.\n",
                "sample_chapter_ix.md", DocumentKind.DIRECTIVE);
        assertEquals("sample-chapter-ix", identity.key());
    }

    @Test
    void aFileNameDeclaresAtItsStartButNotInItsSubject() {
        assertEquals("omb-m-31-07", identities.identify(null, null, "Text.", "OMB_M-31-07_Sample_Inventories.pdf",
                DocumentKind.DIRECTIVE).key());
        assertEquals("nsm-77", identities.identify(null, null, "Text.", "WhiteHouse_NSM-77_Sample.pdf",
                DocumentKind.DIRECTIVE).key());
        assertEquals("omb-guidance-on-2031-sample-reporting-m-31-07", identities.identify(null, null, "Text.",
                "OMB_Guidance_on_2031_Sample_Reporting_M-31-07.pdf", DocumentKind.DIRECTIVE).key());
    }

    @Test
    void aChineseTitleIsAKeyCitationsCanMeetButNotTheId() {
        DocumentIdentity.Identity identity = identities.identify(null, "样例数据管理办法", "第一条 为了规范样例数据。",
                "sample_measure_zh.htm", DocumentKind.DIRECTIVE);
        assertEquals("sample-measure-zh", identity.key());
        assertEquals(java.util.List.of(org.reggraph.model.CanonicalId.chineseInstrument("样例数据管理办法")),
                identity.alsoKnownAs());
    }
}
