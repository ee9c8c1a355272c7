package dev.scribe.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs {@link ParserBenchmarks} and turns the scores into report entries, with parse throughput. */
final class JmhRunner {
    private JmhRunner() {
    }

    /** @param log where JMH's own (long) output goes */
    static List<Map<String, Object>> run(Path log) throws RunnerException {
        var options = new OptionsBuilder()
                .include(ParserBenchmarks.class.getName() + "\\.")
                .output(log.toString())
                .build();
        List<Map<String, Object>> out = new ArrayList<>();
        for (RunResult r : new Runner(options).run()) {
            BenchmarkParams params = r.getParams();
            Result<?> score = r.getPrimaryResult();
            String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            String lines = params.getParam("lines");
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("benchmark", name);
            entry.put("note_lines", lines == null ? null : Integer.valueOf(lines));
            entry.put("score", Report.round(score.getScore()));
            entry.put("error", Report.round(score.getScoreError()));
            entry.put("unit", score.getScoreUnit());
            if (name.equals("parse") && lines != null) {
                // Bytes per microsecond are megabytes (10^6 bytes) per second.
                int bytes = ParserBenchmarks.utf8Bytes(Integer.parseInt(lines));
                entry.put("note_bytes", bytes);
                entry.put("mb_per_s", Report.round(bytes / score.getScore()));
            }
            out.add(entry);
        }
        return out;
    }
}
