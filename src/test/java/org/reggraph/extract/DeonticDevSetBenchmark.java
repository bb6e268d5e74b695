package org.reggraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reggraph.model.Findings;
import org.reggraph.model.Modality;

/**
 * Scores rule extraction against the hand-labelled development set and prints per-class precision, recall
 * and F1, micro-F1 over the four rule classes, for the whole set and for its two halves: a tuning half whose
 * disagreements (path and offsets only) are printed, and a held-out half that is only ever scored. Run with
 * {@code mvn -q -o test -Dsurefire.excludedGroups= -Dgroups=benchmark -Dtest=DeonticDevSetBenchmark}.
 */
@Tag("benchmark")
class DeonticDevSetBenchmark {
    @Test
    void scoresTheDevelopmentSet() throws Exception {
        Path corpus = DevSet.sharedCorpus();
        Assumptions.assumeTrue(corpus != null, "shared/corpus is absent (system property reggraph.shared): skipping the benchmark");
        Path basedir = Path.of(System.getProperty("reggraph.basedir", "."));
        Extractor extractor = new Extractor();
        DeonticScores scores = new DeonticScores();
        DeonticScores tuning = new DeonticScores();
        DeonticScores heldOut = new DeonticScores();
        List<String> disagreements = new ArrayList<>();
        int drifted = 0;
        long extractNanos = 0;
        long chars = 0;
        for (DevSet.Document document : DevSet.load(basedir, corpus)) {
            long start = System.nanoTime();
            Findings findings = extractor.extract(document.text(), document.kind(), document.headings());
            extractNanos += System.nanoTime() - start;
            chars += document.text().length();
            for (DevSet.Item item : document.items()) {
                if (!DevSet.hash(item.span().of(document.text())).equals(item.hash())) {
                    drifted++;
                }
                Modality gold = item.label().equals("none") ? null : Modality.parse(item.label());
                Modality predicted = DeonticScores.predicted(findings.rules(), item.span());
                scores.add(gold, predicted);
                (DevSet.isHeldOut(item) ? heldOut : tuning).add(gold, predicted);
                if (gold != predicted && !DevSet.isHeldOut(item)) {
                    disagreements.add(String.format(Locale.ROOT, "%s [%d,%d) gold=%s predicted=%s", item.path(),
                            item.span().start(), item.span().end(), item.label(),
                            predicted == null ? "none" : predicted.label()));
                }
            }
        }
        System.out.println("Deontic development set: " + DevSet.RESOURCE);
        System.out.println("== all sentences");
        System.out.print(scores.table());
        System.out.println("== tuning half (its disagreements are listed below and were used to improve the patterns)");
        System.out.print(tuning.table());
        System.out.println("== held-out half (never inspected while tuning)");
        System.out.print(heldOut.table());
        System.out.printf(Locale.ROOT, "extraction time: %.0f ms for %d chars%n", extractNanos / 1e6, chars);
        System.out.println("disagreements in the tuning half:");
        disagreements.forEach(line -> System.out.println("  " + line));
        assertEquals(0, drifted, "sentences whose text no longer matches its recorded hash");
    }
}
