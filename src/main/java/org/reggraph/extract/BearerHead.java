package org.reggraph.extract;

import java.util.regex.Pattern;

/**
 * Whether a name in a rule's bearer phrase names the bearer: it must stand in the phrase's head, before the
 * first word that opens a modifier. "All parties that participate in transactions subject to the EAR" binds
 * parties, not the EAR; "Licenses issued by OFAC ... under the EAR" binds no catalogued entity; "the
 * Secretary of Commerce" binds Commerce, as the "of" there is inside the name, which starts the phrase.
 * A quantifier before the head ("each of the Member States") is not a modifier, nor is an office over the
 * body named ("the Secretary of HHS", "the heads of the Department of State, DOD ...").
 */
public final class BearerHead {
    /** A quantifier ("each of") or a first "that", a determiner there ("that deployer"), not a relative clause. */
    private static final Pattern DETERMINER = Pattern.compile(
            "^\\s*(?:(?:each|all|any|none|both|either|neither|some|one|many|most)\\s+of\\s+|that\\s+)",
            Pattern.CASE_INSENSITIVE);
    /** An office over a body binds the body, as the catalog's aliases do: "the Director of OEE" binds OEE. */
    private static final Pattern OFFICE = Pattern.compile(
            "^\\s*(?:the\\s+)?(?:(?:deputy|under|assistant)\\s+)?(?:secretary|director|administrator|heads?"
                    + "|chair(?:man|person)?|commissioner|minister|inspector\\s+general)\\s+of\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MODIFIER = Pattern.compile(
            "\\b(?:that|which|who|whom|whose|where|of|in|for|to|with|by|from|on|at|under|subject|pursuant"
                    + "|issued|described|identified|listed|including|other|except)\\b",
            Pattern.CASE_INSENSITIVE);

    private BearerHead() {}

    /** Whether a name found at {@code start} in the bearer phrase stands in its head. */
    public static boolean holds(String bearer, int start) {
        String before = bearer.substring(0, Math.max(0, Math.min(start, bearer.length())));
        String head = OFFICE.matcher(DETERMINER.matcher(before).replaceFirst("")).replaceFirst("");
        return !MODIFIER.matcher(head).find();
    }
}
