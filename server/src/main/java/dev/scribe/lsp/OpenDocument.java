package dev.scribe.lsp;

import dev.scribe.notes.LineMap;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.NotesParser;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * One version of an editor buffer: its text and, parsed once on first need, its notes model.
 * Immutable apart from that cache, so a request can hold on to the version it started with.
 */
public final class OpenDocument {
    private final String uri;
    private final String languageId;
    private final int version;
    private final String text;
    private final long seq;
    private volatile NotesDocument model;

    private static final java.util.concurrent.atomic.AtomicLong SEQ = new java.util.concurrent.atomic.AtomicLong();

    public OpenDocument(String uri, String languageId, int version, String text) {
        this.uri = uri;
        this.languageId = languageId;
        this.version = version;
        this.text = text == null ? "" : text;
        this.seq = SEQ.incrementAndGet();
    }

    /**
     * Increases with every buffer state the server sees, whatever versions the editor sends:
     * what decides which diagnostics are the newest.
     */
    public long seq() {
        return seq;
    }

    public String uri() {
        return uri;
    }

    public String languageId() {
        return languageId;
    }

    public int version() {
        return version;
    }

    public String text() {
        return text;
    }

    /** The notes model of this version; parsed on first use, then shared. */
    public NotesDocument model() {
        NotesDocument m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = NotesParser.parse(text);
                    model = m;
                }
            }
        }
        return m;
    }

    /**
     * The next version after applying the editor's changes in order. A range past the end of
     * the text is clamped to it, as editors expect; a change without a range replaces the text.
     */
    public OpenDocument apply(int newVersion, List<TextDocumentContentChangeEvent> changes) {
        String t = text;
        for (TextDocumentContentChangeEvent c : changes) {
            if (c == null) {
                continue;
            }
            String insert = c.getText() == null ? "" : c.getText();
            Range r = c.getRange();
            if (r == null) {
                t = insert;
                continue;
            }
            LineMap lines = LineMap.of(t);
            int a = offset(lines, r.getStart());
            int b = offset(lines, r.getEnd());
            if (b < a) {
                int x = a;
                a = b;
                b = x;
            }
            t = t.substring(0, a) + insert + t.substring(b);
        }
        return new OpenDocument(uri, languageId, newVersion, t);
    }

    private static int offset(LineMap lines, Position p) {
        if (p == null) {
            return 0;
        }
        int off = lines.offsetOf(p.getLine(), p.getCharacter());
        return off;
    }
}
