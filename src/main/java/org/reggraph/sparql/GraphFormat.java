package org.reggraph.sparql;

import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The formats of RDF answers (CONSTRUCT, DESCRIBE, graphs, node descriptions); the first is the default. */
public enum GraphFormat implements MediaFormat {
    TURTLE(RDFFormat.TURTLE_PRETTY, List.of("turtle", "ttl")),
    NTRIPLES(RDFFormat.NTRIPLES_UTF8, List.of("ntriples", "nt", "n-triples")),
    JSONLD(RDFFormat.JSONLD11, List.of("jsonld", "json-ld", "json")),
    RDFXML(RDFFormat.RDFXML_PLAIN, List.of("rdfxml", "rdf", "xml")),
    TRIG(RDFFormat.TRIG_PRETTY, List.of("trig")),
    NQUADS(RDFFormat.NQUADS_UTF8, List.of("nquads", "nq", "n-quads"));

    private final RDFFormat format;
    private final List<String> names;

    GraphFormat(RDFFormat format, List<String> names) {
        this.format = format;
        this.names = names;
    }

    public RDFFormat rdfFormat() {
        return format;
    }

    public Lang lang() {
        return format.getLang();
    }

    /** TriG and N-Quads carry graph names; the others write one graph. */
    public boolean isQuads() {
        return this == TRIG || this == NQUADS;
    }

    @Override
    public String mediaType() {
        return format.getLang().getHeaderString();
    }

    @Override
    public List<String> names() {
        return names;
    }
}
