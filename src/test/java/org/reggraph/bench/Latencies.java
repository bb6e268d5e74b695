package org.reggraph.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/** Latencies of one timed path: percentiles, mean, and throughput over the wall-clock time they took. */
record Latencies(String path, long[] nanos, double wallSeconds) {

    double p50Millis() {
        return percentileMillis(50);
    }

    double p99Millis() {
        return percentileMillis(99);
    }

    double meanMillis() {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }

    double queriesPerSecond() {
        return nanos.length / wallSeconds;
    }

    /** The samples whose index passes {@code keep}, e.g. those of one kind of query. */
    Latencies only(String label, IntPredicate keep) {
        long[] kept = IntStream.range(0, nanos.length).filter(keep).mapToLong(i -> nanos[i]).toArray();
        return new Latencies(path + ", " + label, kept, Arrays.stream(kept).sum() / 1e9);
    }

    /** Nearest-rank percentile. */
    double percentileMillis(int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.2f | %.2f | %.2f |", path, nanos.length,
                queriesPerSecond(), p50Millis(), p99Millis(), meanMillis());
    }

    String ratioTo(Latencies baseline) {
        return String.format(Locale.ROOT, "| %s / %s | %.2f | %.2f |", path, baseline.path,
                p50Millis() / baseline.p50Millis(), meanMillis() / baseline.meanMillis());
    }
}
