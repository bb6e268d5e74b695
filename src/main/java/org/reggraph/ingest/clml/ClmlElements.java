package org.reggraph.ingest.clml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading legislation.gov.uk's XML: its elements, and their words as the site prints them. */
final class ClmlElements {
    static final String NAMESPACE = "http://www.legislation.gov.uk/namespaces/legislation";
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" ([,;.:)])");

    private ClmlElements() {
    }

    static Optional<Element> child(Element parent, String localName) {
        return children(parent).stream().filter(child -> child.getLocalName().equals(localName)).findFirst();
    }

    /** The child elements in the legislation namespace (not the metadata's), in order. */
    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && NAMESPACE.equals(element.getNamespaceURI())) {
                children.add(element);
            }
        }
        return children;
    }

    /**
     * An element's words with the white space of the markup collapsed; an insertion's markup leaves a space
     * before the punctuation that follows it ("computer , or"), which the site does not show either.
     */
    static String words(Element element) {
        return SPACE_BEFORE_PUNCTUATION.matcher(element.getTextContent().replaceAll("\\s+", " ").strip())
                .replaceAll("$1");
    }

    /**
     * A block's text as lines: a paragraph is a line, a list item one led by its mark, and the levels of an
     * amendment's quoted text keep their marks ("(1A) Subject to section 8 ...").
     */
    static List<String> lines(Element block) {
        List<String> lines = new ArrayList<>();
        collectLines(block, "", lines);
        return lines;
    }

    /**
     * A list item's mark as its list decorates it: "(a)" for an ordered list in parentheses (the item's own
     * number, or its place), "• " for a bulleted one, nothing where the list says "none".
     */
    private static String listMark(Element item) {
        Element list = (Element) item.getParentNode();
        String decoration = list.getAttribute("Decoration");
        if (list.getLocalName().equals("UnorderedList")) {
            return decoration.equals("none") ? "" : "• ";
        }
        String number = item.hasAttribute("NumberOverride") ? item.getAttribute("NumberOverride")
                : String.valueOf(children(list).indexOf(item) + 1);
        return switch (decoration) {
            case "none" -> "";
            case "parenRight" -> number + ") ";
            case "brackets" -> "[" + number + "] ";
            case "period" -> number + ". ";
            default -> "(" + number + ") ";
        };
    }

    private static void collectLines(Element element, String lead, List<String> lines) {
        String name = element.getLocalName();
        if (name.equals("Text") || name.equals("Title") || name.equals("DateText") || name.equals("Number")
                || name.equals("LongTitle")) {
            String words = words(element);
            if (!words.isEmpty()) {
                lines.add(lead + words);
            }
            return;
        }
        if (name.equals("Pnumber")) {
            return;
        }
        String childLead = lead;
        if (name.equals("ListItem")) {
            childLead = listMark(element);
        } else if (name.matches("P\\d")) {
            childLead = child(element, "Pnumber").map(number -> "(" + words(number) + ") ").orElse("");
        }
        boolean first = true;
        for (Element child : children(element)) {
            int before = lines.size();
            collectLines(child, first ? childLead : "", lines);
            first &= lines.size() == before;
        }
    }
}
