package org.reggraph.search;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Snippets as HTML: matches in {@code <mark>}, text escaped, passages joined by an ellipsis, and the text's
 * layout whitespace folded. A provision's stored text keeps every character of its document so that offsets
 * stay exact, which for a table-laid page (EUR-Lex puts "(b)" and its sentence in two cells) means blank
 * lines and runs of indentation in the middle of a sentence; a snippet is a preview, so a run that breaks a
 * line becomes one line break and any other run (or a tab) one space. A lone no-break space stays: it binds
 * "Article" to its number.
 */
final class SnippetFormatter extends PassageFormatter {
    private final DefaultPassageFormatter html = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);

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
            // A lone space or no-break space stays as written; a tab, a form feed or a run becomes one space.
            boolean lone = end - i == 1 && (c == ' ' || !Character.isWhitespace(c));
            out.append(breaksLine ? '\n' : lone ? c : ' ');
            i = end;
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }
}
