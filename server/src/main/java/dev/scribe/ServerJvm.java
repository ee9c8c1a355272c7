package dev.scribe;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the language server in a second JVM tuned for it, when {@code java -jar scribe.jar} left
 * the JVM at its defaults, as editors do. The defaults suit a batch job, not a server that lives
 * as long as the editor on a laptop:
 * <ul>
 * <li>The serial collector instead of G1: while 25,000 notes are parsed, G1 grows the heap to
 * about 2 GB and keeps it; the serial collector keeps it near what is live (about 360 MB of
 * RSS), indexing as fast.</li>
 * <li>A heap that starts at 128 MB and grows with the notes, instead of a 64th of the machine's
 * memory: on a 24 GB machine that was 384 MB of RSS for a folder whose live data is 14 MB.</li>
 * <li>A class data sharing archive of Scribe's own classes, written to the user's cache folder
 * on the first run and mapped on the next ones: {@code initialize} is answered sooner.</li>
 * </ul>
 * The second JVM inherits stdin, stdout and stderr (nothing is copied through this one), gets
 * every JVM option this one was given, and its exit code is this one's. Options that choose a
 * collector or a heap size win over ours; {@code -Dscribe.tunedJvm=false} runs the server in
 * this JVM.
 */
final class ServerJvm {
    /** Set in the second JVM, so that it does not start a third. */
    static final String TUNED = "scribe.tunedJvm";

    private ServerJvm() {
    }

    /**
     * Runs the server in a tuned JVM and returns its exit code, or empty when this JVM should
     * run the server itself: already tuned, switched off, not started from the jar, or the
     * second JVM could not start.
     */
    static Optional<Integer> serve() {
        if (System.getProperty(TUNED) != null) {
            return Optional.empty();
        }
        Optional<Path> jar = jar();
        Optional<String> java = ProcessHandle.current().info().command();
        if (jar.isEmpty() || java.isEmpty()) {
            return Optional.empty();
        }
        List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
        List<String> command = new ArrayList<>();
        command.add(java.get());
        if (given.stream().noneMatch(o -> o.matches("-XX:[+-]Use\\w*GC"))) {
            command.add("-XX:+UseSerialGC");
        }
        if (given.stream().noneMatch(o -> o.matches("-Xm[sx].*|-XX:(Initial|Max|Min)HeapSize=.*|-XX:\\w*RAMPercentage=.*"))) {
            command.add("-Xms128m");
        }
        // The JVM writes its own warnings to stdout by default, where only the protocol may go.
        command.add("-XX:+DisplayVMOutputToStderr");
        command.add("-Xlog:disable");
        command.add("-Xlog:all=warning,cds*=off:stderr");   // not the archive's notes on classes it skips
        Path archive = archive();
        Path dumping = null;
        if (archive != null && Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        } else if (archive != null) {
            // Written when the server exits; moved in place only then, so that no JVM ever maps
            // half an archive.
            dumping = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            command.add("-XX:ArchiveClassesAtExit=" + dumping);
        }
        command.addAll(given);
        command.add("-D" + TUNED + "=true");
        command.add("-cp");
        command.add(jar.get().toString());
        command.add(Main.class.getName());
        command.add("--stdio");
        Process server;
        try {
            server = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            System.err.println("scribe: could not start a tuned JVM (" + e + "); serving from this one");
            return Optional.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
        int code;
        while (true) {
            try {
                code = server.waitFor();
                break;
            } catch (InterruptedException e) {
                // keep waiting: the server decides when it ends
            }
        }
        if (dumping != null) {
            keep(dumping, archive);
        }
        return Optional.of(code);
    }

    /** The jar this class was loaded from, when it was loaded from a jar. */
    private static Optional<Path> jar() {
        try {
            Path p = Path.of(ServerJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p.toString().endsWith(".jar") && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (Exception | Error e) {
            return Optional.empty();
        }
    }

    /**
     * Where the archive for this build and this JVM lives: an archive only fits the exact JVM and
     * classes it was written with. Null when the cache folder cannot be written.
     */
    private static Path archive() {
        try {
            Path dir = cacheRoot().resolve("cds");
            Files.createDirectories(dir);
            String id = Long.toHexString(dev.scribe.workspace.IndexCache.buildStamp())
                    + "-" + System.getProperty("java.vm.version", "jvm").replaceAll("[^\\w.-]", "_");
            return dir.resolve("scribe-" + id + ".jsa");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void keep(Path written, Path archive) {
        try {
            if (Files.isRegularFile(written) && Files.size(written) > 0) {
                Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | RuntimeException e) {
            // another server got there first, or the folder is read-only: the next start retries
        } finally {
            try {
                Files.deleteIfExists(written);
            } catch (IOException e) {
                // nothing to do
            }
        }
    }

    /** The user's cache folder for Scribe, as the index cache uses it. */
    private static Path cacheRoot() {
        return dev.scribe.workspace.IndexCache.cacheRoot();
    }

    static boolean isServerCommand(String[] args) {
        return args.length == 0 || args.length == 1 && args[0].equals("--stdio");
    }
}
