package dev.scribe.features;

import dev.scribe.notes.AcronymDefinition;
import dev.scribe.notes.AcronymUse;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.Participant;
import dev.scribe.notes.Turn;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;

/** Document highlights: the other mentions, in this note, of the speaker or term under the cursor. */
public final class Highlights {
    private Highlights() {
    }

    public static List<DocumentHighlight> of(NotesDocument doc, int offset) {
        List<DocumentHighlight> out = new ArrayList<>();
        Rename.Target t = Rename.target(doc, offset);
        if (t == null) {
            return out;
        }
        if (t.person()) {
            for (Participant p : doc.participants()) {
                if (p.name().equals(t.name())) {
                    out.add(new DocumentHighlight(Ranges.range(doc.lines(), p.span()), DocumentHighlightKind.Write));
                }
            }
            for (Turn turn : doc.turns()) {
                if (t.name().equals(turn.speaker())) {
                    out.add(new DocumentHighlight(Ranges.range(doc.lines(), turn.nameSpan()), DocumentHighlightKind.Text));
                }
            }
        } else {
            AcronymDefinition d = doc.definition(t.name());
            if (d != null) {
                out.add(new DocumentHighlight(Ranges.range(doc.lines(), d.span()), DocumentHighlightKind.Write));
            }
            for (AcronymUse u : doc.uses(t.name())) {
                out.add(new DocumentHighlight(Ranges.range(doc.lines(), u.span()), DocumentHighlightKind.Text));
            }
        }
        return out;
    }
}
