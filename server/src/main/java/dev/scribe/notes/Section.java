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

        private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("[*_#:\\s]+");
        private static final java.util.regex.Pattern WHO = java.util.regex.Pattern.compile(
                "(.* )?(participants|attendees|attendance|attending|present|people present)|who|roll call|in attendance");
        private static final java.util.regex.Pattern AGENDA_TITLE = java.util.regex.Pattern.compile("(.* )?agenda( items?)?( for .*)?");
        private static final java.util.regex.Pattern QUESTIONS_TITLE = java.util.regex.Pattern.compile(
                "(open |prepared |pending )?questions( for .*)?");
        private static final java.util.regex.Pattern ACTIONS_TITLE = java.util.regex.Pattern.compile(
                "(.* )?(action items?|actions?|todos?|to ?dos?|next steps|follow[- ]?ups?)");
        private static final java.util.regex.Pattern GLOSSARY_TITLE = java.util.regex.Pattern.compile(
                "glossary|terms|acronyms|abbreviations|definitions");
        private static final java.util.regex.Pattern DATE_TITLE = java.util.regex.Pattern.compile("date|when|date and time|time");

        static Role of(String title) {
            String t = MARKS.matcher(Words.fold(title)).replaceAll(" ").strip();
            if (WHO.matcher(t).matches()) {
                return PARTICIPANTS;
            }
            if (AGENDA_TITLE.matcher(t).matches()) {
                return AGENDA;
            }
            if (QUESTIONS_TITLE.matcher(t).matches()) {
                return QUESTIONS;
            }
            if (ACTIONS_TITLE.matcher(t).matches()) {
                return ACTION_ITEMS;
            }
            if (GLOSSARY_TITLE.matcher(t).matches()) {
                return GLOSSARY;
            }
            if (DATE_TITLE.matcher(t).matches()) {
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
