package org.reggraph.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the optional {@code manifest.json} beside source files, once per folder. A folder's manifest
 * describes the files in it: kind, issuer, date, title, identifier. Files it does not list are described
 * from their own metadata.
 */
public final class SourceManifest {
    public static final String FILE_NAME = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Path, Map<String, ManifestEntry>> byFolder = new ConcurrentHashMap<>();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Manifest(List<ManifestEntry> documents) {
    }

    public ManifestEntry entryFor(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        Map<String, ManifestEntry> entries = byFolder.computeIfAbsent(folder, SourceManifest::read);
        return entries.getOrDefault(file.getFileName().toString(), ManifestEntry.NONE);
    }

    public static boolean isManifest(Path file) {
        return file.getFileName().toString().equals(FILE_NAME);
    }

    private static Map<String, ManifestEntry> read(Path folder) {
        Path manifest = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(manifest)) {
            return Map.of();
        }
        try {
            Manifest parsed = JSON.readValue(manifest.toFile(), Manifest.class);
            return parsed.documents() == null ? Map.of() : parsed.documents().stream()
                    .filter(entry -> entry.file() != null)
                    .collect(Collectors.toMap(ManifestEntry::file, Function.identity(), (a, b) -> a));
        } catch (IOException e) {
            throw new UncheckedIOException(manifest + ": not a valid manifest: " + e.getMessage(), e);
        }
    }
}
