package dev.scribe.features;

import dev.scribe.notes.LineMap;
import dev.scribe.notes.Span;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Converts between the notes model's offsets and LSP positions (both count UTF-16 units). */
public final class Ranges {
    private Ranges() {
    }

    public static Position position(LineMap lines, int offset) {
        return new Position(lines.lineOf(offset), lines.columnOf(offset));
    }

    public static Range range(LineMap lines, Span span) {
        return new Range(position(lines, span.start()), position(lines, span.end()));
    }

    public static Range range(LineMap lines, int start, int end) {
        return new Range(position(lines, start), position(lines, end));
    }

    /** The offset of an LSP position, clamped into the document; a null position is offset 0. */
    public static int offset(LineMap lines, Position p) {
        if (p == null) {
            return 0;
        }
        return lines.offsetOf(p.getLine(), p.getCharacter());
    }

    public static Range lineRange(LineMap lines, int line) {
        return new Range(new Position(line, 0), new Position(line, lines.lineEnd(line) - lines.lineStart(line)));
    }
}
