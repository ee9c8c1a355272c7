package dev.scribe.notes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Nests the headings found into the outline, and tells each line which section it belongs to. */
final class SectionTree {
    private SectionTree() {
    }

    private static final class Node {
        final SectionFinder.Found found;
        final List<Node> children = new ArrayList<>();
        Node parent;
        int endLine;

        Node(SectionFinder.Found found) {
            this.found = found;
        }
    }

    static List<Section> build(List<Line> lines, List<SectionFinder.Found> found) {
        List<Node> roots = nodes(lines, found);
        List<Section> out = new ArrayList<>(roots.size());
        for (Node n : roots) {
            out.add(toSection(n, lines));
        }
        return out;
    }

    private static List<Node> nodes(List<Line> lines, List<SectionFinder.Found> found) {
        List<Node> roots = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        List<Node> all = new ArrayList<>();
        for (SectionFinder.Found f : found) {
            Node n = new Node(f);
            while (!stack.isEmpty() && stack.peek().found.level >= f.level) {
                stack.pop();
            }
            if (stack.isEmpty()) {
                roots.add(n);
            } else {
                n.parent = stack.peek();
                stack.peek().children.add(n);
            }
            stack.push(n);
            all.add(n);
        }
        int last = lastNotesLine(lines);
        for (int i = 0; i < all.size(); i++) {
            Node n = all.get(i);
            int end = last;
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(j).found.level <= n.found.level) {
                    end = all.get(j).found.line.index - 1;
                    break;
                }
            }
            while (end > n.found.line.index && !lines.get(end).isNotes()) {
                end--;
            }
            n.endLine = Math.max(end, n.found.line.index);
        }
        return roots;
    }

    private static int lastNotesLine(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).isNotes()) {
                return i;
            }
        }
        return Math.max(0, lines.size() - 1);
    }

    private static Section toSection(Node n, List<Line> lines) {
        List<Section> children = new ArrayList<>(n.children.size());
        for (Node c : n.children) {
            children.add(toSection(c, lines));
        }
        Line title = n.found.line;
        int ts = title.contentOffset();
        int te = ts + title.content().length();
        int end = Math.max(te, lines.get(n.endLine).end);
        return new Section(n.found.title, new Span(ts, te), new Span(title.start, end), n.found.level,
                n.found.role, children);
    }

    /**
     * For each line: the role of the section it stands in (an agenda or a list of questions
     * passes its role down to the sections inside it), and the indentation of that section's
     * top-level items.
     */
    static void rolesByLine(List<Line> lines, List<Section> outline, LineMap map, Section.Role[] roleOf,
                            int[] topIndent) {
        Map<Section, Section.Role> effective = new IdentityHashMap<>();
        List<Section> flat = new ArrayList<>();
        walk(outline, null, effective, flat);
        // Sections by their place in the flat list, so that per-line work needs no map.
        int[] owner = new int[lines.size()];
        java.util.Arrays.fill(owner, -1);
        int[] titleLine = new int[flat.size()];
        Section.Role[] role = new Section.Role[flat.size()];
        for (int i = 0; i < flat.size(); i++) {
            Section s = flat.get(i);
            role[i] = effective.get(s);
            int a = map.lineOf(s.span().start());
            int b = map.lineOf(s.span().end());
            for (int k = a; k <= b && k < owner.length; k++) {
                owner[k] = i;
            }
            titleLine[i] = map.lineOf(s.titleSpan().start());
        }
        int[] minIndent = new int[flat.size()];
        java.util.Arrays.fill(minIndent, Integer.MAX_VALUE);
        for (Line l : lines) {
            int s = owner[l.index];
            if (s < 0 || !l.isNotes() || titleLine[s] == l.index) {
                continue;
            }
            minIndent[s] = Math.min(minIndent[s], l.indent);
        }
        for (Line l : lines) {
            int s = owner[l.index];
            roleOf[l.index] = s < 0 ? Section.Role.TOPIC : role[s];
            topIndent[l.index] = s < 0 || minIndent[s] == Integer.MAX_VALUE ? 0 : minIndent[s];
        }
    }

    private static void walk(List<Section> sections, Section.Role inherited, Map<Section, Section.Role> effective,
                             List<Section> flat) {
        for (Section s : sections) {
            Section.Role r = s.role();
            if ((r == Section.Role.TOPIC || r == Section.Role.TITLE) && inherited != null) {
                r = inherited;
            }
            effective.put(s, r);
            flat.add(s);
            Section.Role down = r == Section.Role.AGENDA || r == Section.Role.QUESTIONS ? r : null;
            walk(s.children(), down, effective, flat);
        }
    }
}
