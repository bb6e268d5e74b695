package org.reggraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestStore;

/**
 * Every provision states each entity its text names, each once, however often it is named, and not only the
 * provision where its document names it first: a real TDB2 store, read back by SPARQL.
 */
class ProvisionNamesTest {

    @TempDir
    Path workDir;

    @Test
    void eachProvisionNamesTheEntitiesInItsOwnTextOnce() throws Exception {
        Path file = workDir.resolve("names.txt");
        Files.writeString(file, """
                Sample Chip Rule

                § 1.1 Scope. This rule applies to advanced computing integrated circuits and to AI model weights.

                § 1.2 Licences. The Bureau of Industry and Security reviews licences for advanced chips. The \
                Bureau of Industry and Security publishes its decisions.

                § 1.3 Records. Each exporter keeps records for five years.

                § 1.4 Reports. Exporters report transfers of model weights to the Bureau of Industry and Security.
                """, StandardCharsets.UTF_8);
        try (TestStore store = TestStore.open(workDir.resolve("data"))) {
            store.ingest(file);
            assertEquals(Map.of(
                    "§ 1.1", Set.of("advanced-computing-ics", "ai-model-weights"),
                    "§ 1.2", Set.of("advanced-computing-ics", "bis"),
                    "§ 1.3", Set.of("exporter"),
                    "§ 1.4", Set.of("ai-model-weights", "bis", "exporter")), namedByLabel(store));
        }
    }

    private static Map<String, Set<String>> namedByLabel(TestStore store) {
        Map<String, Set<String>> named = new TreeMap<>();
        store.regGraph().store().read(() -> Queries.select(store.regGraph().store().dataset(), """
                SELECT ?label ?entity WHERE { ?provision rg:names ?entity ; rg:provisionLabel ?label }
                """, Map.of(), row -> {
            String entity = Queries.string(row, "entity");
            return named.computeIfAbsent(Queries.string(row, "label"), label -> new TreeSet<>())
                    .add(entity.substring(entity.lastIndexOf('/') + 1));
        }));
        return named;
    }
}
