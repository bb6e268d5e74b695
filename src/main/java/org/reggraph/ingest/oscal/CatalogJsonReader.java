package org.reggraph.ingest.oscal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** Reads OSCAL's JSON form of a catalog ({@code {"catalog": {...}}}); prose is Markdown there. */
final class CatalogJsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogJsonReader() {
    }

    static Catalog read(InputStream in) throws IOException, InvalidCatalogException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new InvalidCatalogException("not well-formed JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode catalog = root == null ? null : root.get("catalog");
        if (catalog == null || !catalog.isObject()) {
            throw new InvalidCatalogException("no \"catalog\" object at the top level");
        }
        JsonNode metadata = catalog.path("metadata");
        String title = metadata.path("title").asText("").strip();
        if (title.isEmpty()) {
            throw new InvalidCatalogException("the catalog's metadata has no title");
        }
        return new Catalog(Prose.fromMarkdown(title), Prose.fromMarkdown(metadata.path("remarks").asText("")),
                text(metadata, "published"), text(metadata, "last-modified"),
                text(metadata, "version"), list(catalog, "groups", CatalogJsonReader::group),
                list(catalog, "controls", CatalogJsonReader::control),
                list(catalog.path("back-matter"), "resources", CatalogJsonReader::resource));
    }

    private static Group group(JsonNode node) {
        return new Group(node.path("id").asText(""), node.path("title").asText(""), props(node),
                list(node, "params", CatalogJsonReader::param), list(node, "parts", CatalogJsonReader::part),
                list(node, "groups", CatalogJsonReader::group), list(node, "controls", CatalogJsonReader::control));
    }

    private static Control control(JsonNode node) {
        return new Control(node.path("id").asText(""), Prose.fromMarkdown(node.path("title").asText("")), props(node),
                list(node, "links", link -> new Link(link.path("href").asText(""), link.path("rel").asText(""))),
                list(node, "params", CatalogJsonReader::param), list(node, "parts", CatalogJsonReader::part),
                list(node, "controls", CatalogJsonReader::control));
    }

    private static Part part(JsonNode node) {
        return new Part(node.path("id").asText(""), node.path("name").asText(""),
                Prose.fromMarkdown(node.path("title").asText("")), props(node),
                Prose.fromMarkdown(node.path("prose").asText("")), list(node, "parts", CatalogJsonReader::part));
    }

    private static Param param(JsonNode node) {
        JsonNode select = node.get("select");
        return new Param(node.path("id").asText(""), node.path("label").asText(""),
                list(node, "values", JsonNode::asText),
                select == null ? Optional.empty() : Optional.of(new Selection(
                        "one-or-more".equals(select.path("how-many").asText("")),
                        list(select, "choice", choice -> Prose.fromMarkdown(choice.asText()))))
        );
    }

    private static Resource resource(JsonNode node) {
        return new Resource(node.path("uuid").asText(""), Prose.fromMarkdown(node.path("title").asText("")),
                Prose.fromMarkdown(node.path("citation").path("text").asText("")));
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
