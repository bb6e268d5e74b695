package org.reggraph.model;

import java.util.Locale;

public enum EntityType {
    ORGANIZATION,
    JURISDICTION,
    INSTRUMENT,
    TECHNOLOGY,
    CONCEPT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
