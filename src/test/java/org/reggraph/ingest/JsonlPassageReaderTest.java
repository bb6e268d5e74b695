package org.reggraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlPassageReaderTest {

  @TempDir Path dir;

  @Test
  void readsIdContentsAndKeepsOtherKeysAsMetadata() throws IOException {
    Path file = write("{\"id\": \"p1\", \"contents\": \"A firm must keep records.\", \"document\": 7, \"passage\": \"1.2\"}\n");
    List<JsonlPassageReader.Passage> passages = new ArrayList<>();
    JsonlPassageReader.Counts counts = JsonlPassageReader.read(file, passages::add);
    assertEquals(1, counts.passages());
    assertEquals("p1", passages.get(0).id());
    assertEquals("A firm must keep records.", passages.get(0).contents());
    assertEquals(Map.of("document", "7", "passage", "1.2"), passages.get(0).metadata());
    assertEquals(1, passages.get(0).lineNumber());
  }

  @Test
  void aPassageIsTitledByItsTitleKeyElseByItsPlaceElseByItsId() throws IOException {
    Path file = write("{\"id\": \"d1\", \"contents\": \"Text.\", \"title\": \"Sample Rulebook 3.2\", \"passage\": \"3.2\"}\n"
        + "{\"id\": \"d2\", \"contents\": \"Text.\"}\n"
        + "{\"id\": \"d3\", \"contents\": \"Text.\", \"document\": 21, \"passage\": \"3.1.2\"}\n"
        + "{\"id\": \"d4\", \"contents\": \"Text.\", \"passage\": \" 28) \"}\n");
    List<JsonlPassageReader.Passage> passages = new ArrayList<>();
    JsonlPassageReader.read(file, passages::add);
    assertEquals("Sample Rulebook 3.2", passages.get(0).toSourceDocument("c.jsonl").title());
    assertEquals("Passage d2", passages.get(1).toSourceDocument("c.jsonl").title());
    assertEquals("Document 21, passage 3.1.2", passages.get(2).toSourceDocument("c.jsonl").title());
    assertEquals("Passage 28)", passages.get(3).toSourceDocument("c.jsonl").title());
  }

  @Test
  void countsBadAndBlankLinesWithoutStopping() throws IOException {
    Path file = write(String.join("\n",
        "{\"id\": \"a\", \"contents\": \"first\"}",
        "not json at all",
        "{\"contents\": \"no id\"}",
        "{\"id\": \"b\", \"contents\": \"   \"}",
        "",
        "[1, 2]",
        "{\"id\": \"c\", \"contents\": \"last\"}"));
    List<String> ids = new ArrayList<>();
    JsonlPassageReader.Counts counts = JsonlPassageReader.read(file, p -> ids.add(p.id()));
    assertEquals(List.of("a", "c"), ids);
    assertEquals(1, counts.blank());
    assertEquals(3, counts.badLines().size());
    assertTrue(counts.badLines().get(0).startsWith("passages.jsonl:2: not JSON"), counts.badLines().get(0));
    assertTrue(counts.badLines().get(1).contains(":3: missing string \"id\""), counts.badLines().get(1));
    assertTrue(counts.badLines().get(2).contains(":6: not a JSON object"), counts.badLines().get(2));
  }

  @Test
  void missingFileIsAnErrorThatNamesIt() {
    Path missing = dir.resolve("absent.jsonl");
    IOException e = assertThrows(IOException.class, () -> JsonlPassageReader.read(missing, p -> { }));
    assertTrue(e.getMessage().contains("absent.jsonl"), e.getMessage());
  }

  private Path write(String text) throws IOException {
    Path file = dir.resolve("passages.jsonl");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
