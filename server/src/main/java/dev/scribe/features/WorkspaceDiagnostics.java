package dev.scribe.features;

import dev.scribe.notes.NotesDocument;
import dev.scribe.workspace.NotesIndex;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;

/** Diagnostics that need the other notes of the workspace: misspelled speakers. */
public final class WorkspaceDiagnostics {
    private WorkspaceDiagnostics() {
    }

    public static List<Diagnostic> of(String uri, NotesDocument doc, NotesIndex index, DiagnosticSettings settings) {
        return new ArrayList<>();
    }
}
