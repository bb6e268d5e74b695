package org.reggraph.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.reggraph.ingest.SourceManifest;

/**
 * Expands the paths given to {@code ingest} into the files to read: folders recursively, in a stable
 * order, skipping hidden files, manifests and the README that describes a folder.
 */
public final class SourceFiles {
    private SourceFiles() {
    }

    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(SourceFiles::isSource).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path, e);
                }
            } else {
                files.add(path); // named explicitly: read it, or report why not
            }
        }
        return files;
    }

    static boolean isSource(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !SourceManifest.isManifest(file) && !name.equals("README.md")
                && !name.equals("SHA256SUMS") && !name.equals("SOURCES.md");
    }
}
