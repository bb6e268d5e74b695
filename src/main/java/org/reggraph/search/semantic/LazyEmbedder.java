package org.reggraph.search.semantic;

import java.util.function.Supplier;

/**
 * Loads the embedding model on first use only, so a service whose index holds no vectors never pays
 * the model's start-up (about a second and 100 MB of native memory).
 */
public final class LazyEmbedder {

  private final Supplier<PassageEmbedder> factory;
  private volatile PassageEmbedder embedder;

  public LazyEmbedder(Supplier<PassageEmbedder> factory) {
    this.factory = factory;
  }

  /**
   * The embedder the index uses: E5 small v2 ({@link PassageEmbedder}), with questions mapped by the shipped
   * adapter, or left as E5 writes them when {@code questionMap} is off.
   */
  public static LazyEmbedder tuned(boolean questionMap) {
    return new LazyEmbedder(
        () -> new PassageEmbedder(questionMap ? QuestionAdapter.shipped() : QuestionAdapter.identity()));
  }

  public PassageEmbedder get() {
    PassageEmbedder loaded = embedder;
    if (loaded == null) {
      synchronized (this) {
        if (embedder == null) {
          embedder = factory.get();
        }
        loaded = embedder;
      }
    }
    return loaded;
  }
}
