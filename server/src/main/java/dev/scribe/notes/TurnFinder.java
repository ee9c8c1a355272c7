package dev.scribe.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds who said what: the turns of a note and how far each one runs. A turn starts at a
 * speaker prefix ({@code Name:}, {@code [name]}, {@code Name - }, {@code ??:}) or where a person
 * the note knows opens a sentence; it runs over the lines that continue it (wrapped text,
 * indented lines, nested items) and ends at the next turn, a blank line or a heading.
 */
final class TurnFinder {

    /**
     * How a written name looks, as {@link #newSpeakerAllowed} asks: whether its words look like
     * a name, how many there are, and whether they could name someone new.
     */
    private record NameShape(boolean name, int words, boolean plausible) {
        static NameShape of(String written) {
            List<String> words = Names.nameWords(written);
            return new NameShape(words != null, words == null ? 0 : words.size(), Names.plausibleNewName(words));
        }
    }

    /** A turn start found on a line, before its extent is known: who it credits, in order. */
    private record Start(Line line, int offset, List<Credit> credits, Turn.Form form) {
    }

    /**
     * One name of a turn start: the person (null for an unknown speaker, and in the prescan),
     * the name as written and where, whether it is a misspelling, and how it matched
     * ({@link People.Match#rank()}).
     */
    private record Credit(People.Entry who, String written, Span nameSpan, boolean fuzzy, int rank) {
    }

    private static final Pattern VALUE = Pattern.compile("(?i)(https?://|www\\.|\\d|#\\d|@|\\[[^\\]]*\\]\\(|<http)");
    private static final Pattern QUESTIONS_LABEL = Pattern.compile("(?i).*\\b(questions?|q ?& ?a)\\b.*:\\s*$");
    private static final Pattern ACTION = Pattern.compile(
            "(?i)(will|to|can|shall|should|may|might|must|is going to|was asked|has been asked|agreed to|volunteered to)\\b");
    /** The phrases of {@link #ACTION}, for a quick test before the pattern. */
    private static final String[] ACTION_PHRASES = {"will", "to", "can", "shall", "should", "may", "might", "must",
        "is going to", "was asked", "has been asked", "agreed to", "volunteered to"};
    private static final Set<String> NOT_TAGS = Set.of("x", "ai", "tbd", "wip", "todo", "done", "draft", "edit", "fixme");

    private final List<Line> lines;
    private final boolean[] skip;
    private final boolean[] sectionTitle;
    private final People people;
    private final boolean prescan;
    /** Name-like words that open a sentence but name nobody the note knows, by offset. */
    private final java.util.Map<Integer, Mention> strangers = new java.util.TreeMap<>();
    /** The shape of each written name met so far: a note credits the same few names again and again. */
    private final java.util.Map<String, NameShape> shapes = new java.util.HashMap<>();
    /** Lines where a turn starts at the content's start: found once, asked for many times. */
    private boolean[] lineStartsTurn;

    private TurnFinder(List<Line> lines, boolean[] skip, boolean[] sectionTitle, People people, boolean prescan) {
        this.lines = lines;
        this.skip = skip;
        this.sectionTitle = sectionTitle;
        this.people = people;
        this.prescan = prescan;
    }

    /**
     * Speakers credited by an explicit prefix, before anyone else is known: the names that
     * {@code Name: text} lines introduce. Each entry is {name, offset}.
     */
    static List<Object[]> prescan(List<Line> lines) {
        boolean[] none = new boolean[lines.size()];
        TurnFinder f = new TurnFinder(lines, none, none, new People(), true);
        List<Object[]> out = new ArrayList<>();
        for (Start s : f.starts()) {
            for (Credit c : s.credits) {
                out.add(new Object[] {c.written, c.nameSpan.start()});
            }
        }
        return out;
    }

    /**
     * @param skip lines that hold no turns (participant lists)
     * @param sectionTitle lines that are section titles
     */
    static List<Turn> find(List<Line> lines, boolean[] skip, boolean[] sectionTitle, People people,
                           List<Mention> strangers) {
        TurnFinder f = new TurnFinder(lines, skip, sectionTitle, people, false);
        List<Start> starts = f.starts();
        int[] ends = new int[starts.size()];
        for (int i = 0; i < starts.size(); i++) {
            Start s = starts.get(i);
            Start next = i + 1 < starts.size() ? starts.get(i + 1) : null;
            if (next != null && next.line == s.line) {
                ends[i] = trimEnd(s.line, next.offset);
            } else if (s.form == Turn.Form.PRESENTER) {
                ends[i] = f.itemTextEnd(s.line);
            } else {
                ends[i] = s.line.isItem() ? f.itemEnd(s.line) : f.paragraphEnd(s.line);
            }
            for (Credit c : s.credits) {
                // Full names, first names and misspellings vote on the spelling; "[Ilaya]" for
                // "Ilayaperumal" is a short form and does not.
                if (c.who != null && (c.rank <= 1 || c.rank == 4)) {
                    c.who.wrote(c.written);
                }
            }
        }
        strangers.addAll(f.strangers.values());
        // Names are final only once every spelling has been counted.
        List<Turn> turns = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            Start s = starts.get(i);
            for (Credit c : s.credits) {
                People.Entry e = c.who;
                // Misspelled against the name as finally spelled, not against the first spelling seen.
                boolean misspelled = e != null && c.fuzzy
                        && !Words.fold(firstWord(c.written)).equals(Words.fold(firstWord(e.name)));
                turns.add(new Turn(e == null ? null : e.name, c.written, c.nameSpan,
                        new Span(s.form == Turn.Form.PRESENTER ? s.line.contentOffset() : s.credits.get(0).nameSpan.start(),
                                Math.max(ends[i], c.nameSpan.end())),
                        s.form, misspelled));
            }
        }
        return turns;
    }

    private static String firstWord(String name) {
        int sp = name.indexOf(' ');
        return sp < 0 ? name : name.substring(0, sp);
    }

    private static int trimEnd(Line line, int offset) {
        int e = offset;
        while (e > line.start && Character.isWhitespace(line.text.charAt(e - 1 - line.start))) {
            e--;
        }
        return e;
    }

    private List<Start> starts() {
        List<Start> out = new ArrayList<>();
        lineStartsTurn = new boolean[lines.size()];
        for (Line line : lines) {
            if (!line.isNotes() || skip[line.index] || sectionTitle[line.index] || line.rule) {
                continue;
            }
            String t = line.text;
            int cs = line.contentStart;
            Start first = accept(line, cs, true);
            if (first != null) {
                out.add(first);
                lineStartsTurn[line.index] = true;
            }
            if (prescan) {
                continue;
            }
            // Later sentences of the line that open with a known person: "... queue. Vincent do we ...".
            for (int i = nextSentenceEnd(t, cs + 1); i >= 0 && i < t.length() - 2; i = nextSentenceEnd(t, i + 1)) {
                if (t.charAt(i + 1) == ' ') {
                    int s = i + 1;
                    while (s < t.length() && t.charAt(s) == ' ') {
                        s++;
                    }
                    if (s < t.length() && Character.isUpperCase(t.charAt(s)) && (first == null || s > first.offset - line.start)
                            && mayNameSomeone(t, s)) {
                        Start mid = accept(line, s, false);
                        if (mid != null) {
                            out.add(mid);
                        }
                    }
                }
            }
            if (line.isItem() && first == null) {
                Start presenter = presenter(line);
                if (presenter != null) {
                    out.add(presenter);
                }
            }
        }
        return out;
    }

    /** A turn starting at index {@code i} of the line, if the words there name someone. */
    private Start accept(Line line, int i, boolean lineStart) {
        SpeakerPrefix p;
        if (i == line.contentStart) {
            if (!line.prefixRead) {
                line.prefix = SpeakerPrefix.read(line.text, i);
                line.prefixRead = true;
            }
            p = line.prefix;
        } else {
            p = SpeakerPrefix.read(line.text, i);
        }
        if (p == null) {
            return null;
        }
        if (!lineStart && p.form != Turn.Form.OPENING && p.form != Turn.Form.COMMA && p.form != Turn.Form.COLON
                && p.form != Turn.Form.DASH) {
            return null;
        }
        if (p.form == Turn.Form.OPENING && mayStartAction(line.text, p.textStart)
                && ACTION.matcher(line.text).region(Math.min(p.textStart, line.text.length()),
                line.text.length()).lookingAt()) {
            return null;   // "Josh can help organize", "Nikhita to ask Jorge": an action, not a turn
        }
        if (p.form == Turn.Form.UNKNOWN) {
            SpeakerPrefix.Name n = p.names.get(0);
            Credit c = new Credit(null, n.written(), new Span(line.start + n.start(), line.start + n.end()), false, 0);
            return new Start(line, line.start + i, List.of(c), p.form);
        }
        List<Credit> credits = null;   // made once a name is credited: most prefixes name nobody
        for (int ni = 0; ni < p.names.size(); ni++) {
            SpeakerPrefix.Name n = p.names.get(ni);
            String w = n.written();
            int nameEnd = n.end();
            if (w.endsWith("'s") || w.endsWith("’s")) {
                return null;   // "Claudio's PR": about someone, not by them
            }
            People.Match m = null;
            if (!prescan && p.form == Turn.Form.OPENING) {
                // "Alex Virtio-wayland been talked about": the longest words that are a known full
                // name, else the first word alone.
                // (A name's words stand one space apart: all of them together are the name as written.)
                List<String> words = w.indexOf(' ') < 0 ? List.of(w) : Markup.words(w);
                for (int k = words.size(); k >= 1 && m == null; k--) {
                    String shorter = k == words.size() ? w : String.join(" ", words.subList(0, k));
                    People.Match t = people.resolve(shorter, line.start + n.start(), allowFuzzy(p.form, shorter));
                    if (t != null && (k == 1 || t.rank() == 0)) {
                        m = t;
                        w = shorter;
                        nameEnd = n.start() + shorter.length();
                    }
                }
            } else if (!prescan) {
                m = people.resolve(w, line.start + n.start(), allowFuzzy(p.form, w));
            }
            People.Entry who;
            boolean off = false;
            int rank = 0;
            if (m != null) {
                who = m.entry();
                off = m.fuzzy();
                rank = m.rank();
            } else if (newSpeakerAllowed(p, w, line)) {
                who = prescan ? null : people.addSpeaker(w, line.start + n.start());
            } else {
                noteStranger(line, n);
                return null;
            }
            if (credits == null) {
                credits = new ArrayList<>(p.names.size());
            }
            credits.add(new Credit(who, w, new Span(line.start + n.start(), line.start + nameEnd), off, rank));
        }
        return new Start(line, line.start + i, credits == null ? List.of() : credits, p.form);
    }

    /** Can {@link #ACTION} match at i: does one of its phrases start there, in any case? */
    private static boolean mayStartAction(String t, int i) {
        if (i >= t.length() || "wtcsmiahvWTCSMIAHV".indexOf(t.charAt(i)) < 0) {
            return false;   // no phrase starts with this letter
        }
        for (String a : ACTION_PHRASES) {
            if (Chars.startsWithIgnoreCase(t, i, a)) {
                return true;
            }
        }
        return false;
    }

    /** "Steffano does not dislike it": maybe a misspelled name, for the workspace to judge. */
    private void noteStranger(Line line, SpeakerPrefix.Name n) {
        if (prescan) {
            return;
        }
        String first = Markup.words(n.written()).get(0);
        if (first.length() >= 4 && Names.isNameWord(first) && !Words.isCommon(first) && !AcronymFinder.isAcronym(first)) {
            int at = line.start + n.start();
            strangers.putIfAbsent(at, new Mention(first, new Span(at, at + first.length())));
        }
    }

    private static boolean allowFuzzy(Turn.Form form, String written) {
        return written.length() >= 3 && form != Turn.Form.TAG;
    }

    /** May a name nobody introduced be taken for a speaker, given how it is written? */
    private boolean newSpeakerAllowed(SpeakerPrefix p, String written, Line line) {
        if (p.form != Turn.Form.COLON && p.form != Turn.Form.DASH && p.form != Turn.Form.TAG) {
            return false;
        }
        NameShape shape = shapes.computeIfAbsent(written, NameShape::of);
        switch (p.form) {
            case COLON:
                if (p.questionMark) {
                    return shape.name;
                }
                return shape.plausible && says(p, line);
            case DASH:
                return shape.name && shape.words >= 2 && shape.plausible && says(p, line);
            case TAG:
                return shape.name && !NOT_TAGS.contains(written.toLowerCase(Locale.ROOT)) && shape.plausible;
            default:
                return false;
        }
    }

    /** Text follows the prefix, and it is speech rather than a value ("Tracker: https://...", "Date: 5"). */
    private static boolean says(SpeakerPrefix p, Line line) {
        int s = p.textStart;
        while (s < line.text.length() && Character.isWhitespace(line.text.charAt(s))) {
            s++;
        }
        if (s >= line.text.length()) {
            return false;
        }
        return !(mayBeValue(line.text, s) && VALUE.matcher(line.text).region(s, line.text.length()).lookingAt());
    }

    /** Can {@link #VALUE} match at s: does one of its forms start there? A quick test before the pattern. */
    private static boolean mayBeValue(String t, int s) {
        char c = t.charAt(s);
        return c >= '0' && c <= '9' || c == '@' || c == '[' || c == '#'
                || Chars.startsWithIgnoreCase(t, s, "http") || Chars.startsWithIgnoreCase(t, s, "www.")
                || Chars.startsWithIgnoreCase(t, s, "<http");
    }

    /** "Demo of X [Peter Parente, jupyter/docker-stacks, 5 min]": the presenter of an item. */
    private Start presenter(Line line) {
        String t = line.text;
        int end = t.length();
        while (end > 0 && (Character.isWhitespace(t.charAt(end - 1)) || t.charAt(end - 1) == '.')) {
            end--;
        }
        if (end == 0 || t.charAt(end - 1) != ']') {
            return null;
        }
        int open = t.lastIndexOf('[', end - 1);
        if (open <= line.contentStart) {
            return null;
        }
        String inside = t.substring(open + 1, end - 1);
        int cut = inside.length();
        for (char c : new char[] {',', '(', ';'}) {
            int k = inside.indexOf(c);
            if (k >= 0 && k < cut) {
                cut = k;
            }
        }
        String name = inside.substring(0, cut).strip();
        if (name.isEmpty() || Markup.wordCount(name) > 3) {
            return null;
        }
        int nameStart = open + 1 + inside.indexOf(name);
        People.Match m = people.resolve(name, line.start + nameStart, false);
        People.Entry who;
        int rank = 0;
        if (m != null) {
            who = m.entry();
            rank = m.rank();
        } else if (Names.plausibleNewName(Names.nameWords(name))) {
            who = people.addSpeaker(name, line.start + nameStart);
        } else {
            return null;
        }
        Span span = new Span(line.start + nameStart, line.start + nameStart + name.length());
        return new Start(line, line.start + nameStart, List.of(new Credit(who, name, span, false, rank)),
                Turn.Form.PRESENTER);
    }

    /** End of an item's own text: the item line and its wrapped lines, without nested items. */
    private int itemTextEnd(Line item) {
        int end = item.end;
        for (int k = item.index + 1; k < lines.size(); k++) {
            Line m = lines.get(k);
            if (!m.isNotes() || m.isItem() || sectionTitle[k] || m.indent <= item.indent && !Line.continues(lines.get(k - 1), m)) {
                break;
            }
            end = m.end;
        }
        return end;
    }

    /** End of an item turn: its wrapped lines and nested items, not a nested Q&amp;A list. */
    private int itemEnd(Line item) {
        int end = item.end;
        for (int k = item.index + 1; k < lines.size(); k++) {
            Line m = lines.get(k);
            if (m.chrome || sectionTitle[k]) {
                break;
            }
            if (m.blank) {
                Line n = nextNotes(k);
                if (n != null && n.indent > item.indent && !sectionTitle[n.index] && !n.chrome) {
                    continue;
                }
                break;
            }
            if (m.code) {
                continue;
            }
            if (m.isItem()) {
                if (m.indent <= item.indent) {
                    break;
                }
                if (QUESTIONS_LABEL.matcher(m.content()).matches()) {
                    break;   // the audience's questions after a talk are not the speaker's
                }
                end = m.end;
            } else if (m.indent > item.indent || Line.continues(lines.get(k - 1), m)) {
                end = m.end;
            } else {
                break;
            }
        }
        return end;
    }

    /** End of a paragraph turn: the lines that carry on the sentence it started. */
    private int paragraphEnd(Line first) {
        int end = first.end;
        boolean openEmphasis = opensEmphasis(first.content());
        for (int k = first.index + 1; k < lines.size(); k++) {
            Line m = lines.get(k);
            if (!m.isNotes() || m.isItem() || sectionTitle[k] || m.heading > 0) {
                break;
            }
            if (startsTurn(m)) {
                break;
            }
            if (openEmphasis || m.indent > first.indent || Line.continues(lines.get(k - 1), m)) {
                end = m.end;
                if (openEmphasis && closesEmphasis(m.content())) {
                    openEmphasis = false;
                }
            } else {
                break;
            }
        }
        return end;
    }

    private boolean startsTurn(Line m) {
        return lineStartsTurn != null ? lineStartsTurn[m.index] : accept(m, m.contentStart, true) != null;
    }

    /** The next '.', '?', '!' or ';' at or after {@code from}, or -1. */
    private static int nextSentenceEnd(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' || c == '?' || c == '!' || c == ';') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Could the word at {@code s} open a turn mid-line? Everyday words ("The", "We") only when a
     * person of the note has them for a first name ("Will", "Bill"): a cheap test before reading.
     */
    private boolean mayNameSomeone(String t, int s) {
        int e = s;
        while (e < t.length() && Character.isLetter(t.charAt(e))) {
            e++;
        }
        String word = t.substring(s, e);
        // An everyday word ("Will", "May") names someone only as the first of a full name or
        // as a first name known already; accept() decides the rest.
        boolean fullName = e + 1 < t.length() && t.charAt(e) == ' ' && Character.isUpperCase(t.charAt(e + 1));
        return !Words.isCommon(word) || fullName || people.hasFirstName(word);
    }

    private static boolean opensEmphasis(String content) {
        String c = content.strip();
        return (c.startsWith("_") && !c.endsWith("_")) || (c.startsWith("*") && !c.startsWith("* ") && !c.endsWith("*"));
    }

    private static boolean closesEmphasis(String content) {
        String c = content.strip();
        return c.endsWith("_") || c.endsWith("*");
    }

    private Line nextNotes(int from) {
        for (int i = from; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!l.blank) {
                return l;
            }
        }
        return null;
    }
}
