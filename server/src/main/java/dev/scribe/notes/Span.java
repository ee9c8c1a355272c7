package dev.scribe.notes;

/**
 * A stretch of a note's text, as character offsets [start, end). Java strings count UTF-16
 * code units, which is also what LSP positions count, so offsets convert to positions without
 * any re-encoding (see {@link LineMap}).
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** True when the offset lies inside, or right at the end (a cursor just after a word). */
    public boolean touches(int offset) {
        return offset >= start && offset <= end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return other.start < end && start < other.end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
