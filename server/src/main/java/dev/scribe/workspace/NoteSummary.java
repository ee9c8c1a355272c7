package dev.scribe.workspace;

import dev.scribe.notes.AcronymDefinition;
import dev.scribe.notes.AcronymUse;
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
import java.util.Map;

/**
 * What the workspace keeps of one note once its editor buffer is closed: who came and spoke,
 * the acronyms it uses and defines, its topics, its date. Small, so that a folder of years of
 * notes fits in memory; positions are kept as lines and columns, ready for LSP locations.
 */
public final class NoteSummary {

    /** A place in the note: start and end line and UTF-16 column. */
    public record Loc(int line, int column, int endLine, int endColumn) {
        static Loc of(LineMap lines, Span s) {
            return new Loc(lines.lineOf(s.start()), lines.columnOf(s.start()), lines.lineOf(s.end()), lines.columnOf(s.end()));
        }
    }

    /** Someone in this note: how often they spoke, whether listed, and where the note names them. */
    public record PersonEntry(String name, int turns, boolean participant, List<Loc> mentions) {
    }

    public record Definition(String acronym, String expansion, Loc loc, AcronymDefinition.Form form) {
    }

    public record Topic(String title, Loc loc, int level) {
    }

    private final String uri;
    private final String title;
    private final LocalDate date;
    private final List<PersonEntry> people;
    private final Map<String, List<Loc>> acronymUses;
    private final Map<String, Definition> definitions;
    private final List<Topic> topics;

    private NoteSummary(String uri, String title, LocalDate date, List<PersonEntry> people,
                        Map<String, List<Loc>> acronymUses, Map<String, Definition> definitions, List<Topic> topics) {
        this.uri = uri;
        this.title = title;
        this.date = date;
        this.people = List.copyOf(people);
        this.acronymUses = acronymUses;
        this.definitions = definitions;
        this.topics = List.copyOf(topics);
    }

    /**
     * @param fileDate the date in the file's name, used when the text gives none
     */
    public static NoteSummary of(String uri, NotesDocument doc, LocalDate fileDate) {
        LineMap lines = doc.lines();
        Map<String, List<Loc>> mentions = new LinkedHashMap<>();
        for (Participant p : doc.participants()) {
            mentions.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(Loc.of(lines, p.span()));
        }
        for (Turn t : doc.turns()) {
            if (t.speaker() != null) {
                mentions.computeIfAbsent(t.speaker(), k -> new ArrayList<>()).add(Loc.of(lines, t.nameSpan()));
            }
        }
        List<PersonEntry> people = new ArrayList<>();
        for (Person p : doc.people()) {
            people.add(new PersonEntry(p.name(), p.turns(), p.participant(),
                    List.copyOf(mentions.getOrDefault(p.name(), List.of()))));
        }
        Map<String, List<Loc>> uses = new HashMap<>();
        for (AcronymUse u : doc.acronymUses()) {
            uses.computeIfAbsent(u.acronym(), k -> new ArrayList<>()).add(Loc.of(lines, u.span()));
        }
        Map<String, Definition> defs = new HashMap<>();
        for (AcronymDefinition d : doc.definitions().values()) {
            defs.put(d.acronym(), new Definition(d.acronym(), d.expansion(), Loc.of(lines, d.span()), d.form()));
        }
        List<Topic> topics = new ArrayList<>();
        for (Section s : doc.sections()) {
            topics.add(new Topic(s.title(), Loc.of(lines, s.titleSpan()), s.level()));
        }
        LocalDate date = doc.date() != null ? doc.date() : fileDate;
        return new NoteSummary(uri, doc.title(), date, people, uses, defs, topics);
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    /** The meeting's date, from its text or its file name; null when neither gives one. */
    public LocalDate date() {
        return date;
    }

    public List<PersonEntry> people() {
        return people;
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
}
