package org.reggraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.reggraph.cli.RegGraphCommand;

/** Runs the real {@code export} command on a closed data folder and validates what it wrote. */
final class Exports {
    /** How many violations a failure message lists; the rest are counted. */
    private static final int SHOWN_VIOLATIONS = 15;

    private Exports() {
    }

    static DatasetGraph export(Path dataDir, Path output, String format) {
        runExport(dataDir, output, format);
        return RDFDataMgr.loadDatasetGraph(output.toString());
    }

    /**
     * Exports as N-Quads and reads every quad's triple into one graph, streaming: a large export is then held
     * once in memory, not once as a dataset and again as its union.
     */
    static Graph exportUnion(Path dataDir, Path output, long[] quads) {
        runExport(dataDir, output, "nquads");
        Graph union = GraphFactory.createGraphMem();
        RDFParser.source(output).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads[0]++;
                union.add(quad.asTriple());
            }

            @Override
            public void triple(Triple triple) {
                quads[0]++;
                union.add(triple);
            }
        });
        return union;
    }

    private static void runExport(Path dataDir, Path output, String format) {
        int exit = RegGraphCommand.run("export", "--data", dataDir.toString(), "--format", format,
                "-o", output.toString());
        assertEquals(0, exit, "export exit status");
    }

    static ValidationReport validate(Graph data) {
        Shapes shapes = Shapes.parse(OntologyFiles.shapes().getGraph());
        return ShaclValidator.get().validate(shapes, data);
    }

    static String describe(ValidationReport report) {
        StringBuilder text = new StringBuilder(report.getEntries().size() + " violations:\n");
        report.getEntries().stream().limit(SHOWN_VIOLATIONS).map(Exports::describe).forEach(line ->
                text.append("  ").append(line).append('\n'));
        return text.toString();
    }

    private static String describe(ReportEntry entry) {
        return entry.focusNode() + " " + entry.resultPath() + ": " + entry.message() + " (" + entry.value() + ")";
    }
}
