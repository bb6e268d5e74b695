package org.reggraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.reggraph.pipeline.IngestReport;

/**
 * One store holding all of {@code ../shared/corpus}, ingested once per test JVM and shared by the test
 * classes that read it (ingesting 57 real documents takes a while). Tests must not write to it. Skips the
 * calling test when the shared folder is absent.
 */
public final class SharedCorpusStore {
    private static TestStore store;
    private static IngestReport report;

    private SharedCorpusStore() {
    }

    public static synchronized TestStore get() {
        Path shared = TestPaths.requireShared();
        if (store == null) {
            try {
                Path dataDir = Files.createTempDirectory("reggraph-shared-corpus");
                store = TestStore.open(dataDir).serve();
                report = store.ingest(shared.resolve("corpus"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    store.close();
                    delete(dataDir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    public static synchronized IngestReport report() {
        get();
        return report;
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
