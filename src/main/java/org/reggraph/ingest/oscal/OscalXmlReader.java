package org.reggraph.ingest.oscal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import org.reggraph.ingest.SecureXml;
import org.reggraph.ingest.oscal.Catalog.Control;
import org.reggraph.ingest.oscal.Catalog.Group;
import org.reggraph.ingest.oscal.Catalog.Link;
import org.reggraph.ingest.oscal.Catalog.Param;
import org.reggraph.ingest.oscal.Catalog.Part;
import org.reggraph.ingest.oscal.Catalog.Prop;
import org.reggraph.ingest.oscal.Catalog.Resource;
import org.reggraph.ingest.oscal.Catalog.Selection;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads OSCAL's XML form of a catalog or profile. Its prose is markup ({@code <p>}, {@code <em>},
 * {@code <insert type="param" id-ref="..."/>}); block elements become the model's blocks. The parser refuses
 * document type declarations, so no entity can expand or reach outside the file.
 */
final class OscalXmlReader {
    static final String NAMESPACE = "http://csrc.nist.gov/ns/oscal/1.0";
    /** Elements of a part that are not its prose. */
    private static final Set<String> PART_FIELDS = Set.of("title", "prop", "link", "part");
    private static final Set<String> BLOCKS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
            "blockquote", "tr", "ol", "ul", "table");

    private OscalXmlReader() {
    }

    /** The root element, which must be OSCAL's {@code <rootName>}. */
    static Element root(InputStream in, String rootName) throws IOException, InvalidOscalException {
        Element root;
        try {
            root = builder().parse(in).getDocumentElement();
        } catch (SAXException e) {
            throw new InvalidOscalException("not well-formed XML: " + e.getMessage(), e);
        }
        if (!rootName.equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw new InvalidOscalException("the root element is not an OSCAL <" + rootName + ">");
        }
        return root;
    }

    static Catalog catalog(Element catalog) throws InvalidOscalException {
        return new Catalog(metadata(catalog), list(catalog, "group", OscalXmlReader::group),
                list(catalog, "control", OscalXmlReader::control), resources(catalog));
    }

    static Profile profile(Element profile) throws InvalidOscalException {
        return new Profile(metadata(profile), list(profile, "import", OscalXmlReader::profileImport),
                resources(profile));
    }

    private static OscalMetadata metadata(Element root) throws InvalidOscalException {
        Element metadata = child(root, "metadata").orElseThrow(
                () -> new InvalidOscalException("the " + root.getLocalName() + " has no <metadata>"));
        String title = child(metadata, "title").map(OscalXmlReader::inline).orElse("").strip();
        if (title.isEmpty()) {
            throw new InvalidOscalException("the " + root.getLocalName() + "'s metadata has no title");
        }
        return new OscalMetadata(title, child(metadata, "remarks").map(OscalXmlReader::blocks).orElse(""),
                childText(metadata, "published"), childText(metadata, "last-modified"),
                childText(metadata, "version"));
    }

    private static DocumentBuilder builder() throws InvalidOscalException {
        try {
            return SecureXml.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new InvalidOscalException("no secure XML parser is available: " + e.getMessage(), e);
        }
    }

    private static Group group(Element element) {
        return new Group(element.getAttribute("id"), childText(element, "title").orElse(""), props(element),
                list(element, "param", OscalXmlReader::param), list(element, "part", OscalXmlReader::part),
                list(element, "group", OscalXmlReader::group), list(element, "control", OscalXmlReader::control));
    }

    private static Control control(Element element) {
        return new Control(element.getAttribute("id"), child(element, "title").map(OscalXmlReader::inline).orElse(""),
                props(element),
                list(element, "link", link -> new Link(link.getAttribute("href"), link.getAttribute("rel"))),
                list(element, "param", OscalXmlReader::param), list(element, "part", OscalXmlReader::part),
                list(element, "control", OscalXmlReader::control));
    }

    private static Part part(Element element) {
        return new Part(element.getAttribute("id"), element.getAttribute("name"),
                child(element, "title").map(OscalXmlReader::inline).orElse(""), props(element), blocks(element),
                list(element, "part", OscalXmlReader::part));
    }

    /** The prose of an element holding markup among its fields: every child that is not a field. */
    private static String blocks(Element element) {
        StringBuilder prose = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element markup && !PART_FIELDS.contains(markup.getLocalName())) {
                appendProse(markup, prose);
            }
        }
        return prose.toString();
    }

    private static Param param(Element element) {
        Optional<Selection> select = child(element, "select").map(choices -> new Selection(
                "one-or-more".equals(choices.getAttribute("how-many")),
                list(choices, "choice", OscalXmlReader::inline)));
        return new Param(element.getAttribute("id"), childText(element, "label").orElse(""),
                list(element, "value", Element::getTextContent), select);
    }

    private static Profile.Import profileImport(Element element) {
        Function<String, List<String>> ids = selection -> list(element, selection, Function.identity()).stream()
                .flatMap(controls -> list(controls, "with-id", Element::getTextContent).stream())
                .map(String::strip).toList();
        return new Profile.Import(element.getAttribute("href"), child(element, "include-all").isPresent(),
                ids.apply("include-controls"), ids.apply("exclude-controls"));
    }

    /** A back-matter resource; its title, else its description, names it. */
    private static List<Resource> resources(Element root) {
        return child(root, "back-matter").map(back -> list(back, "resource", element -> new Resource(
                element.getAttribute("uuid"),
                childText(element, "title").or(() -> childText(element, "description")).orElse(""),
                child(element, "citation").flatMap(citation -> child(citation, "text")).map(OscalXmlReader::inline)
                        .orElse("")))).orElse(List.of());
    }

    private static List<Prop> props(Element element) {
        return list(element, "prop", prop -> new Prop(prop.getAttribute("name"), prop.getAttribute("value"),
                prop.getAttribute("class")));
    }

    /** A block element opens a new block; inline markup gives its words, an insert its placeholder. */
    private static void appendProse(Node node, StringBuilder prose) {
        if (node instanceof Element element) {
            String name = element.getLocalName();
            if ("insert".equals(name)) {
                prose.append(Prose.insertOf(element.getAttribute("id-ref")));
                return;
            }
            boolean block = BLOCKS.contains(name);
            if (block) {
                prose.append("\n\n");
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                appendProse(child, prose);
            }
            if (block) {
                prose.append("\n\n");
            }
        } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            prose.append(node.getNodeValue());
        }
    }

    private static String inline(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            appendProse(child, text);
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static Optional<Element> child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())
                    && NAMESPACE.equals(element.getNamespaceURI())) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> childText(Element parent, String localName) {
        return child(parent, localName).map(OscalXmlReader::inline).filter(text -> !text.isEmpty());
    }

    private static <T> List<T> list(Element parent, String localName, Function<Element, T> read) {
        List<T> items = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())
                    && NAMESPACE.equals(element.getNamespaceURI())) {
                items.add(read.apply(element));
            }
        }
        return items;
    }
}
