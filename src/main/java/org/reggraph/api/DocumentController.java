package org.reggraph.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reggraph.graph.DocumentPage;
import org.reggraph.graph.DocumentSummary;
import org.reggraph.graph.GraphReader;
import org.reggraph.model.DocumentKind;

/**
 * Documents: the list, a page at a time, one document with its source fields, versions, provisions and cross-references, and its
 * plain text.
 */
final class DocumentController {
    private final GraphReader graph;

    DocumentController(GraphReader graph) {
        this.graph = graph;
    }

    /** Documents per page unless asked otherwise, and at most: a passage collection holds tens of thousands. */
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1_000;
    static final int MAX_OFFSET = 10_000_000;

    void list(Context ctx) {
        int limit = Params.intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = Params.intParam(ctx, "offset", 0, 0, MAX_OFFSET);
        DocumentKind kind = Params.enumParam(ctx, "kind", DocumentKind.class, null);
        DocumentPage page = graph.documents(limit, offset, kind);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", page.total());
        body.put("limit", limit);
        body.put("offset", offset);
        body.put("documents", page.documents());
        ctx.json(body);
    }

    void show(Context ctx) {
        String id = ctx.pathParam("id");
        DocumentSummary summary = find(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("document", summary);
        body.put("sourceFields", graph.sourceFields(id));
        body.put("versions", graph.versions(id));
        body.put("provisions", graph.provisions(id));
        GraphReader.CitationsInText citations = graph.citationsInText(id);
        body.put("references", citations.references());
        body.put("internalReferences", citations.internalReferences());
        body.put("referencedBy", graph.referencedBy(id));
        body.put("partCitations", graph.partCitations(id));
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
