package org.reggraph.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reggraph.graph.GraphReader;
import org.reggraph.graph.RuleTrace;
import org.reggraph.graph.RuleTraceReader;

/**
 * One rule's provenance trace: {@code GET /api/v1/rules?iri=<rule IRI>}. Rule IRIs carry slashes, so the IRI
 * is a parameter rather than a path segment. Besides the trace, the answer lists the documents that cite the
 * rule's document.
 */
final class RuleDetailController {
    private final RuleTraceReader traces;
    private final GraphReader graph;

    RuleDetailController(RuleTraceReader traces, GraphReader graph) {
        this.traces = traces;
        this.graph = graph;
    }

    void byIri(Context ctx) {
        String iri = Params.requiredText(ctx, "iri").trim();
        RuleTrace trace = traces.trace(iri).orElseThrow(() -> ApiException.notFound("no rule with IRI '" + iri
                + "'"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rule", trace);
        body.put("documentCitedBy", graph.referencedBy(trace.document().id()));
        ctx.json(body);
    }
}
