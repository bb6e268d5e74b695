package org.reggraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.graph.Std;
import org.reggraph.graph.Vocab;
import org.reggraph.ingest.JsonlPassageReader.Passage;
import org.reggraph.pipeline.IngestReport;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/**
 * The graph {@code export} writes for the sample corpus, with the rules, entities and citations the real
 * extractor finds in it, conforms to {@code shapes.ttl}; and the shapes are not vacuous: each class they
 * target has nodes, and damaged copies of the same graph are rejected.
 */
class SampleCorpusShapesTest {
    @TempDir
    static Path workDir;
    private static Graph exported;
    private static IngestReport report;
    private static long quadsInExport;
    private static long passageTriples;

    @BeforeAll
    static void ingestAndExport() {
        Path data = workDir.resolve("data");
        try (TestStore store = TestStore.open(data)) {
            report = store.ingest(TestPaths.sampleCorpus());
            // A passage of a JSON Lines collection brings source fields, which no sample file has.
            passageTriples = store.regGraph().pipeline().storeBatch(List.of(new Passage("p-shapes",
                    "A Relevant Person must keep records for six years.", Map.of("document", "7", "passage", "2.1"), 1)
                    .toSourceDocument("passages.jsonl"))).get(0).triples();
        }
        assertEquals(0, report.failed(), () -> "sample files failed: " + report.failures());
        DatasetGraph dataset = Exports.export(data, workDir.resolve("sample.nq"), "nquads");
        quadsInExport = dataset.stream().count();
        exported = GraphFactory.createGraphMem();
        dataset.getUnionGraph().find().forEach(exported::add);
    }

    @Test
    void exportConformsToTheShapes() {
        ValidationReport validation = Exports.validate(exported);
        assertTrue(validation.conforms(), () -> Exports.describe(validation));
    }

    @Test
    void everyQuoteIsTheVersionTextAtItsPositions() {
        int[] checked = {0};
        assertEquals(List.of(), QuotesMatchText.mismatches(exported, checked));
        assertTrue(checked[0] > 100, "selectors checked: " + checked[0]);
    }

    @Test
    void everyTargetedClassHasNodesSoNoShapeIsVacuous() {
        List<Node> classes = List.of(Vocab.Document, Vocab.DocumentVersion, Vocab.Provision, Vocab.Subdivision, Vocab.Rule,
                        Vocab.Obligation, Vocab.Citation, Vocab.EntityMention, Vocab.Entity, Vocab.IngestActivity,
                        Vocab.SourceField,
                        Vocab.ReportedClaim, Std.TextPositionSelector, Std.TextQuoteSelector)
                .stream().map(resource -> resource.asNode()).toList();
        Set<String> empty = new TreeSet<>();
        for (Node type : classes) {
            if (!exported.contains(Node.ANY, RDF.type.asNode(), type)) {
                empty.add(type.getURI());
            }
        }
        assertEquals(Set.of(), empty, "classes with no instance in the sample export");
    }

    @Test
    void theIngestReportCountsEveryTripleTheStoreGained() {
        assertEquals(quadsInExport, report.triples() + passageTriples);
    }

    @Test
    void aQuoteThatIsNotTheTextAtItsPositionIsRejected() {
        Graph damaged = copy();
        Triple exact = damaged.find(Node.ANY, Std.exact.asNode(), Node.ANY).next();
        damaged.delete(exact);
        damaged.add(Triple.create(exact.getSubject(), exact.getPredicate(),
                NodeFactory.createLiteralString(exact.getObject().getLiteralLexicalForm() + "x")));
        assertRejected(damaged, "exact text");
        assertFalse(QuotesMatchText.mismatches(damaged, new int[1]).isEmpty(), "the quote check sees it too");
    }

    @Test
    void aShiftedPositionIsRejected() {
        Graph damaged = copy();
        Triple start = damaged.find(Node.ANY, Std.end.asNode(), Node.ANY).next();
        int end = (Integer) start.getObject().getLiteralValue();
        damaged.delete(start);
        damaged.add(Triple.create(start.getSubject(), start.getPredicate(),
                NodeFactory.createLiteralDT(Integer.toString(end - 1),
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDint)));
        assertRejected(damaged, "shifted end offset");
        assertFalse(QuotesMatchText.mismatches(damaged, new int[1]).isEmpty(), "the quote check sees it too");
    }

    @Test
    void aQuoteShiftedByAWholeRangeIsCaughtByTheQuoteCheck() {
        Graph damaged = copy();
        Triple start = damaged.find(Node.ANY, Std.start.asNode(), Node.ANY).next();
        Triple end = damaged.find(start.getSubject(), Std.end.asNode(), Node.ANY).next();
        int shift = 1;
        for (Triple offset : List.of(start, end)) {
            int value = (Integer) offset.getObject().getLiteralValue();
            damaged.delete(offset);
            damaged.add(Triple.create(offset.getSubject(), offset.getPredicate(), NodeFactory.createLiteralDT(
                    Integer.toString(value + shift), org.apache.jena.datatypes.xsd.XSDDatatype.XSDint)));
        }
        assertFalse(QuotesMatchText.mismatches(damaged, new int[1]).isEmpty());
    }

    @Test
    void aRuleWithoutModalityOrProvenanceIsRejected() {
        Graph damaged = copy();
        Node rule = damaged.find(Node.ANY, RDF.type.asNode(), Vocab.Obligation.asNode()).next().getSubject();
        damaged.remove(rule, Vocab.modality.asNode(), Node.ANY);
        assertRejected(damaged, "rule without modality");
        Graph orphan = copy();
        orphan.remove(rule, NodeFactory.createURI(Std.PROV + "wasDerivedFrom"), Node.ANY);
        assertRejected(orphan, "rule without derivation");
    }

    @Test
    void aDocumentWithTwoCurrentVersionsIsRejected() {
        Graph damaged = copy();
        Triple current = damaged.find(Node.ANY, Vocab.currentVersion.asNode(), Node.ANY).next();
        Triple other = damaged.find(Node.ANY, RDF.type.asNode(), Vocab.DocumentVersion.asNode())
                .filterDrop(triple -> triple.getSubject().equals(current.getObject())).next();
        damaged.add(Triple.create(current.getSubject(), current.getPredicate(), other.getSubject()));
        assertRejected(damaged, "second current version");
    }

    @Test
    void aProvisionRealizingAnotherDocumentsSubdivisionIsRejected() {
        Graph damaged = copy();
        Triple realizes = damaged.find(Node.ANY, Vocab.realizes.asNode(), Node.ANY).next();
        Node ownDocument = damaged.find(realizes.getObject(), DCTerms.isPartOf.asNode(), Node.ANY).next().getObject();
        Triple foreign = damaged.find(Node.ANY, Vocab.realizes.asNode(), Node.ANY)
                .filterDrop(triple -> damaged.contains(triple.getObject(), DCTerms.isPartOf.asNode(), ownDocument))
                .next();
        damaged.add(Triple.create(realizes.getSubject(), realizes.getPredicate(), foreign.getObject()));
        damaged.delete(realizes);
        assertRejected(damaged, "provision realizing another document's subdivision");
    }

    private static Graph copy() {
        Graph copy = GraphFactory.createGraphMem();
        exported.find().forEach(copy::add);
        return copy;
    }

    private static void assertRejected(Graph damaged, String what) {
        assertFalse(Exports.validate(damaged).conforms(), "the shapes reject a graph with a " + what);
    }
}
