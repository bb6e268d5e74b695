package org.reggraph.ontology;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.reggraph.testing.TestPaths;

/** The published ontology and shapes, read from the repository's {@code ontology/} folder. */
final class OntologyFiles {
    private OntologyFiles() {
    }

    static Path folder() {
        return TestPaths.repository().resolve("ontology");
    }

    static Model ontology() {
        return RDFDataMgr.loadModel(folder().resolve("reggraph.ttl").toString());
    }

    static Model shapes() {
        return RDFDataMgr.loadModel(folder().resolve("shapes.ttl").toString());
    }
}
