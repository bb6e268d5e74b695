package org.reggraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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

    private record CuePattern(Modality modality, Pattern pattern, boolean bearerAfter, Set<DocumentKind> kinds) {
        CuePattern(Modality modality, String regex) {
            this(modality, Pattern.compile(regex, FLAGS), false, Set.of(DocumentKind.values()));
        }
    }

    private static final Set<DocumentKind> BINDING_OR_REPORTING =
            Set.of(DocumentKind.DIRECTIVE, DocumentKind.NEWS, DocumentKind.PASSAGE);

    private static final List<CuePattern> CUES = List.of(
            new CuePattern(Modality.PROHIBITION, "\\b(?:shall|must)(?: also)? not\\b|\\b(?:shall|must|may) no longer\\b"),
            new CuePattern(Modality.PROHIBITION, "\\bmay not\\b"),
            new CuePattern(Modality.PROHIBITION, "\\bno (?!later\\b|earlier\\b|more\\b|less\\b|fewer\\b|sooner\\b)(?:[\\w-]+ ){1,4}(?:shall|may|must)\\b"),
            new CuePattern(Modality.PROHIBITION, "\\b(?:is|are|be|been)(?: hereby)?(?: strictly| expressly)? prohibited\\b|\\bprohibited from\\b|\\bprohibits?\\b|\\bforbid(?:s|den)?\\b"),
            new CuePattern(Modality.PROHIBITION, "\\b(?:it )?(?:is|shall be|will be) unlawful\\b|\\bunlawful for\\b"),
            new CuePattern(Modality.PROHIBITION, "\\b(?:is|are|be) not (?:permitted|allowed|authori[sz]ed) to\\b|\\bshall refrain from\\b"),
            new CuePattern(Modality.PROHIBITION, "\\b(?:is|shall be) guilty of an? (?:summary )?offen[cs]e\\b|\\bcommits? an? offen[cs]e\\b"),
            new CuePattern(Modality.PERMISSION, "\\b(?:is|are|be|shall|will) (?:not|no longer)(?: be)? required to\\b|\\bneed not\\b|\\bdo(?:es)? not (?:need|have) to\\b"),
            new CuePattern(Modality.PERMISSION, "\\b(?:is|are|be)(?: hereby)? (?:authori[sz]ed|permitted|entitled|allowed|empowered) to\\b|\\b(?:is|are) (?:hereby )?(?:authori[sz]ed|permitted|allowed)\\b"),
            new CuePattern(Modality.PERMISSION, "\\b(?:is|are|be)(?: hereby)? exempt(?:ed)?\\b|\\bexempt(?:s|ed)? from\\b|\\b(?:has|have|shall have) the right\\b|\\bretains? the (?:right|discretion)\\b|\\bauthori[sz]es\\b"),
            new CuePattern(Modality.PERMISSION, "\\bmay\\b"),
            new CuePattern(Modality.OBLIGATION, "\\bshall\\b|\\bmust\\b"),
            new CuePattern(Modality.OBLIGATION, "\\b(?:is|are|be|shall be|will be)(?: also)? required to\\b|(?<!\\bas )\\b(?:is|are) required\\b|\\bha(?:s|ve) to (?!do\\b)|\\b(?:is|are)(?: also)? (?:responsible for|obligated to|obliged to)\\b|\\b(?:is|are) (?:hereby )?directed to\\b|\\bI hereby direct\\b"),
            new CuePattern(Modality.OBLIGATION, Pattern.compile("\\brequir(?:e|es|ing) (?:[\\w-]+ ){1,8}?to (?=(?!the\\b|a\\b|an\\b|this\\b|these\\b)(?!\\w+ing\\b)\\w)|\\bdirect(?:s|ing)? (?!the following\\b)(?:[\\w,-]+ ){1,10}?to (?=(?!the\\b|a\\b|an\\b)\\w)", FLAGS), true, BINDING_OR_REPORTING),
            new CuePattern(Modality.OBLIGATION, Pattern.compile("\\brequir(?:e|es|ing) that\\b|\\bdirects the following\\b|\\bmandates that\\b", FLAGS), false, BINDING_OR_REPORTING),
            new CuePattern(Modality.RECOMMENDATION, "\\bshould\\b|\\bought to\\b|\\b(?:is|are|be)(?: strongly)? (?:encouraged|urged|advised)(?:,[^,]{1,80},)? to\\b|\\b(?:it )?is (?:strongly )?recommended\\b|\\bare recommended\\b|\\brecommends?\\b"),
            new CuePattern(Modality.RECOMMENDATION, Pattern.compile("\\b(?:encourag|urg)(?:e|es|ing) (?:[\\w-]+ ){1,8}?to (?=\\w)", FLAGS), true, Set.of(DocumentKind.values())));

    private static final Pattern SUBORDINATOR = Pattern.compile(
            "\\b(?:that|which|who|whom|as|if|whether|where|when|so|such|though|although|because|while|how|what|than|unless)\\b", FLAGS);
    private static final Pattern CONDITIONAL_SHOULD = Pattern.compile("^(?:\\([\\w.]+\\)\\s*)?should\\b", FLAGS);
    private static final Pattern EPISTEMIC_AFTER_MAY = Pattern.compile(
            "^(?:not )?(?:also |even |well |thus |therefore |potentially |still |ultimately |sometimes |often |in turn |further )?"
                    + "(?:pose|result|cause|lead|include|vary|differ|affect|exist|arise|occur|increase|decrease|reduce|contribute|have|"
                    + "become|seem|appear|help|emerge|change|impact|need|want|wish|introduce|create|make|exacerbate|amplify|involve|"
                    + "reflect|face|experience|fail|take|benefit|range|come|know|find|encounter|struggle|lack|undermine|depend|"
                    + "generate|produce|enable|allow|facilitate|mean|indicate|suggest|hinder|harm|present|remain|span|yield|prove|"
                    + "not|limit|jeopardi[sz]e|be (?:able|unable|possible|feasible|difficult|challenging|easier|harder|more|less|"
                    + "necessary|appropriate|useful|helpful|relevant|beneficial|subject|used to|the case|due|caused|related|"
                    + "affected|exposed|vulnerable|at risk|associated|present|available|inaccurate|accurate|unreliable|biased|"
                    + "harmful|misused|exploited|perceived|considered|viewed|seen|a |an |in |of |from |further|particularly|"
                    + "especially|even|too|insufficient|sufficient|limited|different|similar|higher|lower|greater|significant|"
                    + "unclear|uncertain|unknown|critical|important|impossible|hard))\\b",
            FLAGS);
    private static final Pattern AGENT = Pattern.compile(
            "\\b(?:persons?|secretary|director|administrator|commission|agenc(?:y|ies)|member states?|providers?|deployers?|"
                    + "authorit(?:y|ies)|board|office|court|part(?:y|ies)|exporters?|reexporters?|transferors?|applicants?|"
                    + "licensees?|you|bis|omb|head|heads|president|attorney general|government|controllers?|processors?|"
                    + "entit(?:y|ies)|operators?|importers?|distributors?|developers?|compan(?:y|ies)|department|council|"
                    + "data subjects?|manufacturers?|representatives?|bod(?:y|ies)|chair|officers?|constable|users?|"
                    + "recipients?|end users?|organi[sz]ations?|institutes?|nist|cisa|dhs|staff|officials?|individuals?)\\b",
            FLAGS);

    Optional<DeonticCue> classify(String clause, DocumentKind kind) {
        if (NonRules.isDefinition(clause) || NonRules.isAmendatory(clause)) {
            return Optional.empty();
        }
        List<DeonticCue> found = new ArrayList<>();
        for (CuePattern cue : CUES) {
            if (!cue.kinds().contains(kind)) {
                continue;
            }
            Matcher matcher = cue.pattern().matcher(clause);
            while (matcher.find()) {
                found.add(new DeonticCue(cue.modality(), matcher.start(), matcher.end(), cue.bearerAfter()));
            }
        }
        found.removeIf(cue -> isInsideLonger(cue, found));
        found.removeIf(cue -> NonRules.isConstructionOrScope(clause, cue.start()));
        found.removeIf(cue -> !isMainClauseUse(clause, cue, kind));
        Optional<DeonticCue> first = found.stream().min(Comparator.comparingInt(DeonticCue::start));
        if (first.isEmpty() && kind == DocumentKind.GUIDANCE && ItemOpening.opensWithImperative(clause)) {
            return Optional.of(new DeonticCue(Modality.RECOMMENDATION, 0, 0, false));
        }
        return first;
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
        if (word.startsWith("requir") || word.startsWith("direct") || word.startsWith("mandate")) {
            return !inSubordinatePhrase(clause, cue);
        }
        return true;
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
            return agentSubject && !after.matches("(?i)^(?:not )?(?:also )?be (?:a |an |in |of |from |more|less|able|unable|possible|difficult|challenging|necessary).*");
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
