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
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern LINE_BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s+[^<>]*)?/?>");
    /** CommonMark: a backslash before ASCII punctuation escapes it. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");

    private MarkdownMarkup() {
    }

    static boolean isMarkdown(String mediaType) {
        return mediaType != null && (mediaType.equals("text/markdown") || mediaType.equals("text/x-web-markdown"));
    }

    static String strip(String markdown) {
        String text = markdown;
        if (text.indexOf('<') >= 0) {
            text = COMMENT.matcher(text).replaceAll("");
            text = LINE_BREAK.matcher(text).replaceAll(" ");
            text = TAG.matcher(text).replaceAll("");
        }
        return text.indexOf('\\') >= 0 ? ESCAPE.matcher(text).replaceAll("$1") : text;
    }
}
