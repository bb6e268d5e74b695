package org.reggraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reggraph.model.DocumentKind;
import org.reggraph.model.Modality;
import org.reggraph.model.Rule;
import org.reggraph.model.Span;

/**
 * Turns sentences into rules, one per normative sentence or list clause. A lead-in that ends in a colon
 * ("the Secretary of Commerce shall:") opens a list context: the items that follow ("(i) establish
 * guidelines ...") are the rules and take the lead-in's modality and bearer; the lead-in itself is a rule
 * only when it names an action of its own. The context closes at the first sentence that is not a list item
 * and at an item of the lead-in's own level ("(b)" after "(a) ... shall:").
 */
final class RuleExtractor {
    private static final Pattern INLINE_ITEM = Pattern.compile(
            "[;:][\\s\\u00A0]+(?:and[\\s\\u00A0]+|or[\\s\\u00A0]+)?(?=\\((?:[a-z]{1,4}|[A-Z]{1,3}|\\d{1,3})\\)[\\s\\u00A0])");
    private static final Pattern LEAD_IN_END = Pattern.compile("(?:[:—–]|\\s-)\\s*[*_]*$");
    private static final Pattern EMPTY_ACTION = Pattern.compile(
            "^[\\s*_]*(?:,? ?(?:at a minimum|as appropriate|among other things|in particular|in addition),?\\s*)?(?:be (?:taken|undertaken|included|prohibited|required)|(?:take |undertake )?(?:the following|as follows)(?: \\w+){0,2}|(?:also )?(?:include|contain|cover|address|consist of|comprise)(?:,? at a minimum,?| at least|, but not be limited to,)?(?: (?:all|any|each|either|both|one) of)?(?: the following)?(?: \\w+){0,2})?[\\s*_]*[:—–-]?[\\s*_]*$", Pattern.CASE_INSENSITIVE);

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final DeonticClassifier classifier = new DeonticClassifier();
    private final RuleAnatomist anatomist = new RuleAnatomist();

    private static final Pattern HEADING = Pattern.compile(
            "^(?:#|\\*\\*[^*]+\\*\\*$|(?:Sec\\.|Section|SECTION|Article|ARTICLE|Chapter|CHAPTER|PART|Subpart|Annex|ANNEX|§)\\s*[\\dIVXLC])");

    /** What a lead-in opened; immutable, so a suspended context is a new value. */
    private record ListContext(Modality modality, RuleParts parts, ListMarker parentLevel, ListMarker itemLevel,
                               boolean suspended) {
        ListContext withItemLevel(ListMarker level) {
            return itemLevel == null ? new ListContext(modality, parts, parentLevel, level, false) : this;
        }

        ListContext suspend() {
            return new ListContext(modality, parts, parentLevel, itemLevel, true);
        }

        ListContext resume() {
            return new ListContext(modality, parts, parentLevel, itemLevel, false);
        }
    }

    private record Clause(Span span, String marker) {
    }

    List<Rule> extract(String text, List<Sentence> sentences, DocumentKind kind) {
        List<Rule> rules = new ArrayList<>();
        ListContext context = null;
        Span recitals = Recitals.find(text);
        for (Sentence sentence : sentences) {
            // A heading is no rule, and it ends any list before it: a code's next section does not answer its
            // last section's lead-in. (A plan's recommendations numbered on under its section headings lose the
            // lead-in's addressee with it.)
            if (recitals != null && recitals.contains(sentence.span()) || sentence.heading()) {
                context = null;
                continue;
            }
            if (NonRules.asks(sentence.span().of(text))) {
                continue;
            }
            for (Clause clause : clauses(text, sentence)) {
                context = visit(text, clause, kind, context, rules);
            }
        }
        return rules;
    }

    List<Sentence> sentences(String text, List<Span> headings) {
        return splitter.split(text, headings);
    }

    private ListContext visit(String text, Clause clause, DocumentKind kind, ListContext context, List<Rule> rules) {
        String normalized = normalize(clause.span().of(text));
        boolean item = clause.marker() != null;
        ListMarker level = item ? ListMarker.typeOf(clause.marker()) : null;
        ListContext open = followOn(context, normalized, item, level);
        boolean leadIn = LEAD_IN_END.matcher(normalized).find();
        List<DeonticCue> cues = classifier.cues(normalized, kind).stream()
                .filter(found -> !NonRules.insideIndirectQuestion(normalized, found.start())).toList();
        if (open != null && ItemOpening.opensWithImperative(normalized)) {
            cues = List.of();
        }
        Optional<DeonticCue> cue = cues.stream().findFirst();
        if (cue.isPresent()) {
            RuleParts parts = anatomist.dissect(normalized, cue.get(), open == null ? null : open.parts);
            String afterCue = normalized.substring(cue.get().end());
            boolean actionless = leadIn && EMPTY_ACTION.matcher(afterCue).find();
            if (!actionless) {
                rules.add(rule(cue.get().modality(), clause.span(), parts, kind));
            }
            // The list completes the cue nearest the colon: "calls on Congress to ..., and directs the following:".
            DeonticCue last = cues.get(cues.size() - 1);
            if (leadIn) {
                return new ListContext(last.modality(), parts, level, null, false);
            }
            return open == null || item ? open : open.suspend();
        }
        if (open != null && !open.suspended() && hasWords(normalized) && !NonRules.declaresNoRule(normalized)) {
            rules.add(rule(open.modality(), clause.span(), anatomist.dissectItem(normalized, open.parts()), kind));
            return open;
        }
        return leadIn ? null : open;
    }

    /**
     * The context a clause sees. An item of the lead-in's own level closes it; an item of the level its list
     * started with resumes it after intervening prose; a lower-case continuation keeps it; a heading ends it;
     * other prose suspends it, as fact sheets put a paragraph under a bullet.
     */
    private static ListContext followOn(ListContext context, String normalized, boolean item, ListMarker level) {
        if (context == null) {
            return null;
        }
        if (item) {
            if (level == context.parentLevel()) {
                return null;
            }
            if (context.suspended()) {
                return level == context.itemLevel() ? context.resume() : null;
            }
            return context.withItemLevel(level);
        }
        if (Character.isLowerCase(normalized.charAt(0))) {
            return context;
        }
        boolean heading = HEADING.matcher(normalized).find()
                || (normalized.length() < 100 && !normalized.matches(".*[.;:,][*_\"”’)]*$"));
        return heading ? null : context.suspend();
    }

    private static Rule rule(Modality modality, Span span, RuleParts parts, DocumentKind kind) {
        return new Rule(modality, span, parts.bearer(), parts.action(), parts.object(), parts.condition(),
                parts.exception(), parts.deadline(), parts.penalty(), kind == DocumentKind.NEWS);
    }

    private static List<Clause> clauses(String text, Sentence sentence) {
        String sentenceText = sentence.span().of(text);
        List<Clause> clauses = new ArrayList<>();
        Matcher split = INLINE_ITEM.matcher(sentenceText);
        int start = 0;
        String marker = sentence.marker();
        while (split.find()) {
            int cut = split.start() + 1;
            clauses.add(new Clause(new Span(sentence.span().start() + start, sentence.span().start() + cut), marker));
            start = split.end();
            Matcher next = ListMarker.matchAtStart(sentenceText.substring(start));
            marker = next.find() ? next.group() : null;
        }
        clauses.add(new Clause(new Span(sentence.span().start() + start, sentence.span().end()), marker));
        return clauses;
    }

    private static boolean hasWords(String clause) {
        return ItemOpening.body(clause).matches("(?s).*\\p{L}{2,}.*");
    }

    static String normalize(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").trim();
    }
}
