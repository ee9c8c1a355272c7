package dev.scribe.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scribe.lsp.Session;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a real notes folder holds besides notes: binaries, a huge export, a file in another
 * encoding, files nobody may read, link loops, and very many files. Indexing gets through all
 * of it in bounded time and memory, indexes the notes, and says in the log what it left out.
 */
class WorkspaceFilesTest {
    private static final String NOTE = "Crypto support\n\n- Jörg: we could create a separate crypto module.\n- Why?\n";

    @TempDir
    Path dir;

    private final List<LogRecord> log = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            log.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    @Timeout(60)
    void binariesOversizedFilesAndOtherEncodingsAreHandledWithALineInTheLog() throws Exception {
        write("good.txt", NOTE);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Files.write(dir.resolve("scan.txt"), png);
        write("export.md", "# Export\n\n" + "Alex: a very long meeting. ".repeat(4_000));   // about 108 KB
        // "Meeting with Jörg" written in ISO-8859-1: the ö is not UTF-8.
        Files.write(dir.resolve("latin1.txt"), "Meeting with Jörg\n\nJörg: hello.\n".getBytes(StandardCharsets.ISO_8859_1));
        JsonObject settings = JsonParser.parseString("{\"files\":{\"maxSizeKb\":64}}").getAsJsonObject();

        try (Session s = new Session(dir, Map.of(), settings)) {
            awaitIndexedAgain(s, 2);   // the settings change indexes the folder again
            assertEquals(2, s.indexedNotes(), "good.txt and latin1.txt");
            assertLogged("scan.txt", "binary");
            assertLogged("export.md", "64 KB limit");
            List<SymbolInformation> meetings = s.workspaceSymbols("Meeting with");
            assertEquals("Meeting with J\uFFFDrg", meetings.get(0).getName(), "invalid UTF-8 reads as U+FFFD");
        }
    }

    @Test
    @Timeout(60)
    void filesNobodyMayReadAreSkippedWithALineInTheLog() throws Exception {
        write("good.txt", NOTE);
        Path secret = write("secret.txt", NOTE);
        Path locked = Files.createDirectories(dir.resolve("locked"));
        write("locked/inside.txt", NOTE);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(secret), "running as root: chmod 000 does not stop reads");
            try (Session s = new Session(dir)) {
                assertEquals(1, s.indexedNotes(), "only good.txt");
                assertLogged("secret.txt", "cannot read");
                assertLogged("locked", "cannot read");
            }
        } finally {
            // Let @TempDir clean up.
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Links are not followed, so no loop can trap the walk, and no note is indexed twice. */
    @Test
    @Timeout(60)
    void symlinkLoopsEndTheWalkInBoundedTime() throws Exception {
        write("good.txt", NOTE);
        write("sub/deeper.txt", NOTE.replace("Crypto support", "Launch protocol"));
        Files.createSymbolicLink(dir.resolve("sub/back"), dir);                       // sub/back/sub/back/...
        Files.createSymbolicLink(dir.resolve("sub/self"), Path.of("self"));          // a link to itself
        Files.createSymbolicLink(dir.resolve("a.txt"), Path.of("b.txt"));            // a.txt -> b.txt -> a.txt
        Files.createSymbolicLink(dir.resolve("b.txt"), Path.of("a.txt"));
        long t0 = System.nanoTime();
        try (Session s = new Session(dir)) {
            assertEquals(2, s.indexedNotes(), "good.txt and sub/deeper.txt, each once");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 10_000, "indexing took " + ms + " ms");
        }
    }

    /**
     * A folder of very many notes (10,000 by default, 100,000 with -Dscribe.fullStress=true):
     * indexed within a time and a heap bounded per note, with progress reported to the end.
     */
    @Test
    @Timeout(600)
    void aFolderOfManyFilesIsIndexedInBoundedTimeAndMemory() throws Exception {
        int files = Stress.size(10_000, 100_000);
        Path many = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < files; i++) {
            Path folder = many.resolve("f" + i / 500);
            if (i % 500 == 0) {
                Files.createDirectories(folder);
            }
            Files.writeString(folder.resolve(String.format("2024-01-%02d-meeting-%d.txt", 1 + i % 28, i)),
                    "Meeting " + i + "\n\nParticipants\nAlex\nJörg\n\nTopic " + i % 50 + "\nAlex: how about LCM" + i % 7
                            + "?\nJörg: fine.\n", StandardCharsets.UTF_8);
        }
        try (Session s = new Session(Files.createDirectories(dir.resolve("empty")))) {
            long heapBefore = usedHeapAfterGc();
            long t0 = System.nanoTime();
            // Adding the folder indexes it in the background, with $/progress to the editor.
            s.server.getWorkspaceService().didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
                    new WorkspaceFoldersChangeEvent(List.of(new WorkspaceFolder(many.toUri().toASCIIString(), "many")),
                            List.of())));
            awaitIndexedAgain(s, Stress.size(120, 600));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long heapMb = (usedHeapAfterGc() - heapBefore) / (1024 * 1024);
            System.out.println("WorkspaceFilesTest: indexed " + s.indexedNotes() + " notes in " + ms + " ms, heap +"
                    + heapMb + " MB");
            assertEquals(files, s.indexedNotes());
            assertTrue(ms < files * 10L, "indexing " + files + " notes took " + ms + " ms (over 10 ms a note)");
            assertTrue(heapMb < 64 + files / 100, "the index of " + files + " notes holds " + heapMb + " MB");
            assertTrue(s.workspaceSymbols("Meeting 4242").stream().anyMatch(x -> x.getName().endsWith("Meeting 4242")),
                    "a note from the middle of the folder is found");
        }
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private void assertLogged(String file, String reason) {
        assertTrue(log.stream().anyMatch(r -> String.valueOf(r.getMessage()).contains(file)
                        && String.valueOf(r.getMessage()).contains(reason)),
                "no log line about " + file + " (" + reason + ") in " + log.stream().map(LogRecord::getMessage).toList());
    }

    /** Waits for the end of an indexing run that started after the session's first one. */
    private static void awaitIndexedAgain(Session s, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (s.client.progress.stream().filter(p -> p.getValue().getLeft() instanceof WorkDoneProgressEnd).count() < 2) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("indexing did not end within " + seconds + " s");
            }
            Thread.sleep(20);
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
