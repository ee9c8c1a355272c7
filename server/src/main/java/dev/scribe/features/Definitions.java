package dev.scribe.features;

import dev.scribe.notes.AcronymDefinition;
import dev.scribe.notes.AcronymUse;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.Participant;
import dev.scribe.notes.Turn;
import dev.scribe.workspace.NoteSummary;
import dev.scribe.workspace.NotesIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Go-to-definition ({@code textDocument/definition}). On an acronym: where this note spells it
 * out; else the workspace glossary; else the earliest meeting that spells it out; else its
 * earliest mention (in an earlier meeting, or in this note). On a speaker: where the note
 * lists them among the participants.
 */
public final class Definitions {
    private Definitions() {
    }

    public static List<Location> find(String uri, NotesDocument doc, int offset, NotesIndex index, Glossaries glossaries) {
        AcronymUse use = doc.acronymAt(offset);
        if (use != null) {
            return acronym(uri, doc, use, index, glossaries);
        }
        Turn turn = speakerAt(doc, offset);
        if (turn != null && turn.speaker() != null) {
            List<Location> out = new ArrayList<>();
            for (Participant p : doc.participants()) {
                if (p.name().equals(turn.speaker())) {
                    out.add(new Location(uri, Ranges.range(doc.lines(), p.span())));
                    break;
                }
            }
            return out;
        }
        return List.of();
    }

    /** The turn whose speaker's name is under the cursor. */
    static Turn speakerAt(NotesDocument doc, int offset) {
        for (Turn t : doc.turns()) {
            if (t.nameSpan().touches(offset)) {
                return t;
            }
        }
        return null;
    }

    private static List<Location> acronym(String uri, NotesDocument doc, AcronymUse use, NotesIndex index,
                                          Glossaries glossaries) {
        String acr = use.acronym();
        List<Location> out = new ArrayList<>();
        AcronymDefinition here = doc.definition(acr);
        if (here != null) {
            out.add(new Location(uri, Ranges.range(doc.lines(), here.span())));
            return out;
        }
        if (index != null) {
            Location glossary = glossaries == null ? null : glossaries.definition(index, acr);
            if (glossary != null) {
                out.add(glossary);
                return out;
            }
            for (NoteSummary s : index.byDate()) {
                NoteSummary.Definition d = s.definitions().get(acr);
                if (d != null && !s.uri().equals(uri)) {
                    out.add(new Location(s.uri(), range(d.loc())));
                    return out;
                }
            }
            Location earlier = earliestEarlierMention(uri, doc.date(), acr, index);
            if (earlier != null) {
                out.add(earlier);
            }
        }
        List<AcronymUse> uses = doc.uses(acr);
        if (!uses.isEmpty()) {
            out.add(new Location(uri, Ranges.range(doc.lines(), uses.get(0).span())));
        }
        return out;
    }

    /** The first mention of an acronym in the earliest meeting before this one. */
    private static Location earliestEarlierMention(String uri, LocalDate date, String acr, NotesIndex index) {
        for (NoteSummary s : index.byDate()) {
            if (s.uri().equals(uri)) {
                continue;
            }
            if (date != null && (s.date() == null || !s.date().isBefore(date))) {
                break;
            }
            if (date == null && s.date() == null) {
                continue;
            }
            List<NoteSummary.Loc> uses = s.acronymUses().get(acr);
            if (uses != null && !uses.isEmpty()) {
                return new Location(s.uri(), range(uses.get(0)));
            }
        }
        return null;
    }

    static Range range(NoteSummary.Loc loc) {
        return new Range(new Position(loc.line(), loc.column()), new Position(loc.endLine(), loc.endColumn()));
    }
}
