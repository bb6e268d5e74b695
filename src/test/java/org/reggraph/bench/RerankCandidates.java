package org.reggraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The fused top-K of every question with one feature vector per candidate, the unit a learned reranker
 * trains and predicts on. Candidates are in the fused order, so the first K of them are the fused top-K.
 */
final class RerankCandidates {

    /** One question's candidates: passage numbers, features ({@code [candidate][feature]}) and gold flags. */
    record Question(String id, int[] docs, float[][] features, boolean[] relevant, int judged) {

        int size() {
            return docs.length;
        }

        /** The same question cut to its first {@code k} candidates. */
        Question head(int k) {
            int n = Math.min(k, docs.length);
            return new Question(id, Arrays.copyOf(docs, n), Arrays.copyOf(features, n),
                    Arrays.copyOf(relevant, n), judged);
        }

        boolean anyRelevant() {
            for (boolean r : relevant) {
                if (r) {
                    return true;
                }
            }
            return false;
        }
    }

    final List<String> featureNames;
    final List<Question> questions;

    RerankCandidates(List<String> featureNames, List<Question> questions) {
        this.featureNames = featureNames;
        this.questions = questions;
    }

    /**
     * The questions cut into {@code folds} folds after a shuffle by {@code seed} (question i of the shuffle
     * falls in fold i mod folds): for each fold, its training questions and its held-out ones.
     */
    static List<Fold> folds(List<Question> questions, int folds, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        List<Fold> result = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<Question> train = new ArrayList<>();
            List<Question> held = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                (i % folds == fold ? held : train).add(questions.get(order.get(i)));
            }
            result.add(new Fold(train, held));
        }
        return result;
    }

    record Fold(List<Question> train, List<Question> heldOut) {}

    /** Recall@10 and AP@10 of one question ranked by {@code scores} (higher first; ties keep fused order). */
    static double[] metrics(Question q, double[] scores) {
        int n = q.size();
        int[] top = topTen(scores, n);
        int found = 0;
        double precisionSum = 0;
        for (int i = 0; i < top.length; i++) {
            if (q.relevant()[top[i]]) {
                found++;
                precisionSum += (double) found / (i + 1);
            }
        }
        return new double[] {(double) found / q.judged(), precisionSum / q.judged()};
    }

    /** Indices of the ten best scores, best first; among equal scores the earlier (fused) candidate wins. */
    static int[] topTen(double[] scores, int n) {
        int k = Math.min(10, n);
        int[] best = new int[k];
        int filled = 0;
        for (int i = 0; i < n; i++) {
            if (filled < k) {
                best[filled++] = i;
                for (int j = filled - 1; j > 0 && better(scores, best[j], best[j - 1]); j--) {
                    int swap = best[j];
                    best[j] = best[j - 1];
                    best[j - 1] = swap;
                }
            } else if (better(scores, i, best[k - 1])) {
                best[k - 1] = i;
                for (int j = k - 1; j > 0 && better(scores, best[j], best[j - 1]); j--) {
                    int swap = best[j];
                    best[j] = best[j - 1];
                    best[j - 1] = swap;
                }
            }
        }
        return best;
    }

    private static boolean better(double[] scores, int a, int b) {
        return scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
    }
}
