package org.reggraph.search.semantic;

import java.util.Locale;
import org.reggraph.model.DocumentKind;

/**
 * Which provisions get a dense vector when indexed.
 *
 * <p>Embedding costs about 15 ms of CPU per provision, several times what Tika spends parsing it,
 * so vectors are on by default only for {@link DocumentKind#PASSAGE} collections, which are built
 * for question answering and are where the hybrid ranking was measured. Directives, guidance and
 * news are searched by BM25 alone unless {@link #ALL} is chosen.
 */
public enum SemanticMode {
  OFF,
  PASSAGES,
  ALL;

  /** Whether a provision of a document of this kind (its label, as the index stores it) gets a vector. */
  public boolean embeds(String kindLabel) {
    return switch (this) {
      case OFF -> false;
      case PASSAGES -> DocumentKind.PASSAGE.label().equals(kindLabel);
      case ALL -> true;
    };
  }

  /** Parses {@code off}, {@code passages} or {@code all}, case-insensitively. */
  public static SemanticMode parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown semantic mode '" + text + "': expected off, passages or all", e);
    }
  }
}
