package org.reggraph.extract;

import java.util.regex.Pattern;

/**
 * Sentences that carry a modal verb yet state no rule: definitions, amendatory instructions, revocations,
 * rules of construction, scope and entry-into-force clauses, sanctions that only attach to a rule stated
 * elsewhere. Recognising them first keeps "shall mean" and "shall not be construed" out of the analyst's
 * list of obligations.
 */
final class NonRules {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final Pattern DEFINITION = Pattern.compile(
            "^(?:\\(?[\\w.]+\\)\\s*)?(?:for (?:the )?purposes? of [^,]{1,120}, )?(?:the (?:term|terms|phrase|expression)s? )?"
                    + "[\"“‘'][^\"”’']{1,120}[\"”’'],?(?: and [\"“‘'][^\"”’']{1,80}[\"”’'])?(?: \\([^)]{1,40}\\))? "
                    + "(?:means|mean|shall mean|has the meaning|have the meaning|refers to|is defined|includes|shall include)\\b"
                    + "|\\bshall mean\\b|(?<!\\b(?:by|the|a|other|any|such|no|all|its|their|same) )\\bmeans\\b(?! of\\b| to\\b| for\\b)"
                    + "|\\b(?:has|have) the (?:same )?meaning (?:given|assigned|set forth|provided)\\b"
                    + "|^(?:the )?term [\"“‘]?[\\w -]{1,60}[\"”’]? (?:means|includes|refers)",
            FLAGS);

    private static final Pattern AMENDATORY = Pattern.compile(
            "\\b(?:is|are) (?:hereby )?(?:amended|revised|redesignated|removed(?: and reserved)?|reserved|added|revoked|rescinded|superseded)\\b"
                    + "|\\b(?:is|are) (?:hereby )?(?:further )?amended to read\\b"
                    + "|^(?:\\S+ )?(?:amend|revise|add|remove) (?:§|section|part|paragraph|supplement|the (?:entry|heading|definition))",
            FLAGS);

    private static final Pattern CONSTRUCTION_OR_SCOPE = Pattern.compile(
            "\\bshall (?:not )?be (?:construed|interpreted|deemed|considered|regarded|understood|read|taken to|treated as)\\b|\\bshall have effect\\b"
                    + "|\\bshould (?:not )?be (?:construed|interpreted|understood|read (?:as|to))\\b"
                    + "|\\b(?:shall|does|do|will) not (?:apply|affect|prejudice|impair|limit|create|alter|supersede|preclude|entail)\\b"
                    + "|\\bshall (?:apply|enter into force|be binding|take effect|become effective|be effective|remain in (?:force|effect)|cease to)\\b"
                    + "|\\bnothing in (?:this|these|it|them)\\b[^.;]{0,160}?\\b(?:shall|may|must|should)\\b(?: not)?"
                    + "|\\bshall be (?:liable|punishable|subject to (?:a |an )?(?:fine|penalt|imprisonment|administrative fine))"
                    + "|\\bshall (?:consist of|be composed of|be chaired|be headed)\\b",
            FLAGS);

    /** Literals one of which every match of the pattern above contains (see {@link LiteralScreen}). */
    private static final LiteralScreen DEFINITION_WORDS = LiteralScreen.anyOf("mean", "refer", "defined", "include");
    private static final LiteralScreen AMENDATORY_WORDS = LiteralScreen.anyOf("amend", "revise", "redesignated",
            "remove", "reserved", "add", "revoked", "rescinded", "superseded");
    private static final LiteralScreen CONSTRUCTION_OR_SCOPE_WORDS = LiteralScreen.anyOf("shall", "should be",
            "should not be", "does not", "do not", "will not", "nothing in");

    /**
     * A question ("To what agency must entities report incidents?") or a request for comment ("Please describe
     * the reporting requirement ...") asks for a rule; notices of proposed rulemaking are full of both.
     */
    private static final Pattern QUESTION_OR_REQUEST = Pattern.compile(
            "\\?[\\s\"”’')\\]*_]*$|^(?:\\(?[\\w.]{1,6}\\)\\s*|\\d{1,3}\\.\\s+|[•·▪◦●*–—-]\\s*)?please\\b", FLAGS);

    /**
     * A modal verb inside an indirect question ("such as what entities are required to report, how quickly
     * incidents must be reported") names a rule under discussion, not one laid down. Relative "which" and
     * "who" are left out: "entities which must file reports" binds them.
     */
    private static final Pattern INDIRECT_QUESTION_BEFORE_CUE = Pattern.compile(
            "\\b(?:what|how|whether|why)\\b[^,.;:()]{0,80}$", FLAGS);
    private static final int INDIRECT_QUESTION_REACH = 90;
    private static final LiteralScreen INDIRECT_QUESTION_WORDS = LiteralScreen.anyOf("what", "how", "whether", "why");

    private NonRules() {
    }

    /** Whether the cue at {@code cueStart} sits in an indirect question opened earlier in its clause. */
    static boolean insideIndirectQuestion(String clause, int cueStart) {
        // The pattern reaches at most 80 characters and a word back: look only there, and only if a
        // question word is there at all.
        int from = Math.max(0, cueStart - INDIRECT_QUESTION_REACH);
        String window = lower(clause.substring(from, cueStart));
        return INDIRECT_QUESTION_WORDS.admits(window) && INDIRECT_QUESTION_BEFORE_CUE.matcher(clause)
                .region(from, cueStart).useTransparentBounds(true).find();
    }

    /** Whether the sentence asks rather than states: a question, or a request to the reader. */
    static boolean asks(String sentence) {
        return QUESTION_OR_REQUEST.matcher(sentence.strip()).find();
    }

    static boolean isDefinition(String clause) {
        return DEFINITION_WORDS.admits(lower(clause)) && DEFINITION.matcher(clause).find();
    }

    static boolean isAmendatory(String clause) {
        return AMENDATORY_WORDS.admits(lower(clause)) && AMENDATORY.matcher(clause).find();
    }

    /** Whether the clause states no rule of its own: a definition, an amendment, construction, scope or sanction. */
    static boolean declaresNoRule(String clause) {
        return isDefinition(clause) || isAmendatory(clause)
                || CONSTRUCTION_OR_SCOPE_WORDS.admits(lower(clause)) && CONSTRUCTION_OR_SCOPE.matcher(clause).find();
    }

    /** Whether the modal verb at {@code cueStart} belongs to a rule of construction, scope or sanction. */
    static boolean isConstructionOrScope(String clause, int cueStart) {
        if (!CONSTRUCTION_OR_SCOPE_WORDS.admits(lower(clause))) {
            return false;
        }
        java.util.regex.Matcher matcher = CONSTRUCTION_OR_SCOPE.matcher(clause);
        while (matcher.find()) {
            if (matcher.start() <= cueStart && cueStart < matcher.end()) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String clause) {
        return clause.toLowerCase(java.util.Locale.ROOT);
    }
}
