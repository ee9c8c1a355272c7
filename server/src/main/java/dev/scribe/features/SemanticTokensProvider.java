package dev.scribe.features;

import dev.scribe.notes.AcronymUse;
import dev.scribe.notes.ActionItem;
import dev.scribe.notes.LineMap;
import dev.scribe.notes.MeetingDates;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.Participant;
import dev.scribe.notes.Question;
import dev.scribe.notes.Section;
import dev.scribe.notes.Turn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;

/**
 * Semantic tokens (full and range): speakers, questions (attributed or not), acronyms, dates,
 * section titles and action items, so that any LSP editor colours notes without a grammar.
 * Tokens never overlap and never span lines: where two would overlap, the more specific wins
 * (a speaker's name over the question around it).
 */
public final class SemanticTokensProvider {
    private SemanticTokensProvider() {
    }

    /** Standard token types, so that every editor's theme has a colour for them. */
    public static final List<String> TYPES = List.of("namespace", "variable", "string", "macro", "number", "event");
    public static final List<String> MODIFIERS = List.of("declaration", "definition", "unattributed", "open");

    static final int SECTION = 0;
    static final int SPEAKER = 1;
    static final int QUESTION = 2;
    static final int ACRONYM = 3;
    static final int DATE = 4;
    static final int ACTION = 5;

    public static SemanticTokensLegend legend() {
        return new SemanticTokensLegend(TYPES, MODIFIERS);
    }

    /** A token: offsets, type and modifier bits. */
    private record Token(int start, int end, int type, int modifiers) {
    }

    public static SemanticTokens full(NotesDocument doc) {
        return range(doc, 0, Integer.MAX_VALUE);
    }

    /** The tokens on lines {@code fromLine} to {@code toLine} (inclusive). */
    public static SemanticTokens range(NotesDocument doc, int fromLine, int toLine) {
        LineMap lines = doc.lines();
        // In order of precedence: what is added first keeps its place.
        List<Token> wanted = new ArrayList<>();
        for (Turn t : doc.turns()) {
            if (t.speaker() != null) {
                wanted.add(new Token(t.nameSpan().start(), t.nameSpan().end(), SPEAKER, 0));
            }
        }
        for (Participant p : doc.participants()) {
            wanted.add(new Token(p.span().start(), p.span().end(), SPEAKER, 1));
        }
        for (AcronymUse u : doc.acronymUses()) {
            wanted.add(new Token(u.span().start(), u.span().end(), ACRONYM, 0));
        }
        for (Section s : doc.sections()) {
            int line = lines.lineOf(s.titleSpan().start());
            MeetingDates.Found d = MeetingDates.find(s.titleSpan().of(doc.text()));
            if (d != null) {
                wanted.add(new Token(s.titleSpan().start() + d.start(), s.titleSpan().start() + d.end(), DATE, 0));
            }
            if (line >= fromLine && line <= toLine) {
                wanted.add(new Token(s.titleSpan().start(), s.titleSpan().end(), SECTION, 0));
            }
        }
        for (Question q : doc.questions()) {
            int mods = (!q.isAttributed() && q.kind() == Question.Kind.ASKED ? 1 << 2 : 0) | (q.isOpen() ? 1 << 3 : 0);
            wanted.add(new Token(q.span().start(), q.span().end(), QUESTION, mods));
        }
        for (ActionItem a : doc.actionItems()) {
            wanted.add(new Token(a.span().start(), a.span().end(), ACTION, 0));
        }
        Map<Integer, TreeMap<Integer, Token>> byLine = new TreeMap<>();
        for (Token t : wanted) {
            int a = lines.lineOf(t.start);
            int b = lines.lineOf(Math.max(t.start, t.end - 1));
            for (int line = Math.max(a, fromLine); line <= Math.min(b, toLine); line++) {
                int s = Math.max(t.start, lines.lineStart(line));
                int e = Math.min(t.end, lines.lineEnd(line));
                if (e > s) {
                    place(byLine.computeIfAbsent(line, k -> new TreeMap<>()), new Token(s, e, t.type, t.modifiers));
                }
            }
        }
        List<Integer> data = new ArrayList<>();
        int prevLine = 0;
        int prevChar = 0;
        for (Map.Entry<Integer, TreeMap<Integer, Token>> e : byLine.entrySet()) {
            int line = e.getKey();
            int lineStart = lines.lineStart(line);
            List<Token> tokens = new ArrayList<>(e.getValue().values());
            tokens.sort(Comparator.comparingInt(Token::start));
            for (Token t : tokens) {
                int ch = t.start - lineStart;
                data.add(line - prevLine);
                data.add(line == prevLine ? ch - prevChar : ch);
                data.add(t.end - t.start);
                data.add(t.type);
                data.add(t.modifiers);
                prevLine = line;
                prevChar = ch;
            }
        }
        return new SemanticTokens(data);
    }

    /** Adds the token in the gaps the line's earlier tokens leave. */
    private static void place(TreeMap<Integer, Token> line, Token t) {
        int s = t.start;
        while (s < t.end) {
            Map.Entry<Integer, Token> before = line.floorEntry(s);
            if (before != null && before.getValue().end > s) {
                s = before.getValue().end;
                continue;
            }
            Map.Entry<Integer, Token> after = line.ceilingEntry(s);
            int e = after == null ? t.end : Math.min(t.end, after.getKey());
            if (e > s) {
                line.put(s, new Token(s, e, t.type, t.modifiers));
            }
            s = e;
        }
    }
}
