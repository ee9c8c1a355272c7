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

/**
 * What the workspace keeps of one note once its editor buffer is closed: who came and spoke
 * (with their last words), the acronyms it uses and defines, its topics, its date. Small, so
 * that a folder of years of notes fits in memory; positions are kept as lines and columns,
 * ready for LSP locations.
 */
public final class NoteSummary {

    /** A place in the note: start and end line and UTF-16 column. */
    public record Loc(int line, int column, int endLine, int endColumn) {
        static Loc of(LineMap lines, Span s) {
            return new Loc(lines.lineOf(s.start()), lines.columnOf(s.start()), lines.lineOf(s.end()), lines.columnOf(s.end()));
        }
    }

    /**
     * Someone in this note: how often they spoke, whether listed, where the note names them,
     * and the start of their last turns.
     */
    public record PersonEntry(String name, int turns, boolean participant, List<Loc> mentions, List<String> lastWords) {
    }

    public record Definition(String acronym, String expansion, Loc loc, AcronymDefinition.Form form) {
    }

    /** An action item: what, who (or null), where. */
    public record Action(String text, String owner, Loc loc) {
    }

    /** A section of the note, by its title and the key that matches it across meetings. */
    public record Topic(String title, String key, Loc loc, int level, Section.Role role) {
    }

    private final String uri;
    private final String title;
    private final Loc titleLoc;
    private final LocalDate date;
    private final boolean glossary;
    private final List<PersonEntry> people;
    private final Map<String, List<Loc>> acronymUses;
    private final Map<String, Definition> definitions;
    private final List<Topic> topics;
    private final List<Action> actions;

    private NoteSummary(String uri, String title, Loc titleLoc, LocalDate date, boolean glossary, List<PersonEntry> people,
                        Map<String, List<Loc>> acronymUses, Map<String, Definition> definitions, List<Topic> topics,
                        List<Action> actions) {
        this.uri = uri;
        this.title = title;
        this.titleLoc = titleLoc;
        this.date = date;
        this.glossary = glossary;
        this.people = List.copyOf(people);
        this.acronymUses = acronymUses;
        this.definitions = definitions;
        this.topics = List.copyOf(topics);
        this.actions = List.copyOf(actions);
    }

    /**
     * @param fileDate the date in the file's name, used when the text gives none
     * @param glossary the note is the workspace glossary: each "TERM: explanation" line defines
     */
    public static NoteSummary of(String uri, NotesDocument doc, LocalDate fileDate, boolean glossary) {
        LineMap lines = doc.lines();
        Map<String, List<Loc>> mentions = new LinkedHashMap<>();
        Map<String, List<String>> words = new HashMap<>();
        for (Participant p : doc.participants()) {
            mentions.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(Loc.of(lines, p.span()));
        }
        for (Turn t : doc.turns()) {
            if (t.speaker() != null) {
                mentions.computeIfAbsent(t.speaker(), k -> new ArrayList<>()).add(Loc.of(lines, t.nameSpan()));
                List<String> w = words.computeIfAbsent(t.speaker(), k -> new ArrayList<>());
                w.add(snippet(doc.text(), t));
                if (w.size() > 2) {
                    w.remove(0);
                }
            }
        }
        List<PersonEntry> people = new ArrayList<>();
        // A glossary's "Term: explanation" lines are entries, not turns: it has no people.
        for (Person p : glossary ? List.<Person>of() : doc.people()) {
            people.add(new PersonEntry(p.name(), p.turns(), p.participant(),
                    List.copyOf(mentions.getOrDefault(p.name(), List.of())), List.copyOf(words.getOrDefault(p.name(), List.of()))));
        }
        Map<String, List<Loc>> uses = new HashMap<>();
        for (AcronymUse u : doc.acronymUses()) {
            uses.computeIfAbsent(u.acronym(), k -> new ArrayList<>()).add(Loc.of(lines, u.span()));
        }
        Map<String, Definition> defs = new HashMap<>();
        for (AcronymDefinition d : doc.definitions().values()) {
            defs.put(d.acronym(), new Definition(d.acronym(), d.expansion(), Loc.of(lines, d.span()), d.form()));
        }
        if (glossary) {
            for (AcronymDefinition d : Glossary.entries(doc)) {
                defs.putIfAbsent(d.acronym(), new Definition(d.acronym(), d.expansion(), Loc.of(lines, d.span()), d.form()));
            }
        }
        List<Topic> topics = new ArrayList<>();
        for (Section s : doc.sections()) {
            topics.add(new Topic(s.title(), topicKey(s.title()), Loc.of(lines, s.titleSpan()), s.level(), s.role()));
        }
        List<Action> actions = new ArrayList<>();
        for (dev.scribe.notes.ActionItem a : doc.actionItems()) {
            actions.add(new Action(a.text(), a.owner(), Loc.of(lines, a.span())));
        }
        LocalDate date = doc.date() != null ? doc.date() : fileDate;
        Loc titleLoc = doc.titleSpan() == null ? new Loc(0, 0, 0, 0) : Loc.of(lines, doc.titleSpan());
        return new NoteSummary(uri, doc.title(), titleLoc, date, glossary, people, uses, defs, topics, actions);
    }

    /** The start of what a turn says, on one line: for hovers. */
    private static String snippet(String text, Turn t) {
        int from = Math.min(t.nameSpan().end(), t.span().end());
        String s = text.substring(from, t.span().end()).replaceAll("^[\\s:,)\\]*_-]+", "").replaceAll("\\s+", " ").strip();
        return s.length() > 100 ? s.substring(0, 99) + "…" : s;
    }

    /**
     * What makes two section titles the same topic across meetings: "Crypto support",
     * "## Crypto support (continued)" and "3. Crypto support:" all give "crypto support".
     */
    public static String topicKey(String title) {
        String t = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        t = t.replaceAll("\\((continued|cont\\.?)\\)", " ");
        t = t.replaceAll("^\\s*(\\d{1,3}[a-z]?|[a-z])[.)]\\s+", "");
        t = t.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return t;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public Loc titleLoc() {
        return titleLoc;
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

    public Map<String, List<Loc>> acronymUses() {
        return acronymUses;
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

    /** The file name of the note, for people to read. */
    public String fileName() {
        int slash = uri.lastIndexOf('/');
        return java.net.URLDecoder.decode(uri.substring(slash + 1), java.nio.charset.StandardCharsets.UTF_8);
    }
}
