package dev.scribe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's command line: generates (or takes) a workspace, runs the LSP sessions and the
 * JMH benchmarks, prints the table and writes the JSON report. See bench/README.md.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        boolean generateOnly = args.length > 0 && args[0].equals("generate");
        Options options;
        try {
            options = Options.parse(generateOnly ? Arrays.copyOfRange(args, 1, args.length) : args);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println(e.getMessage());
            }
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        if (generateOnly) {
            long bytes = generator(options).write(options.out, options.count);
            System.err.printf("wrote %d notes (%.1f MB) to %s%n", options.count, bytes / 1e6, options.out);
            return;
        }

        Map<String, Object> generated = null;
        Path root = options.workspace;
        if (root == null) {
            root = options.out.resolve(String.format("notes-%d-s%d-%d-%d-%s", options.count, options.seed,
                    options.minLines, options.maxLines, options.format.name().toLowerCase()));
            generate(options, root);
            generated = new LinkedHashMap<>();
            generated.put("count", options.count);
            generated.put("seed", options.seed);
            generated.put("min_lines", options.minLines);
            generated.put("max_lines", options.maxLines);
            generated.put("format", options.format.name().toLowerCase());
        }
        Workspace workspace = Workspace.scan(root);
        System.err.printf("workspace %s: %d notes, %d lines, %.1f MB%n", workspace.root(), workspace.notes().size(),
                workspace.lines(), workspace.megabytes());
        if (workspace.notes().isEmpty()) {
            System.err.println("no notes in " + workspace.root());
            System.exit(2);
        }

        Path outDir = options.report.toAbsolutePath().getParent();
        Files.createDirectories(outDir);
        Path serverLog = outDir.resolve("server.log");
        Files.deleteIfExists(serverLog);
        String load = Report.loadAverage();
        System.err.println("load average before: " + load + " (other work on the machine skews every figure)");
        List<LspBenchmark.Run> runs = new ArrayList<>();
        for (int i = 1; i <= options.repeat; i++) {
            System.err.printf("run %d of %d: %s (server log: %s)%n", i, options.repeat, String.join(" ", options.server),
                    serverLog);
            runs.add(new LspBenchmark(options, workspace, serverLog).run());
        }
        Report report = new Report(options, workspace, generated, runs, load);
        if (options.jmh) {
            Path jmhLog = outDir.resolve("jmh.log");
            System.err.println("JMH: parser and index benchmarks, about a minute and a half (log: " + jmhLog + ")");
            report.jmh(JmhRunner.run(jmhLog));
        }
        report.write(options.report);
        report.print(System.out);
        System.out.println();
        System.out.println("JSON report: " + options.report);
    }

    private static CorpusGenerator generator(Options o) {
        return new CorpusGenerator(o.seed, o.format, 10, o.minLines, o.maxLines);
    }

    /**
     * Writes the workspace unless a complete one is already there: generation is deterministic,
     * so a folder with the marker holds exactly these notes.
     */
    private static void generate(Options options, Path root) throws IOException {
        Path marker = root.resolve(".generated");
        if (Files.exists(marker)) {
            return;
        }
        System.err.printf("generating %d notes in %s%n", options.count, root);
        long t0 = System.nanoTime();
        generator(options).write(root, options.count);
        Files.writeString(marker, "complete\n");
        System.err.printf("generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
}
