package org.reggraph.ingest.oscal;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.reggraph.ingest.oscal.Catalog.Param;

/**
 * A catalog's parameters, and the words that stand in a control's prose where one is inserted, as SP 800-53
 * prints them: the value a profile set, "[Selection (one or more): ...]", or "[Assignment: organization-defined
 * frequency]". A choice may insert a parameter itself; a chain deeper than a few such steps is cut short.
 */
final class Parameters {
    private static final int MAX_INSERT_DEPTH = 4;

    private final Map<String, Param> byId = new HashMap<>();

    void add(Param param) {
        byId.put(param.id(), param);
    }

    String text(String paramId) {
        return text(paramId, 0);
    }

    private String text(String paramId, int depth) {
        Param param = byId.get(paramId);
        if (param == null || depth > MAX_INSERT_DEPTH) {
            return "[Assignment: " + paramId + "]";
        }
        if (!param.values().isEmpty()) {
            return String.join(", ", param.values());
        }
        if (param.select().isPresent()) {
            String choices = param.select().get().choices().stream()
                    .map(choice -> String.join(" ", Prose.blocks(choice, nested -> text(nested, depth + 1))))
                    .collect(Collectors.joining("; "));
            return "[Selection" + (param.select().get().oneOrMore() ? " (one or more)" : "") + ": " + choices + "]";
        }
        String label = param.label().isBlank() ? paramId : param.label().strip();
        // SP 800-53 prints every assignment as organization-defined, whether or not its label says so.
        return "[Assignment: " + (label.contains("defined") ? label : "organization-defined " + label) + "]";
    }
}
