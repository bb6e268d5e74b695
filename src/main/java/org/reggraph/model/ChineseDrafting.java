package org.reggraph.model;

/**
 * How Chinese laws and measures mark their structure, for the segmenter and the rule extractor: divisions are numbered in
 * Chinese numerals (sometimes Arabic digits) between 第 and a unit (编 part, 章 chapter, 节 section, 条
 * article), as in 第二章 or 第二十四条, and the items of an article in brackets, as in （三）.
 *
 * <p>Labels keep the document's own marks ({@code 第四条}, {@code 第四条（一）}) rather than translating them
 * to {@code Art. 4(1)}: they are what the text prints, what other Chinese texts cite, and what a reader of
 * the document types into the search box.
 */
public final class ChineseDrafting {
    private static final String NUMERAL = "(?:[〇零一二三四五六七八九十百千两]+|\\d+)";
    /**
     * A division mark opening a line. It must be followed by a space (often the ideographic space) or end the
     * line, so that a line that merely starts by citing an article ("第三条规定的...") does not start one.
     */
    public static final String DIVISION = "第" + NUMERAL + "[编章节条](?=[ \\t\\u3000]|$)";
    /** An item mark: a Chinese numeral in full-width or ASCII brackets. */
    public static final String ITEM = "[（(][〇零一二三四五六七八九十百]+[)）]";

    private ChineseDrafting() {
    }

    /** Whether a section mark is an article (条), the unit that holds the rules. */
    public static boolean isArticle(String mark) {
        return mark.startsWith("第") && mark.endsWith("条");
    }

    /** Whether a paragraph mark is a Chinese item such as （一）. */
    public static boolean isItem(String mark) {
        return mark.matches(ITEM);
    }

    /** Chinese ends sentences with full-width marks and no space after them. */
    public static boolean endsSentence(char c) {
        return c == '。' || c == '；' || c == '！' || c == '？';
    }
}
