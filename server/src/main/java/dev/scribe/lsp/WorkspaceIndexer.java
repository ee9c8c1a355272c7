package dev.scribe.lsp;

import dev.scribe.workspace.NoteFiles;
import dev.scribe.workspace.NotesIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Indexes the workspace folders in the background, on a bounded pool, reporting
 * {@code $/progress}; requests are answered from what is indexed so far meanwhile. Later, keeps
 * the index current one file at a time.
 */
final class WorkspaceIndexer {
    private static final Logger LOG = Logger.getLogger(WorkspaceIndexer.class.getName());
    static final int MAX_FILES = 200_000;

    private final ScribeServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
            r -> {
                Thread t = new Thread(r, "scribe-index");
                t.setDaemon(true);
                t.setPriority(Thread.NORM_PRIORITY - 1);
                return t;
            });
    private final AtomicInteger generation = new AtomicInteger();
    private volatile boolean indexing;
    private final AtomicInteger completed = new AtomicInteger();

    WorkspaceIndexer(ScribeServer server) {
        this.server = server;
    }

    boolean isIndexing() {
        return indexing;
    }

    /** How many full indexing runs have finished. */
    int completedRuns() {
        return completed.get();
    }

    void stop() {
        generation.incrementAndGet();
        pool.shutdownNow();
    }

    /** Indexes every folder from scratch (at start, and when the file settings change). */
    void reindexAll() {
        int gen = generation.incrementAndGet();
        Thread t = new Thread(() -> run(gen), "scribe-indexer");
        t.setDaemon(true);
        t.start();
    }

    private void run(int gen) {
        indexing = true;
        long t0 = System.nanoTime();
        String token = "scribe-index-" + gen;
        boolean progress = beginProgress(token);
        try {
            NoteFiles files = server.noteFiles();
            List<Path> all = new ArrayList<>();
            for (Path root : server.roots()) {
                all.addAll(files.find(root, WorkspaceIndexer.MAX_FILES));
            }
            // Drop notes that no longer match (settings changed) or no longer exist.
            java.util.Set<String> keep = new java.util.HashSet<>();
            for (Path p : all) {
                keep.add(NotesIndex.key(ScribeServer.uriOf(p)));
            }
            for (var s : new ArrayList<>(server.index.all())) {
                if (!keep.contains(NotesIndex.key(s.uri())) && !server.documents.isOpen(s.uri())) {
                    server.index.remove(s.uri());
                }
            }
            AtomicInteger done = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>(all.size());
            for (Path p : all) {
                futures.add(pool.submit(() -> {
                    if (generation.get() != gen) {
                        return;
                    }
                    try {
                        server.indexFile(p);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "could not index " + p, e);
                    }
                    int n = done.incrementAndGet();
                    if (progress && n % 500 == 0) {
                        report(token, n + "/" + all.size() + " notes", n * 100 / Math.max(1, all.size()));
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (Exception e) {
                    if (generation.get() != gen) {
                        return;
                    }
                }
            }
            LOG.info(String.format("indexed %d notes in %d ms", all.size(), (System.nanoTime() - t0) / 1_000_000));
            // Reading thousands of notes leaves much garbage behind: collecting it now lets the
            // JVM hand the memory back instead of holding it for the editor's whole session.
            if (all.size() > 1000) {
                System.gc();
            }
            server.diagnostics.republishAll();
            server.refreshCodeLenses();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "indexing failed", e);
        } finally {
            indexing = false;
            completed.incrementAndGet();
            if (progress) {
                end(token);
            }
        }
    }

    /** A note changed on disk, was created or deleted, or its buffer closed: index it again. */
    void refresh(String uri) {
        Path p = ScribeServer.pathOf(uri);
        if (p == null) {
            return;
        }
        try {
            pool.execute(() -> {
                try {
                    if (server.documents.isOpen(uri)) {
                        return;
                    }
                    Path rel = relativeToRoot(p);
                    if (rel == null || !Files.isRegularFile(p) || !server.noteFiles().matches(rel)) {
                        server.index.remove(uri);
                    } else {
                        server.indexFile(p);
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "could not index " + p, e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
        }
    }

    void foldersChanged(DidChangeWorkspaceFoldersParams params) {
        if (params == null || params.getEvent() == null) {
            LOG.warning("didChangeWorkspaceFolders without an event: ignored");
            return;
        }
        server.setFolders(params.getEvent().getAdded(), params.getEvent().getRemoved());
        reindexAll();
    }

    private Path relativeToRoot(Path p) {
        for (Path root : server.roots()) {
            if (p.startsWith(root)) {
                return root.relativize(p);
            }
        }
        return null;
    }

    private boolean beginProgress(String token) {
        var caps = server.capabilities();
        boolean supported = caps.getWindow() != null && Boolean.TRUE.equals(caps.getWindow().getWorkDoneProgress());
        var client = server.client();
        if (!supported || client == null) {
            return false;
        }
        try {
            client.createProgress(new WorkDoneProgressCreateParams(Either.forLeft(token)))
                    .get(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
        WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
        begin.setTitle("Scribe: indexing notes");
        begin.setCancellable(false);
        begin.setPercentage(0);
        client.notifyProgress(new ProgressParams(Either.forLeft(token), Either.forLeft(begin)));
        return true;
    }

    private void report(String token, String message, int percent) {
        var client = server.client();
        if (client != null) {
            WorkDoneProgressReport r = new WorkDoneProgressReport();
            r.setMessage(message);
            r.setPercentage(Math.min(100, percent));
            client.notifyProgress(new ProgressParams(Either.forLeft(token), Either.forLeft(r)));
        }
    }

    private void end(String token) {
        var client = server.client();
        if (client != null) {
            WorkDoneProgressEnd e = new WorkDoneProgressEnd();
            e.setMessage(server.index.size() + " notes indexed");
            client.notifyProgress(new ProgressParams(Either.forLeft(token), Either.forLeft(e)));
        }
    }
}
