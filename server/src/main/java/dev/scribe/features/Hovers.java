package dev.scribe.features;

import dev.scribe.notes.AcronymDefinition;
import dev.scribe.notes.AcronymUse;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.Person;
import dev.scribe.notes.Span;
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
 * turns here, the meetings they attended and what they said last.
 */
public final class Hovers {
    private Hovers() {
    }

    public static Hover hover(String uri, NotesDocument doc, int offset, NotesIndex index) {
        AcronymUse use = doc.acronymAt(offset);
        if (use != null) {
            return markdown(acronym(uri, doc, use.acronym(), index), doc, use.span());
        }
        Turn turn = Definitions.speakerAt(doc, offset);
        if (turn != null && turn.speaker() != null) {
            return markdown(speaker(uri, doc, turn.speaker(), index), doc, turn.nameSpan());
        }
        Span word = Words.at(doc.text(), offset);
        if (word != null && index != null) {
            String w = word.of(doc.text());
            Definitions.Located d = Definitions.definedElsewhere(uri, w, index);
            if (d != null) {
                return markdown("**" + w + "**: " + d.definition().expansion() + "\n\nFrom " + meeting(d.note()) + ".", doc, word);
            }
        }
        return null;
    }

    private static Hover markdown(String text, NotesDocument doc, Span span) {
        Hover h = new Hover(new MarkupContent(MarkupKind.MARKDOWN, text));
        h.setRange(Ranges.range(doc.lines(), span));
        return h;
    }

    static String acronym(String uri, NotesDocument doc, String acr, NotesIndex index) {
        AcronymDefinition d = doc.definition(acr);
        if (d != null) {
            return "**" + acr + "**: " + d.expansion() + "\n\nSpelled out on line "
                    + (doc.lines().lineOf(d.span().start()) + 1) + " of this note.";
        }
        if (index != null) {
            Definitions.Located from = Definitions.definedElsewhere(uri, acr, index);
            if (from != null) {
                return "**" + acr + "**: " + from.definition().expansion() + "\n\nFrom " + meeting(from.note()) + ".";
            }
            int meetings = index.withAcronym(acr, uri).size();
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
            List<NoteSummary> attended = index.withPerson(name, uri);
            if (!attended.isEmpty()) {
                b.append("\n\nAlso in ").append(attended.size()).append(attended.size() == 1 ? " other meeting:" : " other meetings:");
                for (NoteSummary s : attended.subList(Math.max(0, attended.size() - 5), attended.size())) {
                    b.append("\n- ").append(meeting(s));
                    NoteSummary.PersonEntry e = s.person(name);
                    if (e != null && e.lastWords() != null && !e.lastWords().isEmpty()) {
                        b.append(": “").append(e.lastWords()).append("”");
                    }
                }
            }
        }
        return b.toString();
    }

    /** "2023-09-13 SVSM Call (2023-09-13-svsm-call.txt)". */
    static String meeting(NoteSummary s) {
        String file = s.fileName();
        String title = s.title() == null ? file : s.title();
        return (s.date() == null ? "" : s.date() + " ") + title + (title.equals(file) ? "" : " (" + file + ")");
    }
}
