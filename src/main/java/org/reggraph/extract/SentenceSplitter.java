package org.reggraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import org.reggraph.model.Span;

/**
 * Cuts plain text into sentences and list items, aware of how legal text is printed. Parsed PDFs and
 * hard-wrapped Markdown break lines inside sentences, so a line break ends a sentence only after terminal
 * punctuation, before a list marker or heading, or after a short heading-like line. A period ends a sentence
 * unless it closes a legal abbreviation ("U.S.C.", "Sec.", "e.g.", "No.") or a section number, or the next
 * word starts in lower case. EUR-Lex prints a list marker alone on its line; it is folded into the item. A
 * heading the format marked (an HTML {@code <h2>}, a Markdown {@code ##} line) is a block of its own: it
 * joins neither the line before it nor the one after it, however long it is and however it ends.
 * Longer than most classes because line joining and period handling share the abbreviation rules.
 */
final class SentenceSplitter {
    /** Lines shorter than this that lack terminal punctuation read as headings, not wrapped text. */
    private static final int HEADING_LINE_LENGTH = 45;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "u.s", "u.s.c", "u.k", "e.u", "sec", "secs", "no", "nos", "e.g", "i.e", "inc", "corp", "co", "ltd",
            "mr", "ms", "mrs", "dr", "st", "jr", "vs", "v", "art", "arts", "para", "paras", "p", "pp", "pub",
            "stat", "fed", "reg", "e.o", "c.f.r", "rev", "vol", "dept", "approx", "cf", "seq", "ch", "subch", "supp",
            "fig", "figs", "eq", "ref", "cong", "sess", "h.r", "ord", "cl", "pt", "subpt", "et", "al", "ca",
            "govt", "gov", "admin", "l", "s", "a.m", "p.m", "resp", "esp");

    /**
     * Months, abbreviated as "Apr." in dates; written in capitals they are acronyms that end sentences ("the
     * reporting requirements of the APR. For each activity ...": the Additional Protocol Regulations).
     */
    private static final Set<String> MONTHS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** Words after which a number and its period name a provision ("Sec. 4.1."), not a sentence end. */
    private static final Set<String> NUMBERED_WORDS = Set.of(
            "sec", "section", "article", "art", "no", "nos", "§", "§§", "part", "rule", "chapter", "title",
            "figure", "fig", "table", "step", "paragraph", "para", "annex", "appendix", "subpart");

    /** {@code headings}: the spans of the text's marked headings, in text order. */
    List<Sentence> split(String text, List<Span> headings) {
        List<Sentence> sentences = new ArrayList<>();
        int nextHeading = 0;
        int previousHeading = -1;
        int blockStart = -1;
        int blockEnd = -1;
        String blockMarker = null;
        String pendingMarker = null;
        int previousLineStart = -1;
        int previousLineEnd = -1;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            int contentStart = skipSpace(text, lineStart, lineEnd);
            int contentEnd = trimEnd(text, contentStart, lineEnd);
            if (contentStart < contentEnd) {
                String line = text.substring(contentStart, contentEnd);
                if (isMarkerOnly(line)) {
                    if (blockStart >= 0) {
                        splitBlock(text, blockStart, blockEnd, blockMarker, sentences);
                    }
                    blockStart = -1;
                    pendingMarker = line;
                } else {
                    while (nextHeading < headings.size() && headings.get(nextHeading).end() <= contentStart) {
                        nextHeading++;
                    }
                    int heading = nextHeading < headings.size() && headings.get(nextHeading).start() < contentEnd
                            ? nextHeading : -1;
                    boolean join = blockStart >= 0 && pendingMarker == null && heading == previousHeading
                            && !breaksBetween(text, previousLineStart, previousLineEnd, line);
                    previousHeading = heading;
                    if (join) {
                        blockEnd = contentEnd;
                    } else {
                        if (blockStart >= 0) {
                            splitBlock(text, blockStart, blockEnd, blockMarker, sentences);
                        }
                        blockStart = contentStart;
                        blockEnd = contentEnd;
                        blockMarker = pendingMarker;
                        pendingMarker = null;
                    }
                    previousLineStart = contentStart;
                    previousLineEnd = contentEnd;
                }
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        if (blockStart >= 0) {
            splitBlock(text, blockStart, blockEnd, blockMarker, sentences);
        }
        return headings.isEmpty() ? sentences : markHeadings(sentences, headings);
    }

    private static List<Sentence> markHeadings(List<Sentence> sentences, List<Span> headings) {
        List<Sentence> marked = new ArrayList<>(sentences.size());
        int heading = 0;
        for (Sentence sentence : sentences) {
            while (heading < headings.size() && headings.get(heading).end() <= sentence.span().start()) {
                heading++;
            }
            boolean within = heading < headings.size() && headings.get(heading).contains(sentence.span());
            marked.add(within ? sentence.asHeading() : sentence);
        }
        return marked;
    }

    private static boolean isMarkerOnly(String line) {
        Matcher marker = ListMarker.matchAtStart(line);
        return marker.find() && marker.end() == line.length() && !line.equals("-") && !line.equals("*");
    }

    private static boolean breaksBetween(String text, int previousStart, int previousEnd, String line) {
        String previous = text.substring(previousStart, previousEnd);
        char last = lastSignificantChar(previous);
        if (last == ':' || last == ';' || last == '!' || last == '?') {
            return true;
        }
        if (last == '.') {
            return !isAbbreviationBefore(text, lastPeriod(text, previousStart, previousEnd));
        }
        if (startsStructure(line) || previous.startsWith("#") || previous.startsWith("|")) {
            return true;
        }
        return previous.length() < HEADING_LINE_LENGTH && last != ',' && last != '-' && last != '('
                && !Character.isLowerCase(line.charAt(0));
    }

    private static boolean startsStructure(String line) {
        return line.startsWith("#") || line.startsWith("|") || line.startsWith(">")
                || ListMarker.matchAtStart(line).find();
    }

    private static char lastSignificantChar(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if ("\"”’')]*_".indexOf(c) < 0) {
                return c;
            }
        }
        return ' ';
    }

    private static int lastPeriod(String text, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            if (text.charAt(i) == '.') {
                return i;
            }
        }
        return start;
    }

    private void splitBlock(String text, int start, int end, String marker, List<Sentence> out) {
        int sentenceStart = start;
        boolean first = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && endsSentence(text, i, end)) {
                int close = i + 1;
                while (close < end && "\"”’')]*".indexOf(text.charAt(close)) >= 0) {
                    close++;
                }
                emit(text, sentenceStart, close, first ? marker : null, out);
                first = false;
                sentenceStart = close;
                i = close - 1;
            }
        }
        emit(text, sentenceStart, end, first ? marker : null, out);
    }

    private static boolean endsSentence(String text, int period, int end) {
        int next = period + 1;
        while (next < end && "\"”’')]*".indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        if (next >= end || !isSpace(text.charAt(next))) {
            return false;
        }
        int word = skipSpace(text, next, end);
        if (word >= end) {
            return false;
        }
        char start = text.charAt(word);
        if (Character.isLowerCase(start) || start == ',' || start == ';') {
            return false;
        }
        return text.charAt(period) != '.' || !isAbbreviationBefore(text, period);
    }

    private static boolean isAbbreviationBefore(String text, int period) {
        int tokenStart = period;
        while (tokenStart > 0 && !isSpace(text.charAt(tokenStart - 1)) && "(\"“‘[".indexOf(text.charAt(tokenStart - 1)) < 0) {
            tokenStart--;
        }
        String token = text.substring(tokenStart, period).replaceAll("^[*_]+|[*_]+$", "");
        if (token.isEmpty()) {
            return false;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower) || (token.length() == 1 && Character.isUpperCase(token.charAt(0)))) {
            return true;
        }
        if (MONTHS.contains(lower)) {
            return !token.equals(token.toUpperCase(Locale.ROOT));
        }
        if (token.matches("(?:[A-Za-z]{1,3}\\.)+[A-Za-z]{1,3}")) {
            return true;
        }
        if (token.matches("[\\dIVXivx]+(?:\\.\\d+)*[a-z]?")) {
            String wordBefore = wordBefore(text, tokenStart).toLowerCase(Locale.ROOT).replaceAll("[*_.]", "");
            return NUMBERED_WORDS.contains(wordBefore);
        }
        return false;
    }

    private static String wordBefore(String text, int position) {
        int end = position;
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !isSpace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    private static void emit(String text, int start, int end, String marker, List<Sentence> out) {
        int s = skipSpace(text, start, end);
        int e = trimEnd(text, s, end);
        if (s >= e) {
            return;
        }
        String itemMarker = marker;
        if (itemMarker == null) {
            Matcher atStart = ListMarker.matchAtStart(text.substring(s, e));
            if (atStart.find()) {
                itemMarker = atStart.group();
            }
        }
        out.add(new Sentence(new Span(s, e), itemMarker));
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int trimEnd(String text, int from, int to) {
        int i = to;
        while (i > from && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
