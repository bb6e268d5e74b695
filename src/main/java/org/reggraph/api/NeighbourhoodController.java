package org.reggraph.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.reggraph.graph.Iris;
import org.reggraph.graph.Neighbourhood;
import org.reggraph.graph.NeighbourhoodReader;

/**
 * {@code GET /api/v1/graph}: the nodes and edges around one node, and the node's own statements, for the
 * graph view and the node page. The node is named by {@code iri}, or by {@code document} or {@code entity}
 * key; {@code depth} (0 to 3, default 1) says how many steps to walk; 0 gives the node and its statements only.
 */
final class NeighbourhoodController {
    private final NeighbourhoodReader neighbourhoods;
    private final Iris iris;

    NeighbourhoodController(NeighbourhoodReader neighbourhoods, Iris iris) {
        this.neighbourhoods = neighbourhoods;
        this.iris = iris;
    }

    void around(Context ctx) {
        String iri = center(ctx);
        int depth = Params.intParam(ctx, "depth", 1, 0, NeighbourhoodReader.MAX_DEPTH);
        Neighbourhood neighbourhood = neighbourhoods.around(iri, depth)
                .orElseThrow(() -> ApiException.notFound("the graph holds nothing about '" + iri + "'"));
        ctx.json(neighbourhood);
    }

    private String center(Context ctx) {
        List<String> given = new ArrayList<>();
        String iri = Params.optionalText(ctx, "iri");
        String document = Params.optionalText(ctx, "document");
        String entity = Params.optionalText(ctx, "entity");
        if (iri != null) {
            given.add(iri);
        }
        if (document != null) {
            given.add(iris.document(document));
        }
        if (entity != null) {
            given.add(iris.entity(entity));
        }
        if (given.size() != 1) {
            throw ApiException.badRequest("give exactly one of the parameters 'iri', 'document' or 'entity'");
        }
        return given.get(0);
    }
}
