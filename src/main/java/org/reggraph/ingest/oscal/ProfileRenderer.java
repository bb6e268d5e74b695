package org.reggraph.ingest.oscal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reggraph.ingest.StructuredText;
import org.reggraph.ingest.oscal.Catalog.Resource;

/**
 * Writes a profile as the selection it makes: for each catalog it imports, a line naming the catalog and
 * then the controls it includes, a family to a line and a provision ("AC: AC-1, AC-2, AC-2(1), ..."), so a
 * search for a control finds the baselines that select it.
 */
final class ProfileRenderer {
    private static final String INDENT = StructuredText.INDENT;

    private ProfileRenderer() {
    }

    static StructuredText render(Profile profile) {
        StructuredText text = new StructuredText();
        text.line(profile.metadata().title());
        Prose.blocks(profile.metadata().remarks(), Function.identity()).forEach(text::line);
        text.blankLine();
        Map<String, Resource> resources = profile.resources().stream()
                .collect(Collectors.toMap(Resource::uuid, Function.identity(), (first, second) -> first));
        for (Profile.Import imported : profile.imports()) {
            String heading = "Controls selected from " + sourceName(imported.href(), resources);
            int start = text.position();
            text.line(heading);
            text.line(INDENT + (imported.includeAll() ? "Includes all of its controls."
                    : "Includes " + imported.includedIds().size() + " controls and control enhancements:"));
            text.provision("", heading, start);
            byFamily(imported.includedIds()).forEach((family, ids) -> {
                int line = text.position() + INDENT.length();
                text.line(INDENT + (family.isEmpty() ? "" : family + ": ") + String.join(", ", ids) + ".");
                text.provision("", heading, line);
            });
            if (!imported.excludedIds().isEmpty()) {
                int line = text.position() + INDENT.length();
                text.line(INDENT + "Excludes " + imported.excludedIds().stream().map(ControlIds::citedAs)
                        .collect(Collectors.joining(", ")) + ".");
                text.provision("", heading, line);
            }
            text.blankLine();
        }
        return text;
    }

    private static Map<String, List<String>> byFamily(List<String> ids) {
        return ids.stream().collect(Collectors.groupingBy(ControlIds::family, LinkedHashMap::new,
                Collectors.mapping(ControlIds::citedAs, Collectors.toList())));
    }

    /** The imported catalog's title from the back matter, else the file or address it is read from. */
    private static String sourceName(String href, Map<String, Resource> resources) {
        Resource resource = resources.get(CatalogRenderer.fragment(href));
        if (resource != null && !resource.title().isBlank()) {
            return resource.title();
        }
        if (resource != null && !resource.citation().isBlank()) {
            return resource.citation();
        }
        return href.substring(href.lastIndexOf('/') + 1);
    }
}
