package dev.scribe;

import dev.scribe.notes.LineMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Applies a workspace edit to texts, as an editor would, for tests to compare the result. */
public final class Apply {
    private Apply() {
    }

    /**
     * The texts after the edit (uri to text); {@code versions} are the editor's versions, and an
     * edit for a different version fails the test, as an editor would refuse it.
     */
    public static Map<String, String> edit(WorkspaceEdit edit, Map<String, String> texts, Map<String, Integer> versions) {
        Map<String, String> out = new LinkedHashMap<>(texts);
        for (Either<TextDocumentEdit, ResourceOperation> change : edit.getDocumentChanges()) {
            if (change.isRight()) {
                ResourceOperation op = change.getRight();
                if (op instanceof CreateFile c) {
                    out.putIfAbsent(c.getUri(), "");
                }
                continue;
            }
            TextDocumentEdit e = change.getLeft();
            String uri = e.getTextDocument().getUri();
            Integer v = e.getTextDocument().getVersion();
            if (v != null && !v.equals(versions.get(uri))) {
                throw new AssertionError("stale edit for " + uri + ": version " + v + ", editor has " + versions.get(uri));
            }
            String text = out.get(uri);
            if (text == null) {
                throw new AssertionError("edit for an unknown document " + uri);
            }
            List<TextEdit> edits = new ArrayList<>();
            e.getEdits().forEach(x -> edits.add(x.getLeft()));
            out.put(uri, apply(text, edits));
        }
        return out;
    }

    /** Applies non-overlapping text edits, from the last to the first. */
    public static String apply(String text, List<TextEdit> edits) {
        LineMap lines = LineMap.of(text);
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((TextEdit t) -> lines.offsetOf(t.getRange().getStart().getLine(),
                t.getRange().getStart().getCharacter())).reversed());
        String out = text;
        for (TextEdit t : sorted) {
            int a = lines.offsetOf(t.getRange().getStart().getLine(), t.getRange().getStart().getCharacter());
            int b = lines.offsetOf(t.getRange().getEnd().getLine(), t.getRange().getEnd().getCharacter());
            out = out.substring(0, a) + t.getNewText() + out.substring(b);
        }
        return out;
    }
}
