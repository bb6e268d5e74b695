package org.reggraph.extract;

import org.reggraph.model.Span;

/**
 * A sentence (or list item) of a plain text.
 *
 * @param span   the sentence's text, trimmed, without a list marker that stands on its own line
 * @param marker  the list marker that opens the item ("(a)", "(ii)", "1.", "•"), or null when none
 * @param heading whether it is a heading the format marked: a title, never a rule, however it reads ("Set",
 *                "Document Overview" read as commands)
 */
record Sentence(Span span, String marker, boolean heading) {
    Sentence(Span span, String marker) {
        this(span, marker, false);
    }

    Sentence asHeading() {
        return new Sentence(span, marker, true);
    }

    boolean listItem() {
        return marker != null;
    }
}
