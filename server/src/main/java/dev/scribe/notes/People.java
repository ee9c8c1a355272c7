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
        /** Offsets where the note introduced or credited this person, in order. */
        final List<Integer> mentions = new ArrayList<>();
        /** How often each spelling of the first name was written, by folded spelling. */
        final java.util.Map<String, Integer> firstSpellings = new java.util.HashMap<>();
        final java.util.Map<String, String> firstWritten = new java.util.HashMap<>();

        Entry(String name, String handle, boolean participant, int offset) {
            this.name = name;
            setKeys(Names.keys(name));
            this.handle = handle == null ? null : Words.fold(handle);
            this.participant = participant;
            mentions.add(offset);
            wrote(name);
        }

        /**
         * Counts a spelling of the first name; the spelling written most often wins, so that a
         * participant listed as "Bil Mills" and credited five times as "Bill" reads "Bill Mills".
         */
        void wrote(String written) {
            int sp = written.indexOf(' ');
            if (sp > 0 || keys.length == 0) {
                String[] k = Names.keys(written);
                if (k.length > keys.length && startsLike(keys, k)) {
                    name = written;   // "Carol" credited as "Carol Willing" is Carol Willing
                    setKeys(k);
                }
            }
            String first = sp < 0 ? written : written.substring(0, sp);
            String key = Words.fold(first);
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
                setKeys(Names.keys(name));
            }
        }

        void setKeys(String[] k) {
            keys = k;
            joined = String.join("", k);
        }

        private static boolean properCase(String w) {
            return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.substring(1).equals(w.substring(1).toLowerCase(java.util.Locale.ROOT));
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

    private static final LevenshteinDistance EDITS = new LevenshteinDistance(2);

    private final List<Entry> entries = new ArrayList<>();
    /** Folded words of written names, computed once each. */
    private final java.util.Map<String, String[]> keysOf = new java.util.HashMap<>();

    List<Entry> entries() {
        return entries;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    Entry addParticipant(String name, String handle, int offset) {
        Match m = resolve(name, offset, false);
        if (m != null && m.entry.keys.length >= Names.keys(name).length) {
            m.entry.participant = true;
            m.entry.mentions.add(offset);
            m.entry.wrote(name);
            return m.entry;
        }
        Entry e = new Entry(name, handle, true, offset);
        entries.add(e);
        return e;
    }

    /** Credits a turn to a written name; a fuller spelling improves the person's name. */
    Entry addSpeaker(String written, int offset) {
        Match m = resolve(written, offset, false);
        if (m != null) {
            Entry e = m.entry;
            String[] k = Names.keys(written);
            if (k.length > e.keys.length && startsLike(e.keys, k)) {
                e.name = written;
                e.setKeys(k);
            }
            e.mentions.add(offset);
            return e;
        }
        Entry e = new Entry(written, null, false, offset);
        entries.add(e);
        return e;
    }

    /**
     * The person a written name stands for, or null. Exact forms win over a misspelling; where
     * several people share a first name, the one the note mentioned last before {@code offset}.
     */
    Match resolve(String written, int offset, boolean allowFuzzy) {
        String[] w = keysOf.computeIfAbsent(written, Names::keys);
        if (w.length == 0) {
            return null;
        }
        Entry best = null;
        int bestRank = Integer.MAX_VALUE;
        int bestNear = Integer.MIN_VALUE;
        String rawFirst = firstLower(written);
        for (Entry e : entries) {
            int rank = rank(w, e);
            if (rank < 0) {
                continue;
            }
            // Between two equally good matches, one spelled with the same accents wins.
            int score = rank * 2 + (rawFirst.equals(firstLower(e.name)) ? 0 : 1);
            int near = nearest(e, offset);
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
        for (Entry e : entries) {
            if (closeSpelling(w, e)) {
                int near = nearest(e, offset);
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

    private static boolean closeSpelling(String[] w, Entry e) {
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
        Integer d = EDITS.apply(x, y);
        if (d < 0 || d > limit) {
            return false;
        }
        if ((Words.isCommon(x) || x.length() < 4) && !doubling(x, y)) {
            return false;   // "Will" is not "Bill", but "Bill" may be "Bil"
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

    private static int nearest(Entry e, int offset) {
        int best = Integer.MIN_VALUE;
        for (int m : e.mentions) {
            if (m <= offset && m > best) {
                best = m;
            }
        }
        return best;
    }

    /** Does someone here have this first name (or a spelling of it that differs by case)? */
    boolean hasFirstName(String word) {
        String f = Words.fold(word);
        for (Entry e : entries) {
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
