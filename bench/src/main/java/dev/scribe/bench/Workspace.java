package dev.scribe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** The notes of a workspace folder (the server's default globs), sorted, with their size. */
record Workspace(Path root, List<Path> notes, long bytes, long lines) {
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "target", "build", "dist");

    static Workspace scan(Path root) throws IOException {
        Path abs = root.toAbsolutePath().normalize();
        List<Path> notes;
        try (Stream<Path> files = Files.walk(abs)) {
            notes = files.filter(Files::isRegularFile).filter(p -> isNote(abs.relativize(p))).sorted().toList();
        }
        long bytes = 0;
        long lines = 0;
        for (Path p : notes) {
            byte[] data = Files.readAllBytes(p);
            bytes += data.length;
            for (byte b : data) {
                if (b == '\n') {
                    lines++;
                }
            }
        }
        return new Workspace(abs, notes, bytes, lines);
    }

    /**
     * What the server indexes by default: **&#47;*.{md,txt,notes,minutes}, outside hidden, version
     * control and build folders.
     */
    private static boolean isNote(Path rel) {
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            String dir = rel.getName(i).toString();
            if (dir.startsWith(".") || SKIPPED_FOLDERS.contains(dir)) {
                return false;
            }
        }
        String name = rel.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".txt") || name.endsWith(".notes") || name.endsWith(".minutes");
    }

    double megabytes() {
        return bytes / 1e6;
    }
}
