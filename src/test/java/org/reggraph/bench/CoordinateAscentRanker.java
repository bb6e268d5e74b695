package org.reggraph.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A linear reranker trained as RankLib's coordinate ascent: one weight at a time moved by the step that
 * most improves the training questions' mean Recall@10 + MAP@10, the metric itself rather than a
 * surrogate. Features are z-scored on the training candidates; training starts from the fused score
 * alone (feature 0), so the first model is exactly the baseline ranking and every accepted step improves
 * on it on the training questions.
 */
final class CoordinateAscentRanker {

    private static final double[] STEPS = {0.01, 0.03, 0.1, 0.3, 1.0};

    final double[] mean;
    final double[] sd;
    final double[] weights;

    private CoordinateAscentRanker(double[] mean, double[] sd, double[] weights) {
        this.mean = mean;
        this.sd = sd;
        this.weights = weights;
    }

    static CoordinateAscentRanker train(List<RerankCandidates.Question> questions, int passes, long seed) {
        List<RerankCandidates.Question> useful = questions.stream().filter(RerankCandidates.Question::anyRelevant).toList();
        int features = questions.get(0).features()[0].length;
        double[] mean = new double[features];
        double[] sd = new double[features];
        long n = 0;
        for (RerankCandidates.Question q : questions) {
            for (float[] f : q.features()) {
                for (int j = 0; j < features; j++) {
                    mean[j] += f[j];
                    sd[j] += (double) f[j] * f[j];
                }
                n++;
            }
        }
        for (int j = 0; j < features; j++) {
            mean[j] /= n;
            sd[j] = Math.sqrt(Math.max(1e-12, sd[j] / n - mean[j] * mean[j]));
        }
        double[] weights = new double[features];
        weights[0] = 1;
        CoordinateAscentRanker model = new CoordinateAscentRanker(mean, sd, weights);
        double[][][] z = new double[useful.size()][][];
        double[][] scores = new double[useful.size()][];
        for (int i = 0; i < useful.size(); i++) {
            z[i] = model.normalised(useful.get(i));
            scores[i] = model.scores(z[i]);
        }
        double best = objective(useful, scores, z, 0, 0);
        Random random = new Random(seed);
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < features; j++) {
            order.add(j);
        }
        for (int pass = 0; pass < passes; pass++) {
            Collections.shuffle(order, random);
            boolean moved = false;
            for (int j : order) {
                double bestDelta = 0;
                for (double step : STEPS) {
                    for (double delta : new double[] {step, -step}) {
                        double value = objective(useful, scores, z, j, delta);
                        if (value > best + 1e-9) {
                            best = value;
                            bestDelta = delta;
                        }
                    }
                }
                if (bestDelta != 0) {
                    weights[j] += bestDelta;
                    for (int i = 0; i < useful.size(); i++) {
                        for (int c = 0; c < scores[i].length; c++) {
                            scores[i][c] += bestDelta * z[i][c][j];
                        }
                    }
                    moved = true;
                }
            }
            if (!moved) {
                break;
            }
        }
        return model;
    }

    /** Mean Recall@10 + MAP@10 with feature {@code j}'s weight moved by {@code delta}. */
    private static double objective(List<RerankCandidates.Question> questions, double[][] scores, double[][][] z,
            int j, double delta) {
        double sum = 0;
        for (int i = 0; i < questions.size(); i++) {
            double[] s = scores[i];
            double[] trial = new double[s.length];
            for (int c = 0; c < s.length; c++) {
                trial[c] = s[c] + delta * z[i][c][j];
            }
            double[] m = RerankCandidates.metrics(questions.get(i), trial);
            sum += m[0] + m[1];
        }
        return sum / questions.size();
    }

    double[][] normalised(RerankCandidates.Question q) {
        double[][] z = new double[q.size()][mean.length];
        for (int c = 0; c < q.size(); c++) {
            for (int j = 0; j < mean.length; j++) {
                z[c][j] = (q.features()[c][j] - mean[j]) / sd[j];
            }
        }
        return z;
    }

    double[] scores(double[][] z) {
        double[] s = new double[z.length];
        for (int c = 0; c < z.length; c++) {
            for (int j = 0; j < weights.length; j++) {
                s[c] += weights[j] * z[c][j];
            }
        }
        return s;
    }

    double[] score(RerankCandidates.Question q) {
        return scores(normalised(q));
    }
}
