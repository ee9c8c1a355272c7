package dev.scribe.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.scribe.features.DiagnosticSettings;
import dev.scribe.features.Diagnostics;
import dev.scribe.features.WorkspaceDiagnostics;
import dev.scribe.notes.MeetingDates;
import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.NotesParser;
import dev.scribe.workspace.NoteFiles;
import dev.scribe.workspace.NoteSummary;
import dev.scribe.workspace.NotesIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;

/**
 * {@code scribe check PATH...}: the diagnostics an editor would show, for each note, as
 * {@code path:line:column: severity: message [code]} or JSON. Exit status 1 when a warning or
 * an error was printed, 0 when none, 2 on a usage or read error.
 */
final class CheckCommand {
    private CheckCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--format") && i + 1 < args.length) {
                String f = args[++i];
                if (!f.equals("json") && !f.equals("text")) {
                    err.println("scribe check: --format takes text or json, not '" + f + "'");
                    return 2;
                }
                json = f.equals("json");
            } else if (a.startsWith("--format=")) {
                json = a.substring(9).equals("json");
            } else if (a.startsWith("-")) {
                err.println("scribe check: unknown option " + a);
                err.println(Cli.USAGE);
                return 2;
            } else {
                paths.add(Path.of(a));
            }
        }
        if (paths.isEmpty()) {
            err.println("scribe check: no PATH given");
            err.println(Cli.USAGE);
            return 2;
        }
        NoteFiles files = new NoteFiles(List.of("**/*.{md,txt,notes,minutes}"), List.of(), 8L * 1024 * 1024);
        List<Path> notes = new ArrayList<>();
        boolean readError = false;
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                files.find(p, 1_000_000).forEach(f -> notes.add(f.path()));
            } else if (Files.isRegularFile(p)) {
                notes.add(p);
            } else {
                err.println("scribe check: " + p + ": no such file or folder");
                readError = true;
            }
        }
        Map<Path, NotesDocument> docs = new LinkedHashMap<>();
        NotesIndex index = new NotesIndex();
        for (Path p : notes) {
            try {
                NotesDocument d = NotesParser.parse(NoteFiles.decode(Files.readAllBytes(p)));
                docs.put(p, d);
                String uri = p.toAbsolutePath().toUri().toASCIIString();
                index.put(NoteSummary.of(uri, d, MeetingDates.fromFileName(p.getFileName().toString()),
                        NoteFiles.isGlossary(uri, "glossary")));
            } catch (IOException | RuntimeException e) {
                err.println("scribe check: cannot read " + p + ": " + e.getMessage());
                readError = true;
            }
        }
        DiagnosticSettings settings = DiagnosticSettings.defaults();
        boolean problems = false;
        JsonArray all = new JsonArray();
        for (Map.Entry<Path, NotesDocument> e : docs.entrySet()) {
            NotesDocument d = e.getValue();
            String uri = e.getKey().toAbsolutePath().toUri().toASCIIString();
            List<Diagnostic> diags = new ArrayList<>(Diagnostics.of(d, settings));
            diags.addAll(WorkspaceDiagnostics.of(uri, d, index, settings));
            diags.sort((a, b) -> a.getRange().getStart().getLine() != b.getRange().getStart().getLine()
                    ? Integer.compare(a.getRange().getStart().getLine(), b.getRange().getStart().getLine())
                    : Integer.compare(a.getRange().getStart().getCharacter(), b.getRange().getStart().getCharacter()));
            for (Diagnostic diag : diags) {
                DiagnosticSeverity s = diag.getSeverity();
                if (s == DiagnosticSeverity.Error || s == DiagnosticSeverity.Warning) {
                    problems = true;
                }
                String code = diag.getCode() == null ? "" : diag.getCode().getLeft();
                int line = diag.getRange().getStart().getLine() + 1;
                int col = diag.getRange().getStart().getCharacter() + 1;
                if (json) {
                    JsonObject o = new JsonObject();
                    o.addProperty("path", e.getKey().toString());
                    o.addProperty("line", line);
                    o.addProperty("column", col);
                    o.addProperty("endLine", diag.getRange().getEnd().getLine() + 1);
                    o.addProperty("endColumn", diag.getRange().getEnd().getCharacter() + 1);
                    o.addProperty("severity", name(s));
                    o.addProperty("code", code);
                    o.addProperty("message", message(diag));
                    all.add(o);
                } else {
                    out.println(e.getKey() + ":" + line + ":" + col + ": " + name(s) + ": " + message(diag) + " [" + code + "]");
                }
            }
        }
        if (json) {
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(all));
        }
        if (readError) {
            return 2;
        }
        return problems ? 1 : 0;
    }

    static String message(Diagnostic d) {
        var m = d.getMessage();
        return m == null ? "" : m.isLeft() ? m.getLeft() : m.getRight().getValue();
    }

    static String name(DiagnosticSeverity s) {
        return s == null ? "information" : s.name().toLowerCase(Locale.ROOT);
    }
}
