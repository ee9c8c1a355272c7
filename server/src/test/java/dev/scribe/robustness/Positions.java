package dev.scribe.robustness;

import dev.scribe.notes.LineMap;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * What an editor needs of every position and range the server sends: inside the text, start
 * before end, and never between the two halves of a surrogate pair (an emoji), which editors
 * either reject or render as broken characters.
 */
final class Positions {
    private final String what;
    private final String text;
    private final LineMap lines;

    Positions(String what, String text) {
        this.what = what;
        this.text = text;
        this.lines = LineMap.of(text);
    }

    /** The offset of a position that must lie inside the text; fails the test otherwise. */
    int check(String where, Position p) {
        if (p == null) {
            throw new AssertionError(what + ": " + where + " has no position");
        }
        int line = p.getLine();
        if (line < 0 || line >= lines.lineCount()) {
            throw new AssertionError(what + ": " + where + " " + show(p) + " is past the last line (" + lines.lineCount()
                    + " lines)");
        }
        int length = lines.lineEnd(line) - lines.lineStart(line);
        if (p.getCharacter() < 0 || p.getCharacter() > length) {
            throw new AssertionError(what + ": " + where + " " + show(p) + " is past the end of its line (" + length
                    + " characters)");
        }
        return lines.lineStart(line) + p.getCharacter();
    }

    void check(String where, Range r) {
        if (r == null) {
            throw new AssertionError(what + ": " + where + " has no range");
        }
        int a = check(where + " start", r.getStart());
        int b = check(where + " end", r.getEnd());
        if (b < a) {
            throw new AssertionError(what + ": " + where + " ends before it starts: " + show(r));
        }
    }

    /** Is this range inside the other one? */
    boolean within(Range inner, Range outer) {
        return offset(inner.getStart()) >= offset(outer.getStart()) && offset(inner.getEnd()) <= offset(outer.getEnd());
    }

    int offset(Position p) {
        return lines.offsetOf(p.getLine(), p.getCharacter());
    }

    /** Does the position fall between a high and a low surrogate? */
    boolean splitsSurrogatePair(Position p) {
        int o = offset(p);
        return o > 0 && o < text.length() && Character.isHighSurrogate(text.charAt(o - 1))
                && Character.isLowSurrogate(text.charAt(o));
    }

    static String show(Position p) {
        return p.getLine() + ":" + p.getCharacter();
    }

    static String show(Range r) {
        return show(r.getStart()) + "-" + show(r.getEnd());
    }
}
