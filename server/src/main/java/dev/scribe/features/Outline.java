package dev.scribe.features;

import dev.scribe.notes.ActionItem;
import dev.scribe.notes.LineMap;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.Participant;
import dev.scribe.notes.Section;
import dev.scribe.notes.Span;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;

/**
 * The outline view ({@code textDocument/documentSymbol}): sections nested by level, the title
 * with the meeting's date, the participants section with who came. Sections are
 * {@link SymbolKind#String}, as markdown servers do.
 */
public final class Outline {
    private Outline() {
    }

    /**
     * @param participantsAsSymbols list each participant as a symbol under their section; off,
     *     their names stand in the section's detail
     */
    public static List<DocumentSymbol> symbols(NotesDocument doc, boolean participantsAsSymbols) {
        return symbols(doc, participantsAsSymbols, false);
    }

    /**
     * @param actionItems list the action items: those of an "Action items" section under it,
     *     the others under an "Action items" node at the end
     */
    public static List<DocumentSymbol> symbols(NotesDocument doc, boolean participantsAsSymbols, boolean actionItems) {
        List<DocumentSymbol> out = new ArrayList<>();
        List<ActionItem> loose = new ArrayList<>(actionItems ? doc.actionItems() : List.of());
        for (Section s : doc.outline()) {
            out.add(symbol(doc, s, participantsAsSymbols, loose));
        }
        if (!loose.isEmpty()) {
            LineMap lines = doc.lines();
            Span all = new Span(loose.get(0).span().start(), loose.get(loose.size() - 1).span().end());
            DocumentSymbol node = new DocumentSymbol("Action items", SymbolKind.Event, Ranges.range(lines, all),
                    Ranges.range(lines, loose.get(0).span()), loose.size() + (loose.size() == 1 ? " item" : " items"));
            List<DocumentSymbol> children = new ArrayList<>();
            for (ActionItem a : loose) {
                children.add(item(doc, a));
            }
            node.setChildren(children);
            out.add(node);
        }
        return out;
    }

    private static DocumentSymbol item(NotesDocument doc, ActionItem a) {
        String name = a.text().isBlank() ? "(action)" : a.text();
        DocumentSymbol sym = new DocumentSymbol(name.length() > 80 ? name.substring(0, 79) + "…" : name, SymbolKind.Event,
                Ranges.range(doc.lines(), a.span()), Ranges.range(doc.lines(), a.span()),
                (a.owner() == null ? "no owner" : a.owner()) + (a.done() ? ", done" : ""));
        sym.setChildren(List.of());
        return sym;
    }

    private static DocumentSymbol symbol(NotesDocument doc, Section s, boolean participantsAsSymbols, List<ActionItem> loose) {
        LineMap lines = doc.lines();
        String name = s.title().isBlank() ? "(untitled)" : s.title();
        DocumentSymbol sym = new DocumentSymbol(name, SymbolKind.String, Ranges.range(lines, s.span()),
                Ranges.range(lines, s.titleSpan()));
        List<DocumentSymbol> children = new ArrayList<>();
        List<Participant> listed = participantsIn(doc, s);
        if (doc.titleSpan() != null && doc.titleSpan().equals(s.titleSpan()) && doc.date() != null) {
            sym.setDetail(doc.date().toString());
        } else if (s.role() == Section.Role.PARTICIPANTS && !listed.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Participant p : listed) {
                names.add(p.name());
            }
            sym.setDetail(listed.size() + (listed.size() == 1 ? " participant: " : " participants: ") + String.join(", ", names));
            if (participantsAsSymbols) {
                for (Participant p : listed) {
                    children.add(new DocumentSymbol(p.name(), SymbolKind.Object, Ranges.range(lines, p.span()),
                            Ranges.range(lines, p.span()), p.detail().isEmpty() ? null : p.detail()));
                }
            }
        }
        if (s.role() == Section.Role.ACTION_ITEMS) {
            for (java.util.Iterator<ActionItem> it = loose.iterator(); it.hasNext(); ) {
                ActionItem a = it.next();
                if (doc.sectionAt(a.span().start()) == s) {
                    children.add(item(doc, a));
                    it.remove();
                }
            }
        }
        for (Section c : s.children()) {
            children.add(symbol(doc, c, participantsAsSymbols, loose));
        }
        sym.setChildren(children);
        return sym;
    }

    /** The participants listed directly in this section (not in its subsections). */
    private static List<Participant> participantsIn(NotesDocument doc, Section s) {
        List<Participant> out = new ArrayList<>();
        if (s.role() != Section.Role.PARTICIPANTS) {
            return out;
        }
        for (Participant p : doc.participants()) {
            if (s.span().contains(p.span()) && doc.sectionAt(p.span().start()) == s) {
                out.add(p);
            }
        }
        return out;
    }
}
