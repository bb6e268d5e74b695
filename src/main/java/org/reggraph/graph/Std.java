package org.reggraph.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the standard vocabularies RegGraph reuses that Jena ships no constants for: W3C Web Annotation
 * (text selectors), ODRL (duty, permission, prohibition, assignee), ELI (legal relations) and PROV-O terms.
 */
public final class Std {
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String ODRL = "http://www.w3.org/ns/odrl/2/";
    public static final String ELI = "http://data.europa.eu/eli/ontology#";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    public static final Resource SpecificResource = ResourceFactory.createResource(OA + "SpecificResource");
    public static final Resource TextPositionSelector = ResourceFactory.createResource(OA + "TextPositionSelector");
    public static final Resource TextQuoteSelector = ResourceFactory.createResource(OA + "TextQuoteSelector");
    public static final Property hasSource = ResourceFactory.createProperty(OA + "hasSource");
    public static final Property hasSelector = ResourceFactory.createProperty(OA + "hasSelector");
    public static final Property start = ResourceFactory.createProperty(OA + "start");
    public static final Property end = ResourceFactory.createProperty(OA + "end");
    public static final Property exact = ResourceFactory.createProperty(OA + "exact");
    public static final Property prefix = ResourceFactory.createProperty(OA + "prefix");
    public static final Property suffix = ResourceFactory.createProperty(OA + "suffix");

    public static final Resource Duty = ResourceFactory.createResource(ODRL + "Duty");
    public static final Resource OdrlPermission = ResourceFactory.createResource(ODRL + "Permission");
    public static final Resource OdrlProhibition = ResourceFactory.createResource(ODRL + "Prohibition");
    public static final Property assignee = ResourceFactory.createProperty(ODRL + "assignee");

    public static final Property cites = ResourceFactory.createProperty(ELI + "cites");
    public static final Property amends = ResourceFactory.createProperty(ELI + "amends");
    public static final Property repeals = ResourceFactory.createProperty(ELI + "repeals");
    public static final Property basedOn = ResourceFactory.createProperty(ELI + "based_on");

    private Std() {
    }
}
