package dev.scribe.features;

import dev.scribe.notes.Mention;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.Person;
import dev.scribe.notes.Span;
import dev.scribe.notes.Turn;
import dev.scribe.workspace.NotesIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;

/**
 * {@code misspelled-speaker}: a speaker's name written a letter or two away from a known
 * participant's ("Armd" for Arnd, "BIll" for Bill, "Steffano" for Stefano), when the written
 * name is not itself someone the notes know. The message names the likely person.
 */
public final class WorkspaceDiagnostics {
    private WorkspaceDiagnostics() {
    }

    public static List<Diagnostic> of(String uri, NotesDocument doc, NotesIndex index, DiagnosticSettings settings) {
        List<Diagnostic> out = new ArrayList<>();
        DiagnosticSeverity severity = settings.severity(DiagnosticSettings.MISSPELLED_SPEAKER);
        if (severity == null) {
            return out;
        }
        Set<Integer> flagged = new HashSet<>();
        // Within the note: a turn resolved to someone despite the spelling.
        for (Turn t : doc.turns()) {
            if (t.speaker() == null) {
                continue;
            }
            String written = firstWord(t.written());
            String meant = firstWord(t.speaker());
            boolean caseSlip = !written.equals(meant) && written.equalsIgnoreCase(meant) && oddCase(written);
            if ((t.misspelled() || caseSlip) && flagged.add(t.nameSpan().start())) {
                out.add(warn(doc, new Span(t.nameSpan().start(), t.nameSpan().start() + written.length()), written, meant,
                        severity));
            }
        }
        // Within the note: a participant's name with a letter off, wherever it stands ("..., Armd if").
        for (Mention m : slipsOfParticipants(doc)) {
            if (flagged.add(m.span().start())) {
                out.add(warn(doc, m.span(), m.text(), firstWord(participantNear(doc, m.text())), severity));
            }
        }
        if (index == null) {
            return out;
        }
        // Across the workspace: a name nobody knows that is one slip away from someone who is.
        Map<String, NotesIndex.PersonStats> elsewhere = index.people(uri);
        Set<String> known = new HashSet<>();
        for (Person p : doc.people()) {
            if (p.participant()) {
                known.add(Words.fold(firstWord(p.name())));
            }
        }
        for (String name : elsewhere.keySet()) {
            known.add(Words.fold(firstWord(name)));
        }
        // Candidates: names opening a sentence that name nobody here, and speakers credited once
        // who are not on the participant list.
        List<Mention> candidates = new ArrayList<>(doc.unknownNames());
        for (Turn t : doc.turns()) {
            Person p = t.speaker() == null ? null : doc.person(t.speaker());
            if (p != null && !p.participant() && p.turns() == 1 && !t.misspelled()) {
                candidates.add(new Mention(firstWord(t.written()), new Span(t.nameSpan().start(),
                        t.nameSpan().start() + firstWord(t.written()).length())));
            }
        }
        for (Mention m : candidates) {
            String written = m.text();
            if (known.contains(Words.fold(written)) || flagged.contains(m.span().start())) {
                continue;
            }
            String meant = closest(written, elsewhere.keySet());
            if (meant != null && flagged.add(m.span().start())) {
                out.add(warn(doc, m.span(), written, meant, severity));
            }
        }
        return out;
    }

    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    /** Capitalised words one edit from a participant's first name that name nobody here. */
    private static List<Mention> slipsOfParticipants(NotesDocument doc) {
        List<Mention> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Person p : doc.people()) {
            for (String w : p.name().split(" ")) {
                names.add(Words.fold(w));
            }
        }
        for (Span s : capitalisedWords(doc.text())) {
            String w = s.of(doc.text());
            if (names.contains(Words.fold(w)) || Words.isEveryday(w)) {
                continue;
            }
            if (participantNear(doc, w) != null) {
                out.add(new Mention(w, s));
            }
        }
        return out;
    }

    /**
     * The capitalised words of the text: "Alex", not "alex", "ALEX", "Al", "x.Alex" or "Alex2".
     * An upper case letter and two lower case ones open a run of letters, with no "@/._-" or
     * digit before it and no "@/_-" or digit after it. A scan, not a regex: it reads the whole
     * note on every keystroke.
     */
    private static List<Span> capitalisedWords(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int before = -1;   // the character before i; -1 at the start of the text
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (!isLetter(c)) {
                before = c;
                i += Character.charCount(c);
                continue;
            }
            boolean capitalised = c < 128 ? c >= 'A' && c <= 'Z' : Character.getType(c) == Character.UPPERCASE_LETTER;
            int letters = 0;
            int e = i;
            int d = c;
            do {
                if (letters == 1 || letters == 2) {
                    capitalised &= d < 128 ? d >= 'a' && d <= 'z' : Character.getType(d) == Character.LOWERCASE_LETTER;
                }
                letters++;
                e += Character.charCount(d);
                d = e < n ? text.codePointAt(e) : -1;
            } while (d >= 0 && isLetter(d));
            if (capitalised && letters >= 3 && !isNumberOr(before, "@/._-") && !isNumberOr(d, "@/_-")) {
                out.add(new Span(i, e));
            }
            before = text.codePointBefore(e);
            i = e;
        }
        return out;
    }

    private static boolean isLetter(int c) {
        return c < 128 ? (c | 32) >= 'a' && (c | 32) <= 'z' : Character.isLetter(c);
    }

    private static boolean isNumberOr(int c, String marks) {
        if (c < 128) {
            return c >= '0' && c <= '9' || c >= 0 && marks.indexOf(c) >= 0;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || marks.indexOf(c) >= 0;
    }

    /** The participant whose first name is one edit from the word, if exactly one is. */
    private static String participantNear(NotesDocument doc, String word) {
        String w = Words.fold(word);
        String found = null;
        for (Person p : doc.people()) {
            String f = Words.fold(firstWord(p.name()));
            if (!p.participant() || f.length() < 4 || w.length() < 4) {
                continue;
            }
            Integer d = ONE_EDIT.apply(w, f);
            if (d != null && d == 1) {
                if (found != null && !found.equals(p.name())) {
                    return null;
                }
                found = p.name();
            }
        }
        return found;
    }

    /**
     * The first name from other meetings that the written one is a typing slip of: a doubled or
     * undoubled letter ("Steffano", "Stefano") or two letters swapped. Other differences are more
     * often another person ("Nicolai" and "Nicolas", "Andy" and "Randy"), so they are left alone.
     */
    private static String closest(String written, Set<String> names) {
        String w = Words.fold(written);
        String best = null;
        for (String name : names) {
            String first = firstWord(name);
            String f = Words.fold(first);
            if (f.equals(w) || Math.min(f.length(), w.length()) < 4 || !slip(w, f)) {
                continue;
            }
            if (best != null && !best.equals(first)) {
                return null;   // two people could be meant: say nothing
            }
            best = first;
        }
        return best;
    }

    static boolean slip(String a, String b) {
        if (Math.abs(a.length() - b.length()) == 1) {
            String longer = a.length() > b.length() ? a : b;
            String shorter = a.length() > b.length() ? b : a;
            for (int i = 1; i < longer.length(); i++) {
                if (longer.charAt(i) == longer.charAt(i - 1)
                        && (longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                    return true;
                }
            }
            return false;
        }
        if (a.length() == b.length()) {
            int i = 0;
            while (i < a.length() && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return false;
    }

    private static Diagnostic warn(NotesDocument doc, Span span, String written, String meant, DiagnosticSeverity severity) {
        Diagnostic d = Diagnostics.diagnostic(doc, span, severity,
                "'" + written + "' looks like a misspelling of " + meant + ".", DiagnosticSettings.MISSPELLED_SPEAKER);
        d.setData(meant);
        return d;
    }

    /** "BIll", "aLex": capitals where a name has none. */
    private static boolean oddCase(String w) {
        boolean proper = Character.isUpperCase(w.charAt(0)) && w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT));
        return !proper && !w.equals(w.toLowerCase(Locale.ROOT)) && !w.equals(w.toUpperCase(Locale.ROOT));
    }

    private static String firstWord(String name) {
        String s = name.strip();
        int sp = s.indexOf(' ');
        return sp < 0 ? s : s.substring(0, sp);
    }
}
