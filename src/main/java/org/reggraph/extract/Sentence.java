package org.reggraph.extract;

import org.reggraph.model.Span;

/**
 * A sentence (or list item) of a plain text.
 *
 * @param span   the sentence's text, trimmed, without a list marker that stands on its own line
 * @param marker the list marker that opens the item ("(a)", "(ii)", "1.", "•"), or null when none
 */
record Sentence(Span span, String marker) {
    boolean listItem() {
        return marker != null;
    }
}
