package org.reggraph.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * RegGraph's own terms. {@code ontology/reggraph.ttl} is the source of truth; these constants mirror it and
 * a test checks that each one is declared there. Standard vocabularies (DCTERMS, PROV-O, Web Annotation,
 * ODRL, ELI, SKOS) are used wherever one fits; see {@link Std}.
 */
public final class Vocab {
    public static final String NS = "https://reggraph.org/ontology#";

    // Classes
    public static final Resource Document = resource("Document");
    public static final Resource DocumentVersion = resource("DocumentVersion");
    public static final Resource Provision = resource("Provision");
    public static final Resource PreambleProvision = resource("PreambleProvision");
    public static final Resource Subdivision = resource("Subdivision");
    public static final Resource Rule = resource("Rule");
    public static final Resource Obligation = resource("Obligation");
    public static final Resource Prohibition = resource("Prohibition");
    public static final Resource Permission = resource("Permission");
    public static final Resource Recommendation = resource("Recommendation");
    public static final Resource ReportedClaim = resource("ReportedClaim");
    public static final Resource Entity = resource("Entity");
    public static final Resource EntityMention = resource("EntityMention");
    public static final Resource Citation = resource("Citation");
    public static final Resource IngestActivity = resource("IngestActivity");
    public static final Resource SourceField = resource("SourceField");
    public static final Resource DocumentKindScheme = resource("DocumentKind");
    public static final Resource ModalityScheme = resource("Modality");
    public static final Resource EntityScheme = resource("EntityScheme");

    // Document and version
    public static final Property kind = property("kind");
    public static final Property identifierKey = property("identifierKey");
    public static final Property holdsKey = property("holdsKey");
    public static final Property partKey = property("partKey");
    public static final Property currentVersion = property("currentVersion");
    public static final Property sha256 = property("sha256");
    public static final Property sourceFileName = property("sourceFileName");
    public static final Property plainText = property("plainText");
    public static final Property jurisdiction = property("jurisdiction");
    public static final Property sample = property("sample");
    public static final Property softwareVersion = property("softwareVersion");
    public static final Property sourceField = property("sourceField");
    public static final Property sourceLine = property("sourceLine");
    public static final Property fieldName = property("fieldName");

    // Provision
    public static final Property provision = property("provision");
    public static final Property ordinal = property("ordinal");
    public static final Property provisionLabel = property("provisionLabel");
    public static final Property realizes = property("realizes");
    public static final Property text = property("text");
    public static final Property textSpan = property("textSpan");

    // Rule
    public static final Property rule = property("rule");
    public static final Property modality = property("modality");
    public static final Property bearerText = property("bearerText");
    public static final Property action = property("action");
    public static final Property object = property("object");
    public static final Property condition = property("condition");
    public static final Property exception = property("exception");
    public static final Property deadline = property("deadline");
    public static final Property penalty = property("penalty");
    public static final Property inProvision = property("inProvision");

    // Entities
    public static final Property entityType = property("entityType");
    public static final Property mentions = property("mentions");
    public static final Property mentionOf = property("mentionOf");
    /** An entity a provision's own text names: what relates provisions of different documents by entity. */
    public static final Property names = property("names");

    // Citations
    public static final Property citation = property("citation");
    public static final Property citationType = property("citationType");
    public static final Property citedKey = property("citedKey");
    public static final Property pinpoint = property("pinpoint");
    public static final Property citedDocument = property("citedDocument");
    public static final Property relation = property("relation");
    public static final Property reportsOn = property("reportsOn");

    private Vocab() {
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }
}
