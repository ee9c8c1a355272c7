package dev.scribe.robustness;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Malformed and random LSP frames, correctly framed (right Content-Length) but wrong in every
 * other way: bad JSON, JSON that is no message, unknown methods, wrong parameter types, nulls,
 * huge numbers, documents never opened, positions and edits out of range, versions going
 * backwards. Each frame says what the server owes the client for it.
 */
final class AbuseFrames {
    /** What the server must do about a frame. */
    enum Owed {
        /** a response (result or error) to the id */
        RESPONSE,
        /**
         * at least one log record: a notification or a frame with no usable id; or, when the
         * frame's {@code idJson} is set, an error response to that id if the server could read it
         */
        LOG,
        /** nothing visible: an odd but valid notification (a clamped edit, a $/ notification) */
        NOTHING
    }

    record Frame(String kind, byte[] bytes, Owed owed, String idJson) {
    }

    static final List<String> REQUESTS = List.of("textDocument/documentSymbol", "textDocument/foldingRange",
            "textDocument/completion", "textDocument/definition", "textDocument/hover", "textDocument/references",
            "textDocument/codeLens", "textDocument/codeAction", "textDocument/prepareRename", "textDocument/rename",
            "textDocument/semanticTokens/full", "textDocument/semanticTokens/range", "textDocument/documentHighlight",
            "textDocument/documentLink", "textDocument/inlayHint", "textDocument/selectionRange", "workspace/symbol",
            // Known to LSP, not offered by Scribe: a client that asks anyway gets an error.
            "textDocument/formatting", "textDocument/signatureHelp", "completionItem/resolve", "codeLens/resolve",
            "textDocument/diagnostic", "workspace/executeCommand");
    private static final List<String> NOTIFICATIONS = List.of("textDocument/didOpen", "textDocument/didChange",
            "textDocument/didClose", "textDocument/didSave", "workspace/didChangeConfiguration",
            "workspace/didChangeWatchedFiles", "workspace/didChangeWorkspaceFolders", "$/setTrace", "$/cancelRequest");
    private static final List<String> KEYS = List.of("textDocument", "uri", "position", "line", "character", "range",
            "start", "end", "context", "query", "newName", "text", "version", "contentChanges", "positions",
            "diagnostics", "includeDeclaration", "settings", "changes", "type", "languageId", "id", "event");

    private final Random random;
    private final String seedUri;
    private final String scratchUri;
    /** The scratch note's version on the server, as the edits sent so far left it. */
    private int scratchVersion = 1000;
    /** Ids of their own, far from those of {@link LspProcess}. */
    private int nextId = 100_000_000;

    AbuseFrames(long seed, String seedUri, String scratchUri) {
        this.random = new Random(seed);
        this.seedUri = seedUri;
        this.scratchUri = scratchUri;
    }

    Frame next() {
        return switch (random.nextInt(14)) {
            case 0 -> badJson();
            case 1 -> notAMessage();
            case 2 -> unknownMethod();
            case 3, 4 -> wrongParams();
            case 5 -> neverOpened();
            case 6, 7 -> outOfRange();
            case 8 -> nulls();
            case 9 -> badNotification();
            case 10 -> edit();
            case 11 -> strayResponseOrCancel();
            case 12 -> hugeNumbers();
            default -> randomNotification();
        };
    }

    // Frames that carry no usable message: the server can only log them.

    private Frame badJson() {
        String id = "\"bad" + random.nextInt() + "\"";
        String truncated = "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"textDocument/hover\",\"params\":{";
        byte[] randomBytes = new byte[1 + random.nextInt(200)];
        random.nextBytes(randomBytes);
        for (int i = 0; i < randomBytes.length; i++) {
            // Keep it clearly invalid JSON whatever the bytes: no byte may close the frame early
            // (it cannot: the length is right) and the first one must not start a valid value.
            if (i == 0 && "{[\"-0123456789tfn \t\r\n".indexOf(randomBytes[0]) >= 0) {
                randomBytes[0] = '#';
            }
        }
        Object body = switch (random.nextInt(9)) {
            case 0 -> truncated.substring(0, 1 + random.nextInt(truncated.length() - 1));
            case 1 -> randomBytes;
            case 2 -> "{\"jsonrpc\":\"2.0\",}";
            case 3 -> "[".repeat(300) + "]".repeat(300);
            case 4 -> "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\"} trailing";
            case 5 -> "// a comment\n{\"jsonrpc\":\"2.0\",\"method\":\"x\"";
            case 6 -> "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/hover\",\"params\":{\"position\":{\"line\":";
            case 7 -> "{'single':'quotes'";
            default -> new byte[] {(byte) 0xC3, (byte) 0x28, '{', '}'};
        };
        byte[] bytes = body instanceof byte[] b ? b : ((String) body).getBytes(StandardCharsets.UTF_8);
        // A truncated request whose id and method were read before the end gets an error response.
        return frame("bad JSON", bytes, Owed.LOG, new String(bytes, StandardCharsets.UTF_8).contains(id) ? id : null);
    }

    private Frame notAMessage() {
        String body = switch (random.nextInt(8)) {
            case 0 -> "{}";
            case 1 -> "[]";
            case 2 -> "null";
            case 3 -> "42";
            case 4 -> "\"a string\"";
            case 5 -> "{\"jsonrpc\":\"2.0\"}";
            case 6 -> "[{\"jsonrpc\":\"2.0\",\"method\":\"initialized\"},{\"jsonrpc\":\"2.0\",\"method\":\"initialized\"}]";
            default -> "{\"jsonrpc\":\"2.0\",\"method\":" + random.nextInt(100) + "}";
        };
        return frame("JSON that is no message", body, Owed.LOG, null);
    }

    private Frame unknownMethod() {
        String method = switch (random.nextInt(4)) {
            case 0 -> "scribe/unknown" + random.nextInt(1000);
            case 1 -> "textDocument/" + randomWord();
            case 2 -> "";
            default -> "ünïcödé/😀";
        };
        if (random.nextBoolean()) {
            return request("unknown method", method, randomJson(2));
        }
        return notification("unknown notification", method, randomJson(2), Owed.LOG);
    }

    private Frame wrongParams() {
        String method = REQUESTS.get(random.nextInt(REQUESTS.size()));
        return request("wrong parameter types", method, randomJson(4));
    }

    private Frame neverOpened() {
        String uri = switch (random.nextInt(4)) {
            case 0 -> "file:///never/opened-" + random.nextInt(1000) + ".txt";
            case 1 -> "not a uri at all";
            case 2 -> "";
            default -> "untitled:Untitled-" + random.nextInt(10);
        };
        String method = REQUESTS.get(random.nextInt(17));
        return request("document never opened", method, positionParams(uri, position(0, 0)));
    }

    private Frame outOfRange() {
        String method = REQUESTS.get(random.nextInt(17));
        JsonObject p = positionParams(random.nextBoolean() ? seedUri : scratchUri, position(wildInt(), wildInt()));
        p.add("range", range(position(wildInt(), wildInt()), position(wildInt(), wildInt())));
        JsonArray positions = new JsonArray();
        positions.add(position(wildInt(), wildInt()));
        p.add("positions", positions);
        p.addProperty("newName", random.nextBoolean() ? "Renamed" : "");
        p.addProperty("query", randomWord());
        return request("position out of range", method, p);
    }

    private Frame nulls() {
        String method = REQUESTS.get(random.nextInt(17));
        JsonElement params = switch (random.nextInt(5)) {
            case 0 -> JsonNull.INSTANCE;
            case 1 -> null;   // no "params" at all
            case 2 -> LspProcess.json("{\"textDocument\":null,\"position\":null,\"range\":null,\"context\":null}");
            case 3 -> LspProcess.json("{\"textDocument\":{\"uri\":null},\"position\":{\"line\":null,\"character\":null}}");
            default -> LspProcess.json("{\"textDocument\":{\"uri\":\"" + seedUri + "\"},\"position\":null,\"range\":null,"
                    + "\"positions\":[null],\"context\":{\"diagnostics\":[null,{\"range\":null,\"message\":null}]}}");
        };
        return request("null parameters", method, params);
    }

    private Frame hugeNumbers() {
        String huge = switch (random.nextInt(4)) {
            case 0 -> "1e400";
            case 1 -> "99999999999999999999999";
            case 2 -> "-2147483649";
            default -> new BigDecimal("1.5E+" + (10 + random.nextInt(50))).toPlainString();   // past int
        };
        String body = "{\"jsonrpc\":\"2.0\",\"id\":" + (nextId++) + ",\"method\":\"textDocument/hover\",\"params\":"
                + "{\"textDocument\":{\"uri\":\"" + seedUri + "\"},\"position\":{\"line\":" + huge + ",\"character\":0}}}";
        String id = String.valueOf(nextId - 1);
        if (random.nextBoolean()) {
            return frame("huge numbers", body, Owed.RESPONSE, id);
        }
        String notification = "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":"
                + "{\"uri\":\"" + scratchUri + "\",\"version\":" + huge + "},\"contentChanges\":[{\"text\":\"x\"}]}}";
        return frame("huge numbers in a notification", notification, Owed.LOG, null);
    }

    // Notifications that are wrong per the protocol: each must leave a line in the log.

    private Frame badNotification() {
        int which = random.nextInt(12);
        String p = switch (which) {
            case 0 -> "textDocument/didOpen|{}";
            case 1 -> "textDocument/didOpen|{\"textDocument\":{\"uri\":null,\"text\":\"x\"}}";
            case 2 -> "textDocument/didOpen|{\"textDocument\":{\"uri\":\"file:///x.txt\",\"text\":5,\"version\":\"one\"}}";
            case 3 -> "textDocument/didChange|{\"textDocument\":{\"uri\":\"file:///never/opened.txt\",\"version\":2},"
                    + "\"contentChanges\":[{\"text\":\"x\"}]}";
            case 4 -> "textDocument/didChange|{\"textDocument\":{\"uri\":\"" + scratchUri + "\"}}";
            case 5 -> "textDocument/didChange|{\"textDocument\":{\"uri\":\"" + scratchUri + "\"},\"contentChanges\":\"x\"}";
            case 6 -> "textDocument/didClose|{}";
            case 7 -> "textDocument/didSave|{}";
            case 8 -> "workspace/didChangeWatchedFiles|{\"changes\":null}";
            case 9 -> "workspace/didChangeWatchedFiles|{\"changes\":\"all\"}";
            case 10 -> "workspace/didChangeWorkspaceFolders|{}";
            default -> "textDocument/didChange|null";
        };
        String[] parts = p.split("\\|", 2);
        return notification("invalid " + parts[0] + " #" + which, parts[0],
                LspProcess.json("{\"v\":" + parts[1] + "}").get("v"), Owed.LOG);
    }

    /** Edits to the scratch note: ranges out of range or reversed, versions going back. */
    private Frame edit() {
        JsonObject change = new JsonObject();
        if (random.nextInt(10) > 0) {
            change.add("range", range(position(wildInt(), wildInt()), position(wildInt(), wildInt())));
        }
        change.addProperty("text", random.nextInt(50) == 0 ? "Alex: long line ".repeat(5000)
                : random.nextBoolean() ? "\r\nJörg: what about 😀 LCM?\n" : "");
        JsonArray changes = new JsonArray();
        changes.add(change);
        boolean backwards = random.nextInt(4) == 0;
        int version = backwards ? scratchVersion - 1 - random.nextInt(1000) : scratchVersion + 1 + random.nextInt(3);
        scratchVersion = version;
        JsonObject params = LspProcess.json("{\"textDocument\":{\"uri\":\"" + scratchUri + "\",\"version\":" + version + "}}");
        params.add("contentChanges", changes);
        // Going back in versions is logged; a clamped range is what editors expect, silently.
        return notification(backwards ? "version going backwards" : "edit out of range", "textDocument/didChange", params,
                backwards ? Owed.LOG : Owed.NOTHING);
    }

    private Frame strayResponseOrCancel() {
        if (random.nextBoolean()) {
            String body = "{\"jsonrpc\":\"2.0\",\"id\":" + (900_000_000 + random.nextInt(1000)) + ",\"result\":"
                    + randomJson(2) + "}";
            return frame("response to a request never sent", body, Owed.LOG, null);
        }
        JsonObject p = new JsonObject();
        p.addProperty("id", 800_000_000 + random.nextInt(1000));
        return notification("cancel of an unknown request", "$/cancelRequest", p, Owed.LOG);
    }

    private Frame randomNotification() {
        String method = NOTIFICATIONS.get(random.nextInt(NOTIFICATIONS.size()));
        if (method.startsWith("textDocument/did")) {
            method = "textDocument/didSave";   // the seed and the scratch note stay open and as they are
        }
        return notification("random notification", method, randomJson(3), Owed.NOTHING);
    }

    // Building blocks.

    private Frame request(String kind, String method, JsonElement params) {
        int id = nextId++;
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        m.addProperty("id", id);
        m.addProperty("method", method);
        if (params != null) {
            m.add("params", params);
        }
        return frame(kind, m.toString(), Owed.RESPONSE, String.valueOf(id));
    }

    private static Frame notification(String kind, String method, JsonElement params, Owed owed) {
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        m.addProperty("method", method);
        if (params != null) {
            m.add("params", params);
        }
        return frame(kind, m.toString(), owed, null);
    }

    private static Frame frame(String kind, String body, Owed owed, String id) {
        return frame(kind, body.getBytes(StandardCharsets.UTF_8), owed, id);
    }

    private static Frame frame(String kind, byte[] body, Owed owed, String id) {
        byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[header.length + body.length];
        System.arraycopy(header, 0, bytes, 0, header.length);
        System.arraycopy(body, 0, bytes, header.length, body.length);
        return new Frame(kind, bytes, owed, id);
    }

    private JsonObject positionParams(String uri, JsonElement position) {
        JsonObject p = new JsonObject();
        JsonObject doc = new JsonObject();
        doc.addProperty("uri", uri);
        p.add("textDocument", doc);
        p.add("position", position);
        return p;
    }

    private static JsonObject position(int line, int character) {
        JsonObject p = new JsonObject();
        p.addProperty("line", line);
        p.addProperty("character", character);
        return p;
    }

    private static JsonObject range(JsonObject start, JsonObject end) {
        JsonObject r = new JsonObject();
        r.add("start", start);
        r.add("end", end);
        return r;
    }

    private int wildInt() {
        return switch (random.nextInt(6)) {
            case 0 -> -1 - random.nextInt(10);
            case 1 -> Integer.MAX_VALUE - random.nextInt(3);
            case 2 -> Integer.MIN_VALUE + random.nextInt(3);
            case 3 -> 1000 + random.nextInt(1_000_000);
            default -> random.nextInt(120);
        };
    }

    private String randomWord() {
        String[] words = {"hover", "x", "", "😀", "\u0000", "Alex", "LCM", "a b", "\uD800", "\"quoted\""};
        return words[random.nextInt(words.length)];
    }

    /** Random JSON, keys mostly from LSP's own, values of any type. */
    private JsonElement randomJson(int depth) {
        int kind = random.nextInt(depth <= 0 ? 5 : 7);
        return switch (kind) {
            case 0 -> JsonNull.INSTANCE;
            case 1 -> new JsonPrimitive(random.nextBoolean());
            case 2 -> new JsonPrimitive(switch (random.nextInt(4)) {
                case 0 -> (Number) random.nextInt();
                case 1 -> (Number) random.nextLong();
                case 2 -> (Number) random.nextDouble();
                default -> (Number) new BigDecimal("1e" + random.nextInt(400));
            });
            case 3, 4 -> new JsonPrimitive(random.nextInt(3) == 0 ? seedUri : randomWord());
            case 5 -> {
                JsonArray a = new JsonArray();
                for (int i = random.nextInt(4); i > 0; i--) {
                    a.add(randomJson(depth - 1));
                }
                yield a;
            }
            default -> {
                JsonObject o = new JsonObject();
                for (int i = random.nextInt(5); i > 0; i--) {
                    o.add(KEYS.get(random.nextInt(KEYS.size())), randomJson(depth - 1));
                }
                yield o;
            }
        };
    }
}
