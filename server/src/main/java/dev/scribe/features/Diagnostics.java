package dev.scribe.features;

import dev.scribe.notes.NotesDocument;
import dev.scribe.notes.Question;
import dev.scribe.notes.Turn;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The warnings a note-taker sees while typing: a question nobody is credited with asking
 * ({@code unattributed-question}), a turn credited to {@code ??} ({@code unknown-speaker}).
 */
public final class Diagnostics {
    public static final String SOURCE = "scribe";

    private Diagnostics() {
    }

    public static List<Diagnostic> of(NotesDocument doc, DiagnosticSettings settings) {
        List<Diagnostic> out = new ArrayList<>();
        DiagnosticSeverity unattributed = settings.severity(DiagnosticSettings.UNATTRIBUTED_QUESTION);
        if (unattributed != null) {
            for (Question q : doc.questions()) {
                if (q.isAttributed() || q.kind() == Question.Kind.TITLE || q.kind() == Question.Kind.ADDRESSED) {
                    continue;
                }
                Turn turn = doc.turnAt(q.span().end() - 1);
                if (turn != null && turn.isUnknown()) {
                    continue;   // already marked as an unknown speaker
                }
                boolean open = q.isOpen();
                if (open && !settings.reportOpenQuestions()) {
                    continue;
                }
                out.add(diagnostic(doc, q.span(), open ? DiagnosticSeverity.Information : unattributed,
                        open ? "Open question: nobody is credited with asking it."
                             : "Question with no speaker: who asked it?",
                        DiagnosticSettings.UNATTRIBUTED_QUESTION));
            }
        }
        DiagnosticSeverity unowned = settings.severity(DiagnosticSettings.UNOWNED_ACTION);
        if (unowned != null) {
            for (dev.scribe.notes.ActionItem a : doc.actionItems()) {
                if (a.owner() == null && !a.done()) {
                    out.add(diagnostic(doc, a.span(), unowned, "Action item without an owner: who will do it?",
                            DiagnosticSettings.UNOWNED_ACTION));
                }
            }
        }
        DiagnosticSeverity unknown = settings.severity(DiagnosticSettings.UNKNOWN_SPEAKER);
        if (unknown != null) {
            for (Turn t : doc.turns()) {
                if (t.isUnknown()) {
                    out.add(diagnostic(doc, t.nameSpan(), unknown,
                            "Unknown speaker: fill in who said this when you know.", DiagnosticSettings.UNKNOWN_SPEAKER));
                }
            }
        }
        return out;
    }

    static Diagnostic diagnostic(NotesDocument doc, dev.scribe.notes.Span span, DiagnosticSeverity severity,
                                 String message, String code) {
        Diagnostic d = new Diagnostic(Ranges.range(doc.lines(), span), message, severity, SOURCE);
        d.setCode(Either.forLeft(code));
        return d;
    }
}
