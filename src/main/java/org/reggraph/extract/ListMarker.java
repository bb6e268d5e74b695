package org.reggraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** List markers that open enumerated items in legal text: "(a)", "(ii)", "(A)", "(1)", "1.", bullets. */
enum ListMarker {
    LOWER_LETTER,
    LOWER_ROMAN,
    UPPER_LETTER,
    UPPER_ROMAN,
    NUMBER_IN_PARENS,
    NUMBER_WITH_DOT,
    BULLET;

    /** A marker at the start of a text, followed by whitespace or the end. */
    static final Pattern AT_START = Pattern.compile(
            "^(?:\\\\?\\(([a-z]{1,4}|[A-Z]{1,4}|\\d{1,3}[a-z]?)\\\\?\\)|(\\d{1,3}[a-z]?)\\.(?!\\d)|([a-z]|[ivx]{2,5}|[A-Z])\\.(?![\\w.])|([•·▪◦●\\-*–—]))(?=[\\s\\u00A0\\u2007\\u202F]|$)");

    static Matcher matchAtStart(CharSequence text) {
        return AT_START.matcher(text);
    }

    /** What kind of list a marker belongs to; "(i)" counts as roman, the commoner reading in these texts. */
    static ListMarker typeOf(String escapedMarker) {
        // Markdown converters escape parentheses: "\\(b\\)".
        String marker = escapedMarker.replace("\\", "");
        if (marker.startsWith("(")) {
            String inner = marker.substring(1, marker.length() - 1);
            if (Character.isDigit(inner.charAt(0))) {
                return NUMBER_IN_PARENS;
            }
            if (inner.matches("[ivxl]+")) {
                return LOWER_ROMAN;
            }
            if (inner.matches("[IVXL]+") && inner.length() > 1) {
                return UPPER_ROMAN;
            }
            return Character.isLowerCase(inner.charAt(0)) ? LOWER_LETTER : UPPER_LETTER;
        }
        if (Character.isDigit(marker.charAt(0))) {
            return NUMBER_WITH_DOT;
        }
        if (marker.endsWith(".")) {
            String letters = marker.substring(0, marker.length() - 1);
            if (letters.matches("[ivx]{2,5}")) {
                return LOWER_ROMAN;
            }
            return Character.isLowerCase(letters.charAt(0)) ? LOWER_LETTER : UPPER_LETTER;
        }
        return BULLET;
    }
}
