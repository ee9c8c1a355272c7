package dev.scribe.notes;

import java.util.Arrays;

/**
 * Maps character offsets to (line, column) and back. Lines end at \r\n, \r or \n, as LSP counts
 * them; columns are UTF-16 code units, which is what a Java string index already is, so a name
 * like "Jörg" or an emoji needs no special care beyond never splitting a surrogate pair.
 */
public final class LineMap {
    private final int[] starts;
    private final int[] ends;
    private final int length;

    private LineMap(int[] starts, int[] ends, int length) {
        this.starts = starts;
        this.ends = ends;
        this.length = length;
    }

    public static LineMap of(String text) {
        int n = text.length();
        int guess = Math.max(16, Math.min(n / 32, 4096));   // a note's lines run some 50 characters
        int[] starts = new int[guess];
        int[] ends = new int[guess];
        int count = 0;
        int lineStart = 0;
        // The next \n and the next \r, found by indexOf (fast): most notes have no \r at all.
        int nextLf = text.indexOf('\n');
        int nextCr = text.indexOf('\r');
        while (nextLf >= 0 || nextCr >= 0) {
            int i = nextCr < 0 || nextLf >= 0 && nextLf < nextCr ? nextLf : nextCr;
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = lineStart;
            ends[count] = i;
            count++;
            if (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            lineStart = i + 1;
            if (nextLf >= 0 && nextLf < lineStart) {
                nextLf = text.indexOf('\n', lineStart);
            }
            if (nextCr >= 0 && nextCr < lineStart) {
                nextCr = text.indexOf('\r', lineStart);
            }
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count + 1);
            ends = Arrays.copyOf(ends, count + 1);
        }
        starts[count] = lineStart;
        ends[count] = n;
        count++;
        return new LineMap(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), n);
    }

    public int lineCount() {
        return starts.length;
    }

    public int textLength() {
        return length;
    }

    public int lineStart(int line) {
        return starts[clampLine(line)];
    }

    /** Offset of the end of the line, before its line break. */
    public int lineEnd(int line) {
        return ends[clampLine(line)];
    }

    public int lineOf(int offset) {
        int o = Math.max(0, Math.min(offset, length));
        int i = Arrays.binarySearch(starts, o);
        if (i >= 0) {
            return i;
        }
        return Math.max(0, -i - 2);
    }

    public int columnOf(int offset) {
        int o = Math.max(0, Math.min(offset, length));
        int line = lineOf(o);
        return Math.min(o, ends[line]) - starts[line];
    }

    /**
     * The offset of (line, column), clamped into the document: a line past the end gives the end
     * of the text, a column past the end of its line gives the end of that line.
     */
    public int offsetOf(int line, int column) {
        if (line < 0) {
            return 0;
        }
        if (line >= starts.length) {
            return length;
        }
        int start = starts[line];
        return start + Math.max(0, Math.min(column, ends[line] - start));
    }

    private int clampLine(int line) {
        return Math.max(0, Math.min(line, starts.length - 1));
    }
}
