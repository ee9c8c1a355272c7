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
            String t = collapseMarks(Words.fold(title)).strip();
            // Most titles are topics: each pattern runs only on a title holding the word it needs.
            if ((t.endsWith("participants") || t.endsWith("attendees") || t.endsWith("attendance")
                    || t.endsWith("attending") || t.endsWith("present") || t.equals("who") || t.equals("roll call"))
                    && WHO.matcher(t).matches()) {
                return PARTICIPANTS;
            }
            if (t.contains("agenda") && AGENDA_TITLE.matcher(t).matches()) {
                return AGENDA;
            }
            if (t.contains("questions") && QUESTIONS_TITLE.matcher(t).matches()) {
                return QUESTIONS;
            }
            if ((t.contains("action") || t.contains("todo") || t.contains("to do") || t.contains("next steps")
                    || t.contains("follow")) && ACTIONS_TITLE.matcher(t).matches()) {
                return ACTION_ITEMS;
            }
            if (t.length() <= 13 && GLOSSARY_TITLE.matcher(t).matches()) {
                return GLOSSARY;
            }
            if (t.length() <= 13 && DATE_TITLE.matcher(t).matches()) {
                return DATE;
            }
            return TOPIC;
        }

        /** Each run of emphasis marks, '#', ':' and white space ([*_#:\s]+) as one space. */
        private static String collapseMarks(String s) {
            if (!hasMarks(s)) {
                return s;
            }
            StringBuilder b = new StringBuilder(s.length());
            boolean inRun = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if ("*_#: \t\n\u000B\f\r".indexOf(c) >= 0) {
                    if (!inRun) {
                        b.append(' ');
                    }
                    inRun = true;
                } else {
                    b.append(c);
                    inRun = false;
                }
            }
            return b.toString();
        }

        /** Does s hold something collapseMarks changes: a mark other than a space, or two spaces in a row? */
        private static boolean hasMarks(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if ("*_#:\t\n\u000B\f\r".indexOf(c) >= 0 || c == ' ' && i > 0 && s.charAt(i - 1) == ' ') {
                    return true;
                }
            }
            return false;
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
