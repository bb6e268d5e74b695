package org.reggraph.sparql;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;
import org.reggraph.graph.Std;
import org.reggraph.graph.Vocab;

/**
 * The prefixes RegGraph writes RDF with. {@code ontology/context.jsonld} declares the same ones, and a test
 * keeps the two in step, so Turtle and JSON-LD readers see the same short names.
 */
public final class Prefixes {
    private Prefixes() {
    }

    public static Map<String, String> standard() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("rg", Vocab.NS);
        prefixes.put("dcterms", "http://purl.org/dc/terms/");
        prefixes.put("prov", Std.PROV);
        prefixes.put("oa", Std.OA);
        prefixes.put("odrl", Std.ODRL);
        prefixes.put("eli", Std.ELI);
        prefixes.put("skos", "http://www.w3.org/2004/02/skos/core#");
        prefixes.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        prefixes.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        prefixes.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return prefixes;
    }

    public static PrefixMapping mapping() {
        return PrefixMapping.Factory.create().setNsPrefixes(standard());
    }
}
