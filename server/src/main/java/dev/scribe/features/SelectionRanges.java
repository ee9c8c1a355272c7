package dev.scribe.features;

import dev.scribe.notes.LineMap;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.Section;
import dev.scribe.notes.Span;
import dev.scribe.notes.Turn;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SelectionRange;

/** Selection ranges (expand selection): word, sentence, turn, sections from the inside out, note. */
public final class SelectionRanges {
    private SelectionRanges() {
    }

    public static List<SelectionRange> of(NotesDocument doc, List<Position> positions) {
        List<SelectionRange> out = new ArrayList<>();
        for (Position p : positions) {
            out.add(at(doc, Ranges.offset(doc.lines(), p)));
        }
        return out;
    }

    private static SelectionRange at(NotesDocument doc, int offset) {
        String text = doc.text();
        LineMap lines = doc.lines();
        List<Span> spans = new ArrayList<>();
        Span word = Words.at(text, offset);
        if (word != null) {
            spans.add(word);
        }
        spans.add(sentence(text, lines, offset));
        Turn turn = doc.turnAt(offset);
        if (turn != null) {
            spans.add(turn.span());
        }
        for (Section s : doc.sections()) {
            if (s.span().start() <= offset && offset <= s.span().end()) {
                spans.add(s.span());
            }
        }
        spans.sort((a, b) -> Integer.compare(a.length(), b.length()));
        spans.add(new Span(0, text.length()));
        // Innermost first; each range must hold the one before.
        SelectionRange parent = null;
        List<Span> chain = new ArrayList<>();
        for (Span s : spans) {
            Span last = chain.isEmpty() ? new Span(offset, offset) : chain.get(chain.size() - 1);
            if (s.contains(last) && !s.equals(last)) {
                chain.add(s);
            }
        }
        if (chain.isEmpty()) {
            chain.add(new Span(offset, offset));
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            parent = new SelectionRange(Ranges.range(lines, chain.get(i)), parent);
        }
        return parent;
    }

    /** The sentence around the offset, within its line. */
    private static Span sentence(String text, LineMap lines, int offset) {
        int line = lines.lineOf(offset);
        int a = lines.lineStart(line);
        int b = lines.lineEnd(line);
        int s = a;
        for (int i = a; i < offset && i < b - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(text.charAt(i + 1))) {
                s = i + 1;
            }
        }
        while (s < b && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        int e = b;
        for (int i = Math.max(offset, s); i < b; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && (i + 1 == b || Character.isWhitespace(text.charAt(i + 1)))) {
                e = i + 1;   // a sentence ends at a mark before a space, not at "notes.md"
                break;
            }
        }
        return new Span(s, Math.max(e, offset));
    }
}
