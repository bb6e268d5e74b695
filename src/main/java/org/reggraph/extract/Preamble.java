package org.reggraph.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reggraph.model.DocumentKind;
import org.reggraph.model.Span;

/**
 * Where an act's preamble ends and its operative text begins. A preamble explains: a Federal Register rule's
 * agency, summary and supplementary information run up to its "List of Subjects", after which the amendatory
 * text changes the Code; an EU act's citations and recitals run up to its adoption formula ("HAVE ADOPTED THIS
 * REGULATION:"), after which its articles bind. An act in which neither mark is found has no preamble known.
 */
final class Preamble {
    private static final Pattern LIST_OF_SUBJECTS = Pattern.compile("(?m)^[\\s\\u00A0]*List of Subjects\\b");

    private Preamble() {
    }

    static Optional<Span> find(String text, DocumentKind kind) {
        if (kind != DocumentKind.DIRECTIVE) {
            return Optional.empty();
        }
        Span recitals = Recitals.find(text);
        if (recitals != null) {
            return Optional.of(new Span(0, Recitals.adoptionFormulaEnd(text, recitals)));
        }
        Matcher subjects = LIST_OF_SUBJECTS.matcher(text);
        return subjects.find() && subjects.start() > 0 ? Optional.of(new Span(0, subjects.start())) : Optional.empty();
    }
}
