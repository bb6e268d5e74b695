package org.reggraph.ingest;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reggraph.model.Span;

/**
 * Removes the markup a Markdown file carries inline that no reader sees: HTML tags and comments (raw HTML is
 * part of Markdown), links and images, emphasis, and backslash escapes. Pages converted from the web keep
 * them: the White House writes an order's section marks as {@code <span style="text-decoration: underline">Sec</span>.
 * <span ...>3</span>} and its paragraph marks as {@code \(b\)}, which kept "Sec. 3" and "(b)" from starting
 * anything; its fact sheets set their points in {@code **bold**} with {@code [links](https://...)}, and PDFs
 * converted to Markdown carry footnote links ({@code holders.[2](#page-2-0)}) and figure images, all of which
 * showed in snippets and were searched as words. A tag or comment goes; a line break tag, which stands
 * between words, becomes a space; a link or image keeps its text and loses its address, and a footnote's
 * link to the page's own anchor goes whole; emphasis marks go; an escaped character stands for itself. An
 * autolink ({@code <https://...>}) is not a tag and stays. A table a PDF converter wrapped line by line is
 * read by column ({@link WrappedTables}); headings, underlines and breaks set on whole lines are read last,
 * and escapes resolved line by line after them ({@link MarkdownBlocks}).
 */
final class MarkdownMarkup {
    private static final Pattern LINE_BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s+[^<>]*)?/?>");
    /**
     * {@code [text](address "title")} or {@code ![alt](address)}; the text may hold escaped brackets
     * ({@code [\[1\]](...)}) and run over a line break within its paragraph (the fact sheets wrap at 72
     * columns), the address one level of parentheses. Neither holds a bare bracket, so each bracket starts at
     * most one short scan: a paragraph of unclosed links costs its length, not its square.
     */
    private static final Pattern LINK = Pattern.compile(
            "!?\\[((?:\\\\.|[^\\[\\]\\\\\\n]|\\n(?!\\h*\\n))*+)\\]\\(((?:[^()\\[\\]\\s]|\\([^()\\[\\]\\s]*+\\))*+)"
                    + "(?:\\h+\"[^\"\\n]*+\")?\\)");
    /** A footnote's mark, "2" or "[2]" or "*", linked to an anchor of the page itself. */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("(?:\\\\?\\[)?[\\d*†]{1,4}(?:\\\\?\\])?");
    /**
     * An emphasis mark, {@code *} or {@code **}: opening before a word (not after one, not escaped) or closing
     * after one (not before one). A list's bullet ("* item"), a rule ("***") and "3 * 4" are neither.
     */
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![\\\\*\\w])\\*{1,2}(?=[^\\s*])|(?<=[^\\s*\\\\])\\*{1,2}(?![*\\w])");

    /** A Markdown page read as plain text, with the spans of the headings it marked. */
    record MarkdownText(String text, List<Span> headings) {
        MarkdownText {
            headings = List.copyOf(headings);
        }
    }

    private MarkdownMarkup() {
    }

    /**
     * Comments found by search rather than by a lazy pattern, which would scan to the end of the text from
     * every "<!--" that is never closed. An unclosed comment is left as text.
     */
    private static String withoutComments(String text) {
        int open = text.indexOf("<!--");
        if (open < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int from = 0;
        while (open >= 0) {
            int close = text.indexOf("-->", open + 4);
            if (close < 0) {
                break;
            }
            kept.append(text, from, open);
            from = close + 3;
            open = text.indexOf("<!--", from);
        }
        return kept.append(text, from, text.length()).toString();
    }

    static boolean isMarkdown(String mediaType) {
        return mediaType != null && (mediaType.equals("text/markdown") || mediaType.equals("text/x-web-markdown"));
    }

    static MarkdownText read(String markdown) {
        String text = markdown;
        if (text.indexOf('<') >= 0) {
            text = withoutComments(text);
            text = LINE_BREAK.matcher(text).replaceAll(" ");
            text = TAG.matcher(text).replaceAll("");
        }
        // After the line break tags: a wrapped table's cells hold them between the lines of one sentence.
        text = WrappedTables.read(text);
        if (text.indexOf('[') >= 0) {
            text = LINK.matcher(text).replaceAll(link -> Matcher.quoteReplacement(textOf(link)));
        }
        if (text.indexOf('*') >= 0) {
            text = EMPHASIS.matcher(text).replaceAll("");
        }
        return MarkdownBlocks.read(text);
    }

    /** What a link leaves in the text: its own text, unless it is a footnote's mark pointing into the page. */
    private static String textOf(MatchResult link) {
        boolean intoThePage = link.group(2).startsWith("#");
        return intoThePage && FOOTNOTE_MARK.matcher(link.group(1)).matches() ? "" : link.group(1);
    }
}
