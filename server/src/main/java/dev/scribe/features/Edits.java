package dev.scribe.features;

import dev.scribe.notes.LineMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Builds versioned workspace edits: each note's edits carry the version the editor had, so an
 * editor refuses a stale edit instead of applying it to text that has moved on.
 */
final class Edits {
    private final NoteTexts texts;
    private final List<ResourceOperation> creates = new ArrayList<>();
    private final Map<String, List<TextEdit>> byUri = new LinkedHashMap<>();

    Edits(NoteTexts texts) {
        this.texts = texts;
    }

    Edits create(ResourceOperation op) {
        creates.add(op);
        return this;
    }

    Edits replace(String uri, Range range, String newText) {
        byUri.computeIfAbsent(uri, k -> new ArrayList<>()).add(new TextEdit(range, newText));
        return this;
    }

    Edits insert(String uri, LineMap lines, int offset, String newText) {
        return replace(uri, Ranges.range(lines, offset, offset), newText);
    }

    boolean isEmpty() {
        return creates.isEmpty() && byUri.isEmpty();
    }

    WorkspaceEdit build() {
        List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
        for (ResourceOperation op : creates) {
            changes.add(Either.forRight(op));
        }
        for (Map.Entry<String, List<TextEdit>> e : byUri.entrySet()) {
            VersionedTextDocumentIdentifier id = new VersionedTextDocumentIdentifier(e.getKey(), texts.version(e.getKey()));
            List<Either<TextEdit, SnippetTextEdit>> edits = new ArrayList<>();
            for (TextEdit t : e.getValue()) {
                edits.add(Either.forLeft(t));
            }
            changes.add(Either.forLeft(new TextDocumentEdit(id, edits)));
        }
        return new WorkspaceEdit(changes);
    }
}
