package org.reggraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.reggraph.model.CanonicalId;
import org.reggraph.model.DocumentKind;
import org.reggraph.model.Provision;
import org.reggraph.model.SourceDocument;
import org.reggraph.model.Span;

/**
 * Reads a passage collection in Anserini's JsonCollection format: one JSON object per line with a
 * string {@code id} and a string {@code contents}; every other key is kept as metadata, its value
 * as text (ObliQA adds {@code document} and {@code passage}).
 *
 * <p>A bad line never stops the file: it is counted and reported with its line number, as
 * Anserini's counters do. A passage with blank contents is skipped and counted, because it has
 * nothing to search.
 */
public final class JsonlPassageReader {

  public static final String ID_KEY = "id";
  public static final String CONTENTS_KEY = "contents";

  /** One passage of the collection. */
  public record Passage(String id, String contents, Map<String, String> metadata, int lineNumber) {
    /** The metadata key whose value, when present, labels the passage (ObliQA's section numbers). */
    public static final String LABEL_KEY = "passage";
    /** The metadata key whose value, when present, titles the passage (as in Anserini's document collections). */
    public static final String TITLE_KEY = "title";
    /** The metadata key whose value, when present, names the source document the passage was cut from (ObliQA's). */
    public static final String DOCUMENT_KEY = "document";

    public Passage {
      metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /**
     * The passage as a document of kind passage with one provision spanning its text. Its key, and so
     * its IRI, is the slug of its id ({@link CanonicalId#slug}), which leaves ids such as ObliQA's
     * lower-case UUIDs unchanged; its version is the hash of everything the line holds, so re-ingest is a
     * no-op. Its other keys become the document's source fields in the graph: nothing of the line is lost.
     */
    public SourceDocument toSourceDocument(String fileName) {
      String label = metadata.getOrDefault(LABEL_KEY, "");
      Provision provision = new Provision(0, label, "", new Span(0, contents.length()));
      return new SourceDocument(CanonicalId.slug(id), id, List.of(), title(), DocumentKind.PASSAGE,
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          fileName, MEDIA_TYPE, sha256(versionText()), contents, List.of(provision), false, metadata,
          OptionalInt.of(lineNumber), Map.of());
    }

    /**
     * Its {@code title} key; else where it sits in its source ("Document 21, passage 3.1.2"), which a reader
     * of a hit list recognises where an id such as ObliQA's UUIDs says nothing; else its id.
     */
    private String title() {
      String given = metadata.getOrDefault(TITLE_KEY, "").strip();
      String document = metadata.getOrDefault(DOCUMENT_KEY, "").strip();
      String label = metadata.getOrDefault(LABEL_KEY, "").strip();
      if (!given.isEmpty()) {
        return given;
      }
      if (!label.isEmpty()) {
        return document.isEmpty() ? "Passage " + label : "Document " + document + ", passage " + label;
      }
      return "Passage " + id;
    }

    /** Id, contents and every source field: a change to any of them makes a new version. */
    private String versionText() {
      StringBuilder text = new StringBuilder(id).append('\n').append(contents);
      metadata.forEach((name, value) -> text.append('\n').append(name).append('=').append(value));
      return text.toString();
    }
  }

  /** Media type of a JSON Lines file. */
  public static final String MEDIA_TYPE = "application/jsonl";

  /** What a read saw: passages handed on, blank ones skipped, bad lines with the reason for each. */
  public record Counts(int passages, int blank, List<String> badLines) {
    public Counts {
      badLines = List.copyOf(badLines);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonlPassageReader() {}

  /**
   * Streams the passages of {@code file} to {@code sink} in file order.
   *
   * @throws IOException when the file itself cannot be opened or read (its name is in the message)
   */
  public static Counts read(Path file, Consumer<Passage> sink) throws IOException {
    int passages = 0;
    int blank = 0;
    List<String> badLines = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        Passage passage;
        try {
          passage = parse(line, lineNumber);
        } catch (IllegalArgumentException | JsonProcessingException e) {
          badLines.add(file.getFileName() + ":" + lineNumber + ": " + reason(e));
          continue;
        }
        if (passage.contents().isBlank()) {
          blank++;
          continue;
        }
        sink.accept(passage);
        passages++;
      }
    } catch (IOException e) {
      throw new IOException(file + ": cannot read passages: " + e.getMessage(), e);
    }
    return new Counts(passages, blank, badLines);
  }

  /** Parses one line; a missing or non-text {@code id} or {@code contents} is an error. */
  static Passage parse(String line, int lineNumber) throws JsonProcessingException {
    JsonNode node = JSON.readTree(line);
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String id = requiredText(node, ID_KEY);
    if (id.isBlank()) {
      throw new IllegalArgumentException("blank \"" + ID_KEY + "\"");
    }
    String contents = requiredText(node, CONTENTS_KEY);
    Map<String, String> metadata = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getKey().equals(ID_KEY) && !field.getKey().equals(CONTENTS_KEY) && !field.getValue().isNull()) {
        metadata.put(field.getKey(), field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString());
      }
    }
    return new Passage(id, contents, metadata, lineNumber);
  }

  private static String requiredText(JsonNode node, String key) {
    JsonNode value = node.get(key);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("missing string \"" + key + "\"");
    }
    return value.asText();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256", e);
    }
  }

  private static String reason(Exception e) {
    if (e instanceof JsonProcessingException json) {
      return "not JSON: " + json.getOriginalMessage();
    }
    return e.getMessage();
  }
}
