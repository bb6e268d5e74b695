package org.reggraph.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI 3 description of the REST API, written by hand in {@code api/openapi.json} so it reads
 * as documentation; a test checks that it and the server's routes name the same paths.
 */
final class OpenApiDocument {
    static final String RESOURCE = "/api/openapi.json";
    private static final byte[] DOCUMENT = load();

    private OpenApiDocument() {
    }

    static void serve(Context ctx) {
        ctx.contentType("application/json").result(DOCUMENT);
    }

    private static byte[] load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the build lacks " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
