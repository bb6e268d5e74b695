package org.reggraph.search.ranking;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import org.reggraph.index.IndexFields;

/**
 * Where each provision of one index snapshot sits among the others: its container (its document, or a
 * passage's source document within its collection), the provisions before and after it there, and its
 * parent, the nearest earlier provision of the container whose label is a dotted prefix of its own
 * ("7.3" for "7.3.2", "7" for "7.3" when there is no "7.3").
 *
 * <p>Read from doc values once per reader (a pass over every live document), so it always agrees with the
 * index it ranks. Documents indexed before these fields existed have no container and no neighbours; when
 * no container holds two provisions the structure is not {@link #known}.
 */
public final class CollectionStructure {

  private static final int NONE = -1;

  private final int[] container;
  private final int[] previous;
  private final int[] next;
  private final int[] parent;
  private boolean known;

  private CollectionStructure(int size) {
    container = new int[size];
    previous = new int[size];
    next = new int[size];
    parent = new int[size];
    Arrays.fill(container, NONE);
    Arrays.fill(previous, NONE);
    Arrays.fill(next, NONE);
    Arrays.fill(parent, NONE);
  }

  private record Member(int doc, long position, String label) {}

  /** The structure of every live document of {@code reader}, by Lucene doc id. */
  public static CollectionStructure of(IndexReader reader) throws IOException {
    CollectionStructure structure = new CollectionStructure(reader.maxDoc());
    Map<String, List<Member>> byContainer = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues containers = DocValues.getSorted(leaf.reader(), IndexFields.CONTAINER);
      NumericDocValues positions = DocValues.getNumeric(leaf.reader(), IndexFields.POSITION);
      SortedDocValues labels = DocValues.getSorted(leaf.reader(), IndexFields.LABEL_VALUE);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = containers.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = containers.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        String key = containers.lookupOrd(containers.ordValue()).utf8ToString();
        long position = positions.advanceExact(doc) ? positions.longValue() : 0;
        String label = labels.advanceExact(doc) ? labels.lookupOrd(labels.ordValue()).utf8ToString() : "";
        byContainer.computeIfAbsent(key, k -> new ArrayList<>()).add(new Member(leaf.docBase + doc, position, label));
      }
    }
    int ordinal = 0;
    for (List<Member> members : byContainer.values()) {
      members.sort(Comparator.comparingLong(Member::position).thenComparingInt(Member::doc));
      structure.link(ordinal++, members);
    }
    // Containers of one provision each say nothing of structure: an index built before the fields existed,
    // or a collection read before passages kept their line, which the reranker was not trained on.
    structure.known = byContainer.values().stream().anyMatch(members -> members.size() > 1);
    return structure;
  }

  private void link(int ordinal, List<Member> members) {
    Map<String, Integer> firstWithNumber = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      firstWithNumber.putIfAbsent(number(members.get(i).label()), i);
    }
    for (int i = 0; i < members.size(); i++) {
      int doc = members.get(i).doc();
      container[doc] = ordinal;
      previous[doc] = i > 0 ? members.get(i - 1).doc() : NONE;
      next[doc] = i + 1 < members.size() ? members.get(i + 1).doc() : NONE;
      String number = number(members.get(i).label());
      for (int dot = number.lastIndexOf('.'); dot > 0; dot = number.lastIndexOf('.', dot - 1)) {
        Integer ancestor = firstWithNumber.get(number.substring(0, dot));
        if (ancestor != null && ancestor < i) {
          parent[doc] = members.get(ancestor).doc();
          break;
        }
      }
    }
  }

  /** A label without surrounding space and trailing dots: "7." and "7" name the same chapter. */
  static String number(String label) {
    String number = label.strip();
    int end = number.length();
    while (end > 0 && number.charAt(end - 1) == '.') {
      end--;
    }
    return number.substring(0, end);
  }

  /**
   * Whether any container holds more than one provision: false for an index built before the structure
   * fields existed, and for passages ingested before they kept their line (each is then its own container).
   */
  public boolean known() {
    return known;
  }

  /** The container's ordinal in this snapshot, or -1 when the document has none. */
  public int container(int doc) {
    return container[doc];
  }

  /** The provision before it in its container, or -1. */
  public int previous(int doc) {
    return previous[doc];
  }

  /** The provision after it in its container, or -1. */
  public int next(int doc) {
    return next[doc];
  }

  /** Its parent in its container, or -1. */
  public int parent(int doc) {
    return parent[doc];
  }
}
