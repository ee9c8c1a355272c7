package dev.scribe.cli;

import dev.scribe.notes.LineMap;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.NotesParser;
import dev.scribe.notes.Participant;
import dev.scribe.notes.Section;
import dev.scribe.workspace.NoteFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code scribe outline FILE}: the note's sections as an indented tree, with their lines. */
final class OutlineCommand {
    private OutlineCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        NotesDocument doc = read(args, err);
        if (doc == null) {
            return 2;
        }
        LineMap lines = doc.lines();
        if (doc.title() != null || doc.date() != null) {
            out.println("# " + (doc.title() == null ? "(untitled)" : doc.title()) + (doc.date() == null ? "" : "  [" + doc.date() + "]"));
        }
        for (Section s : doc.outline()) {
            print(doc, s, 0, lines, out);
        }
        return 0;
    }

    private static void print(NotesDocument doc, Section s, int depth, LineMap lines, PrintStream out) {
        String extra = "";
        if (s.role() == Section.Role.PARTICIPANTS) {
            List<String> names = new ArrayList<>();
            for (Participant p : doc.participants()) {
                if (s.span().contains(p.span())) {
                    names.add(p.name());
                }
            }
            if (!names.isEmpty()) {
                extra = "  (" + String.join(", ", names) + ")";
            }
        }
        out.println("  ".repeat(depth) + s.title() + "  :" + (lines.lineOf(s.titleSpan().start()) + 1) + extra);
        for (Section c : s.children()) {
            print(doc, c, depth + 1, lines, out);
        }
    }

    /** {@code scribe dump FILE}: everything the parser read, for working on its rules. */
    static int dump(String[] args, PrintStream out, PrintStream err) {
        NotesDocument doc = read(args, err);
        if (doc == null) {
            return 2;
        }
        Dump.print(doc, out);
        return 0;
    }

    private static NotesDocument read(String[] args, PrintStream err) {
        if (args.length != 1) {
            err.println("scribe: expected one FILE");
            err.println(Cli.USAGE);
            return null;
        }
        Path p = Path.of(args[0]);
        try {
            return NotesParser.parse(NoteFiles.decode(Files.readAllBytes(p)));
        } catch (IOException | RuntimeException e) {
            err.println("scribe: cannot read " + p + ": " + e.getMessage());
            return null;
        }
    }
}
