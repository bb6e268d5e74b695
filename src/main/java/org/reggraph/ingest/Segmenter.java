package org.reggraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reggraph.model.ChineseDrafting;
import org.reggraph.model.NistIdentifier;
import org.reggraph.model.Provision;
import org.reggraph.model.Span;

/**
 * Cuts plain text into provisions, keeping each provision's exact character span. A provision starts at a
 * heading the format marked up, or at a line that opens with a section mark the drafting conventions use:
 * {@code Sec. 4.2}, {@code § 744.23}, {@code Article 5}, {@code Chapter II}, {@code IV. AGENCY ACTIONS}, Markdown headings, NIST
 * identifiers ({@code GV.OV-01}, {@code ID.DE-P1}, {@code GOVERN 1.2}, {@code AC-2(1)}), Chinese divisions ({@code 第三条},
 * {@code 第二章}; see {@link ChineseDrafting}), and paragraph markers such as {@code (a)}, {@code (1)},
 * {@code (ii)}, {@code 1.} or {@code （一）}; at a preamble's outline headings ({@link OutlineHeadings}), a
 * rule's amendatory instructions and an act's closing formula, which close the section before them.
 * Unstructured stretches longer than {@link #MAX_CHARS} are cut at paragraph breaks, so a search hit points
 * at a readable passage.
 */
public final class Segmenter {
    static final int MAX_CHARS = 2_000;

    /**
     * After a drafting mark, what says the line cites it rather than heads it: a part of it ("Article 16(2)
     * TFEU mandates"), a list ("Part 740, ...", "Chapter III Section 4, Chapter V ... shall apply") or running
     * prose ("Section 226.5 of the proposed rule"). The marks' quantifiers are possessive so that "Article
     * 16(2)" cannot fall back to "Article 1".
     */
    private static final String CITED_NOT_HEADED =
            "(?![(,]|\\h+\\p{Ll}|\\h+(?:Section|Article|Chapter|Part|Title|Annex)\\h)";
    /** A state code's section as a bill sets it: "22757.12." */
    static final String CODE_SECTION = "\\d{3,6}\\.\\d{1,3}\\.";
    /** An order's numbered subsection, "4.1.": its section's number, then its own. */
    static final String SUBSECTION = "(\\d{1,2})\\.(\\d{1,2})\\.";
    /** A United States Code section's hyphenated tail, "300i-2": part of the mark, so the check above sees past it. */
    private static final String CODE_SUFFIX = "(?:-\\d++[A-Za-z]?+)?+";
    // \h, not [ \t], around drafting marks and paragraph markers: the Federal Register sets "§ 226.1" with a
    // thin space, EUR-Lex sets "Article 5" and "1.   The following" with no-break spaces.
    private static final Pattern SECTION = Pattern.compile(
            "^\\h*(?:#{1,6}\\h+)?(?:\\*\\*)?("
                    // A converted order may set the mark's word and number on lines of their own, "Sec.\n2.";
                    // a CFR part's list of sections heads its column "Sec." above "226.1 Definitions.".
                    + "(?:(?:Sec(?:tion|\\.)|SEC(?:TION|\\.))(?:\\h*\\n\\h*\\d++(?=\\.(?!\\d))|\\h+\\d++[A-Za-z]?+(?:\\.\\d++)*+"
                    + CODE_SUFFIX + ")"
                    + "|§+\\h*+\\d++(?:\\.\\d++)*+[a-z]?+" + CODE_SUFFIX
                    + "|(?:Article|ARTICLE)\\h+\\d++[a-z]?+"
                    + "|(?:Chapter|CHAPTER|Part|PART|Subpart|SUBPART|Title|TITLE|Annex|ANNEX|Schedule|SCHEDULE)"
                    + "\\h+[IVXLC\\d]++[A-Z]?+)" + CITED_NOT_HEADED
                    // A state code's section set bare, as a bill adds it: "22757.12. (a) A large frontier developer".
                    + "|" + CODE_SECTION + "(?=\\h+[A-Z(])"
                    // A numbered subsection, "4.1.  Developing Guidelines" in an executive order's Sec. 4
                    // (its label extends the section's only there; see LabelTracker).
                    + "|" + SUBSECTION + "(?=\\h+\\p{Lu})"
                    + "|" + NistIdentifier.SUBCATEGORY
                    + "|" + NistIdentifier.AI_RMF_SUBCATEGORY
                    + "|" + NistIdentifier.CONTROL + "(?=[ \\t:.])"
                    // A memorandum's parts: "I. OVERVIEW", "IV. AGENCY ACTIONS", a roman numeral before a heading in capitals.
                    + "|[IVX]{1,5}\\.(?=[ \\t]+[A-Z][A-Z0-9 ,'’&()/-]{2,}[ \\t]*$)"
                    + "|" + ChineseDrafting.DIVISION + ")",
            Pattern.MULTILINE);
    /** A Markdown heading in a plain text file; a Markdown file's headings come marked ({@link MarkdownBlocks}). */
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^[ \\t]*#{1,6}[ \\t]+\\S", Pattern.MULTILINE);
    /** A paragraph marker in brackets: "(a)", "(12)", "(iv)", "(B)". */
    private static final String BRACKETED_MARK = "\\((?:[a-z]{1,2}|\\d{1,3}|[ivxl]{1,6}|[A-Z])\\)";
    /**
     * A paragraph marker at the start of a line, with any markers run on after it ("(iii)(A) Worldwide
     * license requirement."), in the second group.
     */
    private static final Pattern PARAGRAPH = Pattern.compile(
            "^\\h*(" + BRACKETED_MARK + "|\\d{1,3}\\.(?=\\h+[A-Z(])|" + ChineseDrafting.ITEM + ")"
                    + "((?:" + BRACKETED_MARK + ")*+)",
            Pattern.MULTILINE);
    /**
     * What follows a run of markers that heads a paragraph, "(a)(1) Eligible end-users": a capital, a quote or
     * another marker. Anything else, "(a)(9)(ii)(A) to read as follows:" or "(a)(2), (b) and (f)", is a
     * reference the line wrap put at the start of a line.
     */
    private static final Pattern HEADED_RUN_END = Pattern.compile("\\h+[\\p{Lu}“\"(]");
    /**
     * An act's closing formula, "Done at Brussels, 13 June 2024.": the signatures follow, and in EUR-Lex's
     * pages the notes to the enacting terms, "(1) OJ C 517, 22.12.2021, p. 56.", before any annex.
     */
    private static final Pattern CLOSING_FORMULA = Pattern.compile(
            "^\\h*Done at \\p{Lu}[\\p{L}\\h-]*,\\h+\\d{1,2}\\h+\\p{L}+\\h+\\d{4}\\.", Pattern.MULTILINE);
    /**
     * A Federal Register rule's amendatory instruction, "7. Section 740.8 is amended by revising ...", "13.
     * Revise § 744.23(a)(3)(i) to read as follows:", "10. The authority citation for part 742 continues to
     * read as follows:". Numbered through the whole rule, they stand between the sections they amend.
     */
    private static final Pattern AMENDATORY_INSTRUCTION = Pattern.compile(
            "^\\h*\\d{1,3}\\.\\h+(?:The authority citation\\b|(?:Add|Amend|Revise|Remove|Redesignate)\\h"
                    + "|(?:Sections?|§§?|Supplement|Part|Appendix)\\b[^\\n]{0,160}?\\b(?:is|are)\\h+"
                    + "(?:amended|added|revised|removed|redesignated)\\b)",
            Pattern.MULTILINE);
    /** Dot leaders and a page number at the end of a line: a table of contents' entry. */
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("(?:\\.\\h?){4,}\\h*\\d{1,4}\\h*$");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n");
    /** How far after its mark a section's title may run before its first paragraph's marker. */
    private static final int TITLE_REACH = 300;
    private static final Pattern TITLE_FULL_STOP = Pattern.compile("\\.(?=[\\h\\n]|$)");
    private static final Pattern HAS_TITLE = Pattern.compile("\\p{L}");
    private static final Pattern INLINE_FIRST_PARAGRAPH =
            Pattern.compile("(?:^|(?<=[.:]))\\h*(\\((?:a|1)\\))(?=[\\h\\n]+[\\p{Lu}(“\"])");

    public List<Provision> segment(String text, List<Span> headings) {
        List<Boundary> boundaries = findBoundaries(text, headings);
        List<Provision> provisions = new ArrayList<>();
        LabelTracker labels = new LabelTracker();
        String sectionHeading = "";
        String titledHeading = "";
        for (int i = 0; i < boundaries.size(); i++) {
            Boundary boundary = boundaries.get(i);
            int end = i + 1 < boundaries.size() ? boundaries.get(i + 1).offset : text.length();
            String label = labels.next(boundary, i + 1 < boundaries.size() ? boundaries.get(i + 1).mark : "");
            Span whole = trim(text, boundary.offset, end);
            if (boundary.kind == BoundaryKind.SECTION && ChineseDrafting.isArticle(boundary.mark)) {
                // A Chinese article has no title: its first line is its first paragraph. The chapter (or
                // whatever heading comes before it) says what it is about.
                sectionHeading = titledHeading;
            } else if (boundary.kind == BoundaryKind.CLOSING) {
                // The notes after an act's closing formula are about its articles, not about the formula.
                sectionHeading = "";
                titledHeading = "";
            } else if (boundary.kind != BoundaryKind.PARAGRAPH && boundary.kind != BoundaryKind.START) {
                sectionHeading = headingOf(text, whole, boundary);
                titledHeading = sectionHeading;
            }
            for (Span piece : cutLong(text, whole)) {
                if (piece.length() > 0) {
                    // A paragraph, and every piece of a long section, carries its section's heading: "(a)"
                    // alone says little of what it is about.
                    String heading = boundary.kind == BoundaryKind.START ? "" : sectionHeading;
                    provisions.add(new Provision(provisions.size(), label, heading, piece));
                }
            }
        }
        return provisions;
    }

    private List<Boundary> findBoundaries(String text, List<Span> headings) {
        List<Boundary> found = new ArrayList<>();
        found.add(new Boundary(0, BoundaryKind.START, ""));
        for (Span heading : headings) {
            Matcher section = SECTION.matcher(text).region(heading.start(), heading.end());
            found.add(section.lookingAt()
                    ? new Boundary(lineStart(text, heading.start()), BoundaryKind.SECTION, section.group(1))
                    : new Boundary(lineStart(text, heading.start()), BoundaryKind.HEADING, ""));
        }
        List<MatchResult> sections = SECTION.matcher(text).results()
                .filter(section -> !isContentsEntry(text, section.end())).toList();
        for (int i = 0; i < sections.size(); i++) {
            addSection(text, sections.get(i), i + 1 < sections.size() ? sections.get(i + 1).start() : text.length(), found);
        }
        Matcher markdown = MARKDOWN_HEADING.matcher(text);
        while (markdown.find()) {
            found.add(new Boundary(markdown.start(), BoundaryKind.HEADING, ""));
        }
        found.addAll(OutlineHeadings.find(text));
        Matcher closing = CLOSING_FORMULA.matcher(text);
        while (closing.find()) {
            found.add(new Boundary(closing.start(), BoundaryKind.CLOSING, ""));
        }
        Matcher instruction = AMENDATORY_INSTRUCTION.matcher(text);
        while (instruction.find()) {
            found.add(new Boundary(instruction.start(), BoundaryKind.INSTRUCTION, ""));
        }
        Matcher paragraph = PARAGRAPH.matcher(text);
        while (paragraph.find()) {
            String runOn = paragraph.group(2);
            if (runOn.isEmpty() || HEADED_RUN_END.matcher(text).region(paragraph.end(), text.length()).lookingAt()) {
                found.add(new Boundary(paragraph.start(), BoundaryKind.PARAGRAPH, paragraph.group(1), runOn));
            }
        }
        found.sort((a, b) -> a.offset != b.offset ? Integer.compare(a.offset, b.offset)
                : Integer.compare(a.kind.ordinal(), b.kind.ordinal()));
        // One boundary per offset, the first of: a section mark, an outline heading, an amendatory instruction,
        // a closing formula, a bare heading, a paragraph marker.
        List<Boundary> distinct = new ArrayList<>();
        for (Boundary boundary : found) {
            if (distinct.isEmpty() || distinct.get(distinct.size() - 1).offset != boundary.offset) {
                distinct.add(boundary);
            } else if (boundary.kind == BoundaryKind.SECTION || boundary.kind == BoundaryKind.OUTLINE) {
                distinct.set(distinct.size() - 1, boundary);
            }
        }
        return distinct;
    }

    /**
     * Whether a section mark's line is an entry of a table of contents, "GOVERN 1.1 .......... 4": the
     * section itself comes later, and its mark there is the one that labels it.
     */
    static boolean isContentsEntry(String text, int markEnd) {
        int lineEnd = text.indexOf('\n', markEnd);
        return CONTENTS_ENTRY.matcher(text).region(markEnd, lineEnd < 0 ? text.length() : lineEnd).find();
    }

    /**
     * A section mark, and the paragraph marker its heading runs on into, right after the mark or the title's
     * full stop: "4.1.  Developing Guidelines.  (a)  Within 270 days ...", "22757.12. (a) A large frontier
     * developer shall ...". After a title the paragraph is a provision of its own, cited as the section's
     * "(a)"; after a bare number it is all the section has, so the section's provision holds it and keeps the
     * section's label. Either way the marker opens the list, so "(b)" on a later line is read as its sibling.
     * A heading is read to its paragraph's end, as far as a title reaches: a converted page sets "Sec.", "2."
     * and a title on lines of their own before "(a)".
     */
    private static void addSection(String text, MatchResult section, int nextSection, List<Boundary> found) {
        int markEnd = section.end();
        Matcher inline = INLINE_FIRST_PARAGRAPH.matcher(text)
                .region(markEnd, Math.min(headingEnd(text, markEnd), nextSection)).useTransparentBounds(true);
        if (!inline.find()) {
            found.add(new Boundary(section.start(), BoundaryKind.SECTION, section.group(1)));
        } else if (HAS_TITLE.matcher(text).region(markEnd, inline.start(1)).find()) {
            found.add(new Boundary(section.start(), BoundaryKind.SECTION, section.group(1)));
            found.add(new Boundary(inline.start(1), BoundaryKind.PARAGRAPH, inline.group(1)));
        } else {
            found.add(new Boundary(section.start(), BoundaryKind.SECTION, section.group(1), inline.group(1)));
        }
    }

    /**
     * How far a section's heading reaches: to the end of the line on which its title ends (its first full
     * stop), and never past a blank line or {@link #TITLE_REACH}; the caller stops it at the next section's
     * mark as well, so that a title ending in a colon does not run on into the next section's "(a)".
     */
    private static int headingEnd(String text, int markEnd) {
        int limit = Math.min(text.length(), markEnd + TITLE_REACH);
        Matcher paragraphBreak = PARAGRAPH_BREAK.matcher(text).region(markEnd, limit);
        if (paragraphBreak.find()) {
            limit = paragraphBreak.start();
        }
        Matcher title = HAS_TITLE.matcher(text).region(markEnd, limit);
        if (!title.find()) {
            return limit;
        }
        Matcher fullStop = TITLE_FULL_STOP.matcher(text).region(title.start(), limit);
        int lineEnd = fullStop.find() ? text.indexOf('\n', fullStop.start()) : -1;
        return lineEnd < 0 ? limit : Math.min(lineEnd, limit);
    }

    private static List<Span> cutLong(String text, Span span) {
        if (span.length() <= MAX_CHARS) {
            return List.of(span);
        }
        List<Span> pieces = new ArrayList<>();
        int start = span.start();
        while (span.end() - start > MAX_CHARS) {
            int cut = lastBreakBefore(text, start, start + MAX_CHARS);
            pieces.add(trim(text, start, cut));
            start = cut;
        }
        pieces.add(trim(text, start, span.end()));
        return pieces;
    }

    /**
     * The last paragraph break, else sentence end (English or Chinese), else space, in the window; never cuts
     * a word in two.
     */
    private static int lastBreakBefore(String text, int from, int limit) {
        int floor = from + MAX_CHARS / 4;
        Matcher paragraph = PARAGRAPH_BREAK.matcher(text).region(floor, limit);
        int cut = -1;
        while (paragraph.find()) {
            cut = paragraph.end();
        }
        if (cut > 0) {
            return cut;
        }
        for (int i = limit - 1; i > floor; i--) {
            char previous = text.charAt(i - 1);
            if ((previous == '.' || previous == ';') && Character.isWhitespace(text.charAt(i))
                    || ChineseDrafting.endsSentence(previous)) {
                return i;
            }
        }
        for (int i = limit - 1; i > floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return limit;
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private static String headingOf(String text, Span piece, Boundary boundary) {
        if (boundary.kind == BoundaryKind.PARAGRAPH || boundary.kind == BoundaryKind.START) {
            return "";
        }
        boolean markOverLines = boundary.mark.indexOf('\n') >= 0;
        int lineEnd = markOverLines ? titleEnd(text, piece.start(), boundary) : text.indexOf('\n', piece.start());
        String line = text.substring(piece.start(), lineEnd < 0 || lineEnd > piece.end() ? piece.end() : lineEnd);
        if (markOverLines) {
            line = line.replaceAll("[\\h\\n]+", " ");
        }
        line = line.replaceAll("^[#*\\s]+|[*\\s]+$", "");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    /**
     * Where the title of a section whose mark is set over lines ends ("Sec.\n3.\n Secure Frontier Model\n
     * Deployment.  Within 60 days"): at the first full stop after the number's line, or that line's end.
     */
    private static int titleEnd(String text, int start, Boundary boundary) {
        int numberLineEnd = text.indexOf('\n', text.indexOf(boundary.mark, start) + boundary.mark.length());
        if (numberLineEnd < 0) {
            return text.length();
        }
        Matcher fullStop = TITLE_FULL_STOP.matcher(text)
                .region(numberLineEnd, Math.min(text.length(), numberLineEnd + TITLE_REACH));
        return fullStop.find() ? fullStop.end() : numberLineEnd;
    }

    private static int lineStart(String text, int offset) {
        int newline = text.lastIndexOf('\n', Math.max(0, offset - 1));
        return newline < 0 ? 0 : Math.min(offset, newline + 1);
    }

    enum BoundaryKind { START, SECTION, OUTLINE, INSTRUCTION, CLOSING, HEADING, PARAGRAPH }

    /**
     * {@code opens}: the paragraph a section's own line begins after its mark or title, or the markers run
     * on after a paragraph's own ("(A)" of "(iii)(A)"); "" if none.
     */
    record Boundary(int offset, BoundaryKind kind, String mark, String opens) {
        Boundary(int offset, BoundaryKind kind, String mark) {
            this(offset, kind, mark, "");
        }
    }
}
