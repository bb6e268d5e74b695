package org.reggraph.model;

import java.util.Locale;

/** The deontic force of a rule, after ODRL's duty / prohibition / permission plus non-binding advice. */
public enum Modality {
    OBLIGATION,
    PROHIBITION,
    PERMISSION,
    RECOMMENDATION;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Modality parse(String label) {
        try {
            return valueOf(label.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown modality '" + label
                    + "': expected obligation, prohibition, permission or recommendation", e);
        }
    }
}
