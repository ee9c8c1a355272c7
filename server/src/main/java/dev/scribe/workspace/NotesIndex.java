package dev.scribe.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /**
     * Each note has a slot number; the lookups below hold slot numbers, so that an entry costs
     * four bytes instead of a hash-set node: 25,000 notes mean about a million of them.
     */
    private final Map<String, Integer> slotOf = new HashMap<>();
    private NoteSummary[] slots = new NoteSummary[256];
    private final Posting freeSlots = new Posting();
    private int size;
    private final Map<String, Posting> byAcronym = new HashMap<>();
    private final Map<String, Posting> byPerson = new HashMap<>();
    private final Map<String, Posting> byTopic = new HashMap<>();
    private final Map<String, Posting> byAction = new HashMap<>();
    private final Map<String, Tally> people = new HashMap<>();
    private final Map<String, String> topicTitles = new HashMap<>();
    /** Each slot's place in meeting order ({@link #BY_DATE}); null when a put changed the order. */
    private volatile MeetingOrder order;
    /** What {@link #topics()} answered, until a note comes or goes: editors ask it per keystroke. */
    private volatile List<TopicStats> topics;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /**
     * The slots of the notes a name appears in, as a sorted array: cheap to update one note at a
     * time, and compact.
     */
    private static final class Posting {
        int[] slots = new int[4];
        int size;

        void add(int slot) {
            int i = java.util.Arrays.binarySearch(slots, 0, size, slot);
            if (i >= 0) {
                return;
            }
            i = -i - 1;
            if (size == slots.length) {
                slots = java.util.Arrays.copyOf(slots, size * 2);
            }
            System.arraycopy(slots, i, slots, i + 1, size - i);
            slots[i] = slot;
            size++;
        }

        void remove(int slot) {
            int i = java.util.Arrays.binarySearch(slots, 0, size, slot);
            if (i >= 0) {
                System.arraycopy(slots, i + 1, slots, i, size - i - 1);
                size--;
            }
        }

        int pop() {
            return slots[--size];
        }
    }

    /** Every note's rank in meeting order, computed when first needed after a change of order. */
    private record MeetingOrder(int[] rankOf, int[] slotAt) {
    }

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
            Integer known = slotOf.get(key);
            int slot;
            if (known != null) {
                slot = known;
                NoteSummary old = slots[slot];
                unlink(slot, old);
                if (!Objects.equals(old.date(), summary.date()) || !old.uri().equals(summary.uri())) {
                    order = null;
                }
            } else {
                slot = freeSlots.size > 0 ? freeSlots.pop() : size;
                if (slot == slots.length) {
                    slots = java.util.Arrays.copyOf(slots, slots.length * 2);
                }
                slotOf.put(key, slot);
                size++;
                order = null;
            }
            slots[slot] = summary;
            link(slot, summary);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Forgets every note whose {@link #key} is not among these: files gone since the last look. */
    public void retain(Set<String> keys) {
        lock.writeLock().lock();
        try {
            for (String key : new ArrayList<>(slotOf.keySet())) {
                if (!keys.contains(key)) {
                    removeKey(key);
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Forgets a note: nothing of it remains in any lookup. */
    public void remove(String uri) {
        lock.writeLock().lock();
        try {
            removeKey(key(uri));
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void removeKey(String key) {
        Integer slot = slotOf.remove(key);
        if (slot != null) {
            unlink(slot, slots[slot]);
            slots[slot] = null;
            freeSlots.add(slot);
            size--;
            order = null;
        }
    }

    private void link(int slot, NoteSummary s) {
        topics = null;
        for (String a : s.acronyms()) {
            byAcronym.computeIfAbsent(a, k -> new Posting()).add(slot);
        }
        for (String a : s.definitions().keySet()) {
            byAcronym.computeIfAbsent(a, k -> new Posting()).add(slot);
        }
        for (NoteSummary.PersonEntry p : s.people()) {
            byPerson.computeIfAbsent(p.name(), k -> new Posting()).add(slot);
            people.computeIfAbsent(p.name(), k -> new Tally()).add(s, p, 1);
        }
        for (NoteSummary.Action a : s.actions()) {
            byAction.computeIfAbsent(a.text(), k -> new Posting()).add(slot);
        }
        for (NoteSummary.Topic t : s.topics()) {
            byTopic.computeIfAbsent(t.key(), k -> new Posting()).add(slot);
            topicTitles.computeIfAbsent(t.key(), k -> NoteSummary.topicTitle(t.title()));
        }
    }

    private void unlink(int slot, NoteSummary s) {
        topics = null;
        for (String a : s.acronyms()) {
            drop(byAcronym, a, slot);
        }
        for (String a : s.definitions().keySet()) {
            drop(byAcronym, a, slot);
        }
        for (NoteSummary.PersonEntry p : s.people()) {
            drop(byPerson, p.name(), slot);
            Tally t = people.get(p.name());
            if (t != null) {
                t.add(s, p, -1);
                if (t.notes <= 0) {
                    people.remove(p.name());
                }
            }
        }
        for (NoteSummary.Action a : s.actions()) {
            drop(byAction, a.text(), slot);
        }
        for (NoteSummary.Topic t : s.topics()) {
            drop(byTopic, t.key(), slot);
            if (!byTopic.containsKey(t.key())) {
                topicTitles.remove(t.key());
            }
        }
    }

    private static void drop(Map<String, Posting> map, String name, int slot) {
        Posting p = map.get(name);
        if (p != null) {
            p.remove(slot);
            if (p.size == 0) {
                map.remove(name);
            }
        }
    }

    /** The meeting order of the notes; the caller holds the read or the write lock. */
    private MeetingOrder order() {
        MeetingOrder o = order;
        if (o == null) {
            synchronized (this) {
                o = order;
                if (o == null) {
                    Integer[] live = new Integer[size];
                    int n = 0;
                    for (int slot = 0; slot < slots.length && n < size; slot++) {
                        if (slots[slot] != null) {
                            live[n++] = slot;
                        }
                    }
                    java.util.Arrays.sort(live, Comparator.comparing(slot -> slots[slot], BY_DATE));
                    int[] rankOf = new int[slots.length];
                    int[] slotAt = new int[size];
                    for (int r = 0; r < size; r++) {
                        rankOf[live[r]] = r;
                        slotAt[r] = live[r];
                    }
                    o = new MeetingOrder(rankOf, slotAt);
                    order = o;
                }
            }
        }
        return o;
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
        // The last meeting they spoke in, but for this note; without copying their dates, which
        // this runs for every person of the edited note on every keystroke.
        LocalDate last = t.spokeOn.isEmpty() ? null : t.spokeOn.lastKey();
        if (p.turns() > 0 && last != null && last.equals(except.date()) && t.spokeOn.get(last) <= 1) {
            last = t.spokeOn.lowerKey(last);
        }
        return new PersonStats(name, t.turns - p.turns(), t.spoken - (p.turns() > 0 ? 1 : 0),
                t.present - (p.participant() ? 1 : 0), last);
    }

    public NoteSummary get(String uri) {
        lock.readLock().lock();
        try {
            Integer slot = slotOf.get(key(uri));
            return slot == null ? null : slots[slot];
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A snapshot of every note. */
    public List<NoteSummary> all() {
        lock.readLock().lock();
        try {
            List<NoteSummary> out = new ArrayList<>(size);
            for (NoteSummary s : slots) {
                if (s != null) {
                    out.add(s);
                }
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Notes that use or define an acronym (or glossary term), oldest meeting first. */
    public List<NoteSummary> withAcronym(String acronym) {
        return lookup(byAcronym, acronym, null);
    }

    /** The same, leaving out one note (the one the editor asks from), however its URI is spelled. */
    public List<NoteSummary> withAcronym(String acronym, String exceptUri) {
        return lookup(byAcronym, acronym, exceptUri);
    }

    /** Does any note use or define this acronym or term? */
    public boolean hasAcronym(String acronym) {
        lock.readLock().lock();
        try {
            return byAcronym.containsKey(acronym);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Notes a person appears in, oldest meeting first. */
    public List<NoteSummary> withPerson(String name) {
        return lookup(byPerson, name, null);
    }

    /** The same, leaving out one note. */
    public List<NoteSummary> withPerson(String name, String exceptUri) {
        return lookup(byPerson, name, exceptUri);
    }

    /** Notes with a section on this topic ({@link NoteSummary#topicKey}), oldest meeting first. */
    public List<NoteSummary> withTopic(String topicKey) {
        return lookup(byTopic, topicKey, null);
    }

    /** The same, leaving out one note. */
    public List<NoteSummary> withTopic(String topicKey, String exceptUri) {
        return lookup(byTopic, topicKey, exceptUri);
    }

    /** Notes with this action item's text, oldest meeting first. */
    public List<NoteSummary> withAction(String text) {
        return lookup(byAction, text, null);
    }

    private List<NoteSummary> lookup(Map<String, Posting> map, String name, String exceptUri) {
        lock.readLock().lock();
        try {
            Posting p = map.get(name);
            if (p == null) {
                return List.of();
            }
            Integer except = exceptUri == null ? null : slotOf.get(key(exceptUri));
            MeetingOrder o = order();
            int[] ranks = new int[p.size];
            int n = 0;
            for (int i = 0; i < p.size; i++) {
                int slot = p.slots[i];
                if (except == null || slot != except) {
                    ranks[n++] = o.rankOf[slot];
                }
            }
            java.util.Arrays.sort(ranks, 0, n);
            List<NoteSummary> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(slots[o.slotAt[ranks[i]]]);
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
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
        lock.readLock().lock();
        try {
            Posting p = (acronym ? byAcronym : byTopic).get(name);
            if (p == null) {
                return 0;
            }
            Integer except = slotOf.get(key(uri));
            int n = 0;
            for (int i = 0; i < p.size; i++) {
                int slot = p.slots[i];
                if (except != null && slot == except) {
                    continue;
                }
                LocalDate d = slots[slot].date();
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
        List<TopicStats> known = topics;
        if (known != null) {
            return known;
        }
        lock.readLock().lock();
        try {
            List<TopicStats> out = new ArrayList<>(byTopic.size());
            for (Map.Entry<String, Posting> e : byTopic.entrySet()) {
                out.add(new TopicStats(e.getKey(), topicTitles.get(e.getKey()), e.getValue().size));
            }
            out = java.util.Collections.unmodifiableList(out);
            topics = out;   // under the read lock: no change can come between reading and keeping
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
        lock.readLock().lock();
        try {
            Map<String, PersonStats> out = new HashMap<>(people.size() * 2);
            for (Map.Entry<String, Tally> e : people.entrySet()) {
                out.put(e.getKey(), e.getValue().stats(e.getKey()));
            }
            Integer slot = slotOf.get(key(excludeUri));
            NoteSummary mine = slot == null ? null : slots[slot];
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
                return key(java.nio.file.Path.of(java.net.URI.create(uri)));
            } catch (RuntimeException e) {
                return uri;
            }
        }
        return uri == null ? "" : uri;
    }

    /** The key of a file's note: the same as for any URI of that file. */
    public static String key(java.nio.file.Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /** Are these two URIs the same file? */
    public static boolean sameFile(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }
}
