package dev.scribe.notes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Small lexicon helpers shared by the parser: common words, stop words, folding for matching. */
final class Words {
    private Words() {
    }

    /** Function words that may stand inside an expansion ("Bank of America") but never lead it. */
    static final Set<String> STOP = Set.of(
            "a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from",
            "off", "as", "is", "are", "be", "we", "you", "it", "i", "he", "she", "they", "this", "that",
            "if", "so", "but", "not", "no", "do", "does", "did", "can", "will", "would", "should", "could",
            "may", "might", "must", "has", "have", "had", "was", "were", "its", "our", "your", "their",
            "his", "her", "my", "me", "us", "them", "via", "per", "vs", "into", "onto", "than", "then",
            "there", "here", "what", "who", "how", "why", "when", "where", "which", "all", "any", "some",
            "also", "just", "very", "more", "most", "much", "many", "up", "out", "about", "over", "under",
            "between", "around", "across", "through", "after", "before", "during", "without", "within", "against",
            "among", "along", "behind", "beyond", "below", "above", "toward", "towards", "upon", "since", "until");

    /** The longest stop word: no longer word is one (lower-casing never shortens a word). */
    private static final int LONGEST_STOP = STOP.stream().mapToInt(String::length).max().orElse(0);

    private static final class CommonWords {
        static final Set<String> LABELS = load("note-labels.txt");
        /** The everyday words and the labels in one set: one lookup for {@link #isCommon}. */
        static final Set<String> COMMON_OR_LABEL = union(load("common-words.txt"), LABELS);

        private static Set<String> union(Set<String> a, Set<String> b) {
            Set<String> all = new HashSet<>(a);
            all.addAll(b);
            return all;
        }

        private static Set<String> load(String resource) {
            Set<String> words = new HashSet<>(4096);
            try (InputStream in = Words.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return words;
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String s;
                while ((s = r.readLine()) != null) {
                    s = s.strip();
                    if (!s.isEmpty() && s.charAt(0) != '#') {
                        words.add(s.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return words;
        }
    }

    /** Is this an everyday English word or a label notes use, case-insensitively? */
    static boolean isCommon(String word) {
        return CommonWords.COMMON_OR_LABEL.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Is this a word notes use as a label or field name ("Format", "Tracker", "Agenda")? */
    static boolean isLabel(String word) {
        return CommonWords.LABELS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isStop(String word) {
        return word.length() <= LONGEST_STOP && STOP.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Each Latin-1 character as {@link #fold} spells it before lower-casing: "é" as "e", "ß" as
     * "ss". Built with the general rule below, so that the shortcut agrees with it by construction.
     */
    private static final String[] LATIN1 = new String[256];

    static {
        for (char c = 0; c < 256; c++) {
            LATIN1[c] = stripMarks(String.valueOf(c));
        }
    }

    /** Lower case without accents: "Jürgen Groß" and "jurgen gross" fold alike. */
    static String fold(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 128) {
            i++;
        }
        if (i == n) {
            return s.toLowerCase(Locale.ROOT);
        }
        // Names such as "Søren" or "Jürgen": each Latin-1 letter decomposes on its own (into at
        // most one base letter and one accent), so a table does what the normalizer would.
        StringBuilder b = new StringBuilder(n + 4).append(s, 0, i);
        for (int k = i; k < n; k++) {
            char c = s.charAt(k);
            if (c >= 256) {
                return stripMarks(s).toLowerCase(Locale.ROOT);
            }
            if (c < 128) {
                b.append(c);
            } else {
                b.append(LATIN1[c]);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Decomposes the text and drops its accents; "ß" becomes "ss". */
    private static String stripMarks(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'ß') {
                b.append("ss");
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
