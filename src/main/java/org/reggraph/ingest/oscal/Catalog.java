package org.reggraph.ingest.oscal;

import java.util.List;
import java.util.Optional;

/**
 * An OSCAL catalog as read from JSON or XML, holding only what RegGraph renders. Prose keeps a parameter's
 * place as {@code {{ insert: param, ID }}}, as OSCAL's JSON writes it, whichever form it was read from.
 */
record Catalog(OscalMetadata metadata, List<Group> groups, List<Control> controls, List<Resource> resources) {

    record Group(String id, String title, List<Prop> props, List<Param> params, List<Part> parts,
                 List<Group> groups, List<Control> controls) {
    }

    record Control(String id, String title, List<Prop> props, List<Link> links, List<Param> params,
                   List<Part> parts, List<Control> controls) {
    }

    /** A statement, an item of one, a discussion, an example, an assessment objective or method. */
    record Part(String id, String name, String title, List<Prop> props, String prose, List<Part> parts) {
    }

    /** What a control leaves to the organization: a value set by a profile, a choice, or a described blank. */
    record Param(String id, String label, List<String> values, Optional<Selection> select) {
    }

    record Selection(boolean oneOrMore, List<String> choices) {
    }

    /** {@code klass} is OSCAL's {@code class}: a label's class says which publication's form it is. */
    record Prop(String name, String value, String klass) {
    }

    record Link(String href, String rel) {
    }

    /** A back-matter resource: what a control's reference link points at ("#uuid"). */
    record Resource(String uuid, String title, String citation) {
    }

    /** The first {@code name} property without a class, the form the catalog itself displays. */
    static Optional<String> plainProp(List<Prop> props, String name) {
        return props.stream().filter(prop -> prop.name().equals(name) && prop.klass().isEmpty())
                .map(Prop::value).findFirst();
    }
}
