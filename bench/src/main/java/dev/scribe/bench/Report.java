package dev.scribe.bench;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts the runs together (medians of single figures, pooled latency samples), checks them
 * against issue 6's targets, and writes the JSON report and the table.
 */
final class Report {
    /** A target of issue 6: the figure must stay at or below the limit. */
    private record Target(String label, String figure, double limit, String unit) {
    }

    private static final List<Target> TARGETS = List.of(
            new Target("initialize answered after process start", "initialize_ms", 500, "ms"),
            new Target("initial index of the workspace", "index_ms", 3000, "ms"),
            new Target("RSS after indexing", "rss_after_index_mib", 600, "MiB"),
            new Target("restart ready (initialize to index end)", "restart_ready_ms", 1000, "ms"));
    private static final double REQUEST_P99_MS = 20;
    private static final double KEYSTROKE_P99_MS = 10;

    private final Map<String, Object> json = new LinkedHashMap<>();
    private final Map<String, Double> figures = new LinkedHashMap<>();
    private final Map<String, Latencies> latencies = new LinkedHashMap<>();
    private final List<Map<String, Object>> targets = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Object> machine = machine();
    private final Workspace workspace;
    private final int runs;
    private List<Map<String, Object>> jmh = List.of();

    /** @param loadBefore the load average when the benchmark began: other work on the machine skews figures */
    Report(Options options, Workspace workspace, Map<String, Object> generated, List<LspBenchmark.Run> runs,
           String loadBefore) {
        this.workspace = workspace;
        this.runs = runs.size();
        Set<String> names = new LinkedHashSet<>();
        runs.forEach(r -> names.addAll(r.figures.keySet()));
        for (String name : names) {
            figures.put(name, Latencies.median(runs.stream()
                    .mapToDouble(r -> r.figures.getOrDefault(name, Double.NaN)).toArray()));
        }
        figures.put("index_throughput_mb_s", workspace.megabytes() / (figures.get("index_ms") / 1000));
        for (LspBenchmark.Run r : runs) {
            r.latencies.forEach((kind, lat) -> latencies.computeIfAbsent(kind, k -> new Latencies()).addAll(lat));
        }

        json.put("tool", "scribe-bench");
        json.put("date", java.time.Instant.now().toString());
        machine.put("load_average_before", loadBefore);
        machine.put("load_average_after", loadAverage());
        json.put("machine", machine);
        json.put("server", String.join(" ", options.server));
        json.put("checkout_revision", revision());
        json.put("settings", settings(options));
        Map<String, Object> ws = new LinkedHashMap<>();
        ws.put("path", workspace.root().toString());
        ws.put("generated", generated);
        ws.put("notes", workspace.notes().size());
        ws.put("lines", workspace.lines());
        ws.put("mean_lines", workspace.notes().isEmpty() ? 0 : round((double) workspace.lines() / workspace.notes().size()));
        ws.put("megabytes", round(workspace.megabytes()));
        json.put("workspace", ws);
        Map<String, Object> summary = new LinkedHashMap<>();
        figures.forEach((k, v) -> summary.put(k, round(v)));
        Map<String, Object> lat = new LinkedHashMap<>();
        latencies.forEach((k, v) -> lat.put(k, v.summary()));
        summary.put("latency", lat);
        json.put("summary", summary);
        List<Object> perRun = new ArrayList<>();
        for (LspBenchmark.Run r : runs) {
            Map<String, Object> m = new LinkedHashMap<>();
            r.figures.forEach((k, v) -> m.put(k, round(v)));
            Map<String, Object> l = new LinkedHashMap<>();
            r.latencies.forEach((k, v) -> {
                Map<String, Object> kind = v.summary();
                kind.put("samples_ms", v.samples());   // in the order taken: where the slow ones fall
                l.put(k, kind);
            });
            m.put("latency", l);
            perRun.add(m);
        }
        json.put("runs", perRun);
        checkTargets();
        json.put("targets", targets);
        latencies.forEach((kind, l) -> {
            if (Double.valueOf(0).equals(l.summary().get("mean_items"))) {
                warnings.add("every " + kind + " answer was empty: the requests are aimed at acronyms, names and "
                        + "notes that exist, so the server is likely broken and its times mean little");
            }
        });
        json.put("warnings", warnings);
    }

    private static Map<String, Object> settings(Options options) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("debounce_ms", options.debounceMs);
        settings.put("samples", options.samples);
        settings.put("warmup", options.warmup);
        settings.put("open_notes", options.open);
        settings.put("keystrokes", options.keystrokes);
        settings.put("typing_interval_ms", options.typingIntervalMs);
        settings.put("typing_note_lines", options.typingLines);
        settings.put("open_close_cycles", options.openClose);
        settings.put("repeat", options.repeat);
        return settings;
    }

    void jmh(List<Map<String, Object>> results) {
        jmh = results;
        json.put("jmh", results);
    }

    private void checkTargets() {
        for (Target t : TARGETS) {
            target(t.label(), figures.getOrDefault(t.figure(), Double.NaN), t.limit(), t.unit());
        }
        latencies.forEach((kind, lat) -> target(kind + " p99",
                lat.percentile(0.99), kind.equals("keystroke") ? KEYSTROKE_P99_MS : REQUEST_P99_MS, "ms"));
    }

    private void target(String label, double measured, double limit, String unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", label);
        m.put("limit", limit);
        m.put("unit", unit);
        m.put("measured", round(measured));
        m.put("met", Double.isNaN(measured) ? null : measured <= limit);
        m.put("times_the_limit", round(measured / limit));
        targets.add(m);
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        return m;
    }

    /**
     * The checkout the benchmark runs in, as `git describe --always --dirty`: the server measured
     * when --server is the default, and "-dirty" means it may hold uncommitted changes. Null
     * outside a git checkout.
     */
    private static String revision() {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The 1, 5 and 15 minute load averages of /proc/loadavg, or "n/a" off Linux. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    void write(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        String text = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(json);
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
    }

    /** The table a person reads: the figures, the latencies, and each target met or missed. */
    void print(PrintStream out) {
        out.printf("%nScribe benchmark: %d notes, %d lines, %.1f MB; %d cores; %d run(s); load average %s before, %s after%n",
                workspace.notes().size(), workspace.lines(), workspace.megabytes(), Runtime.getRuntime().availableProcessors(),
                runs, machine.get("load_average_before"), machine.get("load_average_after"));
        out.println();
        row(out, "initialize answered after process start", "initialize_ms", "ms");
        row(out, "initial index (initialized to $/progress end)", "index_ms", "ms");
        row(out, "index throughput (workspace MB / index time)", "index_throughput_mb_s", "MB/s");
        row(out, "RSS after indexing (VmRSS)", "rss_after_index_mib", "MiB");
        row(out, "peak RSS after indexing (VmHWM)", "peak_rss_after_index_mib", "MiB");
        row(out, "restart: initialize to index end", "restart_ready_ms", "ms");
        row(out, "restart: process start to index end", "restart_ready_from_process_start_ms", "ms");
        row(out, "restart: RSS after indexing", "restart_rss_after_index_mib", "MiB");
        out.printf("%-50s %s%n", "open/close " + Math.round(figures.getOrDefault("open_close_cycles", 0.0)) + "x: live heap",
                change("open_close_live_heap_before_mib", "open_close_live_heap_after_mib"));
        out.printf("%-50s %s%n", "open/close: RSS", change("open_close_rss_before_mib", "open_close_rss_after_mib"));
        row(out, "open/close: one cycle of the long note", "open_close_mean_cycle_ms", "ms");
        out.printf("%-50s %10s%n", "keystrokes sent / diagnostics published for them",
                Math.round(figures.getOrDefault("keystrokes_sent", 0.0)) + " / "
                        + Math.round(figures.getOrDefault("keystroke_publishes", 0.0)));
        for (Map<String, Object> j : jmh) {
            if (j.get("mb_per_s") != null) {
                out.printf("%-50s %10.1f MB/s  (%s us per note)%n", "parse throughput, " + j.get("note_lines") + "-line note (JMH)",
                        (Double) j.get("mb_per_s"), j.get("score"));
            }
        }
        out.println();
        out.printf("%-18s %7s %9s %9s %9s %9s %7s %10s%n", "latency (ms)", "count", "median", "p95", "p99", "max",
                "errors", "mean items");
        latencies.forEach((kind, lat) -> out.printf("%-18s %7d %9.2f %9.2f %9.2f %9.2f %7s %10s%n", kind, lat.count(),
                lat.percentile(0.5), lat.percentile(0.95), lat.percentile(0.99), lat.max(), lat.summary().get("errors"),
                lat.summary().get("mean_items")));
        if (!jmh.isEmpty()) {
            out.println();
            out.printf("%-22s %6s %12s %10s  %s%n", "JMH", "lines", "score", "error", "unit");
            for (Map<String, Object> j : jmh) {
                out.printf("%-22s %6s %12s %10s  %s%n", j.get("benchmark"), j.get("note_lines") == null ? "" : j.get("note_lines"),
                        j.get("score"), j.get("error"), j.get("unit"));
            }
        }
        warnings.forEach(w -> out.println("WARNING: " + w));
        out.println();
        out.printf("%-48s %10s %10s  %s%n", "target", "limit", "measured", "");
        for (Map<String, Object> t : targets) {
            Object met = t.get("met");
            String verdict = met == null ? "not measured"
                    : (Boolean) met ? "met" : String.format("MISSED (%.1fx the limit)", (Double) t.get("times_the_limit"));
            out.printf("%-48s %7.0f %-3s %9s  %s%n", t.get("target"), (Double) t.get("limit"), t.get("unit"),
                    t.get("measured"), verdict);
        }
        if (targets.stream().anyMatch(t -> Boolean.FALSE.equals(t.get("met")))) {
            out.println();
            out.println("Why a target is missed, and what would get there: bench/README.md, \"Where the time goes\".");
        }
    }

    private void row(PrintStream out, String label, String figure, String unit) {
        Double v = figures.get(figure);
        out.printf("%-50s %10s %s%n", label, v == null || v.isNaN() ? "n/a" : String.format("%.1f", v), unit);
    }

    private String change(String before, String after) {
        Double b = figures.get(before);
        Double a = figures.get(after);
        if (b == null || a == null) {
            return "n/a";
        }
        return String.format("%.1f -> %.1f MiB (%+.1f)", b, a, a - b);
    }

    /** Three decimals are plenty for milliseconds and MiB; NaN (not measured) becomes null. */
    static Double round(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : Math.round(v * 1000) / 1000.0;
    }
}
