package org.reggraph.search.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class QuestionAdapterTest {

  @Test
  void shippedMapMovesQuestionsWithoutLosingThem() {
    QuestionAdapter adapter = QuestionAdapter.shipped();
    assertFalse(adapter.isIdentity());
    PassageEmbedder model = new PassageEmbedder();
    float[] raw = model.embedQuery("What must an Authorised Person do before outsourcing a material function?");
    float[] mapped = adapter.apply(raw);
    assertEquals(PassageEmbedder.DIMENSION, mapped.length);
    assertEquals(1.0, dot(mapped, mapped), 1e-4);
    double cosine = dot(raw, mapped);
    assertTrue(cosine < 0.999 && cosine > 0.5, "the map should move the question a little, cosine " + cosine);
  }

  @Test
  void writtenMapReadsBackTheSame() throws IOException {
    float[] matrix = {0.5f, -0.25f, 0f, 1f};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QuestionAdapter.of(2, matrix).write(out);
    QuestionAdapter read = QuestionAdapter.read(new ByteArrayInputStream(out.toByteArray()));
    float[] mapped = read.apply(new float[] {1f, 0f});
    // (1, 0) + A (1, 0) = (1.5, 0), unit length (1, 0)
    assertArrayEquals(new float[] {1f, 0f}, mapped, 1e-6f);
    float[] other = read.apply(new float[] {0f, 1f});
    // (0, 1) + A (0, 1) = (-0.25, 2)
    double norm = Math.hypot(-0.25, 2);
    assertArrayEquals(new float[] {(float) (-0.25 / norm), (float) (2 / norm)}, other, 1e-6f);
  }

  @Test
  void badMapsAreRefusedWithTheirShape() throws IOException {
    IllegalArgumentException wrongSize = assertThrows(IllegalArgumentException.class,
        () -> QuestionAdapter.of(3, new float[4]));
    assertTrue(wrongSize.getMessage().contains("3 x 3"), wrongSize.getMessage());
    assertThrows(IllegalArgumentException.class, () -> QuestionAdapter.of(2, new float[4]).apply(new float[3]));
    IllegalArgumentException wrongModel = assertThrows(IllegalArgumentException.class,
        () -> new PassageEmbedder(QuestionAdapter.of(2, new float[4])));
    assertTrue(wrongModel.getMessage().contains("2-dimensional"), wrongModel.getMessage());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QuestionAdapter.of(2, new float[4]).write(out);
    byte[] truncated = Arrays.copyOf(out.toByteArray(), 10);
    assertThrows(IOException.class, () -> QuestionAdapter.read(new ByteArrayInputStream(truncated)));
    IOException notAMap = assertThrows(IOException.class,
        () -> QuestionAdapter.read(new ByteArrayInputStream(new byte[] {0, 0, 0, 0})));
    assertTrue(notAMap.getMessage().contains("dimension 0"), notAMap.getMessage());
  }

  @Test
  void identityLeavesVectorsAlone() {
    float[] vector = {0.6f, 0.8f};
    assertSame(vector, QuestionAdapter.identity().apply(vector));
    float[] copy = QuestionAdapter.identity().unnormalised(vector);
    assertArrayEquals(vector, copy);
    assertTrue(copy != vector, "unnormalised hands back a copy the caller may change");
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
