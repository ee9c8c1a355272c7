package dev.scribe.features;

import dev.scribe.notes.Span;

/** The word under the cursor, and how names are compared. */
final class Words {
    private Words() {
    }

    /** The run of letters, digits, hyphens and ampersands touching the offset, or null. */
    static Span at(String text, int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        int a = o;
        while (a > 0 && isWordChar(text.charAt(a - 1))) {
            a--;
        }
        int b = o;
        while (b < text.length() && isWordChar(text.charAt(b))) {
            b++;
        }
        while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1))) {
            b--;
        }
        return b > a ? new Span(a, b) : null;
    }

    /** An everyday English word or a label notes use ("Will", "Format"): never a misspelt name. */
    static boolean isEveryday(String w) {
        return dev.scribe.notes.Lexicon.isCommon(w);
    }

    /** Lower case without accents, as the parser folds names: "Jörg" and "Jorg" compare alike. */
    static String fold(String s) {
        return dev.scribe.notes.Lexicon.fold(s);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '&';
    }
}
