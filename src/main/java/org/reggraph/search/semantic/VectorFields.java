package org.reggraph.search.semantic;

import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.VectorSimilarityFunction;

/**
 * The Lucene field that holds a provision's vector. Vectors are unit length (BGE normalises them),
 * so dot product is cosine similarity at less cost.
 */
public final class VectorFields {

  private VectorFields() {}

  public static KnnFloatVectorField vector(String field, float[] vector) {
    return new KnnFloatVectorField(field, vector, VectorSimilarityFunction.DOT_PRODUCT);
  }
}
