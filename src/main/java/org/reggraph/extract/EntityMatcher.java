package org.reggraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds names of known entities in text, leftmost-longest, without one giant regular expression: names are
 * indexed by their first word, so each word of the text costs one map lookup. Acronyms and one-word proper
 * names ("BIS", "China", "Commission") match case-sensitively, longer names case-insensitively; any run of
 * white space in the text matches the single space of a name, since parsed PDFs break lines anywhere.
 * Chinese writes no spaces between words, so a Chinese name (国家网信部门) is indexed by its first ideograph and
 * tried at every ideograph of the text, with no word boundary around it.
 */
final class EntityMatcher {
    record Match(KnownEntity entity, int start, int end) {
    }

    private record Name(String text, KnownEntity entity, boolean caseSensitive) {
    }

    private static final Map<EntityCatalog, EntityMatcher> BY_CATALOG = new ConcurrentHashMap<>();

    private final Map<String, List<Name>> byFirstWord = new HashMap<>();

    private EntityMatcher(List<KnownEntity> entities) {
        for (KnownEntity entity : entities) {
            for (String name : entity.names()) {
                add(new Name(name, entity, isCaseSensitive(name)));
            }
        }
        byFirstWord.values().forEach(names -> names.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed()));
    }

    static EntityMatcher forCatalog(EntityCatalog catalog) {
        return BY_CATALOG.computeIfAbsent(catalog, c -> new EntityMatcher(c.all()));
    }

    /** An extra matcher over names one document defines, such as its own acronyms. */
    static EntityMatcher of(List<KnownEntity> entities) {
        return new EntityMatcher(entities);
    }

    private void add(Name name) {
        String first = isHan(name.text().charAt(0)) ? name.text().substring(0, 1)
                : firstWord(name.text(), 0).toLowerCase(Locale.ROOT);
        if (!first.isEmpty()) {
            byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(name);
        }
    }

    private static boolean isCaseSensitive(String name) {
        return !name.contains(" ") && !name.equals(name.toLowerCase(Locale.ROOT));
    }

    List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            boolean han = isHan(text.charAt(i));
            if (!han && (!isWordChar(text.charAt(i)) || (i > 0 && isWordChar(text.charAt(i - 1))))) {
                i++;
                continue;
            }
            String first = han ? text.substring(i, i + 1) : firstWord(text, i);
            List<Name> candidates = byFirstWord.get(first.toLowerCase(Locale.ROOT));
            int matchedEnd = -1;
            if (candidates != null) {
                for (Name name : candidates) {
                    int end = matchAt(text, i, name);
                    if (end > 0) {
                        matches.add(new Match(name.entity(), i, end));
                        matchedEnd = end;
                        break;
                    }
                }
            }
            i = matchedEnd > 0 ? matchedEnd : i + Math.max(1, first.length());
        }
        return matches;
    }

    /** The end of {@code name} matched at {@code start}, or -1. */
    private static int matchAt(String text, int start, Name name) {
        int t = start;
        String n = name.text();
        for (int k = 0; k < n.length(); k++) {
            char expected = n.charAt(k);
            if (expected == ' ') {
                if (t >= text.length() || !SentenceSplitter.isSpace(text.charAt(t))) {
                    return -1;
                }
                while (t < text.length() && SentenceSplitter.isSpace(text.charAt(t))) {
                    t++;
                }
                continue;
            }
            if (t >= text.length() || !sameChar(text.charAt(t), expected, name.caseSensitive())) {
                return -1;
            }
            t++;
        }
        boolean boundary = t >= text.length() || !isWordChar(text.charAt(t))
                || !isWordChar(n.charAt(n.length() - 1)) || isHan(n.charAt(n.length() - 1));
        return boundary ? t : -1;
    }

    private static boolean sameChar(char actual, char expected, boolean caseSensitive) {
        if (actual == expected) {
            return true;
        }
        if ((actual == '’' && expected == '\'') || (actual == '\'' && expected == '’')) {
            return true;
        }
        return !caseSensitive && Character.toLowerCase(actual) == Character.toLowerCase(expected);
    }

    private static String firstWord(String text, int from) {
        int end = from;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** Below U+2E80 (CJK radicals) no character is an ideograph: one comparison for Latin text. */
    private static boolean isHan(char c) {
        return c >= '\u2E80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
