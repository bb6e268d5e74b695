package org.reggraph.sparql;

import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The formats of RDF answers (CONSTRUCT, DESCRIBE, graphs, node descriptions); the first is the default. */
public enum GraphFormat implements MediaFormat {
    TURTLE(RDFFormat.TURTLE_PRETTY, "text/turtle", List.of("turtle", "ttl")),
    NTRIPLES(RDFFormat.NTRIPLES_UTF8, "application/n-triples", List.of("ntriples", "nt", "n-triples")),
    JSONLD(RDFFormat.JSONLD, "application/ld+json", List.of("jsonld", "json-ld", "json")),
    RDFXML(RDFFormat.RDFXML_PLAIN, "application/rdf+xml", List.of("rdfxml", "rdf", "xml")),
    TRIG(RDFFormat.TRIG_PRETTY, "application/trig", List.of("trig")),
    NQUADS(RDFFormat.NQUADS_UTF8, "application/n-quads", List.of("nquads", "nq", "n-quads"));

    private final RDFFormat format;
    // Named here, not taken from Jena's Lang: some writer variants carry internal names such as x/ld-json-11.
    private final String mediaType;
    private final List<String> names;

    GraphFormat(RDFFormat format, String mediaType, List<String> names) {
        this.format = format;
        this.mediaType = mediaType;
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
        return mediaType;
    }

    @Override
    public List<String> names() {
        return names;
    }
}
