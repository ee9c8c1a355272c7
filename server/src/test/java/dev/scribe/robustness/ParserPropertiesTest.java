package dev.scribe.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.NotesParser;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.Size;

/**
 * Whatever a user types or opens, the parser and every feature answer: nothing throws, every
 * range points inside the note, and the same text always reads the same way.
 */
class ParserPropertiesTest {

    @Provide
    Arbitrary<String> texts() {
        return NoteTextArbitraries.texts();
    }

    @Provide
    Arbitrary<String> anyText() {
        return NoteTextArbitraries.anyText();
    }

    @Provide
    Arbitrary<String> noteLike() {
        return NoteTextArbitraries.noteLike();
    }

    @Provide
    Arbitrary<String> withHugeLine() {
        return NoteTextArbitraries.withHugeLine();
    }

    @Property(tries = 2000)
    void parsingArbitraryTextNeverFails(@ForAll("anyText") String text) {
        NotesDocument doc = NotesParser.parseStrict(text);
        assertEquals(text, doc.text());
    }

    @Property(tries = 1000)
    void parsingNoteLikeTextNeverFails(@ForAll("noteLike") String text) {
        NotesDocument doc = NotesParser.parseStrict(text);
        assertEquals(text, doc.text());
    }

    @Property(tries = 800)
    void everyFeatureAnswersWithRangesInsideTheNote(@ForAll("texts") String text,
                                                    @ForAll @Size(max = 4) List<Integer> cursors) {
        FeatureSweep.run(text, cursors);
    }

    @Property(tries = 800)
    void noFeaturePointsInsideAnEmoji(@ForAll("texts") String text, @ForAll @Size(max = 4) List<Integer> cursors) {
        NotesDocument doc = NotesParser.parseStrict(text);
        List<FeatureSweep.Seen> split = FeatureSweep.run(doc, cursors).splittingSurrogatePairs();
        assertTrue(split.isEmpty(), () -> "positions between the halves of a surrogate pair: " + split);
    }

    @Property(tries = 800)
    void theSameTextAlwaysReadsTheSame(@ForAll("texts") String text) {
        String first = ModelDump.of(NotesParser.parseStrict(text));
        // A fresh copy of the string, so that nothing can be cached on the instance.
        String again = ModelDump.of(NotesParser.parseStrict(new String(text.toCharArray())));
        assertEquals(first, again);
    }

    /** A 100,000-character line: answered, in bounded time, with ranges inside the note. */
    @Property(tries = 8, shrinking = ShrinkingMode.OFF)
    void aHugeLineIsReadLikeAnyOther(@ForAll("withHugeLine") String text, @ForAll @Size(max = 2) List<Integer> cursors) {
        FeatureSweep.run(text, cursors);
    }

    @Example
    void anEmptyNoteHasNothingInIt() {
        NotesDocument doc = NotesParser.parseStrict("");
        assertEquals(1, doc.lines().lineCount());
        assertTrue(doc.sections().isEmpty() && doc.turns().isEmpty() && doc.questions().isEmpty());
        FeatureSweep.run("", List.of(0, 1, -1));
    }
}
