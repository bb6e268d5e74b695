package org.reggraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * only in a text that cites a single CFR title or names the Export Administration Regulations.
 */
final class CitationExtractor {
    private static final String S = "[\\s\\u00A0]+";
    private static final String O = "[\\s\\u00A0]*";
    private static final Pattern EU_CONTINUATION = Pattern.compile(
            "\\G(?:" + O + "," + O + "(?:and" + S + ")?|" + S + "and" + S + ")\\((?:EU|EC|EEC|Euratom)\\)" + S + "(?:No" + O + ")?(\\d{1,4}/\\d{1,4})");
    private static final Pattern EAR_CONTEXT = Pattern.compile("Export" + S + "Administration" + S + "Regulations|\\bEAR\\b");

    private final CitationRelations relations = new CitationRelations();

    List<Citation> extract(String text, DocumentKind kind, List<Sentence> sentences) {
        List<Found> found = new ArrayList<>();
        findCfr(text, found);
        for (CitationPatterns.Form form : CitationPatterns.FORMS) {
            if (!form.couldOccurIn(text)) {
                continue;
            }
            Matcher matcher = form.pattern().matcher(text);
            while (matcher.find()) {
                found.add(new Found(form.type(), matcher.start(), matcher.end(), form.key().apply(matcher)));
                if (form.type() == CitationType.EU_ACT && matcher.groupCount() >= 2 && matcher.group(1) != null
                        && matcher.group(1).matches("\\w+")) {
                    continueEuList(text, matcher, found);
                }
            }
        }
        findExecutiveOrders(text, found);
        findBareCfr(text, found);
        List<Found> kept = withoutOverlaps(found);
        List<Citation> citations = new ArrayList<>();
        for (Found citation : kept) {
            Span span = new Span(citation.start, citation.end);
            CitationRelation relation = relations.relationOf(text, span, citation.type, kind, enclosing(sentences, span));
            citations.add(new Citation(citation.type, span.of(text), citation.key, span, relation));
        }
        return citations;
    }

    private record Found(CitationType type, int start, int end, String key) {
    }

    private static void findCfr(String text, List<Found> found) {
        Matcher cfr = CitationPatterns.CFR.matcher(text);
        while (cfr.find()) {
            int title = Integer.parseInt(cfr.group(1));
            found.add(new Found(CitationType.CFR, cfr.start(), cfr.end(), CanonicalId.cfr(title, cfr.group(2))));
            Matcher more = CitationPatterns.CFR_CONTINUATION.matcher(text);
            int from = cfr.end();
            while (more.find(from) && more.start() == from) {
                found.add(new Found(CitationType.CFR, more.start(1), more.end(), CanonicalId.cfr(title, more.group(1))));
                from = more.end();
            }
        }
    }

    private static void continueEuList(String text, Matcher head, List<Found> found) {
        String form = head.group(1);
        Matcher more = EU_CONTINUATION.matcher(text);
        int from = head.end();
        while (more.find(from) && more.start() == from) {
            int start = text.indexOf('(', more.start());
            found.add(new Found(CitationType.EU_ACT, start, more.end(), CanonicalId.euAct(form, more.group(1))));
            from = more.end();
        }
    }

    private static void findExecutiveOrders(String text, List<Found> found) {
        Matcher order = CitationPatterns.EXECUTIVE_ORDER.matcher(text);
        while (order.find()) {
            found.add(new Found(CitationType.EXECUTIVE_ORDER, order.start(), order.end(), CanonicalId.executiveOrder(order.group(1))));
            Matcher more = CitationPatterns.EXECUTIVE_ORDER_CONTINUATION.matcher(text);
            int from = order.end();
            while (more.find(from) && more.start() == from) {
                found.add(new Found(CitationType.EXECUTIVE_ORDER, more.start(1), more.end(), CanonicalId.executiveOrder(more.group(1))));
                from = more.end();
            }
        }
    }

    /** Bare sections and parts take the one CFR title the text cites, or title 15 in a text about the EAR. */
    private static void findBareCfr(String text, List<Found> found) {
        Integer title = soleCfrTitle(found);
        if (title == null && EAR_CONTEXT.matcher(text).find()) {
            title = 15;
        }
        if (title == null) {
            return;
        }
        Matcher section = CitationPatterns.BARE_SECTION.matcher(text);
        while (section.find()) {
            String part = section.group(1) != null ? section.group(1) : section.group(2);
            found.add(new Found(CitationType.CFR, section.start(), section.end(),
                    CanonicalId.cfr(title, part + "." + section.group(3))));
        }
        if (title == 15) {
            Matcher part = CitationPatterns.BARE_PART.matcher(text);
            while (part.find()) {
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
