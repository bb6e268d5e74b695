package org.reggraph.index.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * Decides which text is analysed as Chinese.
 *
 * <p>A document's declared language wins ({@code dcterms:language} from the manifest, the file's metadata or
 * the HTML {@code lang}): any {@code zh} tag ({@code zh}, {@code zh-CN}, {@code zh-Hant}, ...) means Chinese,
 * any other tag means not. When nothing was declared, the text itself decides: it is Chinese when at least
 * {@link #MIN_HAN_SHARE} of its letters are CJK ideographs (Unicode script Han) and almost none are kana,
 * since Japanese also writes with ideographs but always mixes in hiragana or katakana. Korean is written in
 * Hangul, another script, so it never passes. No statistics, no model: a share of scripts is enough to tell
 * a Chinese measure from an English one, and it is explainable in one sentence.
 */
public final class ChineseText {
    /** Share of letters that are Han ideographs from which undeclared text counts as Chinese. */
    static final double MIN_HAN_SHARE = 0.3;
    /** Share of letters that are kana above which ideographic text is taken for Japanese instead. */
    static final double MAX_KANA_SHARE = 0.05;

    /** Primary language subtags meaning Chinese: ISO 639-1, both ISO 639-2 codes, Mandarin, Cantonese. */
    private static final Set<String> CHINESE_SUBTAGS = Set.of("zh", "zho", "chi", "cmn", "yue");

    private ChineseText() {
    }

    /** Whether a provision, whose document declared {@code languageTag} (null when silent), is Chinese. */
    public static boolean isChinese(String languageTag, CharSequence text) {
        return languageTag == null || languageTag.isBlank() ? looksChinese(text) : isChineseTag(languageTag);
    }

    /** Whether a language tag such as {@code zh-CN} names Chinese. */
    public static boolean isChineseTag(String languageTag) {
        String primary = languageTag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return CHINESE_SUBTAGS.contains(primary);
    }

    /** Whether undeclared text reads as Chinese by its share of scripts (see the class comment). */
    public static boolean looksChinese(CharSequence text) {
        int letters = 0;
        int han = 0;
        int kana = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            i += Character.charCount(codePoint);
            if (!Character.isLetter(codePoint)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            if (script == Character.UnicodeScript.HAN) {
                han++;
            } else if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                kana++;
            }
        }
        return han > 0 && han >= MIN_HAN_SHARE * letters && kana <= MAX_KANA_SHARE * letters;
    }

    /** Whether the text holds at least one CJK ideograph: a query that does is also searched in Chinese. */
    public static boolean containsHan(CharSequence text) {
        return text.codePoints()
                .anyMatch(codePoint -> Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN);
    }
}
