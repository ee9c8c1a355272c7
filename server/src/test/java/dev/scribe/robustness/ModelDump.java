package dev.scribe.robustness;

import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.Section;
import java.util.Map;
import java.util.TreeMap;

/**
 * A canonical text form of everything the parser read from a note, offsets included: two models
 * are the same model exactly when their dumps are equal, and a failing comparison shows where.
 */
final class ModelDump {
    private ModelDump() {
    }

    static String of(NotesDocument doc) {
        StringBuilder b = new StringBuilder();
        b.append("length ").append(doc.text().length()).append(", lines ").append(doc.lines().lineCount()).append('\n');
        b.append("title ").append(doc.title()).append(' ').append(doc.titleSpan()).append('\n');
        b.append("date ").append(doc.date()).append('\n');
        b.append("style ").append(doc.attributionStyle()).append('\n');
        for (Section s : doc.outline()) {
            section(b, s, 0);
        }
        doc.participants().forEach(p -> b.append("participant ").append(p).append('\n'));
        doc.people().forEach(p -> b.append("person ").append(p).append('\n'));
        doc.turns().forEach(t -> b.append("turn ").append(t).append('\n'));
        doc.questions().forEach(q -> b.append("question ").append(q).append('\n'));
        doc.acronymUses().forEach(u -> b.append("acronym ").append(u).append('\n'));
        for (Map.Entry<String, ?> e : new TreeMap<>(doc.definitions()).entrySet()) {
            b.append("definition ").append(e.getValue()).append('\n');
        }
        doc.unknownNames().forEach(m -> b.append("unknown ").append(m).append('\n'));
        doc.actionItems().forEach(a -> b.append("action ").append(a).append('\n'));
        return b.toString();
    }

    private static void section(StringBuilder b, Section s, int depth) {
        b.append("  ".repeat(depth)).append("section ").append(s.title()).append(" title=").append(s.titleSpan())
                .append(" span=").append(s.span()).append(" level=").append(s.level()).append(' ').append(s.role())
                .append('\n');
        for (Section c : s.children()) {
            section(b, c, depth + 1);
        }
    }
}
