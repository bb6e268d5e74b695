package org.reggraph.model;

/**
 * A reference from a document's text to another legal or guidance instrument, or to a part of its own.
 *
 * @param targetKey the cited instrument's canonical identifier, in the form {@link CanonicalId} makes, so
 *                  that it resolves to a stored document whose identity is the same key; {@link #THIS_INSTRUMENT}
 *                  where the text cites a part of itself ("Article 5 of this Regulation")
 * @param pinpoint  the part of the cited instrument the citation names, labelled as RegGraph labels the
 *                  instrument's provisions ("Article 9(1)", "Sec. 4.2(a)"), so it lands on the provision that
 *                  begins that part; null where the citation names the whole instrument
 */
public record Citation(CitationType type, String surface, String targetKey, Span span, CitationRelation relation,
                       String pinpoint) {

    /** The target of a citation of the citing document's own part; the writer states it under its own key. */
    public static final String THIS_INSTRUMENT = "this-instrument";

    public Citation(CitationType type, String surface, String targetKey, Span span, CitationRelation relation) {
        this(type, surface, targetKey, span, relation, null);
    }

    /** Whether the text cites a part of itself. */
    public boolean internal() {
        return THIS_INSTRUMENT.equals(targetKey);
    }
}
