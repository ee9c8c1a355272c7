package dev.scribe.features;

import dev.scribe.notes.Section;
import dev.scribe.workspace.NoteSummary;
import dev.scribe.workspace.NotesIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;

/**
 * Workspace symbols ({@code workspace/symbol}): meetings by title and date, their topics, people,
 * defined acronyms and action items, matched fuzzily (the query's characters in order) and
 * ranked the way editors rank: a prefix before a match at word starts before a scattered one.
 * A topic or an action that recurs in many meetings is matched once and listed from the most
 * recent meeting back, so the cost follows the distinct names, not the notes.
 */
public final class WorkspaceSymbols {
    private WorkspaceSymbols() {
    }

    /**
     * Symbols answered at most, the best first. Editors ask again as the query grows, so a
     * page is enough; clangd answers as many (its completion limit, 100).
     */
    public static final int LIMIT = 100;

    /** A matched name, and how to list it. */
    private record Hit(String name, SymbolKind kind, int score, Runnable expand) {
    }

    @SuppressWarnings("deprecation")
    public static List<SymbolInformation> search(String query, NotesIndex index) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<SymbolInformation> out = new ArrayList<>();
        List<Hit> hits = new ArrayList<>();
        for (NoteSummary s : index.all()) {
            String label = s.label();
            int score = score(q, label);
            if (score > 0) {
                hits.add(new Hit(label, SymbolKind.File, score,
                        () -> out.add(new SymbolInformation(label, SymbolKind.File, location(s, s.titleLoc()), s.fileName()))));
            }
        }
        for (NotesIndex.TopicStats t : index.topics()) {
            int score = score(q, t.title());
            if (score > 0) {
                hits.add(new Hit(t.title(), SymbolKind.String, score, () -> {
                    List<NoteSummary> notes = index.withTopic(t.key());
                    for (int i = notes.size() - 1; i >= 0 && out.size() < LIMIT; i--) {
                        NoteSummary s = notes.get(i);
                        for (NoteSummary.Topic topic : s.topics()) {
                            if (topic.key().equals(t.key()) && topic.role() != Section.Role.TITLE && topic.at() != 0L
                                    && !topic.loc().equals(s.titleLoc())) {
                                out.add(new SymbolInformation(topic.title(), SymbolKind.String, location(s, topic.loc()), s.label()));
                            }
                        }
                    }
                }));
            }
        }
        for (NotesIndex.PersonStats p : index.people()) {
            int score = score(q, p.name());
            if (score > 0) {
                hits.add(new Hit(p.name(), SymbolKind.Object, score, () -> {
                    List<NoteSummary> notes = index.withPerson(p.name());
                    NoteSummary latest = notes.isEmpty() ? null : notes.get(notes.size() - 1);
                    NoteSummary.PersonEntry e = latest == null ? null : latest.person(p.name());
                    if (e != null && !e.mentions().isEmpty()) {
                        out.add(new SymbolInformation(p.name(), SymbolKind.Object, location(latest, e.mentions().get(0)),
                                p.meetingsSpoken() + (p.meetingsSpoken() == 1 ? " meeting" : " meetings")));
                    }
                }));
            }
        }
        for (String acronym : index.acronyms()) {
            int score = score(q, acronym);
            if (score > 0) {
                hits.add(new Hit(acronym, SymbolKind.Constant, score, () -> {
                    Definitions.Located d = Definitions.definedElsewhere("", acronym, index);
                    if (d != null) {
                        out.add(new SymbolInformation(acronym, SymbolKind.Constant, location(d.note(), d.definition().loc()),
                                d.definition().expansion()));
                    }
                }));
            }
        }
        for (String text : index.actionTexts()) {
            int score = score(q, text);
            if (score > 0) {
                hits.add(new Hit(text, SymbolKind.Event, score, () -> {
                    List<NoteSummary> notes = index.withAction(text);
                    for (int i = notes.size() - 1; i >= 0 && out.size() < LIMIT; i--) {
                        NoteSummary s = notes.get(i);
                        for (NoteSummary.Action a : s.actions()) {
                            if (a.text().equals(text)) {
                                out.add(new SymbolInformation(text, SymbolKind.Event, location(s, a.loc()),
                                        (a.owner() == null ? "no owner" : a.owner()) + ", " + s.label()));
                            }
                        }
                    }
                }));
            }
        }
        // Most hits never make the list: rank the best ones first, and the rest only if those
        // did not fill it (a person or an acronym may list nothing).
        List<Hit> best = best(hits, LIMIT);
        best.forEach(h -> expand(h, out));
        if (out.size() < LIMIT && best.size() < hits.size()) {
            out.clear();
            hits.sort(BEST_FIRST);
            hits.forEach(h -> expand(h, out));
        }
        return out.size() > LIMIT ? new ArrayList<>(out.subList(0, LIMIT)) : out;
    }

    private static final Comparator<Hit> BEST_FIRST = Comparator.comparingInt(Hit::score).reversed().thenComparing(Hit::name);

    private static void expand(Hit h, List<SymbolInformation> out) {
        if (out.size() < LIMIT) {
            h.expand.run();
        }
    }

    /** The {@code n} best hits, best first, without sorting them all. */
    private static List<Hit> best(List<Hit> hits, int n) {
        java.util.PriorityQueue<Hit> worstFirst = new java.util.PriorityQueue<>(n + 1, BEST_FIRST.reversed());
        for (Hit h : hits) {
            if (worstFirst.size() < n) {
                worstFirst.add(h);
            } else if (BEST_FIRST.compare(h, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(h);
            }
        }
        List<Hit> out = new ArrayList<>(worstFirst);
        out.sort(BEST_FIRST);
        return out;
    }

    private static Location location(NoteSummary s, NoteSummary.Loc loc) {
        return new Location(s.uri(), Definitions.range(loc));
    }

    /**
     * How well the query matches: 0 when its characters do not all appear in order; more for a
     * prefix, for characters at word starts, and for contiguous runs.
     */
    static int score(String q, String name) {
        if (q.isEmpty()) {
            return 1;
        }
        if (name.length() < q.length()) {
            return 0;
        }
        if (lower(name.charAt(0)) == q.charAt(0) && name.regionMatches(true, 0, q, 0, q.length())) {
            return 1000 - Math.min(500, name.length());
        }
        int score = 0;
        int at = 0;
        int prev = -2;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            int found = -1;
            for (int k = at; k < name.length(); k++) {
                if (lower(name.charAt(k)) == c) {
                    found = k;
                    break;
                }
            }
            if (found < 0) {
                return 0;
            }
            if (found == 0 || !Character.isLetterOrDigit(name.charAt(found - 1))) {
                score += 10;
            }
            if (found == prev + 1) {
                score += 5;
            }
            prev = found;
            at = found + 1;
        }
        return Math.max(1, score);
    }

    /** Lower case, ASCII without a table lookup: every name of the folder is read per query. */
    private static char lower(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }
}
