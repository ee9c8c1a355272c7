package dev.scribe.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds action items and their owners: marked lines anywhere ({@code ACTION:}, {@code AI:},
 * {@code TODO}, {@code AI(Name):}, {@code [AI: name]}) and the items of an "Action items" list.
 * The owner is the person in the marker, an {@code @mention}, or a known person opening the text
 * with "to" or "will" ("Alex to review").
 */
final class ActionItemFinder {
    private ActionItemFinder() {
    }

    /**
     * A marker, with an owner in brackets or parentheses after it or not. "ACTION" and "TODO"
     * mark a line on their own; words that also start sentences ("AI governance", "Action
     * plan", "To do that") need a colon or a dash after them.
     */
    private static final Pattern MARKER = Pattern.compile(
            "^[*_\\s]*(?:\\[\\s*(?:AI|ACTION|TODO)(?:\\s*:\\s*([^\\]]*))?\\s*\\]"
            + "|(?:ACTION(?: ITEM)?|TODO)(?:\\s*\\(([^)]{1,40})\\))?\\s*[:-]?"
            + "|(?:Action(?: item)?|AI|To ?do)(?:\\s*\\(([^)]{1,40})\\))?\\s*[:-])\\s*[*_]*\\s*");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}.])@([\\p{L}][\\p{L}\\p{N}._-]{1,38})");
    private static final Pattern WILL = Pattern.compile("^\\s*(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2})\\s+(?:to|will|should|is going to|volunteered to)\\b");

    /** How {@link #MARKER} can start, after emphasis and spaces: for a quick test before it. */
    private static final String[] MARKER_STARTS = {"[", "ACTION", "Action", "AI", "TODO", "To"};

    /** Past emphasis and white space as {@link #MARKER} reads them, one of its words: a quick test before it. */
    private static boolean mayBeMarked(String text, int from) {
        int i = from;
        while (i < text.length() && "*_ \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        for (String s : MARKER_STARTS) {
            if (text.startsWith(s, i)) {
                return true;
            }
        }
        return false;
    }

    static List<ActionItem> find(List<Line> lines, Section.Role[] roleOf, boolean[] sectionTitle, People people) {
        List<ActionItem> out = new ArrayList<>();
        for (Line line : lines) {
            if (!line.isNotes() || sectionTitle[line.index]) {
                continue;
            }
            Matcher m = null;
            boolean marked = false;
            if (mayBeMarked(line.text, line.contentStart)) {
                String content = line.text.substring(line.contentStart);
                m = MARKER.matcher(content);
                marked = m.lookingAt() && m.end() > 0 && !content.substring(0, m.end()).isBlank()
                        && (m.end() >= content.length() || !Character.isLetterOrDigit(content.charAt(m.end() - 1))
                            || Character.isWhitespace(content.charAt(m.end() - 1)));
            }
            boolean listed = roleOf[line.index] == Section.Role.ACTION_ITEMS && line.isItem();
            if (!marked && !listed) {
                continue;
            }
            int textStart = line.contentStart + (marked ? m.end() : 0);
            String text = line.text.substring(textStart).strip();
            if (text.isEmpty() && !marked) {
                continue;
            }
            String owner = null;
            Span ownerSpan = null;
            int ownerGroup = marked ? ownerGroup(m) : 0;
            String named = ownerGroup > 0 ? m.group(ownerGroup) : null;
            if (named != null && !named.isBlank()) {
                int at = line.start + line.contentStart + m.start(ownerGroup);
                People.Match who = people.resolve(named.strip(), at, true);
                owner = who != null ? who.entry().name : named.strip();
                ownerSpan = new Span(at, at + named.strip().length());
            }
            if (owner == null) {
                Matcher mention = MENTION.matcher(text);
                if (text.indexOf('@') >= 0 && mention.find()) {
                    int at = line.start + textStart + (line.text.substring(textStart).indexOf(text)) + mention.start(1);
                    People.Match who = people.resolve(mention.group(1), at, true);
                    owner = who != null ? who.entry().name : mention.group(1);
                    ownerSpan = new Span(at - 1, at + mention.group(1).length());
                }
            }
            if (owner == null) {
                Matcher will = WILL.matcher(text);
                if (will.lookingAt()) {   // the pattern is anchored: the same match as find()
                    People.Match who = people.resolve(will.group(1), line.start + textStart, true);
                    if (who != null) {
                        owner = who.entry().name;
                        int at = line.start + textStart + (line.text.substring(textStart).indexOf(text)) + will.start(1);
                        ownerSpan = new Span(at, at + will.group(1).length());
                    }
                }
            }
            boolean done = line.checked;
            out.add(new ActionItem(text, new Span(line.contentOffset(), line.end), owner, ownerSpan, done));
        }
        return out;
    }

    /** The group of {@link #MARKER} that holds the owner named in the marker, or 0. */
    private static int ownerGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return g;
            }
        }
        return 0;
    }
}
