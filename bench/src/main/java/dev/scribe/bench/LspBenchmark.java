package dev.scribe.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * One benchmark session against a server process, then a restart on the unchanged workspace:
 * start-up, initial index, memory, request latencies, keystroke-to-diagnostics latency, and
 * memory across repeated open and close of one note.
 */
final class LspBenchmark {
    /** Figures of one session: single values, and latency samples by kind. */
    static final class Run {
        final Map<String, Double> figures = new LinkedHashMap<>();
        final Map<String, Latencies> latencies = new LinkedHashMap<>();
    }

    /** A place to send a request at. */
    private record Spot(String uri, Position position) {
    }

    private record OpenNote(String uri, String text) {
    }

    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z][A-Z0-9]{1,7}\\b");
    /** "Name: ", "- Name: ", "First Last - " at the start of a line. */
    private static final Pattern SPEAKER = Pattern.compile("^(?:- )?(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)(?::| - )");
    private static final List<String> SYMBOL_QUERIES = List.of("a", "sy", "sync", "agenda", "alex", "priya", "tpm",
            "iommu", "release", "crypto support", "action items", "zzqx");
    private static final String TYPED = " and we still need to check the IOMMU path with Priya and the TPM owners?";

    private final Options options;
    private final Workspace workspace;
    private final Path serverLog;

    LspBenchmark(Options options, Workspace workspace, Path serverLog) {
        this.options = options;
        this.workspace = workspace;
        this.serverLog = serverLog;
    }

    Run run() throws Exception {
        Run run = new Run();
        BenchClient client = new BenchClient(settings());
        Path cacheHome = Files.createTempDirectory("scribe-bench-cache");
        try {
            firstSession(run, client, cacheHome);
            restart(run, cacheHome);
            progress("restart timed");
        } finally {
            deleteTree(cacheHome);
        }
        return run;
    }

    private void firstSession(Run run, BenchClient client, Path cacheHome) throws Exception {
        try (ServerSession s = ServerSession.start(options.server, client, serverLog, cacheHome)) {
            run.figures.put("initialize_ms", ms(s.startedAt, s.initialize(workspace.root(), options.timeoutMs)));
            long initializedAt = s.initialized();
            long indexedAt = ServerSession.await(client.firstProgressEnd(), options.indexTimeoutMs);
            run.figures.put("index_ms", ms(initializedAt, indexedAt));
            ProcessMemory.Rss rss = s.rss();
            run.figures.put("rss_after_index_mib", rss.rssMib());
            run.figures.put("peak_rss_after_index_mib", rss.peakMib());
            progress("indexed in %.0f ms, RSS %.0f MiB", run.figures.get("index_ms"), rss.rssMib());

            requests(s, run);
            progress("requests timed");
            typing(s, run);
            progress("keystrokes timed");
            openAndClose(s, run);
            progress("open/close cycles done");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The scribe settings the server asks for: the debounce under test, nothing else. */
    private Map<String, JsonElement> settings() {
        return Map.of("scribe", JsonParser.parseString("{\"diagnostics\": {\"debounceMs\": " + options.debounceMs + "}}"));
    }

    // ----------------------------------------------------------------------------------------
    // Requests

    private void requests(ServerSession s, Run run) throws Exception {
        List<OpenNote> open = new ArrayList<>();
        for (Path p : spread(workspace.notes(), options.open)) {
            OpenNote note = new OpenNote(uri(p), Files.readString(p, StandardCharsets.UTF_8));
            openAndWait(s, note.uri(), note.text());
            open.add(note);
        }
        List<Spot> lineStarts = new ArrayList<>();
        List<Spot> acronyms = new ArrayList<>();
        List<Spot> speakers = new ArrayList<>();
        for (OpenNote note : open) {
            String[] lines = note.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                lineStarts.add(new Spot(note.uri(), new Position(i, 0)));
                Matcher a = ACRONYM.matcher(lines[i]);
                while (a.find()) {
                    acronyms.add(new Spot(note.uri(), new Position(i, (a.start() + a.end()) / 2)));
                }
                Matcher sp = SPEAKER.matcher(lines[i]);
                if (sp.find()) {
                    speakers.add(new Spot(note.uri(), new Position(i, sp.start(1) + 1)));
                }
            }
        }
        List<Spot> names = new ArrayList<>(acronyms);
        names.addAll(speakers);
        Random rng = new Random(options.seed);
        for (List<Spot> spots : List.of(lineStarts, acronyms, names)) {
            Collections.shuffle(spots, rng);
        }
        TextDocumentService docs = s.server.getTextDocumentService();

        run.latencies.put("completion", time(lineStarts, spot -> docs.completion(
                new CompletionParams(id(spot.uri()), spot.position())),
                r -> r == null ? 0 : r.isLeft() ? r.getLeft().size() : r.getRight().getItems().size()));
        run.latencies.put("definition", time(acronyms, spot -> docs.definition(
                new DefinitionParams(id(spot.uri()), spot.position())),
                r -> r == null ? 0 : r.isLeft() ? r.getLeft().size() : r.getRight().size()));
        run.latencies.put("references", time(names, spot -> docs.references(
                new ReferenceParams(id(spot.uri()), spot.position(), new ReferenceContext(true))),
                r -> r == null ? 0 : r.size()));
        run.latencies.put("hover", time(names, spot -> docs.hover(new HoverParams(id(spot.uri()), spot.position())),
                r -> r == null ? 0 : 1));
        run.latencies.put("documentSymbol", time(open, note -> docs.documentSymbol(new DocumentSymbolParams(id(note.uri()))),
                r -> r == null ? 0 : r.stream().mapToInt(e -> e.isLeft() ? 1 : count(e.getRight())).sum()));
        run.latencies.put("workspace/symbol", time(SYMBOL_QUERIES, q -> s.server.getWorkspaceService().symbol(
                new WorkspaceSymbolParams(q)),
                r -> r == null ? 0 : r.isLeft() ? r.getLeft().size() : r.getRight().size()));

        for (OpenNote note : open) {
            closeAndWait(s, note.uri());
        }
    }

    /**
     * Sends warmup + samples requests one after another, cycling through {@code inputs}, and
     * times each from send to answer; the warmup ones are not recorded.
     */
    private <I, R> Latencies time(List<I> inputs, Function<I, CompletableFuture<R>> request, ToIntFunction<R> items) {
        Latencies lat = new Latencies();
        if (inputs.isEmpty()) {
            return lat;
        }
        for (int i = 0; i < options.warmup + options.samples; i++) {
            boolean timed = i >= options.warmup;
            long t0 = System.nanoTime();
            try {
                R result = ServerSession.await(request.apply(inputs.get(i % inputs.size())), options.timeoutMs);
                if (timed) {
                    lat.add(ms(t0, System.nanoTime()));
                    lat.items(items.applyAsInt(result));
                }
            } catch (Exception e) {
                if (timed) {
                    lat.error();
                }
            }
        }
        return lat;
    }

    private static int count(DocumentSymbol symbol) {
        int n = 1;
        if (symbol.getChildren() != null) {
            for (DocumentSymbol child : symbol.getChildren()) {
                n += count(child);
            }
        }
        return n;
    }

    // ----------------------------------------------------------------------------------------
    // Keystrokes

    /**
     * Types one character at a time at the end of a speaker's line in the middle of a long note
     * and times each edit to the first diagnostics published for its version or a newer one:
     * what the editor shows once the typist pauses. Versions the server skips because a newer
     * one came in meanwhile get that newer one's time, so a server that falls behind shows it.
     */
    private void typing(ServerSession s, Run run) throws Exception {
        String uri = typingUri();
        String text = longNote();
        openAndWait(s, uri, text);
        String[] lines = text.split("\n", -1);
        int line = lines.length / 2;
        while (line < lines.length - 1 && !SPEAKER.matcher(lines[line]).find()) {
            line++;
        }
        int column = lines[line].length();
        int keystrokes = options.keystrokes;

        Map<Integer, Long> sentAt = new ConcurrentHashMap<>();
        Latencies lat = new Latencies();
        CompletableFuture<Void> lastAnswered = new CompletableFuture<>();
        int[] newestAnswered = {1};   // only the connection's thread touches it
        int[] versionsPublished = {0};
        s.client.onDiagnostics((params, at) -> {
            if (!uri.equals(params.getUri())) {
                return;
            }
            // Without a version, diagnostics are taken to be for the newest edit sent.
            int version = params.getVersion() != null ? params.getVersion() : sentAt.keySet().stream()
                    .mapToInt(Integer::intValue).max().orElse(1);
            versionsPublished[0]++;
            for (int v = newestAnswered[0] + 1; v <= version; v++) {
                Long sent = sentAt.get(v);
                if (sent != null) {
                    lat.add(Math.max(0, ms(sent, at) - options.debounceMs));
                }
            }
            newestAnswered[0] = Math.max(newestAnswered[0], version);
            if (newestAnswered[0] >= keystrokes + 1) {
                lastAnswered.complete(null);
            }
        });
        long start = System.nanoTime();
        for (int k = 0; k < keystrokes; k++) {
            long due = start + (long) k * options.typingIntervalMs * 1_000_000L;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
            }
            int version = k + 2;
            String ch = String.valueOf(TYPED.charAt(k % TYPED.length()));
            Position at = new Position(line, column + k);
            TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(new Range(at, at), ch);
            sentAt.put(version, System.nanoTime());
            s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
        }
        try {
            ServerSession.await(lastAnswered, options.timeoutMs);
        } catch (TimeoutException e) {
            progress("the last keystroke got no diagnostics within %d s", options.timeoutMs / 1000);
        }
        s.client.onDiagnostics((params, at) -> { });
        run.latencies.put("keystroke", lat);
        run.figures.put("keystrokes_sent", (double) keystrokes);
        run.figures.put("keystroke_publishes", (double) versionsPublished[0]);
        closeAndWait(s, uri);
    }

    /** A note of --typing-lines lines that is not on disk, so it leaves the workspace alone. */
    private String typingUri() {
        return uri(workspace.root().resolve("scribe-bench-typing.md"));
    }

    private String longNote() {
        int lines = options.typingLines;
        return new CorpusGenerator(options.seed, CorpusGenerator.Format.MD, 0, lines, lines).note(0).text();
    }

    // ----------------------------------------------------------------------------------------
    // Memory across open and close

    /** Opens and closes the long note many times: the server's memory should end where it began. */
    private void openAndClose(ServerSession s, Run run) throws Exception {
        String uri = typingUri();
        String text = longNote();
        Optional<Double> heapBefore = ProcessMemory.liveHeapMib(s.process.toHandle());
        double rssBefore = s.rss().rssMib();
        long t0 = System.nanoTime();
        for (int i = 0; i < options.openClose; i++) {
            openAndWait(s, uri, text);
            closeAndWait(s, uri);
        }
        run.figures.put("open_close_mean_cycle_ms", ms(t0, System.nanoTime()) / Math.max(1, options.openClose));
        Optional<Double> heapAfter = ProcessMemory.liveHeapMib(s.process.toHandle());
        run.figures.put("open_close_cycles", (double) options.openClose);
        run.figures.put("open_close_rss_before_mib", rssBefore);
        run.figures.put("open_close_rss_after_mib", s.rss().rssMib());
        heapBefore.ifPresent(h -> run.figures.put("open_close_live_heap_before_mib", h));
        heapAfter.ifPresent(h -> run.figures.put("open_close_live_heap_after_mib", h));
    }

    // ----------------------------------------------------------------------------------------
    // Restart

    /**
     * A second server on the unchanged workspace, as after an editor restart: how soon it is
     * ready (initialize sent to the end of its index), which an on-disk cache should shorten.
     */
    private void restart(Run run, Path cacheHome) throws Exception {
        BenchClient client = new BenchClient(settings());
        try (ServerSession s = ServerSession.start(options.server, client, serverLog, cacheHome)) {
            long initializeSent = System.nanoTime();
            long answered = s.initialize(workspace.root(), options.timeoutMs);
            long initializedAt = s.initialized();
            long indexedAt = ServerSession.await(client.firstProgressEnd(), options.indexTimeoutMs);
            run.figures.put("restart_initialize_ms", ms(s.startedAt, answered));
            run.figures.put("restart_index_ms", ms(initializedAt, indexedAt));
            run.figures.put("restart_ready_ms", ms(initializeSent, indexedAt));
            run.figures.put("restart_ready_from_process_start_ms", ms(s.startedAt, indexedAt));
            run.figures.put("restart_rss_after_index_mib", s.rss().rssMib());
        }
    }

    // ----------------------------------------------------------------------------------------

    private void openAndWait(ServerSession s, String uri, String text) throws Exception {
        CompletableFuture<Long> published = s.client.nextDiagnostics(uri);
        s.open(uri, uri.endsWith(".md") ? "markdown" : "plaintext", text);
        ServerSession.await(published, options.timeoutMs);
    }

    /**
     * Closes a note and waits for the server to clear its diagnostics, so that the clearing does
     * not pass for the diagnostics of the next open.
     */
    private void closeAndWait(ServerSession s, String uri) throws Exception {
        CompletableFuture<Long> cleared = s.client.nextDiagnostics(uri);
        s.close(uri);
        try {
            ServerSession.await(cleared, 2_000);
        } catch (TimeoutException e) {
            // A server may leave the diagnostics of closed notes alone.
        }
    }

    /** {@code n} notes spread evenly over the sorted list, so every folder and size has a say. */
    private static List<Path> spread(List<Path> notes, int n) {
        List<Path> picked = new ArrayList<>();
        int count = Math.min(n, notes.size());
        for (int i = 0; i < count; i++) {
            picked.add(notes.get((int) ((long) i * notes.size() / count)));
        }
        return picked;
    }

    private static String uri(Path p) {
        return p.toUri().toASCIIString();
    }

    private static TextDocumentIdentifier id(String uri) {
        return new TextDocumentIdentifier(uri);
    }

    static double ms(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e6;
    }

    static void progress(String format, Object... args) {
        System.err.println("  " + String.format(format, args));
    }
}
