package dev.scribe.features;

import static dev.scribe.lsp.Session.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scribe.Cursor;
import dev.scribe.lsp.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CompletionItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Speaker, topic and word completion, as an editor asks for it. */
class CompletionTest {
    @TempDir
    Path dir;

    private static CompletionItem item(List<CompletionItem> items, String label) {
        return items.stream().filter(i -> i.getLabel().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not offered in " + labels(items)));
    }

    @Test
    void speakersOfThisMeetingFirstThenTheSilentParticipants() throws Exception {
        try (Session s = new Session(dir)) {
            List<CompletionItem> items = s.completion("sync.txt", """
                    Participants
                    Mike
                    Alex
                    Arnd

                    Discussion
                    Alex: the reviews are slow.
                    Arnd: I2C in QEMU is useful.
                    Alex: hope rust is the maintained version.
                    |""");
            assertEquals(List.of("Alex", "Arnd", "Mike"), labels(items));
            assertEquals("Alex: ", item(items, "Alex").getTextEdit().getLeft().getNewText());
        }
    }

    @Test
    void writesTheNameInTheNotesOwnStyle() throws Exception {
        try (Session s = new Session(dir)) {
            String bullets = "## Notes\n- Jörg: hi\n- Claudio: yes\n";
            assertEquals("- Jörg: ", item(s.completion("a.md", bullets + "|"), "Jörg").getTextEdit().getLeft().getNewText());
            // After a bullet the user typed, only the name and its colon.
            CompletionItem afterBullet = item(s.completion("b.md", bullets + "- Cl|"), "Claudio");
            assertEquals("Claudio: ", afterBullet.getTextEdit().getLeft().getNewText());
            assertEquals(2, afterBullet.getTextEdit().getLeft().getRange().getStart().getCharacter());
            String dashes = "Participants\nMathieu Poirier\nVincent Guittot\n\nMathieu Poirier - reviews take long\nVincent Guittot - SCMI works\n";
            assertEquals("Vincent Guittot - ", item(s.completion("c.txt", dashes + "|"), "Vincent Guittot")
                    .getTextEdit().getLeft().getNewText());
        }
    }

    @Test
    void everydayWordsAreNeverOfferedAsSpeakers() throws Exception {
        try (Session s = new Session(dir)) {
            List<String> got = labels(s.completion("a.txt", """
                    Sync
                    Tracker: https://tracker.example.org/issues?id=4775
                    Resolution: let's try it
                    Action: nothing now
                    Rich Trott: it has not been an issue so far
                    |"""));
            assertEquals(List.of("Rich Trott"), got);
        }
    }

    @Test
    void peopleFromOtherMeetingsComeAfterThisMeetingsOwn() throws Exception {
        try (Session s = new Session(dir, Map.of(
                "2023-09-06-sync.txt", "Sync\n\nCarlos Lopez: fuzzing helps.\nNicolai Stange: FIPS needs an object file.\nCarlos Lopez: yes\n",
                "2023-01-01-sync.txt", "Sync\n\nOld Timer: long ago.\n"))) {
            List<CompletionItem> items = s.completion("2023-09-13-sync.txt", "Sync\n\nJörg Rödel: hi\n|");
            assertEquals(List.of("Jörg Rödel", "Carlos Lopez", "Nicolai Stange", "Old Timer"), labels(items));
            assertTrue(item(items, "Carlos Lopez").getDetail().contains("other meeting"));
        }
    }

    @Test
    void headingsOfferTopics() throws Exception {
        try (Session s = new Session(dir, Map.of("2023-09-06-sync.md", "# Sync\n## Crypto support\ntext\n## Launch protocol\ntext\n"))) {
            List<CompletionItem> items = s.completion("2023-09-13-sync.md", "# Sync\n## Governance\ntext\n## |");
            assertTrue(labels(items).containsAll(List.of("Governance", "Crypto support", "Launch protocol")), labels(items).toString());
            assertFalse(labels(items).contains("Sync 2"));
        }
    }

    @Test
    void aFolderOfManyMeetingsOffersItsMostDiscussedTopicsAndNarrowsAsYouType() throws Exception {
        Map<String, String> notes = new java.util.HashMap<>();
        for (int i = 0; i < 150; i++) {
            notes.put(String.format("2023-%02d-%02d-sync.md", 1 + i / 28, 1 + i % 28),
                    "# Sync\n## Topic number " + i + "\ntext\n" + (i % 10 == 0 ? "## Crypto support\ntext\n" : ""));
        }
        try (Session s = new Session(dir, notes)) {
            s.awaitIndexed();
            Cursor c = Cursor.of("# Sync\n## |");
            var all = s.completionList(s.open("2024-01-01-sync.md", c.text()), c.position());
            assertEquals(100, all.getItems().size(), "a page of topics, not all 151");
            assertTrue(all.isIncomplete(), "more to come as the user types");
            assertEquals(List.of("Sync", "Crypto support"), labels(all.getItems()).subList(0, 2), "most discussed first");

            Cursor typed = Cursor.of("# Sync\n## number 14|");
            var narrowed = s.completionList(s.open("2024-01-02-sync.md", typed.text()), typed.position());
            // What the editor's fuzzy filter would keep: the letters typed, in order.
            List<String> expected = new java.util.ArrayList<>(List.of("Topic number 104", "Topic number 114",
                    "Topic number 124", "Topic number 134", "Topic number 14"));
            for (int i = 140; i < 150; i++) {
                expected.add("Topic number " + i);
            }
            assertEquals(expected, labels(narrowed.getItems()));
            assertFalse(narrowed.isIncomplete());
        }
    }

    @Test
    void wordsCompleteToAcronymsAndNames() throws Exception {
        try (Session s = new Session(dir)) {
            List<CompletionItem> items = s.completion("a.txt", """
                    Participants
                    Christopher Clark

                    Christopher: the Launch Control Module (LCM) holds it.
                    We could put it in the L|""");
            CompletionItem lcm = item(items, "LCM");
            assertEquals("Launch Control Module", lcm.getDetail());
            assertEquals("LCM", lcm.getTextEdit().getLeft().getNewText());
            assertTrue(labels(s.completion("b.txt", "Participants\nChristopher Clark\n\nask Chr|")).contains("Christopher Clark"));
        }
    }
}
