package dev.scribe.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scribe.features.WorkspaceSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.WorkspaceService;

/** {@code workspace/*}: configuration, watched files and folders, workspace-wide requests. */
final class NotesWorkspaceService implements WorkspaceService {
    private static final Logger LOG = Logger.getLogger(NotesWorkspaceService.class.getName());

    private final ScribeServer server;

    NotesWorkspaceService(ScribeServer server) {
        this.server = server;
    }

    /** Asks the editor for the {@code scribe} section, where it can answer. */
    CompletableFuture<Void> fetchConfiguration() {
        var caps = server.capabilities();
        boolean supported = caps.getWorkspace() != null && Boolean.TRUE.equals(caps.getWorkspace().getConfiguration());
        if (!supported || server.client() == null) {
            return CompletableFuture.completedFuture(null);
        }
        ConfigurationItem item = new ConfigurationItem();
        item.setSection("scribe");
        return server.client().configuration(new ConfigurationParams(List.of(item)))
                .orTimeout(5, java.util.concurrent.TimeUnit.SECONDS)
                .handle((values, err) -> {
                    if (err != null) {
                        LOG.info("the editor did not answer workspace/configuration: " + err.getMessage());
                    } else if (values != null && !values.isEmpty() && values.get(0) != null) {
                        server.applySettings(json(values.get(0)));
                    }
                    return null;
                });
    }

    /** Registers for file events on the notes globs, where the editor lets servers do so. */
    void watchFiles() {
        var ws = server.capabilities().getWorkspace();
        if (ws == null || ws.getDidChangeWatchedFiles() == null
                || !Boolean.TRUE.equals(ws.getDidChangeWatchedFiles().getDynamicRegistration()) || server.client() == null) {
            return;
        }
        List<FileSystemWatcher> watchers = new ArrayList<>();
        for (String glob : server.settings().include()) {
            watchers.add(new FileSystemWatcher(Either.forLeft(glob)));
        }
        Registration r = new Registration("scribe-watch-notes", "workspace/didChangeWatchedFiles",
                new DidChangeWatchedFilesRegistrationOptions(watchers));
        server.client().registerCapability(new RegistrationParams(List.of(r)));
    }

    @Override
    public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(
            WorkspaceSymbolParams params) {
        String query = params == null ? "" : params.getQuery();
        return server.requests.run("workspace/symbol", () -> Either.forLeft(WorkspaceSymbols.search(query, server.currentIndex())));
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        Object settings = params == null ? null : params.getSettings();
        JsonElement json = settings == null ? null : json(settings);
        if (json != null && json.isJsonObject() && json.getAsJsonObject().has("scribe")) {
            server.applySettings(json);
        } else {
            // Editors that only say "something changed" expect the server to ask.
            fetchConfiguration();
        }
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        if (params == null || params.getChanges() == null) {
            LOG.warning("didChangeWatchedFiles without changes: ignored");
            return;
        }
        for (FileEvent e : params.getChanges()) {
            if (e != null && e.getUri() != null) {
                server.indexer.refresh(e.getUri());
            } else {
                LOG.warning("didChangeWatchedFiles: an event without a file, ignored");
            }
        }
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        server.indexer.foldersChanged(params);
    }

    private static JsonElement json(Object o) {
        if (o instanceof JsonElement e) {
            return e;
        }
        try {
            return JsonParser.parseString(new com.google.gson.Gson().toJson(o));
        } catch (RuntimeException e) {
            return new JsonObject();
        }
    }
}
