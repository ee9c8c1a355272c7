package dev.scribe.lsp;

import dev.scribe.workspace.IndexCache;
import dev.scribe.workspace.NoteFiles;
import dev.scribe.workspace.NoteSummary;
import dev.scribe.workspace.NotesIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private volatile boolean changedSinceSave;
    /** How many notes the last run read from the cache rather than parsing them. */
    private volatile int fromCache;

    /** Open notes whose newest published text the index has yet to learn, by URI. */
    private final Map<String, OpenDocument> openPending = new java.util.concurrent.ConcurrentHashMap<>();
    private final ExecutorService openThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scribe-index-open");
        t.setDaemon(true);
        return t;
    });

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
        openThread.shutdownNow();
    }

    /** Indexes every folder from scratch (at start, and when the file settings change). */
    void reindexAll() {
        int gen = generation.incrementAndGet();
        indexing = true;   // from now: a note opened before the thread starts must know it
        Thread t = new Thread(() -> run(gen), "scribe-indexer");
        t.setDaemon(true);
        t.start();
    }

    private void run(int gen) {
        indexing = true;
        long t0 = System.nanoTime();
        String token = "scribe-index-" + gen;
        boolean progress = beginProgress(token);
        boolean ended = false;
        try {
            NoteFiles files = server.noteFiles();
            // On a restart, reading the caches into the index and walking the folders are all the
            // work: they run side by side. A cached note that changed meanwhile is parsed again
            // below, and one that is gone is dropped.
            Map<Path, Future<Map<String, IndexCache.Entry>>> caches = new LinkedHashMap<>();
            for (Path root : server.roots()) {
                caches.put(root, pool.submit(() -> fromCache(root)));
            }
            List<NoteFiles.Found> all = new ArrayList<>();
            Map<Path, List<NoteFiles.Found>> byRoot = new LinkedHashMap<>();
            for (Path root : server.roots()) {
                List<NoteFiles.Found> found = files.find(root, WorkspaceIndexer.MAX_FILES);
                byRoot.put(root, found);
                all.addAll(found);
            }
            // Notes unchanged since the cache was written need no parsing.
            List<NoteFiles.Found> toParse = new ArrayList<>();
            int reused = 0;
            for (Map.Entry<Path, List<NoteFiles.Found>> e : byRoot.entrySet()) {
                Map<String, IndexCache.Entry> cached = loaded(caches.get(e.getKey()));
                for (NoteFiles.Found f : e.getValue()) {
                    if (isCurrent(cached.get(f.path().toString()), f)) {
                        reused++;
                    } else {
                        toParse.add(f);
                    }
                }
            }
            // Drop notes that no longer match (settings changed) or no longer exist.
            java.util.Set<String> keep = new java.util.HashSet<>(all.size() * 2);
            for (NoteFiles.Found f : all) {
                keep.add(NotesIndex.key(f.path()));
            }
            for (OpenDocument d : server.documents.all()) {
                keep.add(NotesIndex.key(d.uri()));
            }
            server.index.retain(keep);
            if (reused > 0) {
                LOG.info("reused " + reused + " notes from the index cache");
            }
            fromCache = reused;
            AtomicInteger done = new AtomicInteger(reused);
            List<Future<?>> futures = new ArrayList<>(toParse.size());
            for (NoteFiles.Found f : toParse) {
                futures.add(pool.submit(() -> {
                    if (generation.get() != gen) {
                        return;
                    }
                    try {
                        server.indexFile(f.path());
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "could not index " + f.path(), e);
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
            if (generation.get() != gen) {
                return;   // a newer run took over: its tasks, its cache and its end, not ours
            }
            LOG.info(String.format("indexed %d notes in %d ms", all.size(), (System.nanoTime() - t0) / 1_000_000));
            if (!toParse.isEmpty()) {
                for (Map.Entry<Path, List<NoteFiles.Found>> e : byRoot.entrySet()) {
                    saveCache(e.getKey(), e.getValue());
                }
            }
            // Parsing thousands of notes leaves much garbage behind: collecting it now lets the
            // JVM hand the memory back instead of holding it for the editor's whole session.
            if (toParse.size() > 1000) {
                System.gc();
            }
            // The index is ready: say so before the open notes' diagnostics are recomputed.
            finish(gen, progress, token);
            ended = true;
            server.diagnostics.republishAll();
            server.refreshCodeLenses();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "indexing failed", e);
        } finally {
            if (!ended) {
                finish(gen, progress, token);
            }
        }
    }

    /** Ends a run's progress; only the newest run ends the indexing, as another may still be reading. */
    private void finish(int gen, boolean progress, String token) {
        if (generation.get() == gen) {
            indexing = false;
            completed.incrementAndGet();
        }
        if (progress) {
            end(token);
        }
    }

    /** Reads a folder's cache and puts its notes into the index (but for open buffers). */
    private Map<String, IndexCache.Entry> fromCache(Path root) {
        Map<String, IndexCache.Entry> cached = cacheOf(root).load();
        for (IndexCache.Entry c : cached.values()) {
            String uri = c.summary().uri();
            if (c.summary().isGlossary() == server.isGlossary(uri) && !server.documents.isOpen(uri)) {
                server.index.put(c.summary());
            }
        }
        return cached;
    }

    /** Was the cached summary read from the file as it is now? */
    private boolean isCurrent(IndexCache.Entry c, NoteFiles.Found f) {
        return c != null && c.size() == f.size() && c.modified() == f.modified()
                && c.summary().isGlossary() == server.isGlossary(c.summary().uri());
    }

    private static Map<String, IndexCache.Entry> loaded(Future<Map<String, IndexCache.Entry>> cache) {
        try {
            return cache.get();
        } catch (Exception e) {
            LOG.log(Level.INFO, "could not read the index cache", e);
            return Map.of();
        }
    }

    /** The cache of a workspace folder for the current file settings. */
    private IndexCache cacheOf(Path root) {
        Settings s = server.settings();
        return IndexCache.forFolder(root, s.include() + "|" + s.exclude() + "|" + s.maxFileSize() + "|" + s.glossary());
    }

    /** Writes the summaries of a folder's notes as read from disk (open buffers are left out). */
    private void saveCache(Path root, List<NoteFiles.Found> found) {
        List<IndexCache.Entry> entries = new ArrayList<>(found.size());
        for (NoteFiles.Found f : found) {
            String uri = ScribeServer.uriOf(f.path());
            NoteSummary s = server.index.get(uri);
            if (s != null && !server.documents.isOpen(uri)) {
                entries.add(new IndexCache.Entry(f.path().toString(), f.size(), f.modified(), s));
            }
        }
        cacheOf(root).save(entries);
    }

    /**
     * Writes the cache again after notes changed while the server ran (at shutdown): files are
     * stat'ed again so that the cache records what each summary was read from.
     */
    void saveCacheIfChanged() {
        if (!changedSinceSave) {
            return;
        }
        NoteFiles files = server.noteFiles();
        for (Path root : server.roots()) {
            saveCache(root, files.find(root, MAX_FILES));
        }
        changedSinceSave = false;
    }

    /**
     * Marks an open note's text as the one the index must learn next; {@link #indexOpen} then
     * indexes it in the background, and a request that comes first indexes it itself. Marking
     * before the diagnostics go out means that no request sent after them misses the edit.
     */
    void expectOpen(OpenDocument doc) {
        openPending.put(doc.uri(), doc);
    }

    /**
     * Indexes the open notes' marked texts, one note at a time in the order given; while typing
     * goes on, only the newest text marked for a note is indexed.
     */
    void indexOpen(String uri) {
        try {
            openThread.execute(() -> indexPending(uri));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            openPending.remove(uri);   // shutting down
        }
    }

    /**
     * Indexes, on the caller's thread, every open note still waiting: a request answered from
     * the index sees each buffer as it was when its diagnostics were published.
     */
    void flushOpen() {
        for (String uri : openPending.keySet()) {
            indexPending(uri);
        }
    }

    /** Taking a text and indexing it happen under one lock, so an older text never lands last. */
    private void indexPending(String uri) {
        synchronized (openPending) {
            OpenDocument newest = openPending.remove(uri);
            if (newest == null || !server.documents.isOpen(uri)) {
                return;   // taken already, or closed meanwhile: the file on disk is indexed instead
            }
            try {
                server.indexOpenDocument(newest);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "could not index " + uri, e);
            }
        }
    }

    /** A note changed on disk, was created or deleted, or its buffer closed: index it again. */
    void refresh(String uri) {
        Path p = ScribeServer.pathOf(uri);
        if (p == null) {
            return;
        }
        changedSinceSave = true;
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
            e.setMessage(server.index.size() + " notes indexed" + (fromCache > 0 ? " (" + fromCache + " from the cache)" : ""));
            client.notifyProgress(new ProgressParams(Either.forLeft(token), Either.forLeft(e)));
        }
    }
}
