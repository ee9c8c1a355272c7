package dev.scribe.features;

import dev.scribe.notes.Section;
import dev.scribe.workspace.NoteSummary;
import dev.scribe.workspace.NotesIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;

/**
 * Workspace symbols ({@code workspace/symbol}): meetings by title and date, their sections,
 * people and defined acronyms, matched fuzzily (the query's characters in order) and ranked
 * the way editors rank: a prefix before a match at word starts before a scattered one.
 */
public final class WorkspaceSymbols {
    private WorkspaceSymbols() {
    }

    public static final int LIMIT = 250;

    private record Hit(SymbolInformation symbol, int score) {
    }

    @SuppressWarnings("deprecation")
    public static List<SymbolInformation> search(String query, NotesIndex index) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Hit> hits = new ArrayList<>();
        Set<String> acronymsSeen = new HashSet<>();
        for (NoteSummary s : index.all()) {
            String meeting = s.title() == null ? s.fileName() : s.title();
            String label = s.date() == null ? meeting : s.date() + " " + meeting;
            add(hits, q, label, SymbolKind.File, new Location(s.uri(), Definitions.range(s.titleLoc())), s.fileName());
            for (NoteSummary.Topic t : s.topics()) {
                if (t.role() == Section.Role.TITLE || t.loc().equals(s.titleLoc())) {
                    continue;
                }
                add(hits, q, t.title(), SymbolKind.String, new Location(s.uri(), Definitions.range(t.loc())), label);
            }
            for (NoteSummary.Action a : s.actions()) {
                add(hits, q, a.text(), SymbolKind.Event, new Location(s.uri(), Definitions.range(a.loc())),
                        (a.owner() == null ? "no owner" : a.owner()) + ", " + label);
            }
            for (NoteSummary.Definition d : s.definitions().values()) {
                if (acronymsSeen.add(d.acronym())) {
                    Definitions.Located best = Definitions.definedElsewhere("", d.acronym(), index);
                    NoteSummary at = best == null ? s : best.note();
                    NoteSummary.Definition def = best == null ? d : best.definition();
                    add(hits, q, d.acronym(), SymbolKind.Constant, new Location(at.uri(), Definitions.range(def.loc())),
                            def.expansion());
                }
            }
        }
        for (NotesIndex.PersonStats p : index.people()) {
            List<NoteSummary> notes = index.withPerson(p.name());
            if (notes.isEmpty()) {
                continue;
            }
            NoteSummary latest = notes.get(notes.size() - 1);
            NoteSummary.PersonEntry e = latest.person(p.name());
            if (e == null || e.mentions().isEmpty()) {
                continue;
            }
            add(hits, q, p.name(), SymbolKind.Object, new Location(latest.uri(), Definitions.range(e.mentions().get(0))),
                    p.meetingsSpoken() + (p.meetingsSpoken() == 1 ? " meeting" : " meetings"));
        }
        hits.sort(Comparator.comparingInt(Hit::score).reversed().thenComparing(h -> h.symbol.getName()));
        List<SymbolInformation> out = new ArrayList<>();
        for (Hit h : hits) {
            out.add(h.symbol);
            if (out.size() >= LIMIT) {
                break;
            }
        }
        return out;
    }

    @SuppressWarnings("deprecation")
    private static void add(List<Hit> hits, String q, String name, SymbolKind kind, Location loc, String container) {
        int score = score(q, name);
        if (score > 0) {
            hits.add(new Hit(new SymbolInformation(name, kind, loc, container), score));
        }
    }

    /**
     * How well the query matches: 0 when its characters do not all appear in order; more for a
     * prefix, for characters at word starts, and for contiguous runs.
     */
    static int score(String q, String name) {
        if (q.isEmpty()) {
            return 1;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith(q)) {
            return 1000 - Math.min(500, n.length());
        }
        int score = 0;
        int at = 0;
        int prev = -2;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            int found = n.indexOf(c, at);
            if (found < 0) {
                return 0;
            }
            if (found == 0 || !Character.isLetterOrDigit(n.charAt(found - 1))) {
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
}
