package org.reggraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reggraph.model.CanonicalId;
import org.reggraph.model.Citation;
import org.reggraph.model.CitationRelation;
import org.reggraph.model.CitationType;
import org.reggraph.model.DocumentKind;
import org.reggraph.model.Span;

/**
 * Finds citations of legal and guidance instruments and resolves each to the canonical key its document
 * would take. Lists ("15 CFR parts 732, 734 and 740", "Executive Orders 13694 and 14144", "Regulations (EC)
 * No 300/2008, (EU) 2018/858") yield one citation per instrument. A bare "§ 744.23" or "part 744" resolves
 * only in a text that cites a single CFR title or names the Export Administration Regulations. A citation
 * keeps the article or section it names ({@link Pinpoints}), and an act's or order's citations of its own
 * articles or sections are found too, their target {@link Citation#THIS_INSTRUMENT}.
 */
final class CitationExtractor {
    private static final String S = CitationPatterns.S;
    private static final String O = CitationPatterns.O;
    private static final Pattern EU_CONTINUATION = Pattern.compile(
            "\\G(?:" + O + "," + O + "(?:and" + S + ")?|" + S + "and" + S + ")\\((?:EU|EC|EEC|Euratom)\\)" + S + "(?:No" + O + ")?(\\d{1,4}/\\d{1,4})");
    private static final Pattern EAR_CONTEXT = Pattern.compile("Export" + S + "Administration" + S + "Regulations|\\bEAR\\b");
    private static final List<String> EAR_CONTEXT_LITERALS = List.of("Export", "EAR");

    private final CitationRelations relations = new CitationRelations();

    List<Citation> extract(String text, DocumentKind kind, List<Sentence> sentences) {
        List<Found> found = new ArrayList<>();
        findCfr(text, found);
        for (CitationPatterns.Form form : CitationPatterns.FORMS) {
            for (MatchResult matcher : form.findAll(text)) {
                found.add(new Found(form.type(), matcher.start(), matcher.end(), form.key().apply(matcher)));
                if (form.type() == CitationType.EU_ACT && matcher.groupCount() >= 2 && matcher.group(1) != null
                        && matcher.group(1).matches("\\w+")) {
                    continueEuList(text, matcher, found);
                }
            }
        }
        findExecutiveOrders(text, found);
        findBareCfr(text, found);
        List<Found> pinpointed = new ArrayList<>(found.stream().map(citation -> citation.pinpointed(text)).toList());
        for (Pinpoints.OwnPart part : Pinpoints.ofItself(text)) {
            pinpointed.add(new Found(part.type(), part.start(), part.end(), Citation.THIS_INSTRUMENT, part.label()));
        }
        List<Found> kept = withoutOverlaps(pinpointed);
        List<Citation> citations = new ArrayList<>();
        for (Found citation : kept) {
            Span span = new Span(citation.start, citation.end);
            CitationRelation relation = relations.relationOf(text, span, citation.type, kind, enclosing(sentences, span));
            citations.add(new Citation(citation.type, span.of(text), citation.key, span, relation, citation.pinpoint));
        }
        return citations;
    }

    private record Found(CitationType type, int start, int end, String key, String pinpoint) {
        Found(CitationType type, int start, int end, String key) {
            this(type, start, end, key, null);
        }

        /** The citation reaching back over the part of the instrument written before it, if one is. */
        Found pinpointed(String text) {
            return Pinpoints.before(text, start, type)
                    .map(part -> new Found(type, part.start(), end, key, part.label()))
                    .orElse(this);
        }
    }

    private static void findCfr(String text, List<Found> found) {
        for (MatchResult cfr : LiteralWindows.findAll(CitationPatterns.CFR, CitationPatterns.CFR_LITERALS, text)) {
            int title = Integer.parseInt(cfr.group(1));
            found.add(new Found(CitationType.CFR, cfr.start(), cfr.end(), CanonicalId.cfr(title, cfr.group(2))));
            Matcher more = CitationPatterns.CFR_CONTINUATION.matcher(text);
            int from = cfr.end();
            while (matchesAt(more, from)) {
                found.add(new Found(CitationType.CFR, more.start(1), more.end(), CanonicalId.cfr(title, more.group(1))));
                from = more.end();
            }
        }
    }

    private static void continueEuList(String text, MatchResult head, List<Found> found) {
        String form = head.group(1);
        Matcher more = EU_CONTINUATION.matcher(text);
        int from = head.end();
        while (matchesAt(more, from)) {
            int start = text.indexOf('(', more.start());
            found.add(new Found(CitationType.EU_ACT, start, more.end(), CanonicalId.euAct(form, more.group(1))));
            from = more.end();
        }
    }

    private static void findExecutiveOrders(String text, List<Found> found) {
        for (MatchResult order : LiteralWindows.findAll(CitationPatterns.EXECUTIVE_ORDER,
                CitationPatterns.EXECUTIVE_ORDER_LITERALS, text)) {
            found.add(new Found(CitationType.EXECUTIVE_ORDER, order.start(), order.end(), CanonicalId.executiveOrder(order.group(1))));
            Matcher more = CitationPatterns.EXECUTIVE_ORDER_CONTINUATION.matcher(text);
            int from = order.end();
            while (matchesAt(more, from)) {
                found.add(new Found(CitationType.EXECUTIVE_ORDER, more.start(1), more.end(), CanonicalId.executiveOrder(more.group(1))));
                from = more.end();
            }
        }
    }

    /**
     * Whether the matcher's pattern matches starting exactly at {@code from}. {@code find(from)} would do, but
     * when the list ends it goes on trying every later position of the text, once per citation found. The
     * region keeps its end (the text's end) and lets look-arounds see the text before it, as find would.
     */
    private static boolean matchesAt(Matcher matcher, int from) {
        matcher.region(from, matcher.regionEnd()).useTransparentBounds(true).useAnchoringBounds(false);
        return matcher.lookingAt();
    }

    /** Bare sections and parts take the one CFR title the text cites, or title 15 in a text about the EAR. */
    private static void findBareCfr(String text, List<Found> found) {
        Integer title = soleCfrTitle(found);
        if (title == null && LiteralWindows.occursIn(EAR_CONTEXT, EAR_CONTEXT_LITERALS, text)) {
            title = 15;
        }
        if (title == null) {
            return;
        }
        for (MatchResult section : LiteralWindows.findAll(CitationPatterns.BARE_SECTION,
                CitationPatterns.BARE_SECTION_LITERALS, text)) {
            String part = section.group(1) != null ? section.group(1) : section.group(2);
            found.add(new Found(CitationType.CFR, section.start(), section.end(),
                    CanonicalId.cfr(title, part + "." + section.group(3))));
        }
        if (title == 15) {
            for (MatchResult part : LiteralWindows.findAll(CitationPatterns.BARE_PART,
                    CitationPatterns.BARE_PART_LITERALS, text)) {
                int number = Integer.parseInt(part.group(1));
                if (number >= 730 && number <= 774) {
                    found.add(new Found(CitationType.CFR, part.start(), part.end(), CanonicalId.cfr(15, part.group(1))));
                }
            }
        }
    }

    private static Integer soleCfrTitle(List<Found> found) {
        Map<String, Integer> titles = new HashMap<>();
        for (Found citation : found) {
            if (citation.type == CitationType.CFR) {
                String title = citation.key.split("-")[1];
                titles.merge(title, 1, Integer::sum);
            }
        }
        return titles.size() == 1 ? Integer.valueOf(titles.keySet().iterator().next()) : null;
    }

    private static List<Found> withoutOverlaps(List<Found> found) {
        found.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt((Found f) -> f.end - f.start).reversed()));
        List<Found> kept = new ArrayList<>();
        int coveredUntil = -1;
        for (Found citation : found) {
            if (citation.start >= coveredUntil) {
                kept.add(citation);
                coveredUntil = citation.end;
            }
        }
        return kept;
    }

    private static Span enclosing(List<Sentence> sentences, Span span) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Span candidate = sentences.get(middle).span();
            if (candidate.end() <= span.start()) {
                low = middle + 1;
            } else if (candidate.start() > span.start()) {
                high = middle - 1;
            } else {
                return candidate;
            }
        }
        return span;
    }
}
