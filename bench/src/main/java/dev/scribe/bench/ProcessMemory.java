package dev.scribe.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory of a server process and its children, read from Linux's /proc: the server may be a
 * launcher script around the real process, so figures are summed over the process tree.
 */
final class ProcessMemory {
    /** Resident set now and at its peak (VmHWM), in MiB. */
    record Rss(double rssMib, double peakMib) {
    }

    /** G1 prints one "heap total ..., used ..." line; Serial and Parallel one per generation. */
    private static final Pattern HEAP_USED = Pattern.compile("(?:heap|generation|Gen)\\s+total \\d+K, used (\\d+)K");

    private ProcessMemory() {
    }

    static Rss rss(ProcessHandle root) {
        double rss = 0;
        double peak = 0;
        for (ProcessHandle p : tree(root)) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        rss += kib(line) / 1024.0;
                    } else if (line.startsWith("VmHWM:")) {
                        peak += kib(line) / 1024.0;
                    }
                }
            } catch (IOException e) {
                // The process ended meanwhile, or this is not Linux: it counts for nothing.
            }
        }
        return new Rss(rss, peak);
    }

    /**
     * The live Java heap of the server in MiB, after a full GC asked through jcmd: unlike RSS,
     * which a JVM seldom gives back, it falls when memory is freed, so it shows a leak. Empty when
     * the server is no JVM or this JDK has no jcmd.
     */
    static Optional<Double> liveHeapMib(ProcessHandle root) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        // The innermost JVM: a launcher (a script, or Scribe's own first JVM) hands over to it.
        Optional<ProcessHandle> jvm = tree(root).stream()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .reduce((outer, inner) -> inner);
        if (jvm.isEmpty() || !Files.isExecutable(jcmd)) {
            return Optional.empty();
        }
        String pid = Long.toString(jvm.get().pid());
        if (run(jcmd.toString(), pid, "GC.run").isEmpty()) {
            return Optional.empty();
        }
        return run(jcmd.toString(), pid, "GC.heap_info").flatMap(out -> {
            Matcher m = HEAP_USED.matcher(out);
            long usedKib = 0;
            boolean found = false;
            while (m.find()) {
                usedKib += Long.parseLong(m.group(1));
                found = true;
            }
            return found ? Optional.of(usedKib / 1024.0) : Optional.empty();
        });
    }

    private static List<ProcessHandle> tree(ProcessHandle root) {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(root);
        root.descendants().forEach(all::add);
        return all;
    }

    private static double kib(String statusLine) {
        String[] parts = statusLine.substring(statusLine.indexOf(':') + 1).trim().split("\\s+");
        return Double.parseDouble(parts[0]);
    }

    private static Optional<String> run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return Optional.of(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
