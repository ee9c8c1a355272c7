package dev.scribe.notes;

/** Character classes with a table for ASCII, which most of any note is: for the hottest loops. */
final class Chars {
    private Chars() {
    }

    static final int LETTER = 1;
    static final int DIGIT = 2;
    static final int UPPER = 4;
    static final int SPACE = 8;
    static final int LOWER = 16;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) classify(c);
        }
    }

    private static int classify(char c) {
        int b = 0;
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
        if (Character.isLowerCase(c)) {
            b |= LOWER;
        }
        return b;
    }

    /** All the classes of a character at once, as the bits above: for loops that ask several. */
    static int classes(char c) {
        return c < 128 ? ASCII[c] : classify(c);
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

    static boolean isLowerCase(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    static char toUpperCase(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' ? (char) (c - 32) : c : Character.toUpperCase(c);
    }

    /**
     * Does s hold {@code lower} at i, with ASCII letters in either case? The comparison of a
     * pattern compiled with (?i): other characters must be equal.
     */
    static boolean startsWithIgnoreCase(String s, int i, String lower) {
        if (i < 0 || i > s.length() - lower.length()) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            char c = s.charAt(i + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static boolean isWhitespace(char c) {
        return c < 128 ? (ASCII[c] & SPACE) != 0 : Character.isWhitespace(c);
    }
}
