package dev.scribe.lsp;

import dev.scribe.features.Diagnostics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

/**
 * Publishes diagnostics after the typing stops for a moment (debounced), on one thread, so that
 * a fast typist is never slowed and an older version's diagnostics never follow a newer one's.
 */
final class DiagnosticsPublisher {
    private static final Logger LOG = Logger.getLogger(DiagnosticsPublisher.class.getName());

    private final ScribeServer server;
    private final ScheduledExecutorService thread;
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();

    DiagnosticsPublisher(ScribeServer server, ScheduledExecutorService thread) {
        this.server = server;
        this.thread = thread;
    }

    /** Publishes for the buffer's current version after {@code delayMs} without a newer change. */
    void schedule(String uri, long delayMs) {
        ScheduledFuture<?> next;
        try {
            next = thread.schedule(() -> publish(uri), Math.max(0, delayMs), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return;   // shutting down
        }
        ScheduledFuture<?> old = pending.put(uri, next);
        if (old != null) {
            old.cancel(false);
        }
    }

    /** The buffer was closed: stop any pending run and clear what the editor shows. */
    void clear(String uri) {
        ScheduledFuture<?> old = pending.remove(uri);
        if (old != null) {
            old.cancel(false);
        }
        try {
            thread.execute(() -> send(uri, List.of(), null));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
        }
    }

    /** Settings changed, or the index is ready: publish again for every open buffer. */
    void republishAll() {
        for (OpenDocument d : server.documents.all()) {
            schedule(d.uri(), 0);
        }
    }

    private void publish(String uri) {
        OpenDocument doc = server.documents.get(uri);
        if (doc == null) {
            return;
        }
        List<Diagnostic> diags;
        try {
            diags = Diagnostics.of(doc.model(), server.settings().diagnostics());
            // Against half an index, a speaker not read yet looks misspelt: the workspace's
            // diagnostics wait for the index, which republishes every open note when it ends.
            if (!server.indexer.isIndexing()) {
                diags.addAll(server.workspaceDiagnostics(doc));
            }
            diags.sort(java.util.Comparator.comparingInt((Diagnostic d) -> d.getRange().getStart().getLine())
                    .thenComparingInt(d -> d.getRange().getStart().getCharacter()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "diagnostics failed for " + uri, e);
            return;
        }
        // Only the newest buffer state publishes; a newer one has its own run queued behind us.
        OpenDocument now = server.documents.get(uri);
        if (now == null || now.seq() != doc.seq()) {
            return;
        }
        server.indexer.expectOpen(doc);
        send(uri, diags, doc.version());
        // The workspace learns of the edit after the editor has its diagnostics, and off this
        // thread, so that the next keystroke's diagnostics never wait for the index.
        server.indexer.indexOpen(uri);
    }

    private void send(String uri, List<Diagnostic> diags, Integer version) {
        var client = server.client();
        if (client != null) {
            client.publishDiagnostics(new PublishDiagnosticsParams(uri, diags, version));
        }
    }
}
