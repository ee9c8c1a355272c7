package dev.scribe.robustness;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server as an editor starts it: a separate Java process on a pipe. Writes whatever bytes a
 * test gives it, and reads stdout frame by frame itself, strictly: anything that is not a
 * well-formed LSP frame holding one JSON-RPC message is recorded as a problem.
 */
final class LspProcess implements AutoCloseable {
    /** A response the server sent, and when it arrived. */
    record Response(JsonObject message, long receivedNanos) {
    }

    final Process process;
    final Path stderr;
    private final OutputStream stdin;
    private final Thread reader;
    private final AtomicInteger nextId = new AtomicInteger(1);
    /** Responses by their id as JSON text: {@code 5} and {@code "5"} are different ids. */
    final Map<String, Response> responses = new ConcurrentHashMap<>();
    final List<JsonObject> notifications = new CopyOnWriteArrayList<>();
    final List<String> stdoutProblems = new CopyOnWriteArrayList<>();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();

    private LspProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdin = process.getOutputStream();
        this.reader = new Thread(this::readFrames, "lsp-stdout-reader");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /**
     * Starts {@code dev.scribe.Main --stdio} with the test class path; stderr goes to a file in
     * {@code dir}, and the index cache to a hidden folder there, not into the user's cache.
     */
    static LspProcess start(Path dir, String... jvmOptions) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dscribe.cache.dir=" + dir.resolve(".scribe-cache")));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.scribe.Main", "--stdio"));
        Path log = dir.resolve("server-stderr.log");
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        return new LspProcess(p, log);
    }

    /** Initializes with no client capabilities (so the server asks the client nothing) on a folder. */
    JsonObject initialize(Path folder) throws Exception {
        JsonObject params = json("{\"processId\":null,\"capabilities\":{},\"workspaceFolders\":[{\"uri\":\""
                + folder.toUri().toASCIIString() + "\",\"name\":\"notes\"}]}");
        JsonObject result = request("initialize", params, 30);
        notify("initialized", new JsonObject());
        return result;
    }

    void notify(String method, JsonElement params) throws IOException {
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        m.addProperty("method", method);
        if (params != null) {
            m.add("params", params);
        }
        send(m.toString());
    }

    /** Sends a request and returns its id (as JSON text) without waiting. */
    String requestAsync(String method, JsonElement params) throws IOException {
        int id = nextId.getAndIncrement();
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        m.addProperty("id", id);
        m.addProperty("method", method);
        if (params != null) {
            m.add("params", params);
        }
        String key = String.valueOf(id);
        expect(key);
        send(m.toString());
        return key;
    }

    /** A request answered within {@code seconds}: its result; fails on an error response. */
    JsonObject request(String method, JsonElement params, int seconds) throws Exception {
        JsonObject response = await(requestAsync(method, params), seconds);
        if (response.has("error")) {
            throw new AssertionError(method + " failed: " + response.get("error"));
        }
        return response;
    }

    /**
     * A request and its {@code $/cancelRequest} in one write, as an editor does when the user
     * moves on at once: the server reads the cancellation right after the request. Returns the id.
     */
    String requestAndCancel(String method, JsonElement params) throws IOException {
        int id = nextId.getAndIncrement();
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        m.addProperty("id", id);
        m.addProperty("method", method);
        m.add("params", params);
        String cancel = "{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":" + id + "}}";
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.writeBytes(frame(m.toString()));
        both.writeBytes(frame(cancel));
        expect(String.valueOf(id));
        sendRaw(both.toByteArray());
        return String.valueOf(id);
    }

    /** Records that a response with this id (as JSON text) must come. */
    void expect(String idJson) {
        sentAt.put(idJson, System.nanoTime());
    }

    /** The response with this id, waiting up to {@code seconds}. */
    JsonObject await(String idJson, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (responses) {
            while (!responses.containsKey(idJson)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no response to request " + idJson + " within " + seconds + " s; the server "
                            + (process.isAlive() ? "is alive" : "exited with " + process.exitValue()));
                }
                TimeUnit.NANOSECONDS.timedWait(responses, left);
            }
        }
        return responses.get(idJson).message();
    }

    /** Ids sent with {@link #expect} that have no response yet. */
    List<String> unanswered() {
        List<String> out = new ArrayList<>();
        for (String id : sentAt.keySet()) {
            if (!responses.containsKey(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** The longest time between sending a request and its response, in milliseconds. */
    long slowestResponseMs() {
        long worst = 0;
        for (Map.Entry<String, Long> e : sentAt.entrySet()) {
            Response r = responses.get(e.getKey());
            if (r != null) {
                worst = Math.max(worst, (r.receivedNanos() - e.getValue()) / 1_000_000);
            }
        }
        return worst;
    }

    /** One correctly framed message. */
    void send(String json) throws IOException {
        sendRaw(frame(json));
    }

    static byte[] frame(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream frame = new ByteArrayOutputStream(body.length + 32);
        frame.writeBytes(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        frame.writeBytes(body);
        return frame.toByteArray();
    }

    /** Bytes as they are: for frames that are broken on purpose. */
    synchronized void sendRaw(byte[] bytes) throws IOException {
        stdin.write(bytes);
        stdin.flush();
    }

    /** How many log records the server wrote to stderr so far ("[scribe LEVEL] ..." lines). */
    long logRecords() throws IOException {
        try (var lines = Files.lines(stderr, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith("[scribe ")).count();
        }
    }

    String stderrText() throws IOException {
        return new String(Files.readAllBytes(stderr), StandardCharsets.UTF_8);
    }

    /** Ends the session as an editor does; returns the exit code. */
    int shutdownAndExit() throws Exception {
        request("shutdown", null, 30);
        notify("exit", null);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not exit within 30 s of exit");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    // Reading stdout: "Content-Length: N\r\n" (other headers allowed), "\r\n", N bytes of UTF-8 JSON.

    private void readFrames() {
        InputStream in = process.getInputStream();
        try {
            while (true) {
                int length = -1;
                String line;
                int headers = 0;
                while (!(line = headerLine(in)).isEmpty()) {
                    if (line.equals("\u0000EOF")) {
                        return;
                    }
                    headers++;
                    if (line.startsWith("Content-Length: ")) {
                        length = Integer.parseInt(line.substring("Content-Length: ".length()).trim());
                    } else if (!line.startsWith("Content-Type: ")) {
                        problem("unexpected header line '" + line + "'");
                        return;
                    }
                }
                if (headers == 0 || length < 0) {
                    problem("a frame without Content-Length");
                    return;
                }
                byte[] body = in.readNBytes(length);
                if (body.length < length) {
                    problem("stdout ended inside a frame body");
                    return;
                }
                String text;
                try {
                    text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(body)).toString();
                } catch (CharacterCodingException e) {
                    problem("a frame body that is not UTF-8");
                    return;
                }
                JsonObject message;
                try {
                    message = JsonParser.parseString(text).getAsJsonObject();
                } catch (RuntimeException e) {
                    problem("a frame body that is not a JSON object: " + abbreviate(text));
                    return;
                }
                if (!"2.0".equals(message.has("jsonrpc") ? message.get("jsonrpc").getAsString() : null)) {
                    problem("a message without jsonrpc 2.0: " + abbreviate(text));
                }
                if (message.has("method")) {
                    notifications.add(message);
                } else if (message.has("id")) {
                    synchronized (responses) {
                        responses.put(message.get("id").toString(), new Response(message, System.nanoTime()));
                        responses.notifyAll();
                    }
                } else {
                    problem("a message that is neither a request, a notification nor a response: " + abbreviate(text));
                }
            }
        } catch (IOException | RuntimeException e) {
            problem("reading stdout failed: " + e);
        }
    }

    /** A header line without its \r\n; "\0EOF" at the end of the stream. */
    private String headerLine(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c < 0) {
                if (b.length() > 0) {
                    problem("stdout ended inside a header: '" + b + "'");
                }
                return "\u0000EOF";
            }
            if (c == '\n') {
                if (b.length() == 0 || b.charAt(b.length() - 1) != '\r') {
                    problem("a header line not ended by \\r\\n: '" + b + "'");
                }
                return b.length() == 0 ? "" : b.substring(0, b.length() - 1);
            }
            b.append((char) c);
            if (b.length() > 1000) {
                problem("a header line of over 1000 bytes: '" + abbreviate(b.toString()) + "'");
                return "\u0000EOF";
            }
        }
    }

    private void problem(String what) {
        stdoutProblems.add(what);
        synchronized (responses) {
            responses.notifyAll();
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
