package dev.scribe.notes;

/** Character classes with a table for ASCII, which most of any note is: for the hottest loops. */
final class Chars {
    private Chars() {
    }

    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte UPPER = 4;
    private static final byte SPACE = 8;
    private static final byte[] ASCII = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            byte b = 0;
            if (Character.isLetter(c)) {
                b |= LETTER;
            }
            if (Character.isDigit(c)) {
                b |= DIGIT;
            }
            if (Character.isUpperCase(c)) {
                b |= UPPER;
            }
            if (Character.isWhitespace(c)) {
                b |= SPACE;
            }
            ASCII[c] = b;
        }
    }

    static boolean isLetterOrDigit(char c) {
        return c < 128 ? (ASCII[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
    }

    static boolean isLetter(char c) {
        return c < 128 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
    }

    static boolean isUpperCase(char c) {
        return c < 128 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    static boolean isWhitespace(char c) {
        return c < 128 ? (ASCII[c] & SPACE) != 0 : Character.isWhitespace(c);
    }
}
