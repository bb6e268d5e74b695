package org.reggraph.graph;

import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.reggraph.extract.BearerHead;
import org.reggraph.model.Citation;
import org.reggraph.model.CitationRelation;
import org.reggraph.model.EntityMention;
import org.reggraph.model.Findings;
import org.reggraph.model.Provision;
import org.reggraph.model.Rule;
import org.reggraph.model.SourceDocument;
import org.reggraph.model.Span;

/**
 * Writes one document version, with everything extracted from it, into the document's named graph, in the
 * caller's write transaction. A version already stored is left alone unless it is re-derived; a new version
 * becomes the document's current one and a revision of the previous, which stays with all its provisions and
 * rules. Longer than most classes: every kind of node a version holds is written here, so that what a
 * re-derivation removes (all minted under the version's IRI) is decided in the same place as what is written.
 */
public final class DocumentGraphWriter {
    /**
     * What storing a version did. {@code RESTORED}: the bytes of an earlier version came back, and it is
     * current again. {@code RELOCATED}: the current version was read again from another line or file of a
     * collection (passages reordered); only where it was read from changed. {@code REDERIVED}: the current
     * version's bytes were read again by this software, and what was derived from them replaced.
     */
    public enum Outcome {
        STORED, NEW_VERSION, RESTORED, RELOCATED, UNCHANGED, REDERIVED;

        /** Whether the document's current version, or what it says, is new, so what links to it may change too. */
        public boolean changedCurrentVersion() {
            return this == STORED || this == NEW_VERSION || this == RESTORED || this == REDERIVED;
        }
    }

    /** What storing a version did, and how many triples the store gained by it. */
    public record Written(Outcome outcome, long triplesAdded) {
    }

    private final Iris iris;
    private final String softwareVersion;
    private final SelectorWriter selectors = new SelectorWriter();
    private final VocabularyTerms terms;

    public DocumentGraphWriter(Iris iris, String softwareVersion) {
        this.iris = iris;
        this.softwareVersion = softwareVersion;
        this.terms = new VocabularyTerms(iris);
    }

    /**
     * Must run inside a write transaction on {@code dataset}. The triple count compares the sizes of the graphs
     * this write touches (the document's, the entities' and the vocabulary's), not the whole store, so that it
     * costs in proportion to the document, not to the corpus.
     */
    public Written write(Dataset dataset, SourceDocument source, Findings findings, Instant started) {
        Model[] touched = touchedGraphs(dataset, source);
        Resource version = touched[0].createResource(iris.version(source.key(), source.sha256()));
        long before = size(touched);
        Outcome outcome;
        if (!touched[0].contains(version, RDF.type, Vocab.DocumentVersion)) {
            outcome = writeVersion(dataset, source, findings, started);
        } else if (version.equals(touched[0].createResource(iris.document(source.key()))
                .getPropertyResourceValue(Vocab.currentVersion))) {
            outcome = relocate(version, source) ? Outcome.RELOCATED : Outcome.UNCHANGED;
        } else {
            outcome = restoreVersion(touched[0], version, source);
        }
        return new Written(outcome, size(touched) - before);
    }

    /**
     * Derives the current version again from its bytes, as read by this software: its provisions, rules,
     * citations and mentions, its text and its ingest activity are replaced, and so are the document's own
     * facts; its place in the version chain stays. A version is identified by its bytes, which have not
     * changed, so its IRI stays; the IRIs of what was derived from it (provision {@code /p/3}, rule
     * {@code /r/7}) are minted again by ordinal and may now name other text. Must run inside a write
     * transaction on {@code dataset}.
     *
     * @throws IllegalStateException when these bytes are not the document's current version
     */
    public Written rederive(Dataset dataset, SourceDocument source, Findings findings, Instant started) {
        Model[] touched = touchedGraphs(dataset, source);
        Model graph = touched[0];
        Resource version = graph.createResource(iris.version(source.key(), source.sha256()));
        Resource current = graph.createResource(iris.document(source.key())).getPropertyResourceValue(Vocab.currentVersion);
        if (!version.equals(current)) {
            throw new IllegalStateException(source.fileName() + " is not the current version of " + source.key());
        }
        long before = size(touched);
        Resource previous = version.getPropertyResourceValue(graph.createProperty(Std.PROV, "wasRevisionOf"));
        removeDerivation(graph, version);
        writeDerivation(dataset, source, findings, started, previous);
        removeUnrealizedSubdivisions(graph);
        return new Written(Outcome.REDERIVED, size(touched) - before);
    }

    /**
     * Everything said of a version and of what was derived from it: every node minted under the version's
     * IRI (provisions, rules, citations, mentions, their selectors, its activity) and the version's own
     * statements. What other versions say of it ({@code prov:wasRevisionOf}) stays.
     */
    private static void removeDerivation(Model graph, Resource version) {
        String derived = version.getURI() + "/";
        List<Resource> nodes = graph.listSubjects()
                .filterKeep(node -> node.isURIResource() && node.getURI().startsWith(derived)).toList();
        nodes.forEach(node -> graph.removeAll(node, null, null));
        graph.removeAll(version, null, null);
    }

    /**
     * The labels that name one part of the version: given to one provision, or to several with nothing
     * between them but the part's own pieces and subparts (a control "AC-2", its items "AC-2a" ... and then
     * its discussion, "AC-2" again). A label given to provisions apart from one another ("(1)" in two lists
     * no mark opened) names no part, and no subdivision.
     */
    private static Set<String> citableLabels(List<Provision> provisions) {
        List<String> labels = provisions.stream().map(Provision::label).toList();
        Map<String, Integer> first = new HashMap<>();
        Map<String, Integer> last = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            if (!labels.get(i).isEmpty()) {
                first.putIfAbsent(labels.get(i), i);
                last.put(labels.get(i), i);
            }
        }
        Set<String> citable = new HashSet<>();
        first.forEach((label, from) -> {
            boolean onePart = true;
            for (int i = from; onePart && i <= last.get(label); i++) {
                onePart = isWithin(label, labels.get(i));
            }
            if (onePart) {
                citable.add(label);
            }
        });
        return citable;
    }

    /** Whether {@code other} labels the part {@code label} or one of its subparts: "AC-2a", not "AC-20". */
    private static boolean isWithin(String label, String other) {
        if (!other.startsWith(label)) {
            return false;
        }
        return other.length() == label.length() || !(Character.isDigit(label.charAt(label.length() - 1))
                && Character.isDigit(other.charAt(label.length())));
    }

    /** The document's part named {@code label}, the same node in every version. */
    private Resource subdivision(Model graph, Resource doc, String documentKey, String label) {
        return graph.createResource(iris.subdivision(documentKey, label))
                .addProperty(RDF.type, Vocab.Subdivision)
                .addProperty(DCTerms.isPartOf, doc)
                .addProperty(RDFS.label, label);
    }

    /**
     * Names each part the document holds of another instrument at the subdivision where it begins, so a
     * citation of the part lands there; the current version's reading replaces any earlier one.
     */
    private void keyHeldParts(Model graph, SourceDocument source, Set<String> citable) {
        graph.removeAll(null, Vocab.partKey, null);
        source.heldParts().forEach((key, label) -> {
            if (citable.contains(label)) {
                graph.createResource(iris.subdivision(source.key(), label)).addProperty(Vocab.partKey, key);
            }
        });
    }

    /**
     * Subdivisions of the document that no provision realizes any more: a re-derivation gave their label to
     * none, or to provisions apart from one another.
     */
    private static void removeUnrealizedSubdivisions(Model graph) {
        List<Resource> unrealized = graph.listSubjectsWithProperty(RDF.type, Vocab.Subdivision)
                .filterDrop(subdivision -> graph.contains(null, Vocab.realizes, subdivision)).toList();
        unrealized.forEach(subdivision -> graph.removeAll(subdivision, null, null));
    }

    /**
     * Makes a stored version current again (a file edited and then put back). Its provisions, rules, citations
     * and mentions are in the graph already, so only what the document says of itself follows it back: the
     * description from the same bytes, and what it cites and mentions read from the version's own nodes, as
     * they were stored. The version chain is left as it was: the restored version is older than the one it
     * replaces and no revision of it.
     */
    private Outcome restoreVersion(Model graph, Resource version, SourceDocument source) {
        Resource doc = graph.createResource(iris.document(source.key()));
        describeDocument(graph, doc, source);
        keyHeldParts(graph, source, citableLabels(source.provisions()));
        doc.addProperty(Vocab.currentVersion, version);
        for (Resource node : graph.listSubjectsWithProperty(graph.createProperty(Std.PROV, "wasDerivedFrom"), version)
                .toList()) {
            if (node.hasProperty(RDF.type, Vocab.Citation)) {
                CitationRelation relation = CitationRelation.valueOf(node.getProperty(Vocab.relation).getString());
                doc.addProperty(terms.relationProperty(relation), node.getPropertyResourceValue(Vocab.citedDocument));
            } else if (node.hasProperty(RDF.type, Vocab.EntityMention)) {
                doc.addProperty(Vocab.mentions, node.getPropertyResourceValue(Vocab.mentionOf));
            }
        }
        return Outcome.RESTORED;
    }

    /**
     * Records where a passage of a collection now stands, when the same version is read from another line or
     * file (the index reads its neighbours in file order from these); false when it stands where it did. A
     * whole file's version has no line.
     */
    private static boolean relocate(Resource version, SourceDocument source) {
        if (source.sourceLine().isEmpty()) {
            return false;
        }
        int line = source.sourceLine().getAsInt();
        Statement stored = version.getProperty(Vocab.sourceLine);
        if (stored != null && stored.getInt() == line && version.hasProperty(Vocab.sourceFileName, source.fileName())) {
            return false;
        }
        version.removeAll(Vocab.sourceLine).removeAll(Vocab.sourceFileName)
                .addProperty(Vocab.sourceFileName, source.fileName())
                .addLiteral(Vocab.sourceLine, version.getModel().createTypedLiteral(line));
        return true;
    }

    /** The graphs a write can change: the document's own, the entities' and the vocabulary's. */
    private Model[] touchedGraphs(Dataset dataset, SourceDocument source) {
        return new Model[] {dataset.getNamedModel(iris.document(source.key())),
                dataset.getNamedModel(iris.entitiesGraph()), dataset.getNamedModel(terms.vocabularyGraph())};
    }

    private static long size(Model... graphs) {
        long size = 0;
        for (Model graph : graphs) {
            size += graph.size();
        }
        return size;
    }

    private Outcome writeVersion(Dataset dataset, SourceDocument source, Findings findings, Instant started) {
        Resource previous = dataset.getNamedModel(iris.document(source.key()))
                .createResource(iris.document(source.key())).getPropertyResourceValue(Vocab.currentVersion);
        writeDerivation(dataset, source, findings, started, previous);
        return previous == null ? Outcome.STORED : Outcome.NEW_VERSION;
    }

    /** The version as the document's current one, a revision of {@code previous}, with all derived from it. */
    private void writeDerivation(Dataset dataset, SourceDocument source, Findings findings, Instant started,
                                 Resource previous) {
        String docIri = iris.document(source.key());
        Model graph = dataset.getNamedModel(docIri);
        Resource doc = graph.createResource(docIri);
        Resource version = graph.createResource(iris.version(source.key(), source.sha256()));
        describeDocument(graph, doc, source);
        describeVersion(graph, doc, version, previous, source, started);
        CodePoints codePoints = new CodePoints(source.text());
        Resource activity = graph.getResource(iris.activity(version.getURI()));
        Set<String> citable = citableLabels(source.provisions());
        writeProvisions(graph, version, activity, source, findings, citable, codePoints);
        keyHeldParts(graph, source, citable);
        ProvisionLocator provisions = new ProvisionLocator(source.provisions());
        writeRules(graph, version, activity, source, findings, provisions, codePoints);
        writeCitations(graph, doc, version, activity, source, findings.citations(), provisions, codePoints);
        writeMentions(dataset, graph, doc, version, source, findings.entities(), provisions, codePoints);
        terms.ensureDescribed(dataset);
    }

    /** The source file name of a document's current version, or null when no such document is stored. */
    public String currentFileName(Dataset dataset, String documentKey) {
        String docIri = iris.document(documentKey);
        Model graph = dataset.getNamedModel(docIri);
        Resource current = graph.createResource(docIri).getPropertyResourceValue(Vocab.currentVersion);
        if (current == null || !current.hasProperty(Vocab.sourceFileName)) {
            return null;
        }
        return current.getProperty(Vocab.sourceFileName).getString();
    }

    private void describeDocument(Model graph, Resource doc, SourceDocument source) {
        // Document-level facts follow the newest version: drop the old ones, keep the version links. The
        // publisher's name is said in the document's graph, so an issuer read differently goes with it.
        graph.listObjectsOfProperty(doc, DCTerms.publisher).toList().stream().filter(RDFNode::isResource)
                .forEach(publisher -> graph.removeAll(publisher.asResource(), null, null));
        graph.listStatements(doc, null, (org.apache.jena.rdf.model.RDFNode) null).toList().stream()
                .filter(statement -> !statement.getPredicate().equals(DCTerms.hasVersion))
                .forEach(graph::remove);
        doc.addProperty(RDF.type, Vocab.Document)
                .addProperty(DCTerms.identifier, source.identifier())
                .addProperty(DCTerms.title, source.title())
                .addProperty(Vocab.kind, terms.kind(source.kind()))
                .addProperty(Vocab.identifierKey, source.key());
        source.alsoKnownAs().forEach(key -> doc.addProperty(Vocab.identifierKey, key));
        source.heldKeys().forEach(key -> doc.addProperty(Vocab.holdsKey, key));
        source.issuer().ifPresent(issuer -> doc.addProperty(DCTerms.publisher, graph.createResource(iris.agent(issuer))
                .addProperty(RDF.type, DCTerms.Agent)
                .addProperty(RDFS.label, issuer)));
        source.date().ifPresent(date -> doc.addLiteral(DCTerms.date,
                ResourceFactory.createTypedLiteral(date.toString(), XSDDatatype.XSDdate)));
        source.jurisdiction().ifPresent(code -> doc.addProperty(Vocab.jurisdiction, code));
        source.language().ifPresent(language -> doc.addProperty(DCTerms.language, language));
        source.sourceUrl().ifPresent(url -> doc.addProperty(DCTerms.source, graph.createResource(url)));
        if (source.sample()) {
            doc.addLiteral(Vocab.sample, true);
        }
    }

    private void describeVersion(Model graph, Resource doc, Resource version, Resource previous,
                                 SourceDocument source, Instant started) {
        Resource activity = graph.createResource(iris.activity(version.getURI()))
                .addProperty(RDF.type, Vocab.IngestActivity)
                .addProperty(RDF.type, graph.createResource(Std.PROV + "Activity"))
                .addLiteral(graph.createProperty(Std.PROV, "startedAtTime"), dateTime(started))
                .addLiteral(graph.createProperty(Std.PROV, "endedAtTime"), dateTime(Instant.now()))
                .addProperty(graph.createProperty(Std.PROV, "wasAssociatedWith"), graph.createResource(iris.software()))
                .addProperty(Vocab.softwareVersion, softwareVersion)
                .addProperty(Vocab.sha256, source.sha256());
        version.addProperty(RDF.type, Vocab.DocumentVersion)
                .addProperty(DCTerms.isVersionOf, doc)
                .addProperty(DCTerms.title, source.title())
                .addProperty(Vocab.sha256, source.sha256())
                .addProperty(Vocab.sourceFileName, source.fileName())
                .addProperty(DCTerms.format, source.mediaType())
                .addProperty(Vocab.plainText, source.text())
                .addProperty(graph.createProperty(Std.PROV, "wasGeneratedBy"), activity);
        source.date().ifPresent(date -> version.addLiteral(DCTerms.issued,
                ResourceFactory.createTypedLiteral(date.toString(), XSDDatatype.XSDdate)));
        if (previous != null) {
            version.addProperty(graph.createProperty(Std.PROV, "wasRevisionOf"), previous);
            doc.removeAll(Vocab.currentVersion);
        }
        doc.addProperty(DCTerms.hasVersion, version).addProperty(Vocab.currentVersion, version);
        writeSourceFields(graph, version, source);
        source.sourceLine().ifPresent(line -> version.addLiteral(Vocab.sourceLine, graph.createTypedLiteral(line)));
    }

    /** Fields of the source with no property of their own, on the version: they came with its bytes. */
    private void writeSourceFields(Model graph, Resource version, SourceDocument source) {
        int ordinal = 0;
        for (var field : source.sourceFields().entrySet()) {
            Resource node = graph.createResource(iris.sourceField(version.getURI(), ++ordinal))
                    .addProperty(RDF.type, Vocab.SourceField)
                    .addProperty(Vocab.fieldName, field.getKey())
                    .addProperty(RDF.value, field.getValue());
            version.addProperty(Vocab.sourceField, node);
        }
    }

    private void writeProvisions(Model graph, Resource version, Resource activity, SourceDocument source,
                                 Findings findings, Set<String> citable, CodePoints codePoints) {
        Resource doc = graph.createResource(iris.document(source.key()));
        for (Provision provision : source.provisions()) {
            Resource node = graph.createResource(iris.provision(version.getURI(), provision.ordinal()))
                    .addProperty(RDF.type, Vocab.Provision)
                    .addProperty(DCTerms.isPartOf, version)
                    .addLiteral(Vocab.ordinal, graph.createTypedLiteral(provision.ordinal()))
                    .addProperty(Vocab.text, provision.span().of(source.text()));
            if (findings.inPreamble(provision.span())) {
                node.addProperty(RDF.type, Vocab.PreambleProvision);
            }
            if (!provision.label().isEmpty()) {
                node.addProperty(Vocab.provisionLabel, provision.label());
            }
            if (citable.contains(provision.label())) {
                node.addProperty(Vocab.realizes, subdivision(graph, doc, source.key(), provision.label()));
            }
            if (!provision.heading().isEmpty()) {
                node.addProperty(DCTerms.title, provision.heading());
            }
            derivedFrom(graph, node, version, activity);
            version.addProperty(Vocab.provision, node);
            selectors.write(graph, node, version, source.text(), provision.span(), codePoints);
        }
    }

    private void writeRules(Model graph, Resource version, Resource activity, SourceDocument source,
                            Findings findings, ProvisionLocator provisions, CodePoints codePoints) {
        List<Rule> rules = findings.rules();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            Resource node = graph.createResource(iris.rule(version.getURI(), i))
                    .addProperty(RDF.type, Vocab.Rule)
                    .addProperty(RDF.type, terms.ruleClass(rule.modality()))
                    .addProperty(Vocab.modality, terms.modality(rule.modality()))
                    .addProperty(Vocab.text, rule.span().of(source.text()));
            if (rule.reported()) {
                node.addProperty(RDF.type, Vocab.ReportedClaim);
            } else {
                node.addProperty(RDF.type, terms.odrlClass(rule.modality()));
            }
            optional(node, Vocab.bearerText, rule.bearer());
            bearerEntity(source.text(), rule, findings.entities())
                    .ifPresent(key -> node.addProperty(Std.assignee, graph.createResource(iris.entity(key))));
            optional(node, Vocab.action, rule.action());
            optional(node, Vocab.object, rule.object());
            optional(node, Vocab.condition, rule.condition());
            optional(node, Vocab.exception, rule.exception());
            optional(node, Vocab.deadline, rule.deadline());
            optional(node, Vocab.penalty, rule.penalty());
            Resource provision = provisionContaining(graph, version, provisions, rule.span());
            if (provision != null) {
                node.addProperty(Vocab.inProvision, provision);
                provision.addProperty(Vocab.rule, node);
            }
            derivedFrom(graph, node, version, activity);
            selectors.write(graph, node, version, source.text(), rule.span(), codePoints);
        }
    }

    private void writeCitations(Model graph, Resource doc, Resource version, Resource activity,
                                SourceDocument source, List<Citation> citations, ProvisionLocator provisions,
                                CodePoints codePoints) {
        for (int i = 0; i < citations.size(); i++) {
            Citation citation = citations.get(i);
            String targetKey = citation.internal() ? source.key() : citation.targetKey();
            boolean itself = source.key().equals(targetKey) || source.alsoKnownAs().contains(targetKey);
            if (itself && citation.pinpoint() == null) {
                continue; // a document naming itself is no cross-reference; citing its own article is
            }
            Resource cited = graph.createResource(iris.document(targetKey));
            Resource node = graph.createResource(iris.citation(version.getURI(), i))
                    .addProperty(RDF.type, Vocab.Citation)
                    .addProperty(Vocab.citationType, citation.type().name())
                    .addProperty(Vocab.citedKey, targetKey)
                    .addProperty(Vocab.citedDocument, cited)
                    .addProperty(Vocab.relation, citation.relation().name())
                    .addProperty(RDFS.label, citation.surface());
            optional(node, Vocab.pinpoint, citation.pinpoint());
            Resource provision = provisionContaining(graph, version, provisions, citation.span());
            if (provision != null) {
                provision.addProperty(Vocab.citation, node);
            }
            derivedFrom(graph, node, version, activity);
            selectors.write(graph, node, version, source.text(), citation.span(), codePoints);
            if (!itself) {
                doc.addProperty(terms.relationProperty(citation.relation()), cited);
            }
        }
    }

    private void writeMentions(Dataset dataset, Model graph, Resource doc, Resource version, SourceDocument source,
                               List<EntityMention> mentions, ProvisionLocator provisions, CodePoints codePoints) {
        Model entities = dataset.getNamedModel(iris.entitiesGraph());
        // One mention node per entity per version, at its first occurrence: the entity's page needs where it
        // is named, and a node with selectors for every repetition of "the Commission" would make mentions
        // most of the graph and most of the cost of ingest.
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention mention = mentions.get(i);
            if (!seen.add(mention.key())) {
                continue;
            }
            Resource entity = graph.createResource(iris.entity(mention.key()));
            describeEntity(entities, entity, mention);
            doc.addProperty(Vocab.mentions, entity);
            Resource node = graph.createResource(iris.mention(version.getURI(), i))
                    .addProperty(RDF.type, Vocab.EntityMention)
                    .addProperty(Vocab.mentionOf, entity);
            derivedFrom(graph, node, version, graph.getResource(iris.activity(version.getURI())));
            selectors.write(graph, node, version, source.text(), mention.span(), codePoints);
        }
        // Every provision naming an entity says so, without positions: one triple a pair, where a mention
        // node costs fourteen, and what relates a provision to those of other documents naming the same.
        for (EntityMention mention : mentions) {
            Resource provision = provisionContaining(graph, version, provisions, mention.span());
            if (provision != null) {
                provision.addProperty(Vocab.names, graph.createResource(iris.entity(mention.key())));
            }
        }
    }

    private void describeEntity(Model entities, Resource entity, EntityMention mention) {
        Resource node = entities.createResource(entity.getURI());
        if (node.hasProperty(RDF.type, Vocab.Entity)) {
            mention.aliases().forEach(alias -> node.addProperty(SKOS.altLabel, alias));
            return;
        }
        node.addProperty(RDF.type, Vocab.Entity)
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.inScheme, Vocab.EntityScheme)
                .addProperty(SKOS.prefLabel, mention.preferredLabel())
                .addProperty(Vocab.entityType, mention.type().label());
        mention.aliases().forEach(alias -> node.addProperty(SKOS.altLabel, alias));
    }

    /**
     * The entity named in the head of the rule's bearer phrase ({@link BearerHead}): "The Secretary of Commerce
     * shall" binds Commerce, "All parties that participate in transactions subject to the EAR must" no entity.
     */
    private static java.util.Optional<String> bearerEntity(String text, Rule rule, List<EntityMention> mentions) {
        if (rule.bearer() == null || rule.bearer().isBlank()) {
            return java.util.Optional.empty();
        }
        return mentions.stream()
                .filter(mention -> rule.span().contains(mention.span()))
                .filter(mention -> {
                    int at = rule.bearer().indexOf(mention.span().of(text));
                    return at >= 0 && BearerHead.holds(rule.bearer(), at);
                })
                .map(EntityMention::key)
                .findFirst();
    }

    /** The provision node the span starts in, or null when it starts in none. */
    private Resource provisionContaining(Model graph, Resource version, ProvisionLocator provisions, Span span) {
        Provision provision = provisions.containing(span.start());
        return provision == null ? null : graph.createResource(iris.provision(version.getURI(), provision.ordinal()));
    }

    private static void derivedFrom(Model graph, Resource node, Resource version, Resource activity) {
        node.addProperty(graph.createProperty(Std.PROV, "wasDerivedFrom"), version)
                .addProperty(graph.createProperty(Std.PROV, "wasGeneratedBy"), activity);
    }

    private static void optional(Resource node, org.apache.jena.rdf.model.Property property, String value) {
        if (value != null && !value.isBlank()) {
            node.addProperty(property, value);
        }
    }

    private static Literal dateTime(Instant instant) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return ResourceFactory.createTypedLiteral(new XSDDateTime(calendar));
    }
}
