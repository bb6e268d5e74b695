/**
 * Ranking of plain-language questions: BM25 over analysed fields with boosts, fused with nearest
 * neighbours of the question's vector; settings tuned on the ObliQA dev split (docs/retrieval.md).
 */
package org.reggraph.search.ranking;
