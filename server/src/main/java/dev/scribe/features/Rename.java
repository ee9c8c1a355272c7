package dev.scribe.features;

import dev.scribe.notes.AcronymUse;
import dev.scribe.notes.LineMap;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.Participant;
import dev.scribe.notes.Span;
import dev.scribe.notes.Turn;
import dev.scribe.workspace.NoteSummary;
import dev.scribe.workspace.NotesIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Rename ({@code textDocument/prepareRename} and {@code rename}) of a speaker or an acronym in
 * every note of the workspace. Closed notes are read from disk and each place is checked to
 * still hold the old name; the edit is versioned, so an editor refuses it if a note moved on.
 */
public final class Rename {
    private Rename() {
    }

    /** A person or acronym under the cursor: what is renamed, and where it is written here. */
    record Target(boolean person, String name, Span span, String written) {
    }

    static Target target(NotesDocument doc, int offset) {
        AcronymUse use = doc.acronymAt(offset);
        if (use != null) {
            return new Target(false, use.acronym(), use.span(), use.acronym());
        }
        Turn t = Definitions.speakerAt(doc, offset);
        if (t != null && t.speaker() != null) {
            return new Target(true, t.speaker(), t.nameSpan(), t.written());
        }
        for (Participant p : doc.participants()) {
            if (p.span().touches(offset)) {
                return new Target(true, p.name(), p.span(), p.name());
            }
        }
        return null;
    }

    /** The name under the cursor and its range, or null where nothing can be renamed. */
    public static PrepareRenameResult prepare(NotesDocument doc, int offset) {
        Target t = target(doc, offset);
        return t == null ? null : new PrepareRenameResult(Ranges.range(doc.lines(), t.span), t.name);
    }

    /**
     * The edit renaming what is under the cursor to {@code newName}, or null. Throws
     * IllegalArgumentException for a name that cannot be one.
     */
    public static WorkspaceEdit rename(String uri, NotesDocument doc, int offset, String newName, NotesIndex index,
                                       NoteTexts texts) {
        Target t = target(doc, offset);
        if (t == null) {
            return null;
        }
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty() || name.contains("\n") || name.contains("\r")) {
            throw new IllegalArgumentException("a name is one line of text");
        }
        Edits edits = new Edits(texts);
        LineMap lines = doc.lines();
        for (Span s : spansHere(doc, t)) {
            edits.replace(uri, Ranges.range(lines, s), replacement(t, s.of(doc.text()), name));
        }
        if (index != null) {
            List<NoteSummary> others = t.person ? index.withPerson(t.name, uri) : index.withAcronym(t.name, uri);
            for (NoteSummary s : others) {
                renameIn(s, t, name, texts, edits);
            }
        }
        return edits.isEmpty() ? null : edits.build();
    }

    private static List<Span> spansHere(NotesDocument doc, Target t) {
        List<Span> out = new ArrayList<>();
        if (t.person) {
            out.addAll(doc.mentionsOf(t.name));
        } else {
            for (AcronymUse u : doc.uses(t.name)) {
                out.add(u.span());
            }
        }
        return out;
    }

    /** Another note's mentions, read from its current text, each checked to still be there. */
    private static void renameIn(NoteSummary s, Target t, String name, NoteTexts texts, Edits edits) {
        String text = texts.text(s.uri());
        if (text == null) {
            return;
        }
        LineMap lines = LineMap.of(text);
        List<NoteSummary.Loc> locs = new ArrayList<>();
        if (t.person) {
            NoteSummary.PersonEntry p = s.person(t.name);
            if (p != null) {
                locs.addAll(p.mentions());
            }
        } else {
            locs.addAll(s.usesOf(t.name));
        }
        for (NoteSummary.Loc l : locs) {
            int a = lines.offsetOf(l.line(), l.column());
            int b = lines.offsetOf(l.endLine(), l.endColumn());
            if (b <= a) {
                continue;
            }
            String written = text.substring(a, b);
            if (t.person ? !mayName(written, t.name) : !written.equals(t.name)) {
                continue;   // the file changed since it was indexed: leave this place alone
            }
            edits.replace(s.uri(), Definitions.range(l), replacement(t, written, name));
        }
    }

    private static final org.apache.commons.text.similarity.LevenshteinDistance ONE_EDIT =
            new org.apache.commons.text.similarity.LevenshteinDistance(1);

    /**
     * Can this text, found where the index last saw the person, still be them? Their full name,
     * one of its words ("Christopher", "[yang]"), or a spelling one letter off the first name
     * ("Bil" credited for Bill Mills); anything else means the file changed since.
     */
    private static boolean mayName(String written, String name) {
        String w = Words.fold(written.strip());
        String n = Words.fold(name);
        if (w.equals(n)) {
            return true;
        }
        String[] words = n.split(" ");
        for (String word : words) {
            if (w.equals(word)) {
                return true;
            }
        }
        Integer d = ONE_EDIT.apply(w, words[0]);
        return d != null && d >= 0 && w.length() >= 3;
    }

    /**
     * What replaces one mention: an acronym by the new one; a full name by the new full name; a
     * first name alone ("Christopher:", "[yang]") by the new first name, in the same case.
     */
    static String replacement(Target t, String written, String name) {
        if (!t.person || written.contains(" ") || !name.contains(" ")) {
            return name;
        }
        String first = name.substring(0, name.indexOf(' '));
        return written.equals(written.toLowerCase(Locale.ROOT)) ? first.toLowerCase(Locale.ROOT) : first;
    }
}
