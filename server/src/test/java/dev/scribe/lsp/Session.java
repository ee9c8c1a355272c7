package dev.scribe.lsp;

import dev.scribe.Cursor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * A Scribe server in this JVM, driven through the same {@code LanguageServer} methods an editor's
 * messages reach, with a {@link TestClient} on the other side. For tests of what a user sees.
 */
public final class Session implements AutoCloseable {
    public final ScribeServer server = new ScribeServer(() -> { });
    public final TestClient client = new TestClient();
    public final Path folder;
    /** Where this server keeps its index cache. */
    public final Path cacheDir;
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    public InitializeResult initialized;

    /** A server on an empty workspace folder. */
    public Session(Path folder) throws Exception {
        this(folder, Map.of());
    }

    /** A server on a workspace folder holding these notes (name to text) on disk. */
    public Session(Path folder, Map<String, String> files) throws Exception {
        this(folder, files, null);
    }

    /** A server on a workspace folder holding these notes, whose editor answers these settings. */
    public Session(Path folder, Map<String, String> files, com.google.gson.JsonObject settings) throws Exception {
        this.folder = folder;
        // Each workspace's index cache has a folder of its own, never the user's cache: under
        // target/ in a Maven build, beside the temporary notes folder otherwise.
        Path notes = folder.toAbsolutePath().normalize();
        String caches = System.getProperty("scribe.test.caches");
        cacheDir = caches != null ? Path.of(caches, notes.getFileName().toString()) : Path.of(notes + "-cache");
        System.setProperty("scribe.cache.dir", cacheDir.toString());
        if (settings != null) {
            client.settings = settings;
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            write(f.getKey(), f.getValue());
        }
        server.connect(client);
        InitializeParams p = new InitializeParams();
        ClientCapabilities caps = new ClientCapabilities();
        WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
        ws.setConfiguration(true);
        ws.setWorkspaceFolders(true);
        ws.setDidChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities(true));
        caps.setWorkspace(ws);
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        caps.setWindow(window);
        p.setCapabilities(caps);
        p.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toASCIIString(), "notes")));
        initialized = server.initialize(p).get(10, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        awaitIndexed();
    }

    /** How many notes the workspace index holds. */
    public int indexedNotes() {
        return server.index.size();
    }

    public Path write(String name, String text) throws IOException {
        Path p = folder.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    public String uri(String name) {
        return folder.resolve(name).toUri().toASCIIString();
    }

    /** Waits until the first indexing of the workspace has finished. */
    public void awaitIndexed() throws InterruptedException {
        eventually(() -> server.indexer.completedRuns() >= 1 && !server.indexer.isIndexing());
    }

    /** Opens a note in the editor; the text may carry a {@code |} cursor, which is removed. */
    public String open(String name, String text) {
        String uri = uri(name);
        String languageId = name.endsWith(".md") ? "markdown" : "plaintext";
        versions.put(uri, 1);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, languageId, 1, text.replace("|", ""))));
        return uri;
    }

    public void change(String uri, String text) {
        int v = versions.merge(uri, 1, Integer::sum);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, v), List.of(new TextDocumentContentChangeEvent(text))));
    }

    public void edit(String uri, Range range, String text) {
        int v = versions.merge(uri, 1, Integer::sum);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, v), List.of(new TextDocumentContentChangeEvent(range, text))));
    }

    public void close(String uri) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    /** Opens the note written with a cursor and asks for completion there. */
    public List<CompletionItem> completion(String name, String marked) throws Exception {
        Cursor c = Cursor.of(marked);
        String uri = open(name, c.text());
        return completion(uri, c.position());
    }

    public List<CompletionItem> completion(String uri, Position p) throws Exception {
        return completionList(uri, p).getItems();
    }

    /** The completion list as the editor gets it, its items in the order the editor shows them. */
    public org.eclipse.lsp4j.CompletionList completionList(String uri, Position p) throws Exception {
        CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), p);
        var result = server.getTextDocumentService().completion(params).get(10, TimeUnit.SECONDS);
        boolean incomplete = result.isRight() && result.getRight().isIncomplete();
        List<CompletionItem> items = new ArrayList<>(result.isLeft() ? result.getLeft() : result.getRight().getItems());
        items.sort((a, b) -> String.valueOf(a.getSortText() == null ? a.getLabel() : a.getSortText())
                .compareTo(String.valueOf(b.getSortText() == null ? b.getLabel() : b.getSortText())));
        return new org.eclipse.lsp4j.CompletionList(incomplete, items);
    }

    public static List<String> labels(List<CompletionItem> items) {
        List<String> out = new ArrayList<>();
        for (CompletionItem i : items) {
            out.add(i.getLabel());
        }
        return out;
    }

    public List<Location> definition(String name, String marked) throws Exception {
        Cursor c = Cursor.of(marked);
        String uri = open(name, c.text());
        return definition(uri, c.position());
    }

    public List<Location> definition(String uri, Position p) throws Exception {
        var result = server.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri), p))
                .get(10, TimeUnit.SECONDS);
        List<Location> out = new ArrayList<>();
        if (result.isLeft()) {
            out.addAll(result.getLeft());
        }
        return out;
    }

    public Hover hover(String name, String marked) throws Exception {
        Cursor c = Cursor.of(marked);
        String uri = open(name, c.text());
        return server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), c.position()))
                .get(10, TimeUnit.SECONDS);
    }

    public List<DocumentSymbol> symbols(String uri) throws Exception {
        var result = server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
                .get(10, TimeUnit.SECONDS);
        List<DocumentSymbol> out = new ArrayList<>();
        for (Either<?, DocumentSymbol> e : result) {
            out.add(e.getRight());
        }
        return out;
    }

    public List<Location> references(String uri, Position p) throws Exception {
        org.eclipse.lsp4j.ReferenceParams params = new org.eclipse.lsp4j.ReferenceParams(new TextDocumentIdentifier(uri), p,
                new org.eclipse.lsp4j.ReferenceContext(true));
        return new ArrayList<>(server.getTextDocumentService().references(params).get(10, TimeUnit.SECONDS));
    }

    public List<org.eclipse.lsp4j.CodeLens> codeLenses(String uri) throws Exception {
        return new ArrayList<>(server.getTextDocumentService().codeLens(
                new org.eclipse.lsp4j.CodeLensParams(new TextDocumentIdentifier(uri))).get(10, TimeUnit.SECONDS));
    }

    @SuppressWarnings("deprecation")
    public List<org.eclipse.lsp4j.SymbolInformation> workspaceSymbols(String query) throws Exception {
        return new ArrayList<>(server.getWorkspaceService().symbol(new org.eclipse.lsp4j.WorkspaceSymbolParams(query))
                .get(10, TimeUnit.SECONDS).getLeft());
    }

    /** Tells the server a file changed on disk, as the editor's file watcher does. */
    public void fileEvent(String name, org.eclipse.lsp4j.FileChangeType type) {
        server.getWorkspaceService().didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(
                List.of(new org.eclipse.lsp4j.FileEvent(uri(name), type))));
    }

    /** Waits until the condition holds (the index updates in the background), for up to 10 s. */
    public static void eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }

    /** The editor's version of each open note. */
    public Map<String, Integer> versions() {
        return Map.copyOf(versions);
    }

    public List<org.eclipse.lsp4j.CodeAction> codeActions(String uri, Range range, List<Diagnostic> diagnostics) throws Exception {
        var params = new org.eclipse.lsp4j.CodeActionParams(new TextDocumentIdentifier(uri), range,
                new org.eclipse.lsp4j.CodeActionContext(diagnostics));
        List<org.eclipse.lsp4j.CodeAction> out = new ArrayList<>();
        for (var e : server.getTextDocumentService().codeAction(params).get(10, TimeUnit.SECONDS)) {
            out.add(e.getRight());
        }
        return out;
    }

    public org.eclipse.lsp4j.PrepareRenameResult prepareRename(String uri, Position p) throws Exception {
        var r = server.getTextDocumentService().prepareRename(
                new org.eclipse.lsp4j.PrepareRenameParams(new TextDocumentIdentifier(uri), p)).get(10, TimeUnit.SECONDS);
        return r == null ? null : r.getSecond();
    }

    public org.eclipse.lsp4j.WorkspaceEdit rename(String uri, Position p, String newName) throws Exception {
        return server.getTextDocumentService().rename(
                new org.eclipse.lsp4j.RenameParams(new TextDocumentIdentifier(uri), p, newName)).get(10, TimeUnit.SECONDS);
    }

    public List<Integer> semanticTokens(String uri) throws Exception {
        return server.getTextDocumentService().semanticTokensFull(
                new org.eclipse.lsp4j.SemanticTokensParams(new TextDocumentIdentifier(uri))).get(10, TimeUnit.SECONDS).getData();
    }

    public List<org.eclipse.lsp4j.DocumentHighlight> highlights(String uri, Position p) throws Exception {
        return new ArrayList<>(server.getTextDocumentService().documentHighlight(
                new org.eclipse.lsp4j.DocumentHighlightParams(new TextDocumentIdentifier(uri), p)).get(10, TimeUnit.SECONDS));
    }

    public List<org.eclipse.lsp4j.DocumentLink> links(String uri) throws Exception {
        return server.getTextDocumentService().documentLink(
                new org.eclipse.lsp4j.DocumentLinkParams(new TextDocumentIdentifier(uri))).get(10, TimeUnit.SECONDS);
    }

    public List<org.eclipse.lsp4j.InlayHint> inlayHints(String uri, Range range) throws Exception {
        return server.getTextDocumentService().inlayHint(
                new org.eclipse.lsp4j.InlayHintParams(new TextDocumentIdentifier(uri), range)).get(10, TimeUnit.SECONDS);
    }

    public List<org.eclipse.lsp4j.SelectionRange> selectionRanges(String uri, Position p) throws Exception {
        return server.getTextDocumentService().selectionRange(
                new org.eclipse.lsp4j.SelectionRangeParams(new TextDocumentIdentifier(uri), List.of(p))).get(10, TimeUnit.SECONDS);
    }

    /** Sends settings as the editor does when the user changes them. */
    public void configure(String json) {
        server.getWorkspaceService().didChangeConfiguration(new org.eclipse.lsp4j.DidChangeConfigurationParams(
                com.google.gson.JsonParser.parseString(json)));
    }

    public List<FoldingRange> folding(String uri) throws Exception {
        return server.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri)))
                .get(10, TimeUnit.SECONDS);
    }

    /** The diagnostics published after the last change, waiting for them. */
    public List<Diagnostic> diagnostics(String uri) throws InterruptedException {
        return client.awaitDiagnostics(uri, 0).getDiagnostics();
    }

    @Override
    public void close() {
        try {
            server.shutdown().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("shutdown failed", e);
        } finally {
            server.exit();
        }
    }
}
