package org.reggraph.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reggraph.model.CitationRelation;
import org.reggraph.model.CitationType;
import org.reggraph.model.DocumentKind;
import org.reggraph.model.Span;

/**
 * Decides how a citing text relates to what it cites, from the verbs of the sentence around the citation.
 * A passive verb ("Executive Order 14110 ... is hereby revoked") acts on citations before it, an active one
 * ("amending Regulation (EU) 2018/858", "supersedes M-10-23") on citations after it; a citation that only
 * names the agent ("revoked by Executive Order 14148") or a past state ("as amended") is a plain CITES.
 * News does not act on instruments: it reports on the acts it cites.
 */
final class CitationRelations {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final Set<CitationType> ACTS = Set.of(CitationType.EXECUTIVE_ORDER, CitationType.PRESIDENTIAL_MEMORANDUM,
            CitationType.OMB_MEMORANDUM, CitationType.FEDERAL_REGISTER, CitationType.EU_ACT, CitationType.PUBLIC_LAW,
            CitationType.NIST_PUBLICATION);

    private record Verb(CitationRelation relation, Pattern passive, Pattern active) {
    }

    private static final Verb[] VERBS = {
        new Verb(CitationRelation.REVOKES,
                Pattern.compile("\\b(?:is|are)(?: hereby)? (?:revoked|rescinded)\\b(?! by)|\\bshall be (?:revoked|rescinded)\\b", FLAGS),
                Pattern.compile("\\b(?:hereby )?(?:revoke|revokes|revoking|rescind|rescinds|rescinding)\\b", FLAGS)),
        new Verb(CitationRelation.SUPERSEDES,
                Pattern.compile("\\b(?:is|are)(?: hereby)? superseded\\b(?! by)", FLAGS),
                Pattern.compile("\\b(?:supersede|supersedes|superseding|replaces)\\b", FLAGS)),
        new Verb(CitationRelation.AMENDS,
                Pattern.compile("\\b(?:is|are)(?: hereby)?(?: further)? amended\\b(?! by (?:Executive|E\\.O|section|Regulation|Directive))", FLAGS),
                Pattern.compile("\\b(?:hereby )?(?:amend|amends|amending)\\b", FLAGS)),
        new Verb(CitationRelation.IMPLEMENTS,
                Pattern.compile("\\bas (?:directed|required) (?:by|in|under)\\b", FLAGS),
                Pattern.compile("\\b(?:implement|implements|implementing|to implement)\\b", FLAGS)),
    };
    private static final Pattern NOT_AN_ACT_ON_IT = Pattern.compile(
            "^[\\s\\u00A0]*(?:\\([^)]{0,200}\\))?[\\s\\u00A0,]*(?:as amended|which (?:was|were|had been) |that (?:was|were) )", FLAGS);
    private static final Pattern AGENT_BEFORE = Pattern.compile("\\b(?:by|under|in|of)[\\s\\u00A0]+(?:the[\\s\\u00A0]+)?$", FLAGS);

    CitationRelation relationOf(String text, Span citation, CitationType type, DocumentKind kind, Span sentence) {
        if (kind == DocumentKind.NEWS) {
            return ACTS.contains(type) ? CitationRelation.REPORTS_ON : CitationRelation.CITES;
        }
        String before = text.substring(sentence.start(), citation.start());
        String after = text.substring(citation.end(), Math.max(citation.end(), sentence.end()));
        if (NOT_AN_ACT_ON_IT.matcher(after).find() || AGENT_BEFORE.matcher(before).find()) {
            return CitationRelation.CITES;
        }
        for (Verb verb : VERBS) {
            if (verb.relation() == CitationRelation.IMPLEMENTS && type == CitationType.ECCN) {
                continue;
            }
            Matcher passive = verb.passive().matcher(after);
            if (passive.find() && !after.substring(0, passive.start()).contains(";")) {
                return verb.relation();
            }
            if (endsWithActiveVerb(verb.active(), before)) {
                return verb.relation();
            }
        }
        return CitationRelation.CITES;
    }

    /** An active verb shortly before the citation, with no sentence-internal break between them. */
    private static boolean endsWithActiveVerb(Pattern active, String before) {
        int from = Math.max(0, before.length() - 160);
        Matcher matcher = active.matcher(before.substring(from));
        int last = -1;
        while (matcher.find()) {
            last = matcher.end();
        }
        return last >= 0 && !before.substring(from + last).contains(";");
    }
}
