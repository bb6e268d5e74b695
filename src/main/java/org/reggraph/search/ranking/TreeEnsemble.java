package org.reggraph.search.ranking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Boosted regression trees that score a candidate from its features: the first feature (the fused score)
 * plus every tree's leaf, so the trees are corrections to the ranking they were trained on.
 *
 * <p>The file is text, one tree per line, nodes in heap order (node i's children are 2i+1 and 2i+2), an
 * inner node written {@code feature<=threshold} (go left when true) and a leaf {@code =value}. Its first
 * line names the features, so a model never scores features it was not trained on.
 */
public final class TreeEnsemble {

  private static final String FEATURES = "features\t";

  /** One tree; a node whose feature is -1 is a leaf holding {@code value}. */
  public record Tree(int[] feature, float[] threshold, float[] value) {
    float predict(float[] x) {
      int node = 0;
      while (feature[node] >= 0) {
        node = x[feature[node]] <= threshold[node] ? 2 * node + 1 : 2 * node + 2;
      }
      return value[node];
    }
  }

  private final List<String> featureNames;
  private final List<Tree> trees;

  public TreeEnsemble(List<String> featureNames, List<Tree> trees) {
    this.featureNames = List.copyOf(featureNames);
    this.trees = List.copyOf(trees);
  }

  public List<String> featureNames() {
    return featureNames;
  }

  public int size() {
    return trees.size();
  }

  public float score(float[] features) {
    float score = features[0];
    for (Tree tree : trees) {
      score += tree.predict(features);
    }
    return score;
  }

  /**
   * The mean of several models over the same features (bagging): the first feature plus the mean of their
   * tree sums, which is one ensemble holding every tree with its leaves divided by the number of models.
   */
  public static TreeEnsemble average(List<TreeEnsemble> models) {
    List<Tree> trees = new ArrayList<>();
    for (TreeEnsemble model : models) {
      if (!model.featureNames.equals(models.get(0).featureNames)) {
        throw new IllegalArgumentException("models over different features cannot be averaged");
      }
      for (Tree tree : model.trees) {
        float[] value = tree.value().clone();
        for (int i = 0; i < value.length; i++) {
          value[i] /= models.size();
        }
        trees.add(new Tree(tree.feature(), tree.threshold(), value));
      }
    }
    return new TreeEnsemble(models.get(0).featureNames, trees);
  }

  /** Reads a model written by {@link #write}; {@code source} names it in errors. */
  public static TreeEnsemble read(Reader in, String source) throws IOException {
    BufferedReader lines = new BufferedReader(in);
    String header = lines.readLine();
    if (header == null || !header.startsWith(FEATURES)) {
      throw new IOException(source + ": not a tree ensemble (no features line)");
    }
    List<String> names = List.of(header.substring(FEATURES.length()).split("\t"));
    List<Tree> trees = new ArrayList<>();
    int lineNumber = 1;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNumber++;
      if (!line.isBlank()) {
        try {
          trees.add(parseTree(line.strip(), names.size()));
        } catch (IllegalArgumentException e) {
          throw new IOException(source + ":" + lineNumber + ": " + e.getMessage(), e);
        }
      }
    }
    return new TreeEnsemble(names, trees);
  }

  private static Tree parseTree(String line, int features) {
    String[] nodes = line.split(" ");
    int[] feature = new int[nodes.length];
    float[] threshold = new float[nodes.length];
    float[] value = new float[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      if (nodes[i].startsWith("=")) {
        feature[i] = -1;
        value[i] = Float.parseFloat(nodes[i].substring(1));
        continue;
      }
      int split = nodes[i].indexOf("<=");
      if (split < 0) {
        throw new IllegalArgumentException("bad node '" + nodes[i] + "'");
      }
      feature[i] = Integer.parseInt(nodes[i].substring(0, split));
      threshold[i] = Float.parseFloat(nodes[i].substring(split + 2));
      if (feature[i] < 0 || feature[i] >= features || 2 * i + 2 >= nodes.length) {
        throw new IllegalArgumentException("node " + i + " splits on an unknown feature or has no children");
      }
    }
    return new Tree(feature, threshold, value);
  }

  public void write(Writer out) {
    try {
      out.write(FEATURES + String.join("\t", featureNames) + "\n");
      for (Tree tree : trees) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < tree.feature().length; i++) {
          if (i > 0) {
            line.append(' ');
          }
          line.append(tree.feature()[i] < 0 ? "=" + number(tree.value()[i])
              : tree.feature()[i] + "<=" + number(tree.threshold()[i]));
        }
        out.write(line.append('\n').toString());
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the model", e);
    }
  }

  /** Shortest text that reads back as the same float. */
  private static String number(float value) {
    return Float.toString(value).toLowerCase(Locale.ROOT);
  }
}
