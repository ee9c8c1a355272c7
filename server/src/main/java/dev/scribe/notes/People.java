package dev.scribe.notes;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The people one note knows: its participants and everyone credited with a turn. Resolves a
 * written name ("Christopher", "[yang]", "BIll M", "bartsmykla", "Armd") to one person, so
 * that each person appears once, by the fullest form of their name.
 */
final class People {

    /** One person, with every spelling the note used. */
    static final class Entry {
        String name;
        String[] keys;
        /** The keys run together: "bartsmykla" names Bart Smykla in a tag. */
        String joined;
        String handle;
        boolean participant;
        /** Offsets where the note introduced or credited this person. */
        final Offsets mentions = new Offsets();
        /** How often each spelling of the first name was written, by folded spelling. */
        final java.util.Map<String, Integer> firstSpellings = new java.util.HashMap<>();
        final java.util.Map<String, String> firstWritten = new java.util.HashMap<>();
        /** The keys of written names, shared with the {@link People} this entry belongs to. */
        private final java.util.Map<String, String[]> keysOf;
        /** The first name last written, and its folded form. */
        private String lastFirst;
        private String lastFirstKey;
        /** {@link #name}'s first word in lower case, and the name it was computed for. */
        private String firstLower;
        private String firstLowerOf;

        Entry(String name, String handle, boolean participant, int offset, java.util.Map<String, String[]> keysOf) {
            this.keysOf = keysOf;
            this.name = name;
            setKeys(keysOf(name));
            this.handle = handle == null ? null : Words.fold(handle);
            this.participant = participant;
            mentions.add(offset);
            wrote(name);
        }

        private String[] keysOf(String written) {
            return keysOf.computeIfAbsent(written, Names::keys);
        }

        /** The first word of the name in lower case; follows every change of the name. */
        String firstLower() {
            if (firstLowerOf != name) {
                firstLower = People.firstLower(name);
                firstLowerOf = name;
            }
            return firstLower;
        }

        /**
         * Counts a spelling of the first name; the spelling written most often wins, so that a
         * participant listed as "Bil Mills" and credited five times as "Bill" reads "Bill Mills".
         */
        void wrote(String written) {
            int sp = written.indexOf(' ');
            if (sp > 0 || keys.length == 0) {
                String[] k = keysOf(written);
                if (k.length > keys.length && startsLike(keys, k)) {
                    name = written;   // "Carol" credited as "Carol Willing" is Carol Willing
                    setKeys(k);
                }
            }
            String first = sp < 0 ? written : written.substring(0, sp);
            if (!first.equals(lastFirst)) {
                lastFirst = first;
                lastFirstKey = Words.fold(first);   // a person is mostly credited the same way
            }
            String key = lastFirstKey;
            int count = firstSpellings.merge(key, 1, Integer::sum);
            String had = firstWritten.get(key);
            if (had == null || !properCase(had) && properCase(first)) {
                firstWritten.put(key, first);
            }
            // The spelling written most often wins: a participant listed as "Bil Mills" and
            // credited five times as "Bill" reads "Bill Mills".
            String current = keys.length == 0 ? "" : keys[0];
            if (!key.equals(current) && count > firstSpellings.getOrDefault(current, 0)) {
                int space = name.indexOf(' ');
                name = firstWritten.get(key) + (space < 0 ? "" : name.substring(space));
                setKeys(keysOf(name));
            }
        }

        void setKeys(String[] k) {
            keys = k;
            joined = String.join("", k);
        }

        /**
         * Can a written name starting with this character match at all? Every match of
         * {@link People#rank} starts like the first key, the last key or the handle.
         */
        boolean mayMatch(char c) {
            return c == keys[0].charAt(0) || c == keys[keys.length - 1].charAt(0)
                    || handle != null && !handle.isEmpty() && c == handle.charAt(0);
        }

        private static boolean properCase(String w) {
            if (w.length() <= 1 || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            // Latin-1 letters lower-case one by one; only other scripts need the full rule.
            for (int i = 1; i < w.length(); i++) {
                char c = w.charAt(i);
                if (c >= 256) {
                    return w.substring(1).equals(w.substring(1).toLowerCase(java.util.Locale.ROOT));
                }
                if (Character.toLowerCase(c) != c) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A resolved name: who; 0 the same name, 1 a first name or handle, 2 a shortening, 3 a last
     * name, 4 a misspelling.
     */
    record Match(Entry entry, int rank) {
        boolean fuzzy() {
            return rank == 4;
        }
    }

    /**
     * Offsets in a note, kept sorted so that the last one before a place is a binary search away
     * (a person credited with hundreds of turns is looked up at every one of them).
     */
    static final class Offsets {
        private int[] sorted = new int[4];
        private int size;

        void add(int offset) {
            int at = size;
            while (at > 0 && sorted[at - 1] > offset) {
                at--;   // offsets mostly come in order: this rarely moves
            }
            if (size == sorted.length) {
                sorted = java.util.Arrays.copyOf(sorted, size * 2);
            }
            System.arraycopy(sorted, at, sorted, at + 1, size - at);
            sorted[at] = offset;
            size++;
        }

        /** The greatest offset at or before {@code offset}, or Integer.MIN_VALUE. */
        int lastAtOrBefore(int offset) {
            int lo = 0;
            int hi = size - 1;
            int best = Integer.MIN_VALUE;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] <= offset) {
                    best = sorted[mid];
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return best;
        }
    }

    private static final LevenshteinDistance EDITS = new LevenshteinDistance(2);

    private final List<Entry> entries = new ArrayList<>();
    /** The first word of written names in lower case, computed once each. */
    private final java.util.Map<String, String> firstLowerOf = new java.util.HashMap<>();
    /** Folded words of written names, computed once each. */
    private final java.util.Map<String, String[]> keysOf = new java.util.HashMap<>();

    private String[] keysOf(String written) {
        return keysOf.computeIfAbsent(written, Names::keys);
    }

    List<Entry> entries() {
        return entries;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    Entry addParticipant(String name, String handle, int offset) {
        Match m = resolve(name, offset, false);
        if (m != null && m.entry.keys.length >= keysOf(name).length) {
            m.entry.participant = true;
            m.entry.mentions.add(offset);
            m.entry.wrote(name);
            return m.entry;
        }
        Entry e = new Entry(name, handle, true, offset, keysOf);
        entries.add(e);
        return e;
    }

    /** Credits a turn to a written name; a fuller spelling improves the person's name. */
    Entry addSpeaker(String written, int offset) {
        Match m = resolve(written, offset, false);
        if (m != null) {
            Entry e = m.entry;
            String[] k = keysOf(written);
            if (k.length > e.keys.length && startsLike(e.keys, k)) {
                e.name = written;
                e.setKeys(k);
            }
            e.mentions.add(offset);
            return e;
        }
        Entry e = new Entry(written, null, false, offset, keysOf);
        entries.add(e);
        return e;
    }

    /**
     * The person a written name stands for, or null. Exact forms win over a misspelling; where
     * several people share a first name, the one the note mentioned last before {@code offset}.
     */
    Match resolve(String written, int offset, boolean allowFuzzy) {
        String[] w = keysOf(written);
        if (w.length == 0) {
            return null;
        }
        Entry best = null;
        int bestRank = Integer.MAX_VALUE;
        int bestNear = Integer.MIN_VALUE;
        String rawFirst = null;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            int rank = rank(w, e);
            if (rank < 0) {
                continue;
            }
            if (rawFirst == null) {
                rawFirst = firstLowerOf.computeIfAbsent(written, People::firstLower);
            }
            // Between two equally good matches, one spelled with the same accents wins.
            int score = rank * 2 + (rawFirst.equals(e.firstLower()) ? 0 : 1);
            int near = e.mentions.lastAtOrBefore(offset);
            if (score < bestRank || score == bestRank && near > bestNear) {
                best = e;
                bestRank = score;
                bestNear = near;
            }
        }
        if (best != null) {
            return new Match(best, bestRank / 2);
        }
        if (!allowFuzzy) {
            return null;
        }
        Entry fuzzy = null;
        int fuzzyNear = Integer.MIN_VALUE;
        // An everyday word ("Will") or a short one is a misspelling only by a doubled letter.
        boolean commonOrShort = Words.isCommon(w[0]) || w[0].length() < 4;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (closeSpelling(w, e, commonOrShort)) {
                int near = e.mentions.lastAtOrBefore(offset);
                if (fuzzy == null || near > fuzzyNear) {
                    fuzzy = e;
                    fuzzyNear = near;
                }
            }
        }
        return fuzzy == null ? null : new Match(fuzzy, 4);
    }

    /** 0 the same name, 1 first name or handle, 2 a shortening, 3 last name; -1 no match. */
    private static int rank(String[] w, Entry e) {
        if (!e.mayMatch(w[0].charAt(0))) {
            return -1;
        }
        String[] k = e.keys;
        if (java.util.Arrays.equals(w, k)) {
            return 0;
        }
        if (w.length == 1) {
            String x = w[0];
            if (x.equals(k[0]) || x.equals(e.handle)) {
                return 1;
            }
            if (k.length > 1 && x.equals(e.joined)) {
                return 1;
            }
            if (x.length() >= 4 && k[0].startsWith(x)) {
                return 2;
            }
            if (k.length > 1 && x.length() >= 3 && x.equals(k[k.length - 1])) {
                return 3;
            }
            return -1;
        }
        return startsLike(w, k) || startsLike(k, w) ? 1 : -1;
    }

    /**
     * Do the words {@code a} name the same person as {@code b}: same first word, and each later
     * word of {@code a} found in order in {@code b} (a last word may be an initial: "Bill M")?
     */
    private static boolean startsLike(String[] a, String[] b) {
        if (a.length == 0 || b.length == 0 || !a[0].equals(b[0])) {
            return false;
        }
        int j = 1;
        for (int i = 1; i < a.length; i++) {
            boolean found = false;
            while (j < b.length) {
                String bw = b[j++];
                if (bw.equals(a[i]) || i == a.length - 1 && a[i].length() == 1 && bw.startsWith(a[i])) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean closeSpelling(String[] w, Entry e, boolean commonOrShort) {
        String x = w[0];
        String y = e.keys[0];
        if (Math.abs(x.length() - y.length()) > 2 || x.isEmpty() || y.isEmpty()) {
            return false;
        }
        int shorter = Math.min(x.length(), y.length());
        int limit = shorter >= 8 ? 2 : shorter >= 3 && Math.max(x.length(), y.length()) >= 4 ? 1 : 0;
        if (limit == 0) {
            return false;
        }
        if (commonOrShort && !doubling(x, y)) {
            return false;   // "Will" is not "Bill", but "Bill" may be "Bil"
        }
        Integer d = EDITS.apply(x, y);
        if (d < 0 || d > limit) {
            return false;
        }
        if (w.length == 1) {
            return true;
        }
        String[] rest = w.clone();
        rest[0] = y;
        return startsLike(rest, e.keys);
    }

    /** Do the two spellings differ by one doubled letter ("Bil"/"Bill", "Steffano"/"Stefano")? */
    static boolean doubling(String a, String b) {
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int i = 1; i < longer.length(); i++) {
            if (longer.charAt(i) == longer.charAt(i - 1)
                    && (longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLower(String name) {
        String s = name.strip();
        int sp = s.indexOf(' ');
        return (sp < 0 ? s : s.substring(0, sp)).toLowerCase(java.util.Locale.ROOT);
    }

    /** Does someone here have this first name (or a spelling of it that differs by case)? */
    boolean hasFirstName(String word) {
        String f = Words.fold(word);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.keys.length > 0 && (e.keys[0].equals(f) || doubling(e.keys[0], f))) {
                return true;
            }
        }
        return false;
    }

    /** Edit distance between two names, folded, or -1 when beyond 2. */
    static int distance(String a, String b) {
        Integer d = EDITS.apply(Words.fold(a), Words.fold(b));
        return d == null ? -1 : d;
    }
}
