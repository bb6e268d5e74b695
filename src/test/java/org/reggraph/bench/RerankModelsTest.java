package org.reggraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The research reranker's metric and both learners on small questions built here. */
class RerankModelsTest {

    @Test
    void metricsFollowTrecEvalOnTheTopTen() {
        boolean[] relevant = new boolean[12];
        relevant[1] = true;
        relevant[11] = true;
        RerankCandidates.Question q = new RerankCandidates.Question("q", new int[12], new float[12][1], relevant, 3);
        double[] fusedOrder = new double[12];
        for (int c = 0; c < 12; c++) {
            fusedOrder[c] = -c;
        }
        double[] m = RerankCandidates.metrics(q, fusedOrder);
        assertEquals(1.0 / 3, m[0], 1e-9, "one of three judged passages in the top ten");
        assertEquals((1.0 / 2) / 3, m[1], 1e-9, "found at rank 2, divided by all judged");
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, RerankCandidates.topTen(new double[12], 12),
                "equal scores keep the fused order");
    }

    /**
     * The gold candidate sits at ranks 5 to 19 of the fused order (feature 0) but is the only one whose
     * feature 1 is high while feature 2 is low, a conjunction no single feature tells: trained on other
     * questions, LambdaMART must lift it into the top ten far more often than the fused order does.
     */
    @Test
    void lambdaMartLearnsAnInteractionTheFusedOrderMisses() {
        List<RerankCandidates.Question> train = questions(300, new Random(1));
        List<RerankCandidates.Question> held = questions(100, new Random(2));
        LambdaMartRanker model = LambdaMartRanker.train(train, new LambdaMartRanker.Settings(60, 3, 0.3, 1));
        double fused = 0;
        double learned = 0;
        for (RerankCandidates.Question q : held) {
            double[] base = new double[q.size()];
            for (int c = 0; c < base.length; c++) {
                base[c] = q.features()[c][0];
            }
            fused += RerankCandidates.metrics(q, base)[0];
            learned += RerankCandidates.metrics(q, model.score(q))[0];
        }
        assertTrue(fused / held.size() < 0.5, "the fused order finds the gold in under half: " + fused / held.size());
        assertTrue(learned / held.size() > 0.9, "the trees find it in over 90%: " + learned / held.size());
        CoordinateAscentRanker linear = CoordinateAscentRanker.train(train, 4, 7);
        double ascended = held.stream().mapToDouble(q -> RerankCandidates.metrics(q, linear.score(q))[0]).sum();
        assertTrue(ascended > fused + 0.2 * held.size(), "a linear model can use feature 1 minus feature 2: " + ascended / held.size());
    }

    private static List<RerankCandidates.Question> questions(int n, Random random) {
        List<RerankCandidates.Question> questions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int size = 20;
            int gold = 5 + random.nextInt(15);
            float[][] f = new float[size][3];
            boolean[] relevant = new boolean[size];
            for (int c = 0; c < size; c++) {
                f[c][0] = 10 - c * 0.1f;
                boolean high = c == gold || random.nextBoolean();
                f[c][1] = high ? 0.6f + random.nextFloat() * 0.4f : random.nextFloat() * 0.4f;
                f[c][2] = c == gold || !high ? random.nextFloat() * 0.4f : 0.6f + random.nextFloat() * 0.4f;
            }
            relevant[gold] = true;
            questions.add(new RerankCandidates.Question("q" + i, new int[size], f, relevant, 1));
        }
        return questions;
    }
}
