package dev.scribe.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.SynchronizationCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * One server process driven over stdio by LSP4J's client launcher, as an editor would: it is
 * started, initialized on the workspace folder, and shut down (or killed) on close.
 */
final class ServerSession implements AutoCloseable {
    final Process process;
    final LanguageServer server;
    final BenchClient client;
    /** System.nanoTime() just before the process was started. */
    final long startedAt;
    private final Thread killOnExit;

    private ServerSession(Process process, LanguageServer server, BenchClient client, long startedAt) {
        this.process = process;
        this.server = server;
        this.client = client;
        this.startedAt = startedAt;
        // If the benchmark is interrupted, the server must not outlive it.
        this.killOnExit = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts a server with its own cache folder ({@code XDG_CACHE_HOME}): the first session of a
     * run indexes from scratch whatever earlier runs left in the user's cache, and its restart
     * finds what the first session wrote.
     */
    static ServerSession start(List<String> command, BenchClient client, Path serverLog, Path cacheHome) throws IOException {
        long t0 = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(serverLog.toFile()));
        builder.environment().put("XDG_CACHE_HOME", cacheHome.toString());
        Process process = builder.start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
                process.getOutputStream());
        launcher.startListening();
        return new ServerSession(process, launcher.getRemoteProxy(), client, t0);
    }

    /** Sends initialize for the workspace folder and waits for the answer; returns when it came. */
    long initialize(Path workspace, long timeoutMs) throws Exception {
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        String uri = workspace.toUri().toASCIIString();
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri, workspace.getFileName().toString())));
        params.setCapabilities(capabilities());
        await(server.initialize(params), timeoutMs);
        return System.nanoTime();
    }

    /** Sends initialized; returns when it was sent. */
    long initialized() {
        long now = System.nanoTime();
        server.initialized(new InitializedParams());
        return now;
    }

    void open(String uri, String languageId, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, 1, text)));
    }

    void close(String uri) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    ProcessMemory.Rss rss() {
        return ProcessMemory.rss(process.toHandle());
    }

    /** What a current editor announces, so that the server turns on what it would for one. */
    private static ClientCapabilities capabilities() {
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setConfiguration(true);
        workspace.setWorkspaceFolders(true);
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        text.setSynchronization(new SynchronizationCapabilities(false, false, true));
        text.setCompletion(new CompletionCapabilities());
        text.setHover(new HoverCapabilities(List.of("markdown", "plaintext"), false));
        DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        text.setDocumentSymbol(symbols);
        PublishDiagnosticsCapabilities diagnostics = new PublishDiagnosticsCapabilities();
        diagnostics.setVersionSupport(true);
        text.setPublishDiagnostics(diagnostics);
        ClientCapabilities caps = new ClientCapabilities();
        caps.setWindow(window);
        caps.setWorkspace(workspace);
        caps.setTextDocument(text);
        return caps;
    }

    static <T> T await(CompletableFuture<T> future, long timeoutMs) throws Exception {
        try {
            return future.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        }
    }

    /** Asks the server to shut down and exit; kills it if it has not ended within a few seconds. */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                await(server.shutdown(), 5_000);
                server.exit();
            }
        } catch (Exception e) {
            // A server that cannot shut down cleanly is killed below.
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().removeShutdownHook(killOnExit);
    }
}
