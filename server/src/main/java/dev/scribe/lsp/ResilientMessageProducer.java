package dev.scribe.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Reads the editor's frames ({@code Content-Length: N}, a blank line, N bytes of JSON) in place
 * of LSP4J's StreamMessageProducer, so that one broken frame costs that frame alone:
 * <ul>
 * <li>A frame with no, or a bad, Content-Length is skipped up to the next {@code Content-Length:}
 * header, with a line in the log. LSP4J instead glued the unread body to the next frame's header
 * line, lost that header too, and so every frame after it: the server went deaf for good.</li>
 * <li>A body is always read whole before it is parsed, so a parse error can never leave part of
 * it to be read as headers (LSP4J parses while it reads, and stops reading where parsing fails);
 * a body that holds the start of the next frame (its Content-Length was too large) gives that
 * frame back to the reader.</li>
 * <li>A request LSP4J cannot parse (parameters that do not fit, an id of the wrong kind) still
 * gets an error response when its id can be read, instead of leaving the editor waiting.</li>
 * <li>A Content-Length over {@link #MAX_FRAME} bytes is refused rather than waited for.</li>
 * </ul>
 */
final class ResilientMessageProducer implements MessageProducer, Closeable {
    private static final Logger LOG = Logger.getLogger(ResilientMessageProducer.class.getName());
    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);
    /** Far above any note (files over scribe.files.maxSizeKb, 2 MB by default, are not even read). */
    static final int MAX_FRAME = 64 * 1024 * 1024;
    /** A header line longer than this is not a header: it is skipped as noise. */
    private static final int MAX_HEADER_LINE = 8 * 1024;

    private final InputStream input;
    private final MessageJsonHandler jsonHandler;
    private final MessageIssueHandler issueHandler;
    private volatile boolean keepRunning;
    /** Bytes read ahead that belong to the stream again (the start of a frame found in a body). */
    private byte[] replay = new byte[0];
    private int replayAt;

    ResilientMessageProducer(InputStream input, MessageJsonHandler jsonHandler, MessageIssueHandler issueHandler) {
        this.input = input;
        this.jsonHandler = jsonHandler;
        this.issueHandler = issueHandler;
    }

    @Override
    public void listen(MessageConsumer callback) {
        keepRunning = true;
        try {
            while (keepRunning) {
                Frame frame = nextFrame();
                if (frame == null) {
                    return;   // end of input: the editor is gone
                }
                handle(frame, callback);
            }
        } catch (IOException e) {
            if (JsonRpcException.indicatesStreamClosed(e)) {
                LOG.log(Level.INFO, "the input stream was closed", e);
            } else {
                throw new JsonRpcException(e);
            }
        } finally {
            keepRunning = false;
        }
    }

    @Override
    public void close() {
        keepRunning = false;
    }

    private record Frame(byte[] body, Charset charset) {
    }

    /** The next frame, skipping (and logging) whatever is not one; null at the end of input. */
    private Frame nextFrame() throws IOException {
        Noise noise = new Noise();
        // Header lines seen before a Content-Length line: a Content-Type may come first.
        StringBuilder headers = new StringBuilder();
        while (true) {
            String line = readLine(noise);
            if (line == null) {
                noise.add(headers);
                noise.log("before the end of input");
                return null;
            }
            int at = indexOfContentLength(line);
            if (at < 0) {
                if (isHeader(line)) {
                    headers.append(line).append('\n');
                } else {
                    // A blank line or anything else ends what could have been a header block.
                    noise.add(headers);
                    headers.setLength(0);
                    if (!line.isEmpty()) {
                        noise.add(line);
                    }
                }
                continue;
            }
            if (at > 0) {
                // Noise glued to the header: the end of a body that was longer than it said.
                noise.add(headers);
                headers.setLength(0);
                noise.add(line.substring(0, at));
            }
            noise.log("before a frame");
            noise = new Noise();
            Charset charset = charsetOf(headers.toString());
            headers.setLength(0);
            String value = line.substring(at + CONTENT_LENGTH.length).trim();
            long length = parseLength(value);
            // The rest of the header block, up to its blank line.
            String header;
            boolean wellFormed = true;
            while ((header = readLine(noise)) != null && !header.isEmpty()) {
                if (!isHeader(header)) {
                    wellFormed = false;
                } else if (header.regionMatches(true, 0, "content-type:", 0, 13)) {
                    charset = charsetOf(header);
                }
            }
            if (header == null) {
                LOG.warning("the input ended inside a frame's headers");
                return null;
            }
            if (length < 0 || length > MAX_FRAME || !wellFormed) {
                LOG.warning("skipping a frame with " + (wellFormed ? "Content-Length '" + abbreviate(value, 40) + "'"
                        + (length > MAX_FRAME ? " (over the " + MAX_FRAME / (1024 * 1024) + " MB limit)" : "")
                        : "a malformed header block") + "; reading on from the next Content-Length header");
                continue;
            }
            byte[] body = read((int) length);
            if (body == null) {
                LOG.warning("the input ended inside a frame of " + length + " bytes");
                return null;
            }
            return new Frame(body, charset);
        }
    }

    private void handle(Frame frame, MessageConsumer callback) {
        String content = new String(frame.body(), frame.charset());
        Message message;
        try {
            message = jsonHandler.parseMessage(content);
        } catch (MessageIssueException e) {
            recoverSwallowedFrame(frame.body());
            // LSP4J read the id: the request gets an error response, a notification a log line.
            issueHandler.handle(e.getRpcMessage(), e.getIssues());
            return;
        } catch (RuntimeException e) {
            recoverSwallowedFrame(frame.body());
            answerUnparsed(content, e);
            return;
        }
        if (message == null) {
            LOG.warning("skipping a frame that holds no message: '" + abbreviate(content, 200) + "'");
            return;
        }
        try {
            callback.consume(message);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.SEVERE, "could not handle " + abbreviate(content, 200), e);
        }
    }

    /**
     * A message LSP4J could not parse: when it is a request whose id and method can be read, the
     * editor gets an error response for it; otherwise a line in the log is all there is to do.
     */
    private void answerUnparsed(String content, RuntimeException cause) {
        JsonObject o = null;
        try {
            JsonElement e = JsonParser.parseString(content);
            o = e.isJsonObject() ? e.getAsJsonObject() : null;
        } catch (RuntimeException notJson) {
            // not JSON at all
        }
        JsonPrimitive id = o != null && o.get("id") instanceof JsonPrimitive p && (p.isString() || p.isNumber()) ? p : null;
        JsonPrimitive method = o != null && o.get("method") instanceof JsonPrimitive m && m.isString() ? m : null;
        if (id == null || method == null) {
            LOG.warning("skipping a message that could not be parsed (" + cause.getMessage() + "): '"
                    + abbreviate(content, 200) + "'");
            return;
        }
        RequestMessage request = new RequestMessage();
        request.setJsonrpc("2.0");
        request.setRawId(id.isString() ? Either.forLeft(id.getAsString()) : Either.forRight(id.getAsNumber()));
        request.setMethod(method.getAsString());
        issueHandler.handle(request, List.of(new MessageIssue("Invalid request: " + cause.getMessage(),
                ResponseErrorCode.InvalidRequest.getValue(), cause)));
    }

    /**
     * A body that did not parse and holds a Content-Length header took in the next frame (its own
     * length was too large): that frame is read again from there.
     */
    private void recoverSwallowedFrame(byte[] body) {
        int at = indexOf(body, 0);
        if (at < 0) {
            at = startOfCutHeader(body);
        }
        if (at >= 0) {
            byte[] rest = new byte[body.length - at + (replay.length - replayAt)];
            System.arraycopy(body, at, rest, 0, body.length - at);
            System.arraycopy(replay, replayAt, rest, body.length - at, replay.length - replayAt);
            replay = rest;
            replayAt = 0;
            LOG.warning("a frame's Content-Length reached into the next frame; reading that frame again");
        }
    }

    // Reading, replayed bytes first.

    private int readByte() throws IOException {
        if (replayAt < replay.length) {
            int b = replay[replayAt++] & 0xFF;
            releaseReplayIfDone();
            return b;
        }
        return input.read();
    }

    /** A replayed body can be megabytes: not kept once read. */
    private void releaseReplayIfDone() {
        if (replayAt >= replay.length && replay.length > 0) {
            replay = new byte[0];
            replayAt = 0;
        }
    }

    /** Exactly n bytes, or null at the end of input. */
    private byte[] read(int n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(n, 64 * 1024));
        int fromReplay = Math.min(n, replay.length - replayAt);
        out.write(replay, replayAt, fromReplay);
        replayAt += fromReplay;
        releaseReplayIfDone();
        byte[] buffer = new byte[8192];
        int left = n - fromReplay;
        while (left > 0) {
            int got = input.read(buffer, 0, Math.min(buffer.length, left));
            if (got < 0) {
                return null;
            }
            out.write(buffer, 0, got);
            left -= got;
        }
        return out.toByteArray();
    }

    /**
     * A line without its \n or \r\n, as ISO-8859-1 (headers are ASCII); null at the end of input.
     * A line too long to be a header is counted as noise and returned empty of all but its end.
     */
    private String readLine(Noise noise) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = readByte()) >= 0) {
            if (c == '\n') {
                int end = b.length() > 0 && b.charAt(b.length() - 1) == '\r' ? b.length() - 1 : b.length();
                return b.substring(0, end);
            }
            b.append((char) c);
            if (b.length() > MAX_HEADER_LINE) {
                // Keep the tail: a Content-Length glued to the end of noise must still be found.
                noise.add(b.substring(0, b.length() - CONTENT_LENGTH.length));
                b.delete(0, b.length() - CONTENT_LENGTH.length);
            }
        }
        if (b.length() > 0) {
            noise.add(b.toString());
        }
        return null;
    }

    private static int indexOfContentLength(String line) {
        return line.toLowerCase(Locale.ROOT).indexOf("content-length:");
    }

    private static int indexOf(byte[] body, int from) {
        outer:
        for (int i = from; i <= body.length - CONTENT_LENGTH.length; i++) {
            for (int j = 0; j < CONTENT_LENGTH.length; j++) {
                int c = body[i + j];
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (c != CONTENT_LENGTH[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Where the body ends in the first bytes of a Content-Length header ("...}Content-Le"), or -1. */
    private static int startOfCutHeader(byte[] body) {
        // Even one byte: replayed in vain, it only becomes noise glued before the next header.
        for (int n = Math.min(CONTENT_LENGTH.length - 1, body.length); n >= 1; n--) {
            boolean match = true;
            for (int j = 0; j < n && match; j++) {
                int c = body[body.length - n + j];
                match = (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) == CONTENT_LENGTH[j];
            }
            if (match) {
                return body.length - n;
            }
        }
        return -1;
    }

    private static boolean isHeader(String line) {
        return line.matches("[A-Za-z0-9-]+:.*");
    }

    /** -1 unless a plain non-negative decimal number. */
    private static long parseLength(String value) {
        if (value.isEmpty() || value.length() > 12 || !value.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(value);
    }

    private static Charset charsetOf(String headers) {
        int at = headers.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at < 0) {
            return StandardCharsets.UTF_8;
        }
        String name = headers.substring(at + 8).split("[;\\s]", 2)[0].replace("\"", "");
        if (name.equalsIgnoreCase("utf8")) {
            return StandardCharsets.UTF_8;   // what the LSP specification allows for older clients
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            LOG.warning("unknown charset '" + abbreviate(name, 40) + "' in a Content-Type header; reading UTF-8");
            return StandardCharsets.UTF_8;
        }
    }

    private static String abbreviate(String s, int max) {
        String one = s.replace("\r", "\\r").replace("\n", "\\n");
        return one.length() <= max ? one : one.substring(0, max) + "...";
    }

    /** Bytes that were no frame, logged once per run of them. */
    private static final class Noise {
        private long skipped;
        private final StringBuilder preview = new StringBuilder();

        void add(CharSequence s) {
            if (s.length() == 0) {
                return;
            }
            skipped += s.length() + 1;
            if (preview.length() < 200) {
                preview.append(s, 0, Math.min(s.length(), 200 - preview.length())).append('\n');
            }
        }

        void log(String where) {
            if (skipped > 0) {
                LOG.warning("skipped about " + skipped + " bytes that were not an LSP frame " + where + ": '"
                        + abbreviate(preview.toString().strip(), 200) + "'");
            }
        }
    }
}
