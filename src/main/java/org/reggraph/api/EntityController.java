package org.reggraph.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reggraph.graph.EntityInfo;
import org.reggraph.graph.EntityReader;
import org.reggraph.graph.GraphReader;
import org.reggraph.graph.RuleReader;

/** Entities: a lookup by name or alias, and one entity with the rules that bind it and where it is named. */
final class EntityController {
    static final int MAX_LIMIT = 200;
    /** Provisions naming the entity listed per document; the count says how many more there are. */
    static final int PROVISIONS_SHOWN = 5;

    private final EntityReader entities;
    private final GraphReader documents;
    private final RuleReader rules;

    EntityController(EntityReader entities, GraphReader documents, RuleReader rules) {
        this.entities = entities;
        this.documents = documents;
        this.rules = rules;
    }

    void list(Context ctx) {
        String query = Params.optionalText(ctx, "q");
        int limit = Params.intParam(ctx, "limit", 50, 1, MAX_LIMIT);
        ctx.json(Map.of("entities", entities.find(query, limit)));
    }

    void show(Context ctx) {
        String id = ctx.pathParam("id");
        EntityInfo entity = entities.entity(id)
                .orElseThrow(() -> ApiException.notFound("no entity with id '" + id + "'"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entity", entity);
        body.put("aliases", entity.aliases());
        body.put("rules", rules.rulesBinding(entity.iri(), RuleController.MAX_LIMIT));
        body.put("documents", entities.documentsMentioning(id, documents));
        body.put("namedIn", entities.provisionsNaming(id, PROVISIONS_SHOWN));
        body.put("issued", entities.documentsIssuedBy(id, documents));
        ctx.json(body);
    }
}
