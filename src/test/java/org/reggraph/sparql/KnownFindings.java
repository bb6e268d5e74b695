package org.reggraph.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * A deliberately plain extraction stage for the SPARQL tests, until the real extractor lands: "X shall ..."
 * sentences are obligations, "Secretary/Department of Commerce" is the entity {@code commerce}, executive
 * orders and 15 CFR sections are citations, a directive's citation of an order next to "revoked" is a
 * revocation, and a directive's text before its "List of Subjects" or up to "HAVE ADOPTED" is its preamble. It is real extraction on the sample texts, so the example queries run on a real graph.
 */
final class KnownFindings implements FindingsExtractor {
    static final String COMMERCE = "commerce";
    private static final Pattern SENTENCE = Pattern.compile("[^.;]*?\\bshall\\b[^.;]*[.;]", Pattern.DOTALL);
    private static final Pattern COMMERCE_NAME = Pattern.compile("(?:Secretary|Department) of Commerce");
    private static final Pattern ORDER = Pattern.compile("\\b(?:Executive Order|EO) (1\\d{4})\\b");
    private static final Pattern CFR = Pattern.compile("\\b(\\d{1,2}) CFR (?:[Pp]art )?(\\d{3}(?:\\.\\d+)?)\\b");
    /** How far after a citation "revoked" may stand to make the citation a revocation. */
    static final int REVOCATION_WINDOW = 220;

    @Override
    public Findings extract(String text, DocumentKind kind, List<Span> headings) {
        List<EntityMention> entities = new ArrayList<>();
        Matcher commerce = COMMERCE_NAME.matcher(text);
        while (commerce.find()) {
            entities.add(new EntityMention(COMMERCE, EntityType.ORGANIZATION, "Department of Commerce",
                    List.of(commerce.group()), new Span(commerce.start(), commerce.end())));
        }
        List<Rule> rules = new ArrayList<>();
        Matcher sentence = SENTENCE.matcher(text);
        while (sentence.find()) {
            String clause = sentence.group();
            int leading = clause.length() - clause.stripLeading().length();
            int shall = clause.indexOf(" shall");
            String bearer = clause.substring(leading, Math.max(leading, shall)).strip();
            rules.add(new Rule(Modality.OBLIGATION, new Span(sentence.start() + leading, sentence.end()), bearer,
                    null, null, null, null, null, null, kind == DocumentKind.NEWS));
        }
        List<Citation> citations = new ArrayList<>();
        Matcher order = ORDER.matcher(text);
        while (order.find()) {
            String after = text.substring(order.end(), Math.min(text.length(), order.end() + REVOCATION_WINDOW));
            boolean revokes = kind != DocumentKind.NEWS && after.toLowerCase(Locale.ROOT).contains("revoked");
            citations.add(new Citation(CitationType.EXECUTIVE_ORDER, order.group(),
                    CanonicalId.executiveOrder(order.group(1)), new Span(order.start(), order.end()),
                    revokes ? CitationRelation.REVOKES : CitationRelation.CITES));
        }
        Matcher cfr = CFR.matcher(text);
        while (cfr.find()) {
            citations.add(new Citation(CitationType.CFR, cfr.group(),
                    CanonicalId.cfr(Integer.parseInt(cfr.group(1)), cfr.group(2)), new Span(cfr.start(), cfr.end()),
                    CitationRelation.CITES));
        }
        return new Findings(rules, entities, citations, kind == DocumentKind.DIRECTIVE ? preamble(text) : Optional.empty());
    }

    private static Optional<Span> preamble(String text) {
        int subjects = text.indexOf("List of Subjects");
        if (subjects > 0) {
            return Optional.of(new Span(0, subjects));
        }
        int adopted = text.indexOf("HAVE ADOPTED");
        return adopted > 0 ? Optional.of(new Span(0, adopted)) : Optional.empty();
    }
}
