package org.reggraph.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reggraph.graph.GraphReader;
import org.reggraph.graph.Iris;
import org.reggraph.graph.RuleTrace;
import org.reggraph.graph.RuleTraceReader;

/**
 * One rule's provenance trace: {@code GET /api/v1/rules?iri=<rule IRI>}, or {@code GET /api/v1/rules/<path>}
 * with the IRI's path under the base ({@code doc/eo-14999/v/0123456789ab/r/3}). Besides the trace, the
 * answer lists the documents that cite the rule's document.
 */
final class RuleDetailController {
    private final RuleTraceReader traces;
    private final GraphReader graph;
    private final Iris iris;

    RuleDetailController(RuleTraceReader traces, GraphReader graph, Iris iris) {
        this.traces = traces;
        this.graph = graph;
        this.iris = iris;
    }

    void byIri(Context ctx) {
        answer(ctx, Params.requiredText(ctx, "iri").trim());
    }

    void byPath(Context ctx) {
        answer(ctx, iris.base() + ctx.pathParam("id"));
    }

    private void answer(Context ctx, String iri) {
        RuleTrace trace = traces.trace(iri).orElseThrow(() -> ApiException.notFound("no rule with IRI '" + iri
                + "'"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rule", trace);
        body.put("documentCitedBy", graph.referencedBy(trace.document().id()));
        ctx.json(body);
    }
}
