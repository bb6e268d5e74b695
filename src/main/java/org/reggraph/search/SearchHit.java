package org.reggraph.search;

import java.util.List;

/**
 * One matching provision. {@code start}/{@code end} locate the provision in its document's text, and each
 * of {@code matches} locates one matched term, all counted in code points, so a reader can jump to them.
 * {@code subdivision} is the IRI that names the provision's labelled part in every version, or null;
 * {@code part}, for an act's provision, whether it is in the act's preamble or its operative text, else null.
 */
public record SearchHit(
        String iri,
        double score,
        String label,
        String subdivision,
        String heading,
        String part,
        String text,
        String snippet,
        int start,
        int end,
        List<Offsets> matches,
        HitDocument document) {

    public record Offsets(int start, int end) {
    }

    public record HitDocument(String id, String iri, String title, String kind, String issuer, String date) {
    }
}
