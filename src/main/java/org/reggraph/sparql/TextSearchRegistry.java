package org.reggraph.sparql;

import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.reggraph.search.SearchService;

/**
 * A property function registry holding ARQ's standard functions plus {@code rg:textSearch}. It is put into
 * each query's context rather than registered globally, so two stores in one JVM (as in tests) never answer
 * each other's searches.
 */
final class TextSearchRegistry {
    private TextSearchRegistry() {
    }

    static PropertyFunctionRegistry create(SearchService search, int maxHits) {
        PropertyFunctionRegistry registry = PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.get());
        registry.put(TextSearchFunction.IRI, uri -> new TextSearchFunction(search, maxHits));
        return registry;
    }
}
