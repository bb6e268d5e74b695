package org.reggraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reggraph.graph.Std;
import org.reggraph.graph.Vocab;
import org.reggraph.model.DocumentKind;
import org.reggraph.model.Modality;

/** The ontology file is the source of truth: every term the code writes must be declared and described there. */
class VocabularyDeclaredTest {
    private static Model ontology;

    @BeforeAll
    static void load() {
        ontology = OntologyFiles.ontology();
    }

    @Test
    void everyVocabConstantIsDeclaredWithLabelAndComment() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Field field : Vocab.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || !RDFNode.class.isAssignableFrom(field.getType())) {
                continue;
            }
            Resource term = ((RDFNode) field.get(null)).asResource();
            checked++;
            if (!declared(term)) {
                missing.add(field.getName() + " = " + term.getURI());
            }
        }
        assertTrue(checked > 40, "reflection found the constants: " + checked);
        assertEquals(List.of(), missing, "Vocab constants not declared with rdf:type, rdfs:label and rdfs:comment");
    }

    @Test
    void everyRgTermInTheFileHasALabelAndAComment() {
        Set<String> undescribed = new TreeSet<>();
        ontology.listSubjects().forEach(subject -> {
            if (subject.isURIResource() && subject.getURI().startsWith(Vocab.NS) && !declared(subject)) {
                undescribed.add(subject.getURI());
            }
        });
        // Objects too: a term used but never declared is a typo or a forgotten declaration.
        ontology.listObjects().forEach(object -> {
            if (object.isURIResource() && object.asResource().getURI().startsWith(Vocab.NS)
                    && !declared(object.asResource())) {
                undescribed.add(object.asResource().getURI());
            }
        });
        assertEquals(Set.of(), undescribed);
    }

    @Test
    void conceptsTheWriterUsesAreDeclaredInTheirSchemes() {
        for (DocumentKind kind : DocumentKind.values()) {
            assertConcept(Vocab.NS + "kind-" + kind.label(), Vocab.DocumentKindScheme);
        }
        for (Modality modality : Modality.values()) {
            assertConcept(Vocab.NS + modality.label(), Vocab.ModalityScheme);
        }
        for (Resource scheme : List.of(Vocab.DocumentKindScheme, Vocab.ModalityScheme, Vocab.EntityScheme)) {
            assertTrue(ontology.contains(scheme, RDF.type, SKOS.ConceptScheme), scheme + " is a concept scheme");
        }
    }

    @Test
    void rgClassesAlignWithTheStandardVocabularies() {
        String prov = Std.PROV;
        assertSubClass(Vocab.Obligation, Std.Duty);
        assertSubClass(Vocab.Prohibition, Std.OdrlProhibition);
        assertSubClass(Vocab.Permission, Std.OdrlPermission);
        for (Resource rule : List.of(Vocab.Obligation, Vocab.Prohibition, Vocab.Permission, Vocab.Recommendation)) {
            assertSubClass(rule, Vocab.Rule);
        }
        for (Resource entity : List.of(Vocab.Document, Vocab.DocumentVersion, Vocab.Provision, Vocab.Rule,
                Vocab.Citation, Vocab.EntityMention)) {
            assertSubClass(entity, ResourceFactory.createResource(prov + "Entity"));
        }
        assertSubClass(Vocab.IngestActivity, ResourceFactory.createResource(prov + "Activity"));
        assertSubClass(Vocab.Entity, SKOS.Concept);
    }

    @Test
    void eliRelationsTheWriterUsesAreDeclaredWithTheirInverses() {
        for (Resource relation : List.of(Std.cites, Std.amends, Std.repeals, Std.basedOn)) {
            RDFNode inverse = ontology.getRequiredProperty(relation, OWL.inverseOf).getObject();
            assertTrue(inverse.isURIResource() && inverse.asResource().getURI().startsWith(Std.ELI),
                    relation + " has an ELI inverse");
            assertTrue(ontology.contains(inverse.asResource(), OWL.inverseOf, relation), inverse + " points back");
        }
    }

    private static boolean declared(Resource term) {
        return ontology.contains(term, RDF.type) && ontology.contains(term, RDFS.label)
                && ontology.contains(term, RDFS.comment);
    }

    private static void assertConcept(String iri, Resource scheme) {
        Resource concept = ontology.getResource(iri);
        assertTrue(declared(concept), iri + " is declared and described");
        assertTrue(ontology.contains(concept, RDF.type, SKOS.Concept), iri + " is a skos:Concept");
        assertTrue(ontology.contains(concept, SKOS.inScheme, scheme), iri + " is in " + scheme);
        assertTrue(ontology.contains(concept, SKOS.prefLabel), iri + " has a skos:prefLabel");
    }

    private static void assertSubClass(Resource sub, Resource sup) {
        assertTrue(ontology.contains(sub, RDFS.subClassOf, sup), sub + " rdfs:subClassOf " + sup);
    }
}
