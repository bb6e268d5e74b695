package org.reggraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.reggraph.model.CanonicalId;
import org.reggraph.model.DocumentKind;
import org.reggraph.model.EntityMention;
import org.reggraph.model.EntityType;

/** Entity mentions link across documents by key, through aliases, acronyms and the offices that head them. */
class EntityExtractionTest {
    private final Extractor extractor = new Extractor();

    private List<EntityMention> mentions(String text) {
        List<EntityMention> mentions = extractor.extract(text, DocumentKind.DIRECTIVE).entities();
        int previousEnd = -1;
        for (EntityMention mention : mentions) {
            assertTrue(mention.span().start() >= previousEnd, "mentions do not overlap");
            previousEnd = mention.span().end();
        }
        return mentions;
    }

    private List<String> keys(String text) {
        return mentions(text).stream().map(EntityMention::key).toList();
    }

    @Test
    void aliasesAndAcronymsMeetAtOneKey() {
        assertEquals(List.of("bis", "bis"), keys("The Bureau of Industry and Security (BIS) publishes rules. BIS enforces them."));
        assertEquals(List.of("department-of-commerce", "department-of-commerce"),
                keys("The Department of Commerce acts through the Secretary of Commerce."));
        assertEquals(List.of("china", "china", "eu", "united-states"), keys("the PRC (China), the EU and the United States"));
        assertEquals(List.of("nist-ai-100-1"), keys("Use the AI RMF."));
        // EO 14110 spells out the office that OMB's memoranda and their fact sheets abbreviate.
        assertEquals(List.of("chief-ai-officer", "chief-ai-officer"), keys("Each agency designates a Chief "
                + "Artificial Intelligence Officer. Chief AI Officers report to the agency head."));
    }

    @Test
    void theLongestNameWins() {
        assertEquals(List.of("dual-use-foundation-model"), keys("Developers of dual-use foundation models report."));
        assertEquals(List.of("dual-use"), keys("Exports of dual-use items are controlled."));
        assertEquals(List.of("ai-model-weights", "advanced-computing-ics"),
                keys("Controls on AI model weights and advanced computing integrated circuits."));
    }

    @Test
    void anAiDeveloperIsOneRoleHoweverADocumentNamesIt() {
        assertEquals(List.of("ai-developer", "ai-developer", "ai-developer"), keys("AI developers test their models; "
                + "developers of AI models report; a large frontier developer publishes a framework."));
        assertEquals(Optional.of("ai-developer"), EntityCatalog.standard()
                .bearerNamedIn("A large frontier developer").map(KnownEntity::key));
        assertEquals(Optional.empty(), EntityCatalog.standard().bearerNamedIn("the developer of the system")
                .map(KnownEntity::key), "a system's developer is no AI developer");
    }

    @Test
    void chineseNamesMatchInsideRunsOfIdeographs() {
        assertEquals(List.of("cac", "miit", "genai-service-provider"),
                keys("国家网信部门会同工业和信息化部制定规则，生成式人工智能服务提供者应当遵守。"));
        assertEquals(List.of("genai-service-provider"), keys("提供者应当依法开展预训练。"));
        assertEquals(Optional.of("cac"), EntityCatalog.standard().bearerNamedIn("国家网信部门").map(KnownEntity::key));
    }

    @Test
    void aDefinedNameBrokenOverLinesIsLabelledOnOne() {
        List<EntityMention> mentions = mentions("""
                Each item has an Export Control Classification\s
                  Number (ECCN). A Validated End-
                User (VEU) may receive it.""");
        assertEquals(List.of("Export Control Classification Number", "Validated End-User"), mentions.stream()
                .filter(mention -> mention.key().equals("eccn") || mention.key().equals("veu"))
                .map(EntityMention::preferredLabel).distinct().toList());
    }

    @Test
    void acronymsAreCaseSensitiveAndWholeWords() {
        assertTrue(keys("They bisect the graph, and it is not us but them.").isEmpty());
    }

    @Test
    void aDocumentsOwnAcronymDefinitionsBecomeEntities() {
        String text = "The Office of Widget Safety (OWS) shall publish a list. Each year OWS reviews it.";
        List<EntityMention> mentions = mentions(text);
        assertEquals(2, mentions.size(), mentions::toString);
        EntityMention definition = mentions.get(0);
        assertEquals("ows", definition.key());
        assertEquals(EntityType.ORGANIZATION, definition.type());
        assertEquals("Office of Widget Safety", definition.preferredLabel());
        assertEquals("Office of Widget Safety (OWS)", definition.span().of(text));
        assertEquals("ows", mentions.get(1).key());
        assertEquals("OWS", mentions.get(1).span().of(text));
    }

    @Test
    void aDefinitionOfAKnownEntityJoinsIt() {
        assertEquals(List.of("cisa", "cisa"),
                keys("The Cybersecurity and Infrastructure Security Agency (CISA) leads. CISA coordinates."));
    }

    @Test
    void theCatalogListsEveryEntityOnceWithSlugKeys() {
        EntityCatalog catalog = EntityCatalog.standard();
        Set<String> keys = new HashSet<>();
        for (KnownEntity entity : catalog.all()) {
            assertTrue(keys.add(entity.key()), "duplicate key " + entity.key());
            assertEquals(CanonicalId.slug(entity.key()), entity.key());
            assertTrue(!entity.preferredLabel().isBlank());
        }
        assertTrue(catalog.byKey("nist-ai-100-1").orElseThrow().aliases().contains("AI RMF"));
        assertEquals(Optional.of("bis"), catalog.byName("the Bureau of Industry and Security").map(KnownEntity::key));
        assertEquals(Optional.of("nist"), catalog.bearerNamedIn("the Director of NIST").map(KnownEntity::key));
        assertEquals(Optional.empty(), catalog.bearerNamedIn("the relevant heads"));
    }
}
