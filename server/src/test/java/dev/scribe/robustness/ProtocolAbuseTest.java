package dev.scribe.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client gone wrong, over a real pipe to a separate server process: thousands of malformed
 * frames, and the server still answers every request, logs what it cannot answer, writes only
 * well-formed frames, and serves the next valid request as if nothing had happened.
 */
class ProtocolAbuseTest {
    static final Path SEEDS = Path.of("..", "seeds").toAbsolutePath().normalize();
    static final String SVSM = "2023-09-13-svsm-call.txt";

    @TempDir
    Path dir;

    @Test
    @Timeout(300)
    void thousandsOfMalformedFramesLeaveTheServerAnsweringCorrectly() throws Exception {
        int frames = Stress.size(10_000, 100_000);
        long seed = Long.getLong("scribe.abuseSeed", System.nanoTime());
        System.out.println("ProtocolAbuseTest: " + frames + " frames, -Dscribe.abuseSeed=" + seed + " to repeat them");
        Files.copy(SEEDS.resolve(SVSM), dir.resolve(SVSM));
        try (LspProcess server = LspProcess.start(dir)) {
            server.initialize(dir);
            String seedUri = openSeed(server);
            String scratch = dir.resolve("scratch.txt").toUri().toASCIIString();
            server.notify("textDocument/didOpen", LspProcess.json("{\"textDocument\":{\"uri\":\"" + scratch
                    + "\",\"languageId\":\"plaintext\",\"version\":1000,\"text\":\"Scratch\\nAlex: hello?\\n\"}}"));

            AbuseFrames abuse = new AbuseFrames(seed, seedUri, scratch);
            Map<AbuseFrames.Owed, Integer> owed = new EnumMap<>(AbuseFrames.Owed.class);
            Map<String, Integer> kinds = new TreeMap<>();
            Map<String, AbuseFrames.Frame> byId = new HashMap<>();
            for (int i = 0; i < frames; i++) {
                AbuseFrames.Frame f = abuse.next();
                if (f.owed() == AbuseFrames.Owed.RESPONSE) {
                    server.expect(f.idJson());
                    byId.put(f.idJson(), f);
                }
                server.sendRaw(f.bytes());
                owed.merge(f.owed(), 1, Integer::sum);
                kinds.merge(f.kind(), 1, Integer::sum);
            }
            System.out.println("ProtocolAbuseTest: sent " + kinds);

            // A valid request after all of it: answered, and correctly.
            JsonObject symbols = server.request("textDocument/documentSymbol",
                    LspProcess.json("{\"textDocument\":{\"uri\":\"" + seedUri + "\"}}"), 60);
            assertEquals("Notes: SVSM Call 2023-09-13",
                    symbols.getAsJsonArray("result").get(0).getAsJsonObject().get("name").getAsString());
            // The scratch note, whatever the edits did to it, still follows a full replacement.
            server.notify("textDocument/didChange", LspProcess.json("{\"textDocument\":{\"uri\":\"" + scratch
                    + "\",\"version\":999999},\"contentChanges\":[{\"text\":\"Crypto support\\n\\nAlex: why?\\n\"}]}"));
            JsonObject scratchSymbols = server.request("textDocument/documentSymbol",
                    LspProcess.json("{\"textDocument\":{\"uri\":\"" + scratch + "\"}}"), 60);
            assertEquals("Crypto support",
                    scratchSymbols.getAsJsonArray("result").get(0).getAsJsonObject().get("name").getAsString());

            List<String> unanswered = waitForAnswers(server, 60);
            assertTrue(unanswered.isEmpty(), () -> unanswered.size() + " requests got no response, e.g. "
                    + unanswered.stream().limit(3).map(id -> show(byId.get(id))).toList());
            assertTrue(server.stdoutProblems.isEmpty(), "stdout carried more than LSP frames: " + server.stdoutProblems);
            assertTrue(server.process.isAlive(), "the server died");
            System.out.println("ProtocolAbuseTest: slowest response " + server.slowestResponseMs() + " ms, "
                    + server.logRecords() + " log records for " + owed);
            assertTrue(server.slowestResponseMs() < 30_000, "a response took " + server.slowestResponseMs() + " ms");
            assertTrue(server.logRecords() >= owed.getOrDefault(AbuseFrames.Owed.LOG, 0),
                    server.logRecords() + " log records for " + owed.get(AbuseFrames.Owed.LOG) + " frames that owe one");
            assertEquals(0, server.shutdownAndExit(), "exit code after shutdown and exit");
        }
    }

    /**
     * Each frame the server cannot answer leaves a line in its log: sent one at a time, each
     * followed by a request that waits until the server has read it.
     */
    @Test
    @Timeout(300)
    void everyFrameWithoutAnAnswerLeavesALineInTheLog() throws Exception {
        int frames = Stress.size(300, 3_000);
        long seed = Long.getLong("scribe.abuseSeed", System.nanoTime());
        Files.copy(SEEDS.resolve(SVSM), dir.resolve(SVSM));
        try (LspProcess server = LspProcess.start(dir)) {
            server.initialize(dir);
            String seedUri = openSeed(server);
            String scratch = dir.resolve("scratch.txt").toUri().toASCIIString();
            server.notify("textDocument/didOpen", LspProcess.json("{\"textDocument\":{\"uri\":\"" + scratch
                    + "\",\"languageId\":\"plaintext\",\"version\":1000,\"text\":\"Scratch\"}}"));
            barrier(server, seedUri);
            AbuseFrames abuse = new AbuseFrames(seed, seedUri, scratch);
            Map<String, String> silent = new TreeMap<>();
            for (int checked = 0; checked < frames; ) {
                AbuseFrames.Frame f = abuse.next();
                if (f.owed() != AbuseFrames.Owed.LOG) {
                    server.sendRaw(f.bytes());   // sent all the same: later frames count on earlier ones
                    continue;
                }
                checked++;
                barrier(server, seedUri);
                long before = server.logRecords();
                server.sendRaw(f.bytes());
                barrier(server, seedUri);
                boolean answered = f.idJson() != null && server.responses.containsKey(f.idJson());
                if (server.logRecords() == before && !answered) {
                    silent.putIfAbsent(f.kind(), show(f));
                }
            }
            assertTrue(silent.isEmpty(), "frames that left no trace (seed " + seed + "): " + silent);
        }
    }

    /**
     * Frames whose framing itself is broken: each costs that frame alone; the request sent right
     * after it is answered. (With LSP4J's own reader, the first of them made the server deaf for
     * good: the unread body was glued to the next frame's header line, which was then lost, and so
     * on for every later frame.)
     */
    @Test
    @Timeout(120)
    void aBrokenFrameCostsThatFrameAlone() throws Exception {
        Files.copy(SEEDS.resolve(SVSM), dir.resolve(SVSM));
        try (LspProcess server = LspProcess.start(dir)) {
            server.initialize(dir);
            String seedUri = openSeed(server);
            String hover = "{\"jsonrpc\":\"2.0\",\"id\":\"broken\",\"method\":\"textDocument/hover\",\"params\":"
                    + "{\"textDocument\":{\"uri\":\"" + seedUri + "\"},\"position\":{\"line\":3,\"character\":2}}}";
            int length = hover.getBytes(StandardCharsets.UTF_8).length;
            String jorg = hover.replace("\"broken\"", "\"Jörg 😀\"");
            Map<String, String> cases = new java.util.LinkedHashMap<>();
            cases.put("no Content-Length", "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + hover);
            cases.put("Content-Length too short", "Content-Length: " + (length - 7) + "\r\n\r\n" + hover);
            cases.put("Content-Length too long", "Content-Length: " + (length + 30) + "\r\n\r\n" + hover);
            cases.put("Content-Length too long by one byte", "Content-Length: " + (length + 1) + "\r\n\r\n" + hover);
            cases.put("Content-Length counted in UTF-16 units", "Content-Length: " + jorg.length() + "\r\n\r\n" + jorg);
            cases.put("Content-Length not a number", "Content-Length: twelve\r\n\r\n" + hover);
            cases.put("Content-Length negative", "Content-Length: -5\r\n\r\n" + hover);
            cases.put("Content-Length of 2 GB", "Content-Length: 2147483647\r\n\r\n" + hover);
            cases.put("Content-Length of 10^15", "Content-Length: 1000000000000000\r\n\r\n" + hover);
            cases.put("Content-Length zero", "Content-Length: 0\r\n\r\n" + hover);
            cases.put("garbage between frames", "\u0000\u0001garbage\r\nmore garbage: yes\r\n\r\n{}}}");
            cases.put("a line that is no header", "Content-Length: " + length + "\r\nthis is no header\r\n\r\n" + hover);
            // Invalid from its 60th byte on: a streaming parser stops there, with 39 KB still unread.
            cases.put("a bad JSON body of 40 KB", "Content-Length: 40000\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":5,"
                    + "\"method\":\"x\",\"params\":{\"a\":" + "x".repeat(40_000 - 51));
            cases.put("an unknown charset", "Content-Length: " + length + "\r\nContent-Type: application/json; charset=klingon"
                    + "\r\n\r\n" + hover);
            cases.put("lower-case header name", "content-length: " + length + "\r\n\r\n" + hover);
            cases.put("\\n line ends", "Content-Length: " + length + "\n\n" + hover);
            for (Map.Entry<String, String> c : cases.entrySet()) {
                server.sendRaw(c.getValue().getBytes(StandardCharsets.UTF_8));
                // The editor's next request: answered, correctly, within seconds.
                String id = server.requestAsync("textDocument/documentSymbol",
                        LspProcess.json("{\"textDocument\":{\"uri\":\"" + seedUri + "\"}}"));
                JsonObject response = server.await(id, 10);
                assertEquals("Notes: SVSM Call 2023-09-13", response.getAsJsonArray("result").get(0).getAsJsonObject()
                        .get("name").getAsString(), "after " + c.getKey());
            }
            assertTrue(server.stdoutProblems.isEmpty(), "stdout carried more than LSP frames: " + server.stdoutProblems);
            assertTrue(server.process.isAlive(), "the server died");
            assertEquals(0, server.shutdownAndExit());
        }
    }

    /** Returns once the server has read everything sent before: a request that it answers in order. */
    private static void barrier(LspProcess server, String seedUri) throws Exception {
        server.request("textDocument/foldingRange", LspProcess.json("{\"textDocument\":{\"uri\":\"" + seedUri + "\"}}"), 30);
    }

    static String openSeed(LspProcess server) throws Exception {
        Path file = SEEDS.resolve(SVSM);
        String uri = file.toUri().toASCIIString();
        JsonObject item = new JsonObject();
        item.addProperty("uri", uri);
        item.addProperty("languageId", "plaintext");
        item.addProperty("version", 1);
        item.addProperty("text", Files.readString(file, StandardCharsets.UTF_8));
        JsonObject params = new JsonObject();
        params.add("textDocument", item);
        server.notify("textDocument/didOpen", params);
        return uri;
    }

    /** Waits until every expected response came, or {@code seconds} passed; returns those still missing. */
    static List<String> waitForAnswers(LspProcess server, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        List<String> missing = server.unanswered();
        while (!missing.isEmpty() && System.currentTimeMillis() < deadline) {
            try {
                server.await(missing.get(0), 1);
            } catch (AssertionError stillMissing) {
                // keep waiting until the deadline
            }
            missing = server.unanswered();
        }
        return missing;
    }

    static String show(AbuseFrames.Frame f) {
        return f == null ? "?" : f.kind() + ": " + new String(f.bytes(), StandardCharsets.UTF_8);
    }
}
