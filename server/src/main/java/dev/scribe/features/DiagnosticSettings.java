package dev.scribe.features;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.lsp4j.DiagnosticSeverity;

/**
 * Which diagnostics to report and how loudly: a severity per code (null turns a code off), and
 * whether open questions (agenda items, prepared lists) are reported too.
 */
public final class DiagnosticSettings {
    public static final String UNATTRIBUTED_QUESTION = "unattributed-question";
    public static final String UNKNOWN_SPEAKER = "unknown-speaker";
    public static final String MISSPELLED_SPEAKER = "misspelled-speaker";
    public static final String UNOWNED_ACTION = "unowned-action";

    private final Map<String, DiagnosticSeverity> severities = new HashMap<>();
    private boolean reportOpenQuestions;

    public DiagnosticSettings() {
        severities.put(UNATTRIBUTED_QUESTION, DiagnosticSeverity.Warning);
        severities.put(UNKNOWN_SPEAKER, DiagnosticSeverity.Information);
        severities.put(MISSPELLED_SPEAKER, DiagnosticSeverity.Warning);
        severities.put(UNOWNED_ACTION, DiagnosticSeverity.Information);
    }

    public static DiagnosticSettings defaults() {
        return new DiagnosticSettings();
    }

    /** The severity for a code, or null when the code is off. */
    public DiagnosticSeverity severity(String code) {
        return severities.get(code);
    }

    /** Sets a code's severity; null turns it off. */
    public DiagnosticSettings severity(String code, DiagnosticSeverity severity) {
        if (severity == null) {
            severities.remove(code);
        } else {
            severities.put(code, severity);
        }
        return this;
    }

    public boolean reportOpenQuestions() {
        return reportOpenQuestions;
    }

    public DiagnosticSettings reportOpenQuestions(boolean on) {
        this.reportOpenQuestions = on;
        return this;
    }
}
