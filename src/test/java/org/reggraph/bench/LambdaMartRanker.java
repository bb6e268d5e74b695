package org.reggraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.reggraph.search.ranking.TreeEnsemble;

/**
 * LambdaMART written out: boosted regression trees fitted to LambdaRank gradients of NDCG@10 (binary
 * gains), with Newton leaf values and features cut into at most 64 quantile bins. It starts from the
 * fused score (feature 0), so the trees learn corrections to the baseline ranking. Small on purpose:
 * depth-limited trees, a minimum hessian per leaf, no subsampling.
 */
final class LambdaMartRanker {

    private static final int BINS = 64;

    /**
     * {@code recallWeight} adds, to each pair's NDCG@10 change, that weight times the change in Recall@10 the
     * swap would make: non-zero only for pairs on either side of the tenth place, one over the question's
     * relevant candidates (at most ten). 0 is plain LambdaMART, the shipped model's objective.
     */
    record Settings(int trees, int depth, double learningRate, double minLeafHessian, double recallWeight) {
        Settings(int trees, int depth, double learningRate, double minLeafHessian) {
            this(trees, depth, learningRate, minLeafHessian, 0);
        }
    }

    /** One tree, nodes in heap order (children of node i at 2i+1, 2i+2); a leaf has feature -1. */
    private record Tree(int[] feature, float[] threshold, double[] value) {
        double predict(float[] x) {
            int node = 0;
            while (feature[node] >= 0) {
                node = x[feature[node]] <= threshold[node] ? 2 * node + 1 : 2 * node + 2;
            }
            return value[node];
        }
    }

    private final List<Tree> trees = new ArrayList<>();
    final double[] gain;

    private LambdaMartRanker(int features) {
        gain = new double[features];
    }

    /** The trees as the service scores them ({@link TreeEnsemble}: the first feature plus every tree). */
    TreeEnsemble ensemble(List<String> featureNames) {
        List<TreeEnsemble.Tree> converted = new ArrayList<>();
        for (Tree tree : trees) {
            float[] values = new float[tree.value().length];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) tree.value()[i];
            }
            converted.add(new TreeEnsemble.Tree(tree.feature().clone(), tree.threshold().clone(), values));
        }
        return new TreeEnsemble(featureNames, converted);
    }

    double[] score(RerankCandidates.Question q) {
        double[] s = new double[q.size()];
        for (int c = 0; c < q.size(); c++) {
            s[c] = q.features()[c][0];
            for (Tree tree : trees) {
                s[c] += tree.predict(q.features()[c]);
            }
        }
        return s;
    }

    static LambdaMartRanker train(List<RerankCandidates.Question> all, Settings settings) {
        List<RerankCandidates.Question> questions = all.stream().filter(RerankCandidates.Question::anyRelevant).toList();
        int features = questions.get(0).features()[0].length;
        int n = questions.stream().mapToInt(RerankCandidates.Question::size).sum();
        float[][] edges = new float[features][];
        byte[][] bins = new byte[features][n];
        for (int j = 0; j < features; j++) {
            float[] column = new float[n];
            int i = 0;
            for (RerankCandidates.Question q : questions) {
                for (float[] f : q.features()) {
                    column[i++] = f[j];
                }
            }
            edges[j] = edges(column);
            for (i = 0; i < n; i++) {
                bins[j][i] = (byte) bin(edges[j], column[i]);
            }
        }
        LambdaMartRanker model = new LambdaMartRanker(features);
        double[] score = new double[n];
        int[] start = new int[questions.size() + 1];
        for (int qi = 0, i = 0; qi < questions.size(); qi++) {
            start[qi] = i;
            for (float[] f : questions.get(qi).features()) {
                score[i++] = f[0];
            }
            start[qi + 1] = i;
        }
        double[] gradient = new double[n];
        double[] hessian = new double[n];
        for (int t = 0; t < settings.trees(); t++) {
            Arrays.fill(gradient, 0);
            Arrays.fill(hessian, 0);
            for (int qi = 0; qi < questions.size(); qi++) {
                lambdas(questions.get(qi), score, start[qi], settings.recallWeight(), gradient, hessian);
            }
            Tree tree = model.fit(bins, edges, gradient, hessian, settings);
            model.trees.add(tree);
            for (int qi = 0, i = 0; qi < questions.size(); qi++) {
                for (float[] f : questions.get(qi).features()) {
                    score[i++] += tree.predict(f);
                }
            }
        }
        return model;
    }

    /** LambdaRank gradients of NDCG@10 (plus weighted Recall@10) for one question's candidates, added at {@code offset}. */
    private static void lambdas(RerankCandidates.Question q, double[] score, int offset, double recallWeight,
            double[] gradient, double[] hessian) {
        int m = q.size();
        Integer[] order = new Integer[m];
        for (int c = 0; c < m; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[offset + b], score[offset + a]));
        int[] rank = new int[m];
        for (int r = 0; r < m; r++) {
            rank[order[r]] = r;
        }
        int relevant = 0;
        for (boolean r : q.relevant()) {
            relevant += r ? 1 : 0;
        }
        double ideal = 0;
        for (int r = 0; r < Math.min(10, relevant); r++) {
            ideal += discount(r);
        }
        for (int i = 0; i < m; i++) {
            if (!q.relevant()[i]) {
                continue;
            }
            for (int j = 0; j < m; j++) {
                if (q.relevant()[j]) {
                    continue;
                }
                double delta = Math.abs(discount(rank[i]) - discount(rank[j])) / ideal;
                if ((rank[i] < 10) != (rank[j] < 10)) {
                    delta += recallWeight / Math.min(10, relevant);
                }
                if (delta == 0) {
                    continue;
                }
                double rho = 1 / (1 + Math.exp(score[offset + i] - score[offset + j]));
                gradient[offset + i] += delta * rho;
                gradient[offset + j] -= delta * rho;
                hessian[offset + i] += delta * rho * (1 - rho);
                hessian[offset + j] += delta * rho * (1 - rho);
            }
        }
    }

    private static double discount(int rank) {
        return rank < 10 ? 1 / (Math.log(rank + 2) / Math.log(2)) : 0;
    }

    /** A depth-limited tree grown level by level on binned features, each leaf a Newton step. */
    private Tree fit(byte[][] bins, float[][] edges, double[] gradient, double[] hessian, Settings settings) {
        int nodes = (1 << (settings.depth() + 1)) - 1;
        int[] feature = new int[nodes];
        float[] threshold = new float[nodes];
        double[] value = new double[nodes];
        Arrays.fill(feature, -1);
        int n = gradient.length;
        int[] nodeOf = new int[n];
        double[] nodeG = new double[nodes];
        double[] nodeH = new double[nodes];
        for (int i = 0; i < n; i++) {
            nodeG[0] += gradient[i];
            nodeH[0] += hessian[i];
        }
        boolean[] open = new boolean[nodes];
        open[0] = true;
        for (int level = 0; level < settings.depth(); level++) {
            int first = (1 << level) - 1;
            int width = 1 << level;
            double[][][] histG = new double[width][bins.length][BINS];
            double[][][] histH = new double[width][bins.length][BINS];
            for (int i = 0; i < n; i++) {
                int local = nodeOf[i] - first;
                if (local < 0 || local >= width || !open[nodeOf[i]]) {
                    continue;
                }
                for (int j = 0; j < bins.length; j++) {
                    histG[local][j][bins[j][i]] += gradient[i];
                    histH[local][j][bins[j][i]] += hessian[i];
                }
            }
            int[] splitBin = new int[width];
            for (int w = 0; w < width; w++) {
                int node = first + w;
                if (!open[node]) {
                    continue;
                }
                double lambda = 1;
                double parentScore = nodeG[node] * nodeG[node] / (nodeH[node] + lambda);
                double bestGain = 0;
                for (int j = 0; j < bins.length; j++) {
                    double gl = 0;
                    double hl = 0;
                    for (int b = 0; b < edges[j].length; b++) {
                        gl += histG[w][j][b];
                        hl += histH[w][j][b];
                        double gr = nodeG[node] - gl;
                        double hr = nodeH[node] - hl;
                        if (hl < settings.minLeafHessian() || hr < settings.minLeafHessian()) {
                            continue;
                        }
                        double g = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - parentScore;
                        if (g > bestGain) {
                            bestGain = g;
                            feature[node] = j;
                            splitBin[w] = b;
                            nodeG[2 * node + 1] = gl;
                            nodeH[2 * node + 1] = hl;
                            nodeG[2 * node + 2] = gr;
                            nodeH[2 * node + 2] = hr;
                        }
                    }
                }
                if (feature[node] >= 0) {
                    threshold[node] = edges[feature[node]][splitBin[w]];
                    gain[feature[node]] += bestGain;
                    open[2 * node + 1] = true;
                    open[2 * node + 2] = true;
                }
            }
            for (int i = 0; i < n; i++) {
                int node = nodeOf[i];
                if (node >= first && node < first + width && feature[node] >= 0) {
                    nodeOf[i] = bins[feature[node]][i] <= splitBin[node - first] ? 2 * node + 1 : 2 * node + 2;
                }
            }
        }
        for (int node = 0; node < nodes; node++) {
            if (open[node] && feature[node] < 0) {
                value[node] = settings.learningRate() * nodeG[node] / (nodeH[node] + 1);
            }
        }
        return new Tree(feature, threshold, value);
    }

    /** Up to BINS - 1 distinct quantile edges; a value falls in the first bin whose edge it does not exceed. */
    private static float[] edges(float[] column) {
        float[] sorted = column.clone();
        Arrays.sort(sorted);
        List<Float> edges = new ArrayList<>();
        for (int b = 1; b < BINS; b++) {
            float e = sorted[(int) ((long) b * (sorted.length - 1) / BINS)];
            if (edges.isEmpty() || e > edges.get(edges.size() - 1)) {
                edges.add(e);
            }
        }
        float[] result = new float[edges.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = edges.get(i);
        }
        return result;
    }

    private static int bin(float[] edges, float x) {
        int lo = 0;
        int hi = edges.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x <= edges[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
