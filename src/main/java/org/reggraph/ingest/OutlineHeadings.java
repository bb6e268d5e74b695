package org.reggraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reggraph.ingest.Segmenter.Boundary;
import org.reggraph.ingest.Segmenter.BoundaryKind;

/**
 * Finds the outline of a rule's preamble or a memorandum: parts numbered I, II, III with a title on the line
 * ("II. Expanded Advanced Computing Integrated Circuit Controls") and their divisions lettered A, B, C ("A.
 * New Worldwide License Requirements"). The numbering must run in turn, so that a signature ("M. SCHULZ") or
 * a name the line's end cut ("S. McCain National Defense Authorization Act") heads nothing, and the letter
 * "I." after "H." is told from the part "I.". A table of contents heads nothing: an entry with dot leaders
 * and a page number is none, and a numbering that starts again at I ends the one before, which, if its
 * headings stood a line or two apart, was the contents.
 */
final class OutlineHeadings {
    /** The mark, then a title on the rest of the line (see {@link #isTitle}). */
    private static final Pattern HEADING = Pattern.compile(
            "^\\h*((?:[IVX]{1,5}|[A-Z])\\.)\\h+(\\p{Lu}[^\\n]{1,150})$", Pattern.MULTILINE);
    private static final Pattern PART = Pattern.compile("[IVX]+");
    /**
     * A numbering of at least this many headings, a mean of fewer than this many characters apart, is a
     * table of contents, not the parts themselves.
     */
    private static final int CONTENTS_MIN_HEADINGS = 3;
    private static final int CONTENTS_MEAN_GAP = 300;
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    private OutlineHeadings() {
    }

    /** The outline's headings as boundaries in text order, each marked with its label: "II." or "II.A.". */
    static List<Boundary> find(String text) {
        List<Boundary> headings = new ArrayList<>();
        List<Boundary> numbering = new ArrayList<>();
        int part = 0;
        String partMark = "";
        char letter = '@';
        Matcher outline = HEADING.matcher(text);
        while (outline.find()) {
            String mark = outline.group(1);
            String number = mark.substring(0, mark.length() - 1);
            boolean nextLetter = part > 0 && number.length() == 1 && number.charAt(0) == letter + 1;
            int partNumber = !nextLetter && PART.matcher(number).matches() ? RomanNumerals.value(number) : 0;
            if (!(nextLetter || partNumber == part + 1 || partNumber == 1) || !isTitle(outline.group(2))
                    || Segmenter.isContentsEntry(text, outline.end(1))) {
                continue;
            }
            if (partNumber == 1) {
                keepUnlessContents(numbering, headings);
                numbering.clear();
                part = 0;
            }
            if (partNumber > 0) {
                part++;
                partMark = mark;
                letter = '@';
            } else {
                letter++;
            }
            numbering.add(new Boundary(outline.start(), BoundaryKind.OUTLINE, partNumber > 0 ? mark : partMark + mark));
        }
        keepUnlessContents(numbering, headings);
        return headings;
    }

    private static void keepUnlessContents(List<Boundary> numbering, List<Boundary> headings) {
        int count = numbering.size();
        boolean contents = count >= CONTENTS_MIN_HEADINGS
                && numbering.get(count - 1).offset() - numbering.get(0).offset() < CONTENTS_MEAN_GAP * (count - 1);
        if (!contents) {
            headings.addAll(numbering);
        }
    }

    /**
     * Whether a line reads as a title: no full stop at its end, and at least half of its words of four
     * letters or more capitalised ("License Exceptions for 3A090, 4A090, corresponding .z items, and" is a
     * title cut by the line's end; "Smith said that the agency will act" is not).
     */
    static boolean isTitle(String line) {
        String title = line.strip();
        if (title.endsWith(".")) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        Matcher word = WORD.matcher(title);
        while (word.find()) {
            words++;
            capitalised += Character.isUpperCase(word.group().charAt(0)) ? 1 : 0;
        }
        return words > 0 && 2 * capitalised >= words;
    }
}
