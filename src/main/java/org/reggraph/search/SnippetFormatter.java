package org.reggraph.search;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Snippets as HTML: matches in {@code <mark>}, text escaped, passages joined by an ellipsis, and the text's
 * layout whitespace folded. A provision's stored text keeps every character of its document so that offsets
 * stay exact, which for a PDF means a line break wherever the page's line ended and for a table-laid page
 * (EUR-Lex puts "(b)" and its sentence in two cells) blank lines and runs of indentation in the middle of a
 * sentence. A snippet is a preview, so a run that breaks a line before a word in lower case (the sentence goes
 * on) becomes one space, or nothing after a hyphenated word's first half ("re-" and "exporters"); a run that
 * breaks a line before anything else (a heading, a list item, a new sentence) becomes one line break; any
 * other run (or a tab) one space. A lone no-break space stays: it binds "Article" to its number.
 */
final class SnippetFormatter extends PassageFormatter {
    private static final String MARK = "<mark>";
    private final DefaultPassageFormatter html = new DefaultPassageFormatter(MARK, "</mark>", " … ", true);

    @Override
    public String format(Passage[] passages, String content) {
        return tidy(html.format(passages, content));
    }

    /** The first characters of a text with no match to show, escaped and folded like a snippet. */
    static String prefix(String text) {
        String prefix = text.length() > 300 ? text.substring(0, 300) + " …" : text;
        return tidy(prefix.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"));
    }

    /** One pass over the text: a regular expression over long runs of spaces would backtrack on each. */
    static String tidy(String snippet) {
        String text = snippet.strip();
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            boolean breaksLine = false;
            while (end < text.length() && isSpace(text.charAt(end))) {
                breaksLine |= isLineBreak(text.charAt(end));
                end++;
            }
            if (breaksLine && continuesSentence(text, end)) {
                if (!afterHyphenatedWord(out)) {
                    out.append(' ');
                }
            } else {
                // A lone space or no-break space stays as written; a tab, a form feed or a run becomes one space.
                boolean lone = end - i == 1 && (c == ' ' || !Character.isWhitespace(c));
                out.append(breaksLine ? '\n' : lone ? c : ' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** Whether the text from {@code at} starts with a word in lower case, marked or not. */
    private static boolean continuesSentence(String text, int at) {
        int word = text.startsWith(MARK, at) ? at + MARK.length() : at;
        return word < text.length() && Character.isLowerCase(text.codePointAt(word));
    }

    private static boolean afterHyphenatedWord(StringBuilder out) {
        int length = out.length();
        return length >= 2 && out.charAt(length - 1) == '-' && Character.isLetter(out.charAt(length - 2));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }
}
