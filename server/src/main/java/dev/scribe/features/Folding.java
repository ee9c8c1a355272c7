package dev.scribe.features;

import dev.scribe.notes.LineMap;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.Section;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;

/** Folding ranges ({@code textDocument/foldingRange}): one per section that spans lines. */
public final class Folding {
    private Folding() {
    }

    public static List<FoldingRange> ranges(NotesDocument doc) {
        LineMap lines = doc.lines();
        List<FoldingRange> out = new ArrayList<>();
        for (Section s : doc.sections()) {
            int start = lines.lineOf(s.span().start());
            int end = lines.lineOf(s.span().end());
            if (end > start) {
                FoldingRange r = new FoldingRange(start, end);
                r.setKind(FoldingRangeKind.Region);
                out.add(r);
            }
        }
        return out;
    }
}
