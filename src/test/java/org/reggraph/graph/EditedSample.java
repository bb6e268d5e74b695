package org.reggraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/** The sample NIST profile in a file of its own, edited between ingests by the versioning tests. */
final class EditedSample {
    static final String DOCUMENT = "nist-ai-999-1";
    private static final String NAME = "nist-ai-999-1-cyber-privacy-profile.md";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String original;
    private final Path file;

    EditedSample(Path folder) throws IOException {
        original = Files.readString(TestPaths.sampleCorpus().resolve(NAME), StandardCharsets.UTF_8);
        file = Files.createDirectories(folder).resolve(NAME);
    }

    /** The file as the sample plus a registration duty naming {@code word}, then {@code more}. */
    Path write(String word, String more) throws IOException {
        return Files.writeString(file, original
                + "\n\n## 9. Registration\n\nProviders shall register every " + word + " dataset with the agency.\n"
                + more, StandardCharsets.UTF_8);
    }

    static JsonNode json(TestStore store, String path) throws Exception {
        var response = store.get(path);
        assertEquals(200, response.statusCode(), () -> path + ": " + response.body());
        return JSON.readTree(response.body());
    }
}
