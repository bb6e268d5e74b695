package org.reggraph.search;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Expands names in a query to the other names of the same entity, as the graph's SKOS labels give them:
 * {@code BIS licence} becomes {@code (BIS OR "Bureau of Industry and Security"^0.333) licence}, a name of
 * several words weighted as one. Rewriting the query text, rather than the parsed query, keeps the user's
 * boolean logic intact. Quoted phrases and field-qualified terms are left as written: there the user asked
 * for exactly those words.
 */
public final class AliasExpander implements UnaryOperator<String> {
    /** Knows no names: rewrites nothing, finds nothing. */
    public static final AliasExpander NONE = new AliasExpander(List.of());

    private final List<Group> groups;

    /** One entity's names; acronyms match case-sensitively, longer names in any case. */
    public record Group(List<String> names) {
        public Group {
            names = List.copyOf(names);
        }
    }

    private static final Pattern FIELDED_TERM = Pattern.compile("\\w+:\\S+");
    /** How many of a name's first characters it is looked up by (see {@link #namesByStart}). */
    private static final int START_LENGTH = 3;

    /**
     * {@code folded} is the name lowercased char by char: a query that does not contain it, folded the same
     * way, cannot match the pattern, so most names are ruled out without running their regular expression.
     */
    private record Name(String text, Pattern pattern, Group group, String folded) {
    }

    private final List<Name> names = new ArrayList<>();
    /**
     * Where each name stands in {@link #names}, by the first {@link #START_LENGTH} characters of its folded form
     * (a shorter name by all of it): the names a text may hold are found from its own characters, not by trying
     * each of the store's thousands of names on it.
     */
    private final Map<String, List<Integer>> namesByStart = new HashMap<>();

    public AliasExpander(List<Group> groups) {
        this.groups = List.copyOf(groups);
        for (Group group : this.groups) {
            for (String name : group.names()) {
                boolean acronym = isAcronym(name);
                // Not inside a dotted or hyphenated identifier: "MT" (Montana) in the Privacy Framework's
                // "GV.MT-P1", "DE" in "ID.DE-P1". A hyphen before a name that is not joined to a word is
                // Lucene's NOT, and the name is still expanded.
                String boundary = "(?<![\\w:\"*.])(?<!\\w-)" + Pattern.quote(name) + "(?![\\w*~:^])(?![.-]\\w)";
                names.add(new Name(name, Pattern.compile(boundary, acronym ? 0 : Pattern.CASE_INSENSITIVE), group,
                        foldCase(name)));
            }
        }
        // Longest names first, so "Bureau of Industry and Security" wins over a shorter name inside it.
        names.sort(Comparator.comparingInt((Name name) -> name.text.length()).reversed());
        for (int i = 0; i < names.size(); i++) {
            String folded = names.get(i).folded;
            namesByStart.computeIfAbsent(folded.substring(0, Math.min(START_LENGTH, folded.length())),
                    start -> new ArrayList<>()).add(i);
        }
    }

    /** An acronym is short and mostly capitals ("BIS", "DoD", "AI RMF"): a name people search by. */
    public static boolean isAcronym(String name) {
        long capitals = name.chars().filter(Character::isUpperCase).count();
        return name.length() <= 8 && capitals >= 2 && capitals * 2 >= name.replace(" ", "").length();
    }

    /** Where a name of one of the groups stands in a text, and the group it names. */
    public record NameMatch(int start, int end, String written, Group group) {
    }

    @Override
    public String apply(String query) {
        StringBuilder out = new StringBuilder();
        int cursor = 0;
        for (NameMatch match : namesIn(query)) {
            out.append(query, cursor, match.start()).append(expansion(match.written(), match.group()));
            cursor = match.end();
        }
        return out.append(query.substring(cursor)).toString();
    }

    /**
     * The names standing in {@code text}, in the order they stand, none overlapping another (the longer
     * wins) nor inside double quotes or a field-qualified term.
     */
    public List<NameMatch> namesIn(String text) {
        if (names.isEmpty()) {
            return List.of();
        }
        String folded = foldCase(text);
        boolean[] written = namesWritten(folded);
        boolean[] protectedChars = null;
        List<NameMatch> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!written[i]) {
                continue;
            }
            Name name = names.get(i);
            if (protectedChars == null) {
                protectedChars = protectedRegions(text);
            }
            Matcher matcher = name.pattern.matcher(text);
            while (matcher.find()) {
                int start = matcher.start();
                int end = matcher.end();
                if (!protectedChars[start] && !overlaps(found, start, end)) {
                    found.add(new NameMatch(start, end, matcher.group(), name.group));
                }
            }
        }
        found.sort(Comparator.comparingInt(NameMatch::start));
        return found;
    }

    /**
     * Which names {@code folded} holds, folded the same way, by their place in {@link #names}: a necessary
     * condition for a name's pattern to match, found by looking up the text's own substrings.
     */
    private boolean[] namesWritten(String folded) {
        boolean[] written = new boolean[names.size()];
        for (int at = 0; at < folded.length(); at++) {
            for (int length = 1; length <= START_LENGTH && at + length <= folded.length(); length++) {
                for (int i : namesByStart.getOrDefault(folded.substring(at, at + length), List.of())) {
                    written[i] |= folded.startsWith(names.get(i).folded, at);
                }
            }
        }
        namesByStart.getOrDefault("", List.of()).forEach(i -> written[i] = true);
        return written;
    }

    private static String expansion(String written, Group group) {
        Set<String> alternatives = new LinkedHashSet<>();
        alternatives.add(written.contains(" ") ? phrase(written) : written);
        for (String other : group.names()) {
            if (!other.equalsIgnoreCase(written)) {
                alternatives.add(other.contains(" ") ? phrase(other.replace("\"", "")) : other);
            }
        }
        return alternatives.size() == 1 ? written : "(" + String.join(" OR ", alternatives) + ")";
    }

    /**
     * A name of several words as a phrase weighted as one word: BM25 scores a phrase with the sum of its
     * words' idf, so "Bureau of Industry and Security" unweighted would count three times what "BIS" does,
     * and a search for BIS would rank the Bureau's letterheads first. Words are counted as the analyzer
     * keeps them: split at what is neither letter nor digit, English stop words left out.
     */
    private static String phrase(String name) {
        long words = Arrays.stream(name.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .filter(word -> !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word.toLowerCase(Locale.ROOT)))
                .count();
        String quoted = "\"" + name + "\"";
        if (words <= 1) {
            return quoted;
        }
        BigDecimal weight = BigDecimal.ONE.divide(BigDecimal.valueOf(words), 3, RoundingMode.HALF_UP);
        return quoted + "^" + weight.stripTrailingZeros().toPlainString();
    }

    /** Characters inside double quotes, or in a term qualified by a field name, are left alone. */
    private static boolean[] protectedRegions(String query) {
        boolean[] marks = new boolean[query.length() + 1];
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            marks[i] = quoted || c == '"';
        }
        Matcher fielded = FIELDED_TERM.matcher(query);
        while (fielded.find()) {
            for (int i = fielded.start(); i < fielded.end(); i++) {
                marks[i] = true;
            }
        }
        return marks;
    }

    /**
     * Lowercases each char on its own, so the result has the query's length and any match of a name's
     * pattern (exact, or ignoring ASCII case) is a match of the folded name at the same place.
     */
    private static String foldCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static boolean overlaps(List<NameMatch> taken, int start, int end) {
        for (NameMatch range : taken) {
            if (start < range.end() && range.start() < end) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "AliasExpander(" + groups.size() + " entities)";
    }
}
