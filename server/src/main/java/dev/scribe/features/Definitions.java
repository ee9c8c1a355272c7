package dev.scribe.features;

import dev.scribe.notes.AcronymDefinition;
import dev.scribe.notes.AcronymUse;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.Participant;
import dev.scribe.notes.Span;
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
 * Go-to-definition ({@code textDocument/definition}). On an acronym or a glossary term: where
 * this note spells it out; else the workspace glossary; else the earliest meeting that spells it
 * out; else its earliest mention, in an earlier meeting or in this note ("jump to earlier
 * discussions of a term"). On a speaker: where the note lists them among the participants.
 */
public final class Definitions {
    private Definitions() {
    }

    public static List<Location> find(String uri, NotesDocument doc, int offset, NotesIndex index) {
        AcronymUse use = doc.acronymAt(offset);
        if (use != null) {
            return term(uri, doc, use.acronym(), index);
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
        Span word = Words.at(doc.text(), offset);
        if (word != null && index != null) {
            String w = word.of(doc.text());
            if (index.hasAcronym(w)) {
                return term(uri, doc, w, index);   // a glossary term such as "TrenchBoot"
            }
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

    private static List<Location> term(String uri, NotesDocument doc, String term, NotesIndex index) {
        List<Location> out = new ArrayList<>();
        AcronymDefinition here = doc.definition(term);
        if (here != null) {
            out.add(new Location(uri, Ranges.range(doc.lines(), here.span())));
            return out;
        }
        if (index != null) {
            Located d = definedElsewhere(uri, term, index);
            if (d != null) {
                out.add(new Location(d.note.uri(), range(d.definition.loc())));
                return out;
            }
            Location earlier = earliestEarlierMention(uri, NoteSummary.meetingDate(uri, doc), term, index);
            if (earlier != null) {
                out.add(earlier);
            }
        }
        List<AcronymUse> uses = doc.uses(term);
        if (!uses.isEmpty()) {
            out.add(new Location(uri, Ranges.range(doc.lines(), uses.get(0).span())));
        }
        return out;
    }

    /** A definition and the note it stands in. */
    record Located(NoteSummary note, NoteSummary.Definition definition) {
    }

    /** The glossary's definition, else the earliest meeting's that spells the term out. */
    static Located definedElsewhere(String uri, String term, NotesIndex index) {
        Located earliest = null;
        for (NoteSummary s : index.withAcronym(term, uri)) {
            NoteSummary.Definition d = s.definitions().get(term);
            if (d == null) {
                continue;
            }
            if (s.isGlossary()) {
                return new Located(s, d);
            }
            if (earliest == null) {
                earliest = new Located(s, d);
            }
        }
        return earliest;
    }

    /** The first mention of a term in the earliest meeting before this one. */
    private static Location earliestEarlierMention(String uri, LocalDate date, String term, NotesIndex index) {
        for (NoteSummary s : index.withAcronym(term, uri)) {
            if (s.date() == null) {
                continue;
            }
            if (date != null && !s.date().isBefore(date)) {
                break;
            }
            List<NoteSummary.Loc> uses = s.usesOf(term);
            if (!uses.isEmpty()) {
                return new Location(s.uri(), range(uses.get(0)));
            }
        }
        return null;
    }

    static Range range(NoteSummary.Loc loc) {
        return new Range(new Position(loc.line(), loc.column()), new Position(loc.endLine(), loc.endColumn()));
    }
}
