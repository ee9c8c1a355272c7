package dev.scribe.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Latency samples of one kind of request, in milliseconds, and their percentiles. */
final class Latencies {
    private final List<Double> ms = new ArrayList<>();
    private int errors;
    /** Items in the answers, or -1 for samples that are no answers (keystrokes). */
    private long resultItems = -1;

    void add(double millis) {
        ms.add(millis);
    }

    void addAll(Latencies other) {
        ms.addAll(other.ms);
        errors += other.errors;
        if (other.resultItems >= 0) {
            resultItems = Math.max(0, resultItems) + other.resultItems;
        }
    }

    /** A request that failed or timed out: counted, not timed. */
    void error() {
        errors++;
    }

    /** How many items (completions, locations, symbols...) an answer held, to show the work done. */
    void items(int n) {
        resultItems = Math.max(0, resultItems) + n;
    }

    /** The samples in the order they were taken, rounded. */
    List<Double> samples() {
        return ms.stream().map(Report::round).toList();
    }

    int count() {
        return ms.size();
    }

    /** Nearest-rank percentile: the smallest sample with at least q of all samples at or below it. */
    double percentile(double q) {
        if (ms.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    double max() {
        return ms.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", ms.size());
        m.put("median_ms", Report.round(percentile(0.50)));
        m.put("p95_ms", Report.round(percentile(0.95)));
        m.put("p99_ms", Report.round(percentile(0.99)));
        m.put("max_ms", Report.round(max()));
        m.put("errors", errors);
        m.put("mean_items", ms.isEmpty() || resultItems < 0 ? null : Report.round((double) resultItems / ms.size()));
        return m;
    }

    static double median(double... values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
