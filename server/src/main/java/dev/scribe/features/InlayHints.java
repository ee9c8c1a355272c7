package dev.scribe.features;

import dev.scribe.notes.AcronymDefinition;
import dev.scribe.notes.AcronymUse;
import dev.scribe.notes.NotesDocument;
import dev.scribe.workspace.NotesIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Inlay hints (off by default, {@code scribe.inlayHints.acronyms}): an acronym's expansion
 * after its first use in a note, unless the long form stands on that line already.
 */
public final class InlayHints {
    private InlayHints() {
    }

    public static List<InlayHint> of(String uri, NotesDocument doc, int from, int to, NotesIndex index) {
        List<InlayHint> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AcronymUse u : doc.acronymUses()) {
            if (!seen.add(u.acronym())) {
                continue;
            }
            if (u.span().end() < from || u.span().start() > to) {
                continue;
            }
            String expansion = null;
            AcronymDefinition d = doc.definition(u.acronym());
            if (d != null) {
                if (doc.lines().lineOf(d.span().start()) == doc.lines().lineOf(u.span().start())) {
                    continue;
                }
                expansion = d.expansion();
            } else if (index != null) {
                Definitions.Located l = Definitions.definedElsewhere(uri, u.acronym(), index);
                expansion = l == null ? null : l.definition().expansion();
            }
            if (expansion != null) {
                InlayHint h = new InlayHint(Ranges.position(doc.lines(), u.span().end()), Either.forLeft("(" + expansion + ")"));
                h.setPaddingLeft(true);
                out.add(h);
            }
        }
        return out;
    }
}
