package org.reggraph.search;

import java.util.regex.Pattern;
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
    private static final Pattern LINE_BREAKING_RUN = Pattern.compile("[\\s\\h]*[\\n\\r\\u2028\\u2029][\\s\\h]*");
    private static final Pattern RUN = Pattern.compile("[\\s\\h&&[^\\n]]{2,}|\\t");

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

    static String tidy(String snippet) {
        String lines = LINE_BREAKING_RUN.matcher(snippet.strip()).replaceAll("\n");
        return RUN.matcher(lines).replaceAll(" ");
    }
}
