package dev.scribe.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scribe.lsp.OpenDocument;
import dev.scribe.notes.NotesParser;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * Typing through incremental didChange events ends in exactly the text, and the model, that
 * opening the final text would give: no edit is lost, doubled or misplaced, whatever the line
 * breaks, emoji, or out-of-range positions the editor sends.
 */
class IncrementalEditsPropertiesTest {

    /** How a change names its range. */
    enum Shape {
        /** start ≤ end, inside the text */
        PLAIN,
        /** end before start: read as the same range */
        REVERSED,
        /** the end's character past the end of its line: the line's end */
        PAST_LINE_END,
        /** the end's line past the last line: the end of the text */
        PAST_LAST_LINE,
        /** no range: the whole text is replaced */
        WHOLE_TEXT
    }

    /** One change; its offsets are taken modulo the length of the text it applies to. */
    record Change(int a, int b, String insert, Shape shape) {
    }

    @Provide
    Arbitrary<String> texts() {
        return NoteTextArbitraries.texts();
    }

    @Provide
    Arbitrary<List<List<Change>>> edits() {
        Arbitrary<String> insert = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("", "x", " ", "\n", "\r\n", "\r", "😀", "Alex: ", "LCM", "?", "- ", "# ",
                        "Launch Control Module (LCM)\n", "\uD83D", "\uDE00")),
                Tuple.of(2, NoteTextArbitraries.anyText().map(t -> t.length() > 30 ? t.substring(0, 30) : t)),
                Tuple.of(1, NoteTextArbitraries.noteLike().map(t -> t.length() > 200 ? t.substring(0, 200) : t)));
        Arbitrary<Shape> shape = Arbitraries.frequency(Tuple.of(20, Shape.PLAIN), Tuple.of(2, Shape.REVERSED),
                Tuple.of(2, Shape.PAST_LINE_END), Tuple.of(2, Shape.PAST_LAST_LINE), Tuple.of(1, Shape.WHOLE_TEXT));
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 100_000);
        Arbitrary<Change> change = Combinators.combine(at, at, insert, shape).as(Change::new);
        // Editors send one change per event mostly, several after a multi-cursor edit or a paste.
        return change.list().ofMinSize(1).ofMaxSize(4).list().ofMaxSize(25);
    }

    @Property(tries = 800)
    void incrementalEditsGiveTheTextAndModelOfTheFinalText(@ForAll("texts") String start,
                                                           @ForAll("edits") List<List<Change>> events) {
        OpenDocument doc = new OpenDocument("file:///notes/typing.txt", "plaintext", 1, start);
        String expected = start;
        int version = 1;
        for (List<Change> event : events) {
            List<TextDocumentContentChangeEvent> changes = new ArrayList<>();
            for (Change c : event) {
                // Each change of an event applies to the text the previous one left (LSP).
                changes.add(toLsp(expected, c));
                expected = apply(expected, c);
            }
            doc = doc.apply(++version, changes);
            assertEquals(expected, doc.text(), "after version " + version);
        }
        assertEquals(ModelDump.of(NotesParser.parse(expected)), ModelDump.of(doc.model()));
    }

    /** The change as an editor would send it against {@code text}. */
    private static TextDocumentContentChangeEvent toLsp(String text, Change c) {
        int a = offset(text, c.a());
        int b = offset(text, c.b());
        int from = Math.min(a, b);
        int to = Math.max(a, b);
        Position start = position(text, from);
        Position end = position(text, to);
        return switch (c.shape()) {
            case PLAIN -> new TextDocumentContentChangeEvent(new Range(start, end), c.insert());
            case REVERSED -> new TextDocumentContentChangeEvent(new Range(end, start), c.insert());
            case PAST_LINE_END -> new TextDocumentContentChangeEvent(
                    new Range(start, new Position(end.getLine(), end.getCharacter() + 1000)), c.insert());
            case PAST_LAST_LINE -> new TextDocumentContentChangeEvent(
                    new Range(start, new Position(lineStarts(text).size() + 3, 2)), c.insert());
            case WHOLE_TEXT -> new TextDocumentContentChangeEvent(c.insert());
        };
    }

    /** What the change must do to {@code text}, computed from offsets alone. */
    private static String apply(String text, Change c) {
        int a = offset(text, c.a());
        int b = offset(text, c.b());
        int from = Math.min(a, b);
        int to = switch (c.shape()) {
            case PLAIN, REVERSED -> Math.max(a, b);
            case PAST_LINE_END -> lineEnd(text, Math.max(a, b));
            case PAST_LAST_LINE -> text.length();
            case WHOLE_TEXT -> -1;
        };
        return to < 0 ? c.insert() : text.substring(0, from) + c.insert() + text.substring(to);
    }

    /**
     * An offset into the text, where a cursor can stand: not between the \r and \n of one line
     * break, which no LSP position can name. (Inside a surrogate pair is allowed: the server
     * must then cut exactly there, as the position says.)
     */
    private static int offset(String text, int any) {
        int o = Math.floorMod(any, text.length() + 1);
        return o > 0 && o < text.length() && text.charAt(o - 1) == '\r' && text.charAt(o) == '\n' ? o - 1 : o;
    }

    // Positions computed here, independently of the server's LineMap: lines end at \r\n, \r or \n.

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            }
            if (ch == '\n' || ch == '\r') {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private static Position position(String text, int offset) {
        List<Integer> starts = lineStarts(text);
        int line = 0;
        while (line + 1 < starts.size() && starts.get(line + 1) <= offset) {
            line++;
        }
        return new Position(line, offset - starts.get(line));
    }

    /** The end of the line holding {@code offset}, before its line break. */
    private static int lineEnd(String text, int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }
}
