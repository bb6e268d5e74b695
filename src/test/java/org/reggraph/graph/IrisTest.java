package org.reggraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** IRIs come from identity, content hash and position under one configurable base, never from chance. */
class IrisTest {
    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "0123456789ab" + "f".repeat(52);

    @Test
    void aDocumentIriDependsOnlyOnItsKeyAndTheBase() {
        Iris iris = new Iris("https://example.org/id/");
        assertEquals("https://example.org/id/doc/eo-14110", iris.document("eo-14110"));
        assertEquals(iris.document("eo-14110"), new Iris("https://example.org/id/").document("eo-14110"));
        assertEquals("https://other.example/doc/eo-14110", new Iris("https://other.example/").document("eo-14110"));
    }

    @Test
    void versionsOfOneDocumentShareItsIriAsPrefixAndDifferByContentHash() {
        Iris iris = new Iris("https://example.org/id/");
        String first = iris.version("eo-14110", SHA_A);
        String second = iris.version("eo-14110", SHA_B);
        assertNotEquals(first, second);
        assertEquals(iris.document("eo-14110") + "/v/0123456789ab", second);
        assertTrue(first.startsWith(iris.document("eo-14110") + "/v/"));
    }

    @Test
    void aSubdivisionIsNamedByItsLabelUnderItsDocumentInPlainAscii() {
        Iris iris = new Iris("https://example.org/id/");
        assertEquals("https://example.org/id/doc/fr-2025-00636/s/%C2%A7_734.9(h)(1)(i)",
                iris.subdivision("fr-2025-00636", "§ 734.9(h)(1)(i)"));
        assertEquals(iris.document("eu-regulation-2024-1689") + "/s/Article_5(1)(h)",
                iris.subdivision("eu-regulation-2024-1689", "Article 5(1)(h)"));
        assertEquals(iris.document("cn") + "/s/%E7%AC%AC%E4%B8%89%E6%9D%A1", iris.subdivision("cn", "第三条"));
        assertNotEquals(iris.subdivision("x", "MW 1"), iris.subdivision("x", "MW_1"), "a space is not an underscore");
        assertEquals(iris.document("x") + "/s/Schedule_1%2C_paragraph_2%2F3", iris.subdivision("x", "Schedule 1, paragraph 2/3"));
    }

    @Test
    void provisionsRulesCitationsAndMentionsArePositionsWithinTheirVersion() {
        Iris iris = new Iris("https://example.org/id/");
        String version = iris.version("fr-2025-00636", SHA_A);
        assertEquals(version + "/p/3", iris.provision(version, 3));
        assertEquals(version + "/r/0", iris.rule(version, 0));
        assertEquals(version + "/c/12", iris.citation(version, 12));
        assertEquals(version + "/m/7", iris.mention(version, 7));
        assertEquals(version + "/ingest", iris.activity(version));
    }

    @Test
    void keysAreSluggedSoAnyIdentifierMakesAValidIri() {
        Iris iris = new Iris("https://example.org/id/");
        assertEquals("https://example.org/id/doc/ai-risk-management-framework-v1-0",
                iris.document("AI Risk Management Framework (v1.0)"));
        assertEquals("https://example.org/id/entity/secretary-of-commerce", iris.entity("Secretary of Commerce"));
    }

    @Test
    void theDocumentKeyComesBackOutOfAnyIriUnderTheDocument() {
        Iris iris = new Iris("https://example.org/id/");
        String version = iris.version("eo-14110", SHA_A);
        assertEquals("eo-14110", iris.documentKeyOf(iris.document("eo-14110")));
        assertEquals("eo-14110", iris.documentKeyOf(iris.rule(version, 4)));
        assertNull(iris.documentKeyOf("https://elsewhere.example/doc/eo-14110"));
        assertNull(iris.documentKeyOf(iris.entity("bis")));
    }
}
