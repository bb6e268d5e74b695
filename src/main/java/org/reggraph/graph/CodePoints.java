package org.reggraph.graph;

/**
 * Converts Java's UTF-16 offsets into the Unicode code point offsets that W3C Web Annotation's
 * TextPositionSelector counts in. Text without surrogate pairs, nearly all of it, converts for free.
 */
final class CodePoints {
    private final int[] surrogatesBefore;

    CodePoints(String text) {
        int[] counts = null;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                counts = counts == null ? new int[text.length() + 1] : counts;
            }
        }
        if (counts != null) {
            int seen = 0;
            for (int i = 0; i <= text.length(); i++) {
                counts[i] = seen;
                if (i < text.length() && Character.isLowSurrogate(text.charAt(i)) && i > 0
                        && Character.isHighSurrogate(text.charAt(i - 1))) {
                    seen++;
                }
            }
        }
        this.surrogatesBefore = counts;
    }

    int toCodePoints(int utf16Offset) {
        return surrogatesBefore == null ? utf16Offset : utf16Offset - surrogatesBefore[utf16Offset];
    }
}
