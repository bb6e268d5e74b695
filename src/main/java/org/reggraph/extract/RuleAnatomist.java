package org.reggraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who, what, when and on which condition from a normalized clause around its deontic cue. The bearer
 * is the first noun phrase before the cue that is not an introductory phrase ("Within 90 days of ...",
 * "to help ensure ...") or an appositive ("acting through ...", "in consultation with ..."); a cue such as
 * "directs X to" or "it is unlawful for X to" names the bearer after it. A passive clause ("reports shall be
 * submitted") has no bearer unless a "by X" phrase names one; nor has a clause that states what is required or
 * allowed ("A license is required for the export of ..."): its subject is the duty's object.
 */
final class RuleAnatomist {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final int MAX_PART_LENGTH = 300;

    private static final Pattern INTRODUCTORY = Pattern.compile(
            "^(?:within|prior to|not later than|no later than|to|in order to|if|where|when|whenever|upon|after|before|by|"
                    + "consistent with|as|for|in|pursuant to|subject to|notwithstanding|unless|except|beginning|on|"
                    + "following|under|with|without|at|through|acting|including|and|or|but|once|until|while|because|"
                    + "although|during|from|of|among|based on|whereas|moreover|further|furthermore|additionally|also|"
                    + "accordingly|therefore|thus|however|where appropriate|as appropriate|together|given|considering|"
                    + "recognizing|recognising|in light of|in view of|despite|since|due to|owing to|regarding|"
                    + "concerning|to the extent)\\b",
            FLAGS);
    /**
     * A sentence adverb set off by a comma ("Finally, the Secretary shall ..."): a whole segment, since "First
     * responders" and "Third countries" open noun phrases.
     */
    private static final Pattern SENTENCE_ADVERB = Pattern.compile(
            "(?:finally|similarly|likewise|conversely|specifically|alternatively|instead|otherwise|generally|"
                    + "in particular|in addition|first|second|third|lastly|notably)",
            FLAGS);
    private static final Pattern NOUN_PHRASE_START = Pattern.compile(
            "^(?:the|each|any|all|every|a|an|no|such|these|those|this|that|its|their|his|her|our|we|you|they|it|"
                    + "[A-Z][\\w.'’-]*)\\b");
    private static final Pattern LEADING_MARKER = Pattern.compile(
            "^(?:(?:\\\\?\\([\\w.]{1,6}\\\\?\\)|\\d{1,3}[a-z]?\\.(?!\\d)|[•·▪◦●\\-*–—])\\s*)+");
    private static final Pattern LEADING_HEADING = Pattern.compile(
            "^(?:[#*_ ]*(?:Sec(?:tion|\\.)?|Article|§)\\s*[\\w.-]+\\.?[*_ ]*(?:[A-Z][^.]{0,120}\\.\\s+)?)", FLAGS);
    private static final Pattern PASSIVE = Pattern.compile("^(?:not |also |only |further |hereby )*be (?:\\w+ly )?\\w+(?:ed|en|wn|nt|lt|ne|de)\\b", FLAGS);
    /**
     * The classifier's cues that end in a state ("is required", "are permitted", "shall be prohibited") rather
     * than "to" or "from": they say what is required, allowed or prohibited, whose subject may be no actor.
     */
    private static final Pattern STATE_CUE = Pattern.compile(
            "\\b(?:required|authori[sz]ed|permitted|allowed|(prohibited))$", FLAGS);
    /**
     * An infinitive after the state ("CISA is required by 6 U.S.C. 681b to offer a form") makes its subject the
     * actor; "to" before a determiner or a name ("to all destinations", "to Iran") is a preposition.
     */
    private static final Pattern INFINITIVE_AHEAD = Pattern.compile(
            "^[^;]*?\\bto (?!(?:be|the|a|an|all|any|each|every|its|their|such|this|that|these|those|which|whom|or|and)\\b)[a-z]");
    /** What a state cue's subject is when it is a grant, not a grantee ("A license is required to export ..."). */
    private static final Pattern GRANT = Pattern.compile(
            "\\b(?:licen[cs]es?|permits?|authori[sz]ations?|approvals?|consents?)$", FLAGS);
    private static final Pattern BY_AGENT = Pattern.compile("\\bby (the [A-Z][\\w ]{2,80}?|[A-Z]{2,}[\\w ]{0,40}?)(?=[,;.]|$| (?:to|in|for|within|not later)\\b)");
    private static final Pattern FOR_X_TO = Pattern.compile("^\\s*for (.{2,120}?) to (?=\\w)", FLAGS);
    private static final Pattern CONDITION = Pattern.compile(
            "(?:^|[,;(]\\s*|\\s)((?:if|where|when|whenever|in the event that|in cases? where|to the extent that|provided that|"
                    + "on condition that|upon|in the case of|once)\\s(?!appropriate\\b|applicable\\b|necessary\\b|possible\\b|"
                    + "practicable\\b|feasible\\b|relevant\\b|available\\b)[^,;:]{3,}?)(?=[,;:]|$)",
            FLAGS);
    private static final Pattern EXCEPTION = Pattern.compile(
            "\\b((?:unless|except(?: as| for| where| when| that| to the extent)?|other than|notwithstanding|with the exception of)\\s[^;:]{3,}?)(?=[,;:]\\s|[.]$|$)",
            FLAGS);
    private static final Pattern DEADLINE = Pattern.compile(
            "\\b((?:within|no later than|not later than|not more than)\\s(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                    + "fifteen|thirty|sixty|ninety|twelve|eighteen|twenty-four|\\d+ calendar|\\d+ business)\\s[^,;:]{2,}?"
                    + "|(?:no|not) later than\\s[^,;:]{3,}?"
                    + "|by (?:January|February|March|April|May|June|July|August|September|October|November|December)\\s\\d{1,2},\\s\\d{4}"
                    + "|(?:at least |on an )?(?:annually|quarterly|biennially|annual basis|every \\w+ (?:days|months|years)))(?=[,;:]|\\.$|$)",
            FLAGS);
    private static final Pattern PENALTY = Pattern.compile(
            "\\b((?:shall be |is |are )?(?:liable(?: on (?:summary )?conviction| on conviction on indictment)?(?: to| for)"
                    + "|subject to (?:a |an )?(?:civil|criminal|administrative)? ?(?:monetary )?(?:penalt|fine|sanction)"
                    + "|punishable by|imprisonment for)[^;]{2,}?)(?=;|\\.$|$)",
            FLAGS);
    private static final Set<String> ACTION_STOP_WORDS = Set.of("to", "for", "with", "by", "within", "in", "on", "from",
            "under", "that", "which", "who", "when", "where", "if", "unless", "except", "before", "after", "not");

    RuleParts dissect(String clause, DeonticCue cue, RuleParts inherited) {
        String before = clause.substring(0, cue.start());
        String cueText = clause.substring(cue.start(), cue.end());
        String after = clause.substring(cue.end()).trim();
        String bearer;
        if (cue.bearerAfter()) {
            bearer = bearerInsideCue(cueText);
        } else if (cueText.toLowerCase(Locale.ROOT).startsWith("no ")) {
            bearer = cueText.replaceAll("(?i)\\s+(?:shall|may|must)$", "");
        } else {
            bearer = bearerBefore(before);
            Matcher forTo = FOR_X_TO.matcher(after);
            if ((bearer == null || bearer.equalsIgnoreCase("it")) && forTo.find()) {
                bearer = forTo.group(1);
                after = after.substring(forTo.end());
            }
        }
        boolean passive = PASSIVE.matcher(after).find();
        boolean subjectIsObject = passive || statesWhatIsRequired(cueText, after, bearer);
        if (passive) {
            Matcher agent = BY_AGENT.matcher(after);
            bearer = agent.find() ? agent.group(1).trim() : null;
        } else if (subjectIsObject) {
            // "by X" after "required" names who requires it ("is required by law"), not who must act.
            bearer = null;
        }
        if (bearer == null && inherited != null) {
            bearer = inherited.bearer();
        }
        String action = action(after);
        String object = subjectIsObject ? cleanBearer(bearerBefore(before)) : objectOf(action);
        return new RuleParts(cap(cleanBearer(bearer)), cap(action), cap(object), cap(first(CONDITION, clause)),
                cap(first(EXCEPTION, clause)), cap(first(DEADLINE, clause)), cap(first(PENALTY, clause)));
    }

    /**
     * "A license is required for the export of ...", "Export ... is authorized under the terms of a license", "The
     * following AI practices shall be prohibited": the subject is what is required, allowed or prohibited, not who
     * must act, unless an infinitive follows ("The entity is required by the TSA to report") and the subject is not
     * a grant ("A license is required to export ..."); a prohibition's actor comes with "from" ("A person is
     * prohibited from ...").
     */
    private static boolean statesWhatIsRequired(String cueText, String after, String subject) {
        Matcher state = STATE_CUE.matcher(cueText.trim());
        if (subject == null || !state.find()) {
            return false;
        }
        if (state.group(1) != null) {
            return !after.regionMatches(true, 0, "from ", 0, 5);
        }
        return !INFINITIVE_AHEAD.matcher(after).find() || GRANT.matcher(subject.trim()).find();
    }

    /** The parts of a list item that completes a lead-in ("The Secretary shall: (i) establish ..."). */
    RuleParts dissectItem(String item, RuleParts leadIn) {
        String action = action(LEADING_MARKER.matcher(item).replaceFirst(""));
        return new RuleParts(leadIn == null ? null : leadIn.bearer(), cap(action), cap(objectOf(action)),
                cap(first(CONDITION, item)), cap(first(EXCEPTION, item)), cap(first(DEADLINE, item)),
                cap(first(PENALTY, item)));
    }

    private static String bearerInsideCue(String cueText) {
        Matcher matcher = Pattern.compile("^\\w+ (.+?) to $", FLAGS).matcher(cueText);
        return matcher.find() ? matcher.group(1) : null;
    }

    static String bearerBefore(String before) {
        String subject = LEADING_MARKER.matcher(lastClause(before).trim()).replaceFirst("");
        subject = LEADING_HEADING.matcher(subject).replaceFirst("");
        String[] segments = subject.split(",\\s*(?![^()]*\\))");
        // After an introductory phrase only a noun phrase is the subject ("Within 90 days, the Secretary");
        // a sentence adverb leaves the clause as it was ("Alternatively, organizations may ...").
        boolean afterIntroduction = false;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i].trim();
            if (SENTENCE_ADVERB.matcher(segment).matches()) {
                continue;
            }
            if (segment.isEmpty() || INTRODUCTORY.matcher(segment).find()) {
                afterIntroduction = true;
                continue;
            }
            if (!afterIntroduction || NOUN_PHRASE_START.matcher(segment).find()) {
                return withCoordinatedBearers(segment, segments, i + 1);
            }
        }
        return null;
    }

    /**
     * What follows the last semicolon, or colon before a space, outside brackets: a semicolon joins independent
     * clauses, so in "it does not restrict publication; developers are not required to" the bearer is in the
     * last one, and a colon ends a run-in label ("Content: Providers of high-risk AI systems shall", the AI
     * Act's article export; "STRIKING THE RIGHT BALANCE ...: President Trump believes"). "Country Group D:5"
     * is no label, nor is a control's "[Assignment: organization-defined frequency]".
     */
    private static String lastClause(String before) {
        int depth = 0;
        for (int i = before.length() - 1; i >= 0; i--) {
            char c = before.charAt(i);
            if (c == ')' || c == ']') {
                depth++;
            } else if ((c == '(' || c == '[') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == ';' || c == ':' && i + 1 < before.length()
                    && Character.isWhitespace(before.charAt(i + 1)))) {
                return before.substring(i + 1);
            }
        }
        return before;
    }

    /** "the Secretary of War, the DNI, and the heads of agencies": a list of bearers is one bearer phrase. */
    private static String withCoordinatedBearers(String first, String[] segments, int next) {
        StringBuilder bearer = new StringBuilder(first);
        for (int i = next; i < segments.length; i++) {
            String segment = segments[i].trim();
            String conjunctless = segment.replaceFirst("^(?:and|or)\\s+", "");
            boolean coordinated = !conjunctless.isEmpty() && !INTRODUCTORY.matcher(conjunctless).find()
                    && NOUN_PHRASE_START.matcher(conjunctless).find();
            if (!coordinated) {
                break;
            }
            bearer.append(", ").append(segment);
        }
        return bearer.toString();
    }

    private static String cleanBearer(String bearer) {
        if (bearer == null) {
            return null;
        }
        String cleaned = bearer.replaceAll("[*_#]+", "").replaceAll("\\s+", " ").trim();
        cleaned = cleaned.replaceAll("(?i)^(?:and|or|but|then|thus|also|accordingly)\\s+", "");
        cleaned = withoutOpeningQuote(cleaned);
        return cleaned.isEmpty() || cleaned.length() > 200 ? null : cleaned;
    }

    /**
     * Quoted speech ("“Developers must now come to us ...”") opens before its subject; the quote mark is no
     * part of the bearer. A quote mark that closes within the phrase (the “Provider”) stays.
     */
    private static String withoutOpeningQuote(String bearer) {
        if (bearer.isEmpty() || "\"“‘'".indexOf(bearer.charAt(0)) < 0) {
            return bearer;
        }
        String rest = bearer.substring(1);
        return rest.chars().anyMatch(c -> "\"”’'".indexOf(c) >= 0) ? bearer : rest.strip();
    }

    private static String action(String after) {
        String text = after.replaceFirst("^[:\\-—–\\s]+", "").trim();
        text = text.replaceFirst("(?i)^(?:,[^,]{0,80},\\s*)", "");
        int cut = text.length();
        Matcher stop = Pattern.compile("(?i)[;:]|,? (?:unless|except|provided that|notwithstanding)\\b|\\.$").matcher(text);
        if (stop.find()) {
            cut = stop.start();
        }
        String action = text.substring(0, cut).trim();
        return action.isEmpty() ? null : action;
    }

    private static String objectOf(String action) {
        if (action == null) {
            return null;
        }
        String[] words = action.split("\\s+");
        if (words.length < 2) {
            return null;
        }
        StringBuilder object = new StringBuilder();
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            if (ACTION_STOP_WORDS.contains(word.toLowerCase(Locale.ROOT)) || word.startsWith("(")) {
                break;
            }
            object.append(object.length() == 0 ? "" : " ").append(word);
            if (word.endsWith(",")) {
                break;
            }
        }
        String text = object.toString().replaceAll("[,.;:]+$", "");
        return text.isEmpty() ? null : text;
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1).trim() : null;
    }

    private static String cap(String part) {
        if (part == null) {
            return null;
        }
        return part.length() <= MAX_PART_LENGTH ? part : part.substring(0, MAX_PART_LENGTH).trim() + "…";
    }
}
