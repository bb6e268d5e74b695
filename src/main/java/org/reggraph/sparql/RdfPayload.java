package org.reggraph.sparql;

import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * One RDF document sent to the Graph Store: a request body, or one part of a {@code multipart/form-data}
 * body. {@code name} says which in error messages ("the body", "part 'firstName.ttl'").
 */
public record RdfPayload(String name, byte[] content, Lang lang) {
    private static final String PLAIN_TEXT = "text/plain";

    /**
     * The triple syntax a media type (without parameters) names, or null: Turtle, N-Triples, JSON-LD, RDF/XML
     * and the other syntaxes Jena reads into one graph. Jena also reads {@code text/plain} as N-Triples; here
     * it is not RDF, because a POST of {@code text/plain} to the endpoint is a mistyped query, which the
     * SPARQL Protocol says to refuse, not a graph to create.
     */
    public static Lang langOf(String mediaType) {
        if (mediaType == null || mediaType.isBlank()
                || PLAIN_TEXT.equals(mediaType.trim().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Lang lang = RDFLanguages.contentTypeToLang(mediaType.trim());
        return lang != null && RDFLanguages.isTriples(lang) ? lang : null;
    }
}
