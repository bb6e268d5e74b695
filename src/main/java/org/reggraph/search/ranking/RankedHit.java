package org.reggraph.search.ranking;

/** One Lucene document in a ranking, with the score that put it there. */
public record RankedHit(int luceneDocId, float score) {}
