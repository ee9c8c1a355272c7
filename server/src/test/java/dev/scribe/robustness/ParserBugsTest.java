package dev.scribe.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.NotesParser;
import dev.scribe.notes.Question;
import dev.scribe.notes.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bugs in dev.scribe.notes that the property tests found, kept as the smallest notes that showed them. */
class ParserBugsTest {

    @Test
    void aQuestionInParenthesesRightAfterASpeakerKeepsTheNotesOutline() {
        String note = "Agenda\n\nCrypto support\n- Alex: (why?)\n- Arnd: we could create a separate module.\n";

        NotesDocument doc = NotesParser.parseStrict(note);

        // The outline, the turns and every diagnostic used to vanish from the whole note as soon
        // as this one line was typed; "- Alex: why?" read fine.
        assertEquals(List.of("Agenda", "Crypto support"), doc.sections().stream().map(Section::title).toList());
        assertEquals(2, doc.turns().size(), "turns: " + doc.turns());
        Question q = doc.questions().get(0);
        assertEquals("Alex", q.speaker());
        assertTrue(q.span().of(note).contains("why?"), q.span().of(note));
    }

    @Test
    void aTitleIndentedWithAnIdeographicSpaceIsHighlightedOverItsWords() {
        String note = "\u3000Weekly sync 😀\n\nAlex: hi\n";   // U+3000, as Japanese keyboards type it

        NotesDocument doc = NotesParser.parseStrict(note);

        // The span was [0, 14), "\u3000Weekly sync \uD83D", half of the emoji; the outline's
        // selection, the semantic token and the workspace symbol all pointed there.
        assertEquals("Weekly sync 😀", doc.title());
        assertEquals("Weekly sync 😀", doc.titleSpan().of(note));
        assertEquals("Weekly sync 😀", doc.sections().get(0).titleSpan().of(note));
    }

    @Test
    void aHugeLineOfWordsNavigationLinksOrDomainsIsReadWithoutOverflowingTheStack() {
        for (String line : List.of("Alex: " + "ok ".repeat(40_000), "[next] ".repeat(15_000),
                "Alex Rivera alex at example" + ".org".repeat(25_000))) {
            String note = "Weekly sync\n\n" + line + "\nBo: why not?\n";

            NotesDocument doc = NotesParser.parseStrict(note);   // threw StackOverflowError

            assertEquals("Weekly sync", doc.title());
            assertEquals("Bo", doc.questions().get(0).speaker());
        }
    }
}
