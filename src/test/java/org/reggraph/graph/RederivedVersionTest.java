package org.reggraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.pipeline.IngestReport;
import org.reggraph.pipeline.ProgressListener;
import org.reggraph.pipeline.StoredFiles;
import org.reggraph.search.SearchRequest;
import org.reggraph.model.Span;
import org.reggraph.testing.TestStore;

/**
 * A store written by older software (here: an extraction stage that finds only modal sentences, and one
 * provision's label and an extra provision left as an older segmenter might have left them) is brought up to
 * date by ingesting the same files again with {@link StoredFiles#REDERIVE}: the current version is derived as
 * a fresh ingest derives it, the version chain and the older version stay, and search follows.
 */
class RederivedVersionTest {
    private static final String DOCUMENT = EditedSample.DOCUMENT;
    private static final String STALE_LABEL = "Sec. 99(z)";
    private static final String STRAY_WORD = "grebeword";

    @TempDir
    static Path workDir;
    private static TestStore store;
    private static TestStore fresh;
    private static final List<IngestReport> reports = new ArrayList<>();
    private static List<VersionInfo> versionsBefore;
    private static long olderVersionTriplesBefore;
    private static long rulesBefore;

    @BeforeAll
    static void ingestWithOlderSoftwareThenRederive() throws Exception {
        EditedSample sample = new EditedSample(workDir.resolve("source"));
        Path data = workDir.resolve("data");
        Path file;
        try (TestStore older = TestStore.open(data, config -> config, new ShallSentences())) {
            older.ingest(sample.write("kestrelword", ""));
            file = sample.write("ospreyword", "");
            older.ingest(file);
            older.regGraph().store().write(() -> leaveAsAnOlderSegmenterDid(older.regGraph()));
            older.regGraph().reindex();
            assertEquals(1, older.regGraph().search().search(SearchRequest.of(STRAY_WORD, 10)).total());
        }
        store = TestStore.open(data);
        versionsBefore = store.regGraph().graph().versions(DOCUMENT);
        olderVersionTriplesBefore = triplesOf(store, olderVersion().iri());
        rulesBefore = ruleCount(store, currentVersion(store));
        reports.add(store.ingest(file));
        reports.add(store.regGraph().pipeline().ingest(List.of(file), ProgressListener.SILENT, StoredFiles.REDERIVE));
        reports.add(store.ingest(file));
        fresh = TestStore.open(workDir.resolve("fresh"));
        fresh.ingest(file);
    }

    @AfterAll
    static void close() {
        store.close();
        fresh.close();
    }

    @Test
    void anUnchangedFileIsReadAgainOnlyWhenAsked() {
        assertEquals(1, reports.get(0).unchanged(), "without the option, the stored derivation stays");
        assertEquals(1, reports.get(1).rederived());
        assertEquals(0, reports.get(1).failed());
        assertEquals(DOCUMENT, reports.get(1).outcomes().get(0).documentId());
        assertEquals(1, reports.get(2).unchanged(), "and then it is unchanged again");
    }

    @Test
    void theCurrentVersionIsDerivedAsAFreshIngestDerivesIt() {
        List<ProvisionInfo> rederived = store.regGraph().graph().provisions(DOCUMENT);
        assertEquals(fresh.regGraph().graph().provisions(DOCUMENT).stream().map(RederivedVersionTest::withoutIri).toList(),
                rederived.stream().map(RederivedVersionTest::withoutIri).toList());
        assertTrue(rederived.stream().noneMatch(provision -> provision.label().equals(STALE_LABEL)));
        assertEquals(subdivisions(fresh), subdivisions(store), "the stale label's subdivision went with it");
        long rules = ruleCount(store, currentVersion(store));
        assertEquals(ruleCount(fresh, currentVersion(fresh)), rules);
        assertEquals(rules, reports.get(1).outcomes().get(0).rules(), "the report counts the rules written");
        assertNotEquals(rulesBefore, rules, "the older extraction's rules were replaced");
    }

    @Test
    void theVersionsTheirChainAndTheOlderVersionStay() {
        List<VersionInfo> after = store.regGraph().graph().versions(DOCUMENT);
        assertEquals(versionsBefore.stream().map(VersionInfo::iri).sorted().toList(),
                after.stream().map(VersionInfo::iri).sorted().toList());
        VersionInfo current = after.stream().filter(VersionInfo::current).findFirst().orElseThrow();
        assertEquals(olderVersion().iri(), current.revisionOf(), "still a revision of the first version");
        assertEquals(olderVersionTriplesBefore, triplesOf(store, olderVersion().iri()),
                "the older version keeps all that was derived from it");
        assertNotEquals(versionsBefore.stream().filter(VersionInfo::current).findFirst().orElseThrow().ingestedAt(),
                current.ingestedAt(), "the version records the derivation that made what it holds now");
    }

    @Test
    void searchFollowsTheNewDerivation() {
        assertEquals(0, store.regGraph().search().search(SearchRequest.of(STRAY_WORD, 10)).total(),
                "the older segmenter's extra provision is gone from the index too");
        assertEquals(1, store.regGraph().search().search(SearchRequest.of("ospreyword", 10)).total());
    }

    /** Relabels the current version's first labelled provision and adds one it never had. */
    private static Void leaveAsAnOlderSegmenterDid(org.reggraph.RegGraph regGraph) {
        Model graph = regGraph.store().dataset().getNamedModel(regGraph.iris().document(DOCUMENT));
        String version = regGraph.graph().versions(DOCUMENT).stream().filter(VersionInfo::current).findFirst()
                .orElseThrow().iri();
        var labelled = graph.listStatements(null, Vocab.provisionLabel, (org.apache.jena.rdf.model.RDFNode) null)
                .filterKeep(statement -> statement.getSubject().getURI().startsWith(version + "/")).next();
        graph.remove(labelled);
        labelled.getSubject().removeAll(Vocab.realizes).addProperty(Vocab.provisionLabel, STALE_LABEL)
                .addProperty(Vocab.realizes, graph.createResource(regGraph.iris().subdivision(DOCUMENT, STALE_LABEL))
                        .addProperty(org.apache.jena.vocabulary.RDF.type, Vocab.Subdivision));
        var versionNode = graph.getResource(version);
        var stray = graph.createResource(regGraph.iris().provision(version, 9999))
                .addProperty(org.apache.jena.vocabulary.RDF.type, Vocab.Provision)
                .addProperty(org.apache.jena.vocabulary.DCTerms.isPartOf, versionNode)
                .addLiteral(Vocab.ordinal, graph.createTypedLiteral(9999))
                .addProperty(Vocab.text, "A provision the older segmenter cut: " + STRAY_WORD);
        versionNode.addProperty(Vocab.provision, stray);
        String text = versionNode.getProperty(Vocab.plainText).getString();
        new SelectorWriter().write(graph, stray, versionNode, text, new Span(0, 10), new CodePoints(text));
        return null;
    }

    private static VersionInfo olderVersion() {
        return versionsBefore.stream().filter(version -> !version.current()).findFirst().orElseThrow();
    }

    private static String currentVersion(TestStore in) {
        return in.regGraph().graph().versions(DOCUMENT).stream().filter(VersionInfo::current).findFirst()
                .orElseThrow().iri();
    }

    /** Provisions compared across stores: same ordinal, label, heading and place in the text. */
    private static String withoutIri(ProvisionInfo provision) {
        return provision.ordinal() + " " + provision.label() + " " + provision.heading() + " " + provision.start()
                + "-" + provision.end();
    }

    private static List<String> subdivisions(TestStore in) {
        return in.regGraph().store().read(() -> Queries.select(in.regGraph().store().dataset(),
                "SELECT ?s WHERE { GRAPH ?g { ?s a rg:Subdivision } } ORDER BY ?s", Map.of(),
                row -> Queries.string(row, "s")));
    }

    private static long ruleCount(TestStore in, String version) {
        return in.regGraph().store().read(() -> Queries.select(in.regGraph().store().dataset(),
                "SELECT (COUNT(?rule) AS ?n) WHERE { GRAPH ?g { ?rule a rg:Rule ; "
                        + "<http://www.w3.org/ns/prov#wasDerivedFrom> <" + version + "> } }",
                Map.of(), row -> Long.parseLong(Queries.string(row, "n")))).get(0);
    }

    /** Triples about the version's derived nodes (provisions, rules, citations, mentions, selectors). */
    private static long triplesOf(TestStore in, String version) {
        return in.regGraph().store().read(() -> Queries.select(in.regGraph().store().dataset(),
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + version
                        + "/\")) } }",
                Map.of(), row -> Long.parseLong(Queries.string(row, "n")))).get(0);
    }
}
