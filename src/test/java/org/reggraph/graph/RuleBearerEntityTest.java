package org.reggraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestStore;

/** A rule binds the entity its bearer phrase names in its head, not one named in a clause that qualifies it. */
class RuleBearerEntityTest {

    @TempDir
    Path workDir;

    @Test
    void onlyAnEntityInTheHeadOfTheBearerPhraseBindsTheRule() throws Exception {
        Path file = workDir.resolve("bearer-rule.txt");
        Files.writeString(file, """
                Sample Export Rule

                § 2.1 Lists. The Secretary of Commerce shall publish a list of sample licences.

                § 2.2 Parties. All parties that participate in transactions subject to the EAR must keep records.

                § 2.3 Authorities. Each of the Member States shall designate a sample authority.
                """, StandardCharsets.UTF_8);
        try (TestStore store = TestStore.open(workDir.resolve("data"))) {
            store.ingest(file);
            Map<String, String> entityByBearer = new TreeMap<>();
            for (RuleInfo rule : store.regGraph().rules().rules(null, "bearer-rule", null, 20, 0).rules()) {
                String entity = rule.bearerEntity();
                entityByBearer.put(rule.bearer(), entity == null ? "none" : entity.substring(entity.lastIndexOf('/') + 1));
            }
            assertEquals(Map.of(
                    "The Secretary of Commerce", "department-of-commerce",
                    "All parties that participate in transactions subject to the EAR", "none",
                    "Each of the Member States", "eu-member-states"), entityByBearer);
        }
    }
}
