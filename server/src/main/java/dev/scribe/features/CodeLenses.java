package dev.scribe.features;

import dev.scribe.notes.AcronymDefinition;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.Section;
import dev.scribe.workspace.NoteSummary;
import dev.scribe.workspace.NotesIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;

/**
 * Code lenses ({@code textDocument/codeLens}): over a section title or a defined acronym, how
 * many earlier meetings discussed it ("discussed in 4 earlier meetings").
 */
public final class CodeLenses {
    private CodeLenses() {
    }

    /** Sections every meeting has: counting them says nothing. */
    private static final Set<Section.Role> ROUTINE = Set.of(Section.Role.TITLE, Section.Role.PARTICIPANTS,
            Section.Role.AGENDA, Section.Role.DATE, Section.Role.ACTION_ITEMS);

    public static List<CodeLens> lenses(String uri, NotesDocument doc, NotesIndex index) {
        List<CodeLens> out = new ArrayList<>();
        if (index == null) {
            return out;
        }
        LocalDate date = NoteSummary.meetingDate(uri, doc);
        for (Section s : doc.sections()) {
            if (ROUTINE.contains(s.role()) || doc.titleSpan() != null && doc.titleSpan().equals(s.titleSpan())) {
                continue;
            }
            int n = index.countBefore(false, NoteSummary.topicKey(s.title()), date, uri);
            if (n > 0) {
                out.add(lens(doc, s.titleSpan(), "discussed in " + n + (date == null ? " other" : " earlier")
                        + (n == 1 ? " meeting" : " meetings")));
            }
        }
        for (AcronymDefinition d : doc.definitions().values()) {
            int n = index.countBefore(true, d.acronym(), date, uri);
            if (n > 0) {
                out.add(lens(doc, d.span(), d.acronym() + " discussed in " + n + (date == null ? " other" : " earlier")
                        + (n == 1 ? " meeting" : " meetings")));
            }
        }
        return out;
    }

    private static CodeLens lens(NotesDocument doc, dev.scribe.notes.Span span, String title) {
        // No command to run: the lens is information, and every editor shows a title-only lens.
        return new CodeLens(Ranges.range(doc.lines(), span), new Command(title, ""), null);
    }
}
