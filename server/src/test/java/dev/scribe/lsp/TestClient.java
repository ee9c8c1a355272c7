package dev.scribe.lsp;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.UnregistrationParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** An editor as the server sees it: records what the server sends, answers what it asks. */
public final class TestClient implements LanguageClient {
    public final Map<String, List<PublishDiagnosticsParams>> diagnostics = new ConcurrentHashMap<>();
    public final List<MessageParams> log = new CopyOnWriteArrayList<>();
    public final List<ProgressParams> progress = new CopyOnWriteArrayList<>();
    public final List<RegistrationParams> registrations = new CopyOnWriteArrayList<>();
    public final List<ApplyWorkspaceEditParams> edits = new CopyOnWriteArrayList<>();
    /** What workspace/configuration answers for the "scribe" section. */
    public volatile JsonObject settings = new JsonObject();

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public synchronized void publishDiagnostics(PublishDiagnosticsParams p) {
        diagnostics.computeIfAbsent(p.getUri(), k -> new CopyOnWriteArrayList<>()).add(p);
        notifyAll();
    }

    @Override
    public void showMessage(MessageParams p) {
        log.add(p);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams p) {
        log.add(p);
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams p) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < p.getItems().size(); i++) {
            out.add(settings);
        }
        return CompletableFuture.completedFuture(out);
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams p) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void notifyProgress(ProgressParams p) {
        progress.add(p);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams p) {
        registrations.add(p);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> unregisterCapability(UnregistrationParams p) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams p) {
        edits.add(p);
        return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(false));
    }

    /** The latest diagnostics published for a URI after {@code after} publications, waiting up to 10 s. */
    public synchronized PublishDiagnosticsParams awaitDiagnostics(String uri, int after) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            List<PublishDiagnosticsParams> got = diagnostics.get(uri);
            if (got != null && got.size() > after) {
                return got.get(got.size() - 1);
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("no diagnostics for " + uri + " within 10 s");
            }
            wait(left);
        }
    }

    public int published(String uri) {
        List<PublishDiagnosticsParams> got = diagnostics.get(uri);
        return got == null ? 0 : got.size();
    }
}
