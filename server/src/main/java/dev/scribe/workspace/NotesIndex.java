package dev.scribe.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every note of the workspace, by URI, as {@link NoteSummary}s: updated one note at a time and
 * read from any thread. Aggregate views (people across meetings, topics, acronyms) are computed
 * from the summaries on demand.
 */
public final class NotesIndex {

    /** Meetings in date order; notes without a date after dated ones, then by URI. */
    public static final Comparator<NoteSummary> BY_DATE = Comparator
            .comparing((NoteSummary s) -> s.date() == null ? LocalDate.MAX : s.date())
            .thenComparing(NoteSummary::uri);

    private final Map<String, NoteSummary> notes = new ConcurrentHashMap<>();

    public void put(NoteSummary summary) {
        notes.put(key(summary.uri()), summary);
    }

    public void remove(String uri) {
        notes.remove(key(uri));
    }

    public NoteSummary get(String uri) {
        return notes.get(key(uri));
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
        return uri;
    }

    /** Are these two URIs the same file? */
    public static boolean sameFile(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    public Collection<NoteSummary> all() {
        return notes.values();
    }

    public int size() {
        return notes.size();
    }

    /** All notes, oldest meeting first. */
    public List<NoteSummary> byDate() {
        List<NoteSummary> out = new ArrayList<>(notes.values());
        out.sort(BY_DATE);
        return out;
    }

    /** How one person appears across the workspace. */
    public record PersonStats(String name, int turns, int meetingsSpoken, int meetingsPresent, LocalDate lastSpoke) {
    }

    /** Everyone in the workspace except those only in {@code excludeUri}, merged by name. */
    public Map<String, PersonStats> people(String excludeUri) {
        Map<String, PersonStats> out = new HashMap<>();
        for (NoteSummary s : notes.values()) {
            if (sameFile(s.uri(), excludeUri)) {
                continue;
            }
            for (NoteSummary.PersonEntry p : s.people()) {
                PersonStats had = out.get(p.name());
                int turns = p.turns() + (had == null ? 0 : had.turns());
                int spoken = (p.turns() > 0 ? 1 : 0) + (had == null ? 0 : had.meetingsSpoken());
                int present = (p.participant() ? 1 : 0) + (had == null ? 0 : had.meetingsPresent());
                LocalDate last = had == null ? null : had.lastSpoke();
                if (p.turns() > 0 && s.date() != null && (last == null || s.date().isAfter(last))) {
                    last = s.date();
                }
                out.put(p.name(), new PersonStats(p.name(), turns, spoken, present, last));
            }
        }
        return out;
    }
}
