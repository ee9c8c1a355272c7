package dev.scribe.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.scribe.features.NoteTexts;
import dev.scribe.features.SemanticTokensProvider;
import dev.scribe.notes.MeetingDates;
import dev.scribe.notes.NotesParser;
import dev.scribe.workspace.NoteFiles;
import dev.scribe.workspace.NoteSummary;
import dev.scribe.workspace.NotesIndex;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.DocumentLinkOptions;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The language server: lifecycle, capabilities, and the state the services share (open
 * buffers, the workspace index, settings). Features live in {@code dev.scribe.features}; this
 * class only wires them to the protocol.
 */
public final class ScribeServer implements LanguageServer, LanguageClientAware {
    private static final Logger LOG = Logger.getLogger(ScribeServer.class.getName());
    static final String VERSION = versionOf();

    final OpenDocuments documents = new OpenDocuments();
    final NotesIndex index = new NotesIndex();

    /**
     * The index for a request to read: the edits whose diagnostics the editor already has are
     * indexed first, so that no answer is older than what the editor shows.
     */
    NotesIndex currentIndex() {
        indexer.flushOpen();
        return index;
    }
    private volatile Settings settings = new Settings();
    private volatile LanguageClient client;
    private volatile ClientCapabilities capabilities = new ClientCapabilities();
    private final List<Path> roots = new ArrayList<>();
    private volatile boolean shutdown;
    private volatile Runnable onExit;

    private final ExecutorService requestPool = Executors.newFixedThreadPool(2, daemon("scribe-request"));
    private final ScheduledExecutorService diagnosticsThread = Executors.newSingleThreadScheduledExecutor(daemon("scribe-diagnostics"));
    final Requests requests = new Requests(this, requestPool);
    final DiagnosticsPublisher diagnostics = new DiagnosticsPublisher(this, diagnosticsThread);
    final WorkspaceIndexer indexer = new WorkspaceIndexer(this);
    private final NotesTextDocumentService textService = new NotesTextDocumentService(this);
    private final NotesWorkspaceService workspaceService = new NotesWorkspaceService(this);
    private ClientLog log;

    /** @param onExit what {@code exit} does: ends the process in production, nothing in tests */
    public ScribeServer(Runnable onExit) {
        this.onExit = onExit;
    }

    /** What {@code exit} does after the server has stopped its threads. */
    public void onExit(Runnable onExit) {
        this.onExit = onExit;
    }

    public void logTo(ClientLog log) {
        this.log = log;
    }

    /** The protocol asks a server to end when the process that started it is gone. */
    private void watchEditor(Integer pid) {
        if (pid == null) {
            return;
        }
        ProcessHandle.of(pid).ifPresentOrElse(editor -> editor.onExit().thenRun(() -> {
            LOG.warning("the editor (process " + pid + ") has ended: exiting");
            exit();
        }), () -> LOG.warning("the editor's process " + pid + " is not running; serving until the connection closes"));
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
        if (log != null) {
            log.connect(client);
        }
    }

    LanguageClient client() {
        return client;
    }

    Settings settings() {
        return settings;
    }

    ClientCapabilities capabilities() {
        return capabilities;
    }

    List<Path> roots() {
        synchronized (roots) {
            return List.copyOf(roots);
        }
    }

    /** Notes' current texts and versions: open buffers first, then the files on disk. */
    final NoteTexts texts = new NoteTexts() {
        @Override
        public String text(String uri) {
            OpenDocument d = documents.get(uri);
            if (d != null) {
                return d.text();
            }
            Path p = pathOf(uri);
            return p == null ? null : noteFiles().read(p);
        }

        @Override
        public Integer version(String uri) {
            OpenDocument d = documents.get(uri);
            return d == null ? null : d.version();
        }

        @Override
        public String uriFor(String fileName) {
            List<Path> r = roots();
            return r.isEmpty() ? fileName : uriOf(r.get(0).resolve(fileName));
        }
    };

    boolean isGlossary(String uri) {
        return NoteFiles.isGlossary(uri, settings.glossary());
    }

    NoteFiles noteFiles() {
        Settings s = settings;
        return new NoteFiles(s.include(), s.exclude(), s.maxFileSize());
    }

    void applySettings(JsonElement json) {
        Settings next = Settings.from(json);
        boolean filesChanged = !next.include().equals(settings.include()) || !next.exclude().equals(settings.exclude())
                || next.maxFileSize() != settings.maxFileSize() || !next.glossary().equals(settings.glossary());
        settings = next;
        diagnostics.republishAll();
        if (filesChanged) {
            indexer.reindexAll();
        }
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        if (params.getCapabilities() != null) {
            capabilities = params.getCapabilities();
        }
        watchEditor(params.getProcessId());
        Object options = params.getInitializationOptions();
        if (options instanceof JsonElement json) {
            settings = Settings.from(json);
        }
        synchronized (roots) {
            roots.clear();
            if (params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
                for (WorkspaceFolder f : params.getWorkspaceFolders()) {
                    Path p = pathOf(f.getUri());
                    if (p != null) {
                        roots.add(p);
                    }
                }
            } else if (params.getRootUri() != null) {
                Path p = pathOf(params.getRootUri());
                if (p != null) {
                    roots.add(p);
                }
            }
        }
        ServerCapabilities caps = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        caps.setTextDocumentSync(sync);
        caps.setDocumentSymbolProvider(true);
        caps.setFoldingRangeProvider(true);
        caps.setCompletionProvider(new CompletionOptions(false, List.of()));
        caps.setDefinitionProvider(true);
        caps.setHoverProvider(true);
        caps.setReferencesProvider(true);
        caps.setCodeLensProvider(new CodeLensOptions(false));
        caps.setWorkspaceSymbolProvider(true);
        caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        RenameOptions rename = new RenameOptions();
        rename.setPrepareProvider(true);
        caps.setRenameProvider(rename);
        SemanticTokensWithRegistrationOptions tokens = new SemanticTokensWithRegistrationOptions(
                SemanticTokensProvider.legend(), true, true);
        caps.setSemanticTokensProvider(tokens);
        caps.setDocumentHighlightProvider(true);
        caps.setDocumentLinkProvider(new DocumentLinkOptions(false));
        caps.setInlayHintProvider(true);
        caps.setSelectionRangeProvider(true);
        WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
        folders.setSupported(true);
        folders.setChangeNotifications(true);
        caps.setWorkspace(new WorkspaceServerCapabilities(folders));
        LOG.info("Scribe " + VERSION + " starting for " + roots());
        return CompletableFuture.completedFuture(new InitializeResult(caps, new ServerInfo("scribe", VERSION)));
    }

    @Override
    public void initialized(InitializedParams params) {
        workspaceService.watchFiles();
        workspaceService.fetchConfiguration().whenComplete((ok, err) -> indexer.reindexAll());
    }

    /** Asks the editor to fetch code lenses again: the workspace they count has changed. */
    void refreshCodeLenses() {
        var ws = capabilities.getWorkspace();
        if (client != null && ws != null && ws.getCodeLens() != null && Boolean.TRUE.equals(ws.getCodeLens().getRefreshSupport())) {
            client.refreshCodeLenses();
        }
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        indexer.saveCacheIfChanged();
        indexer.stop();
        requestPool.shutdown();
        diagnosticsThread.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        requestPool.shutdownNow();
        diagnosticsThread.shutdownNow();
        indexer.stop();
        try {
            requestPool.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        onExit.run();
    }

    void setFolders(List<WorkspaceFolder> added, List<WorkspaceFolder> removed) {
        synchronized (roots) {
            if (removed != null) {
                for (WorkspaceFolder f : removed) {
                    Path p = pathOf(f.getUri());
                    if (p != null) {
                        roots.remove(p);
                    }
                }
            }
            if (added != null) {
                for (WorkspaceFolder f : added) {
                    Path p = pathOf(f.getUri());
                    if (p != null && !roots.contains(p)) {
                        roots.add(p);
                    }
                }
            }
        }
    }

    boolean isShutdown() {
        return shutdown;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return textService;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspaceService;
    }

    /** Puts an open buffer's summary in the index: open buffers win over the files on disk. */
    void indexOpenDocument(OpenDocument doc) {
        index.put(NoteSummary.of(doc.uri(), doc.model(), MeetingDates.fromFileName(NoteSummary.fileName(doc.uri())),
                isGlossary(doc.uri())));
    }

    /** Diagnostics that need the workspace (misspelled speakers). */
    List<Diagnostic> workspaceDiagnostics(OpenDocument doc) {
        return dev.scribe.features.WorkspaceDiagnostics.of(doc.uri(), doc.model(), index, settings.diagnostics());
    }

    /** Indexes a file from disk, unless an open buffer has it. */
    void indexFile(Path file) {
        String uri = uriOf(file);
        if (documents.isOpen(uri)) {
            return;
        }
        String text = noteFiles().read(file);
        if (text == null) {
            index.remove(uri);
            return;
        }
        index.put(NoteSummary.of(uri, NotesParser.parse(text), MeetingDates.fromFileName(file.getFileName().toString()),
                isGlossary(uri)));
    }

    static Path pathOf(String uri) {
        try {
            URI u = URI.create(uri);
            return "file".equals(u.getScheme()) ? Path.of(u) : null;
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "not a file URI: " + uri);
            return null;
        }
    }

    /** The URI editors use for a file: file:///path, percent-encoded. */
    static String uriOf(Path file) {
        return file.toAbsolutePath().normalize().toUri().toASCIIString();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static String versionOf() {
        String v = ScribeServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    static JsonObject emptyJson() {
        return new JsonObject();
    }

    static <L, R> Either<L, R> right(R r) {
        return Either.forRight(r);
    }
}
