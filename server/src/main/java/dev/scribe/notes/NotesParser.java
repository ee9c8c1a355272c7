package dev.scribe.notes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a note into a {@link NotesDocument}, whatever its shape: markdown, plain text with topic
 * lines, a mailing-list post, lists of {@code Name: text}, Q/A pairs, names opening sentences.
 * It is told nothing about the format and never throws: text it cannot make sense of simply
 * yields fewer sections, turns or questions.
 */
public final class NotesParser {
    private static final Logger LOG = Logger.getLogger(NotesParser.class.getName());

    private static final Pattern INLINE_PARTICIPANTS = Pattern.compile(
            "(?i)^[*_\\s]*(participants|attendees|attendance|present|attending|people)[*_\\s]*:[*_\\s]*(\\S.*)$");
    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\b(hosts?|chairs?|chaired by|facilitators?|moderators?|scribes?|scribing|note[- ]?takers?|notes by"
            + "|minutes by|presenters?|speakers?)\\s*:\\s*");
    /** The words of {@link #INLINE_PARTICIPANTS}. */
    private static final String[] PARTICIPANTS_WORDS = {"participants", "attendees", "attendance", "present",
        "attending", "people"};
    /** How the words of {@link #ROLE} end (before the colon), in lower case. */
    private static final String[] ROLE_ENDINGS = {"host", "hosts", "chair", "chairs", "chaired by", "facilitator",
        "facilitators", "moderator", "moderators", "scribe", "scribes", "scribing", "taker", "takers", "notes by",
        "minutes by", "presenter", "presenters", "speaker", "speakers"};
    /** A name followed by " - " or ": " and four words or more. */
    private static final Pattern SAYS = Pattern.compile("^[^-:|(\\[@]{2,60}?(?: [-–—] |: )\\S+(?:\\s+\\S+){3}");   // {3}, not {3,}: a loop over every word of a huge line overflows the stack
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");
    private static final Pattern FINAL_PERIOD = Pattern.compile("\\.$");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[,:;.'’s]*$");
    private static final Pattern DATE_FIELD = Pattern.compile("(?i)^[*_\\s]*date[*_\\s]*:[*_\\s]*(.+)$");

    private NotesParser() {
    }

    /** Parses a note; on an internal error, logs it and returns a model with the text only. */
    public static NotesDocument parse(String text) {
        String t = text == null ? "" : text;
        try {
            return parseStrict(t);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.WARNING, "could not read the note's structure; serving its text only", e);
            return new NotesDocument(t, LineMap.of(t), null, null, null, List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), Map.of(), AttributionStyle.DEFAULT, List.of(), List.of());
        }
    }

    /** Parses a note, letting an internal error through: for tests. */
    public static NotesDocument parseStrict(String text) {
        LineMap map = LineMap.of(text);
        List<Line> lines = LineScanner.scan(text, map);
        Chrome.mark(lines);

        // Who the explicit "Name: text" prefixes introduce, before anything else is known.
        List<Map.Entry<String, List<Integer>>> introduced = byName(TurnFinder.prescan(lines));
        People candidates = new People();
        addSpeakers(candidates, introduced);
        List<SectionFinder.Found> found = SectionFinder.find(lines, s -> isKnown(candidates, s));

        // Participants, then everyone else the prefixes name.
        People people = new People();
        boolean[] participantLine = new boolean[lines.size()];
        List<Participant> participants = participants(lines, found, people, participantLine);
        addSpeakers(people, introduced);
        found.removeIf(f -> (f.kind == SectionFinder.Kind.TOPIC || f.kind == SectionFinder.Kind.ECHO)
                && startsWithPerson(people, f.title) || participantLine[f.line.index]);

        boolean[] sectionTitle = new boolean[lines.size()];
        for (SectionFinder.Found f : found) {
            sectionTitle[f.line.index] = true;
        }
        List<Section> outline = SectionTree.build(lines, found);
        Section.Role[] roleOf = new Section.Role[lines.size()];
        int[] sectionIndent = new int[lines.size()];
        SectionTree.rolesByLine(lines, outline, map, roleOf, sectionIndent);

        List<Mention> strangers = new ArrayList<>();
        List<Turn> turns = TurnFinder.find(lines, participantLine, sectionTitle, people, strangers);
        List<Question> questions = QuestionFinder.find(text, lines, turns, roleOf, sectionIndent, sectionTitle,
                participantLine);
        List<AcronymUse> uses = AcronymFinder.uses(text, lines);
        Predicate<String> personWord = w -> isPersonWord(people, w);
        Map<String, AcronymDefinition> definitions = AcronymFinder.definitions(text, lines, uses, personWord);
        List<ActionItem> actions = ActionItemFinder.find(lines, roleOf, sectionTitle, people);

        SectionFinder.Found titleFound = title(found);
        String title = titleFound == null ? null : titleFound.title;
        Span titleSpan = titleFound == null ? null
                : new Span(titleFound.line.contentOffset(), titleFound.line.contentOffset() + titleFound.line.content().length());
        LocalDate date = date(lines, title);
        return new NotesDocument(text, map, title, titleSpan, date, outline, participants, people(people, turns),
                turns, questions, uses, definitions, style(lines, turns, map), strangers, actions);
    }

    /**
     * Each spelling of the introduced names once, with all the places it stands; fuller names
     * first, so that "Christopher" joins "Christopher Clark".
     */
    private static List<Map.Entry<String, List<Integer>>> byName(List<Object[]> introduced) {
        Map<String, List<Integer>> at = new LinkedHashMap<>();
        for (Object[] o : introduced) {
            at.computeIfAbsent((String) o[0], k -> new ArrayList<>()).add((Integer) o[1]);
        }
        List<Map.Entry<String, List<Integer>>> names = new ArrayList<>(at.entrySet());
        names.sort(Comparator.comparingInt(e -> -Markup.wordCount(e.getKey())));
        return names;
    }

    private static void addSpeakers(People people, List<Map.Entry<String, List<Integer>>> introduced) {
        for (Map.Entry<String, List<Integer>> n : introduced) {
            List<Integer> offsets = n.getValue();
            People.Entry e = people.addSpeaker(n.getKey(), offsets.get(0));
            for (int i = 1; i < offsets.size(); i++) {
                e.mentions.add(offsets.get(i));
            }
        }
    }

    private static boolean isKnown(People people, String s) {
        return !s.isBlank() && people.resolve(s, Integer.MAX_VALUE, false) != null;
    }

    private static boolean startsWithPerson(People people, String title) {
        List<String> words = Markup.words(title);
        for (int n = Math.min(3, words.size()); n >= 1; n--) {
            String head = withoutTrailingMarks(String.join(" ", words.subList(0, n)));
            if (Names.nameWords(head) != null && isKnown(people, head)) {
                return true;
            }
        }
        return false;
    }

    /** Without the punctuation and possessive marks {@link #TRAILING_MARKS} strips. */
    private static String withoutTrailingMarks(String s) {
        // The pattern removes nothing unless s ends with one of its marks (or a line break,
        // before which its "$" also matches).
        if (!s.isEmpty() && ",:;.'’s\n\r\u0085\u2028\u2029".indexOf(s.charAt(s.length() - 1)) < 0) {
            return s;
        }
        return TRAILING_MARKS.matcher(s).replaceAll("");
    }

    private static boolean isPersonWord(People people, String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        String f = Words.fold(w);
        for (People.Entry e : people.entries()) {
            for (String k : e.keys) {
                if (k.equals(f) && k.length() > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Names listed under a Participants-like heading, on an "Attendees: a, b" line, or after a role. */
    private static List<Participant> participants(List<Line> lines, List<SectionFinder.Found> found, People people,
                                                  boolean[] participantLine) {
        List<Participant> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            SectionFinder.Found f = found.get(i);
            if (f.role != Section.Role.PARTICIPANTS) {
                continue;
            }
            int end = lines.size();
            for (int j = i + 1; j < found.size(); j++) {
                SectionFinder.Kind k = found.get(j).kind;
                if (k != SectionFinder.Kind.TOPIC && k != SectionFinder.Kind.ECHO) {
                    end = found.get(j).line.index;   // a topic line inside the list is a name
                    break;
                }
            }
            boolean listed = false;
            for (int k = f.line.index + 1; k < end; k++) {
                Line l = lines.get(k);
                if (l.blank && listed) {
                    break;   // the list ends at the first blank line after it
                }
                if (!l.isNotes()) {
                    continue;
                }
                String[] name = Names.participantName(l.content());
                if (name == null || SAYS.matcher(l.content()).find()) {
                    continue;   // "Name - reviews take long": a turn, not an entry of the list
                }
                listed = true;
                int at = l.contentOffset() + Math.max(0, l.content().indexOf(name[0]));
                people.addParticipant(name[0], name[1], at);
                String detail = l.content().substring(Math.min(l.content().length(),
                        Math.max(0, l.content().indexOf(name[0])) + name[0].length())).strip();
                out.add(new Participant(name[0], new Span(at, at + name[0].length()), detail));
                participantLine[k] = true;
            }
        }
        for (Line l : lines) {
            if (!l.isNotes() || l.index >= 40 && out.size() > 0) {
                continue;
            }
            String c = l.content();
            if (c.indexOf(':') < 0) {
                continue;
            }
            Matcher m = INLINE_PARTICIPANTS.matcher(c);
            if (mayListParticipants(c) && m.matches()) {
                listed(l, c, m.start(2), c.length(), people, out);
                participantLine[l.index] = true;
                continue;
            }
            if (!mayNameRole(c)) {
                continue;
            }
            Matcher r = ROLE.matcher(c);
            while (r.find()) {
                int s = r.end();
                int e = c.length();
                Matcher next = ROLE.matcher(c);
                if (next.find(s)) {
                    e = next.start();
                }
                int dot = c.indexOf(". ", s);
                if (dot >= 0 && dot < e) {
                    e = dot;
                }
                listed(l, c, s, e, people, out);
            }
        }
        return out;
    }

    /** Can {@link #INLINE_PARTICIPANTS} match: does c start with one of its words, after emphasis and spaces? */
    private static boolean mayListParticipants(String c) {
        int i = 0;
        while (i < c.length() && "*_ \t\n\u000B\f\r".indexOf(c.charAt(i)) >= 0) {
            i++;
        }
        for (String w : PARTICIPANTS_WORDS) {
            if (Chars.startsWithIgnoreCase(c, i, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Does a colon of c follow a role word ("Chair:", "Notes by :")? Only then can {@link #ROLE}
     * match: a quick test, as most lines with a colon are "Name: text".
     */
    private static boolean mayNameRole(String c) {
        for (int colon = c.indexOf(':'); colon >= 0; colon = c.indexOf(':', colon + 1)) {
            int e = colon;
            while (e > 0 && Character.isWhitespace(c.charAt(e - 1))) {
                e--;
            }
            for (String w : ROLE_ENDINGS) {
                if (Chars.startsWithIgnoreCase(c, e - w.length(), w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Names separated by commas, semicolons, "&amp;" or "and" in c[s, e). */
    private static void listed(Line l, String c, int s, int e, People people, List<Participant> out) {
        int i = s;
        String part = c.substring(s, e);
        for (String piece : LIST_SEPARATOR.split(part)) {
            String[] name = Names.participantName(FINAL_PERIOD.matcher(piece).replaceAll(""));
            int idx = c.indexOf(piece.strip(), i);
            if (name == null || idx < 0) {
                continue;
            }
            i = idx + piece.strip().length();
            int at = l.contentOffset() + idx;
            people.addParticipant(name[0], name[1], at);
            out.add(new Participant(name[0], new Span(at, at + name[0].length()), ""));
        }
    }

    private static SectionFinder.Found title(List<SectionFinder.Found> found) {
        for (SectionFinder.Found f : found) {
            if (f.kind == SectionFinder.Kind.TITLE) {
                return f;
            }
        }
        if (!found.isEmpty() && found.get(0).kind == SectionFinder.Kind.HEADING && found.get(0).level == 1) {
            return found.get(0);
        }
        return null;
    }

    /** The meeting date: in the title, a Date field or line, or a date standing alone near the top. */
    private static LocalDate date(List<Line> lines, String title) {
        if (title != null) {
            MeetingDates.Found f = MeetingDates.find(title);
            if (f != null) {
                return f.date();
            }
        }
        for (int i = 0; i < lines.size() && i < 60; i++) {
            Line l = lines.get(i);
            if (l.blank) {
                continue;
            }
            String c = l.content();
            if (!mayBeDateLabel(c)) {
                continue;
            }
            Matcher m = DATE_FIELD.matcher(c);
            if (m.matches()) {
                MeetingDates.Found f = MeetingDates.find(m.group(1));
                if (f != null) {
                    return f.date();
                }
            }
            if (Words.fold(Names.stripEmphasis(c)).replace(":", "").strip().equals("date")) {
                for (int k = i + 1; k < Math.min(lines.size(), i + 3); k++) {
                    MeetingDates.Found f = MeetingDates.find(lines.get(k).text);
                    if (f != null) {
                        return f.date();
                    }
                }
            }
        }
        for (int i = 0; i < lines.size() && i < 20; i++) {
            String c = lines.get(i).text.strip();
            if (!c.isEmpty() && MeetingDates.isDateLine(Names.stripEmphasis(c))) {
                return MeetingDates.find(c).date();
            }
        }
        for (int i = 0; i < lines.size() && i < 10; i++) {
            MeetingDates.Found f = MeetingDates.find(lines.get(i).text);
            if (f != null) {
                return f.date();
            }
        }
        return null;
    }

    /**
     * Can the line be a "Date: ..." field or a "Date" label? Without its emphasis marks, colons
     * and spaces, either starts with "date": a quick test before the pattern and the folding.
     */
    private static boolean mayBeDateLabel(String c) {
        int matched = 0;
        for (int i = 0; i < c.length() && matched < 4; i++) {
            char ch = c.charAt(i);
            if (ch > 127) {
                return true;   // folding may drop it or change it: read the line in full
            }
            if (ch == '*' || ch == '_' || ch == ':' || Character.isWhitespace(ch)) {
                continue;
            }
            if (Character.toLowerCase(ch) != "date".charAt(matched)) {
                return false;
            }
            matched++;
        }
        return matched == 4;
    }

    /** Participants first in list order, then the other speakers by their first turn. */
    private static List<Person> people(People people, List<Turn> turns) {
        Map<People.Entry, int[]> stats = new LinkedHashMap<>();
        Map<String, People.Entry> byName = new HashMap<>();
        for (People.Entry e : people.entries()) {
            byName.put(e.name, e);
            stats.put(e, new int[] {0, -1});
        }
        List<String> extra = new ArrayList<>();
        Map<String, int[]> extraStats = new HashMap<>();
        for (Turn t : turns) {
            if (t.speaker() == null) {
                continue;
            }
            People.Entry e = byName.get(t.speaker());
            int[] s = e != null ? stats.get(e) : extraStats.computeIfAbsent(t.speaker(), k -> {
                extra.add(k);
                return new int[] {0, -1};
            });
            s[0]++;
            if (s[1] < 0) {
                s[1] = t.nameSpan().start();
            }
        }
        List<Person> out = new ArrayList<>();
        List<Person> speakersOnly = new ArrayList<>();
        for (Map.Entry<People.Entry, int[]> en : stats.entrySet()) {
            People.Entry e = en.getKey();
            int[] s = en.getValue();
            if (e.participant) {
                out.add(new Person(e.name, true, s[0], s[1]));
            } else if (s[0] > 0) {
                speakersOnly.add(new Person(e.name, false, s[0], s[1]));
            }
        }
        for (String name : extra) {
            int[] s = extraStats.get(name);
            speakersOnly.add(new Person(name, false, s[0], s[1]));
        }
        speakersOnly.sort(Comparator.comparingInt(Person::firstTurn));
        out.addAll(speakersOnly);
        return out;
    }

    /** "- " for a '-' bullet, "" for none. */
    private static String bulletPrefix(char bullet) {
        return switch (bullet) {
            case 0 -> "";
            case '-' -> "- ";
            case '*' -> "* ";
            case '+' -> "+ ";
            default -> bullet + " ";
        };
    }

    /** The form most turns take, and the bullet they use. */
    private static AttributionStyle style(List<Line> lines, List<Turn> turns, LineMap map) {
        Map<Turn.Form, Integer> forms = new HashMap<>();
        Map<String, Integer> bullets = new HashMap<>();
        int lowerTags = 0;
        int tags = 0;
        for (Turn t : turns) {
            Line line = lines.get(map.lineOf(t.nameSpan().start()));
            boolean atLineStart = t.nameSpan().start() - line.contentOffset() <= 2;
            if (!atLineStart || t.form() == Turn.Form.OPENING || t.form() == Turn.Form.PRESENTER
                    || t.form() == Turn.Form.UNKNOWN) {
                continue;
            }
            forms.merge(t.form(), 1, Integer::sum);
            bullets.merge(bulletPrefix(line.bullet), 1, Integer::sum);
            if (t.form() == Turn.Form.TAG) {
                tags++;
                if (Character.isLowerCase(t.written().charAt(0))) {
                    lowerTags++;
                }
            }
        }
        if (forms.isEmpty()) {
            return AttributionStyle.DEFAULT;
        }
        Turn.Form form = forms.entrySet().stream().max(Map.Entry.<Turn.Form, Integer>comparingByValue()
                .thenComparing(e -> e.getKey() == Turn.Form.COLON ? 1 : 0)).get().getKey();
        String bullet = bullets.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        return new AttributionStyle(form, bullet, tags > 0 && lowerTags * 2 >= tags);
    }
}
