package org.reggraph.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reggraph.graph.RuleReader;
import org.reggraph.model.Modality;

/**
 * {@code GET /api/v1/obligations}: the rules of current versions, by modality and document, and by whether their
 * document imposes them or only reports them (news, an act's preamble).
 */
final class RuleController {
    static final int MAX_LIMIT = 500;

    private final RuleReader rules;

    RuleController(RuleReader rules) {
        this.rules = rules;
    }

    void list(Context ctx) {
        int limit = Params.intParam(ctx, "limit", 50, 1, MAX_LIMIT);
        int offset = Params.intParam(ctx, "offset", 0, 0, 1_000_000);
        Modality modality = Params.enumParam(ctx, "modality", Modality.class, null);
        String document = Params.optionalText(ctx, "document");
        Boolean reported = Params.booleanParam(ctx, "reported");
        RuleReader.Page page = rules.rules(modality, document, reported, limit, offset);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", page.total());
        body.put("limit", limit);
        body.put("offset", offset);
        body.put("obligations", page.rules());
        ctx.json(body);
    }
}
