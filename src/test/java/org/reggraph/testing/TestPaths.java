package org.reggraph.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Where the repository's sample corpus and the shared real documents are, as tests see them. */
public final class TestPaths {
    private TestPaths() {
    }

    public static Path repository() {
        return Path.of(System.getProperty("reggraph.basedir", ".")).toAbsolutePath().normalize();
    }

    public static Path sampleCorpus() {
        return repository().resolve("corpus");
    }

    /** How many documents the sample corpus's manifest lists: every one of them is ingested. */
    public static int sampleDocumentCount() {
        try {
            return new ObjectMapper().readTree(sampleCorpus().resolve("manifest.json").toFile()).path("documents").size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared folder (real documents and benchmarks), when this machine has it. */
    public static Optional<Path> shared() {
        String configured = System.getProperty("reggraph.shared");
        Path shared = configured != null ? Path.of(configured) : repository().resolve("../shared");
        return Files.isDirectory(shared.resolve("corpus")) ? Optional.of(shared.toAbsolutePath().normalize())
                : Optional.empty();
    }

    /** The shared folder, or skips the calling test with a message that says why. */
    public static Path requireShared() {
        Optional<Path> shared = shared();
        Assumptions.assumeTrue(shared.isPresent(),
                "skipped: ../shared (real documents and benchmarks) is not on this machine; CI has it");
        return shared.get();
    }
}
