package org.reggraph.testing;

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
