package org.reggraph.extract;

import java.util.List;
import java.util.Objects;

import org.reggraph.model.Citation;
import org.reggraph.model.DocumentKind;
import org.reggraph.model.EntityMention;
import org.reggraph.model.Findings;
import org.reggraph.model.Rule;
import org.reggraph.model.Span;

/**
 * The extraction stage: plain text in, rules, entity mentions and citations out, every span a UTF-16 offset
 * range into the given text. Pure and stateless, so one instance serves every thread of the pipeline.
 * In news the rules are marked {@link Rule#reported()}: a press release reports duties, it does not impose
 * them; so are those of an act's preamble, which explains and restates what the act's operative text imposes
 * ("This rule requires a license ...", "Providers should ...").
 */
public final class Extractor {
    private final RuleExtractor rules = new RuleExtractor();
    private final EntityExtractor entities = new EntityExtractor(EntityCatalog.standard());
    private final CitationExtractor citations = new CitationExtractor();
    private final ChineseRuleExtractor chineseRules = new ChineseRuleExtractor();

    public Extractor() {
    }

    public Findings extract(String plainText, DocumentKind kind) {
        return extract(plainText, kind, List.of());
    }

    /**
     * The instruments and parts of instruments a short text cites ("What does NSPM-11 require?"), resolved to
     * their keys as a document's citations are; nothing else is looked for.
     */
    public List<Citation> citations(String text) {
        Objects.requireNonNull(text, "text");
        return text.isBlank() ? List.of()
                : citations.extract(text, DocumentKind.DIRECTIVE, rules.sentences(text, List.of()));
    }

    /**
     * @param headings the spans of the headings the format marked in the text, in text order: no sentence
     *                 runs into or out of one
     */
    public Findings extract(String plainText, DocumentKind kind, List<Span> headings) {
        Objects.requireNonNull(plainText, "plainText");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(headings, "headings");
        if (plainText.isBlank()) {
            return Findings.NONE;
        }
        List<Sentence> sentences = rules.sentences(plainText, headings);
        List<Rule> found = new java.util.ArrayList<>(rules.extract(plainText, sentences, kind));
        List<Rule> chinese = chineseRules.extract(plainText, kind);
        if (!chinese.isEmpty()) {
            found.addAll(chinese);
            found.sort(java.util.Comparator.comparingInt(rule -> rule.span().start()));
        }
        List<EntityMention> mentions = entities.extract(plainText);
        List<Citation> cited = citations.extract(plainText, kind, sentences);
        return preambleRulesReported(new Findings(found, mentions, cited, Preamble.find(plainText, kind)));
    }

    private static Findings preambleRulesReported(Findings findings) {
        if (findings.preamble().isEmpty()) {
            return findings;
        }
        return new Findings(findings.rules().stream()
                .map(rule -> findings.inPreamble(rule.span()) ? rule.reportedOnly() : rule).toList(),
                findings.entities(), findings.citations(), findings.preamble());
    }
}
