package dev.scribe.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the questions of a note (sentences ending in {@code ?}, lines opening with {@code Q:}),
 * who asked each one, and whether it was asked in the meeting or stands in an agenda or a
 * prepared list of open questions.
 */
final class QuestionFinder {

    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "vs", "etc", "approx", "cf", "mr", "mrs",
            "ms", "dr", "st", "no", "fig", "ca", "resp", "incl", "esp", "viz", "al");
    /** "Open question: ..." or "(open) ...": the note-taker says nobody is expected to own it. */
    static final java.util.regex.Pattern OPEN_MARK = java.util.regex.Pattern.compile("(?i)[*_\\s]*(open question\\s*:|\\(open\\)|\\[open\\])");
    private static final String CLOSERS = ")]}\"'’”_*>";

    private final String text;
    private final List<Line> lines;
    private final List<Turn> turns;
    private final Section.Role[] roleOf;
    private final int[] sectionIndent;
    private final boolean[] sectionTitle;
    private final boolean[] skip;
    /** Where each turn's name starts, in list order: for {@link #lastStartingBefore}. */
    private int[] nameStarts;
    /** Indices of the turns sorted by start, and the furthest end among the first k of them. */
    private int[] byStart;
    private int[] reach;

    /**
     * @param roleOf for each line, the role of the innermost section it stands in, with agenda
     *     and question roles inherited from enclosing sections
     * @param sectionIndent for each line, the indentation of the top-level items of its section
     */
    private QuestionFinder(String text, List<Line> lines, List<Turn> turns, Section.Role[] roleOf,
                           int[] sectionIndent, boolean[] sectionTitle, boolean[] skip) {
        this.text = text;
        this.lines = lines;
        this.turns = turns;
        this.roleOf = roleOf;
        this.sectionIndent = sectionIndent;
        this.sectionTitle = sectionTitle;
        this.skip = skip;
    }

    static List<Question> find(String text, List<Line> lines, List<Turn> turns, Section.Role[] roleOf,
                               int[] sectionIndent, boolean[] sectionTitle, boolean[] skip) {
        return new QuestionFinder(text, lines, turns, roleOf, sectionIndent, sectionTitle, skip).run();
    }

    private List<Question> run() {
        List<Question> out = new ArrayList<>();
        List<Question> prefixed = new ArrayList<>();
        for (Line line : lines) {
            if (!line.isNotes() || skip[line.index]) {
                continue;
            }
            String t = line.text;
            int from = line.contentStart;
            // "??:" marks an unknown speaker; its question marks are not a question.
            int k = from;
            while (k < t.length() && (t.charAt(k) == '_' || t.charAt(k) == '*')) {
                k++;
            }
            int q0 = k;
            while (k < t.length() && t.charAt(k) == '?') {
                k++;
            }
            if (k > q0 && k < t.length() && t.charAt(k) == ':') {
                from = k + 1;
            }
            boolean found = false;
            for (int i = t.indexOf('?', from); i >= 0; i = i + 1 < t.length() ? t.indexOf('?', i + 1) : -1) {
                if (!endsQuestion(t, i)) {
                    continue;
                }
                while (i + 1 < t.length() && (t.charAt(i + 1) == '?' || t.charAt(i + 1) == '!')) {
                    i++;
                }
                int start = sentenceStart(line, i);
                Span span = new Span(start, line.start + i + 1);
                out.add(classify(line, span));
                found = true;
            }
            if (!found) {
                Span q = qPrefix(line);
                if (q != null) {
                    prefixed.add(classify(line, q));
                }
            }
        }
        // "Q: ..." without a question mark, unless its sentence ends in one on a later line.
        for (Question q : prefixed) {
            boolean covered = false;
            for (Question o : out) {
                if (o.span().start() <= q.span().end() && o.span().end() >= q.span().start()) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                out.add(q);
            }
        }
        out.sort(java.util.Comparator.comparingInt(q -> q.span().start()));
        return out;
    }

    /** Does the {@code ?} at {@code i} end a question, rather than sit inside a URL or a word? */
    private static boolean endsQuestion(String t, int i) {
        if (i + 1 < t.length()) {
            char next = t.charAt(i + 1);
            if (!Character.isWhitespace(next) && CLOSERS.indexOf(next) < 0 && ".,;:!?".indexOf(next) < 0) {
                return false;   // "detail?id=3093", "?usp=sharing"
            }
            if (next == '.' && i + 2 < t.length() && t.charAt(i + 2) != '.' && !Character.isWhitespace(t.charAt(i + 2))) {
                return false;
            }
        }
        // Inside a URL or a code span?
        int w = i;
        while (w > 0 && !Character.isWhitespace(t.charAt(w - 1))) {
            w--;
        }
        String token = t.substring(w, i);
        if (token.contains("://") || token.startsWith("www.") || token.contains("](")) {
            return false;
        }
        int ticks = 0;
        for (int k = 0; k < i; k++) {
            if (t.charAt(k) == '`') {
                ticks++;
            }
        }
        return ticks % 2 == 0;
    }

    /**
     * Where the question's sentence starts: after the previous sentence's end, after a speaker
     * prefix, at the start of the item, or up in the lines it wraps from.
     */
    private int sentenceStart(Line line, int qIndex) {
        Turn here = turnStartingOn(line, line.start + qIndex);
        int floor = line.contentStart;
        if (here != null) {
            floor = Math.max(floor, textStartAfterName(line, here, qIndex));
        }
        int s = sentenceBoundary(line.text, floor, qIndex);
        if (s > floor || here != null) {
            return line.start + skipLeading(line.text, s);
        }
        // The question may begin on the lines above, when they wrap into this one.
        Line cur = line;
        for (int up = 0; up < 3; up++) {
            if (cur.isItem() || cur.index == 0) {
                break;
            }
            Line prev = lines.get(cur.index - 1);
            if (!prev.isNotes() || sectionTitle[prev.index] || skip[prev.index]) {
                break;
            }
            if (!Line.continues(prev, cur)) {
                break;
            }
            Turn pt = turnStartingOn(prev, prev.end);
            int pf = prev.contentStart;
            if (pt != null) {
                pf = Math.max(pf, textStartAfterName(prev, pt, prev.text.length()));
            }
            int ps = sentenceBoundary(prev.text, pf, prev.text.length());
            cur = prev;
            if (ps > pf || pt != null || prev.isItem()) {
                return prev.start + skipLeading(prev.text, ps);
            }
        }
        return cur.start + skipLeading(cur.text, cur.contentStart);
    }

    /** The index after the last sentence end in t[from, to), or {@code from}. */
    private static int sentenceBoundary(String t, int from, int to) {
        int s = from;
        for (int k = from; k < to - 1; k++) {
            char c = t.charAt(k);
            if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(t.charAt(k + 1))) {
                if (c == '.' && isAbbreviation(t, k)) {
                    continue;
                }
                s = k + 1;
            }
        }
        return s;
    }

    private static boolean isAbbreviation(String t, int dot) {
        int w = dot;
        while (w > 0 && (Character.isLetter(t.charAt(w - 1)) || t.charAt(w - 1) == '.')) {
            w--;
        }
        String word = t.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word) || dot + 2 < t.length() && Character.isLowerCase(t.charAt(dot + 2)) && dot > 0 && Character.isDigit(t.charAt(dot - 1));
    }

    private static int skipLeading(String t, int i) {
        while (i < t.length() && (Character.isWhitespace(t.charAt(i)) || t.charAt(i) == '_' || t.charAt(i) == '*')) {
            i++;
        }
        return i;
    }

    /** The turn whose name stands on this line before {@code offset}, if any. */
    private Turn turnStartingOn(Line line, int offset) {
        Turn best = null;
        for (int k = lastStartingBefore(Math.min(offset - 1, line.end)); k >= 0; k--) {
            Turn t = turns.get(k);
            int s = t.nameSpan().start();
            if (s < line.start) {
                break;
            }
            if (t.form() != Turn.Form.PRESENTER && (best == null || s > best.nameSpan().start())) {
                best = t;
            }
        }
        return best;
    }

    /** The index of the last turn whose name starts at or before the offset (turns are in order), or -1. */
    private int lastStartingBefore(int offset) {
        if (nameStarts == null) {
            nameStarts = new int[turns.size()];
            for (int k = 0; k < nameStarts.length; k++) {
                nameStarts[k] = turns.get(k).nameSpan().start();
            }
        }
        int lo = 0;
        int hi = nameStarts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (nameStarts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /**
     * Where the words after a speaker's name start on the line: past the colon and a remark in
     * brackets ("Alex (remote): ..."), but never past {@code limit}, the question mark being
     * placed, as in "Alex: (why?)".
     */
    private static int textStartAfterName(Line line, Turn turn, int limit) {
        String t = line.text;
        int i = turn.nameSpan().end() - line.start;
        while (i < limit && " :,)]*_-–—(".indexOf(t.charAt(i)) >= 0) {
            if (t.charAt(i) == '(' || t.charAt(i) == '[') {
                int close = t.indexOf(t.charAt(i) == '(' ? ')' : ']', i);
                if (close < 0 || close >= limit) {
                    i++;
                    break;
                }
                i = close;
            }
            i++;
        }
        // "Name, Q: ..." and "Name, A: ..."
        if (i + 1 < t.length() && (t.charAt(i) == 'Q' || t.charAt(i) == 'A') && t.charAt(i + 1) == ':') {
            i += 2;
        }
        return Math.min(i, t.length());
    }

    /** "Q: how does it boot" without a question mark. */
    private Span qPrefix(Line line) {
        String t = line.text;
        int i = line.contentStart;
        while (i < t.length() && (t.charAt(i) == '_' || t.charAt(i) == '*')) {
            i++;
        }
        int q = -1;
        if (t.startsWith("Q:", i)) {
            q = i + 2;
        } else {
            int k = t.indexOf(", Q:", i);
            if (k > i && k - i <= 50) {
                q = k + 4;
            }
        }
        if (q < 0) {
            return null;
        }
        int s = skipLeading(t, q);
        int e = t.length();
        while (e > s && (Character.isWhitespace(t.charAt(e - 1)) || t.charAt(e - 1) == '_' || t.charAt(e - 1) == '*')) {
            e--;
        }
        return e > s ? new Span(line.start + s, line.start + e) : null;
    }

    private Question classify(Line line, Span span) {
        int at = span.end() - 1;
        Turn turn = innermostTurn(at);
        String speaker = turn == null ? null : turn.speaker();
        Question.Kind kind = Question.Kind.ASKED;
        if (sectionTitle[line.index]) {
            kind = Question.Kind.TITLE;
        } else if (isMarkedOpen(line.contentOffset(), span.end()) || isMarkedOpen(span.start(), span.end())) {
            kind = Question.Kind.MARKED_OPEN;
        } else if (text.startsWith("@", span.start())) {
            kind = Question.Kind.ADDRESSED;
        } else if (roleOf[line.index] == Section.Role.QUESTIONS) {
            kind = Question.Kind.PREPARED;
        } else if (roleOf[line.index] == Section.Role.AGENDA && isTopLevel(line)) {
            kind = Question.Kind.AGENDA_ITEM;
        }
        return new Question(span, speaker, kind);
    }

    /** Does text[from, to) open with {@link #OPEN_MARK}? */
    private boolean isMarkedOpen(int from, int to) {
        // The mark starts with "open", "(" or "[" after emphasis and spaces: test that first.
        int i = from;
        while (i < to && "*_ \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i == to || "oO([".indexOf(text.charAt(i)) < 0) {
            return false;
        }
        return OPEN_MARK.matcher(text.substring(from, to)).lookingAt();
    }

    /** A top-level item of its section (an agenda item itself, not the discussion under it). */
    private boolean isTopLevel(Line line) {
        Line item = line;
        int k = line.index;
        while (!item.isItem() && k > 0) {
            Line prev = lines.get(k - 1);
            if (!prev.isNotes() || sectionTitle[prev.index]) {
                break;
            }
            item = prev;
            k--;
        }
        return !item.isItem() || item.indent <= sectionIndent[line.index];
    }

    /**
     * What {@link Turn#innermost} finds, by binary search: of the turns that cover the offset, the
     * one that starts last (the later one in the list among equals).
     */
    private Turn innermostTurn(int offset) {
        if (byStart == null) {
            indexTurns();
        }
        // The last turn (in start order) that starts at or before the offset...
        int lo = 0;
        int hi = byStart.length - 1;
        int k = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (turns.get(byStart[mid]).span().start() <= offset) {
                k = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        // ...then back to the first that still reaches past it; none before k reaches it once reach says so.
        for (; k >= 0 && reach[k] > offset; k--) {
            Turn t = turns.get(byStart[k]);
            if (offset < t.span().end()) {
                return t;
            }
        }
        return null;
    }

    /** Sorts the turns by start, then by place in the list, and records how far each prefix reaches. */
    private void indexTurns() {
        long[] keys = new long[turns.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (long) turns.get(i).span().start() << 32 | i;
        }
        java.util.Arrays.sort(keys);
        byStart = new int[keys.length];
        reach = new int[keys.length];
        int far = Integer.MIN_VALUE;
        for (int k = 0; k < keys.length; k++) {
            byStart[k] = (int) keys[k];
            far = Math.max(far, turns.get(byStart[k]).span().end());
            reach[k] = far;
        }
    }
}
