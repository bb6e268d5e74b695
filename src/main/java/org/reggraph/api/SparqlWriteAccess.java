package org.reggraph.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.reggraph.config.AppConfig;

/**
 * Who may write through {@code /sparql} (SPARQL Update and Graph Store writes): everyone on a throwaway
 * server started with {@code --sparql-update}, else only a request with the admin token.
 */
final class SparqlWriteAccess {
    private final AppConfig config;

    SparqlWriteAccess(AppConfig config) {
        this.config = config;
    }

    boolean available() {
        return config.sparqlUpdate() || config.adminToken().isPresent();
    }

    void require(Context ctx) {
        if (!allowed(ctx)) {
            throw new ApiException(403, "writes through SPARQL are off: send 'Authorization: Bearer <admin token>', "
                    + "or start a throwaway server with --sparql-update");
        }
    }

    /** The bearer token is compared in constant time, so response timing does not leak it. */
    private boolean allowed(Context ctx) {
        if (config.sparqlUpdate()) {
            return true;
        }
        Optional<String> token = config.adminToken();
        String header = ctx.header("Authorization");
        if (token.isEmpty() || header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(token.get().getBytes(StandardCharsets.UTF_8),
                header.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8));
    }
}
