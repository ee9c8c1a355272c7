package dev.scribe.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the lines a reader takes for headings: markdown headings, the note's title, numbered
 * minutes items ({@code 1. Call to order}), labels that open a list ({@code Agenda:}), topic
 * lines standing over their discussion ({@code Crypto support}), and lines that repeat an
 * agenda item where its discussion starts.
 */
final class SectionFinder {

    /** How a heading is written; decides its depth in the outline. */
    enum Kind { HEADING, TITLE, NUMBERED, LETTERED, LABEL, KEYWORD, ECHO, TOPIC, MARKER }

    /** A heading found on a line. */
    static final class Found {
        final Line line;
        final Kind kind;
        final String title;
        final Section.Role role;
        int level;

        Found(Line line, Kind kind, String title) {
            this.line = line;
            this.kind = kind;
            this.title = title;
            Section.Role r = Section.Role.of(title);
            this.role = kind == Kind.TITLE && r == Section.Role.TOPIC ? Section.Role.TITLE : r;
        }
    }

    /** Section words that always open a section; the weak ones only outside an agenda list. */
    private static final Set<String> STRONG_KEYWORDS = Set.of("agenda", "participants", "attendees", "attendance",
            "present", "date", "discussion", "discussion topics", "discussion items", "topics", "minutes", "notes",
            "meeting notes", "action items", "actions", "action points", "decisions", "next steps", "next meeting",
            "summary", "glossary", "q&a", "q & a", "open questions", "roll call", "absent", "regrets", "apologies",
            "aob", "any other business", "open mic", "open floor", "follow-ups", "follow ups", "todo", "to do",
            "in attendance", "attendees present", "agenda items", "recap");
    private static final Set<String> WEAK_KEYWORDS = Set.of("updates", "announcements", "status", "links",
            "questions", "resources", "background", "news", "other", "misc", "miscellaneous", "introductions");
    private static final Set<String> LABEL_LAST_WORDS = Set.of("here", "below", "following", "follows", "include",
            "includes", "are", "is", "was", "were", "be", "as", "and", "or", "the", "a", "to", "of", "that", "with");
    private static final Set<String> LABEL_FIRST_WORDS = Set.of("the", "a", "an", "we", "i", "you", "it", "this",
            "these", "they", "there", "he", "she", "our", "my", "please", "see", "if", "when", "for", "in", "on");

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]");
    /** "[Name, project, 5 min]" at the end of an agenda item. */
    private static final Pattern TRAILING_BRACKETS = Pattern.compile("\\s*\\[[^\\]]*\\]\\s*$");

    private final List<Line> lines;
    private final Predicate<String> isPerson;
    /** Notes written without blank lines (a wiki export): headings cannot be told by layout. */
    private final boolean dense;
    private final List<Found> found = new ArrayList<>();
    /** The line being classified, without emphasis, and how many words it holds (-1: not counted yet). */
    private String plain;
    private int words;
    /** The content words of each agenda item seen so far. */
    private final List<List<String>> agendaItems = new ArrayList<>();
    /** The same words joined by spaces, item by item. */
    private final List<String> agendaPhrases = new ArrayList<>();

    private SectionFinder(List<Line> lines, Predicate<String> isPerson) {
        this.lines = lines;
        this.isPerson = isPerson;
        int first = 0;
        int last = lines.size() - 1;
        while (first <= last && !lines.get(first).isNotes()) {
            first++;
        }
        while (last >= first && !lines.get(last).isNotes()) {
            last--;
        }
        int blank = 0;
        for (int i = first; i <= last; i++) {
            if (lines.get(i).blank) {
                blank++;
            }
        }
        this.dense = blank * 20 < Math.max(1, last - first + 1);
    }

    static List<Found> find(List<Line> lines, Predicate<String> isPerson) {
        SectionFinder f = new SectionFinder(lines, isPerson);
        f.run();
        f.assignLevels();
        return f.found;
    }

    private void run() {
        boolean seenContent = false;
        boolean inTitleBlock = true;
        Found agenda = null;      // the agenda section whose items are being collected
        boolean listOpen = false; // still inside the agenda/participants list that opened last
        Section.Role listRole = null;
        boolean blankSinceList = false;
        int listItems = 0;
        for (Line line : lines) {
            if (line.chrome || line.code || line.rule) {
                continue;
            }
            if (line.blank) {
                if (listOpen && listItems > 0) {
                    blankSinceList = true;
                }
                continue;
            }
            if (blankSinceList) {
                listOpen = false;
            }
            String content = line.content();
            Found f = classify(line, content, seenContent, inTitleBlock, listOpen ? listRole : null);
            if (f != null) {
                found.add(f);
                if (f.kind != Kind.TITLE) {
                    inTitleBlock = false;
                }
                agenda = f.role == Section.Role.AGENDA ? f : null;
                listOpen = f.role == Section.Role.AGENDA || f.role == Section.Role.PARTICIPANTS;
                listRole = f.role;
                listItems = 0;
                blankSinceList = false;
            } else {
                if (inTitleBlock && !(line.indent >= 8 || MeetingDates.isDateLine(Names.stripEmphasis(content)))) {
                    inTitleBlock = false;
                }
                if (agenda != null && listOpen && listRole == Section.Role.AGENDA) {
                    String item = agendaItem(line, content);
                    List<String> itemWords = item == null ? List.of() : Markup.contentWords(item);
                    if (!itemWords.isEmpty()) {
                        agendaItems.add(itemWords);
                        agendaPhrases.add(String.join(" ", itemWords));
                    }
                }
                if (listOpen) {
                    listItems++;
                }
            }
            seenContent = true;
        }
    }

    private Found classify(Line line, String content, boolean seenContent, boolean inTitleBlock, Section.Role openList) {
        if (line.heading > 0) {
            return new Found(line, Kind.HEADING, Markup.title(content));
        }
        if (line.setext > 0) {
            return new Found(line, Kind.HEADING, Markup.title(content));
        }
        if (line.quote > 0) {
            return null;
        }
        String plain = Names.stripEmphasis(content);
        if (plain.isEmpty()) {
            return null;
        }
        this.plain = plain;
        words = -1;
        if (MeetingDates.isDateLine(plain)) {
            return null;
        }
        String bare = stripColon(plain);
        // Keywords are short: no need to fold a long line.
        String folded = bare.length() <= 30 ? Words.fold(bare) : "";
        if (!seenContent && !line.isItem() && !looksLikeTurn(plain) && words() <= 20
                && !STRONG_KEYWORDS.contains(folded)) {
            return new Found(line, Kind.TITLE, titleOf(plain));
        }
        if (inTitleBlock && line.indent >= 8 && !line.isItem() && words() <= 12) {
            return new Found(line, Kind.TITLE, plain);   // a centred title line of plain-text minutes
        }
        if (isEnumeratedHeading(line, plain)) {
            String title = line.ordinal + ". " + plain;
            return new Found(line, Character.isDigit(line.ordinal.charAt(line.ordinal.length() - 1))
                    ? Kind.NUMBERED : Kind.LETTERED, title);
        }
        if (line.isItem() && line.indent > 1) {
            return null;   // nested list items are never headings
        }
        if (isMarker(plain)) {
            return new Found(line, Kind.MARKER, plain);
        }
        if (startsWithTopicWord(plain)) {
            return new Found(line, Kind.LABEL, Markup.title(plain));
        }
        if (isLabel(line, plain)) {
            return new Found(line, Kind.LABEL, Markup.title(plain));
        }
        if (line.isItem()) {
            return null;
        }
        if (STRONG_KEYWORDS.contains(folded) || WEAK_KEYWORDS.contains(folded) && openList != Section.Role.AGENDA) {
            return new Found(line, Kind.KEYWORD, Markup.title(plain));
        }
        if (openList == null && (dense || startsBlock(line)) && echoesAgenda(plain)) {
            return new Found(line, Kind.ECHO, Markup.title(plain));
        }
        if (isTopicLine(line, plain)) {
            return new Found(line, Kind.TOPIC, Markup.title(plain));
        }
        return null;
    }

    /** How many words the line being classified holds: counted when first needed. */
    private int words() {
        if (words < 0) {
            words = Markup.wordCount(plain);
        }
        return words;
    }

    /** "[svsm-devel] Notes: SVSM Call" reads as "Notes: SVSM Call". */
    private static String titleOf(String plain) {
        String t = Markup.title(plain);
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close > 0 && close < t.length() - 2) {
                t = t.substring(close + 1).strip();
            }
        }
        return t;
    }

    private static String stripColon(String s) {
        String t = s.strip();
        while (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** "Name: text" or "Name - text" at the start: a turn, never the note's title. */
    private boolean looksLikeTurn(String plain) {
        int colon = plain.indexOf(':');
        if (colon > 0 && colon < plain.length() - 1 && isPerson.test(plain.substring(0, colon).strip())) {
            return true;
        }
        int dash = plain.indexOf(" - ");
        return dash > 0 && isPerson.test(plain.substring(0, dash).strip());
    }

    /**
     * "1. Call to order" or "A. Executive Officer Appointments" standing over an indented body
     * or a sibling, with a blank line after it: the numbered items of plain-text minutes.
     */
    private boolean isEnumeratedHeading(Line line, String plain) {
        if (line.ordinal == null || line.bullet != 0 || line.quote > 0 || line.indent > 6) {
            return false;
        }
        if (words() > 14 || Markup.hasUrl(plain) || plain.endsWith("?")) {
            return false;
        }
        int j = line.index + 1;
        int wraps = 0;
        while (j < lines.size() && !lines.get(j).blank && !lines.get(j).chrome && wraps < 2
                && !lines.get(j).isItem() && lines.get(j).heading == 0) {
            j++;
            wraps++;
        }
        if (j < lines.size() && !lines.get(j).blank && !lines.get(j).chrome) {
            return false;   // runs straight into more content or the next item: a list item
        }
        Line prev = line.index > 0 ? lines.get(line.index - 1) : null;
        if (prev != null && prev.ordinal != null && !prev.blank) {
            return false;   // the last item of a tight numbered list
        }
        Line next = nextNotes(j);
        if (next == null) {
            return true;
        }
        if (next.heading > 0 || next.setext > 0) {
            return false;
        }
        if (next.ordinal != null && next.bullet == 0) {
            return Math.abs(next.indent - line.indent) <= 3;
        }
        return next.indent >= line.indent && !next.isItem() || next.indent > line.indent;
    }

    /** "&lt; xenstore setup discussion &gt;": a note-taker's marker for a discussion not written down. */
    private boolean isMarker(String plain) {
        return plain.length() > 4 && plain.startsWith("<") && plain.endsWith(">") && plain.charAt(1) == ' '
                && plain.indexOf('=') < 0 && words() <= 10;
    }

    /** "Topic: Getting device info to the toolstack" and its like. */
    private boolean startsWithTopicWord(String plain) {
        // A quick test before the case-blind comparisons: "To..." or "Su...", in any case.
        if (plain.length() < 6) {
            return false;
        }
        char first = Chars.toUpperCase(plain.charAt(0));
        char second = Chars.toUpperCase(plain.charAt(1));
        if (!(first == 'T' && second == 'O' || first == 'S' && second == 'U')) {
            return false;
        }
        return (plain.regionMatches(true, 0, "topic:", 0, 6) || plain.regionMatches(true, 0, "subject:", 0, 8)
                || plain.regionMatches(true, 0, "topic -", 0, 7)) && words() <= 14;
    }

    /**
     * A short phrase ending in a colon that opens a list or a block: {@code Agenda:},
     * {@code Development update from SUSE:}, a top-level {@code * Questions:}.
     */
    private boolean isLabel(Line line, String plain) {
        if (!plain.endsWith(":") || plain.endsWith("::") || Markup.hasUrl(plain) || plain.indexOf('?') >= 0) {
            return false;
        }
        String body = stripColon(plain);
        List<String> words = Markup.words(body);
        if (words.isEmpty() || words.size() > 6) {
            return false;
        }
        String first = Words.fold(words.get(0));
        String last = NON_LETTERS.matcher(Words.fold(words.get(words.size() - 1))).replaceAll("");
        if (LABEL_FIRST_WORDS.contains(first) || LABEL_LAST_WORDS.contains(last)) {
            return false;
        }
        if (!line.isItem()) {
            Line prev = prevNotes(line.index);
            if (prev != null && prev.index == line.index - 1 && !isFound(prev)) {
                return false;   // the end of a paragraph's sentence, not a label
            }
        }
        if (isPerson.test(Markup.title(body))) {
            return false;   // "- Jörg:" opens Jörg's turn
        }
        Line next = nextNotes(line.index + 1);
        if (next == null || next.heading > 0 || next.setext > 0) {
            return false;
        }
        return !line.isItem() || next.indent > line.indent && siblingsAreLabels(line);
    }

    /**
     * A top-level "* Label:" heads a section only when the top-level items around it are labels
     * too ("* Questions:", "* Guidance:"); among plain items it is just an item.
     */
    private boolean siblingsAreLabels(Line item) {
        for (int dir = -1; dir <= 1; dir += 2) {
            for (int k = item.index + dir; k >= 0 && k < lines.size(); k += dir) {
                Line l = lines.get(k);
                if (l.blank || l.code || l.chrome || l.indent > item.indent) {
                    continue;
                }
                if (l.heading > 0 || l.setext > 0 || !l.isItem()) {
                    break;
                }
                if (!Names.stripEmphasis(l.content()).endsWith(":")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A line that repeats an agenda item: where that item's discussion starts. */
    private boolean echoesAgenda(String plain) {
        if (agendaItems.isEmpty() || plain.endsWith(".") || plain.endsWith(",") || plain.contains(": ")
                || words() > 10) {
            return false;
        }
        List<String> mine = Markup.contentWords(plain);
        if (mine.isEmpty()) {
            return false;
        }
        String phrase = null;
        for (int i = 0; i < agendaItems.size(); i++) {
            List<String> theirs = agendaItems.get(i);
            if (mine.equals(theirs) || startsWith(mine, theirs) || startsWith(theirs, mine)) {
                return !startsWithPerson(plain);
            }
            if (mine.size() >= 3 && theirs.size() > mine.size()) {
                if (phrase == null) {
                    phrase = String.join(" ", mine);
                }
                if (agendaPhrases.get(i).contains(phrase)) {
                    return !startsWithPerson(plain);
                }
            }
            if (mine.size() >= 2) {
                int shared = 0;
                for (String w : mine) {
                    if (theirs.contains(w)) {
                        shared++;
                    }
                }
                if (shared >= 2 && shared * 3 >= mine.size() * 2) {
                    return !startsWithPerson(plain);
                }
            }
        }
        return false;
    }

    private boolean startsBlock(Line line) {
        Line prev = prevNotes(line.index);
        return prev == null || prev.index < line.index - 1 || isFound(prev);
    }

    private static boolean startsWith(List<String> a, List<String> prefix) {
        return prefix.size() <= a.size() && a.subList(0, prefix.size()).equals(prefix);
    }

    /**
     * A short line with no sentence punctuation that starts a block and stands over content:
     * {@code Crypto support}, {@code Launch protocol}, {@code Release planning (continued)}.
     */
    private boolean isTopicLine(Line line, String plain) {
        if (plain.length() > 70 || plain.contains(": ") || plain.indexOf('|') >= 0 || Markup.hasUrl(plain)) {
            return false;
        }
        char last = plain.charAt(plain.length() - 1);
        if (".,;:!?".indexOf(last) >= 0) {
            return false;
        }
        int first = plain.codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first) || words() > 8) {
            return false;
        }
        Line prev = prevNotes(line.index);
        boolean blockStart = prev == null || prev.index < line.index - 1 || prev.heading > 0 || prev.setext > 0;
        if (!blockStart || startsWithPerson(plain)) {
            return false;
        }
        if (line.index + 1 < lines.size() && !lines.get(line.index + 1).blank && !lines.get(line.index + 1).chrome) {
            Line next = lines.get(line.index + 1);
            String body = next.content();
            return next.indent > line.indent || next.isItem() || looksLikeTurn(body)
                    || words() <= 6 && !body.isEmpty() && Markup.wordCount(body) > words()
                    && (".?!".indexOf(body.charAt(body.length() - 1)) >= 0 || body.contains(": "));
        }
        Line next = nextNotes(line.index + 1);
        return next != null && next.heading == 0
                && (next.indent > line.indent || next.bullet != 0 && next.indent >= line.indent);
    }

    private boolean startsWithPerson(String plain) {
        List<String> words = Markup.words(plain);
        for (int n = Math.min(3, words.size()); n >= 1; n--) {
            String head = String.join(" ", words.subList(0, n));
            if (!head.isEmpty() && ",:;.".indexOf(head.charAt(head.length() - 1)) >= 0) {
                head = head.substring(0, head.length() - 1);
            }
            if (isPerson.test(head)) {
                return true;
            }
        }
        return false;
    }

    /** The text of an agenda item, for matching the discussion's headings against it. */
    private static String agendaItem(Line line, String content) {
        String s = Markup.title(content);
        if (s.indexOf(']') >= 0) {
            s = TRAILING_BRACKETS.matcher(s).replaceAll("");   // "[Name, project, 5 min]"
        }
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    private boolean isFound(Line line) {
        for (int i = found.size() - 1; i >= 0; i--) {
            if (found.get(i).line == line) {
                return true;
            }
            if (found.get(i).line.index < line.index) {
                break;
            }
        }
        return false;
    }

    private Line prevNotes(int index) {
        for (int i = index - 1; i >= 0; i--) {
            Line l = lines.get(i);
            if (!l.blank && !l.chrome && !l.code) {
                return l;
            }
        }
        return null;
    }

    private Line nextNotes(int from) {
        for (int i = from; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!l.blank && !l.chrome && !l.rule) {
                return l;
            }
        }
        return null;
    }

    /**
     * Depth in the outline: markdown headings by their #s; the title at the top; numbered items
     * under the heading they follow, lettered items under numbered ones; labels and topic lines
     * one below the structure they stand in.
     */
    private void assignLevels() {
        int heading = 0;          // level of the last markdown heading or title
        int numbered = 0;         // level of the last numbered item under it, 0 if none
        int lettered = 0;
        for (Found f : found) {
            switch (f.kind) {
                case HEADING -> {
                    f.level = f.line.heading > 0 ? f.line.heading : f.line.setext;
                    heading = f.level;
                    numbered = 0;
                    lettered = 0;
                }
                case TITLE -> {
                    f.level = 1;
                    heading = 1;
                    numbered = 0;
                    lettered = 0;
                }
                case NUMBERED -> {
                    f.level = heading + 1;
                    numbered = f.level;
                    lettered = 0;
                }
                case LETTERED -> {
                    f.level = (numbered > 0 ? numbered : heading) + 1;
                    lettered = f.level;
                }
                default -> f.level = Math.max(Math.max(heading, numbered), lettered) + 1;
            }
        }
    }
}
