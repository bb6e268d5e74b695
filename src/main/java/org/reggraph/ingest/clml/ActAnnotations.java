package org.reggraph.ingest.clml;

import static org.reggraph.ingest.clml.ClmlElements.child;
import static org.reggraph.ingest.clml.ClmlElements.children;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reggraph.ingest.StructuredText;
import org.w3c.dom.Element;

/**
 * An act's annotations as legislation.gov.uk prints them after the text: a heading per type ("Textual
 * Amendments", "Marginal Citations"), and each note a provision labelled with its number ({@code F1}), the
 * notes of a type numbered in the order the text first refers to them.
 */
final class ActAnnotations {
    private static final String INDENT = StructuredText.INDENT;
    /** The site's headings for annotations, by their type letter, in the order it lists them. */
    private static final Map<String, String> TYPES = types();

    private final Map<String, String> numbers;

    ActAnnotations(Element legislation) {
        numbers = numbers(legislation);
    }

    void write(Element commentaries, StructuredText text) {
        Map<String, List<Element>> byType = new LinkedHashMap<>();
        TYPES.keySet().forEach(type -> byType.put(type, new ArrayList<>()));
        for (Element commentary : children(commentaries)) {
            byType.computeIfAbsent(commentary.getAttribute("Type"), type -> new ArrayList<>()).add(commentary);
        }
        byType.forEach((type, notes) -> {
            if (notes.isEmpty()) {
                return;
            }
            String heading = TYPES.getOrDefault(type, "Annotations");
            text.line(heading);
            notes.sort(Comparator.comparingInt(note -> order(note.getAttribute("id"))));
            for (Element note : notes) {
                String number = numbers.getOrDefault(note.getAttribute("id"), type);
                int start = text.position() + INDENT.length();
                text.line(INDENT + number + " " + String.join(" ", ClmlElements.lines(note)));
                text.provision(number, heading, start);
            }
            text.blankLine();
        });
    }

    /** Notes the text never refers to come last, in the file's order. */
    private int order(String id) {
        String number = numbers.get(id);
        return number == null ? Integer.MAX_VALUE : Integer.parseInt(number.substring(1));
    }

    private static Map<String, String> numbers(Element legislation) {
        Map<String, String> typeOf = new HashMap<>();
        child(legislation, "Commentaries").ifPresent(commentaries -> children(commentaries)
                .forEach(note -> typeOf.put(note.getAttribute("id"), note.getAttribute("Type"))));
        Map<String, String> numbers = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        List<Element> referring = new ArrayList<>();
        collectReferences(legislation, referring);
        for (Element reference : referring) {
            String id = reference.hasAttribute("Ref") ? reference.getAttribute("Ref")
                    : reference.getAttribute("CommentaryRef");
            String type = typeOf.get(id);
            if (type != null && !numbers.containsKey(id)) {
                numbers.put(id, type + counts.merge(type, 1, Integer::sum));
            }
        }
        return numbers;
    }

    /** A reference is a {@code <CommentaryRef Ref=...>}, or an insertion's {@code CommentaryRef} attribute. */
    private static void collectReferences(Element element, List<Element> referring) {
        if (element.getLocalName().equals("Commentaries")) {
            return;
        }
        if (element.getLocalName().equals("CommentaryRef") || element.hasAttribute("CommentaryRef")) {
            referring.add(element);
        }
        children(element).forEach(child -> collectReferences(child, referring));
    }

    private static Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("F", "Textual Amendments");
        types.put("M", "Marginal Citations");
        types.put("C", "Modifications etc. (not altering text)");
        types.put("I", "Commencement Information");
        types.put("E", "Extent Information");
        types.put("X", "Editorial Information");
        types.put("P", "Subordinate Legislation Made");
        return types;
    }
}
