package org.reggraph.extract;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.reggraph.model.Modality;
import org.reggraph.model.Rule;
import org.reggraph.model.Span;

/**
 * Precision, recall and F1 of sentence-level modality against gold labels. A gold sentence's predicted
 * label is the modality of the extracted rule that overlaps it most, or none. Micro-F1 pools the four rule
 * classes; "none" is the negative class, so a rule found in a sentence labelled none is a false positive.
 */
final class DeonticScores {
    private final Map<Modality, int[]> counts = new EnumMap<>(Modality.class);
    private int sentences;
    private int correct;

    DeonticScores() {
        for (Modality modality : Modality.values()) {
            counts.put(modality, new int[3]);
        }
    }

    static Modality predicted(List<Rule> rules, Span sentence) {
        Rule best = null;
        int bestOverlap = 0;
        for (Rule rule : rules) {
            int overlap = Math.min(rule.span().end(), sentence.end()) - Math.max(rule.span().start(), sentence.start());
            if (overlap > bestOverlap) {
                best = rule;
                bestOverlap = overlap;
            }
        }
        return best == null ? null : best.modality();
    }

    /** Records one sentence; null stands for "none". */
    void add(Modality gold, Modality predicted) {
        sentences++;
        if (gold == predicted) {
            correct++;
        }
        if (predicted != null && predicted == gold) {
            counts.get(predicted)[0]++;
            return;
        }
        if (predicted != null) {
            counts.get(predicted)[1]++;
        }
        if (gold != null) {
            counts.get(gold)[2]++;
        }
    }

    double precision(Modality modality) {
        int[] c = counts.get(modality);
        return ratio(c[0], c[0] + c[1]);
    }

    double recall(Modality modality) {
        int[] c = counts.get(modality);
        return ratio(c[0], c[0] + c[2]);
    }

    double f1(Modality modality) {
        return f1(precision(modality), recall(modality));
    }

    int support(Modality modality) {
        int[] c = counts.get(modality);
        return c[0] + c[2];
    }

    double microF1() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int[] c : counts.values()) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return f1(ratio(tp, tp + fp), ratio(tp, tp + fn));
    }

    double accuracy() {
        return ratio(correct, sentences);
    }

    String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-15s %9s %9s %9s %8s%n",
                "class", "precision", "recall", "F1", "support"));
        for (Modality modality : Modality.values()) {
            out.append(String.format(Locale.ROOT, "%-15s %9.3f %9.3f %9.3f %8d%n", modality.label(),
                    precision(modality), recall(modality), f1(modality), support(modality)));
        }
        out.append(String.format(Locale.ROOT, "micro-F1 over the four rule classes: %.3f%n", microF1()));
        out.append(String.format(Locale.ROOT, "accuracy over %d sentences (five labels incl. none): %.3f%n",
                sentences, accuracy()));
        return out.toString();
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }
}
