package org.reggraph.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.reggraph.search.QuerySyntaxException;
import org.reggraph.search.SearchTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns exceptions into answers: a JSON envelope {@code {"error": {"status", "message"}}}
 * for the REST API, plain text under {@code /sparql} as Fuseki does. Never a stack trace.
 */
final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage()));
        routes.exception(QuerySyntaxException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        routes.exception(SearchTimeoutException.class, (e, ctx) -> answer(ctx, 503, e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "internal error; the server log has the details");
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                answer(ctx, 404, "no such resource: " + ctx.path());
            }
        });
    }

    static void answer(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/sparql")) {
            ctx.contentType("text/plain; charset=utf-8").result(message + "\n");
        } else {
            ctx.json(Map.of("error", Map.of("status", status, "message", message == null ? "" : message)));
        }
    }
}
