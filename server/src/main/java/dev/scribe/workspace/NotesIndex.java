package dev.scribe.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Every note of the workspace as a {@link NoteSummary}, with the notes each person, acronym and
 * topic appears in. Updated one note at a time (a put replaces what the note held before) and
 * read from any thread; lookups return notes in meeting order.
 */
public final class NotesIndex {

    /** Meetings in date order; notes without a date after dated ones, then by URI. */
    public static final Comparator<NoteSummary> BY_DATE = Comparator
            .comparing((NoteSummary s) -> s.date() == null ? LocalDate.MAX : s.date())
            .thenComparing(NoteSummary::uri);

    /** How one person appears across the workspace. */
    public record PersonStats(String name, int turns, int meetingsSpoken, int meetingsPresent, LocalDate lastSpoke) {
    }

    private final Map<String, NoteSummary> notes = new HashMap<>();
    private final Map<String, Set<String>> byAcronym = new HashMap<>();
    private final Map<String, Set<String>> byPerson = new HashMap<>();
    private final Map<String, Set<String>> byTopic = new HashMap<>();
    private final Map<String, Tally> people = new HashMap<>();
    private final Map<String, String> topicTitles = new HashMap<>();
    private final Map<String, Set<String>> byAction = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /**
     * A person's running figures over the notes: kept up to date by adding and taking away one
     * note at a time, so that indexing thousands of notes stays linear.
     */
    private static final class Tally {
        int turns;
        int spoken;
        int present;
        int notes;
        /** The dates of the meetings they spoke in, with how many notes have each. */
        final java.util.TreeMap<LocalDate, Integer> spokeOn = new java.util.TreeMap<>();

        void add(NoteSummary n, NoteSummary.PersonEntry p, int sign) {
            notes += sign;
            turns += sign * p.turns();
            present += p.participant() ? sign : 0;
            if (p.turns() > 0) {
                spoken += sign;
                if (n.date() != null) {
                    spokeOn.merge(n.date(), sign, Integer::sum);
                    if (spokeOn.get(n.date()) <= 0) {
                        spokeOn.remove(n.date());
                    }
                }
            }
        }

        PersonStats stats(String name) {
            return new PersonStats(name, turns, spoken, present, spokeOn.isEmpty() ? null : spokeOn.lastKey());
        }
    }

    /** Adds a note, or replaces what the index held for it. */
    public void put(NoteSummary summary) {
        String key = key(summary.uri());
        lock.writeLock().lock();
        try {
            NoteSummary old = notes.put(key, summary);
            if (old != null) {
                unlink(key, old);
            }
            link(key, summary);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Forgets a note: nothing of it remains in any lookup. */
    public void remove(String uri) {
        String key = key(uri);
        lock.writeLock().lock();
        try {
            NoteSummary old = notes.remove(key);
            if (old != null) {
                unlink(key, old);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void link(String key, NoteSummary s) {
        for (String a : s.acronyms()) {
            byAcronym.computeIfAbsent(a, k -> new HashSet<>()).add(key);
        }
        for (String a : s.definitions().keySet()) {
            byAcronym.computeIfAbsent(a, k -> new HashSet<>()).add(key);
        }
        for (NoteSummary.PersonEntry p : s.people()) {
            byPerson.computeIfAbsent(p.name(), k -> new HashSet<>()).add(key);
            people.computeIfAbsent(p.name(), k -> new Tally()).add(s, p, 1);
        }
        for (NoteSummary.Action a : s.actions()) {
            byAction.computeIfAbsent(a.text(), k -> new HashSet<>()).add(key);
        }
        for (NoteSummary.Topic t : s.topics()) {
            byTopic.computeIfAbsent(t.key(), k -> new HashSet<>()).add(key);
            topicTitles.putIfAbsent(t.key(), t.title().replaceAll("\\s*\\((continued|cont\\.?)\\)\\s*$", "").strip());
        }
    }

    private void unlink(String key, NoteSummary s) {
        for (String a : s.acronyms()) {
            drop(byAcronym, a, key);
        }
        for (String a : s.definitions().keySet()) {
            drop(byAcronym, a, key);
        }
        for (NoteSummary.PersonEntry p : s.people()) {
            drop(byPerson, p.name(), key);
            Tally t = people.get(p.name());
            if (t != null) {
                t.add(s, p, -1);
                if (t.notes <= 0) {
                    people.remove(p.name());
                }
            }
        }
        for (NoteSummary.Action a : s.actions()) {
            drop(byAction, a.text(), key);
        }
        for (NoteSummary.Topic t : s.topics()) {
            drop(byTopic, t.key(), key);
            if (!byTopic.containsKey(t.key())) {
                topicTitles.remove(t.key());
            }
        }
    }

    private static void drop(Map<String, Set<String>> map, String name, String key) {
        Set<String> keys = map.get(name);
        if (keys != null) {
            keys.remove(key);
            if (keys.isEmpty()) {
                map.remove(name);
            }
        }
    }

    /** A person's figures over the notes they appear in, leaving one note out. */
    private PersonStats without(String name, NoteSummary except) {
        Tally t = people.get(name);
        NoteSummary.PersonEntry p = except.person(name);
        if (t == null || p == null) {
            return t == null ? null : t.stats(name);
        }
        if (t.notes <= 1) {
            return null;
        }
        Tally rest = new Tally();
        rest.turns = t.turns - p.turns();
        rest.spoken = t.spoken - (p.turns() > 0 ? 1 : 0);
        rest.present = t.present - (p.participant() ? 1 : 0);
        rest.notes = t.notes - 1;
        rest.spokeOn.putAll(t.spokeOn);
        if (p.turns() > 0 && except.date() != null) {
            rest.spokeOn.merge(except.date(), -1, Integer::sum);
            if (rest.spokeOn.get(except.date()) <= 0) {
                rest.spokeOn.remove(except.date());
            }
        }
        return rest.stats(name);
    }

    public NoteSummary get(String uri) {
        lock.readLock().lock();
        try {
            return notes.get(key(uri));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A snapshot of every note. */
    public List<NoteSummary> all() {
        lock.readLock().lock();
        try {
            return new ArrayList<>(notes.values());
        } finally {
            lock.readLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return notes.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Notes that use or define an acronym (or glossary term), oldest meeting first. */
    public List<NoteSummary> withAcronym(String acronym) {
        return lookup(byAcronym, acronym);
    }

    /** Notes a person appears in, oldest meeting first. */
    public List<NoteSummary> withPerson(String name) {
        return lookup(byPerson, name);
    }

    /** Notes with a section on this topic ({@link NoteSummary#topicKey}), oldest meeting first. */
    public List<NoteSummary> withTopic(String topicKey) {
        return lookup(byTopic, topicKey);
    }

    private List<NoteSummary> lookup(Map<String, Set<String>> map, String name) {
        lock.readLock().lock();
        try {
            Set<String> keys = map.get(name);
            if (keys == null) {
                return List.of();
            }
            List<NoteSummary> out = new ArrayList<>(keys.size());
            for (String k : keys) {
                out.add(notes.get(k));
            }
            out.sort(BY_DATE);
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Notes with this action item's text, oldest meeting first. */
    public List<NoteSummary> withAction(String text) {
        return lookup(byAction, text);
    }

    /** Every action item's text. */
    public Set<String> actionTexts() {
        lock.readLock().lock();
        try {
            return new HashSet<>(byAction.keySet());
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * How many notes other than {@code uri} have this topic (or, with {@code acronym}, use this
     * term) and are dated before {@code date}; any date counts when {@code date} is null.
     * Counts without sorting: code lenses ask this for every section.
     */
    public int countBefore(boolean acronym, String name, LocalDate date, String uri) {
        String except = key(uri);
        lock.readLock().lock();
        try {
            Set<String> keys = (acronym ? byAcronym : byTopic).get(name);
            if (keys == null) {
                return 0;
            }
            int n = 0;
            for (String k : keys) {
                if (k.equals(except)) {
                    continue;
                }
                LocalDate d = notes.get(k).date();
                if (date == null || d != null && d.isBefore(date)) {
                    n++;
                }
            }
            return n;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every acronym or glossary term used or defined anywhere. */
    public Set<String> acronyms() {
        lock.readLock().lock();
        try {
            return new HashSet<>(byAcronym.keySet());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A topic of the workspace: how it is titled, and in how many notes. */
    public record TopicStats(String key, String title, int notes) {
    }

    /** Every topic, with the number of notes that have a section on it. */
    public List<TopicStats> topics() {
        lock.readLock().lock();
        try {
            List<TopicStats> out = new ArrayList<>(byTopic.size());
            for (Map.Entry<String, Set<String>> e : byTopic.entrySet()) {
                out.add(new TopicStats(e.getKey(), topicTitles.get(e.getKey()), e.getValue().size()));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Everyone in the workspace, with their figures. */
    public Collection<PersonStats> people() {
        lock.readLock().lock();
        try {
            List<PersonStats> out = new ArrayList<>(people.size());
            for (Map.Entry<String, Tally> e : people.entrySet()) {
                out.add(e.getValue().stats(e.getKey()));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Everyone, by name, with the figures of every note but {@code excludeUri}. */
    public Map<String, PersonStats> people(String excludeUri) {
        String except = key(excludeUri);
        lock.readLock().lock();
        try {
            Map<String, PersonStats> out = new HashMap<>(people.size() * 2);
            for (Map.Entry<String, Tally> e : people.entrySet()) {
                out.put(e.getKey(), e.getValue().stats(e.getKey()));
            }
            NoteSummary mine = notes.get(except);
            if (mine != null) {
                for (NoteSummary.PersonEntry p : mine.people()) {
                    PersonStats s = without(p.name(), mine);
                    if (s == null) {
                        out.remove(p.name());
                    } else {
                        out.put(p.name(), s);
                    }
                }
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * One key per file, however its URI is spelled: editors and Java percent-encode paths
     * differently ("%C3%B6" or "ö", "%3A" or ":").
     */
    public static String key(String uri) {
        if (uri != null && uri.startsWith("file:")) {
            try {
                return java.nio.file.Path.of(java.net.URI.create(uri)).normalize().toString();
            } catch (RuntimeException e) {
                return uri;
            }
        }
        return uri == null ? "" : uri;
    }

    /** Are these two URIs the same file? */
    public static boolean sameFile(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }
}
