package org.reggraph.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reggraph.graph.DocumentSummary;
import org.reggraph.graph.GraphReader;

/**
 * Documents: the list, one document with its source fields, versions, provisions and cross-references, and its
 * plain text.
 */
final class DocumentController {
    private final GraphReader graph;

    DocumentController(GraphReader graph) {
        this.graph = graph;
    }

    void list(Context ctx) {
        ctx.json(Map.of("documents", graph.documents()));
    }

    void show(Context ctx) {
        String id = ctx.pathParam("id");
        DocumentSummary summary = find(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("document", summary);
        body.put("sourceFields", graph.sourceFields(id));
        body.put("versions", graph.versions(id));
        body.put("provisions", graph.provisions(id));
        body.put("references", graph.references(id));
        body.put("referencedBy", graph.referencedBy(id));
        ctx.json(body);
    }

    /** The current version's plain text; every offset the API gives counts code points into it. */
    void text(Context ctx) {
        String id = ctx.pathParam("id");
        find(id);
        ctx.contentType("text/plain; charset=utf-8")
                .result(graph.currentText(id).orElseThrow(() -> ApiException.notFound("document '" + id
                        + "' has no text")));
    }

    private DocumentSummary find(String id) {
        return graph.document(id).orElseThrow(() -> ApiException.notFound("no document with id '" + id + "'"));
    }
}
