package org.reggraph.ingest;

import java.util.regex.Pattern;

/**
 * Removes the markup a Markdown file carries inline that no reader sees: HTML tags and comments (raw HTML is
 * part of Markdown) and backslash escapes. Pages converted from the web keep both: the White House writes an
 * order's section marks as {@code <span style="text-decoration: underline">Sec</span>. <span ...>3</span>} and
 * its paragraph marks as {@code \(b\)}, which kept "Sec. 3" and "(b)" from starting anything. A tag or comment
 * goes; a line break tag, which stands between words, becomes a space; an escaped character stands for itself.
 * An autolink ({@code <https://...>}) is not a tag and stays.
 */
final class MarkdownMarkup {
    private static final Pattern LINE_BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s+[^<>]*)?/?>");
    /** CommonMark: a backslash before ASCII punctuation escapes it. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");

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

    static String strip(String markdown) {
        String text = markdown;
        if (text.indexOf('<') >= 0) {
            text = withoutComments(text);
            text = LINE_BREAK.matcher(text).replaceAll(" ");
            text = TAG.matcher(text).replaceAll("");
        }
        return text.indexOf('\\') >= 0 ? ESCAPE.matcher(text).replaceAll("$1") : text;
    }
}
