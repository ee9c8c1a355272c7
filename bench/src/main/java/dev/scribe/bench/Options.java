package dev.scribe.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The command line. Every option has a default, so that a bare run is the full benchmark. */
final class Options {
    static final String USAGE = """
            usage: java -jar bench/target/scribe-bench.jar [options]
                   java -jar bench/target/scribe-bench.jar generate --out DIR [--count N] [--seed S] [--format md|txt|mixed]

            The workspace (generated unless --workspace is given):
              --workspace DIR        benchmark an existing folder of notes instead
              --count N              notes to generate (2000)
              --seed S               generator seed (1)
              --min-lines N          shortest note (120)
              --max-lines N          longest note (180)
              --format md|txt|mixed  markdown, plain text, or a third plain text (mixed)
              --out DIR              where generated workspaces are kept and reused (bench/target/workspaces)
            The server:
              --server CMD           server command line, split on spaces (java -jar server/target/scribe.jar)
              --debounce-ms N        scribe.diagnostics.debounceMs to configure; subtracted from keystroke times (0)
            What to measure:
              --repeat N             server sessions to run, each from a fresh process; figures are medians (1)
              --samples N            timed requests of each kind (300)
              --warmup N             untimed requests of each kind first (20)
              --open N               notes to open for the requests (10)
              --keystrokes N         one-character edits of the long note (300)
              --typing-lines N       lines of the note typed into (2000)
              --typing-interval-ms N time between edits: 50 is a fast typist, 0 sends them back to back (50)
              --open-close N         open and close cycles of the long note for the memory check (100)
              --no-jmh / --jmh       skip / run the JMH parser and index benchmarks (run)
              --quick                a small run: 200 notes, 60 samples, 60 keystrokes, 20 cycles, no JMH
              --timeout-s N          seconds before a request counts as failed (10)
              --index-timeout-s N    seconds to wait for the initial index (900)
              --report FILE          JSON report (bench/target/bench-report.json)
            """;

    Path workspace;
    int count = 2000;
    long seed = 1;
    int minLines = 120;
    int maxLines = 180;
    CorpusGenerator.Format format = CorpusGenerator.Format.MIXED;
    Path out = Path.of("bench", "target", "workspaces");
    List<String> server = List.of("java", "-jar", "server/target/scribe.jar");
    int debounceMs = 0;
    int repeat = 1;
    int samples = 300;
    int warmup = 20;
    int open = 10;
    int keystrokes = 300;
    int typingIntervalMs = 50;
    int typingLines = 2000;
    int openClose = 100;
    boolean jmh = true;
    boolean quick;
    long timeoutMs = 10_000;
    long indexTimeoutMs = 900_000;
    Path report = Path.of("bench", "target", "bench-report.json");

    static Options parse(String[] args) {
        Options o = new Options();
        if (Arrays.asList(args).contains("--quick")) {
            // Quick sizes first, so that options given beside --quick still win.
            o.quick = true;
            o.count = 200;
            o.samples = 60;
            o.warmup = 10;
            o.keystrokes = 60;
            o.openClose = 20;
            o.jmh = false;
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--quick" -> { }
                case "--jmh" -> o.jmh = true;
                case "--no-jmh" -> o.jmh = false;
                case "-h", "--help" -> throw new IllegalArgumentException("");
                default -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("unknown option or missing value: " + a);
                    }
                    o.set(a, args[++i]);
                }
            }
        }
        if (o.samples < 1 || o.repeat < 1 || o.open < 1 || o.count < 1) {
            throw new IllegalArgumentException("--samples, --repeat, --open and --count must be at least 1");
        }
        return o;
    }

    private void set(String option, String value) {
        switch (option) {
            case "--workspace" -> workspace = Path.of(value);
            case "--count" -> count = Integer.parseInt(value);
            case "--seed" -> seed = Long.parseLong(value);
            case "--min-lines" -> minLines = Integer.parseInt(value);
            case "--max-lines" -> maxLines = Integer.parseInt(value);
            case "--format" -> format = CorpusGenerator.Format.valueOf(value.toUpperCase());
            case "--out" -> out = Path.of(value);
            case "--server" -> server = List.of(value.trim().split("\\s+"));
            case "--debounce-ms" -> debounceMs = Integer.parseInt(value);
            case "--repeat" -> repeat = Integer.parseInt(value);
            case "--samples" -> samples = Integer.parseInt(value);
            case "--warmup" -> warmup = Integer.parseInt(value);
            case "--open" -> open = Integer.parseInt(value);
            case "--keystrokes" -> keystrokes = Integer.parseInt(value);
            case "--typing-lines" -> typingLines = Integer.parseInt(value);
            case "--typing-interval-ms" -> typingIntervalMs = Integer.parseInt(value);
            case "--open-close" -> openClose = Integer.parseInt(value);
            case "--timeout-s" -> timeoutMs = Long.parseLong(value) * 1000;
            case "--index-timeout-s" -> indexTimeoutMs = Long.parseLong(value) * 1000;
            case "--report" -> report = Path.of(value);
            default -> throw new IllegalArgumentException("unknown option: " + option);
        }
    }
}
