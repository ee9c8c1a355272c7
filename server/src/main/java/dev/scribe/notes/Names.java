package dev.scribe.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a person's name looks like in notes: "Jörg", "Roger Pau Monné", "Roy T. Fielding". */
final class Names {
    private Names() {
    }

    /** Lower-case words that may stand inside a name: "Ludwig van Beethoven", "Ana de la Cruz". */
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "del",
            "della", "la", "le", "du", "dos", "das", "bin", "ibn", "al", "ten", "ter", "y", "zu");

    static final int MAX_TOKENS = 4;
    /** The longest particle, in characters, and the letters particles start with. */
    static final int LONGEST_PARTICLE = PARTICLES.stream().mapToInt(String::length).max().orElse(0);
    static final String PARTICLE_INITIALS = PARTICLES.stream().map(p -> p.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());

    /** A capitalized word of letters (with ' - . inside), or an initial such as "T." or "R". */
    static boolean isNameWord(String w) {
        return isNameWord(w, 0, w.length());
    }

    /** {@link #isNameWord(String)} of s[from, to), without copying it. */
    static boolean isNameWord(String s, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return false;
        }
        int first = codePointAt(s, from, to);
        if (!Character.isUpperCase(first) && !Character.isTitleCase(first)) {
            return false;
        }
        if (n == 1 || n == 2 && s.charAt(from + 1) == '.') {
            return true;
        }
        boolean lower = false;
        for (int i = from + Character.charCount(first); i < to; ) {
            int c = codePointAt(s, i, to);
            if (c == '-' && i + 1 < to && !Character.isUpperCase(codePointAt(s, i + 1, to))) {
                return false;   // "Github-management" is a topic; "Jean-Philip" a name
            }
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-' && !(c == '.' && i == to - 1)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return lower;
    }

    /** The code point at i, as if the text ended at {@code to}: a surrogate pair cut there is not one. */
    private static int codePointAt(String s, int i, int to) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
            return Character.toCodePoint(c, s.charAt(i + 1));
        }
        return c;
    }

    static boolean isParticle(String w) {
        return PARTICLES.contains(w);
    }

    /** Words of a candidate name, or null when it does not look like one. */
    static List<String> nameWords(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        List<String> words = Markup.words(t);
        if (words.size() > MAX_TOKENS + 1) {
            return null;
        }
        for (int i = 0; i < words.size(); i++) {
            String p = words.get(i);
            boolean inner = i > 0 && i < words.size() - 1;
            if (!isNameWord(p) && !(inner && isParticle(p))) {
                return null;
            }
        }
        return words.size() <= MAX_TOKENS || hasParticle(words) ? words : null;
    }

    private static boolean hasParticle(List<String> words) {
        for (String w : words) {
            if (isParticle(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Could these words name someone the notes have not introduced? One word must not be an
     * everyday word ("Resolution", "Tracker"); of several words, one must not be ("Audio
     * Recording" is not a person, "Rich Persaud" is).
     */
    static boolean plausibleNewName(List<String> words) {
        if (words == null || words.isEmpty()) {
            return false;
        }
        if (words.size() == 1) {
            String w = words.get(0);
            return w.length() >= 2 && !(w.length() == 2 && w.charAt(1) == '.') && !Words.isCommon(w);
        }
        String first = words.get(0);
        if (first.length() == 1 || first.length() == 2 && first.charAt(1) == '.') {
            return false;   // "A. Set deadline", "I Think"
        }
        for (String w : words) {
            if (w.length() > 2 && !Words.isCommon(w) && !isParticle(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name at the head of a participant-list entry: "Trilok (QC)", "Rich Persaud [stacktrust]",
     * "Ali Ijaz Sheikh @ofrobots (TSC)", "Zach | Jupyter Cal Poly | @Zsailer",
     * "Łukasz Gryglicki, CNCF (a bit late)", "Lewis John McGibbney <lewismc@apache.org>".
     * Returns [name, handle-or-null], or null.
     */
    static String[] participantName(String entry) {
        String s = stripEmphasis(entry.strip());
        String handle = null;
        int at = s.indexOf('@');
        if (at >= 0) {
            int e = at + 1;
            while (e < s.length() && (Character.isLetterOrDigit(s.charAt(e)) || s.charAt(e) == '-' || s.charAt(e) == '_')) {
                e++;
            }
            if (e > at + 1 && (at == 0 || s.charAt(at - 1) == ' ' || s.charAt(at - 1) == '(' || s.charAt(at - 1) == '|')) {
                handle = s.substring(at + 1, e);
            }
        }
        int cut = s.length();
        for (String stop : new String[] {"@", "(", "[", "<", "|", " - ", " – ", " — ", ",", ";", "\t", "  ", ":"}) {
            int i = s.indexOf(stop);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        String name = s.substring(0, cut).strip();
        if (name.endsWith(".") && !(name.length() >= 2 && Character.isUpperCase(name.charAt(name.length() - 2))
                && (name.length() == 2 || !Character.isLetter(name.charAt(name.length() - 3))))) {
            name = name.substring(0, name.length() - 1);
        }
        List<String> words = nameWords(name);
        if (words == null || words.isEmpty()) {
            return null;
        }
        // In a list of participants "Bob" and "Will" are names; "Name" and "Regrets" are not.
        if (words.size() == 1 && (Words.isLabel(words.get(0)) || Words.isStop(words.get(0)) || words.get(0).length() < 2)) {
            return null;
        }
        return new String[] {String.join(" ", words), handle};
    }

    static String stripEmphasis(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (s.charAt(a) == '*' || s.charAt(a) == '_')) {
            a++;
        }
        while (b > a && (s.charAt(b - 1) == '*' || s.charAt(b - 1) == '_')) {
            b--;
        }
        return s.substring(a, b).strip();
    }

    /** Folded words of a name, for matching. */
    static String[] keys(String name) {
        String f = Words.fold(name);
        List<String> out = new ArrayList<>(4);
        StringBuilder word = new StringBuilder(f.length());
        for (int i = 0; i <= f.length(); i++) {
            char c = i < f.length() ? f.charAt(i) : ' ';
            if (Character.isWhitespace(c)) {
                if (word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
            } else if (c != '.' && c != '\'' && c != '’') {
                word.append(c);
            }
        }
        return out.toArray(new String[0]);
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
