package dev.scribe.notes;

/** The parser's word lists and folding, for the features that need the same judgement. */
public final class Lexicon {
    private Lexicon() {
    }

    /** An everyday English word or a label notes use ("Will", "Format", "Tracker"). */
    public static boolean isCommon(String word) {
        return Words.isCommon(word);
    }

    /** Lower case without accents, as the parser compares names: "Jürgen Groß" and "jurgen gross" alike. */
    public static String fold(String s) {
        return Words.fold(s);
    }
}
