package org.reggraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.reggraph.index.IndexFields;

/** Times several ways of answering the same queries in turns, and the plain BM25 they are compared with. */
final class TurnTimer {

    /** One way of answering a query, timed as a whole. */
    interface SearchPath {
        Object run(String query) throws Exception;
    }

    private TurnTimer() {
    }

    /**
     * Warm-up rounds, then timed rounds in which every query runs through each path in turn, the order of
     * the paths rotating from query to query: the paths of one query run within milliseconds of each other,
     * so a change in the machine's load (2 shared cores) hits them alike. Throughput is queries over the
     * summed latencies of the path.
     */
    static Map<String, Latencies> timeInTurns(Map<String, SearchPath> paths, List<String> queries, int rounds,
                                              int warmupRounds) throws Exception {
        List<String> names = new ArrayList<>(paths.keySet());
        for (int round = 0; round < warmupRounds; round++) {
            for (String name : names) {
                for (String query : queries) {
                    paths.get(name).run(query);
                }
            }
        }
        Map<String, long[]> nanos = new LinkedHashMap<>();
        names.forEach(name -> nanos.put(name, new long[rounds * queries.size()]));
        for (int round = 0; round < rounds; round++) {
            for (int q = 0; q < queries.size(); q++) {
                int sample = round * queries.size() + q;
                for (int turn = 0; turn < names.size(); turn++) {
                    String name = names.get((sample + turn) % names.size());
                    long started = System.nanoTime();
                    paths.get(name).run(queries.get(q));
                    nanos.get(name)[sample] = System.nanoTime() - started;
                }
            }
        }
        Map<String, Latencies> latencies = new LinkedHashMap<>();
        names.forEach(name -> latencies.put(name,
                new Latencies(name, nanos.get(name), Arrays.stream(nanos.get(name)).sum() / 1e9)));
        return latencies;
    }

    /** The honest baseline: what a bare Lucene application runs, top 10 and each hit's stored IRI. */
    static List<String> plainBm25(IndexSearcher searcher, Query parsed) throws IOException {
        TopDocs top = searcher.search(parsed, SearchSpeedBenchmark.TOP);
        List<String> iris = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            iris.add(searcher.storedFields().document(hit.doc, Set.of(IndexFields.IRI)).get(IndexFields.IRI));
        }
        return iris;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
