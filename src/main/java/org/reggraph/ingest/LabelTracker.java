package org.reggraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reggraph.ingest.Segmenter.Boundary;
import org.reggraph.ingest.Segmenter.BoundaryKind;
import org.reggraph.model.ChineseDrafting;
import org.reggraph.model.NistIdentifier;

/**
 * Builds a provision's hierarchical label, such as {@code Sec. 3(a)(1)} or {@code Article 5(1)(h)(ii)}, from
 * the marks {@link Segmenter} met so far, one boundary at a time.
 */
final class LabelTracker {
    /** The shape that starts a subsection in {@link Segmenter}, read again for its two numbers. */
    private static final Pattern SUBSECTION = Pattern.compile(Segmenter.SUBSECTION);
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]+\\)");
    /** A mark of the level below roman numerals in the CFR, "(A)", or below clauses in the US Code, "(I)". */
    private static final Pattern CAPITAL_MARK = Pattern.compile("\\([A-Z]\\)");
    private static final Pattern NOTE_MARK = Pattern.compile("\\(\\d{1,3}\\)");
    /**
     * A NIST framework's subcategory or control ({@code ID.DE-P1}, {@code GV.OV-01}, {@code GOVERN 1.2},
     * {@code AC-2(1)}): one entry of a list, which holds no headings. A heading after it heads what follows.
     */
    private static final Pattern FRAMEWORK_ENTRY = Pattern.compile(NistIdentifier.SUBCATEGORY + "|"
            + NistIdentifier.AI_RMF_SUBCATEGORY + "|" + NistIdentifier.CONTROL);
    private String section = "";
    /** The last section that is not a numbered subsection: "Sec. 4" while inside 4.1, 4.2, ... */
    private String enclosing = "";
    /** Whether an act's closing formula came last: its notes, "(1) OJ C 517, ...", follow until an annex. */
    private boolean inNotes;
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
                    inNotes = false;
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
            case OUTLINE -> {
                enterOutline(boundary.mark());
                paragraphs.clear();
            }
            case INSTRUCTION, CLOSING -> {
                // An amendatory instruction closes the section before it; what it amends starts afresh. An
                // act's closing formula closes its last article; the notes that follow it are no paragraphs.
                enclosing = "";
                section = "";
                paragraphs.clear();
                inNotes = boundary.kind() == BoundaryKind.CLOSING;
                return "";
            }
            case HEADING -> {
                paragraphs.clear();
                if (FRAMEWORK_ENTRY.matcher(section).matches()) {
                    // The Privacy Framework's tiers and appendices were all labelled with its last subcategory.
                    enclosing = "";
                    section = "";
                }
            }
            case PARAGRAPH -> {
                if (inNotes && section.isEmpty() && NOTE_MARK.matcher(boundary.mark()).matches()) {
                    return "Note " + boundary.mark().replaceAll("[()]", "");
                }
                List<String> marks = new ArrayList<>();
                marks.add(boundary.mark());
                Matcher runOn = BRACKETED.matcher(boundary.opens());
                while (runOn.find()) {
                    marks.add(runOn.group());
                }
                marks.add(following);
                for (int i = 0; i + 1 < marks.size(); i++) {
                    enter(marks.get(i), marks.get(i + 1));
                }
            }
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

    /**
     * {@code label} is a preamble part ("II.") or one of its lettered divisions ("II.A."), as
     * {@link OutlineHeadings} numbered them. A division labels what follows only while its part is open; a
     * section mark or an amendatory instruction after the part closes it.
     */
    private void enterOutline(String label) {
        int partEnd = label.indexOf('.') + 1;
        if (partEnd == label.length()) {
            enclosing = label;
            section = label;
        } else if (enclosing.equals(label.substring(0, partEnd))) {
            section = label;
        }
    }

    /**
     * Opens {@code mark} as the sibling of the open mark it follows in sequence ("(2)" after "(1)"), else as
     * the first of the CFR's italic lists below a capital, else as the sibling of the innermost open mark of
     * its kind. The first two tell apart the CFR's two levels of each kind, (a)(1)(i)(A) and then (1)(i) again
     * (set in italics, which plain text loses): "(1)" under "(A)" opens the deeper list, and the "(2)" that
     * follows "(2)" there goes back to the outer one.
     */
    private void enter(String mark, String following) {
        String style = style(mark, following);
        int sibling = -1;
        int sameKind = -1;
        for (int level = paragraphs.size() - 1; level >= 0; level--) {
            Mark open = paragraphs.get(level);
            if (open.style().equals(style)) {
                sameKind = sameKind < 0 ? level : sameKind;
                if (sibling < 0 && isSuccessor(open, mark)) {
                    sibling = level;
                }
            }
        }
        if (sibling < 0 && sameKind >= 0 && !(startsList(mark, style) && opensItalicLevel(style))) {
            sibling = sameKind;
        }
        if (sibling >= 0) {
            paragraphs.subList(sibling, paragraphs.size()).clear();
        }
        paragraphs.add(new Mark(mark, style));
    }

    /**
     * Whether a first "(1)" or "(i)" here opens the CFR's fifth or sixth level rather than going back to the
     * second or third: right under a capital, "(A)(1)", or under the digit that follows one, "(A)(1)(i)".
     */
    private boolean opensItalicLevel(String style) {
        int innermost = paragraphs.size() - 1;
        String last = innermost >= 0 ? paragraphs.get(innermost).style() : "";
        String aboveLast = innermost >= 1 ? paragraphs.get(innermost - 1).style() : "";
        return style.equals("digit") && last.equals("upper")
                || style.equals("roman") && last.equals("digit") && aboveLast.equals("upper");
    }

    private static boolean startsList(String mark, String style) {
        return ordinal(mark, style) == 1;
    }

    private static boolean isSuccessor(Mark open, String mark) {
        int previous = ordinal(open.mark(), open.style());
        return previous > 0 && ordinal(mark, open.style()) == previous + 1;
    }

    /** A mark's place in its list, from 1; 0 where it has none this class can read (Chinese items). */
    private static int ordinal(String mark, String style) {
        String inner = mark.replaceAll("[().]", "");
        return switch (style) {
            case "digit", "numbered" -> Integer.parseInt(inner);
            case "roman" -> RomanNumerals.value(inner);
            case "lower", "upper" -> inner.length() == 1 ? Character.toLowerCase(inner.charAt(0)) - 'a' + 1 : 0;
            default -> 0;
        };
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
     * continues letters ("i" after "h", "l" after "k"), unless the next mark is its numeral successor (the
     * AI Act's Article 5(1)(h) goes on with (i), (ii), (iii)) or a capital (a rule's § 734.9(h)(1)(i)(A)).
     * Alone, "l" is a letter and the rest numerals.
     */
    private boolean isNumeral(String inner, String following) {
        if (inner.length() > 1) {
            return true;
        }
        char c = inner.charAt(0);
        int value = RomanNumerals.letterValue(c);
        if (value > 1 && isOpen(RomanNumerals.of(value - 1))) {
            return true;
        }
        if (isOpen(String.valueOf((char) (c - 1)))) {
            // A capital mark never sits right under a letter: "(i)(A)" is the CFR's (h)(1)(i)(A).
            return following.equals("(" + RomanNumerals.of(value + 1) + ")") || CAPITAL_MARK.matcher(following).matches();
        }
        return c != 'l';
    }

    private boolean isOpen(String inner) {
        String mark = "(" + inner + ")";
        return paragraphs.stream().anyMatch(open -> open.mark().equals(mark));
    }

    private static String normalise(String mark) {
        String compact = mark.replaceAll("[\\h\\n]+", " ").trim();
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
