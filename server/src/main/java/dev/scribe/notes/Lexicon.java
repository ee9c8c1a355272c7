package dev.scribe.notes;

/** The parser's word lists, for the features that need the same judgement. */
public final class Lexicon {
    private Lexicon() {
    }

    /** An everyday English word or a label notes use ("Will", "Format", "Tracker"). */
    public static boolean isCommon(String word) {
        return Words.isCommon(word);
    }
}
