package dev.scribe.features;

import dev.scribe.notes.AcronymDefinition;
import dev.scribe.notes.AcronymUse;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.Person;
import dev.scribe.notes.Turn;
import dev.scribe.workspace.NoteSummary;
import dev.scribe.workspace.NotesIndex;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * Hover ({@code textDocument/hover}): an acronym's expansion and where it is from; a speaker's
 * turns here and the meetings they attended.
 */
public final class Hovers {
    private Hovers() {
    }

    public static Hover hover(String uri, NotesDocument doc, int offset, NotesIndex index, Glossaries glossaries) {
        AcronymUse use = doc.acronymAt(offset);
        if (use != null) {
            return markdown(acronym(uri, doc, use.acronym(), index, glossaries), doc, use.span());
        }
        Turn turn = Definitions.speakerAt(doc, offset);
        if (turn != null && turn.speaker() != null) {
            return markdown(speaker(uri, doc, turn.speaker(), index), doc, turn.nameSpan());
        }
        return null;
    }

    private static Hover markdown(String text, NotesDocument doc, dev.scribe.notes.Span span) {
        Hover h = new Hover(new MarkupContent(MarkupKind.MARKDOWN, text));
        h.setRange(Ranges.range(doc.lines(), span));
        return h;
    }

    static String acronym(String uri, NotesDocument doc, String acr, NotesIndex index, Glossaries glossaries) {
        AcronymDefinition d = doc.definition(acr);
        if (d != null) {
            return "**" + acr + "**: " + d.expansion() + "\n\nSpelled out on line "
                    + (doc.lines().lineOf(d.span().start()) + 1) + " of this note.";
        }
        if (index != null) {
            NoteSummary from = null;
            NoteSummary.Definition def = null;
            for (NoteSummary s : index.byDate()) {
                NoteSummary.Definition x = s.definitions().get(acr);
                if (x != null && !s.uri().equals(uri) && (def == null || glossaries != null && glossaries.isGlossary(s.uri())
                        && !glossaries.isGlossary(from.uri()))) {
                    from = s;
                    def = x;
                }
            }
            if (def != null) {
                return "**" + acr + "**: " + def.expansion() + "\n\nFrom " + meeting(from) + ".";
            }
            int meetings = 0;
            for (NoteSummary s : index.all()) {
                if (!s.uri().equals(uri) && s.acronymUses().containsKey(acr)) {
                    meetings++;
                }
            }
            if (meetings > 0) {
                return "**" + acr + "**: not spelled out in these notes.\n\nAlso used in " + meetings
                        + (meetings == 1 ? " other meeting." : " other meetings.");
            }
        }
        return "**" + acr + "**: not spelled out in these notes.";
    }

    private static String speaker(String uri, NotesDocument doc, String name, NotesIndex index) {
        StringBuilder b = new StringBuilder("**").append(name).append("**");
        Person p = doc.person(name);
        if (p != null) {
            List<String> facts = new ArrayList<>();
            if (p.participant()) {
                facts.add("participant");
            }
            facts.add(p.turns() + (p.turns() == 1 ? " turn" : " turns") + " in this meeting");
            b.append(": ").append(String.join(", ", facts));
        }
        if (index != null) {
            List<NoteSummary> attended = new ArrayList<>();
            for (NoteSummary s : index.byDate()) {
                if (s.uri().equals(uri)) {
                    continue;
                }
                for (NoteSummary.PersonEntry e : s.people()) {
                    if (e.name().equals(name)) {
                        attended.add(s);
                        break;
                    }
                }
            }
            if (!attended.isEmpty()) {
                b.append("\n\nAlso in ").append(attended.size()).append(attended.size() == 1 ? " other meeting:" : " other meetings:");
                int from = Math.max(0, attended.size() - 5);
                for (NoteSummary s : attended.subList(from, attended.size())) {
                    b.append("\n- ").append(meeting(s));
                }
            }
        }
        return b.toString();
    }

    static String meeting(NoteSummary s) {
        String file = s.uri().substring(s.uri().lastIndexOf('/') + 1);
        String title = s.title() == null ? file : s.title();
        return (s.date() == null ? "" : s.date() + " ") + title + (title.equals(file) ? "" : " (" + file + ")");
    }
}
