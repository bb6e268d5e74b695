package org.reggraph.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code GET /api/v1/sparql/examples}: the example queries shipped in {@code ontology/queries/*.rq}, for the
 * SPARQL console. They are read once, from the classpath (a folder in development, the jar in production);
 * a query's leading {@code #} comment lines are its title and description.
 */
final class QueryExamplesController {
    static final String FOLDER = "ontology/queries";

    /** One example: the file name without {@code .rq}, its first comment line, and the query text. */
    record Example(String name, String title, String query) {
    }

    private final List<Example> examples;

    QueryExamplesController() {
        this.examples = load();
    }

    void list(Context ctx) {
        ctx.json(Map.of("examples", examples));
    }

    private static List<Example> load() {
        URL folder = QueryExamplesController.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                return readInJar(uri);
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the example queries in " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad classpath location " + folder, e);
        }
    }

    /** Reads through the jar's file system, opening (and then closing) it only if nobody else has. */
    private static List<Example> readInJar(URI uri) throws IOException {
        try {
            return read(FileSystems.getFileSystem(uri).provider().getPath(uri));
        } catch (FileSystemNotFoundException notOpenYet) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return read(jar.provider().getPath(uri));
            }
        }
    }

    private static List<Example> read(Path folder) throws IOException {
        List<Example> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
                String query = Files.readString(file, StandardCharsets.UTF_8);
                found.add(new Example(name, title(query, name), query));
            }
        }
        return found;
    }

    private static String title(String query, String fallback) {
        return query.lines().map(String::strip).filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "")).filter(line -> !line.isEmpty())
                .findFirst().orElse(fallback);
    }
}
