package org.reggraph.ingest.oscal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reggraph.ingest.StructuredText;
import org.reggraph.ingest.oscal.Catalog.Control;
import org.reggraph.ingest.oscal.Catalog.Group;
import org.reggraph.ingest.oscal.Catalog.Link;
import org.reggraph.ingest.oscal.Catalog.Part;
import org.reggraph.ingest.oscal.Catalog.Resource;

/**
 * Writes a catalog as its publication reads and cuts it where it is cited. A control is a provision of its
 * heading line and statement ({@code AC-2(1)}); each statement item is one ({@code AC-2a.1}, {@code AC-1a.1(a)});
 * so is each run of its other parts of one kind (its discussion, with its related controls and references;
 * its implementation examples; its assessment objective and methods), labelled with the control and headed
 * by what they are. Parameters read as SP 800-53 prints them ({@link Parameters}). Longer than most classes:
 * the order of a control's parts, and where its links go among them, is decided in one place.
 */
final class CatalogRenderer {
    private static final String INDENT = StructuredText.INDENT;
    private static final String BULLET = "• ";
    private static final Map<String, String> PART_HEADINGS = Map.of("guidance", "Discussion",
            "example", "Implementation Examples", "assessment-objective", "Assessment Objective",
            "assessment-method", "Assessment Methods", "overview", "Overview");

    private final StructuredText text = new StructuredText();
    private final Parameters parameters = new Parameters();
    private final Map<String, String> labelsById = new HashMap<>();
    private final Map<String, Resource> resources = new HashMap<>();

    private CatalogRenderer(Catalog catalog) {
        catalog.resources().forEach(resource -> resources.put(resource.uuid(), resource));
        catalog.groups().forEach(this::indexGroup);
        catalog.controls().forEach(this::indexControl);
    }

    static StructuredText render(Catalog catalog) {
        CatalogRenderer renderer = new CatalogRenderer(catalog);
        renderer.text.line(catalog.metadata().title());
        Prose.blocks(catalog.metadata().remarks(), renderer.parameters::text).forEach(renderer.text::line);
        renderer.text.blankLine();
        catalog.groups().forEach(renderer::group);
        catalog.controls().forEach(renderer::control);
        return renderer.text;
    }

    /** "AC-1" as the catalog labels it; a label that is a phrase ("Organizational Context (GV.OC)") yields the id. */
    static String controlLabel(List<Catalog.Prop> props, String id) {
        return Catalog.plainProp(props, "label").filter(label -> !label.isBlank() && !label.contains(" ")).orElse(id);
    }

    /**
     * An item's label under its parent's: "AC-1" and "a." give "AC-1a", "AC-1a" and "1." give "AC-1a.1",
     * "AC-1a.1" and "(a)" give "AC-1a.1(a)", as SP 800-53 cites its items.
     */
    static String itemLabel(String controlLabel, String parentLabel, String mark) {
        String bare = mark.endsWith(".") ? mark.substring(0, mark.length() - 1) : mark;
        if (bare.startsWith("(") || parentLabel.isEmpty()) {
            return parentLabel + bare;
        }
        boolean sameKind = Character.isDigit(parentLabel.charAt(parentLabel.length() - 1))
                == Character.isDigit(bare.charAt(0));
        return parentLabel.equals(controlLabel) && !sameKind ? parentLabel + bare : parentLabel + "." + bare;
    }

    private void indexGroup(Group group) {
        group.params().forEach(parameters::add);
        group.groups().forEach(this::indexGroup);
        group.controls().forEach(this::indexControl);
    }

    private void indexControl(Control control) {
        String label = controlLabel(control.props(), control.id());
        remember(control.id(), label);
        control.params().forEach(parameters::add);
        statement(control).ifPresent(statement -> indexItems(statement.parts(), label, label));
        control.controls().forEach(this::indexControl);
    }

    private void indexItems(List<Part> items, String controlLabel, String parentLabel) {
        for (Part item : items) {
            String label = Catalog.plainProp(item.props(), "label")
                    .map(mark -> itemLabel(controlLabel, parentLabel, mark)).orElse(parentLabel);
            remember(item.id(), label);
            indexItems(item.parts(), controlLabel, label);
        }
    }

    /** Links name controls and items by id; one without an id cannot be linked to. */
    private void remember(String id, String label) {
        if (!id.isEmpty()) {
            labelsById.put(id, label);
        }
    }

    private void group(Group group) {
        String heading = Catalog.plainProp(group.props(), "label").filter(label -> label.contains(" "))
                .orElse(group.title().isBlank() ? group.id() : group.title());
        int start = text.position();
        text.line(heading);
        if (!group.parts().isEmpty()) {
            group.parts().forEach(part -> partBody(part, 1, group.parts().size() > 1));
            text.provision(controlLabel(group.props(), group.id()), heading, start);
        }
        text.blankLine();
        group.groups().forEach(this::group);
        group.controls().forEach(this::control);
    }

    private void control(Control control) {
        String label = controlLabel(control.props(), control.id());
        String heading = headingOf(control, label);
        int start = text.position();
        text.line(heading);
        Optional<Part> statement = statement(control);
        statement.ifPresent(part -> Prose.blocks(part.prose(), parameters::text).forEach(text::line));
        text.provision(label, heading, start);
        statement.ifPresent(part -> items(part.parts(), label, label, heading, 1));
        boolean linksWritten = false;
        List<Part> others = control.parts().stream().filter(part -> !part.name().equals("statement")).toList();
        for (int from = 0; from < others.size(); ) {
            String name = others.get(from).name();
            int to = from;
            while (to < others.size() && others.get(to).name().equals(name)) {
                to++;
            }
            int partsStart = text.position();
            String partHeading = partHeading(others.get(from));
            text.line(partHeading + ":");
            // Several parts of a kind without labels of their own (a subcategory's examples) read as a list.
            boolean bulleted = to - from > 1;
            others.subList(from, to).forEach(part -> partBody(part, 1, bulleted));
            if (name.equals("guidance")) {
                linksWritten = links(control.links());
            }
            text.provision(label, heading + " — " + partHeading, partsStart);
            from = to;
        }
        if (!linksWritten) {
            int linksStart = text.position() + INDENT.length();
            if (links(control.links())) {
                text.provision(label, heading + " — References", linksStart);
            }
        }
        text.blankLine();
        control.controls().forEach(this::control);
    }

    private void items(List<Part> items, String controlLabel, String parentLabel, String heading, int depth) {
        for (Part item : items) {
            String mark = Catalog.plainProp(item.props(), "label").orElse("");
            String label = mark.isEmpty() ? parentLabel : itemLabel(controlLabel, parentLabel, mark);
            int start = text.position() + INDENT.length() * depth;
            List<String> blocks = Prose.blocks(item.prose(), parameters::text);
            String first = blocks.isEmpty() ? "" : blocks.get(0);
            text.line(INDENT.repeat(depth) + (mark.isEmpty() ? first : (mark + " " + first).strip()));
            blocks.stream().skip(1).forEach(block -> text.line(INDENT.repeat(depth) + block));
            text.provision(label, heading, start);
            items(item.parts(), controlLabel, label, heading, depth + 1);
        }
    }

    /**
     * A part within a discussion, an objective or a method: its own label ("AC-01a.[01]") before its prose,
     * an assessment method ("Examine") before what is examined, a part without prose only its parts.
     */
    private void partBody(Part part, int depth, boolean bulleted) {
        Optional<String> method = part.props().stream().filter(prop -> prop.name().equals("method"))
                .map(Catalog.Prop::value).findFirst();
        if (method.isPresent()) {
            text.line(INDENT.repeat(depth) + capitalised(method.get()) + ": "
                    + String.join("; ", descendantBlocks(part)));
            return;
        }
        List<String> blocks = Prose.blocks(part.prose(), parameters::text);
        String label = part.props().stream().filter(prop -> prop.name().equals("label"))
                .map(Catalog.Prop::value).findFirst().orElse("");
        // A part directly under a heading ("Discussion:") is titled by it already.
        String title = depth == 1 || part.title().isBlank() ? "" : part.title() + ": ";
        String mark = !label.isEmpty() ? label + " " : bulleted ? BULLET : "";
        for (int i = 0; i < blocks.size(); i++) {
            String lead = i == 0 ? mark + title : "";
            text.line(INDENT.repeat(depth) + lead + blocks.get(i));
        }
        part.parts().forEach(child -> partBody(child, blocks.isEmpty() ? depth : depth + 1, false));
    }

    private List<String> descendantBlocks(Part part) {
        List<String> blocks = new ArrayList<>(Prose.blocks(part.prose(), parameters::text));
        part.parts().forEach(child -> blocks.addAll(descendantBlocks(child)));
        return blocks;
    }

    /** "Related Controls: IA-1, PM-9." and "References: ..." as the publication closes a discussion. */
    private boolean links(List<Link> links) {
        String related = links.stream().filter(link -> link.rel().equals("related"))
                .map(link -> citedAs(link.href())).collect(Collectors.joining(", "));
        String references = links.stream().filter(link -> link.rel().equals("reference"))
                .map(link -> resources.get(fragment(link.href()))).filter(resource -> resource != null)
                .map(resource -> resource.citation().isBlank() ? resource.title() : resource.citation())
                .filter(reference -> !reference.isBlank())
                .map(reference -> reference.endsWith(".") ? reference : reference + ".")
                .collect(Collectors.joining(" "));
        if (!related.isEmpty()) {
            text.line(INDENT + "Related Controls: " + related + ".");
        }
        if (!references.isEmpty()) {
            text.line(INDENT + "References: " + references);
        }
        return !related.isEmpty() || !references.isEmpty();
    }

    private String headingOf(Control control, String label) {
        String heading = Catalog.plainProp(control.props(), "label").filter(plain -> plain.contains(" "))
                .orElse(control.title().isBlank() || control.title().equals(label) ? label
                        : label + " " + control.title());
        if (Catalog.plainProp(control.props(), "status").filter("withdrawn"::equals).isEmpty()) {
            return heading;
        }
        String movedTo = control.links().stream()
                .filter(link -> link.rel().equals("incorporated-into") || link.rel().equals("moved-to"))
                .map(link -> citedAs(link.href())).collect(Collectors.joining(", "));
        return heading + (movedTo.isEmpty() ? " [Withdrawn.]" : " [Withdrawn: Incorporated into " + movedTo + ".]");
    }

    private String citedAs(String href) {
        String id = fragment(href);
        String label = labelsById.get(id);
        return label != null ? label : ControlIds.citedAs(id);
    }

    static String fragment(String href) {
        return href.startsWith("#") ? href.substring(1) : href;
    }

    private static Optional<Part> statement(Control control) {
        return control.parts().stream().filter(part -> part.name().equals("statement")).findFirst();
    }

    private static String partHeading(Part part) {
        if (!part.title().isBlank()) {
            return part.title();
        }
        return PART_HEADINGS.getOrDefault(part.name(), capitalised(part.name().replace('-', ' ')));
    }

    private static String capitalised(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
