package dev.scribe.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Plain-text views of markdown-ish lines: titles without links, emphasis or issue numbers. */
final class Markup {
    private Markup() {
    }

    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s+#+\\s*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)\\s]*\\)");
    private static final Pattern ISSUE_LINK = Pattern.compile("\\s*\\[#\\d+\\]\\([^)]*\\)");
    private static final Pattern TRAILING_URL = Pattern.compile("\\s+(?:https?://|www\\.)\\S*$");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|~~|`)(\\S(?:.*?\\S)?)\\1");

    /** A heading's text as a reader names it: no trailing #s, issue links, URLs or emphasis. */
    static String title(String raw) {
        String s = raw.strip();
        // Most titles hold no markup: each pattern runs only where the characters it needs stand.
        if (s.indexOf('#') >= 0) {
            s = CLOSING_HASHES.matcher(s).replaceAll("");
        }
        if (s.contains("](")) {
            s = ISSUE_LINK.matcher(s).replaceAll("");
            s = LINK.matcher(s).replaceAll("$1");
        }
        if (hasUrl(s)) {
            s = TRAILING_URL.matcher(s).replaceAll("");
        }
        if (!hasEmphasisMark(s)) {
            return title(raw, s);
        }
        for (int i = 0; i < 3; i++) {
            String t = EMPHASIS.matcher(s).replaceAll("$2");
            if (t.equals(s)) {
                break;
            }
            s = t;
        }
        return title(raw, s);
    }

    private static String title(String raw, String s) {
        String t = Names.stripEmphasis(s);
        return t.isEmpty() ? raw.strip() : t;
    }

    private static boolean hasEmphasisMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '_' || c == '~' || c == '`') {
                return true;
            }
        }
        return false;
    }

    /** Whitespace-separated words of a piece of text. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && Chars.isWhitespace(s.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && !Chars.isWhitespace(s.charAt(j))) {
                j++;
            }
            if (j > i) {
                out.add(s.substring(i, j));
            }
            i = j;
        }
        return out;
    }

    static int wordCount(String s) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Chars.isWhitespace(s.charAt(i));
            if (!ws && !in) {
                count++;
            }
            in = !ws;
        }
        return count;
    }

    /** Lower-case content words (no function words), with hyphenated words split: for matching titles. */
    static List<String> contentWords(String s) {
        List<String> out = new ArrayList<>();
        String f = Words.fold(s);
        int i = 0;
        while (i < f.length()) {
            while (i < f.length() && !Character.isLetterOrDigit(f.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < f.length() && Character.isLetterOrDigit(f.charAt(i))) {
                i++;
            }
            String w = f.substring(start, i);
            if (w.length() >= 2 && !Words.isStop(w) && !w.equals("continued")) {
                out.add(w);
            }
        }
        return out;
    }

    static boolean hasUrl(String s) {
        return s.contains("://") || s.contains("www.");
    }
}
