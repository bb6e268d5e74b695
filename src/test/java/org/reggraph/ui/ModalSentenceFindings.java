package org.reggraph.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * A deliberately plain extraction stage for the browser tests, so the UI has rules, entities and citations to
 * show whether or not the real extractors are merged: a sentence with "shall"/"must" is an obligation ("shall
 * not"/"may not" a prohibition, "may" a permission, "should" a recommendation) whose bearer is the words
 * before the modal verb; two agencies are recognised by name; "Executive Order NNNNN" is a citation, and
 * "amends 15 CFR NNN.NN" an amendment of that section, "under § NNN.NN" a citation of it. It is a test fixture,
 * not a model of the real extractor.
 */
final class ModalSentenceFindings implements FindingsExtractor {
    private static final Pattern SENTENCE = Pattern.compile("[^.;\\n][^.;]*?[.;]");
    private static final Pattern MODAL = Pattern.compile(
            "\\b(shall not|must not|may not|shall|must|may|should)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXECUTIVE_ORDER = Pattern.compile("Executive Order (\\d{5})");
    private static final Pattern AMENDED_SECTION = Pattern.compile("amends (15 CFR (\\d{3}\\.\\d{1,3}))");
    private static final Pattern SECTION_CITED = Pattern.compile("under (§ (\\d{3}\\.\\d{1,3}))");
    private static final Pattern OWN_ARTICLE_CITED = Pattern.compile("under (Article \\d+)");
    private static final Map<String, String> AGENCIES = Map.of(
            "Secretary of Commerce", "secretary-of-commerce",
            "Bureau of Industry and Security", "bis");

    @Override
    public Findings extract(String text, DocumentKind kind, List<Span> headings) {
        List<EntityMention> mentions = mentions(text);
        return new Findings(rules(text, kind), mentions, citations(text));
    }

    private static List<Rule> rules(String text, DocumentKind kind) {
        List<Rule> rules = new ArrayList<>();
        Matcher sentence = SENTENCE.matcher(text);
        while (sentence.find()) {
            Matcher modal = MODAL.matcher(sentence.group());
            if (!modal.find()) {
                continue;
            }
            String bearer = sentence.group().substring(0, modal.start()).strip();
            int start = sentence.start() + (sentence.group().length() - sentence.group().stripLeading().length());
            rules.add(new Rule(modality(modal.group(1)), new Span(start, sentence.end()),
                    bearer.isEmpty() ? null : bearer, null, null, null, null, null, null, kind == DocumentKind.NEWS));
        }
        return rules;
    }

    private static Modality modality(String verb) {
        String lower = verb.toLowerCase(Locale.ROOT);
        if (lower.endsWith("not")) {
            return Modality.PROHIBITION;
        }
        return switch (lower) {
            case "may" -> Modality.PERMISSION;
            case "should" -> Modality.RECOMMENDATION;
            default -> Modality.OBLIGATION;
        };
    }

    private static List<EntityMention> mentions(String text) {
        List<EntityMention> mentions = new ArrayList<>();
        AGENCIES.forEach((name, key) -> {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                mentions.add(new EntityMention(key, EntityType.ORGANIZATION, name,
                        key.equals("bis") ? List.of("BIS") : List.of(), new Span(at, at + name.length())));
            }
        });
        mentions.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return mentions;
    }

    private static List<Citation> citations(String text) {
        List<Citation> citations = new ArrayList<>();
        Matcher order = EXECUTIVE_ORDER.matcher(text);
        while (order.find()) {
            citations.add(new Citation(CitationType.EXECUTIVE_ORDER, order.group(),
                    CanonicalId.executiveOrder(order.group(1)), new Span(order.start(), order.end()),
                    CitationRelation.CITES));
        }
        Matcher section = AMENDED_SECTION.matcher(text);
        while (section.find()) {
            citations.add(new Citation(CitationType.CFR, section.group(1), CanonicalId.cfr(15, section.group(2)),
                    new Span(section.start(1), section.end(1)), CitationRelation.AMENDS));
        }
        Matcher cited = SECTION_CITED.matcher(text);
        while (cited.find()) {
            citations.add(new Citation(CitationType.CFR, cited.group(1), CanonicalId.cfr(15, cited.group(2)),
                    new Span(cited.start(1), cited.end(1)), CitationRelation.CITES));
        }
        Matcher own = OWN_ARTICLE_CITED.matcher(text);
        while (own.find()) {
            citations.add(new Citation(CitationType.EU_ACT, own.group(1), Citation.THIS_INSTRUMENT,
                    new Span(own.start(1), own.end(1)), CitationRelation.CITES, own.group(1)));
        }
        citations.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return citations;
    }
}
