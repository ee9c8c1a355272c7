package dev.scribe.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scribe.lsp.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole working session over a folder of notes: opening, typing, renaming, quick fixes that
 * would create a glossary, saving, closing, files changing and vanishing on disk, settings and
 * folders changing. The server only ever proposes edits: afterwards every file on disk has the
 * same bytes as before, and no file was added or removed.
 */
class NoLostTextTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void aWholeSessionLeavesEveryFileAsItWas() throws Exception {
        for (String seed : List.of("2020-xen-summit-domb-design-session.txt", "2021-06-10-stratos-sync.txt",
                "2023-09-13-svsm-call.txt")) {
            Files.copy(ProtocolAbuseTest.SEEDS.resolve(seed), dir.resolve(seed));
        }
        Files.writeString(dir.resolve("2024-02-01-follow-up.md"), """
                # Follow-up 2024-02-01

                Participants: Arnd, Alex, Christopher Clark

                ## Launch protocol
                - Armd: the IGVM format is fine?
                - Which entities are to consider?
                - Christopher Clark: the LCM needs a review.
                - TODO: update the wiki
                """, StandardCharsets.UTF_8);
        Files.write(dir.resolve("latin1.txt"), "Notes by J\u00f6rg\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        Map<Path, byte[]> before = snapshot();

        try (Session s = new Session(dir)) {
            List<String> open = new ArrayList<>();
            for (Path p : before.keySet()) {
                open.add(s.open(p.toString(), Files.readString(dir.resolve(p), StandardCharsets.ISO_8859_1)));
            }
            String followUp = s.uri("2024-02-01-follow-up.md");
            String svsm = s.uri("2023-09-13-svsm-call.txt");

            // Typing, as the editor reports it.
            s.edit(followUp, new Range(new Position(9, 0), new Position(9, 0)), "- Alex: and the IGVM?\n");
            s.edit(svsm, new Range(new Position(0, 0), new Position(2, 0)), "");
            s.change(s.uri("latin1.txt"), "Notes by Jörg\n\nJörg: all new text\n");

            // Everything that answers with edits: the answers are proposals only.
            List<Diagnostic> diagnostics = s.diagnostics(followUp);
            assertFalse(diagnostics.isEmpty(), "the follow-up has warnings to fix");
            List<WorkspaceEdit> proposed = new ArrayList<>();
            for (Diagnostic d : diagnostics) {
                for (CodeAction a : s.codeActions(followUp, d.getRange(), List.of(d))) {
                    if (a.getEdit() != null) {
                        proposed.add(a.getEdit());
                    }
                }
            }
            for (CodeAction a : s.codeActions(followUp, new Range(new Position(5, 9), new Position(5, 13)), List.of())) {
                if (a.getEdit() != null) {
                    proposed.add(a.getEdit());   // among them "Add IGVM to the glossary", creating glossary.md
                }
            }
            assertNotNull(s.prepareRename(followUp, new Position(7, 4)), "Christopher Clark can be renamed");
            proposed.add(s.rename(followUp, new Position(7, 4), "Chris Clark"));
            proposed.add(s.rename(followUp, new Position(7, 25), "LCMX"));
            assertTrue(proposed.size() >= 4, "quick fixes and renames proposed: " + proposed.size());
            assertTrue(proposed.stream().anyMatch(e -> e.getDocumentChanges().stream().anyMatch(change -> change.isRight())),
                    "one proposal creates a file (the glossary)");

            // The rest of what an editor asks while the user works.
            s.completion(followUp, new Position(10, 0));
            s.definition(svsm, new Position(10, 5));
            s.references(followUp, new Position(7, 4));
            s.codeLenses(followUp);
            s.semanticTokens(followUp);
            s.highlights(followUp, new Position(7, 4));
            s.links(followUp);
            s.inlayHints(followUp, new Range(new Position(0, 0), new Position(20, 0)));
            s.selectionRanges(followUp, new Position(7, 4));
            s.workspaceSymbols("");
            s.server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(followUp)));

            // Files changing on disk, as the editor's watcher reports them, including one "deleted"
            // that is still there: the server forgets it, it does not remove it.
            s.fileEvent("2021-06-10-stratos-sync.txt", FileChangeType.Changed);
            s.fileEvent("2020-xen-summit-domb-design-session.txt", FileChangeType.Deleted);
            s.fileEvent("never-existed.txt", FileChangeType.Created);
            s.configure("{\"scribe\":{\"glossary\":{\"name\":\"terms\"},\"files\":{\"exclude\":[\"**/latin1.txt\"]}}}");
            WorkspaceFolder folder = new WorkspaceFolder(dir.toUri().toASCIIString(), "notes");
            s.server.getWorkspaceService().didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
                    new WorkspaceFoldersChangeEvent(List.of(), List.of(folder))));
            s.server.getWorkspaceService().didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
                    new WorkspaceFoldersChangeEvent(List.of(folder), List.of())));
            for (String uri : open) {
                s.close(uri);
            }
            // Let the index settle: the follow-up is read from disk again once closed.
            Session.eventually(() -> s.indexedNotes() >= 4);
            assertTrue(s.client.edits.isEmpty(), "the server never asked the editor to apply an edit by itself");
        }

        Map<Path, byte[]> after = snapshot();
        assertEquals(before.keySet(), after.keySet(), "no file was added or removed");
        for (Path p : before.keySet()) {
            assertTrue(Arrays.equals(before.get(p), after.get(p)), p + " changed on disk");
        }
    }

    /** Every file under the folder, by relative path, with its bytes. */
    private Map<Path, byte[]> snapshot() throws IOException {
        Map<Path, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.put(dir.relativize(p), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
