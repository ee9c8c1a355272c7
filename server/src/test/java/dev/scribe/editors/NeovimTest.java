package dev.scribe.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Neovim's built-in LSP client against the server: a Lua script (resources/editors) starts the
 * server with {@code vim.lsp.start_client}, opens seed notes and records what Neovim itself saw;
 * this test checks the record. Skipped where {@code nvim} is not installed.
 *
 * <p>The server runs from the test classpath ({@code target/classes} and the dependency jars),
 * as Maven's test phase comes before the shaded {@code scribe.jar} exists.
 */
class NeovimTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final String XEN = "2020-xen-summit-domb-design-session.txt";

    @TempDir
    Path notes;
    @TempDir
    Path work;

    @Test
    void diagnosticsDefinitionAndCompletionReachNeovim() throws Exception {
        Optional<Path> nvim = onPath("nvim");
        assumeTrue(nvim.isPresent(), "nvim is not on the PATH");
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            // Files.copy leaves the read-only mode of the seeds behind, so Neovim may edit the copies.
            for (Path seed : seeds.toList()) {
                Files.copy(seed, notes.resolve(seed.getFileName()));
            }
        }
        Path resultFile = work.resolve("result.json");
        Path log = work.resolve("nvim.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> server = List.of(java, "-cp", System.getProperty("java.class.path"), "dev.scribe.Main");

        ProcessBuilder builder = new ProcessBuilder(nvim.get().toString(), "--headless", "--clean", "-n", "-u", script().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Neovim keeps its state, caches and LSP log in the temporary folder, not in $HOME.
        for (String xdg : List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")) {
            builder.environment().put(xdg, work.toString());
        }
        builder.environment().put("SCRIBE_SERVER", new Gson().toJson(server));
        builder.environment().put("SCRIBE_NOTES", notes.toString());
        builder.environment().put("SCRIBE_RESULT", resultFile.toString());
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Neovim did not finish within 60 s; its output:\n" + Files.readString(log));
        }
        String record = Files.exists(resultFile) ? Files.readString(resultFile) : "(no result file)";
        assertEquals(0, process.exitValue(), "Neovim failed: " + record + "\n" + Files.readString(log));
        JsonObject result = JsonParser.parseString(record).getAsJsonObject();

        List<String> xen = Files.readAllLines(SEEDS.resolve(XEN), StandardCharsets.UTF_8);
        int unattributed = lineOf(xen, "how to bringup PV disk and network");
        int unknownSpeaker = lineOf(xen, "??: Arm uses device tree");
        List<String> diagnostics = new ArrayList<>();
        for (JsonElement e : result.getAsJsonArray("diagnostics")) {
            JsonObject d = e.getAsJsonObject();
            assertEquals("scribe", d.get("source").getAsString());
            // vim.diagnostic.severity: 1 error, 2 warning, 3 info, 4 hint.
            diagnostics.add(d.get("line").getAsInt() + " " + d.get("code").getAsString() + " " + d.get("severity").getAsInt());
        }
        assertTrue(diagnostics.contains(unattributed + " unattributed-question 2"), diagnostics::toString);
        assertTrue(diagnostics.contains(unknownSpeaker + " unknown-speaker 3"), diagnostics::toString);

        // Neovim counts cursor lines from 1.
        assertEquals(lineOf(xen, "_Christopher: Is the proposed LCM") + 1, result.get("definition_from").getAsInt());
        assertEquals(63, result.get("definition_to").getAsInt());
        assertTrue(result.get("definition_text").getAsString().contains("Launch Control Module"));

        List<String> completion = new ArrayList<>();
        result.getAsJsonArray("completion").forEach(label -> completion.add(label.getAsString()));
        assertFalse(completion.isEmpty(), "no completion items");
        assertTrue(completion.containsAll(List.of("Alex", "Arnd")), completion::toString);

        assertEquals(0, result.get("exit_code").getAsInt(), "the server's exit status after Neovim stopped it");
    }

    private Path script() throws URISyntaxException {
        return Path.of(getClass().getResource("/editors/scribe-in-neovim.lua").toURI());
    }

    private static int lineOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + text);
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, command))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
