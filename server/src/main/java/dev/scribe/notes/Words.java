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

    private static final class Lexicon {
        static final Set<String> COMMON = load("common-words.txt");
        static final Set<String> LABELS = load("note-labels.txt");

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
        String w = word.toLowerCase(Locale.ROOT);
        return Lexicon.COMMON.contains(w) || Lexicon.LABELS.contains(w);
    }

    /** Is this a word notes use as a label or field name ("Format", "Tracker", "Agenda")? */
    static boolean isLabel(String word) {
        return Lexicon.LABELS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isStop(String word) {
        return STOP.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Lower case without accents: "Jürgen Groß" and "jurgen gross" fold alike. */
    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT);
        }
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
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
