package org.reggraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reggraph.model.Span;

/**
 * The recitals of an EU act: the numbered reasons between "Whereas:" and "HAVE ADOPTED THIS REGULATION". They
 * explain the act's motives in "should" language and bind no one, so they yield no rules.
 */
final class Recitals {
    private static final Pattern START = Pattern.compile("(?m)^[\\s\\u00A0]*Whereas[\\s\\u00A0]*:");
    private static final Pattern END = Pattern.compile(
            "HA(?:VE|S)[\\s\\u00A0]+ADOPTED[\\s\\u00A0]+TH(?:IS|E[\\s\\u00A0]+PRESENT)[\\s\\u00A0]+(?:REGULATION|DIRECTIVE|DECISION)");

    private Recitals() {
    }

    /** The span of the recitals, or null when the text has none. */
    static Span find(String text) {
        Matcher start = START.matcher(text);
        if (!start.find()) {
            return null;
        }
        Matcher end = END.matcher(text);
        return end.find(start.end()) ? new Span(start.start(), end.start()) : null;
    }

    /** Where the adoption formula that closes {@code recitals} ends ("HAVE ADOPTED THIS REGULATION"). */
    static int adoptionFormulaEnd(String text, Span recitals) {
        Matcher end = END.matcher(text);
        return end.find(recitals.end()) ? end.end() : recitals.end();
    }
}
