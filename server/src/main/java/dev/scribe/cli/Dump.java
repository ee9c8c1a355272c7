package dev.scribe.cli;

import dev.scribe.notes.AcronymDefinition;
import dev.scribe.notes.LineMap;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.Person;
import dev.scribe.notes.Question;
import dev.scribe.notes.Section;
import dev.scribe.notes.Turn;
import java.io.PrintStream;

/** {@code scribe dump FILE}: everything Scribe reads in a note, line by line, for debugging rules. */
final class Dump {
    private Dump() {
    }

    static void print(NotesDocument d, PrintStream out) {
        LineMap m = d.lines();
        out.println("title: " + d.title() + "   date: " + d.date() + "   style: " + d.attributionStyle());
        out.println("-- sections");
        for (Section s : d.sections()) {
            out.println((m.lineOf(s.titleSpan().start()) + 1) + ": " + s);
        }
        out.println("-- people");
        for (Person p : d.people()) {
            out.println("  " + p);
        }
        out.println("-- turns");
        for (Turn t : d.turns()) {
            out.println((m.lineOf(t.nameSpan().start()) + 1) + "-" + (m.lineOf(t.span().end()) + 1) + ": "
                    + t.speaker() + " <" + t.written() + "> " + t.form() + (t.misspelled() ? " MISSPELLED" : ""));
        }
        out.println("-- questions");
        for (Question q : d.questions()) {
            out.println((m.lineOf(q.span().start()) + 1) + "-" + (m.lineOf(q.span().end()) + 1) + ": " + q.kind()
                    + " by " + q.speaker() + ": " + q.span().of(d.text()).replaceAll("\\s+", " "));
        }
        out.println("-- action items");
        for (dev.scribe.notes.ActionItem a : d.actionItems()) {
            out.println((m.lineOf(a.span().start()) + 1) + ": " + a.owner() + (a.done() ? " (done)" : "") + ": " + a.text());
        }
        out.println("-- definitions");
        for (AcronymDefinition a : d.definitions().values()) {
            out.println((m.lineOf(a.span().start()) + 1) + ": " + a.acronym() + " = " + a.expansion() + " [" + a.form() + "]");
        }
    }
}
