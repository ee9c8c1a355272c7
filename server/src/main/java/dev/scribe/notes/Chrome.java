package dev.scribe.notes;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Marks what a mailing-list archive or a mail client put around the notes: navigation links
 * ({@code [Date Prev][Date Next]...}), the sender line and date of a pipermail post, signature
 * and list footers ({@code More information about the ... mailing list}).
 */
final class Chrome {
    private Chrome() {
    }

    /** Archive chrome is short; checking the length keeps the regex loops below off huge lines, where they overflow the stack. */
    private static final int MAX_CHROME_LINE = 300;
    private static final Pattern NAV = Pattern.compile("^\\s*(?:\\[[^\\]]{1,40}\\]\\s*){2,}$");
    private static final Pattern NAV_WORDS = Pattern.compile("(?i).*\\b(prev|next|index|thread|date)\\b.*");
    private static final Pattern PIPERMAIL = Pattern.compile(
            "(?i)^\\s*(previous message|next message|messages sorted by|more information about the .*mailing list"
            + "|_{10,}|-{2} ?$|sent from my .*)");
    private static final Pattern FOOTER_START = Pattern.compile(
            "(?i)^\\s*(more information about the .*mailing list.*|_{10,}\\s*|-- ?)$");
    /** "Oliver Steffen osteffen at redhat.com": a pipermail sender line. */
    private static final Pattern SENDER = Pattern.compile("^\\S.*\\s[\\w.+-]+ at [\\w-]+(\\.[\\w-]+)+\\s*$");
    private static final Pattern MAIL_HEADER = Pattern.compile(
            "(?i)^(from|to|cc|subject|date|sent|reply-to|message-id|in-reply-to):\\s.*");
    private static final Pattern FOOTER_WORDS = Pattern.compile(
            "(?i).*(mailing list|listinfo|unsubscribe|is hosted (with|by)|mailman|archives? (of|at)).*");

    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[,.!]$");
    private static final Pattern SIGN_OFF = Pattern.compile("(?i)(thanks|thank you|cheers|regards|best|best regards|br)[,!.]?");

    /** How the lines {@link #PIPERMAIL} and {@link #FOOTER_START} match start, after spaces: for a quick test. */
    private static final String[] PIPERMAIL_STARTS = {"previous message", "next message", "messages sorted by",
        "more information about the ", "__________", "--", "sent from my "};
    private static final String[] FOOTER_STARTS = {"more information about the ", "__________", "--"};

    /** The words {@link #FOOTER_WORDS} looks for, for a quick test before it. */
    private static final String[] FOOTER_KEYS = {"mailing list", "listinfo", "unsubscribe", "is hosted ", "mailman",
        "archive"};

    /** Does the text hold one of the words of a list footer, in any case? */
    private static boolean mentionsList(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String k : FOOTER_KEYS) {
            if (lower.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Does t start, after white space and in any case, with one of the prefixes? */
    private static boolean startsWithAny(String t, String[] prefixes) {
        int i = firstNonSpace(t);
        for (String p : prefixes) {
            if (Chars.startsWithIgnoreCase(t, i, p)) {
                return true;
            }
        }
        return false;
    }

    /** "[Date Prev][Date Next][Thread Prev]": archive navigation, which starts with a bracket. */
    private static boolean isNav(String t) {
        int i = firstNonSpace(t);
        return i < t.length() && t.charAt(i) == '[' && NAV.matcher(t).matches() && NAV_WORDS.matcher(t).matches();
    }

    private static int firstNonSpace(String t) {
        int i = 0;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    static void mark(List<Line> lines) {
        int n = lines.size();
        for (Line l : lines) {
            String t = l.text;
            if (l.blank) {
                continue;
            }
            char c = t.charAt(Math.min(t.length() - 1, firstNonSpace(t)));   // not l.indent: a tab counts as 4
            boolean maybe = c == '[' || c == '_' || c == '-' || c == 'P' || c == 'p' || c == 'N' || c == 'n' || c == 'M'
                    || c == 'm' || c == 'S' || c == 's';
            if (maybe && t.length() <= MAX_CHROME_LINE
                    && (isNav(t) || startsWithAny(t, PIPERMAIL_STARTS) && PIPERMAIL.matcher(t).lookingAt())) {
                l.chrome = true;
            }
        }
        // A sender line near the top, and the date and header lines around it.
        for (int i = 0; i < Math.min(n, 12); i++) {
            Line l = lines.get(i);
            if (!l.blank && l.text.length() <= MAX_CHROME_LINE && l.text.contains(" at ") && SENDER.matcher(l.text).matches()) {
                l.chrome = true;
                for (int j = i + 1; j < Math.min(n, i + 3); j++) {
                    Line d = lines.get(j);
                    if (!d.blank && MeetingDates.isDateLine(d.text.strip())) {
                        d.chrome = true;
                    }
                }
            }
        }
        int headerEnd = 0;
        while (headerEnd < n && MAIL_HEADER.matcher(lines.get(headerEnd).text).matches()) {
            lines.get(headerEnd).chrome = true;
            headerEnd++;
        }
        // Footers: everything after the list footer line or a signature separator, near the end.
        for (int i = Math.max(0, n - 40); i < n; i++) {
            String t = lines.get(i).text;
            if (startsWithAny(t, FOOTER_STARTS) && FOOTER_START.matcher(t).matches()) {
                for (int j = i; j < n; j++) {
                    lines.get(j).chrome = true;
                }
                break;
            }
        }
        // A last paragraph about the list's hosting or archive.
        int end = n - 1;
        while (end >= 0 && (lines.get(end).blank || lines.get(end).chrome)) {
            end--;
        }
        int start = end;
        while (start > 0 && !lines.get(start - 1).blank && !lines.get(start - 1).chrome) {
            start--;
        }
        if (start >= 0 && end >= start && end - start < 4) {
            StringBuilder b = new StringBuilder();
            for (int i = start; i <= end; i++) {
                b.append(lines.get(i).text).append(' ');
            }
            if (mentionsList(b.toString()) && FOOTER_WORDS.matcher(b).matches()) {
                for (int i = start; i <= end; i++) {
                    lines.get(i).chrome = true;
                }
            }
        }
        markSignature(lines);
    }

    /**
     * A sign-off at the very end of a post: a lone first name (or "Thanks, Name") after the last
     * paragraph, and nothing but chrome after it.
     */
    private static void markSignature(List<Line> lines) {
        int end = lines.size() - 1;
        while (end >= 0 && (lines.get(end).blank || lines.get(end).chrome)) {
            end--;
        }
        if (end < 1) {
            return;
        }
        Line last = lines.get(end);
        if (!lines.get(end - 1).blank) {
            return;
        }
        String t = last.text.strip();
        List<String> words = Names.nameWords(FINAL_PUNCTUATION.matcher(t).replaceAll(""));
        if (words != null && words.size() <= 2 && last.indent == 0 && !last.isItem()) {
            last.chrome = true;
            Line before = lines.get(end - 1);
            int k = end - 2;
            while (k >= 0 && lines.get(k).blank) {
                k--;
            }
            if (k >= 0 && SIGN_OFF.matcher(lines.get(k).text.strip()).matches()) {
                lines.get(k).chrome = true;
            }
            before.chrome = before.chrome || false;
        }
    }
}
