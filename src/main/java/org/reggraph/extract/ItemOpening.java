package org.reggraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a clause opens once its list marker is stripped: with a verb and no subject ("establish guidelines",
 * "(ii) Include a requirement ..."), the shape of a duty listed under a lead-in or of a suggested action in
 * guidance; or with a subject of its own ("providers shall ...").
 */
final class ItemOpening {
    private static final Pattern MARKER_AND_DECORATION = Pattern.compile(
            "^(?:(?:\\\\?\\([\\w.]{1,6}\\\\?\\)|\\d{1,3}[a-z]?\\.(?!\\d)|[•·▪◦●\\-*–—])\\s*)*[*_\\s]*");
    private static final Pattern FIRST_WORD = Pattern.compile("^([A-Za-z][a-z-]*)\\b");
    private static final Set<String> NOT_VERBS = Set.of("the", "a", "an", "any", "each", "all", "such", "this", "that",
            "these", "those", "its", "their", "his", "her", "no", "every", "other", "in", "on", "for", "of", "to", "with",
            "by", "from", "at", "as", "where", "when", "if", "and", "or", "not", "only", "both", "either", "neither",
            "there", "it", "they", "we", "you", "he", "she", "one", "some", "most", "many", "more", "less", "after",
            "before", "within", "under", "upon", "during", "whether", "which", "who", "what", "how", "why", "also");
    private static final Set<String> IMPERATIVE_VERBS = Set.of("establish", "develop", "document", "identify",
            "implement", "consider", "review", "ensure", "maintain", "define", "assess", "evaluate", "monitor",
            "conduct", "apply", "verify", "track", "measure", "use", "provide", "integrate", "align", "determine",
            "engage", "update", "create", "protect", "perform", "record", "include", "train", "test", "prioritize",
            "plan", "adopt", "employ", "collect", "communicate", "disclose", "regularly", "periodically",
            "continuously", "compare", "analyze", "analyse", "limit", "restrict", "require", "deploy", "audit",
            "validate", "examine", "manage", "leverage", "specify", "map", "avoid", "reassess", "re-evaluate",
            "propose", "set", "submit", "issue", "publish", "convene", "launch", "coordinate", "pursue", "promote",
            "support", "solicit", "report", "designate", "direct", "prepare", "recommend", "encourage", "expand",
            "explore", "advance", "assist", "prohibit", "allow", "authorize", "invest", "hire", "help", "streamline",
            "clarify", "lead", "work", "study", "inform", "enable", "continue", "take", "reduce", "share",
            "accelerate", "build", "modify", "revise", "incorporate", "host", "facilitate", "fund", "announce",
            "release", "initiate", "complete", "address", "seek", "notify", "obtain", "retain", "keep", "refrain",
            "mitigate", "respond", "rescind", "amend", "remove", "add", "consult", "deliver", "enhance",
            "improve", "strengthen", "form", "formulate", "oversee", "task", "draft", "finalize", "give",
            "grant", "make", "post", "put", "run", "see", "select", "send", "serve", "adhere", "comply", "cooperate",
            "collaborate", "contribute", "offer", "outline", "list", "describe", "explain", "indicate", "detail");

    private ItemOpening() {
    }

    /** The clause without its list markers and Markdown emphasis. */
    static String body(String clause) {
        return MARKER_AND_DECORATION.matcher(clause).replaceFirst("");
    }

    /** Whether the clause opens with an imperative verb ("Establish", "Document") in any case. */
    static boolean opensWithImperative(String clause) {
        Matcher word = FIRST_WORD.matcher(body(clause));
        return word.find() && IMPERATIVE_VERBS.contains(word.group(1).toLowerCase(Locale.ROOT));
    }

    /** Whether the clause has no subject of its own: an imperative, or a lower-case word that is no determiner. */
    static boolean lacksSubject(String clause) {
        Matcher word = FIRST_WORD.matcher(body(clause));
        if (!word.find()) {
            return false;
        }
        String first = word.group(1);
        if (IMPERATIVE_VERBS.contains(first.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return Character.isLowerCase(first.charAt(0)) && !NOT_VERBS.contains(first);
    }
}
