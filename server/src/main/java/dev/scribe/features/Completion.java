package dev.scribe.features;

import dev.scribe.notes.AcronymDefinition;
import dev.scribe.notes.AcronymUse;
import dev.scribe.notes.AttributionStyle;
import dev.scribe.notes.LineMap;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.Person;
import dev.scribe.notes.Section;
import dev.scribe.workspace.NoteSummary;
import dev.scribe.workspace.NotesIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Completion ({@code textDocument/completion}). At the start of a line or after a bullet:
 * speakers, written in the note's own style ({@code Name: }, {@code - Name: }, {@code Name - });
 * this meeting's people first, then people from other meetings by how often and how lately
 * they spoke. On a heading: the topics of this note and of other meetings. Elsewhere: known
 * acronyms and names that start with the word being typed.
 */
public final class Completion {
    private Completion() {
    }

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*)$");
    private static final Pattern LINE_START = Pattern.compile(
            "^(\\s*)((?:[-*+•]|\\d{1,3}[.)])\\s+(?:\\[[ xX]\\]\\s+)?)?(\\[?)((?:[\\p{L}\\p{M}'’.-]+ ?){0,3})$");
    private static final Pattern WORD = Pattern.compile("([\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}&'’-]*)$");

    public static CompletionList complete(String uri, NotesDocument doc, int offset, NotesIndex index) {
        LineMap lines = doc.lines();
        int line = lines.lineOf(offset);
        int lineStart = lines.lineStart(line);
        String prefix = doc.text().substring(lineStart, Math.max(lineStart, offset));
        List<CompletionItem> items = new ArrayList<>();
        Matcher h = HEADING.matcher(prefix);
        if (h.matches()) {
            boolean more = topics(uri, doc, index, lines, line, lineStart + h.start(1), offset, h.group(1), items, 0);
            return new CompletionList(more, items);
        }
        Matcher m = LINE_START.matcher(prefix);
        if (m.matches()) {
            int nameStart = lineStart + m.start(3);
            boolean bullet = m.group(2) != null;
            Section section = doc.sectionAt(offset);
            boolean listingPeople = section != null && section.role() == Section.Role.PARTICIPANTS
                    && lines.lineOf(section.titleSpan().start()) != line;
            speakers(uri, doc, index, lines, nameStart, offset, bullet || m.group(3).length() > 0, listingPeople, items);
            boolean more = section != null && section.role() == Section.Role.AGENDA && !listingPeople
                    && topics(uri, doc, index, lines, line, nameStart, offset, m.group(4), items, items.size());
            if (!m.group(4).isEmpty()) {
                words(uri, doc, index, lines, offset, m.group(4).strip(), items, true);
            }
            return new CompletionList(more, items);
        }
        Matcher w = WORD.matcher(prefix);
        if (w.find()) {
            words(uri, doc, index, lines, offset, w.group(1), items, false);
        }
        return new CompletionList(false, items);
    }

    /** Someone to offer, and how likely they are to speak next. */
    private record Candidate(String name, int tier, double score, String detail) {
    }

    private static void speakers(String uri, NotesDocument doc, NotesIndex index, LineMap lines, int nameStart, int offset,
                                 boolean bulletTyped, boolean listingPeople, List<CompletionItem> items) {
        Map<String, Candidate> byKey = new LinkedHashMap<>();
        Map<String, NotesIndex.PersonStats> elsewhere = index == null ? Map.of() : index.people(uri);
        List<String> elsewhereNames = new ArrayList<>(elsewhere.keySet());
        for (Person p : doc.people()) {
            NotesIndex.PersonStats other = find(elsewhere, elsewhereNames, p.name());
            int tier;
            if (p.spoke()) {
                tier = p.participant() ? 0 : 1;
            } else if (other != null && other.turns() > 0) {
                tier = 2;
            } else {
                tier = 4;
            }
            double score = p.turns() * 10 + (other == null ? 0 : other.turns());
            String detail = p.spoke() ? p.turns() + (p.turns() == 1 ? " turn" : " turns") + " in this meeting"
                    : p.participant() ? "participant" : "";
            byKey.put(key(p.name()), new Candidate(p.name(), tier, score, detail));
        }
        LocalDate today = NoteSummary.meetingDate(uri, doc);
        for (NotesIndex.PersonStats s : elsewhere.values()) {
            if (containsPerson(byKey, s.name())) {
                continue;
            }
            double recency = 1.0;
            if (s.lastSpoke() != null && today != null) {
                long days = Math.abs(today.toEpochDay() - s.lastSpoke().toEpochDay());
                recency = 1.0 / (1.0 + days / 90.0);
            }
            int tier = s.turns() > 0 ? 3 : 5;
            String detail = s.meetingsSpoken() > 0
                    ? "spoke in " + s.meetingsSpoken() + (s.meetingsSpoken() == 1 ? " other meeting" : " other meetings")
                    : "in " + s.meetingsPresent() + (s.meetingsPresent() == 1 ? " other meeting" : " other meetings");
            byKey.put(key(s.name()), new Candidate(s.name(), tier, s.turns() * recency + s.meetingsSpoken(), detail));
        }
        List<Candidate> ranked = new ArrayList<>(byKey.values());
        ranked.sort(Comparator.comparingInt(Candidate::tier).thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
                .thenComparing(Candidate::name));
        AttributionStyle style = doc.attributionStyle();
        int rank = 0;
        for (Candidate c : ranked) {
            String insert;
            if (listingPeople) {
                insert = c.name;
            } else {
                insert = (bulletTyped ? "" : style.bullet()) + style.prefix(c.name);
            }
            CompletionItem item = new CompletionItem(c.name);
            item.setKind(CompletionItemKind.Variable);
            item.setDetail(c.detail.isEmpty() ? null : c.detail);
            item.setSortText(String.format(Locale.ROOT, "%04d", rank++));
            item.setFilterText(c.name);
            item.setTextEdit(Either.forLeft(new TextEdit(Ranges.range(lines, nameStart, offset), insert)));
            items.add(item);
        }
    }

    private static NotesIndex.PersonStats find(Map<String, NotesIndex.PersonStats> elsewhere, List<String> names, String name) {
        NotesIndex.PersonStats exact = elsewhere.get(name);
        if (exact != null) {
            return exact;
        }
        for (String n : names) {
            if (samePerson(n, name)) {
                return elsewhere.get(n);
            }
        }
        return null;
    }

    private static boolean containsPerson(Map<String, Candidate> byKey, String name) {
        if (byKey.containsKey(key(name))) {
            return true;
        }
        for (Candidate c : byKey.values()) {
            if (samePerson(c.name, name)) {
                return true;
            }
        }
        return false;
    }

    /** "Christopher" and "Christopher Clark" are one person; "Jorge Castro" and "Jorge Alarcon" are not. */
    static boolean samePerson(String a, String b) {
        String[] x = key(a).split(" ");
        String[] y = key(b).split(" ");
        if (!x[0].equals(y[0])) {
            return false;
        }
        if (x.length == 1 || y.length == 1) {
            return true;
        }
        return x[x.length - 1].equals(y[y.length - 1]);
    }

    private static String key(String name) {
        return Words.fold(name).strip();
    }

    /** Topics offered at most: a folder of years of notes knows tens of thousands of them. */
    static final int MAX_TOPICS = 100;

    /**
     * Adds the topics that what was typed could still lead to, most discussed first; answers
     * whether some were left out, so that the editor asks again as the typing goes on.
     */
    private static boolean topics(String uri, NotesDocument doc, NotesIndex index, LineMap lines, int line, int start,
                                  int offset, String typed, List<CompletionItem> items, int rankFrom) {
        String wanted = NoteSummary.topicKey(typed).replace(" ", "");
        // This note's topics, by the key that makes two titles one topic.
        Map<String, Offer> here = new LinkedHashMap<>();
        for (Section s : doc.sections()) {
            String title = NoteSummary.topicTitle(s.title());
            String k = NoteSummary.topicKey(title);
            if (lines.lineOf(s.titleSpan().start()) != line && !title.isBlank() && isSubsequence(wanted, k)) {
                Offer o = here.get(k);
                here.put(k, new Offer(k, o == null ? title : o.title(), o == null ? 1 : o.sections() + 1));
            }
        }
        // The best MAX_TOPICS of the matching ones, without sorting them all.
        PriorityQueue<Offer> best = new PriorityQueue<>(Offer.ORDER.reversed());
        int matching = 0;
        if (index != null) {
            NoteSummary mine = index.get(uri);
            Set<String> own = new HashSet<>();   // counted in the index as one of its notes
            for (NoteSummary.Topic t : mine == null ? List.<NoteSummary.Topic>of() : mine.topics()) {
                own.add(t.key());
            }
            for (NotesIndex.TopicStats t : index.topics()) {
                if (t.title() == null || t.title().isBlank() || !isSubsequence(wanted, t.key())) {
                    continue;
                }
                int elsewhere = t.notes() - (own.contains(t.key()) ? 1 : 0);
                if (elsewhere == 0) {
                    continue;   // this note's own topics are the sections above, less the one being typed
                }
                Offer mineToo = here.remove(t.key());
                matching++;
                keep(best, mineToo == null ? new Offer(t.key(), t.title(), elsewhere)
                        : new Offer(t.key(), mineToo.title(), mineToo.sections() + elsewhere));
            }
        }
        for (Offer o : here.values()) {
            matching++;
            keep(best, o);
        }
        List<Offer> offers = new ArrayList<>(best);
        offers.sort(Offer.ORDER);
        int rank = rankFrom;
        for (Offer o : offers) {
            CompletionItem item = new CompletionItem(o.title());
            item.setKind(CompletionItemKind.Module);
            item.setDetail(o.sections() <= 1 ? "topic" : "topic of " + o.sections() + " sections");
            item.setSortText(String.format(Locale.ROOT, "%04d", rank++));
            item.setTextEdit(Either.forLeft(new TextEdit(Ranges.range(lines, start, offset), o.title())));
            items.add(item);
        }
        return matching > MAX_TOPICS;
    }

    /** A topic to offer: its title, and how many sections discuss it. */
    private record Offer(String key, String title, int sections) {
        /** Most discussed first. */
        static final Comparator<Offer> ORDER = Comparator.comparingInt((Offer o) -> -o.sections()).thenComparing(Offer::key);
    }

    private static void keep(PriorityQueue<Offer> best, Offer o) {
        if (best.size() == MAX_TOPICS && Offer.ORDER.compare(o, best.peek()) >= 0) {
            return;   // no better than the least of the best: most topics end here
        }
        best.add(o);
        if (best.size() > MAX_TOPICS) {
            best.poll();   // the least discussed
        }
    }

    /** Could an editor's fuzzy filter keep the text for what was typed? Its letters, in order. */
    private static boolean isSubsequence(String typed, String text) {
        int i = 0;
        for (int k = 0; k < text.length() && i < typed.length(); k++) {
            if (text.charAt(k) == typed.charAt(i)) {
                i++;
            }
        }
        return i == typed.length();
    }

    private static void words(String uri, NotesDocument doc, NotesIndex index, LineMap lines, int offset, String typed,
                              List<CompletionItem> items, boolean namesAlreadyOffered) {
        String p = typed.toLowerCase(Locale.ROOT);
        if (p.isEmpty()) {
            return;
        }
        int start = offset - typed.length();
        Map<String, String> acronyms = new LinkedHashMap<>();
        for (AcronymUse u : doc.acronymUses()) {
            acronyms.putIfAbsent(u.acronym(), null);
        }
        for (AcronymDefinition d : doc.definitions().values()) {
            acronyms.put(d.acronym(), d.expansion());
        }
        if (index != null) {
            for (String a : index.acronyms()) {
                if (a.toLowerCase(Locale.ROOT).startsWith(p) && acronyms.get(a) == null) {
                    Definitions.Located d = Definitions.definedElsewhere(uri, a, index);
                    acronyms.put(a, d == null ? null : d.definition().expansion());
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (CompletionItem i : items) {
            seen.add(i.getLabel());
        }
        List<CompletionItem> found = new ArrayList<>();
        for (Map.Entry<String, String> e : acronyms.entrySet()) {
            String a = e.getKey();
            if (a.toLowerCase(Locale.ROOT).startsWith(p) && !a.equals(typed) && seen.add(a)) {
                CompletionItem item = new CompletionItem(a);
                item.setKind(CompletionItemKind.Constant);
                item.setDetail(e.getValue());
                item.setTextEdit(Either.forLeft(new TextEdit(Ranges.range(lines, start, offset), a)));
                found.add(item);
            }
        }
        if (!namesAlreadyOffered) {
            List<String> people = new ArrayList<>();
            for (Person person : doc.people()) {
                people.add(person.name());
            }
            if (index != null) {
                people.addAll(index.people(uri).keySet());
            }
            for (String name : people) {
                for (String token : name.split(" ")) {
                    if (token.toLowerCase(Locale.ROOT).startsWith(p) && p.length() >= 1 && seen.add(name)) {
                        CompletionItem item = new CompletionItem(name);
                        item.setKind(CompletionItemKind.Variable);
                        item.setTextEdit(Either.forLeft(new TextEdit(Ranges.range(lines, start, offset), name)));
                        found.add(item);
                        break;
                    }
                }
            }
        }
        found.sort(Comparator.comparing(CompletionItem::getLabel, String.CASE_INSENSITIVE_ORDER));
        int rank = items.size();
        for (CompletionItem i : found) {
            i.setSortText(String.format(Locale.ROOT, "%04d", rank++));
            items.add(i);
            if (items.size() >= 200) {
                break;
            }
        }
    }
}
