package dev.scribe.workspace;

import static dev.scribe.lsp.Session.eventually;
import static dev.scribe.lsp.Session.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scribe.Cursor;
import dev.scribe.lsp.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SymbolInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of notes that know each other: a glossary and a series of weekly meetings. */
class WorkspaceTest {
    @TempDir
    Path dir;

    static Map<String, String> series() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("glossary.md", "# Glossary\n\n- LCM: Launch Control Module\n- TrenchBoot: the project for a dynamic root of trust\n");
        files.put("2023-01-05-sync.md", """
                # Sync 2023-01-05

                ## Participants
                - Alex Rivera
                - Stefano Conti

                ## Crypto support
                Alex Rivera: the Hardened Access Terminals (HAT) design is ready.
                Stefano Conti: good.
                """);
        files.put("2023-01-12-sync.md", """
                # Sync 2023-01-12

                ## Participants
                - Alex Rivera
                - Stefano Conti

                ## Crypto support
                Alex Rivera: the HAT work and the IGVM loader continue.
                Stefano Conti: the LCM needs review.
                Alex Rivera: I will post patches.
                """);
        files.put("notes/2023-01-19-sync.md", """
                # Sync 2023-01-19

                ## Participants
                - Jörg Rödel
                - Stefano Conti

                ## Crypto support
                Jörg Rödel: HAT again, and IGVM too.
                Steffano does not dislike the idea.
                """);
        return files;
    }

    private static List<String> where(List<Location> locations) {
        List<String> out = new ArrayList<>();
        for (Location l : locations) {
            String file = l.getUri().substring(l.getUri().lastIndexOf('/') + 1);
            out.add(file + ":" + (l.getRange().getStart().getLine() + 1));
        }
        return out;
    }

    /** Opens the note of the series with a cursor marked in one of its lines. */
    private static Position openAt(Session s, String name, String marked) {
        Cursor c = Cursor.of(marked);
        s.open(name, c.text());
        return c.position();
    }

    private static String withCursor(String text, String line, String at) {
        int i = text.indexOf(line);
        int k = text.indexOf(at, i);
        return text.substring(0, k) + "|" + text.substring(k);
    }

    @Test
    void anAcronymDefinedOnlyInAnEarlierMeetingResolvesToThatMeeting() throws Exception {
        Map<String, String> files = series();
        try (Session s = new Session(dir, files)) {
            String name = "notes/2023-01-19-sync.md";
            Position p = openAt(s, name, withCursor(files.get(name), "Jörg Rödel: HAT", "HAT"));
            assertEquals(List.of("2023-01-05-sync.md:8"), where(s.definition(s.uri(name), p)));
        }
    }

    @Test
    void theGlossaryComesFirstAndUndefinedTermsGoToTheirEarliestMention() throws Exception {
        Map<String, String> files = series();
        try (Session s = new Session(dir, files)) {
            String name = "2023-01-12-sync.md";
            Position lcm = openAt(s, name, withCursor(files.get(name), "Stefano Conti: the LCM", "LCM"));
            assertEquals(List.of("glossary.md:3"), where(s.definition(s.uri(name), lcm)));
            String later = "notes/2023-01-19-sync.md";
            Position igvm = openAt(s, later, withCursor(files.get(later), "and IGVM", "IGVM"));
            assertEquals("2023-01-12-sync.md:8", where(s.definition(s.uri(later), igvm)).get(0));
            Position tb = openAt(s, "x.md", "We looked at Trench|Boot again.\n");
            assertEquals(List.of("glossary.md:4"), where(s.definition(s.uri("x.md"), tb)));
        }
    }

    @Test
    void referencesFollowTheSeriesInMeetingOrder() throws Exception {
        Map<String, String> files = series();
        try (Session s = new Session(dir, files)) {
            String name = "2023-01-12-sync.md";
            Position hat = openAt(s, name, withCursor(files.get(name), "the HAT work", "HAT"));
            assertEquals(List.of("2023-01-05-sync.md:8", "2023-01-05-sync.md:8", "2023-01-12-sync.md:8",
                    "2023-01-19-sync.md:8"), where(s.references(s.uri(name), hat)));
            Position stefano = openAt(s, name, withCursor(files.get(name), "Stefano Conti: the", "Stefano"));
            // "Steffano" on line 9 of the last meeting is Stefano, misspelled.
            assertEquals(List.of("2023-01-05-sync.md:5", "2023-01-05-sync.md:9", "2023-01-12-sync.md:5",
                    "2023-01-12-sync.md:9", "2023-01-19-sync.md:5", "2023-01-19-sync.md:9"), where(s.references(s.uri(name), stefano)));
            Position topic = openAt(s, name, withCursor(files.get(name), "## Crypto", "Crypto"));
            assertEquals(List.of("2023-01-05-sync.md:7", "2023-01-12-sync.md:7", "2023-01-19-sync.md:7"),
                    where(s.references(s.uri(name), topic)));
        }
    }

    @Test
    void aSpeakerOfManyMeetingsListsTheMeetingsNearestToThisOne() throws Exception {
        // 40 weekly meetings where Alex speaks 40 times: 1,600 mentions, more than a list shows.
        Map<String, String> files = new java.util.TreeMap<>();
        java.time.LocalDate day = java.time.LocalDate.of(2023, 1, 2);
        for (int week = 0; week < 40; week++) {
            files.put(day.plusWeeks(week) + "-sync.md", "# Sync\n\n" + "Alex: one more thing.\nBo: yes.\n".repeat(40));
        }
        try (Session s = new Session(dir, files)) {
            String middle = day.plusWeeks(20) + "-sync.md";
            Position alex = openAt(s, middle, withCursor(files.get(middle), "Alex", "Alex"));

            List<String> found = where(s.references(s.uri(middle), alex));

            assertTrue(found.size() >= 1000 && found.size() <= 1040, found.size() + " mentions");
            List<String> meetings = found.stream().map(f -> f.substring(0, f.indexOf(':'))).distinct().toList();
            assertEquals(middle, meetings.get(meetings.size() / 2), "this meeting in the middle: " + meetings);
            assertTrue(meetings.contains(day.plusWeeks(8) + "-sync.md") && meetings.contains(day.plusWeeks(32) + "-sync.md"),
                    meetings.toString());
            assertFalse(meetings.contains(day + "-sync.md") || meetings.contains(day.plusWeeks(39) + "-sync.md"),
                    "the first and the last meeting are the farthest: " + meetings);
            assertEquals(meetings.stream().sorted().toList(), meetings, "in meeting order");
        }
    }

    @Test
    void codeLensesCountEarlierMeetings() throws Exception {
        Map<String, String> files = series();
        try (Session s = new Session(dir, files)) {
            String uri = s.open("notes/2023-01-19-sync.md", files.get("notes/2023-01-19-sync.md"));
            List<String> lenses = new ArrayList<>();
            for (CodeLens l : s.codeLenses(uri)) {
                lenses.add((l.getRange().getStart().getLine() + 1) + " " + l.getCommand().getTitle());
            }
            assertEquals(List.of("7 discussed in 2 earlier meetings"), lenses);
            String first = s.open("2023-01-05-sync.md", files.get("2023-01-05-sync.md"));
            assertTrue(s.codeLenses(first).isEmpty(), "nothing came before the first meeting");
        }
    }

    @Test
    void workspaceSymbolsFindMeetingsTopicsPeopleAndAcronyms() throws Exception {
        try (Session s = new Session(dir, series())) {
            List<String> names = new ArrayList<>();
            for (SymbolInformation i : s.workspaceSymbols("sync")) {
                names.add(i.getName());
            }
            assertTrue(names.containsAll(List.of("2023-01-05 Sync 2023-01-05", "2023-01-19 Sync 2023-01-19")), names.toString());
            assertEquals("Stefano Conti", s.workspaceSymbols("stefano").get(0).getName());
            assertEquals("Crypto support", s.workspaceSymbols("crpt").get(0).getName(), "fuzzy, like an editor's");
            SymbolInformation hat = s.workspaceSymbols("HAT").get(0);
            assertEquals("HAT", hat.getName());
            assertEquals("Hardened Access Terminals", hat.getContainerName());
        }
    }

    @Test
    void speakersFromOtherMeetingsAndTheirLastWords() throws Exception {
        try (Session s = new Session(dir, series())) {
            List<String> got = labels(s.completion("2023-01-26-sync.md", "# Sync 2023-01-26\n\nJörg Rödel: hello\n|"));
            // Stefano spoke in more meetings, and more lately, than Alex; the glossary is nobody.
            assertEquals(List.of("Jörg Rödel", "Stefano Conti", "Alex Rivera"), got);
            String hover = s.hover("2023-01-26b-sync.md", "# Sync\n\nParticipants: Alex Rivera\n\nAl|ex Rivera: hi\n")
                    .getContents().getRight().getValue();
            assertTrue(hover.contains("Also in 2 other meetings") && hover.contains("I will post patches."), hover);
        }
    }

    @Test
    void aMisspelledSpeakerNamesTheLikelyPerson() throws Exception {
        Map<String, String> files = series();
        try (Session s = new Session(dir, files)) {
            String uri = s.open("notes/2023-01-19-sync.md", files.get("notes/2023-01-19-sync.md"));
            List<Diagnostic> ds = s.diagnostics(uri);
            Diagnostic d = ds.stream().filter(x -> x.getCode().getLeft().equals("misspelled-speaker")).findFirst().orElseThrow();
            assertEquals("'Steffano' looks like a misspelling of Stefano.", d.getMessage().getLeft());
            assertEquals(8, d.getRange().getStart().getLine());
        }
    }

    @Test
    void notesEditedCreatedAndDeletedWhileTheServerRuns() throws Exception {
        Map<String, String> files = series();
        try (Session s = new Session(dir, files)) {
            String later = "notes/2023-01-19-sync.md";
            Position igvm = openAt(s, later, withCursor(files.get(later), "and IGVM", "IGVM"));
            String uri = s.uri(later);

            // Edited in the editor: the buffer defines IGVM in an earlier meeting.
            String earlier = s.open("2023-01-12-sync.md", files.get("2023-01-12-sync.md"));
            s.change(earlier, files.get("2023-01-12-sync.md") + "The Independent Guest Virtual Machine (IGVM) format.\n");
            eventually(() -> where(definition(s, uri, igvm)).equals(List.of("2023-01-12-sync.md:11")));
            // Closed without saving: the file on disk counts again.
            s.close(earlier);
            eventually(() -> where(definition(s, uri, igvm)).get(0).equals("2023-01-12-sync.md:8"));

            // Created on disk: a meeting that spells IGVM out even earlier.
            s.write("2022-12-29-sync.md", "# Sync 2022-12-29\n\nThe Independent Guest Virtual Machine (IGVM) is new.\n");
            s.fileEvent("2022-12-29-sync.md", FileChangeType.Created);
            eventually(() -> where(definition(s, uri, igvm)).equals(List.of("2022-12-29-sync.md:3")));

            // Deleted: no trace of it remains.
            Files.delete(dir.resolve("2022-12-29-sync.md"));
            s.fileEvent("2022-12-29-sync.md", FileChangeType.Deleted);
            eventually(() -> where(definition(s, uri, igvm)).get(0).equals("2023-01-12-sync.md:8"));
            assertFalse(where(s.references(uri, igvm)).toString().contains("2022-12-29"));
            assertTrue(s.workspaceSymbols("2022-12-29").isEmpty());
        }
    }

    /** The message of the last $/progress end the server sent. */
    private static String progressEnd(Session s) throws InterruptedException {
        eventually(() -> s.client.progress.stream().anyMatch(p -> p.getValue().getLeft() instanceof org.eclipse.lsp4j.WorkDoneProgressEnd));
        String last = null;
        for (var p : s.client.progress) {
            if (p.getValue().getLeft() instanceof org.eclipse.lsp4j.WorkDoneProgressEnd e) {
                last = e.getMessage();
            }
        }
        return last;
    }

    private static List<Location> definition(Session s, String uri, Position p) {
        try {
            return s.definition(uri, p);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void indexingReportsProgressAndWatchesTheNotes() throws Exception {
        try (Session s = new Session(dir, series())) {
            eventually(() -> s.client.progress.size() >= 2);
            assertTrue(s.client.progress.get(0).getValue().getLeft() instanceof org.eclipse.lsp4j.WorkDoneProgressBegin);
            assertEquals("workspace/didChangeWatchedFiles", s.client.registrations.get(0).getRegistrations().get(0).getMethod());
            assertEquals(4, s.indexedNotes());
        }
    }

    @Test
    void aRestartReadsUnchangedNotesFromTheCache() throws Exception {
        Map<String, String> files = series();
        Path cache;
        try (Session s = new Session(dir, files)) {
            assertEquals("4 notes indexed", progressEnd(s));
            cache = s.cacheDir;
        }
        try (var listed = Files.list(cache)) {
            assertEquals(1, listed.count(), "one cache file, outside the notes");
        }
        try (var inside = Files.walk(dir)) {
            assertTrue(inside.noneMatch(p -> p.getFileName().toString().endsWith(".bin")));
        }
        Files.writeString(dir.resolve("2023-01-12-sync.md"), files.get("2023-01-12-sync.md") + "More.\n");
        try (Session s = new Session(dir, Map.of())) {
            assertEquals("4 notes indexed (3 from the cache)", progressEnd(s));
            // What came from the cache answers as the parsed notes did.
            String later = "notes/2023-01-19-sync.md";
            Position hat = openAt(s, later, withCursor(files.get(later), "Jörg Rödel: HAT", "HAT"));
            assertEquals(List.of("2023-01-05-sync.md:8"), where(s.definition(s.uri(later), hat)));
            assertEquals(4, s.indexedNotes());
        }
    }

    @Test
    void settingsComeFromTheEditor() throws Exception {
        JsonObject settings = JsonParser.parseString("""
                {"glossary": {"name": "terms"},
                 "files": {"include": ["**/*.md"]},
                 "diagnostics": {"severity": {"unattributed-question": "off"}}}""").getAsJsonObject();
        Map<String, String> files = series();
        files.put("terms.md", "- IGVM: Independent Guest Virtual Machine\n");
        files.put("ignored.txt", "Not a note by the globs.\n");
        try (Session s = new Session(dir, files, settings)) {
            eventually(() -> s.indexedNotes() == 5);
            String later = "notes/2023-01-19-sync.md";
            Position igvm = openAt(s, later, withCursor(files.get(later), "and IGVM", "IGVM"));
            assertEquals(List.of("terms.md:1"), where(s.definition(s.uri(later), igvm)));
            String q = s.open("q.md", "# Q\n\nWho asked this?\n");
            assertTrue(s.diagnostics(q).isEmpty());
        }
    }

    @Test
    void aGlossaryNameWithASpaceIsFound() throws Exception {
        JsonObject settings = JsonParser.parseString("{\"glossary\": {\"name\": \"team terms\"}}").getAsJsonObject();
        // "DomB: the boot domain" spells no letters of DomB: only a glossary defines it so.
        try (Session s = new Session(dir, Map.of("team terms.md", "- DomB: the boot domain\n"), settings)) {
            s.awaitIndexed();
            Cursor c = Cursor.of("# Sync\n\nAlex: Dom|B starts first.\n");
            String uri = s.open("2023-01-26-sync.md", c.text());
            assertEquals(List.of(s.uri("team terms.md") + ":0"), s.definition(uri, c.position()).stream()
                    .map(l -> l.getUri() + ":" + l.getRange().getStart().getLine()).toList());
        }
    }
}
