package org.reggraph.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.reggraph.search.ranking.HybridRetriever;
import org.reggraph.search.ranking.RankedHit;
import org.reggraph.search.semantic.PassageEmbedder;

/**
 * Does a learned reranker over the fused top-K beat the kept hybrid on ObliQA dev? Features come from
 * {@link ObliqaRerankFeatures}; the models are {@link CoordinateAscentRanker} (linear, trained on the
 * metric) and {@link LambdaMartRanker} (boosted trees). Every figure is 5-fold cross-validated over dev
 * questions: each fold's questions are ranked by a model trained on the other four folds only, and the
 * five folds' rankings are scored together, beside the fused ranking in the same run.
 *
 * <p>Run: {@code java -Xmx3g -cp TEST_CLASSPATH org.reggraph.bench.ObliqaRerankResearch SHARED VECTOR_DIR
 * CACHE_DIR [PHASES]} with VECTOR_DIR holding {@code e5-passages.bin}, {@code e5-q-dev.bin} (E5 small v2
 * q, written by {@link ObliqaTuning}'s {@code embed} phase) and optionally {@code passages.bin},
 * {@code q-dev-plain.bin} (BGE small en v1.5 q, from session 1's sweeps; without them the BGE features
 * are 0, which measured the same). CACHE_DIR keeps the BM25 lists, the questions embedded
 * with E5's {@code passage: } prefix and the features between runs. PHASES (comma-separated, default
 * {@code ca,lambdamart}) also accepts {@code ablation}, {@code seeds}, {@code structure}, {@code label},
 * {@code more}, {@code service}, {@code tune}, {@code capped} and {@code importance}. Dev only: the test split is never
 * read here. Results are in docs/retrieval.md ("Learned reranking, session 3"); longer than most classes
 * because every phase behind that table stays here, so each row can be rerun as it was measured.
 */
public final class ObliqaRerankResearch {

    private static final int DEEPEST = 100;
    private static final int FOLDS = 5;
    /** The features up to "e5 cos passage-form question": index, passage-form, structure and bge. */
    private static final int FIRST_SET = ObliqaRerankFeatures.NAMES.indexOf("e5 cos passage-form question") + 1;

    private final List<RerankCandidates.Question> questions;
    private final ObliqaRecallTuning tuning;

    private ObliqaRerankResearch(List<RerankCandidates.Question> questions, ObliqaRecallTuning tuning) {
        this.questions = questions;
        this.tuning = tuning;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("reggraph.shared", args[0]);
        ObliqaData data = ObliqaData.locate();
        Path vectors = Path.of(args[1]);
        Path cache = Files.createDirectories(Path.of(args[2]));
        Set<String> phases = Set.of((args.length > 3 ? args[3] : "ca,lambdamart").split(","));
        List<ObliqaRecallTuning.Passage> passages = ObliqaRecallTuning.readCollection(data.collection());
        Map<String, float[]> e5 = ObliqaTuning.readVectors(vectors.resolve("e5-passages.bin"));
        Map<String, String> queries = ObliqaData.readQueries(data.queries("dev"));
        ObliqaRecallTuning tuning = new ObliqaRecallTuning(passages, queries, TrecScorer.fromQrels(data.qrels("dev")),
                matrix(passages, e5), ObliqaTuning.readVectors(vectors.resolve("e5-q-dev.bin")));
        Path featureFile = cache.resolve("features-dev-" + DEEPEST + ".bin");
        List<RerankCandidates.Question> questions;
        if (Files.exists(featureFile)) {
            questions = readFeatures(featureFile);
        } else {
            questions = extract(tuning, vectors, cache, judgedCounts(data.qrels("dev")));
            writeFeatures(featureFile, questions);
        }
        new ObliqaRerankResearch(questions, tuning).run(phases);
    }

    private static float[][] matrix(List<ObliqaRecallTuning.Passage> passages, Map<String, float[]> byId) {
        return passages.stream().map(p -> byId.get(p.id())).toArray(float[][]::new);
    }

    private static List<RerankCandidates.Question> extract(ObliqaRecallTuning tuning, Path vectors, Path cache,
            Map<String, Integer> judged) throws IOException {
        long start = System.nanoTime();
        // BGE vectors are optional: written by session 1's BGE sweeps, no longer by any phase in the repository.
        boolean withBge = Files.exists(vectors.resolve("passages.bin"));
        float[][] bge = withBge ? matrix(tuning.passages, ObliqaTuning.readVectors(vectors.resolve("passages.bin"))) : null;
        Map<String, float[]> bgeQueries = withBge ? ObliqaTuning.readVectors(vectors.resolve("q-dev-plain.bin")) : Map.of();
        Map<String, float[]> passageForm = passageFormQuestions(tuning.queries, cache.resolve("e5-passage-form-q-dev.bin"));
        Analyzer analyzer = ObliqaRecallTuning.analyzer();
        Function<Integer, String> none = i -> "";
        List<RerankCandidates.Question> result = new ArrayList<>();
        try (Directory dir = tuning.build(analyzer, none, none); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = ObliqaRecallTuning.searcher(reader);
            HybridRetriever bm25 = new HybridRetriever(analyzer, ObliqaRecallSweeps.fields(0, 0), "vector", null,
                    new HybridRetriever.Settings(1000, null));
            ObliqaRerankFeatures features = new ObliqaRerankFeatures(tuning, bge, analyzer, searcher);
            for (Map.Entry<String, String> q : tuning.queries.entrySet()) {
                List<RankedHit> lexical = bm25.lexical(searcher, q.getValue(), null, 1000);
                RerankCandidates.Question question = features.question(q.getKey(), q.getValue(), lexical,
                        tuning.queryVectors.get(q.getKey()), bgeQueries.get(q.getKey()), passageForm.get(q.getKey()), DEEPEST);
                result.add(new RerankCandidates.Question(question.id(), question.docs(), question.features(),
                        question.relevant(), judged.get(q.getKey())));
            }
        }
        System.out.printf(Locale.ROOT, "features of %d questions in %.0f s%n", result.size(), (System.nanoTime() - start) / 1e9);
        return result;
    }

    /** The questions embedded as E5 passages ({@code passage: } prefix), embedded once and kept in the cache. */
    private static Map<String, float[]> passageFormQuestions(Map<String, String> queries, Path file) throws IOException {
        if (Files.exists(file)) {
            return ObliqaTuning.readVectors(file);
        }
        Map<String, float[]> vectors = new LinkedHashMap<>();
        try (PassageEmbedder embedder = new PassageEmbedder()) {
            queries.forEach((id, text) -> vectors.put(id, embedder.embedPassage(text)));
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(vectors.size());
            for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                out.writeUTF(e.getKey());
                for (float x : e.getValue()) {
                    out.writeFloat(x);
                }
            }
        }
        return vectors;
    }

    private static Map<String, Integer> judgedCounts(Path qrels) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : Files.readAllLines(qrels, StandardCharsets.UTF_8)) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 4 && Integer.parseInt(f[3]) > 0) {
                counts.merge(f[0], 1, Integer::sum);
            }
        }
        return counts;
    }

    private void run(Set<String> phases) {
        if (phases.contains("ablation")) {
            ablation(42);
        }
        if (phases.contains("seeds")) {
            for (int seed : new int[] {1, 2}) {
                ablation(seed, new String[][] {{"index"}, {"index", "structure"}});
            }
        }
        if (phases.contains("structure")) {
            ablation(42, new String[][] {{"index", "doc+section"}, {"index", "doc+section", "neighbours"},
                {"index", "neighbours", "parent"}});
        }
        if (phases.contains("label")) {
            ablation(42, new String[][] {{"index", "doc+label-section"}, {"index", "doc+label-section", "neighbours"}});
        }
        if (phases.contains("service")) {
            // What the service could compute from a hit's stored document key, label and file position.
            for (int seed : new int[] {1, 2}) {
                ablation(seed, new String[][] {{"index", "doc+label-section", "neighbours"}});
            }
        }
        if (phases.contains("more")) {
            for (int seed : new int[] {42, 1, 2}) {
                ablation(seed, new String[][] {{"index", "structure+"}});
            }
        }
        if (phases.contains("importance")) {
            Set<Integer> keep = new HashSet<>();
            for (String group : new String[] {"index", "structure"}) {
                GROUPS.get(group).forEach(name -> keep.add(ObliqaRerankFeatures.NAMES.indexOf(name)));
            }
            LambdaMartRanker model = LambdaMartRanker.train(heads(questions.stream().map(q -> masked(q, keep)).toList(), 50),
                    new LambdaMartRanker.Settings(200, 3, 0.05, 20));
            double total = Arrays.stream(model.gain).sum();
            System.out.println("lambdamart split gain share (200x3, top 50, index + structure, all dev):");
            for (int j = 0; j < model.gain.length; j++) {
                if (keep.contains(j)) {
                    System.out.printf(Locale.ROOT, "  %-32s %.3f%n", ObliqaRerankFeatures.NAMES.get(j), model.gain[j] / total);
                }
            }
        }
        if (phases.contains("tune")) {
            for (LambdaMartRanker.Settings settings : new LambdaMartRanker.Settings[] {
                    new LambdaMartRanker.Settings(400, 3, 0.05, 20), new LambdaMartRanker.Settings(200, 2, 0.1, 20),
                    new LambdaMartRanker.Settings(300, 3, 0.1, 50)}) {
                ablation(42, new String[][] {{"index", "structure"}}, settings);
            }
        }
        if (phases.contains("capped")) {
            // The service cuts each side at 200: ranks beyond are unknown there, so cap them as it would.
            float cap = (float) Math.log1p(200);
            int[] rankFeatures = {ObliqaRerankFeatures.NAMES.indexOf("log bm25 rank"), ObliqaRerankFeatures.NAMES.indexOf("log e5 rank")};
            List<RerankCandidates.Question> capped = questions.stream().map(q -> {
                float[][] f = new float[q.size()][];
                for (int c = 0; c < f.length; c++) {
                    f[c] = q.features()[c].clone();
                    for (int j : rankFeatures) {
                        f[c][j] = Math.min(f[c][j], cap);
                    }
                }
                return new RerankCandidates.Question(q.id(), q.docs(), f, q.relevant(), q.judged());
            }).toList();
            System.out.println("ranks capped at 200:");
            new ObliqaRerankResearch(capped, tuning).ablation(42, new String[][] {{"index"}, {"index", "structure"}});
        }
        report("baseline: fused order (spread, 200 a side, dense " + ObliqaRerankFeatures.DENSE_WEIGHT + ")", q -> null,
                DEEPEST);
        for (int k : new int[] {10, 20, 30, 50, 100}) {
            report("oracle: gold of the fused top " + k + " moved first", q -> oracle(q), k);
        }
        if (phases.contains("ca") || phases.contains("lambdamart")) {
            // These rows were measured before the structure+ features existed: the first 28 columns only.
            List<RerankCandidates.Question> first = questions.stream().map(q -> firstColumns(q, FIRST_SET)).toList();
            new ObliqaRerankResearch(first, tuning).models(phases);
        }
    }

    /** Coordinate ascent and LambdaMART at depths 30, 50 and 100 over every feature of the questions. */
    private void models(Set<String> phases) {
        if (phases.contains("ca")) {
            for (int k : new int[] {30, 50, 100}) {
                crossValidate("coordinate ascent on R@10+MAP@10, top " + k, k,
                        train -> CoordinateAscentRanker.train(train, 4, 7)::score);
            }
            CoordinateAscentRanker all = CoordinateAscentRanker.train(heads(questions, 50), 4, 7);
            System.out.println("coordinate ascent weights (z-scored features, top 50, all dev):");
            for (int j = 0; j < all.weights.length; j++) {
                System.out.printf(Locale.ROOT, "  %-32s %+.3f%n", ObliqaRerankFeatures.NAMES.get(j), all.weights[j]);
            }
        }
        if (phases.contains("lambdamart")) {
            for (int k : new int[] {30, 50, 100}) {
                for (LambdaMartRanker.Settings s : new LambdaMartRanker.Settings[] {
                        new LambdaMartRanker.Settings(200, 3, 0.05, 20),
                        new LambdaMartRanker.Settings(300, 4, 0.05, 50)}) {
                    crossValidate("lambdamart " + s + ", top " + k, k, train -> LambdaMartRanker.train(train, s)::score);
                }
            }
            LambdaMartRanker all = LambdaMartRanker.train(heads(questions, 50), new LambdaMartRanker.Settings(200, 3, 0.05, 20));
            double total = Arrays.stream(all.gain).sum();
            System.out.println("lambdamart split gain share (200 trees depth 3, top 50, all dev):");
            for (int j = 0; j < all.gain.length; j++) {
                System.out.printf(Locale.ROOT, "  %-32s %.3f%n", ObliqaRerankFeatures.NAMES.get(j), all.gain[j] / total);
            }
        }
    }

    /**
     * Groups of features by what the service would need to compute them: the index as it is, a second
     * embedding of the question, the JSONL document and passage numbers, a second model's passage vectors.
     */
    private static final Map<String, List<String>> GROUPS = Map.of(
            "index", List.of("fused", "fused-top", "log fused rank", "bm25 text", "bm25 pairs", "bm25 spread",
                    "log bm25 rank", "e5 cos", "e5 spread", "log e5 rank", "log words", "idf coverage", "pair coverage",
                    "proximity", "in bm25 200", "in e5 200", "query terms"),
            "passage-form", List.of("e5 cos passage-form question"),
            "structure", List.of("doc best fused-top", "doc hits in top 20", "section best fused-top", "parent fused",
                    "prev fused", "next fused", "parent e5 cos"),
            "doc+section", List.of("doc best fused-top", "doc hits in top 20", "section best fused-top"),
            "neighbours", List.of("prev fused", "next fused"),
            "doc+label-section", List.of("doc best fused-top", "doc hits in top 20", "label section best fused-top"),
            "parent", List.of("parent fused", "parent e5 cos"),
            "structure+", List.of("doc best fused-top", "doc hits in top 20", "section best fused-top", "parent fused",
                    "prev fused", "next fused", "parent e5 cos", "label section best fused-top", "section hits in top 20",
                    "log rank in document", "document centroid e5 cos"),
            "bge", List.of("bge cos", "bge spread", "log bge rank"));

    /** LambdaMART (200 trees, depth 3, top 50) on feature subsets: the others are set to zero. */
    private void ablation(int seed) {
        ablation(seed, new String[][] {{"index"}, {"index", "passage-form"}, {"index", "structure"},
            {"index", "passage-form", "structure"}, {"index", "passage-form", "structure", "bge"}});
    }

    private void ablation(int seed, String[][] sets) {
        ablation(seed, sets, new LambdaMartRanker.Settings(200, 3, 0.05, 20));
    }

    private void ablation(int seed, String[][] sets, LambdaMartRanker.Settings settings) {
        for (String[] set : sets) {
            Set<Integer> keep = new HashSet<>();
            for (String group : set) {
                GROUPS.get(group).forEach(name -> keep.add(ObliqaRerankFeatures.NAMES.indexOf(name)));
            }
            List<RerankCandidates.Question> kept = questions.stream().map(q -> masked(q, keep)).toList();
            ObliqaRerankResearch masked = new ObliqaRerankResearch(kept, tuning);
            masked.crossValidate(String.format(Locale.ROOT, "lambdamart %dx%d lr %.2f min %.0f, top 50, fold seed %d, features %s",
                    settings.trees(), settings.depth(), settings.learningRate(), settings.minLeafHessian(), seed,
                    String.join(" + ", set)), 50,
                    train -> LambdaMartRanker.train(train, settings)::score, seed);
        }
    }

    private static RerankCandidates.Question firstColumns(RerankCandidates.Question q, int columns) {
        float[][] f = new float[q.size()][];
        for (int c = 0; c < f.length; c++) {
            f[c] = Arrays.copyOf(q.features()[c], columns);
        }
        return new RerankCandidates.Question(q.id(), q.docs(), f, q.relevant(), q.judged());
    }

    private static RerankCandidates.Question masked(RerankCandidates.Question q, Set<Integer> keep) {
        float[][] f = new float[q.size()][];
        for (int c = 0; c < f.length; c++) {
            f[c] = q.features()[c].clone();
            for (int j = 0; j < f[c].length; j++) {
                if (!keep.contains(j)) {
                    f[c][j] = 0;
                }
            }
        }
        return new RerankCandidates.Question(q.id(), q.docs(), f, q.relevant(), q.judged());
    }

    private interface Model {
        double[] score(RerankCandidates.Question q);
    }

    /** Five folds over the questions (fixed shuffle); each fold ranked by a model trained on the others. */
    private void crossValidate(String label, int k, Function<List<RerankCandidates.Question>, Model> trainer) {
        crossValidate(label, k, trainer, 42);
    }

    private void crossValidate(String label, int k, Function<List<RerankCandidates.Question>, Model> trainer, int seed) {
        long start = System.nanoTime();
        List<RerankCandidates.Question> cut = heads(questions, k);
        Map<String, double[]> scores = new HashMap<>();
        for (RerankCandidates.Fold fold : RerankCandidates.folds(cut, FOLDS, seed)) {
            Model model = trainer.apply(fold.train());
            for (RerankCandidates.Question q : fold.heldOut()) {
                scores.put(q.id(), model.score(q));
            }
        }
        report(String.format(Locale.ROOT, "%s (%.0f s)", label, (System.nanoTime() - start) / 1e9), q -> scores.get(q.id()), k);
    }

    private static List<RerankCandidates.Question> heads(List<RerankCandidates.Question> questions, int k) {
        return questions.stream().map(q -> q.head(k)).toList();
    }

    private static double[] oracle(RerankCandidates.Question q) {
        double[] s = new double[q.size()];
        for (int c = 0; c < s.length; c++) {
            s[c] = (q.relevant()[c] ? 1000 : 0) - c;
        }
        return s;
    }

    /**
     * Scores the first {@code k} candidates reordered by {@code scorer} (null keeps the fused order) with
     * {@link TrecScorer}, and prints the paired difference in R@10 to the fused order with its standard error.
     */
    private void report(String label, Function<RerankCandidates.Question, double[]> scorer, int k) {
        Map<String, List<String>> rankings = new LinkedHashMap<>();
        double[] diff = new double[questions.size()];
        int i = 0;
        for (RerankCandidates.Question full : questions) {
            RerankCandidates.Question q = full.head(k);
            double[] s = scorer.apply(q);
            if (s == null) {
                s = new double[q.size()];
                for (int c = 0; c < s.length; c++) {
                    s[c] = -c;
                }
            }
            int[] top = RerankCandidates.topTen(s, q.size());
            List<String> ids = new ArrayList<>();
            for (int c : top) {
                ids.add(tuning.passages.get(q.docs()[c]).id());
            }
            rankings.put(q.id(), ids);
            double[] base = new double[q.size()];
            for (int c = 0; c < base.length; c++) {
                base[c] = -c;
            }
            diff[i++] = RerankCandidates.metrics(q, s)[0] - RerankCandidates.metrics(q, base)[0];
        }
        TrecScorer.Scores scores = tuning.scorer.score(rankings);
        double mean = Arrays.stream(diff).average().orElse(0);
        double var = Arrays.stream(diff).map(d -> (d - mean) * (d - mean)).sum() / (diff.length - 1);
        System.out.printf(Locale.ROOT, "%-78s R@10 %.4f MAP@10 %.4f  dR@10 %+.4f (se %.4f)%n", label, scores.recallAt10(),
                scores.mapAt10(), mean, Math.sqrt(var / diff.length));
        System.out.flush();
    }

    private static void writeFeatures(Path file, List<RerankCandidates.Question> questions) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(questions.size());
            out.writeInt(ObliqaRerankFeatures.NAMES.size());
            for (RerankCandidates.Question q : questions) {
                out.writeUTF(q.id());
                out.writeInt(q.judged());
                out.writeInt(q.size());
                for (int c = 0; c < q.size(); c++) {
                    out.writeInt(q.docs()[c]);
                    out.writeBoolean(q.relevant()[c]);
                    for (float f : q.features()[c]) {
                        out.writeFloat(f);
                    }
                }
            }
        }
    }

    private static List<RerankCandidates.Question> readFeatures(Path file) throws IOException {
        List<RerankCandidates.Question> questions = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int n = in.readInt();
            int features = in.readInt();
            for (int i = 0; i < n; i++) {
                String id = in.readUTF();
                int judged = in.readInt();
                int size = in.readInt();
                int[] docs = new int[size];
                boolean[] relevant = new boolean[size];
                float[][] f = new float[size][features];
                for (int c = 0; c < size; c++) {
                    docs[c] = in.readInt();
                    relevant[c] = in.readBoolean();
                    for (int j = 0; j < features; j++) {
                        f[c][j] = in.readFloat();
                    }
                }
                questions.add(new RerankCandidates.Question(id, docs, f, relevant, judged));
            }
        }
        return questions;
    }
}
