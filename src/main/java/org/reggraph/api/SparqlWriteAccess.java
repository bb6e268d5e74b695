package org.reggraph.api;

import io.javalin.http.Context;
import org.reggraph.config.AppConfig;

/**
 * Who may write through {@code /sparql} (SPARQL Update and Graph Store writes): everyone on a throwaway
 * server started with {@code --sparql-update}, else only a request with the admin token.
 */
final class SparqlWriteAccess {
    private final AppConfig config;
    private final AuthGuard tokens;

    SparqlWriteAccess(AppConfig config) {
        this.config = config;
        this.tokens = new AuthGuard(config.adminToken());
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

    /** Refused writes are 403, as Fuseki answers them; the token check is the one uploads use. */
    private boolean allowed(Context ctx) {
        return config.sparqlUpdate() || tokens.presentsValidToken(ctx);
    }
}
