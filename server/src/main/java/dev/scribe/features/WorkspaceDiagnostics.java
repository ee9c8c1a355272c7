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
        for (Slip slip : slipsOfParticipants(doc)) {
            Mention m = slip.written();
            if (flagged.add(m.span().start())) {
                out.add(warn(doc, m.span(), m.text(), firstWord(slip.meant()), severity));
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
        // Each first name from elsewhere, folded once: they are compared with every candidate.
        Map<String, String> firstsElsewhere = new java.util.LinkedHashMap<>();
        for (String name : elsewhere.keySet()) {
            String first = firstWord(name);
            String f = Words.fold(first);
            known.add(f);
            firstsElsewhere.merge(f, first, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
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
            String meant = closest(written, firstsElsewhere);
            if (meant != null && flagged.add(m.span().start())) {
                out.add(warn(doc, m.span(), written, meant, severity));
            }
        }
        return out;
    }

    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    /** A word written in the note, and the participant it is a slip for. */
    private record Slip(Mention written, String meant) {
    }

    /** Capitalised words one edit from a participant's first name that name nobody here. */
    private static List<Slip> slipsOfParticipants(NotesDocument doc) {
        List<Slip> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Map<String, String> participants = new java.util.LinkedHashMap<>();   // folded first name -> name
        for (Person p : doc.people()) {
            for (String w : p.name().split(" ")) {
                names.add(Words.fold(w));
            }
            String f = Words.fold(firstWord(p.name()));
            if (p.participant() && f.length() >= 4) {
                participants.merge(f, p.name(), (a, b) -> a.equals(b) ? a : AMBIGUOUS);
            }
        }
        if (participants.isEmpty()) {
            return out;
        }
        for (Span s : capitalisedWords(doc.text())) {
            String w = s.of(doc.text());
            if (names.contains(Words.fold(w)) || Words.isEveryday(w)) {
                continue;
            }
            String meant = participantNear(participants, w);
            if (meant != null) {
                out.add(new Slip(new Mention(w, s), meant));
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

    /** Two people share a folded first name, so neither can be meant; compared by identity. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String AMBIGUOUS = new String("two people");

    /** The participant whose first name is one edit from the word, if exactly one is. */
    private static String participantNear(Map<String, String> participants, String word) {
        String w = Words.fold(word);
        if (w.length() < 4) {
            return null;
        }
        String found = null;
        for (Map.Entry<String, String> p : participants.entrySet()) {
            Integer d = ONE_EDIT.apply(w, p.getKey());
            if (d != null && d == 1) {
                if (found != null || p.getValue() == AMBIGUOUS) {
                    return null;
                }
                found = p.getValue();
            }
        }
        return found;
    }

    /**
     * The first name from other meetings that the written one is a typing slip of: a doubled or
     * undoubled letter ("Steffano", "Stefano") or two letters swapped. Other differences are more
     * often another person ("Nicolai" and "Nicolas", "Andy" and "Randy"), so they are left alone.
     */
    private static String closest(String written, Map<String, String> firsts) {
        String w = Words.fold(written);
        String best = null;
        for (Map.Entry<String, String> e : firsts.entrySet()) {
            String f = e.getKey();
            if (f.equals(w) || Math.min(f.length(), w.length()) < 4 || !slip(w, f)) {
                continue;
            }
            if (best != null || e.getValue() == AMBIGUOUS) {
                return null;   // two people could be meant: say nothing
            }
            best = e.getValue();
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
