package dev.scribe.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scribe.lsp.Session;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone types into a 5,000-line note at 200 changes a second, with completion and go to
 * definition in between, for 5 s (30 s with -Dscribe.fullStress=true). The editor cancels a
 * request still pending when it sends the next of the same kind, as editors do. Every request is
 * answered, the heap does not grow with the number of versions, and the diagnostics the editor
 * is left with belong to the last version typed.
 */
class TypingStormTest {
    private static final int CHANGES_PER_SECOND = 200;
    private static final String TYPED = "Alex: could we create a separate crypto module for the LCM? ";

    @TempDir
    Path dir;

    @Test
    @Timeout(300)
    void everyRequestIsAnsweredAndTheLastDiagnosticsAreForTheLastVersion() throws Exception {
        String note = fiveThousandLines();
        int seconds = Stress.size(5, 30);
        try (Session s = new Session(dir)) {
            String uri = s.open("2024-05-01-storm.txt", note);
            s.diagnostics(uri);   // the first publication: the note is parsed and indexed
            long heapBefore = usedHeapAfterGc();

            List<CompletableFuture<?>> requests = new ArrayList<>();
            CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion = null;
            CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition = null;
            int line = 2_500;
            int column = 0;
            int changes = seconds * CHANGES_PER_SECOND;
            long inDidChange = 0;
            long start = System.nanoTime();
            for (int i = 0; i < changes; i++) {
                // Keep the pace: change i is due at i / 200 s.
                LockSupport.parkNanos(start + i * (1_000_000_000L / CHANGES_PER_SECOND) - System.nanoTime());
                String ch = i % 80 == 79 ? "\n" : String.valueOf(TYPED.charAt(i % TYPED.length()));
                long t0 = System.nanoTime();
                s.edit(uri, new Range(new Position(line, column), new Position(line, column)), ch);
                inDidChange += System.nanoTime() - t0;
                if (ch.equals("\n")) {
                    line++;
                    column = 0;
                } else {
                    column++;
                }
                if (i % 10 == 0) {
                    cancelIfPending(completion);
                    completion = s.server.getTextDocumentService().completion(
                            new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, column)));
                    requests.add(completion);
                } else if (i % 10 == 5) {
                    cancelIfPending(definition);
                    // On "LCM" in the first copy of the Xen notes, above all the typing.
                    definition = s.server.getTextDocumentService().definition(
                            new DefinitionParams(new TextDocumentIdentifier(uri), new Position(133, 30)));
                    requests.add(definition);
                }
            }
            double rate = changes / ((System.nanoTime() - start) / 1e9);

            int answered = 0;
            int cancelled = 0;
            for (CompletableFuture<?> r : requests) {
                try {
                    r.get(60, TimeUnit.SECONDS);
                    answered++;
                } catch (CancellationException e) {
                    cancelled++;
                }
            }
            // The last of each kind was never cancelled: it answers for the last version, correctly.
            assertEquals(62, definition.get().getLeft().get(0).getRange().getStart().getLine(), "LCM is spelled out on line 63");
            assertTrue(completion.get() != null, "the last completion is answered");
            // And the note is where the typing left it: a new speaker line completes to Alex.
            s.edit(uri, new Range(new Position(line, column), new Position(line, column)), "\nAl");
            assertTrue(Session.labels(s.completion(uri, new Position(line + 1, 2))).contains("Alex"));

            int last = s.versions().get(uri);
            Session.eventually(() -> {
                List<PublishDiagnosticsParams> got = s.client.diagnostics.get(uri);
                return got != null && Integer.valueOf(last).equals(got.get(got.size() - 1).getVersion());
            });
            long heapGrowthMb = (usedHeapAfterGc() - heapBefore) / (1024 * 1024);
            double msPerChange = inDidChange / 1e6 / changes;
            System.out.printf("TypingStormTest: %d changes at %.0f/s, %.2f ms each, %d requests (%d answered, %d cancelled),"
                    + " heap %+d MB%n", changes, rate, msPerChange, requests.size(), answered, cancelled, heapGrowthMb);
            assertEquals(requests.size(), answered + cancelled, "every request answered");
            // didChange runs on the thread that reads the editor's messages: it must stay near the
            // 5 ms between two changes, never waiting for a parse or the index. It measured 0.4 to
            // 10 ms on two cores shared with the requests' parses; 25 ms leaves room for a slow
            // machine and still catches a parse of this note moved into it.
            assertTrue(msPerChange < 25, "a didChange took " + msPerChange + " ms on average");
            // Thousands of versions came and went: what stays is one note, its model and its index entry.
            assertTrue(heapGrowthMb < 64, "the heap grew by " + heapGrowthMb + " MB");
        }
    }

    /** What an editor does when a newer request of the same kind supersedes one still pending. */
    private static void cancelIfPending(CompletableFuture<?> previous) {
        if (previous != null && !previous.isDone()) {
            previous.cancel(true);
        }
    }

    /** The seed notes, the Xen notes first, repeated and cut to 5,000 lines. */
    private static String fiveThousandLines() throws Exception {
        StringBuilder one = new StringBuilder();
        for (String seed : List.of("2020-xen-summit-domb-design-session.txt", "2021-06-10-stratos-sync.txt",
                "2023-09-13-svsm-call.txt")) {
            one.append(Files.readString(ProtocolAbuseTest.SEEDS.resolve(seed), StandardCharsets.UTF_8).stripTrailing())
                    .append("\n\n");
        }
        List<String> lines = new ArrayList<>();
        while (lines.size() < 5_000) {
            lines.addAll(one.toString().lines().toList());
        }
        return String.join("\n", lines.subList(0, 5_000)) + "\n";
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
