package dev.scribe.notes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What Scribe understands of one note: its title and date, its outline, who was there, who
 * said what, the questions asked, the acronyms used and where they are spelled out. Immutable;
 * every offset is a UTF-16 index into {@link #text()}. Built by {@link NotesParser}.
 */
public final class NotesDocument {
    private final String text;
    private final LineMap lines;
    private final String title;
    private final Span titleSpan;
    private final LocalDate date;
    private final List<Section> outline;
    private final List<Section> sections;
    private final List<Participant> participants;
    private final List<Person> people;
    private final List<Turn> turns;
    private final List<Question> questions;
    private final List<AcronymUse> acronymUses;
    private final Map<String, AcronymDefinition> definitions;
    private final AttributionStyle style;
    private final List<Mention> unknownNames;
    private final List<ActionItem> actionItems;

    NotesDocument(String text, LineMap lines, String title, Span titleSpan, LocalDate date, List<Section> outline,
                  List<Participant> participants, List<Person> people, List<Turn> turns, List<Question> questions,
                  List<AcronymUse> acronymUses, Map<String, AcronymDefinition> definitions, AttributionStyle style,
                  List<Mention> unknownNames, List<ActionItem> actionItems) {
        this.text = text;
        this.lines = lines;
        this.title = title;
        this.titleSpan = titleSpan;
        this.date = date;
        this.outline = List.copyOf(outline);
        List<Section> flat = new ArrayList<>();
        flatten(this.outline, flat);
        this.sections = Collections.unmodifiableList(flat);
        this.participants = List.copyOf(participants);
        this.people = List.copyOf(people);
        this.turns = List.copyOf(turns);
        this.questions = List.copyOf(questions);
        this.acronymUses = List.copyOf(acronymUses);
        this.definitions = Collections.unmodifiableMap(definitions);
        this.style = style;
        this.unknownNames = List.copyOf(unknownNames);
        this.actionItems = List.copyOf(actionItems);
    }

    private static void flatten(List<Section> in, List<Section> out) {
        for (Section s : in) {
            out.add(s);
            flatten(s.children(), out);
        }
    }

    public String text() {
        return text;
    }

    public LineMap lines() {
        return lines;
    }

    /** The meeting's title, or null when the note has none. */
    public String title() {
        return title;
    }

    public Span titleSpan() {
        return titleSpan;
    }

    /** The meeting's date as the note gives it, or null. */
    public LocalDate date() {
        return date;
    }

    /** Top-level sections, each with its nested sections. */
    public List<Section> outline() {
        return outline;
    }

    /** Every section, in document order. */
    public List<Section> sections() {
        return sections;
    }

    public List<Participant> participants() {
        return participants;
    }

    /** Everyone the note knows, participants first, in the order the note introduces them. */
    public List<Person> people() {
        return people;
    }

    public List<Turn> turns() {
        return turns;
    }

    public List<Question> questions() {
        return questions;
    }

    public List<AcronymUse> acronymUses() {
        return acronymUses;
    }

    /** Acronyms this note spells out, by acronym. */
    public Map<String, AcronymDefinition> definitions() {
        return definitions;
    }

    public AttributionStyle attributionStyle() {
        return style;
    }

    /**
     * Name-like words that open a sentence but name nobody this note knows ("Steffano does not
     * dislike it"): a misspelling, perhaps, of someone from other meetings.
     */
    public List<Mention> unknownNames() {
        return unknownNames;
    }

    /** What people are to do, in order. */
    public List<ActionItem> actionItems() {
        return actionItems;
    }

    /** The innermost section that holds the offset, or null before the first one. */
    public Section sectionAt(int offset) {
        Section best = null;
        for (Section s : sections) {
            if (s.span().start() <= offset && (offset < s.span().end() || offset == text.length() && s.span().end() == offset)) {
                best = s;
            }
        }
        return best;
    }

    /** The turn that covers the offset and started last (a nested turn before its parent). */
    public Turn turnAt(int offset) {
        return Turn.innermost(turns, offset);
    }

    /** Where the note names a person: their place in the participant list, then each turn's name. */
    public List<Span> mentionsOf(String name) {
        List<Span> out = new ArrayList<>();
        for (Participant p : participants) {
            if (p.name().equals(name)) {
                out.add(p.span());
            }
        }
        for (Turn t : turns) {
            if (name.equals(t.speaker())) {
                out.add(t.nameSpan());
            }
        }
        return out;
    }

    /** The acronym under the cursor, or null. */
    public AcronymUse acronymAt(int offset) {
        for (AcronymUse u : acronymUses) {
            if (u.span().touches(offset)) {
                return u;
            }
        }
        return null;
    }

    /** Where an acronym is spelled out in this note, or null. */
    public AcronymDefinition definition(String acronym) {
        return definitions.get(acronym);
    }

    /** Every use of an acronym, in order. */
    public List<AcronymUse> uses(String acronym) {
        List<AcronymUse> out = new ArrayList<>();
        for (AcronymUse u : acronymUses) {
            if (u.acronym().equals(acronym)) {
                out.add(u);
            }
        }
        return out;
    }

    /** The person with this name (as {@link Person#name()} spells it), or null. */
    public Person person(String name) {
        for (Person p : people) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }
}
