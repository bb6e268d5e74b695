package org.reggraph.ingest.oscal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A control's id as people cite it, when the catalog that labels it is not at hand ("ac-2.1" is "AC-2(1)"). */
final class ControlIds {
    /** SP 800-53's enhancement ids. */
    private static final Pattern ENHANCEMENT_ID = Pattern.compile("([a-z]{2}-\\d+)\\.(\\d+)");

    private ControlIds() {
    }

    static String citedAs(String id) {
        Matcher enhancement = ENHANCEMENT_ID.matcher(id);
        return enhancement.matches() ? enhancement.group(1).toUpperCase(Locale.ROOT) + "(" + enhancement.group(2) + ")"
                : id.toUpperCase(Locale.ROOT);
    }

    /** The family a control id belongs to: what comes before its first hyphen ("AC" for "ac-2.1"). */
    static String family(String id) {
        int hyphen = id.indexOf('-');
        return hyphen > 0 ? id.substring(0, hyphen).toUpperCase(Locale.ROOT) : "";
    }
}
