package dev.scribe.notes;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the many spellings of a meeting date: {@code 2021-06-10}, {@code May 27, 2021},
 * {@code 26 March 2019}, {@code Wed Sep 13 20:48:13 CEST 2023}, {@code July 15th 2015}.
 */
public final class MeetingDates {
    private MeetingDates() {
    }

    /** A date found in a piece of text, and where it stands there. */
    public record Found(LocalDate date, int start, int end) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("(?<![\\d/-])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,)?\\s+(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?:[A-Z]{2,5}\\s+)?)?(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_NAME = Pattern.compile("(?<!\\d)(\\d{4})[-_.]?(\\d{2})[-_.]?(\\d{2})(?!\\d)");
    /** What may surround a date on a line that holds nothing else: weekdays, times, zones. */
    private static final Pattern DATE_LINE_REST = Pattern.compile(
            "(?i:\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?)"
            + "|(?i:\\b\\d{1,2}(?::\\d{2}){1,2}(?:\\s*[ap]\\.?m\\.?)?)|(?i:\\b\\d{1,2}\\s*[ap]\\.?m\\.?)"
            + "|\\b[A-Z]{2,5}\\b|(?i:\\b(?:date|at|on|utc|gmt)\\b)|[\\s,.:;*_()\\-|/]");

    /** The first date in the text, or null. */
    public static Found find(String text) {
        return hasYear(text) ? findWithYear(text) : null;
    }

    /** {@link #find} for a text known to hold four digits in a row. */
    private static Found findWithYear(String text) {
        Found best = null;
        // The spelled-out forms need a month's name: most text has none.
        Pattern[] patterns = mentionsMonth(text) ? ALL : ISO_ONLY;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                LocalDate d = toDate(p, m);
                if (d != null) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(d, m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return best;
    }

    private static final Pattern[] ALL = {ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR};
    private static final Pattern[] ISO_ONLY = {ISO};
    /** The first three letters of each month, as the patterns spell them. */
    private static final String[] MONTH_STARTS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    /** Does the text hold the first three letters of a month's name, in any case? */
    private static boolean mentionsMonth(String text) {
        for (int i = 0; i + 3 <= text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'j' || c == 'f' || c == 'm' || c == 'a' || c == 's' || c == 'o' || c == 'n' || c == 'd'
                    || c == 'J' || c == 'F' || c == 'M' || c == 'A' || c == 'S' || c == 'O' || c == 'N' || c == 'D') {
                for (String m : MONTH_STARTS) {
                    if (Chars.startsWithIgnoreCase(text, i, m)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A date in a file name such as {@code 2021-06-10-stratos-sync.txt} or {@code 20210610.md}. */
    public static LocalDate fromFileName(String name) {
        Matcher m = IN_NAME.matcher(name);
        while (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** True when the text is a date and nothing else of substance ("May 27, 2021", a mail date). */
    static boolean isDateLine(String text) {
        if (text.length() > 60 || !hasYear(text)) {
            return false;   // most lines: no four digits in a row, so no date
        }
        Found f = findWithYear(text);
        if (f == null) {
            return false;
        }
        String rest = text.substring(0, f.start()) + " " + text.substring(f.end());
        return DATE_LINE_REST.matcher(rest).replaceAll("").isEmpty();
    }

    /** Four digits in a row: every spelling of a date read here has its year. */
    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate toDate(Pattern p, Matcher m) {
        if (p == ISO) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        if (p == MONTH_DAY_YEAR) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        return date(m.group(3), month(m.group(2)), m.group(1));
    }

    private static String month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer n = MONTHS.get(key.length() > 4 ? key.substring(0, 3) : key);
        if (n == null) {
            n = MONTHS.get(key.substring(0, Math.min(3, key.length())));
        }
        return n == null ? "0" : n.toString();
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1900 || year > 2200) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
