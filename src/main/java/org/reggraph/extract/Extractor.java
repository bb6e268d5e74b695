package org.reggraph.extract;

import java.util.List;
import java.util.Objects;

import org.reggraph.model.Citation;
import org.reggraph.model.DocumentKind;
import org.reggraph.model.EntityMention;
import org.reggraph.model.Findings;
import org.reggraph.model.Rule;

/**
 * The extraction stage: plain text in, rules, entity mentions and citations out, every span a UTF-16 offset
 * range into the given text. Pure and stateless, so one instance serves every thread of the pipeline.
 * In news the rules are marked {@link Rule#reported()}: a press release reports duties, it does not impose
 * them.
 */
public final class Extractor {
    private final RuleExtractor rules = new RuleExtractor();
    private final EntityExtractor entities = new EntityExtractor(EntityCatalog.standard());
    private final CitationExtractor citations = new CitationExtractor();
    private final ChineseRuleExtractor chineseRules = new ChineseRuleExtractor();

    public Extractor() {
    }

    public Findings extract(String plainText, DocumentKind kind) {
        Objects.requireNonNull(plainText, "plainText");
        Objects.requireNonNull(kind, "kind");
        if (plainText.isBlank()) {
            return Findings.NONE;
        }
        List<Sentence> sentences = rules.sentences(plainText);
        List<Rule> found = new java.util.ArrayList<>(rules.extract(plainText, sentences, kind));
        List<Rule> chinese = chineseRules.extract(plainText, kind);
        if (!chinese.isEmpty()) {
            found.addAll(chinese);
            found.sort(java.util.Comparator.comparingInt(rule -> rule.span().start()));
        }
        List<EntityMention> mentions = entities.extract(plainText);
        List<Citation> cited = citations.extract(plainText, kind, sentences);
        return new Findings(found, mentions, cited);
    }
}
