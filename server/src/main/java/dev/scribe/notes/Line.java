package dev.scribe.notes;

/**
 * One line of a note with its layout read off: indentation, list marker, quote, heading.
 * Mutable only while the parser works on it; never leaves the {@code notes} package.
 */
final class Line {
    final int index;
    /** Offsets of the line in the note, without its line break. */
    final int start;
    final int end;
    final String text;

    int indent;
    boolean blank;
    int quote;
    /** '-', '*', '+' or '•' for a bullet item, 0 otherwise. */
    char bullet;
    /** "1", "A", "8A" for an enumerated item ("1.", "A.", "8A)"), null otherwise. */
    String ordinal;
    boolean checkbox;
    /** The checkbox is ticked: "[x]" or "[X]". */
    boolean checked;
    /** Index into {@link #text} where the content starts, after markers and spaces. */
    int contentStart;
    /** 1-6 for a markdown ATX heading, 0 otherwise. */
    int heading;
    /** 1 or 2 when the next line underlines this one (setext heading). */
    int setext;
    /** A setext underline or a thematic break (---, ***, ===). */
    boolean rule;
    /** Inside a fenced code block, or its fence. */
    boolean code;
    /** Mailing-list archive chrome, mail headers, signatures: not part of the notes. */
    boolean chrome;

    Line(int index, int start, int end, String text) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.text = text;
    }

    private String content;
    /** Bits of the letters A-Z that start a word or a capital hump here: which acronyms words could spell. */
    int initials;
    /** The speaker prefix at the content's start, read once (null inside: none). */
    SpeakerPrefix prefix;
    boolean prefixRead;

    /** The text after list markers and spaces, stripped; computed once. */
    String content() {
        String c = content;
        if (c == null) {
            c = text.substring(contentStart).strip();
            content = c;
        }
        return c;
    }

    /** Offset in the note of the first content character. */
    int contentOffset() {
        return start + contentStart;
    }

    boolean isItem() {
        return bullet != 0 || ordinal != null;
    }

    /** Neither blank, nor code, nor chrome: a line of the notes themselves. */
    boolean isNotes() {
        return !blank && !code && !chrome;
    }

    /**
     * Does {@code next} carry on the text of {@code prev}: it starts in lower case, or
     * {@code prev} is a long line broken off mid-sentence (a hard-wrapped paragraph)?
     */
    static boolean continues(Line prev, Line next) {
        if (!prev.isNotes() || !next.isNotes()) {
            return false;
        }
        String c = next.content();
        if (c.isEmpty()) {
            return false;
        }
        int first = c.codePointAt(0);
        if (Character.isLowerCase(first)) {
            return true;
        }
        if (Character.isUpperCase(first) && Words.isCommon(firstWord(c))) {
            return false;   // "Who owns ...", "The board ...": a new sentence
        }
        String p = prev.text.strip();
        if (p.isEmpty()) {
            return false;
        }
        char last = p.charAt(p.length() - 1);
        return p.length() >= 40 && ".?!:".indexOf(last) < 0;
    }

    /** The letters the text starts with: "Who" for "Who owns it?". */
    private static String firstWord(String c) {
        int e = 0;
        while (e < c.length() && Character.isLetter(c.charAt(e))) {
            e++;
        }
        return c.substring(0, e);
    }

    @Override
    public String toString() {
        return (index + 1) + ": " + text;
    }
}
