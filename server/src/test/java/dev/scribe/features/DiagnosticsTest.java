package dev.scribe.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scribe.lsp.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warnings a note-taker sees while typing. */
class DiagnosticsTest {
    @TempDir
    Path dir;

    /** "line:character-character code" for each diagnostic, for compact assertions. */
    private static List<String> brief(List<Diagnostic> ds) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : ds) {
            Range r = d.getRange();
            out.add(r.getStart().getLine() + ":" + r.getStart().getCharacter() + "-" + r.getEnd().getCharacter() + " "
                    + d.getCode().getLeft());
        }
        return out;
    }

    @Test
    void aQuestionWithoutSpeakerIsFlaggedOverItsText() throws Exception {
        try (Session s = new Session(dir)) {
            String uri = s.open("a.txt", """
                    Crypto support

                      - Jörg: We could create a separate crypto module.
                        - But how to choose?
                      - Which entities are to consider?
                    """);
            List<Diagnostic> ds = s.diagnostics(uri);
            assertEquals(List.of("4:4-35 unattributed-question"), brief(ds));
            Diagnostic d = ds.get(0);
            assertEquals(DiagnosticSeverity.Warning, d.getSeverity());
            assertEquals("scribe", d.getSource());
        }
    }

    @Test
    void questionsCreditedToSomeoneAreNot() throws Exception {
        try (Session s = new Session(dir)) {
            String uri = s.open("a.txt", """
                    _Jason Andryuk, Q: does the hypervisor construct multiple domains?_
                    Christopher: if the dom0 kernel is detected as compressed, Xen will
                    decompress it. Does that matter?
                    * Domenic: what would we do? Print to stderr?
                    """);
            assertEquals(List.of(), s.diagnostics(uri));
        }
    }

    @Test
    void openQuestionsAreQuietUnlessAskedFor() throws Exception {
        try (Session s = new Session(dir)) {
            String text = """
                    ## Agenda
                    1. Is attestation ready for review?
                    2. Roadmap

                    ## Roadmap
                    Do we need a C version?
                    """;
            String uri = s.open("a.md", text);
            assertEquals(List.of("5:0-23 unattributed-question"), brief(s.diagnostics(uri)));
            JsonObject on = JsonParser.parseString("{\"scribe\": {\"diagnostics\": {\"openQuestions\": true}}}").getAsJsonObject();
            int before = s.client.published(uri);
            s.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(on));
            List<Diagnostic> ds = s.client.awaitDiagnostics(uri, before).getDiagnostics();
            assertEquals(List.of("1:3-35 unattributed-question", "5:0-23 unattributed-question"), brief(ds));
            assertEquals(DiagnosticSeverity.Information, ds.get(0).getSeverity());
        }
    }

    @Test
    void anUnknownSpeakerIsInformation() throws Exception {
        try (Session s = new Session(dir)) {
            String uri = s.open("a.txt", "??: Arm uses device tree\n");
            List<Diagnostic> ds = s.diagnostics(uri);
            assertEquals(List.of("0:0-2 unknown-speaker"), brief(ds));
            assertEquals(DiagnosticSeverity.Information, ds.get(0).getSeverity());
        }
    }

    @Test
    void typingUpdatesTheDiagnosticsOfTheLatestVersion() throws Exception {
        try (Session s = new Session(dir)) {
            String uri = s.open("a.txt", "Alex: hello\n");
            assertEquals(List.of(), s.diagnostics(uri));
            int before = s.client.published(uri);
            // Type a question on a new line, one character at a time, as an editor sends it.
            String typed = "Who asked?";
            for (int i = 0; i < typed.length(); i++) {
                s.edit(uri, new Range(new Position(1, i), new Position(1, i)), typed.substring(i, i + 1));
            }
            var last = s.client.awaitDiagnostics(uri, before);
            assertEquals(List.of("1:0-10 unattributed-question"), brief(last.getDiagnostics()));
            assertEquals(1 + typed.length(), last.getVersion());
            assertTrue(s.client.published(uri) - before <= 2, "debounced: one or two publications, not one per key");
        }
    }

    @Test
    void positionsCountUtf16UnitsAfterAccentsAndEmoji() throws Exception {
        try (Session s = new Session(dir)) {
            String uri = s.open("a.txt", "Roger Pau Monné: fine 🚀\n🚀 Jürgen Groß, is it?\n");
            List<Diagnostic> ds = s.diagnostics(uri);
            assertEquals(List.of("1:0-22 unattributed-question"), brief(ds));
        }
    }
}
