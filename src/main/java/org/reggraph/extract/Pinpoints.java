package org.reggraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reggraph.model.CitationType;

/**
 * The part of an instrument a citation names: "Article 9(1) of Regulation (EU) 2016/679", "section 4.1(a) of
 * Executive Order 14110", and a text's citations of its own parts ("referred to in Article 5", "section
 * 4.2(a) of this order"). Each pinpoint is labelled as the segmenter labels the instrument's provisions
 * ("Article 9(1)", "Sec. 4.1(a)"), so a citation lands on the provision that begins the part.
 */
final class Pinpoints {
    private static final String S = CitationPatterns.S;
    private static final String O = CitationPatterns.O;
    /**
     * An article, its paragraphs and a point, as EU acts write them: "Article 9(1)", "point (a) of Article
     * 6(1)", "Article 3, point (14)", "Article 5(1), first subparagraph, point (h)". Groups: 1 the point before,
     * 2 the whole article, 3 its number, 4 its paragraphs, 5 the point after. The point and subparagraph after
     * are possessive: a citation "Article 4, point (14), of Regulation ..." must not shrink to "Article 4".
     */
    private static final String ARTICLE = "(?:\\bpoint" + S + "\\(([a-z0-9]{1,3})\\)" + S + "of" + S + ")?"
            + "(\\bArticles?" + S + "(\\d{1,3}[a-z]?)((?:\\((?:\\d{1,3}[a-z]?|[a-z]{1,2})\\))*)"
            + "(?:," + O + "(?:first|second|third|fourth|fifth)" + S + "subparagraph)?+"
            + "(?:," + O + "point" + S + "\\(([a-z0-9]{1,3})\\))?+)";
    /** A section of an order or memorandum and its subsections: "4.2", "(a)", "(i)". */
    private static final String SECTION = "\\b(?:[Ss]ub)?(?:[Ss]ection|[Ss]ec\\.)" + S
            + "(\\d{1,2}(?:\\.\\d{1,2})*)((?:\\([a-z0-9]{1,5}\\))*)";

    /** A pinpoint ending just before the instrument it is part of: "Article 9(1) of ", "section 4.1(a) of ". */
    private static final Pattern ARTICLE_OF = Pattern.compile(ARTICLE + O + ",?" + S + "of" + S + "(?:the" + S + ")?$");
    private static final Pattern SECTION_OF = Pattern.compile(SECTION + S + "of" + S + "$");
    /** How far before an instrument's name its pinpoint may begin. */
    private static final int PINPOINT_WITHIN = 100;

    /** An article's number and paragraphs after the first in a list: "and 10(2)". */
    private static final String NUMBER = "(\\d{1,3}[a-z]?)((?:\\((?:\\d{1,3}[a-z]?|[a-z]{1,2})\\))*)";
    private static final String FURTHER_ARTICLES = "(?:(?:" + O + "," + O + "(?:and" + S + ")?|" + S + "(?:and|or|to)" + S + ")"
            + "\\d{1,3}[a-z]?(?:\\((?:\\d{1,3}[a-z]?|[a-z]{1,2})\\))*)*+";
    /**
     * Articles a text cites of itself, alone or in a list ("Articles 9 to 15", group 6): not followed by "of"
     * another instrument, "thereof" or a Treaty's name; an article number alone on its line is the article's
     * own heading, no citation.
     */
    private static final Pattern OWN_ARTICLES = Pattern.compile(ARTICLE + "(" + FURTHER_ARTICLES + ")"
            + "(?:" + S + "of" + S + "this" + S + "(?:Regulation|Directive|Decision)\\b"
            + "|(?!\\d|\\(|" + O + ",?" + S + "(?:of\\b|thereof\\b|TFEU|TEU)|" + O + "\\n))");
    private static final Pattern LISTED_ARTICLE = Pattern.compile(NUMBER);
    /**
     * After an article, another one of another act in the same breath: "Article 6(1), point (c), and
     * Article 6(3) of Regulation (EU) 2016/679" cites both of that act, and neither of the citing one.
     */
    private static final Pattern ANOTHER_ACTS_ARTICLE_NEXT = Pattern.compile("[^.;]{0,40}?\\b(?:and|or)" + S
            + "Articles?" + S + "\\d{1,3}[a-z]?(?:\\([0-9a-z]{1,3}\\))*" + O + ",?" + S + "of" + S + "(?!this\\b)");
    private static final Pattern OWN_SECTION = Pattern.compile(SECTION
            + "(?:" + S + "of" + S + "this" + S + "(order|memorandum|section|subsection)\\b|(?!\\w|\\(|\\.\\d|" + S + "of\\b))");
    /** A text that calls itself "this Regulation" or "this Directive" is an EU act, and numbers articles. */
    private static final Pattern EU_ACT_SELF = Pattern.compile("\\b[Tt]his" + S + "(?:Regulation|Directive|Decision)\\b");
    /** An order or memorandum says "this order" or "this memorandum", and numbers sections. */
    private static final Pattern ORDER_SELF = Pattern.compile("\\bthis" + S + "(order|memorandum)\\b", Pattern.CASE_INSENSITIVE);

    private Pinpoints() {
    }

    /** A pinpoint found in a text: where it starts and the label of the part it names. */
    record Pinpoint(int start, String label) {
    }

    /** A citation of a part of the citing text itself. */
    record OwnPart(CitationType type, int start, int end, String label) {
    }

    /**
     * The pinpoint written just before a citation of an instrument of {@code type} starting at {@code start},
     * if any: EU acts' articles, orders' and memoranda's sections.
     */
    static Optional<Pinpoint> before(String text, int start, CitationType type) {
        Pattern pattern = switch (type) {
            case EU_ACT -> ARTICLE_OF;
            case EXECUTIVE_ORDER, PRESIDENTIAL_MEMORANDUM -> SECTION_OF;
            default -> null;
        };
        if (pattern == null) {
            return Optional.empty();
        }
        int from = Math.max(0, start - PINPOINT_WITHIN);
        Matcher matcher = pattern.matcher(text).region(from, start).useTransparentBounds(true);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new Pinpoint(matcher.start(), type == CitationType.EU_ACT ? article(matcher) : section(matcher)));
    }

    /** The citations a text makes of its own articles or sections, where it speaks of itself as an act or order. */
    static List<OwnPart> ofItself(String text) {
        List<OwnPart> found = new ArrayList<>();
        if (EU_ACT_SELF.matcher(text).find()) {
            for (MatchResult match : LiteralWindows.findAll(OWN_ARTICLES, List.of("Article"), text)) {
                if (ANOTHER_ACTS_ARTICLE_NEXT.matcher(text).region(match.end(), text.length()).lookingAt()) {
                    continue;
                }
                found.add(new OwnPart(CitationType.EU_ACT, match.start(), match.group(6).isEmpty() ? match.end() : match.end(2),
                        article(match)));
                Matcher listed = LISTED_ARTICLE.matcher(text).region(match.start(6), match.end(6));
                while (listed.find()) {
                    found.add(new OwnPart(CitationType.EU_ACT, listed.start(), listed.end(),
                            "Article " + listed.group(1) + listed.group(2)));
                }
            }
        }
        Matcher order = ORDER_SELF.matcher(text);
        if (order.find()) {
            CitationType type = order.group(1).equalsIgnoreCase("order")
                    ? CitationType.EXECUTIVE_ORDER : CitationType.PRESIDENTIAL_MEMORANDUM;
            for (MatchResult match : LiteralWindows.findAll(OWN_SECTION, List.of("ection", "Sec."), text)) {
                // A bare "section 4" may be any instrument's; a number with a point, or "of this order", is its own.
                if (match.group(1).contains(".") || match.group(3) != null) {
                    found.add(new OwnPart(type, match.start(), match.end(), section(match)));
                }
            }
        }
        return found;
    }

    private static String article(MatchResult match) {
        String pointAfter = match.group(5) == null ? "" : "(" + match.group(5) + ")";
        String pointBefore = match.group(1) == null ? "" : "(" + match.group(1) + ")";
        return "Article " + match.group(3) + match.group(4) + pointAfter + pointBefore;
    }

    private static String section(MatchResult match) {
        return "Sec. " + match.group(1) + match.group(2);
    }
}
