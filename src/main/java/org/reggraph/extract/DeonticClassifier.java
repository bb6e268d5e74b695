package org.reggraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reggraph.model.DocumentKind;
import org.reggraph.model.Modality;

/**
 * Finds the deontic cue that gives a normalized clause its force, or none. Every cue pattern is tried; cues
 * inside a longer cue, cues of rules of construction or scope, and "may"/"should" in subordinate or
 * epistemic use are dropped; the earliest remaining cue wins. Negation is part of the cue: "shall not" is a
 * prohibition, "is not required to" a permission.
 */
final class DeonticClassifier {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    /** A cue's pattern, with the literals one of which every match contains (see {@link LiteralScreen}). */
    private record CuePattern(Modality modality, Pattern pattern, boolean bearerAfter, Set<DocumentKind> kinds,
                              LiteralScreen screen) {
        CuePattern(Modality modality, String regex, LiteralScreen screen) {
            this(modality, Pattern.compile(regex, FLAGS), false, Set.of(DocumentKind.values()), screen);
        }

        boolean couldMatch(String lowerCasedClause, DocumentKind kind) {
            return kinds.contains(kind) && screen.admits(lowerCasedClause);
        }
    }

    private static final Set<DocumentKind> BINDING_OR_REPORTING =
            Set.of(DocumentKind.DIRECTIVE, DocumentKind.NEWS, DocumentKind.PASSAGE);

    private static final List<CuePattern> CUES = List.of(
            new CuePattern(Modality.PROHIBITION, "\\b(?:shall|must)(?: also)? not\\b|\\b(?:shall|must|may) no longer\\b|\\b(?:shall|must) neither\\b",
                    LiteralScreen.anyOf("shall", "must", "may no")),
            new CuePattern(Modality.PROHIBITION, "\\bmay not\\b",
                    LiteralScreen.anyOf("may not")),
            new CuePattern(Modality.PROHIBITION, "\\bno (?!later\\b|earlier\\b|more\\b|less\\b|fewer\\b|sooner\\b)(?:[\\w-]+ ){1,4}(?:shall|may|must)\\b",
                    LiteralScreen.anyOf("no ").andAnyOf("shall", "may", "must")),
            new CuePattern(Modality.PROHIBITION, "\\b(?:(?:shall|must|will) )?(?:is|are|be|been)(?: hereby)?(?: strictly| expressly)? prohibited\\b|\\bprohibited from\\b|\\bprohibits?\\b|\\bforbid(?:s|den)?\\b",
                    LiteralScreen.anyOf("prohibit", "forbid")),
            new CuePattern(Modality.PROHIBITION, "\\b(?:it )?(?:is|shall be|will be) unlawful\\b|\\bunlawful for\\b",
                    LiteralScreen.anyOf("unlawful")),
            new CuePattern(Modality.PROHIBITION, "\\b(?:is|are|be) not (?:permitted|allowed|authori[sz]ed) to\\b|\\bshall refrain from\\b",
                    LiteralScreen.anyOf("not permitted", "not allowed", "not authori", "refrain from")),
            new CuePattern(Modality.PROHIBITION, "\\b(?:is|shall be) guilty of an? (?:summary )?offen[cs]e\\b|\\bcommits? an? offen[cs]e\\b",
                    LiteralScreen.anyOf("offen")),
            new CuePattern(Modality.PERMISSION, "\\b(?:is|are|be|shall|will) (?:not|no longer)(?: be)? required to\\b|\\bneed not (?!be\\b|relate\\b|include\\b)|\\bdo(?:es)? not (?:need|have) to\\b",
                    LiteralScreen.anyOf("required to", "need not", "not need", "not have")),
            new CuePattern(Modality.PERMISSION, "\\b(?:(?:shall|will|may) )?(?:is|are|be)(?: hereby)? (?:authori[sz]ed|permitted|entitled|allowed|empowered) to\\b|\\b(?:is|are) (?:hereby )?(?:authori[sz]ed|permitted|allowed)\\b|\\b(?:will|does|do|shall) not require (?:a |an )?(?:license|licence|authori[sz]ation)\\b|\\bshall have (?:jurisdiction|the power|power|competence)\\b",
                    LiteralScreen.anyOf("authori", "permitted", "entitled", "allowed", "empowered", "not require", "shall have")),
            new CuePattern(Modality.PERMISSION, "\\b(?:(?:shall|will) )?(?:is|are|be)(?: hereby)? exempt(?:ed)?\\b|\\bexempt(?:s|ed)? from\\b|\\b(?:has|have|shall have) the right\\b|\\bretains? the (?:right|discretion)\\b|\\bauthori[sz]es\\b",
                    LiteralScreen.anyOf("exempt", "the right", "the discretion", "authori")),
            new CuePattern(Modality.PERMISSION, "\\bmay\\b",
                    LiteralScreen.anyOf("may")),
            new CuePattern(Modality.OBLIGATION, "\\bshall\\b|\\bmust\\b",
                    LiteralScreen.anyOf("shall", "must")),
            new CuePattern(Modality.OBLIGATION, "\\b(?:is|are|be|shall be|will be)(?: also)? required to\\b|(?<!\\bas )\\b(?:is|are) required\\b|\\bha(?:s|ve) to (?!do\\b)|\\b(?:is|are)(?: also)? (?:responsible for|obligated to|obliged to)\\b|\\b(?:is|are) (?:hereby )?directed to\\b|\\bI hereby direct\\b",
                    LiteralScreen.anyOf("required", "has to", "have to", "responsible for", "obligated to", "obliged to", "directed to", "hereby direct")),
            new CuePattern(Modality.OBLIGATION, Pattern.compile("\\brequir(?:e|es|ing) (?:[\\w-]+ ){1,8}?to (?=(?!the\\b|a\\b|an\\b|this\\b|these\\b)(?!\\w+ing\\b)\\w)|\\bdirect(?:s|ing)? (?!the following\\b)(?:[\\w,-]+ ){1,10}?to (?=(?!the\\b|a\\b|an\\b)\\w)", FLAGS), true, BINDING_OR_REPORTING,
                    LiteralScreen.anyOf("requir", "direct").andAnyOf("to ")),
            new CuePattern(Modality.OBLIGATION, Pattern.compile("\\brequir(?:e|es|ing) that\\b|\\bdirects(?= the following\\b)|\\bmandates that\\b|\\bimpos(?:e|es|ing) (?:a |an |new )?(?:[\\w-]+ ){0,3}(?:license |licensing |reporting )?requirements?\\b", FLAGS), false, BINDING_OR_REPORTING,
                    LiteralScreen.anyOf("requir", "directs", "mandates that", "impos")),
            new CuePattern(Modality.RECOMMENDATION, "\\bshould\\b|\\bought to\\b|\\b(?:is|are|be)(?: strongly)? (?:encouraged|urged|advised)(?:,[^,]{1,80},)? to\\b|\\b(?:it )?is (?:strongly )?recommended\\b|\\bare recommended\\b|\\brecommends?\\b",
                    LiteralScreen.anyOf("should", "ought to", "encouraged", "urged", "advised", "recommend")),
            new CuePattern(Modality.RECOMMENDATION, Pattern.compile("\\b(?:encourag|urg)(?:e|es|ing) (?:[\\w-]+ ){1,8}?to (?=\\w)|\\bcall(?:s|ed)? (?:up)?on (?:[\\w-]+ ){1,8}?to (?=\\w)", FLAGS), true, Set.of(DocumentKind.values()),
                    LiteralScreen.anyOf("encourag", "urg", "call").andAnyOf("to ")),
            new CuePattern(Modality.PROHIBITION, Pattern.compile("\\binstruct(?:s|ed)? (?:[\\w-]+ ){1,8}?not to (?=\\w)", FLAGS), true, BINDING_OR_REPORTING,
                    LiteralScreen.anyOf("instruct").andAnyOf("not to ")),
            new CuePattern(Modality.OBLIGATION, Pattern.compile("\\binstruct(?:s|ed)? (?:[\\w-]+ ){1,8}?to (?=\\w)", FLAGS), true, BINDING_OR_REPORTING,
                    LiteralScreen.anyOf("instruct").andAnyOf("to ")));

    private static final Pattern SUBORDINATOR = Pattern.compile(
            "\\b(?:that|which|who|whom|as|if|whether|where|when|so|such|though|although|because|while|how|what|than|unless)\\b", FLAGS);
    /** "is authorised", "are required": a state, often inside a relative clause ("which is required"). */
    private static final Pattern PASSIVE_STATE = Pattern.compile("(?:is|are) (?:hereby )?(?:authori[sz]ed|permitted|allowed|required)", FLAGS);
    /** "we must", "our nation must": exhortation in a preamble, not a rule anyone bears. */
    private static final Pattern RHETORICAL_SUBJECT = Pattern.compile("(?:^|,\\s*)(?:we|our nation|our country|the nation|us)\\s*$", FLAGS);
    private static final Pattern CONDITIONAL_SHOULD = Pattern.compile("^(?:\\([\\w.]+\\)\\s*)?should\\b", FLAGS);
    /** Verbs after "may" that state a possibility, whoever the subject: "may pose risks", "may be difficult". */
    private static final Pattern EPISTEMIC_AFTER_MAY = Pattern.compile(
            "^(?:not )?(?:also |even |well |thus |therefore |potentially |still |ultimately |sometimes |often |in turn |further )?"
                    + "(?:pose|result|cause|lead|vary|differ|exist|arise|occur|exacerbate|amplify|reflect|face|experience|fail|"
                    + "benefit|range|come|know|encounter|struggle|lack|undermine|depend|mean|indicate|suggest|hinder|harm|remain|"
                    + "span|prove|jeopardi[sz]e|seem|appear|emerge|become|need|want|wish|correspond|align|match|capture|"
                    + "generali[sz]e|translate|represent|differ|change|evolve|apply only|"
                    + "be (?!(?:\\w+ly )?(?:\\w+ed|\\w+en|made|done|paid|held|set|put|sent|kept|brought|sought|built|sold|told|found|"
                    + "granted|used|shown|drawn|withdrawn|laid)\\b))\\b",
            FLAGS);
    /** Verbs after "may" that grant an action only when the subject is someone who can act ("the Secretary may include"). */
    private static final Pattern WEAK_AFTER_MAY = Pattern.compile(
            "^(?:not )?(?:also )?(?:include|have|help|create|make|take|introduce|generate|produce|enable|allow|limit|reduce|"
                    + "increase|decrease|facilitate|affect|impact|present|contribute|involve|call|require)\\b",
            FLAGS);
    private static final Pattern AGENT = Pattern.compile(
            "\\b(?:persons?|secretary|director|administrator|commission|agenc(?:y|ies)|member states?|providers?|deployers?|"
                    + "authorit(?:y|ies)|board|office|court|part(?:y|ies)|exporters?|reexporters?|transferors?|applicants?|"
                    + "licensees?|you|bis|omb|head|heads|president|attorney general|government|controllers?|processors?|"
                    + "entit(?:y|ies)|operators?|importers?|distributors?|developers?|compan(?:y|ies)|department|council|"
                    + "data subjects?|manufacturers?|representatives?|bod(?:y|ies)|chair|officers?|constable|users?|"
                    + "recipients?|end users?|organi[sz]ations?|institutes?|nist|cisa|dhs|staff|officials?|individuals?)\\b",
            FLAGS);

    /** Every cue that counts in the clause, in text order; empty for definitions and amendatory instructions. */
    List<DeonticCue> cues(String clause, DocumentKind kind) {
        String lower = clause.toLowerCase(Locale.ROOT);
        List<CuePattern> candidates = CUES.stream().filter(cue -> cue.couldMatch(lower, kind)).toList();
        // Guidance can state a recommendation with no cue at all, as an imperative ("Document the risks").
        boolean mayHoldACue = !candidates.isEmpty() || kind == DocumentKind.GUIDANCE;
        if (!mayHoldACue || NonRules.isDefinition(clause) || NonRules.isAmendatory(clause)) {
            return List.of();
        }
        List<DeonticCue> found = new ArrayList<>();
        for (CuePattern cue : candidates) {
            Matcher matcher = cue.pattern().matcher(clause);
            while (matcher.find()) {
                found.add(new DeonticCue(cue.modality(), matcher.start(), matcher.end(), cue.bearerAfter()));
            }
        }
        found.removeIf(cue -> isInsideLonger(cue, found));
        found.removeIf(cue -> NonRules.isConstructionOrScope(clause, cue.start()));
        found.removeIf(cue -> !isMainClauseUse(clause, cue, kind));
        found.sort(Comparator.comparingInt(DeonticCue::start));
        if (found.isEmpty() && kind == DocumentKind.GUIDANCE && ItemOpening.opensWithImperative(clause)) {
            return List.of(new DeonticCue(Modality.RECOMMENDATION, 0, 0, false));
        }
        return found;
    }

    private static boolean isInsideLonger(DeonticCue cue, List<DeonticCue> all) {
        for (DeonticCue other : all) {
            boolean contains = other.start() <= cue.start() && cue.end() <= other.end();
            boolean longer = other.end() - other.start() > cue.end() - cue.start();
            if (other != cue && contains && longer) {
                return true;
            }
        }
        return false;
    }

    private boolean isMainClauseUse(String clause, DeonticCue cue, DocumentKind kind) {
        String word = clause.substring(cue.start(), cue.end()).toLowerCase(java.util.Locale.ROOT);
        if (word.startsWith("should")) {
            return !CONDITIONAL_SHOULD.matcher(clause.substring(0, cue.end())).find() && !inSubordinatePhrase(clause, cue);
        }
        if (word.equals("may") || word.equals("may not")) {
            return isNormativeMay(clause, cue, kind);
        }
        if (word.startsWith("requir") || word.startsWith("direct") || word.startsWith("mandate")
                || PASSIVE_STATE.matcher(word).matches()) {
            return !inSubordinatePhrase(clause, cue);
        }
        return !RHETORICAL_SUBJECT.matcher(subjectBefore(clause, cue.start())).find();
    }

    private boolean isNormativeMay(String clause, DeonticCue cue, DocumentKind kind) {
        if (inSubordinatePhrase(clause, cue)) {
            return false;
        }
        String after = clause.substring(cue.end()).trim();
        if (cue.modality() == Modality.PROHIBITION) {
            after = "not " + after;
        }
        boolean agentSubject = AGENT.matcher(subjectBefore(clause, cue.start())).find();
        if (EPISTEMIC_AFTER_MAY.matcher(after).find()) {
            return false;
        }
        if (WEAK_AFTER_MAY.matcher(after).find()) {
            return agentSubject;
        }
        return agentSubject || kind == DocumentKind.DIRECTIVE;
    }

    /** The clause text from the last phrase boundary before {@code position}. */
    static String subjectBefore(String clause, int position) {
        int boundary = Math.max(clause.lastIndexOf(';', position - 1), clause.lastIndexOf(':', position - 1));
        return clause.substring(boundary + 1, position);
    }

    private static boolean inSubordinatePhrase(String clause, DeonticCue cue) {
        int comma = Math.max(clause.lastIndexOf(',', cue.start() - 1),
                Math.max(clause.lastIndexOf(';', cue.start() - 1), clause.lastIndexOf('(', cue.start() - 1)));
        String phrase = clause.substring(comma + 1, cue.start());
        return SUBORDINATOR.matcher(phrase).find();
    }
}
