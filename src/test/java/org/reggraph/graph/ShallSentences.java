package org.reggraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reggraph.model.CanonicalId;
import org.reggraph.model.Citation;
import org.reggraph.model.CitationRelation;
import org.reggraph.model.CitationType;
import org.reggraph.model.DocumentKind;
import org.reggraph.model.EntityMention;
import org.reggraph.model.EntityType;
import org.reggraph.model.Findings;
import org.reggraph.model.Modality;
import org.reggraph.model.Rule;
import org.reggraph.model.Span;
import org.reggraph.pipeline.FindingsExtractor;

/**
 * A deliberately simple, predictable extraction stage for graph tests that must know in advance which rules
 * a text of their own yields (the real extractor is judged by its own tests): every sentence with a modal
 * verb ("shall", "must", "may", "should", negated or not) is a rule whose bearer is the text before the
 * verb, that bearer is an entity mention, and every "Executive Order NNNNN" or "NN CFR NNN" is a citation.
 * It is not meant to be right about law, only to put every kind of node into the graph.
 */
public final class ShallSentences implements FindingsExtractor {
    private static final Pattern SENTENCE = Pattern.compile("[^.;!?\\n]+[.;!?]?");
    private static final Pattern MODAL = Pattern.compile("\\s(shall not|must not|may not|shall|must|may|should)\\s");
    private static final Pattern EXECUTIVE_ORDER = Pattern.compile("Executive Order (1\\d{4})");
    private static final Pattern CFR = Pattern.compile("(\\d{1,2}) CFR (?:[Pp]art )?(\\d{1,4}(?:\\.\\d+)?)");
    /** A bearer longer than this is a clause, not a name. */
    private static final int MAX_BEARER_CHARS = 80;

    @Override
    public Findings extract(String text, DocumentKind kind, List<Span> headings) {
        List<Rule> rules = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        Matcher sentence = SENTENCE.matcher(text);
        while (sentence.find()) {
            int start = skipSpaces(text, sentence.start(), sentence.end());
            String body = text.substring(start, sentence.end());
            Matcher modal = MODAL.matcher(body);
            if (start >= sentence.end() || !modal.find()) {
                continue;
            }
            String bearer = body.substring(0, modal.start()).strip();
            boolean named = !bearer.isEmpty() && bearer.length() <= MAX_BEARER_CHARS;
            rules.add(new Rule(modality(modal.group(1)), new Span(start, sentence.end()), named ? bearer : null,
                    null, null, null, null, null, null, kind == DocumentKind.NEWS));
            if (named) {
                String name = bearer.replaceFirst("^(?i)the\\s+", "");
                int nameStart = start + bearer.length() - name.length();
                mentions.add(new EntityMention(CanonicalId.slug(name), EntityType.ORGANIZATION, name,
                        List.of(bearer), new Span(nameStart, nameStart + name.length())));
            }
        }
        return new Findings(rules, mentions, citations(text, kind));
    }

    private static List<Citation> citations(String text, DocumentKind kind) {
        CitationRelation relation = kind == DocumentKind.NEWS ? CitationRelation.REPORTS_ON : CitationRelation.CITES;
        List<Citation> citations = new ArrayList<>();
        Matcher order = EXECUTIVE_ORDER.matcher(text);
        while (order.find()) {
            citations.add(new Citation(CitationType.EXECUTIVE_ORDER, order.group(),
                    CanonicalId.executiveOrder(order.group(1)), new Span(order.start(), order.end()), relation));
        }
        Matcher cfr = CFR.matcher(text);
        while (cfr.find()) {
            citations.add(new Citation(CitationType.CFR, cfr.group(),
                    CanonicalId.cfr(Integer.parseInt(cfr.group(1)), cfr.group(2)), new Span(cfr.start(), cfr.end()),
                    CitationRelation.CITES));
        }
        return citations;
    }

    private static Modality modality(String verb) {
        return switch (verb.toLowerCase(Locale.ROOT)) {
            case "shall not", "must not", "may not" -> Modality.PROHIBITION;
            case "shall", "must" -> Modality.OBLIGATION;
            case "may" -> Modality.PERMISSION;
            default -> Modality.RECOMMENDATION;
        };
    }

    private static int skipSpaces(String text, int from, int to) {
        int at = from;
        while (at < to && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
