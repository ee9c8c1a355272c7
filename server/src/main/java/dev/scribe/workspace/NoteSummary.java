package dev.scribe.workspace;

import dev.scribe.notes.AcronymDefinition;
import dev.scribe.notes.AcronymUse;
import dev.scribe.notes.Glossary;
import dev.scribe.notes.LineMap;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.Participant;
import dev.scribe.notes.Person;
import dev.scribe.notes.Section;
import dev.scribe.notes.Span;
import dev.scribe.notes.Turn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the workspace keeps of one note once its editor buffer is closed: who came and spoke
 * (with their last words), the acronyms it uses and defines, its topics and action items, its
 * date. Small, so that years of notes fit in memory: places are packed into longs and the
 * words that recur from note to note (names, acronyms, titles) are shared.
 */
public final class NoteSummary {

    /** A place in a note: start and end line and UTF-16 column. */
    public record Loc(int line, int column, int endLine, int endColumn) {
        static Loc of(LineMap lines, Span s) {
            return new Loc(lines.lineOf(s.start()), lines.columnOf(s.start()), lines.lineOf(s.end()), lines.columnOf(s.end()));
        }

        /** A one-line place as one long: 22 bits of line, 21 of column, 21 of length. */
        static long pack(LineMap lines, Span s) {
            // One line search, not three: a note's every mention is packed on each edit.
            int line = lines.lineOf(s.start());
            int start = Math.max(0, Math.min(s.start(), lines.textLength()));
            int col = Math.min(start, lines.lineEnd(line)) - lines.lineStart(line);
            boolean oneLine = line + 1 >= lines.lineCount() || s.end() < lines.lineStart(line + 1);
            int len = oneLine ? s.length() : lines.lineEnd(line) - s.start();
            return ((long) Math.min(line, (1 << 22) - 1) << 42) | ((long) Math.min(col, (1 << 21) - 1) << 21)
                    | Math.min(len, (1 << 21) - 1);
        }

        static Loc unpack(long p) {
            int line = (int) (p >>> 42);
            int col = (int) ((p >>> 21) & ((1 << 21) - 1));
            int len = (int) (p & ((1 << 21) - 1));
            return new Loc(line, col, line, col + len);
        }

        static List<Loc> unpack(long[] packed) {
            List<Loc> out = new ArrayList<>(packed.length);
            for (long p : packed) {
                out.add(unpack(p));
            }
            return out;
        }
    }

    /**
     * Someone in this note: how often they spoke, whether listed, where the note names them,
     * and the start of their last turn.
     */
    public static final class PersonEntry {
        private final String name;
        private final int turns;
        private final boolean participant;
        private final long[] mentions;
        private final String lastWords;

        PersonEntry(String name, int turns, boolean participant, long[] mentions, String lastWords) {
            this.name = name;
            this.turns = turns;
            this.participant = participant;
            this.mentions = mentions;
            this.lastWords = lastWords;
        }

        public String name() {
            return name;
        }

        public int turns() {
            return turns;
        }

        public boolean participant() {
            return participant;
        }

        /** Where the note names them: the participant list, then each turn. */
        public List<Loc> mentions() {
            return Loc.unpack(mentions);
        }

        /** The start of their last turn here, or null. */
        public String lastWords() {
            return lastWords;
        }

        long[] packedMentions() {
            return mentions;
        }
    }

    public record Definition(String acronym, String expansion, Loc loc, AcronymDefinition.Form form) {
    }

    /** An action item: what, who (or null), where. */
    public record Action(String text, String owner, long at) {
        public Loc loc() {
            return Loc.unpack(at);
        }
    }

    /** A section of the note, by its title and the key that matches it across meetings. */
    public record Topic(String title, String key, long at, int level, Section.Role role) {
        public Loc loc() {
            return Loc.unpack(at);
        }
    }

    /** Words that recur in many notes, kept once. */
    private static final Map<String, String> SHARED = new ConcurrentHashMap<>();

    static String shared(String s) {
        if (s == null || s.length() > 200) {
            return s;
        }
        String had = SHARED.putIfAbsent(s, s);
        return had == null ? s : had;
    }

    private final String uri;
    private final String title;
    private final long titleAt;
    private final LocalDate date;
    private final boolean glossary;
    private final List<PersonEntry> people;
    private final Map<String, long[]> acronymUses;
    private final Map<String, Definition> definitions;
    private final List<Topic> topics;
    private final List<Action> actions;
    /** {@link #label()}, made on first use: workspace symbol searches score it on every query. */
    private String label;

    NoteSummary(String uri, String title, long titleAt, LocalDate date, boolean glossary, List<PersonEntry> people,
                        Map<String, long[]> acronymUses, Map<String, Definition> definitions, List<Topic> topics,
                        List<Action> actions) {
        this.uri = uri;
        this.title = title;
        this.titleAt = titleAt;
        this.date = date;
        this.glossary = glossary;
        this.people = List.copyOf(people);
        this.acronymUses = Map.copyOf(acronymUses);
        this.definitions = Map.copyOf(definitions);
        this.topics = List.copyOf(topics);
        this.actions = List.copyOf(actions);
    }

    /**
     * @param fileDate the date in the file's name, used when the text gives none
     * @param glossary the note is the workspace glossary: each "TERM: explanation" line defines
     */
    public static NoteSummary of(String uri, NotesDocument doc, LocalDate fileDate, boolean glossary) {
        LineMap lines = doc.lines();
        Map<String, List<Span>> mentions = new LinkedHashMap<>();
        Map<String, Turn> lastTurn = new HashMap<>();
        for (Participant p : doc.participants()) {
            mentions.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p.span());
        }
        for (Turn t : doc.turns()) {
            if (t.speaker() != null) {
                mentions.computeIfAbsent(t.speaker(), k -> new ArrayList<>()).add(t.nameSpan());
                lastTurn.put(t.speaker(), t);
            }
        }
        Map<String, String> lastWords = new HashMap<>();
        for (Map.Entry<String, Turn> e : lastTurn.entrySet()) {
            lastWords.put(e.getKey(), snippet(doc.text(), e.getValue()));
        }
        List<PersonEntry> people = new ArrayList<>();
        // A glossary's "Term: explanation" lines are entries, not turns: it has no people.
        for (Person p : glossary ? List.<Person>of() : doc.people()) {
            people.add(new PersonEntry(shared(p.name()), p.turns(), p.participant(),
                    pack(lines, mentions.getOrDefault(p.name(), List.of())), lastWords.get(p.name())));
        }
        Map<String, List<Span>> uses = new HashMap<>();
        for (AcronymUse u : doc.acronymUses()) {
            uses.computeIfAbsent(u.acronym(), k -> new ArrayList<>()).add(u.span());
        }
        Map<String, long[]> packedUses = new HashMap<>();
        for (Map.Entry<String, List<Span>> e : uses.entrySet()) {
            packedUses.put(shared(e.getKey()), pack(lines, e.getValue()));
        }
        Map<String, Definition> defs = new HashMap<>();
        for (AcronymDefinition d : doc.definitions().values()) {
            defs.put(shared(d.acronym()), new Definition(shared(d.acronym()), shared(d.expansion()), Loc.of(lines, d.span()), d.form()));
        }
        if (glossary) {
            for (AcronymDefinition d : Glossary.entries(doc)) {
                defs.putIfAbsent(shared(d.acronym()), new Definition(shared(d.acronym()), d.expansion(), Loc.of(lines, d.span()), d.form()));
            }
        }
        List<Topic> topics = new ArrayList<>();
        for (Section s : doc.sections()) {
            topics.add(new Topic(shared(s.title()), shared(topicKey(s.title())), Loc.pack(lines, s.titleSpan()), s.level(), s.role()));
        }
        List<Action> actions = new ArrayList<>();
        for (dev.scribe.notes.ActionItem a : doc.actionItems()) {
            actions.add(new Action(shared(a.text()), a.owner() == null ? null : shared(a.owner()), Loc.pack(lines, a.span())));
        }
        LocalDate date = doc.date() != null ? doc.date() : fileDate;
        long titleAt = doc.titleSpan() == null ? 0L : Loc.pack(lines, doc.titleSpan());
        return new NoteSummary(uri, doc.title(), titleAt, date, glossary, people, packedUses, defs, topics, actions);
    }

    private static long[] pack(LineMap lines, List<Span> spans) {
        long[] out = new long[spans.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Loc.pack(lines, spans.get(i));
        }
        return out;
    }

    /** The start of what a turn says, on one line: for hovers. */
    private static String snippet(String text, Turn t) {
        int from = Math.min(t.nameSpan().end(), t.span().end());
        int to = Math.min(t.span().end(), from + 200);
        String s = SPACES.matcher(LEADING_MARKS.matcher(text.substring(from, to)).replaceAll("")).replaceAll(" ").strip();
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }

    /**
     * What makes two section titles the same topic across meetings: "Crypto support",
     * "## Crypto support (continued)" and "3. Crypto support:" all give "crypto support".
     */
    public static String topicKey(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        if (!t.chars().allMatch(c -> c < 128)) {
            t = MARKS.matcher(java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFD)).replaceAll("");
        }
        t = CONTINUED.matcher(t).replaceAll(" ");
        t = NUMBERING.matcher(t).replaceAll("");
        return NON_ALNUM.matcher(t).replaceAll(" ").strip();
    }

    /** "Release planning (continued)" is the topic "Release planning", as offered and listed. */
    public static String topicTitle(String title) {
        return title.indexOf('(') < 0 ? title.strip() : TRAILING_CONTINUED.matcher(title).replaceAll("").strip();
    }

    private static final java.util.regex.Pattern TRAILING_CONTINUED = java.util.regex.Pattern.compile("\\s*\\((continued|cont\\.?)\\)\\s*$");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern CONTINUED = java.util.regex.Pattern.compile("\\((continued|cont\\.?)\\)");
    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile("^\\s*(\\d{1,3}[a-z]?|[a-z])[.)]\\s+");
    private static final java.util.regex.Pattern NON_ALNUM = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern LEADING_MARKS = java.util.regex.Pattern.compile("^[\\s:,)\\]*_-]+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public Loc titleLoc() {
        return Loc.unpack(titleAt);
    }

    long titleAt() {
        return titleAt;
    }

    long[] packedUses(String acronym) {
        return acronymUses.getOrDefault(acronym, new long[0]);
    }

    /** The meeting's date, from its text or its file name; null when neither gives one. */
    public LocalDate date() {
        return date;
    }

    public boolean isGlossary() {
        return glossary;
    }

    public List<PersonEntry> people() {
        return people;
    }

    public PersonEntry person(String name) {
        for (PersonEntry p : people) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** The acronyms and terms this note uses. */
    public Set<String> acronyms() {
        return acronymUses.keySet();
    }

    /** Where the note uses an acronym, in order; empty when it does not. */
    public List<Loc> usesOf(String acronym) {
        long[] p = acronymUses.get(acronym);
        return p == null ? List.of() : Loc.unpack(p);
    }

    public Map<String, Definition> definitions() {
        return definitions;
    }

    public List<Topic> topics() {
        return topics;
    }

    public List<Action> actions() {
        return actions;
    }

    /** "2023-01-05 Weekly sync": the meeting's date and title (its file name without a title). */
    public String label() {
        String l = label;
        if (l == null) {
            String t = title == null ? fileName() : title;
            l = date == null ? t : date + " " + t;
            label = l;   // a benign race: every thread computes the same string
        }
        return l;
    }

    /** The file name of the note, for people to read. */
    public String fileName() {
        return fileName(uri);
    }

    /** The file name in a URI, decoded: "2023-01-05 sync.md". */
    public static String fileName(String uri) {
        int slash = uri.lastIndexOf('/');
        return java.net.URLDecoder.decode(uri.substring(slash + 1), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The meeting's date: the one the note gives, else the one in its file name; the index dates
     * its notes the same way, so that a note finds its place among the others.
     */
    public static LocalDate meetingDate(String uri, NotesDocument doc) {
        return doc.date() != null ? doc.date() : dev.scribe.notes.MeetingDates.fromFileName(fileName(uri));
    }
}
