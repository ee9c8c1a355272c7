package dev.scribe.notes;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads who is credited at a position of a line: {@code Name:}, {@code Name (Org):},
 * {@code Name [org]:}, {@code _Name, Q:}, {@code Name - }, {@code Name, }, {@code [name]},
 * {@code A, B:}, {@code A/B/C:}, {@code ??:}, or a name opening a sentence. Only reads the
 * shape; {@link TurnFinder} decides whether the words name a person.
 */
final class SpeakerPrefix {

    /** A name as written, with its offsets in the line. */
    record Name(String written, int start, int end) {
    }

    final List<Name> names = new ArrayList<>();
    Turn.Form form;
    /** Index in the line where the credited text starts. */
    int textStart;
    /** "Q:" or "A:" follows the name. */
    boolean questionMark;

    private SpeakerPrefix() {
    }

    /** The prefix at {@code i} in {@code s}, or null. */
    static SpeakerPrefix read(String s, int i) {
        int n = s.length();
        while (i < n && (s.charAt(i) == '_' || s.charAt(i) == '*')) {
            i++;
        }
        if (i >= n) {
            return null;
        }
        // "??: text", "?: text"
        if (s.charAt(i) == '?') {
            int j = i;
            while (j < n && s.charAt(j) == '?') {
                j++;
            }
            if (j < n && s.charAt(j) == ':' && j - i <= 3) {
                SpeakerPrefix p = new SpeakerPrefix();
                p.names.add(new Name(s.substring(i, j), i, j));
                p.form = Turn.Form.UNKNOWN;
                p.textStart = skipSpaces(s, j + 1);
                return p;
            }
            return null;
        }
        // "[name] text"
        if (s.charAt(i) == '[') {
            int close = s.indexOf(']', i);
            if (close < 0 || close - i > 40 || close + 1 < n && s.charAt(close + 1) == '(') {
                return null;   // a markdown link, not a tag
            }
            String tag = s.substring(i + 1, close).strip();
            if (tag.isEmpty() || tag.indexOf(',') >= 0 || tag.indexOf(':') >= 0 || Markup.wordCount(tag) > 3) {
                return null;
            }
            SpeakerPrefix p = new SpeakerPrefix();
            p.names.add(new Name(tag, i + 1 + s.substring(i + 1, close).indexOf(tag), i + 1 + s.substring(i + 1, close).indexOf(tag) + tag.length()));
            p.form = Turn.Form.TAG;
            p.textStart = skipSpaces(s, close + 1);
            return p;
        }
        SpeakerPrefix p = new SpeakerPrefix();
        int j = readNames(s, i, p);
        if (j < 0) {
            return null;
        }
        // Closing emphasis after the name: "**Name**:" or "_Name_:".
        while (j < n && (s.charAt(j) == '*' || s.charAt(j) == '_')) {
            j++;
        }
        if (j < n && s.charAt(j) == ':' && !(j + 2 < n && s.charAt(j + 1) == '/' && s.charAt(j + 2) == '/')) {
            p.form = Turn.Form.COLON;
            j++;
            while (j < n && (s.charAt(j) == '*' || s.charAt(j) == '_')) {
                j++;
            }
            p.textStart = skipSpaces(s, j);
            return p;
        }
        if (j + 1 < n && s.charAt(j) == ',' && s.charAt(j + 1) == ' ') {
            int k = skipSpaces(s, j + 1);
            if (k + 1 < n && (s.charAt(k) == 'Q' || s.charAt(k) == 'A') && s.charAt(k + 1) == ':') {
                p.form = Turn.Form.COLON;
                p.questionMark = s.charAt(k) == 'Q';
                p.textStart = skipSpaces(s, k + 2);
                return p;
            }
            if (p.names.size() == 1) {
                p.form = Turn.Form.COMMA;
                p.textStart = k;
                return p;
            }
            return null;
        }
        if (j + 2 < n && s.charAt(j) == ' ' && "-–—".indexOf(s.charAt(j + 1)) >= 0 && s.charAt(j + 2) == ' ') {
            p.form = Turn.Form.DASH;
            p.textStart = skipSpaces(s, j + 2);
            return p;
        }
        if (j < n && s.charAt(j) == ' ' && p.names.size() <= 2) {
            p.form = Turn.Form.OPENING;
            p.textStart = skipSpaces(s, j);
            return p.textStart < n ? p : null;
        }
        return null;
    }

    /**
     * Reads "Name", "Name (Org)", "Name [org]", "A, B", "A/B/C", "A & B", "A and B"; returns the
     * index after them, or -1.
     */
    private static int readNames(String s, int i, SpeakerPrefix p) {
        int n = s.length();
        int j = readName(s, i, p);
        if (j < 0) {
            return -1;
        }
        while (j < n) {
            int k;
            if (s.charAt(j) == '/' ) {
                k = j + 1;
            } else if (s.startsWith(", ", j) && j + 2 < n && Character.isUpperCase(s.charAt(j + 2))
                    && !(j + 3 < n && s.charAt(j + 3) == ':')) {
                k = j + 2;
            } else if (s.startsWith(" & ", j)) {
                k = j + 3;
            } else if (s.startsWith(" and ", j)) {
                k = j + 5;
            } else {
                break;
            }
            SpeakerPrefix trial = new SpeakerPrefix();
            int e = readName(s, k, trial);
            if (e < 0) {
                break;
            }
            // "A, B" only counts when a colon closes the list: "Bertrand, Stefano: ..."
            boolean comma = s.charAt(j) == ',';
            if (comma) {
                int after = e;
                while (after < n && (s.charAt(after) == '*' || s.charAt(after) == '_')) {
                    after++;
                }
                if (after >= n || s.charAt(after) != ':' && !s.startsWith(", ", after)) {
                    break;
                }
            }
            p.names.addAll(trial.names);
            j = e;
        }
        return j;
    }

    private static int readName(String s, int i, SpeakerPrefix p) {
        int n = s.length();
        int j = i;
        int words = 0;
        int end = -1;
        while (j < n && words < Names.MAX_TOKENS) {
            int k = j;
            while (k < n && !isNameBreak(s.charAt(k))) {
                k++;
            }
            if (k == j) {
                break;
            }
            boolean nameWord = Names.isNameWord(s, j, k);
            boolean ok = nameWord || words > 0 && k < n && s.charAt(k) == ' ' && isParticleAt(s, j);
            if (!ok) {
                break;
            }
            words++;
            if (nameWord) {
                end = k;
            }
            if (k < n && s.charAt(k) == ' ' && k + 1 < n && (Character.isUpperCase(s.charAt(k + 1))
                    || isParticleAt(s, k + 1))) {
                j = k + 1;
            } else {
                break;
            }
        }
        if (end < 0 || end - i < 2 || end - i == 2 && s.charAt(i + 1) == '.') {
            return -1;   // an initial alone ("A. Smith", "Q:") does not start a name
        }
        // Try the longest name first, then shorter: "Alex does" is "Alex" followed by text.
        p.names.add(new Name(s.substring(i, end), i, end));
        int j2 = end;
        // "(Org)", "[org]", "(handle)" after a name.
        int k = j2;
        if (k + 1 < n && s.charAt(k) == ' ' && (s.charAt(k + 1) == '(' || s.charAt(k + 1) == '[')) {
            k++;
        }
        if (k < n && (s.charAt(k) == '(' || s.charAt(k) == '[')) {
            char close = s.charAt(k) == '(' ? ')' : ']';
            int c = s.indexOf(close, k);
            if (c > k && c - k <= 40) {
                int after = c + 1;
                while (after < n && s.charAt(after) == ' ') {
                    after++;
                }
                if (after < n && (s.charAt(after) == ':' || s.charAt(after) == ',')) {
                    return after;
                }
            }
        }
        return j2;
    }

    /** Is the word at i a particle ("van", "de")? Only a short word can be: no need to copy a long one. */
    private static boolean isParticleAt(String s, int i) {
        if (i >= s.length() || Names.PARTICLE_INITIALS.indexOf(s.charAt(i)) < 0) {
            return false;
        }
        int k = i;
        while (k < s.length() && !isNameBreak(s.charAt(k))) {
            if (k - i == Names.LONGEST_PARTICLE) {
                return false;   // longer than any particle
            }
            k++;
        }
        return Names.isParticle(s.substring(i, k));
    }

    private static boolean isNameBreak(char c) {
        return c == ' ' || c == ':' || c == ',' || c == '/' || c == '(' || c == '[' || c == '*' || c == '_'
                || c == '\t' || c == '?' || c == '!' || c == ';';
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
