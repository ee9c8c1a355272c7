package dev.scribe.bench;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The editor side: answers what the server asks (configuration, progress tokens, capability
 * registrations) and notes when progress ends and diagnostics arrive, with the time they did.
 */
final class BenchClient implements LanguageClient {
    private final Map<String, JsonElement> sections;
    private final CompletableFuture<Long> firstProgressEnd = new CompletableFuture<>();
    private volatile BiConsumer<PublishDiagnosticsParams, Long> diagnosticsListener = (p, t) -> { };
    private final Map<String, CompletableFuture<Long>> firstDiagnostics = new ConcurrentHashMap<>();
    private long lastProgressShown = System.nanoTime();

    /** @param sections what to answer to workspace/configuration, by section name */
    BenchClient(Map<String, JsonElement> sections) {
        this.sections = sections;
    }

    /** Completes with System.nanoTime() of the first {@code $/progress} end (the initial index). */
    CompletableFuture<Long> firstProgressEnd() {
        return firstProgressEnd;
    }

    /** Completes when the first diagnostics for {@code uri} arrive after this call. */
    CompletableFuture<Long> nextDiagnostics(String uri) {
        CompletableFuture<Long> f = new CompletableFuture<>();
        firstDiagnostics.put(uri, f);
        return f;
    }

    /** Called on the connection's thread for every publishDiagnostics, with its arrival time. */
    void onDiagnostics(BiConsumer<PublishDiagnosticsParams, Long> listener) {
        this.diagnosticsListener = listener;
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        long now = System.nanoTime();
        CompletableFuture<Long> waiting = firstDiagnostics.remove(params.getUri());
        if (waiting != null) {
            waiting.complete(now);
        }
        diagnosticsListener.accept(params, now);
    }

    @Override
    public void notifyProgress(ProgressParams params) {
        if (!params.getValue().isLeft()) {
            return;
        }
        if (params.getValue().getLeft() instanceof WorkDoneProgressEnd) {
            firstProgressEnd.complete(System.nanoTime());
        } else if (params.getValue().getLeft() instanceof WorkDoneProgressReport report && report.getMessage() != null) {
            // A large workspace takes minutes to index: say how far it got, every ten seconds at most.
            long now = System.nanoTime();
            if (now - lastProgressShown > 10_000_000_000L) {
                lastProgressShown = now;
                LspBenchmark.progress("indexing: %s", report.getMessage());
            }
        }
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        List<Object> answers = new ArrayList<>();
        for (ConfigurationItem item : params.getItems()) {
            answers.add(item.getSection() == null ? null : sections.get(item.getSection()));
        }
        return CompletableFuture.completedFuture(answers);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> refreshCodeLenses() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> refreshDiagnostics() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams params) {
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {
    }
}
