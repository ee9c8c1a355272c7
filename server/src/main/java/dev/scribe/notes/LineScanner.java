package dev.scribe.notes;

import java.util.ArrayList;
import java.util.List;

/** Splits a note into {@link Line}s and reads each line's layout. Pure and linear in the text. */
final class LineScanner {
    private LineScanner() {
    }

    static List<Line> scan(String text, LineMap map) {
        int count = map.lineCount();
        List<Line> lines = new ArrayList<>(count);
        boolean inFence = false;
        String fence = null;
        for (int i = 0; i < count; i++) {
            int start = map.lineStart(i);
            int end = map.lineEnd(i);
            Line line = new Line(i, start, end, text.substring(start, end));
            read(line);
            if (inFence) {
                line.code = true;
                String stripped = line.text.strip();
                if (stripped.startsWith(fence) && closesFence(stripped, fence.charAt(0))) {
                    inFence = false;
                }
            } else if (line.indent <= 3 && opensFence(line.text)) {
                String stripped = line.text.strip();
                inFence = true;
                line.code = true;
                char f = stripped.charAt(0);
                int n = 0;
                while (n < stripped.length() && stripped.charAt(n) == f) {
                    n++;
                }
                fence = String.valueOf(f).repeat(n);
            }
            lines.add(line);
        }
        markSetextHeadings(lines);
        return lines;
    }

    /** Does the text start with ``` or ~~~ after white space? */
    private static boolean opensFence(String t) {
        int i = 0;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return t.startsWith("```", i) || t.startsWith("~~~", i);
    }

    private static boolean closesFence(String s, char f) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) != f) {
                return false;
            }
        }
        return true;
    }

    private static void read(Line line) {
        String t = line.text;
        int n = t.length();
        int i = 0;
        int col = 0;
        while (i < n && isSpace(t.charAt(i))) {
            col += t.charAt(i) == '\t' ? 4 - (col % 4) : 1;
            i++;
        }
        line.indent = col;
        if (i == n) {
            line.blank = true;
            line.contentStart = n;
            return;
        }
        // Block quotes: "> text", "> > text".
        while (i < n && t.charAt(i) == '>') {
            line.quote++;
            i++;
            while (i < n && t.charAt(i) == ' ') {
                i++;
            }
        }
        if (i < n && isRule(t, i)) {
            line.rule = true;
        }
        // ATX heading.
        if (i < n && t.charAt(i) == '#' && line.indent <= 3) {
            int h = 0;
            while (i + h < n && t.charAt(i + h) == '#') {
                h++;
            }
            if (h <= 6 && (i + h == n || t.charAt(i + h) == ' ' || t.charAt(i + h) == '\t')) {
                line.heading = h;
                i += h;
                line.contentStart = skipSpaces(t, i);
                return;
            }
        }
        // Bullet: "- ", "* ", "+ ", "• ".
        if (i + 1 < n && "-*+•".indexOf(t.charAt(i)) >= 0 && (t.charAt(i + 1) == ' ' || t.charAt(i + 1) == '\t')
                && !line.rule) {
            line.bullet = t.charAt(i);
            i += 2;
        } else if (i + 1 == n && "-*+•".indexOf(t.charAt(i)) >= 0 && !line.rule) {
            line.bullet = t.charAt(i);
            i += 1;
        } else {
            int j = ordinalEnd(t, i);
            if (j > 0) {
                line.ordinal = t.substring(i, j - 2);
                i = j;
            }
        }
        while (i < n && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        // Task-list checkbox: "[ ]", "[x]".
        if (line.isItem() && i + 2 < n && t.charAt(i) == '[' && t.charAt(i + 2) == ']'
                && " xX".indexOf(t.charAt(i + 1)) >= 0) {
            line.checkbox = true;
            line.checked = t.charAt(i + 1) != ' ';
            i += 3;
        }
        line.contentStart = skipSpaces(t, i);
    }

    /**
     * Any white space a keyboard may type before the words (U+3000 on Japanese ones, U+2003...):
     * the content must start where {@link Line#content()}, which strips it all, starts.
     */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || Character.isWhitespace(c);
    }

    private static int skipSpaces(String t, int i) {
        while (i < t.length() && isSpace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * End (after the delimiter and its space) of an enumerator at {@code i}: "1.", "12)", "8A.",
     * "A." or "a)"; -1 when there is none. Letters are single characters, so that a sentence's
     * first word never reads as one.
     */
    private static int ordinalEnd(String t, int i) {
        int n = t.length();
        int j = i;
        while (j < n && j - i < 3 && t.charAt(j) >= '0' && t.charAt(j) <= '9') {
            j++;
        }
        boolean digits = j > i;
        if (j < n && t.charAt(j) >= 'A' && t.charAt(j) <= 'Z') {
            j++;
        } else if (!digits && j < n && t.charAt(j) >= 'a' && t.charAt(j) <= 'z'
                && j + 1 < n && t.charAt(j + 1) == ')') {
            j++;
        }
        if (j == i || j + 1 >= n) {
            return -1;
        }
        char d = t.charAt(j);
        if ((d != '.' && d != ')') || (t.charAt(j + 1) != ' ' && t.charAt(j + 1) != '\t')) {
            return -1;
        }
        return j + 2;
    }

    private static boolean isRule(String t, int i) {
        char c = t.charAt(i);
        if (c != '-' && c != '*' && c != '_' && c != '=') {
            return false;
        }
        int count = 0;
        for (int k = i; k < t.length(); k++) {
            char d = t.charAt(k);
            if (d == c) {
                count++;
            } else if (d != ' ' && d != '\t') {
                return false;
            }
        }
        return count >= 3 || (c == '=' && count >= 1) || (c == '-' && count >= 2);
    }

    /** "Title" over "=====" or "-----" is a heading; "---" after a blank line is only a rule. */
    private static void markSetextHeadings(List<Line> lines) {
        for (int i = 1; i < lines.size(); i++) {
            Line under = lines.get(i);
            Line above = lines.get(i - 1);
            if (!under.rule || under.code || above.blank || above.code || above.heading > 0
                    || above.isItem() || above.rule || under.indent > 3) {
                continue;
            }
            String s = under.text.strip();
            if (s.contains(" ")) {
                continue;
            }
            above.setext = s.charAt(0) == '=' ? 1 : 2;
        }
    }
}
