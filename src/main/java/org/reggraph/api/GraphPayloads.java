package org.reggraph.api;

import io.javalin.http.Context;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.reggraph.sparql.RdfPayload;

/**
 * Reads the RDF documents a Graph Store write carries: the body, typed by its Content-Type, or each part of
 * a {@code multipart/form-data} body, typed by the part's own Content-Type (Graph Store Protocol 5.5). A part
 * that is not RDF is refused with its name, before anything is parsed or written.
 */
final class GraphPayloads {
    static final String MULTIPART = "multipart/form-data";
    private static final String FORMATS = "Turtle, N-Triples, JSON-LD, RDF/XML";

    private GraphPayloads() {
    }

    /** Whether a request's body is RDF or multipart, which is what a POST that creates a graph carries. */
    static boolean carriesRdf(Context ctx) {
        String type = mediaType(ctx.header("Content-Type"));
        return MULTIPART.equals(type) || RdfPayload.langOf(type) != null;
    }

    static List<RdfPayload> read(Context ctx) {
        String header = ctx.header("Content-Type");
        if (MULTIPART.equals(mediaType(header))) {
            return parts(ctx);
        }
        return List.of(new RdfPayload("the body", ctx.bodyAsBytes(), lang("the body", header)));
    }

    private static List<RdfPayload> parts(Context ctx) {
        List<RdfPayload> payloads = new ArrayList<>();
        for (Part part : allParts(ctx)) {
            String name = "part '" + (part.getSubmittedFileName() != null ? part.getSubmittedFileName()
                    : part.getName()) + "'";
            Lang lang = lang(name, part.getContentType());
            try (InputStream content = part.getInputStream()) {
                payloads.add(new RdfPayload(name, content.readAllBytes(), lang));
            } catch (IOException e) {
                throw ApiException.badRequest("cannot read " + name + " of the multipart body");
            }
        }
        if (payloads.isEmpty()) {
            throw ApiException.badRequest("the multipart body has no part");
        }
        return payloads;
    }

    /**
     * Every part, with or without a file name. Javalin's {@code uploadedFiles()} runs first: it applies the
     * server's multipart limits and parses the body, but keeps only the parts that carry a file name.
     */
    private static List<Part> allParts(Context ctx) {
        try {
            ctx.uploadedFiles();
            return List.copyOf(ctx.req().getParts());
        } catch (IOException | ServletException | RuntimeException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("exceed") || message.contains("too large") || message.contains("max")) {
                throw new ApiException(413, "the multipart body is larger than the server's limit");
            }
            throw ApiException.badRequest("the multipart body could not be read: " + e.getMessage());
        }
    }

    private static Lang lang(String name, String contentType) {
        Lang lang = RdfPayload.langOf(mediaType(contentType));
        if (lang == null) {
            throw new ApiException(415, name + " must be RDF (" + FORMATS + "), its Content-Type was "
                    + (contentType == null ? "missing" : contentType) + "; nothing was written");
        }
        return lang;
    }

    /** The media type without parameters, in lower case; empty when absent or unreadable. */
    static String mediaType(String header) {
        if (header == null || header.isBlank()) {
            return "";
        }
        try {
            return MediaType.create(header).getContentTypeStr().toLowerCase(Locale.ROOT);
        } catch (RuntimeException e) {
            return "";
        }
    }
}
