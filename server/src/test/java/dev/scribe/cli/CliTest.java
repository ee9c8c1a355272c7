package dev.scribe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scribe check} and {@code scribe outline}, as a user runs them. */
class CliTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void checkPrintsEachDiagnosticAndFailsOnWarnings() throws Exception {
        Path note = dir.resolve("sync.txt");
        Files.writeString(note, "Sync\n\nAlex: fine.\nWho asked this?\n??: nobody knows\n");
        Run r = run("check", dir.toString());
        assertEquals(1, r.status, r.err);
        assertEquals(note + ":4:1: warning: Question with no speaker: who asked it? [unattributed-question]" + System.lineSeparator()
                + note + ":5:1: information: Unknown speaker: fill in who said this when you know. [unknown-speaker]"
                + System.lineSeparator(), r.out);
    }

    @Test
    void checkPassesOnCleanNotesAndSpeaksJson() throws Exception {
        Path note = dir.resolve("sync.md");
        Files.writeString(note, "# Sync\n\nAlex: is it done?\n??: yes\n");
        Run r = run("check", "--format", "json", note.toString());
        assertEquals(0, r.status, "information alone does not fail: " + r.out);
        JsonArray a = JsonParser.parseString(r.out).getAsJsonArray();
        assertEquals(1, a.size());
        assertEquals("unknown-speaker", a.get(0).getAsJsonObject().get("code").getAsString());
        assertEquals(4, a.get(0).getAsJsonObject().get("line").getAsInt());
    }

    @Test
    void usageAndReadErrorsExitTwo() {
        assertEquals(2, run("check").status);
        assertEquals(2, run("check", dir.resolve("missing.txt").toString()).status);
        assertEquals(2, run("frobnicate").status);
        assertEquals(0, run("--help").status);
    }

    @Test
    void outlinePrintsAnIndentedTree() throws Exception {
        Path note = dir.resolve("sync.md");
        Files.writeString(note, "# Sync 2023-09-13\n\n## Agenda\n- a\n\n### Detail\ntext\n");
        Run r = run("outline", note.toString());
        assertEquals(0, r.status);
        String nl = System.lineSeparator();
        assertEquals("# Sync 2023-09-13  [2023-09-13]" + nl + "Sync 2023-09-13  :1" + nl + "  Agenda  :3" + nl + "    Detail  :6" + nl, r.out);
        assertTrue(run("outline").err.contains("usage"));
    }
}
