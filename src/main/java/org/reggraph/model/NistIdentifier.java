package org.reggraph.model;

/**
 * The shapes of the identifiers NIST gives the entries of its frameworks and catalogs, as regular expressions
 * (upper case, no boundaries): where a provision starts, what labels it, what the analyzer keeps whole.
 */
public final class NistIdentifier {
    /** A Cybersecurity or Privacy Framework subcategory: {@code GV.PO-01}, {@code ID.DE-P1}. */
    public static final String SUBCATEGORY = "[A-Z]{2}\\.[A-Z]{2}-P?\\d{1,2}";
    /** An AI RMF subcategory: {@code GOVERN 1.2}, {@code MAP 3}. */
    public static final String AI_RMF_SUBCATEGORY = "(?:GOVERN|MAP|MEASURE|MANAGE)[ \\t]+\\d+(?:\\.\\d+)?";
    /** An SP 800-53 control or enhancement: {@code AC-2}, {@code AC-2(5)}. */
    public static final String CONTROL = "[A-Z]{2}-\\d{1,2}(?:\\(\\d{1,2}\\))?";

    private NistIdentifier() {
    }
}
