package dev.scribe.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scribe.Apply;
import dev.scribe.Cursor;
import dev.scribe.lsp.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a note-taker reaches for once the warnings are there: fixes, rename, colours, links. */
class EditingTest {
    @TempDir
    Path dir;

    private static Range at(Position p) {
        return new Range(p, p);
    }

    private static CodeAction action(List<CodeAction> actions, String title) {
        List<String> titles = new ArrayList<>();
        for (CodeAction a : actions) {
            if (a.getTitle().equals(title)) {
                return a;
            }
            titles.add(a.getTitle());
        }
        throw new AssertionError(title + " not offered in " + titles);
    }

    /** Applies an action's edit to the open note and returns the note's new text. */
    private static String applied(Session s, String uri, String text, WorkspaceEdit edit) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(uri, text);
        return Apply.edit(edit, texts, s.versions()).get(uri);
    }

    @Test
    void attributeAQuestionInTheNotesStyleOrMarkItOpen() throws Exception {
        try (Session s = new Session(dir)) {
            String text = "Participants: Alex Rivera, Bo Chen\n\n- Alex Rivera: the patches are in.\n- Is CI green again?\n";
            String uri = s.open("a.md", text);
            List<Diagnostic> ds = s.diagnostics(uri);
            List<CodeAction> actions = s.codeActions(uri, ds.get(0).getRange(), ds);
            CodeAction first = actions.get(0);
            assertEquals("Attribute to Alex Rivera", first.getTitle(), "the speaker just before comes first");
            assertTrue(first.getIsPreferred());
            assertEquals(text.replace("- Is CI", "- Alex Rivera: Is CI"), applied(s, uri, text, first.getEdit()));
            action(actions, "Attribute to Bo Chen");
            assertEquals(text.replace("- Is CI", "- Open question: Is CI"),
                    applied(s, uri, text, action(actions, "Mark as open question").getEdit()));
            // Once marked, the question is no longer flagged.
            int before = s.client.published(uri);
            s.change(uri, text.replace("- Is CI", "- Open question: Is CI"));
            assertTrue(s.client.awaitDiagnostics(uri, before).getDiagnostics().isEmpty());
        }
    }

    @Test
    void correctAMisspelledSpeakerHereOrEverywhere() throws Exception {
        try (Session s = new Session(dir)) {
            String text = "Participants\nArnd\nAlex\n\nNotes\nAlex asked, Armd if you only have VMs.\nArmd again.\n";
            String uri = s.open("a.txt", text);
            Diagnostic d = s.diagnostics(uri).stream().filter(x -> x.getCode().getLeft().equals("misspelled-speaker"))
                    .findFirst().orElseThrow();
            List<CodeAction> actions = s.codeActions(uri, d.getRange(), List.of(d));
            assertEquals(text.replaceFirst("Armd", "Arnd"), applied(s, uri, text, action(actions, "Change to Arnd").getEdit()));
            assertEquals(text.replace("Armd", "Arnd"),
                    applied(s, uri, text, action(actions, "Change every 'Armd' to 'Arnd' in this note").getEdit()));
        }
    }

    @Test
    void addAnUndefinedAcronymToTheGlossaryCreatingItIfNeeded() throws Exception {
        try (Session s = new Session(dir)) {
            Cursor c = Cursor.of("We use IG|VM files.\n");
            String uri = s.open("a.md", c.text());
            CodeAction a = action(s.codeActions(uri, at(c.position()), List.of()), "Add IGVM to the glossary");
            String glossary = s.uri("glossary.md");
            Map<String, String> after = Apply.edit(a.getEdit(), Map.of(uri, c.text()), s.versions());
            assertEquals("# Glossary\n\n- IGVM: \n", after.get(glossary));
            assertEquals(c.text(), after.get(uri));
        }
        try (Session s = new Session(dir.resolve("two"), Map.of("glossary.md", "# Glossary\n\n- LCM: Launch Control Module"))) {
            Cursor c = Cursor.of("We use IG|VM and LCM.\n");
            String uri = s.open("a.md", c.text());
            CodeAction a = action(s.codeActions(uri, at(c.position()), List.of()), "Add IGVM to the glossary");
            String glossary = s.uri("glossary.md");
            Map<String, String> after = Apply.edit(a.getEdit(),
                    Map.of(uri, c.text(), glossary, "# Glossary\n\n- LCM: Launch Control Module"), s.versions());
            assertEquals("# Glossary\n\n- LCM: Launch Control Module\n- IGVM: \n", after.get(glossary));
            Cursor defined = Cursor.of("We use IGVM and L|CM.\n");
            String uri2 = s.open("b.md", defined.text());
            assertTrue(s.codeActions(uri2, at(defined.position()), List.of()).isEmpty(), "LCM is in the glossary");
        }
    }

    @Test
    void addASpeakerMissingFromTheParticipantList() throws Exception {
        try (Session s = new Session(dir)) {
            String text = "## Participants\n- Alex Rivera\n- Bo Chen\n\n## Notes\n- Alex Rivera: hi\n- Cy Diaz: hello\n";
            Cursor c = Cursor.of(text.replace("- Cy", "- C|y"));
            String uri = s.open("a.md", c.text());
            CodeAction a = action(s.codeActions(uri, at(c.position()), List.of()), "Add Cy Diaz to participants");
            assertEquals(text.replace("- Bo Chen\n", "- Bo Chen\n- Cy Diaz\n"), applied(s, uri, text, a.getEdit()));
        }
    }

    @Test
    void renameASpeakerInEveryNoteWithVersionedEdits() throws Exception {
        Map<String, String> files = Map.of(
                "2023-01-05.md", "# Sync\n\nParticipants: Christopher Clark\n\nChristopher: hello\n",
                "2023-01-12.md", "# Sync\n\nChristopher Clark: again\n");
        try (Session s = new Session(dir, files)) {
            Cursor c = Cursor.of("# Sync\n\nChris|topher Clark: third time\n");
            String uri = s.open("2023-01-19.md", c.text());
            assertEquals("Christopher Clark", s.prepareRename(uri, c.position()).getPlaceholder());
            WorkspaceEdit edit = s.rename(uri, c.position(), "Chris Clark");
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put(uri, c.text());
            for (var f : files.entrySet()) {
                texts.put(s.uri(f.getKey()), f.getValue());
            }
            Map<String, String> after = Apply.edit(edit, texts, s.versions());
            assertEquals("# Sync\n\nChris Clark: third time\n", after.get(uri));
            assertEquals("# Sync\n\nParticipants: Chris Clark\n\nChris: hello\n", after.get(s.uri("2023-01-05.md")));
            assertEquals("# Sync\n\nChris Clark: again\n", after.get(s.uri("2023-01-12.md")));
            assertEquals(1, edit.getDocumentChanges().get(0).getLeft().getTextDocument().getVersion(),
                    "the open note's edit carries its version");
            assertNull(s.prepareRename(uri, new Position(0, 0)), "nothing to rename on the heading");
        }
    }

    @Test
    void renameLeavesAlonePlacesOfANoteThatChangedSinceItWasIndexed() throws Exception {
        try (Session s = new Session(dir, Map.of("2023-01-12.md", "# Sync\n\nChristopher Clark: again\n"))) {
            s.awaitIndexed();
            // Changed on disk with no file event yet: the index still has the old text's places.
            String changed = "# Sync\n\nMeeting cancelled: holiday\n";
            s.write("2023-01-12.md", changed);
            Cursor c = Cursor.of("# Sync\n\nChris|topher Clark: third time\n");
            String uri = s.open("2023-01-19.md", c.text());
            WorkspaceEdit edit = s.rename(uri, c.position(), "Chris Clark");
            Map<String, String> after = Apply.edit(edit, Map.of(uri, c.text(), s.uri("2023-01-12.md"), changed), s.versions());
            assertEquals("# Sync\n\nChris Clark: third time\n", after.get(uri));
            assertEquals(changed, after.get(s.uri("2023-01-12.md")), "no edit lands on what is there now");
        }
    }

    @Test
    void renameAnAcronymAcrossNotes() throws Exception {
        try (Session s = new Session(dir, Map.of("b.md", "The LCM again.\n"))) {
            Cursor c = Cursor.of("The Launch Control Module (L|CM) holds it.\n");
            String uri = s.open("a.md", c.text());
            WorkspaceEdit edit = s.rename(uri, c.position(), "LCMX");
            Map<String, String> after = Apply.edit(edit, Map.of(uri, c.text(), s.uri("b.md"), "The LCM again.\n"), s.versions());
            assertEquals("The Launch Control Module (LCMX) holds it.\n", after.get(uri));
            assertEquals("The LCMX again.\n", after.get(s.uri("b.md")));
        }
    }

    @Test
    void semanticTokensColourSpeakersQuestionsAcronymsAndTitles() throws Exception {
        try (Session s = new Session(dir)) {
            String uri = s.open("a.md", "# Sync 2023-09-13\nAlex: does the LCM boot?\nWho knows?\n");
            List<Integer> data = s.semanticTokens(uri);
            // (deltaLine, deltaStart, length, type, modifiers) for each token.
            assertEquals(List.of(
                    0, 2, 5, 0, 0,      // "Sync " title around the date
                    0, 5, 10, 4, 0,     // "2023-09-13" date
                    1, 0, 4, 1, 0,      // "Alex" speaker
                    0, 6, 9, 2, 0,      // "does the " question
                    0, 9, 3, 3, 0,      // "LCM" acronym
                    0, 3, 6, 2, 0,      // " boot?" question
                    1, 0, 10, 2, 4),    // "Who knows?" unattributed question
                    data);
        }
    }

    @Test
    void highlightsLinksHintsAndSelection() throws Exception {
        try (Session s = new Session(dir)) {
            Cursor c = Cursor.of("""
                    [Date Prev][Date Next]
                    Participants: Alex Rivera

                    Alex Rivera: the Launch Control Module (LCM) is ready. See https://x.org/lcm?id=1.
                    Bo: the L|CM docs are in [notes](../2023/notes.md).
                    """);
            String uri = s.open("a.md", c.text());
            List<String> hl = new ArrayList<>();
            for (DocumentHighlight h : s.highlights(uri, c.position())) {
                hl.add(h.getRange().getStart().getLine() + ":" + h.getRange().getStart().getCharacter() + " " + h.getKind());
            }
            assertEquals(List.of("3:17 Write", "3:40 Text", "4:8 Text"), hl);

            List<String> links = new ArrayList<>();
            for (DocumentLink l : s.links(uri)) {
                links.add(l.getTarget());
            }
            assertEquals(List.of(dir.resolve("../2023/notes.md").normalize().toUri().toString(), "https://x.org/lcm?id=1"), links);

            Range all = new Range(new Position(0, 0), new Position(5, 0));
            assertTrue(s.inlayHints(uri, all).isEmpty(), "off unless asked for");
            s.configure("{\"scribe\": {\"inlayHints\": {\"acronyms\": true}}}");
            String other = s.open("b.md", "Bo: the LCM docs.\n\nThe Launch Control Module is big.\n");
            List<InlayHint> hints = s.inlayHints(other, all);
            assertEquals(1, hints.size());
            assertEquals("(Launch Control Module)", hints.get(0).getLabel().getLeft());
            assertEquals(new Position(0, 11), hints.get(0).getPosition());

            List<String> chain = new ArrayList<>();
            for (SelectionRange r = s.selectionRanges(uri, c.position()).get(0); r != null; r = r.getParent()) {
                chain.add(r.getRange().getStart().getLine() + ":" + r.getRange().getStart().getCharacter() + "-"
                        + r.getRange().getEnd().getLine() + ":" + r.getRange().getEnd().getCharacter());
            }
            assertEquals(List.of("4:8-4:11", "4:0-4:50", "0:0-5:0"), chain, "word, sentence and turn, note");
        }
    }

    @Test
    void actionItemsInTheOutlineAndWithoutOwner() throws Exception {
        try (Session s = new Session(dir)) {
            String uri = s.open("a.md", """
                    # Sync
                    Participants: Alex Rivera, Bo Chen

                    ## Notes
                    ACTION: Alex to review the patch
                    TODO: update the wiki

                    ## Action items
                    - [ ] Bo Chen to follow up on release planning
                    """);
            List<DocumentSymbol> symbols = s.symbols(uri);
            DocumentSymbol actions = symbols.get(1);
            assertEquals("Action items", actions.getName());
            assertEquals(List.of("Alex to review the patch", "update the wiki"),
                    actions.getChildren().stream().map(DocumentSymbol::getName).toList());
            DocumentSymbol section = symbols.get(0).getChildren().get(1);
            assertEquals("Action items", section.getName());
            assertEquals("Bo Chen", section.getChildren().get(0).getDetail());
            List<Diagnostic> ds = s.diagnostics(uri);
            assertEquals(List.of("unowned-action@5"), ds.stream()
                    .map(d -> d.getCode().getLeft() + "@" + d.getRange().getStart().getLine()).toList());
            assertTrue(s.workspaceSymbols("review").stream().anyMatch(x -> x.getName().equals("Alex to review the patch")));
        }
    }
}
