package dev.scribe.features;

import dev.scribe.notes.AcronymDefinition;
import dev.scribe.notes.AcronymUse;
import dev.scribe.notes.LineMap;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.Participant;
import dev.scribe.notes.Section;
import dev.scribe.notes.Span;
import dev.scribe.notes.Turn;
import dev.scribe.workspace.NoteSummary;
import dev.scribe.workspace.NotesIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Location;

/**
 * Find references ({@code textDocument/references}) on an acronym or term, a speaker, or a
 * section's topic: every mention in the workspace, in meeting order (this note at its date);
 * past {@link #LIMIT} mentions, those of the meetings nearest to this one.
 */
public final class References {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(References.class.getName());
    /**
     * About as many as an editor's references view can show: a speaker of ten years of weekly
     * meetings has tens of thousands of mentions, which would take longer to send than to find.
     */
    static final int LIMIT = 1000;
    private References() {
    }

    /** What the cursor stands on: a term, a person or a topic. */
    enum Kind { TERM, PERSON, TOPIC }

    record Target(Kind kind, String name) {
    }

    public static List<Location> find(String uri, NotesDocument doc, int offset, NotesIndex index, boolean withDeclaration) {
        Target t = target(doc, offset, index);
        if (t == null) {
            return List.of();
        }
        List<Location> here = inThisNote(uri, doc, t, withDeclaration);
        List<NoteSummary> others = index == null ? List.of() : switch (t.kind) {
            case TERM -> index.withAcronym(t.name, uri);
            case PERSON -> index.withPerson(t.name, uri);
            case TOPIC -> index.withTopic(t.name, uri);
        };
        // This note takes its place among the others by its date; the meetings nearest to it
        // come first when there are more mentions than an editor can list.
        int at = 0;
        LocalDate date = NoteSummary.meetingDate(uri, doc);
        while (at < others.size() && (date == null || others.get(at).date() != null && !others.get(at).date().isAfter(date))) {
            at++;
        }
        List<List<Location>> before = new ArrayList<>();
        List<List<Location>> after = new ArrayList<>();
        int count = here.size();
        for (int lo = at - 1, hi = at; count < LIMIT && (lo >= 0 || hi < others.size()); lo--, hi++) {
            if (lo >= 0) {
                List<Location> l = inSummary(others.get(lo), t, withDeclaration);
                before.add(l);
                count += l.size();
            }
            if (hi < others.size() && count < LIMIT) {
                List<Location> l = inSummary(others.get(hi), t, withDeclaration);
                after.add(l);
                count += l.size();
            }
        }
        if (before.size() + after.size() < others.size()) {
            LOG.fine(() -> "references to " + t.name + ": the " + (before.size() + after.size()) + " meetings nearest to "
                    + uri + " of " + others.size());
        }
        List<Location> out = new ArrayList<>(count);
        for (int i = before.size() - 1; i >= 0; i--) {
            out.addAll(before.get(i));
        }
        out.addAll(here);
        after.forEach(out::addAll);
        return out;
    }

    static Target target(NotesDocument doc, int offset, NotesIndex index) {
        AcronymUse use = doc.acronymAt(offset);
        if (use != null) {
            return new Target(Kind.TERM, use.acronym());
        }
        Turn turn = Definitions.speakerAt(doc, offset);
        if (turn != null && turn.speaker() != null) {
            return new Target(Kind.PERSON, turn.speaker());
        }
        for (Participant p : doc.participants()) {
            if (p.span().touches(offset)) {
                return new Target(Kind.PERSON, p.name());
            }
        }
        for (Section s : doc.sections()) {
            if (s.titleSpan().touches(offset)) {
                return new Target(Kind.TOPIC, NoteSummary.topicKey(s.title()));
            }
        }
        Span word = Words.at(doc.text(), offset);
        if (word != null && index != null && index.hasAcronym(word.of(doc.text()))) {
            return new Target(Kind.TERM, word.of(doc.text()));
        }
        return null;
    }

    private static List<Location> inThisNote(String uri, NotesDocument doc, Target t, boolean withDeclaration) {
        LineMap lines = doc.lines();
        List<Span> spans = new ArrayList<>();
        switch (t.kind) {
            case TERM -> {
                AcronymDefinition d = doc.definition(t.name);
                if (withDeclaration && d != null) {
                    spans.add(d.span());
                }
                for (AcronymUse u : doc.uses(t.name)) {
                    spans.add(u.span());
                }
            }
            case PERSON -> spans.addAll(doc.mentionsOf(t.name));
            case TOPIC -> {
                for (Section s : doc.sections()) {
                    if (NoteSummary.topicKey(s.title()).equals(t.name)) {
                        spans.add(s.titleSpan());
                    }
                }
            }
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Location> out = new ArrayList<>();
        for (Span s : spans) {
            out.add(new Location(uri, Ranges.range(lines, s)));
        }
        return out;
    }

    private static List<Location> inSummary(NoteSummary s, Target t, boolean withDeclaration) {
        List<NoteSummary.Loc> locs = new ArrayList<>();
        switch (t.kind) {
            case TERM -> {
                NoteSummary.Definition d = s.definitions().get(t.name);
                if (withDeclaration && d != null) {
                    locs.add(d.loc());
                }
                locs.addAll(s.usesOf(t.name));
            }
            case PERSON -> {
                NoteSummary.PersonEntry p = s.person(t.name);
                if (p != null) {
                    locs.addAll(p.mentions());
                }
            }
            case TOPIC -> {
                for (NoteSummary.Topic topic : s.topics()) {
                    if (topic.key().equals(t.name)) {
                        locs.add(topic.loc());
                    }
                }
            }
        }
        locs.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
        List<Location> out = new ArrayList<>();
        for (NoteSummary.Loc l : locs) {
            out.add(new Location(s.uri(), Definitions.range(l)));
        }
        return out;
    }
}
