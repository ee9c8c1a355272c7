package dev.scribe.notes;

import java.util.List;
import java.util.Locale;

/**
 * A heading of the notes' outline and what stands under it: a markdown heading, an underlined
 * title, a topic line, a label such as {@code Agenda:}, a numbered item of minutes.
 *
 * @param title the heading as a reader names it (markup removed)
 * @param titleSpan where that title stands
 * @param span the title through the end of the section's content
 * @param level 1 for the top; deeper sections have higher levels
 * @param role what the section holds, when its title says so
 * @param children the sections nested inside, in order
 */
public record Section(String title, Span titleSpan, Span span, int level, Role role, List<Section> children) {

    /** What a section holds, read off its title. */
    public enum Role {
        /** The note's own title. */
        TITLE,
        /** Who came: Participants, Attendees, Present... */
        PARTICIPANTS,
        AGENDA,
        /** A prepared list of questions. */
        QUESTIONS,
        ACTION_ITEMS,
        GLOSSARY,
        DATE,
        /** Anything else: a topic of the discussion. */
        TOPIC;

        static Role of(String title) {
            String t = Words.fold(title).replaceAll("[*_#:]", " ").replaceAll("\\s+", " ").strip();
            if (t.matches("(.* )?(participants|attendees|attendance|attending|present|people present)")
                    || t.equals("who") || t.equals("roll call") || t.equals("in attendance")) {
                return PARTICIPANTS;
            }
            if (t.matches("(.* )?agenda( items?)?( for .*)?")) {
                return AGENDA;
            }
            if (t.matches("(open |prepared |pending )?questions( for .*)?")) {
                return QUESTIONS;
            }
            if (t.matches("(.* )?(action items?|actions?|todos?|to ?dos?|next steps|follow[- ]?ups?)")) {
                return ACTION_ITEMS;
            }
            if (t.matches("glossary|terms|acronyms|abbreviations|definitions")) {
                return GLOSSARY;
            }
            if (t.matches("date|when|date and time|time")) {
                return DATE;
            }
            return TOPIC;
        }
    }

    public Section {
        children = List.copyOf(children);
    }

    public int line(LineMap lines) {
        return lines.lineOf(titleSpan.start());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s%s [%s]", "  ".repeat(Math.max(0, level - 1)), title, role);
    }
}
