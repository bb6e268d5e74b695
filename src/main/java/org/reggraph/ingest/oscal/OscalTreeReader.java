package org.reggraph.ingest.oscal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.reggraph.ingest.oscal.Catalog.Control;
import org.reggraph.ingest.oscal.Catalog.Group;
import org.reggraph.ingest.oscal.Catalog.Link;
import org.reggraph.ingest.oscal.Catalog.Param;
import org.reggraph.ingest.oscal.Catalog.Part;
import org.reggraph.ingest.oscal.Catalog.Prop;
import org.reggraph.ingest.oscal.Catalog.Resource;
import org.reggraph.ingest.oscal.Catalog.Selection;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads OSCAL's JSON and YAML forms, which are one tree ({@code {"catalog": {...}}} or
 * {@code {"profile": {...}}}) written two ways; prose is Markdown in both.
 */
final class OscalTreeReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OscalTreeReader() {
    }

    /** The object under {@code rootName}; a YAML file may hold up to {@code maxCodePoints} characters. */
    static JsonNode root(InputStream in, boolean yaml, String rootName, long maxCodePoints)
            throws IOException, InvalidOscalException {
        JsonNode document;
        try {
            document = yaml ? yamlReader(maxCodePoints).readTree(in) : JSON.readTree(in);
        } catch (JacksonException e) {
            throw new InvalidOscalException("not well-formed " + (yaml ? "YAML" : "JSON") + ": "
                    + e.getOriginalMessage(), e);
        }
        JsonNode root = document == null ? null : document.get(rootName);
        if (root == null || !root.isObject()) {
            throw new InvalidOscalException("no \"" + rootName + "\" object at the top level");
        }
        return root;
    }

    static Catalog catalog(JsonNode catalog) throws InvalidOscalException {
        return new Catalog(metadata(catalog, "catalog"), list(catalog, "groups", OscalTreeReader::group),
                list(catalog, "controls", OscalTreeReader::control), resources(catalog));
    }

    static Profile profile(JsonNode profile) throws InvalidOscalException {
        return new Profile(metadata(profile, "profile"), list(profile, "imports", OscalTreeReader::profileImport),
                resources(profile));
    }

    /** SnakeYAML refuses documents over 3 MB unless told otherwise; the text limit is the limit here too. */
    private static ObjectMapper yamlReader(long maxCodePoints) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxCodePoints));
        return new YAMLMapper(YAMLFactory.builder().loaderOptions(options).build());
    }

    private static OscalMetadata metadata(JsonNode root, String rootName) throws InvalidOscalException {
        JsonNode metadata = root.path("metadata");
        String title = metadata.path("title").asText("").strip();
        if (title.isEmpty()) {
            throw new InvalidOscalException("the " + rootName + "'s metadata has no title");
        }
        return new OscalMetadata(Prose.fromMarkdown(title), Prose.fromMarkdown(metadata.path("remarks").asText("")),
                text(metadata, "published"), text(metadata, "last-modified"), text(metadata, "version"));
    }

    private static Group group(JsonNode node) {
        return new Group(node.path("id").asText(""), node.path("title").asText(""), props(node),
                list(node, "params", OscalTreeReader::param), list(node, "parts", OscalTreeReader::part),
                list(node, "groups", OscalTreeReader::group), list(node, "controls", OscalTreeReader::control));
    }

    private static Control control(JsonNode node) {
        return new Control(node.path("id").asText(""), Prose.fromMarkdown(node.path("title").asText("")), props(node),
                list(node, "links", link -> new Link(link.path("href").asText(""), link.path("rel").asText(""))),
                list(node, "params", OscalTreeReader::param), list(node, "parts", OscalTreeReader::part),
                list(node, "controls", OscalTreeReader::control));
    }

    private static Part part(JsonNode node) {
        return new Part(node.path("id").asText(""), node.path("name").asText(""),
                Prose.fromMarkdown(node.path("title").asText("")), props(node),
                Prose.fromMarkdown(node.path("prose").asText("")), list(node, "parts", OscalTreeReader::part));
    }

    private static Param param(JsonNode node) {
        JsonNode select = node.get("select");
        return new Param(node.path("id").asText(""), node.path("label").asText(""),
                list(node, "values", JsonNode::asText),
                select == null ? Optional.empty() : Optional.of(new Selection(
                        "one-or-more".equals(select.path("how-many").asText("")),
                        list(select, "choice", choice -> Prose.fromMarkdown(choice.asText())))));
    }

    private static Profile.Import profileImport(JsonNode node) {
        List<String> included = new ArrayList<>();
        node.path("include-controls").forEach(selection -> selection.path("with-ids")
                .forEach(id -> included.add(id.asText())));
        List<String> excluded = new ArrayList<>();
        node.path("exclude-controls").forEach(selection -> selection.path("with-ids")
                .forEach(id -> excluded.add(id.asText())));
        return new Profile.Import(node.path("href").asText(""), node.has("include-all"), included, excluded);
    }

    /** A back-matter resource; its title, else its description, names it. */
    private static List<Resource> resources(JsonNode root) {
        return list(root.path("back-matter"), "resources", node -> new Resource(node.path("uuid").asText(""),
                Prose.fromMarkdown(node.path("title").asText(node.path("description").asText(""))),
                Prose.fromMarkdown(node.path("citation").path("text").asText(""))));
    }

    private static List<Prop> props(JsonNode node) {
        return list(node, "props", prop -> new Prop(prop.path("name").asText(""), prop.path("value").asText(""),
                prop.path("class").asText("")));
    }

    private static Optional<String> text(JsonNode node, String field) {
        String value = node.path(field).asText("").strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> read) {
        List<T> items = new ArrayList<>();
        for (JsonNode item : node.path(field)) {
            items.add(read.apply(item));
        }
        return items;
    }
}
