package org.reggraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reggraph.ingest.Segmenter.Boundary;
import org.reggraph.model.ChineseDrafting;

/**
 * Builds a provision's hierarchical label, such as {@code Sec. 3(a)(1)} or {@code Article 5(1)(h)(ii)}, from
 * the marks {@link Segmenter} met so far, one boundary at a time.
 */
final class LabelTracker {
    private static final String ROMAN_LETTERS = "ivxl";
    private static final int[] ROMAN_LETTER_VALUES = {1, 5, 10, 50};
    private static final int[] ROMAN_STEPS = {50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"l", "xl", "x", "ix", "v", "iv", "i"};
    /** The shape that starts a subsection in {@link Segmenter}, read again for its two numbers. */
    private static final Pattern SUBSECTION = Pattern.compile(Segmenter.SUBSECTION);
    private String section = "";
    /** The last section that is not a numbered subsection: "Sec. 4" while inside 4.1, 4.2, ... */
    private String enclosing = "";
    /** The paragraph marks open at this point, outermost first, each with the style it was read in. */
    private final List<Mark> paragraphs = new ArrayList<>();

    /** {@code following} is the next boundary's mark: it tells "(i)" the letter from "(i)" the numeral. */
    String next(Boundary boundary, String following) {
        switch (boundary.kind()) {
            case SECTION -> {
                Matcher subsection = SUBSECTION.matcher(boundary.mark());
                if (!subsection.matches()) {
                    enclosing = normalise(boundary.mark());
                    section = enclosing;
                } else if (enclosing.endsWith(" " + subsection.group(1))) {
                    section = enclosing + "." + subsection.group(2);
                }
                // else a numbered heading of some other scheme (guidance's "2.3."): a heading, as before
                paragraphs.clear();
                if (!boundary.opens().isEmpty()) {
                    // The provision keeps the section's label; what follows nests under the paragraph.
                    String label = section;
                    paragraphs.add(new Mark(boundary.opens(), style(boundary.opens(), following)));
                    return label;
                }
            }
            case HEADING -> paragraphs.clear();
            case PARAGRAPH -> enter(boundary.mark(), following);
            default -> {
                return "";
            }
        }
        StringBuilder label = new StringBuilder(section);
        for (Mark open : paragraphs) {
            // "1." is written as "(1)" in a label, like every other paragraph mark.
            String mark = open.mark();
            label.append(mark.endsWith(".") ? "(" + mark.substring(0, mark.length() - 1) + ")" : mark);
        }
        return label.toString();
    }

    private void enter(String mark, String following) {
        String style = style(mark, following);
        for (int level = 0; level < paragraphs.size(); level++) {
            if (paragraphs.get(level).style().equals(style)) {
                paragraphs.subList(level, paragraphs.size()).clear();
                break;
            }
        }
        paragraphs.add(new Mark(mark, style));
    }

    private String style(String mark, String following) {
        String inner = mark.replaceAll("[().]", "");
        if (ChineseDrafting.isItem(mark)) {
            return "chinese";
        }
        if (mark.endsWith(".")) {
            return "numbered";
        }
        if (inner.chars().allMatch(Character::isDigit)) {
            return "digit";
        }
        if (inner.matches("[ivxl]+") && isNumeral(inner, following)) {
            return "roman";
        }
        return Character.isUpperCase(inner.charAt(0)) ? "upper" : "lower";
    }

    /**
     * Whether a mark spelt with i, v, x or l is a numeral or a letter. Two or more of them make a numeral
     * ("ii", "iv"). One is a numeral where it continues numerals ("v" after "iv"), and a letter where it
     * continues letters ("i" after "h", "l" after "k"), unless the next mark is its numeral successor: the
     * AI Act's Article 5(1)(h) goes on with (i), (ii), (iii). Alone, "l" is a letter and the rest numerals.
     */
    private boolean isNumeral(String inner, String following) {
        if (inner.length() > 1) {
            return true;
        }
        char c = inner.charAt(0);
        int value = ROMAN_LETTER_VALUES[ROMAN_LETTERS.indexOf(c)];
        if (value > 1 && isOpen(toRoman(value - 1))) {
            return true;
        }
        if (isOpen(String.valueOf((char) (c - 1)))) {
            return following.equals("(" + toRoman(value + 1) + ")");
        }
        return c != 'l';
    }

    private boolean isOpen(String inner) {
        String mark = "(" + inner + ")";
        return paragraphs.stream().anyMatch(open -> open.mark().equals(mark));
    }

    private static String toRoman(int value) {
        StringBuilder roman = new StringBuilder();
        int rest = value;
        for (int i = 0; i < ROMAN_STEPS.length; i++) {
            for (; rest >= ROMAN_STEPS[i]; rest -= ROMAN_STEPS[i]) {
                roman.append(ROMAN_DIGITS[i]);
            }
        }
        return roman.toString();
    }

    private static String normalise(String mark) {
        String compact = mark.replaceAll("\\h+", " ").trim();
        String lower = compact.toLowerCase(Locale.ROOT);
        if (lower.startsWith("section ") || lower.startsWith("sec. ")) {
            return "Sec. " + compact.substring(compact.indexOf(' ') + 1);
        }
        if (compact.startsWith("§")) {
            return "§ " + compact.replaceAll("^§+\\h*", "");
        }
        if (compact.matches(Segmenter.CODE_SECTION)) {
            return "Sec. " + compact.substring(0, compact.length() - 1); // cited as "Section 22757.12"
        }
        return compact;
    }

    private record Mark(String mark, String style) {
    }
}
