package org.reggraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reggraph.model.Span;

/**
 * Reads the marks a Markdown page sets on whole lines: an ATX heading's {@code #} signs, a setext heading's
 * underline and a thematic break. They showed in the text as "## Department of Commerce Announces ..." and
 * "---", in snippets and in the reader. A heading keeps its words and becomes a span the segmenter starts a
 * provision at, as an HTML page's {@code <h2>} does; an underline or a break leaves an empty line, so the
 * paragraphs around it stay apart.
 *
 * <p>Backslash escapes are resolved here, line by line, once each line's marks are read: so {@code \# not a
 * heading} stays text, and a heading's span counts the characters left.
 */
final class MarkdownBlocks {
    /**
     * A heading line: its signs, then its words, then optional closing signs. Indentation is not counted as
     * CommonMark counts it (four spaces would make a code block): converted pages indent at will, and none
     * sets code.
     */
    private static final Pattern ATX_HEADING = Pattern.compile("^\\h*#{1,6}\\h+(.*?)(?:\\h+#+)?\\h*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(?:=+|-+)\\h*$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}(?:(?:\\*\\h*){3,}|(?:-\\h*){3,}|(?:_\\h*){3,})$");
    /** What opens a line that cannot be a setext heading's text: a list item, a quote, a table row, a heading. */
    private static final Pattern NOT_PARAGRAPH = Pattern.compile("^\\h*(?:[-*+>|#]|\\d{1,9}[.)](?:\\h|$))");

    /** CommonMark: a backslash before ASCII punctuation escapes it. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");

    private MarkdownBlocks() {
    }

    static MarkdownMarkup.MarkdownText read(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        List<Span> headings = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean underlined = i + 1 < lines.length && SETEXT_UNDERLINE.matcher(lines[i + 1]).matches()
                    && !line.isBlank() && !NOT_PARAGRAPH.matcher(line).find();
            Matcher atx = ATX_HEADING.matcher(line);
            if (underlined) {
                appendHeading(out, unescape(line.strip()), headings);
                out.append('\n');
                i++;
            } else if (atx.matches() && !atx.group(1).isEmpty()) {
                appendHeading(out, unescape(atx.group(1)), headings);
            } else if (!THEMATIC_BREAK.matcher(line).matches()) {
                out.append(unescape(line));
            }
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return new MarkdownMarkup.MarkdownText(out.toString(), headings);
    }

    private static String unescape(String line) {
        return line.indexOf('\\') >= 0 ? ESCAPE.matcher(line).replaceAll("$1") : line;
    }

    private static void appendHeading(StringBuilder out, String words, List<Span> headings) {
        headings.add(new Span(out.length(), out.length() + words.length()));
        out.append(words);
    }
}
