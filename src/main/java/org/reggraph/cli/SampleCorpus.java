package org.reggraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Finds the sample corpus a first run ingests: the {@code corpus/} folder beside the working directory when
 * run from a checkout, else the copy packed into the jar, unpacked to a temporary folder.
 */
final class SampleCorpus {
    static final String CLASSPATH_FOLDER = "sample-corpus/";

    private SampleCorpus() {
    }

    static Path locate(Path preferred) {
        if (Files.isRegularFile(preferred.resolve("manifest.json"))) {
            return preferred;
        }
        try {
            return unpack();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the sample corpus", e);
        }
    }

    private static Path unpack() throws IOException {
        ClassLoader loader = SampleCorpus.class.getClassLoader();
        try (InputStream manifest = loader.getResourceAsStream(CLASSPATH_FOLDER + "manifest.json")) {
            if (manifest == null) {
                throw new IOException("no sample corpus in this build");
            }
            Path folder = Files.createTempDirectory("reggraph-sample-corpus");
            byte[] manifestBytes = manifest.readAllBytes();
            Files.write(folder.resolve("manifest.json"), manifestBytes);
            JsonNode documents = new ObjectMapper().readTree(manifestBytes).path("documents");
            for (JsonNode document : documents) {
                String file = document.path("file").asText();
                if (file.isEmpty() || file.contains("/") || file.contains("..")) {
                    continue;
                }
                try (InputStream in = loader.getResourceAsStream(CLASSPATH_FOLDER + file)) {
                    if (in != null) {
                        Files.copy(in, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return folder;
        }
    }
}
