package org.reggraph.graph;

import java.util.List;

/**
 * Everything the search index holds about one provision of a current version, read from the graph alone,
 * so that rebuilding the index from the graph gives the same index as ingest did.
 *
 * @param container what the provision is read as part of, for the structure search ranks by: its document,
 *                  or for a passage of a collection its file and the source document its {@code document}
 *                  key names
 * @param position  its place in the container: the provision's ordinal, or the passage's line in its file
 * @param subdivision the IRI of the labelled part it realizes, the same in every version, or null
 * @param bearers   the IRIs of the entities its rules bind
 * @param named     the IRIs of the entities its text names
 * @param part      for a directive's provision, {@link #PREAMBLE} or {@link #OPERATIVE}; else null
 */
public record IndexableProvision(
        String iri,
        String documentIri,
        String versionIri,
        String documentId,
        String documentTitle,
        String kind,
        String issuer,
        String jurisdiction,
        String language,
        String date,
        String label,
        String subdivision,
        String heading,
        String text,
        int start,
        int end,
        String container,
        int position,
        List<String> modalities,
        List<String> bearers,
        List<String> named,
        String part) {
    /** A provision of an act's preamble, which explains and binds no one. */
    public static final String PREAMBLE = "preamble";
    /** A provision of an act's operative text: everything after its preamble, or all of it when none was found. */
    public static final String OPERATIVE = "operative";

    public IndexableProvision {
        modalities = List.copyOf(modalities);
        bearers = List.copyOf(bearers);
        named = List.copyOf(named);
    }

    IndexableProvision naming(List<String> entities) {
        return new IndexableProvision(iri, documentIri, versionIri, documentId, documentTitle, kind, issuer,
                jurisdiction, language, date, label, subdivision, heading, text, start, end, container, position,
                modalities, bearers, entities, part);
    }
}
