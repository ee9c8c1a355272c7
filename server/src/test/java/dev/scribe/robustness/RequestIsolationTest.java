package dev.scribe.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scribe.lsp.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One request going wrong stays that request's problem; a request the editor cancels is
 * answered as cancelled at once; and diagnostics never go back to an older version.
 */
class RequestIsolationTest {
    private static final String NOTE = """
            Crypto support

              - Jörg: We could create a separate crypto module.
              - Which entities are to consider?
              - Claudio: IPC might be slow in the LCM.
            """;

    @TempDir
    Path dir;

    /**
     * A code action request carrying a diagnostic without a range (a client bug) makes
     * CodeActions throw: the editor gets an InternalError for that request, the log has the
     * stack, and the note, its diagnostics and every other request carry on.
     */
    @Test
    @Timeout(60)
    void aFailingRequestIsAnsweredWithAnErrorAndNothingElseNotices() throws Exception {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger requests = Logger.getLogger("dev.scribe.lsp.Requests");
        requests.addHandler(capture);
        try (Session s = new Session(dir)) {
            String uri = s.open("a.txt", NOTE);
            String other = s.open("b.txt", NOTE.replace("Crypto support", "Launch protocol"));
            Diagnostic noRange = new Diagnostic();
            noRange.setMessage("a client bug: no range");
            CodeActionParams bad = new CodeActionParams(new TextDocumentIdentifier(uri),
                    new Range(new Position(3, 4), new Position(3, 10)), new CodeActionContext(List.of(noRange)));

            // Many failures in a row, interleaved with good requests on another note.
            List<CompletableFuture<?>> failing = new ArrayList<>();
            List<CompletableFuture<?>> good = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                failing.add(s.server.getTextDocumentService().codeAction(bad));
                good.add(s.server.getTextDocumentService().documentSymbol(
                        new DocumentSymbolParams(new TextDocumentIdentifier(other))));
            }
            for (CompletableFuture<?> f : failing) {
                ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
                ResponseErrorException error = (ResponseErrorException) e.getCause();
                assertEquals(ResponseErrorCode.InternalError.getValue(), error.getResponseError().getCode());
                assertTrue(error.getResponseError().getMessage().startsWith("codeAction failed"),
                        error.getResponseError().getMessage());
            }
            for (CompletableFuture<?> f : good) {
                assertFalse(((List<?>) f.get(10, TimeUnit.SECONDS)).isEmpty(), "the other note's outline");
            }
            LogRecord record = logged.stream().filter(r -> r.getLevel() == Level.SEVERE).findFirst().orElseThrow();
            assertEquals("codeAction failed", record.getMessage());
            assertNotNull(record.getThrown(), "the log has the exception and its stack");
            assertTrue(record.getThrown().getStackTrace().length > 0);

            // The failing note itself: still open, still edited, still checked and answered.
            assertEquals("Crypto support", s.symbols(uri).get(0).getName());
            s.change(uri, NOTE + "  - Who owns the board?\n");
            int changed = s.versions().get(uri);
            Session.eventually(() -> latest(s, uri) != null && Integer.valueOf(changed).equals(latest(s, uri).getVersion()));
            List<Diagnostic> now = latest(s, uri).getDiagnostics();
            assertEquals(2, now.size(), "two unattributed questions now: " + now);
            Diagnostic question = now.get(0);
            assertFalse(s.codeActions(uri, question.getRange(), List.of(question)).isEmpty(),
                    "with a well-formed diagnostic, the quick fixes are offered");
        } finally {
            requests.removeHandler(capture);
        }
    }

    /**
     * Over the pipe: a request on a huge note (its first parse takes a second or more) that the
     * editor cancels at once is answered with RequestCancelled straight away, before a request
     * that needs the same parse; the server answers normally afterwards.
     */
    @Test
    @Timeout(120)
    void aCancelledLongRequestIsAnsweredAsCancelledAtOnce() throws Exception {
        StringBuilder huge = new StringBuilder();
        for (Path p : List.of(ProtocolAbuseTest.SEEDS.resolve("2021-06-10-stratos-sync.txt"),
                ProtocolAbuseTest.SEEDS.resolve("2020-xen-summit-domb-design-session.txt"))) {
            huge.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
        }
        String text = huge.toString().repeat(40);   // about 550 KB: its first parse takes a second or more
        try (LspProcess server = LspProcess.start(dir)) {
            server.initialize(dir);
            String uri = dir.resolve("huge.txt").toUri().toASCIIString();
            JsonObject item = new JsonObject();
            item.addProperty("uri", uri);
            item.addProperty("languageId", "plaintext");
            item.addProperty("version", 1);
            item.addProperty("text", text);
            JsonObject open = new JsonObject();
            open.add("textDocument", item);
            server.notify("textDocument/didOpen", open);
            JsonObject onHuge = LspProcess.json("{\"textDocument\":{\"uri\":\"" + uri + "\"}}");

            long t0 = System.nanoTime();
            String slow = server.requestAndCancel("textDocument/documentSymbol", onHuge);
            String after = server.requestAsync("textDocument/foldingRange", onHuge);

            JsonObject cancelled = server.await(slow, 60);
            long cancelledMs = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(ResponseErrorCode.RequestCancelled.getValue(),
                    cancelled.getAsJsonObject("error").get("code").getAsInt(), cancelled.toString());
            JsonObject folded = server.await(after, 60);
            long parsedMs = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(folded.getAsJsonArray("result").size() > 0, "the folding ranges of the huge note");
            System.out.println("RequestIsolationTest: cancelled after " + cancelledMs + " ms; the parse took "
                    + parsedMs + " ms");
            assertTrue(server.responses.get(slow).receivedNanos() < server.responses.get(after).receivedNanos(),
                    "the cancellation came before the work it cancelled could have finished");
            assertEquals(0, server.shutdownAndExit());
        }
    }

    /**
     * Five hundred versions typed in a second, published with no debounce:
     * the versions the editor sees only go up, and the last one it sees is the last one typed.
     */
    @Test
    @Timeout(60)
    void diagnosticsNeverGoBackToAnOlderVersion() throws Exception {
        JsonObject settings = JsonParser.parseString("{\"diagnostics\":{\"debounceMs\":0}}").getAsJsonObject();
        try (Session s = new Session(dir, Map.of(), settings)) {
            String uri = s.open("typing.txt", NOTE);
            int versions = 500;
            long start = System.nanoTime();
            for (int i = 0; i < versions; i++) {
                // A change every 2 ms: publications are computed while newer versions keep coming.
                LockSupport.parkNanos(start + i * 2_000_000L - System.nanoTime());
                s.edit(uri, new Range(new Position(5, 0), new Position(5, 0)), i % 7 == 0 ? "- Why " + i + "?\n" : "x");
            }
            int last = s.versions().get(uri);
            assertEquals(versions + 1, last);
            Session.eventually(() -> latest(s, uri) != null && Integer.valueOf(last).equals(latest(s, uri).getVersion()));
            List<Integer> published = new ArrayList<>();
            s.client.diagnostics.get(uri).forEach(p -> published.add(p.getVersion()));
            // The same version may be published twice (settings or the index changed meanwhile).
            for (int i = 1; i < published.size(); i++) {
                assertTrue(published.get(i) >= published.get(i - 1), "published versions " + published);
            }
            System.out.println("RequestIsolationTest: " + versions + " versions, " + published.size() + " publications");
            assertTrue(published.size() >= 2, "publications while typing went on: " + published);
        }
    }

    /** The diagnostics the editor shows now for a note: the last ones published, or null. */
    private static PublishDiagnosticsParams latest(Session s, String uri) {
        List<PublishDiagnosticsParams> got = s.client.diagnostics.get(uri);
        return got == null || got.isEmpty() ? null : got.get(got.size() - 1);
    }
}
