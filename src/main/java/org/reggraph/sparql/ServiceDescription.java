package org.reggraph.sparql;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * The SPARQL 1.1 Service Description a plain GET on the endpoint answers: where it is, which languages,
 * result formats and features it has, and {@code rg:textSearch} as a property feature.
 */
public final class ServiceDescription {
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";

    private ServiceDescription() {
    }

    public static Model describe(String endpointUrl, boolean updateOpen) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("sd", SD);
        model.setNsPrefix("rg", org.reggraph.graph.Vocab.NS);
        Resource service = model.createResource()
                .addProperty(RDF.type, sd(model, "Service"))
                .addProperty(property(model, "endpoint"), model.createResource(endpointUrl))
                .addProperty(property(model, "supportedLanguage"), sd(model, "SPARQL11Query"))
                .addProperty(property(model, "feature"), sd(model, "UnionDefaultGraph"))
                .addProperty(property(model, "propertyFeature"), model.createResource(TextSearchFunction.IRI));
        if (updateOpen) {
            service.addProperty(property(model, "supportedLanguage"), sd(model, "SPARQL11Update"));
        }
        for (String format : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads"}) {
            service.addProperty(property(model, "resultFormat"), model.createResource(FORMATS + format));
        }
        Resource defaultGraph = model.createResource().addProperty(RDF.type, sd(model, "Graph"));
        Resource dataset = model.createResource().addProperty(RDF.type, sd(model, "Dataset"))
                .addProperty(property(model, "defaultGraph"), defaultGraph);
        service.addProperty(property(model, "defaultDataset"), dataset);
        return model;
    }

    private static Resource sd(Model model, String localName) {
        return model.createResource(SD + localName);
    }

    private static Property property(Model model, String localName) {
        return model.createProperty(SD, localName);
    }
}
