package org.reggraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reggraph.ingest.DocumentDescriber;
import org.reggraph.ingest.IngestException;
import org.reggraph.ingest.ParsedText;
import org.reggraph.ingest.TextExtractor;
import org.reggraph.model.DocumentKind;
import org.reggraph.model.Span;

/**
 * The hand-labelled development set in {@code src/test/resources/devset/deontic-devset.tsv}: sentences of
 * files under {@code shared/corpus}, kept as offsets, labels and a hash of the sentence, never as text. The
 * text is rebuilt by parsing each file with the pipeline's own {@link TextExtractor}; a hash that no longer
 * matches means the parser's output drifted and the offsets must be rebuilt.
 */
final class DevSet {
    static final String RESOURCE = "src/test/resources/devset/deontic-devset.tsv";
    private static final long MAX_CHARS = 20_000_000L;
    private static final Duration PARSE_TIMEOUT = Duration.ofMinutes(2);

    /** One labelled sentence; {@code label} is a modality label or "none". */
    record Item(String path, Span span, String label, String hash) {
    }

    /** A corpus file's plain text, the headings its format marked, and its labelled sentences. */
    record Document(String path, DocumentKind kind, String text, List<Span> headings, List<Item> items) {
    }

    private DevSet() {
    }

    /**
     * Half of the set is held out from tuning: the half whose hash starts with 8-f. The split is fixed by the
     * sentences themselves, so it cannot be chosen after seeing results.
     */
    static boolean isHeldOut(Item item) {
        return Character.digit(item.hash().charAt(0), 16) >= 8;
    }

    /** The shared folder the build points at, or null when it is absent. */
    static Path sharedCorpus() {
        String shared = System.getProperty("reggraph.shared");
        if (shared == null) {
            return null;
        }
        Path corpus = Path.of(shared, "corpus");
        return Files.isDirectory(corpus) ? corpus : null;
    }

    static List<Item> items(Path basedir) {
        List<Item> items = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(basedir.resolve(RESOURCE), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                items.add(new Item(fields[0], new Span(Integer.parseInt(fields[1]), Integer.parseInt(fields[2])),
                        fields[3], fields[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return items;
    }

    /** Parses every file the set names; throws if a file fails to parse. */
    static List<Document> load(Path basedir, Path corpus) throws IngestException {
        Map<String, List<Item>> byPath = new LinkedHashMap<>();
        for (Item item : items(basedir)) {
            byPath.computeIfAbsent(item.path(), p -> new ArrayList<>()).add(item);
        }
        List<Document> documents = new ArrayList<>();
        try (TextExtractor parser = new TextExtractor(MAX_CHARS, PARSE_TIMEOUT)) {
            for (Map.Entry<String, List<Item>> entry : byPath.entrySet()) {
                Path file = corpus.resolve(entry.getKey());
                ParsedText parsed = parser.extract(file, entry.getKey());
                documents.add(new Document(entry.getKey(), DocumentDescriber.kindFromPath(file), parsed.text(),
                        parsed.headings(), entry.getValue()));
            }
        }
        return documents;
    }

    static String hash(String sentence) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sentence.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
