package org.reggraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestStore;

/** The published OpenAPI document describes exactly the routes the server answers under /api/v1. */
class OpenApiDocumentTest {
    @TempDir
    Path dataDir;

    @Test
    void everyApiRouteIsDescribedAndEveryDescribedRouteExists() throws Exception {
        try (TestStore store = TestStore.open(dataDir).serve()) {
            JsonNode document = new ObjectMapper().readTree(store.get("/api/v1/openapi.json").body());
            Set<String> described = new TreeSet<>();
            document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                    .forEachRemaining(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
            Javalin server = ApiServer.create(store.regGraph());
            Set<String> served = new TreeSet<>();
            server.unsafe.internalRouter.allHttpHandlers().forEach(parsed -> {
                HandlerType method = parsed.endpoint.method;
                String path = parsed.endpoint.path;
                if (path.startsWith("/api/") && !method.name().startsWith("BEFORE") && !method.name().startsWith("AFTER")) {
                    served.add(method.name() + " " + path);
                }
            });
            assertEquals(served, described);
        }
    }
}
