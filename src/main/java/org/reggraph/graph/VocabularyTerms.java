package org.reggraph.graph;

import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.reggraph.model.CitationRelation;
import org.reggraph.model.DocumentKind;
import org.reggraph.model.Modality;

/**
 * Maps the model's enumerations onto graph terms: SKOS concepts for document kinds and modalities, rule
 * classes aligned with ODRL, and ELI relations for citations.
 */
final class VocabularyTerms {
    private final Iris iris;

    VocabularyTerms(Iris iris) {
        this.iris = iris;
    }

    Resource kind(DocumentKind kind) {
        return ResourceFactory.createResource(Vocab.NS + "kind-" + kind.label());
    }

    Resource modality(Modality modality) {
        return ResourceFactory.createResource(Vocab.NS + modality.label());
    }

    Resource ruleClass(Modality modality) {
        return switch (modality) {
            case OBLIGATION -> Vocab.Obligation;
            case PROHIBITION -> Vocab.Prohibition;
            case PERMISSION -> Vocab.Permission;
            case RECOMMENDATION -> Vocab.Recommendation;
        };
    }

    /** ODRL has no class for advice; a recommendation binds no one, so it is closest to a permission. */
    Resource odrlClass(Modality modality) {
        return switch (modality) {
            case OBLIGATION -> Std.Duty;
            case PROHIBITION -> Std.OdrlProhibition;
            case PERMISSION, RECOMMENDATION -> Std.OdrlPermission;
        };
    }

    Property relationProperty(CitationRelation relation) {
        return switch (relation) {
            case CITES -> Std.cites;
            case AMENDS -> Std.amends;
            case REVOKES -> Std.repeals;
            case SUPERSEDES -> DCTerms.replaces;
            case IMPLEMENTS -> Std.basedOn;
            case REPORTS_ON -> Vocab.reportsOn;
        };
    }

    /** The named graph that describes the concepts and the software agent every document's graph refers to. */
    String vocabularyGraph() {
        return iris.base() + "graph/vocabulary";
    }

    /**
     * Writes the concept schemes and the software agent once, into their own graph, so that every concept a
     * document's graph uses has a label and a scheme, and the agent of every ingest activity has a type.
     */
    void ensureDescribed(Dataset dataset) {
        Model vocabulary = dataset.getNamedModel(vocabularyGraph());
        if (!vocabulary.isEmpty()) {
            return;
        }
        vocabulary.createResource(iris.software())
                .addProperty(RDF.type, vocabulary.createResource(Std.PROV + "SoftwareAgent"))
                .addProperty(RDFS.label, "RegGraph");
        vocabulary.createResource(Vocab.EntityScheme.getURI()).addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(SKOS.prefLabel, "entities", "en");
        for (DocumentKind kind : DocumentKind.values()) {
            concept(vocabulary, kind(kind), Vocab.DocumentKindScheme, kind.label());
        }
        for (Modality modality : Modality.values()) {
            concept(vocabulary, modality(modality), Vocab.ModalityScheme, modality.label());
        }
    }

    private static void concept(Model model, Resource concept, Resource scheme, String label) {
        model.createResource(concept.getURI())
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.inScheme, scheme)
                .addProperty(SKOS.prefLabel, label.toLowerCase(Locale.ROOT), "en");
        model.createResource(scheme.getURI()).addProperty(RDF.type, SKOS.ConceptScheme);
    }
}
