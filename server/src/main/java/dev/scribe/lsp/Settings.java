package dev.scribe.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.scribe.features.DiagnosticSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.lsp4j.DiagnosticSeverity;

/**
 * The {@code scribe.*} settings, read from initializationOptions, workspace/configuration or
 * didChangeConfiguration. Unknown keys are ignored and bad values keep their defaults, with a
 * line in the log.
 */
public final class Settings {
    private static final Logger LOG = Logger.getLogger(Settings.class.getName());

    public static final List<String> DEFAULT_INCLUDE = List.of("**/*.{md,txt,notes,minutes}");

    List<String> include = DEFAULT_INCLUDE;
    List<String> exclude = List.of();
    long maxFileSize = 2L * 1024 * 1024;
    String glossary = "glossary";
    int debounceMs = 200;
    boolean participantsInOutline = false;
    boolean actionItemsInOutline = true;
    boolean acronymInlayHints = false;
    final DiagnosticSettings diagnostics = DiagnosticSettings.defaults();

    public DiagnosticSettings diagnostics() {
        return diagnostics;
    }

    public List<String> include() {
        return include;
    }

    public List<String> exclude() {
        return exclude;
    }

    public long maxFileSize() {
        return maxFileSize;
    }

    public String glossary() {
        return glossary;
    }

    public int debounceMs() {
        return debounceMs;
    }

    public boolean participantsInOutline() {
        return participantsInOutline;
    }

    public boolean actionItemsInOutline() {
        return actionItemsInOutline;
    }

    public boolean acronymInlayHints() {
        return acronymInlayHints;
    }

    /**
     * Settings from a JSON object: either the {@code scribe} section itself, or an object that
     * holds it under "scribe". Missing keys keep their defaults.
     */
    public static Settings from(JsonElement json) {
        Settings s = new Settings();
        if (json == null || !json.isJsonObject()) {
            return s;
        }
        JsonObject o = json.getAsJsonObject();
        if (o.has("scribe") && o.get("scribe").isJsonObject()) {
            o = o.getAsJsonObject("scribe");
        }
        JsonObject files = object(o, "files");
        if (files != null) {
            s.include = strings(files.get("include"), s.include);
            s.exclude = strings(files.get("exclude"), s.exclude);
            if (files.has("maxSizeKb")) {
                long kb = number(files.get("maxSizeKb"), s.maxFileSize / 1024);
                s.maxFileSize = Math.max(1, kb) * 1024;
            }
        }
        JsonObject glossary = object(o, "glossary");
        if (glossary != null && glossary.has("name")) {
            String n = string(glossary.get("name"));
            if (n != null && !n.isBlank()) {
                s.glossary = n.strip();
            }
        }
        JsonObject outline = object(o, "outline");
        if (outline != null && outline.has("participants")) {
            s.participantsInOutline = bool(outline.get("participants"), false);
        }
        if (outline != null && outline.has("actionItems")) {
            s.actionItemsInOutline = bool(outline.get("actionItems"), true);
        }
        JsonObject hints = object(o, "inlayHints");
        if (hints != null && hints.has("acronyms")) {
            s.acronymInlayHints = bool(hints.get("acronyms"), false);
        }
        JsonObject diags = object(o, "diagnostics");
        if (diags != null) {
            if (diags.has("debounceMs")) {
                s.debounceMs = (int) Math.max(0, Math.min(5000, number(diags.get("debounceMs"), s.debounceMs)));
            }
            if (diags.has("openQuestions")) {
                s.diagnostics.reportOpenQuestions(bool(diags.get("openQuestions"), false));
            }
            JsonObject sev = object(diags, "severity");
            if (sev != null) {
                for (Map.Entry<String, JsonElement> e : sev.entrySet()) {
                    String v = string(e.getValue());
                    if (v == null) {
                        continue;
                    }
                    switch (v.toLowerCase(Locale.ROOT)) {
                        case "error" -> s.diagnostics.severity(e.getKey(), DiagnosticSeverity.Error);
                        case "warning" -> s.diagnostics.severity(e.getKey(), DiagnosticSeverity.Warning);
                        case "information", "info" -> s.diagnostics.severity(e.getKey(), DiagnosticSeverity.Information);
                        case "hint" -> s.diagnostics.severity(e.getKey(), DiagnosticSeverity.Hint);
                        case "off", "none" -> s.diagnostics.severity(e.getKey(), null);
                        default -> LOG.warning("scribe.diagnostics.severity." + e.getKey() + ": unknown severity '" + v
                                + "' (error, warning, information, hint or off)");
                    }
                }
            }
        }
        return s;
    }

    private static JsonObject object(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    private static String string(JsonElement e) {
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    private static boolean bool(JsonElement e, boolean dflt) {
        try {
            return e != null && e.isJsonPrimitive() ? e.getAsBoolean() : dflt;
        } catch (RuntimeException x) {
            return dflt;
        }
    }

    private static long number(JsonElement e, long dflt) {
        try {
            return e != null && e.isJsonPrimitive() ? e.getAsLong() : dflt;
        } catch (RuntimeException x) {
            LOG.warning("not a number: " + e);
            return dflt;
        }
    }

    private static List<String> strings(JsonElement e, List<String> dflt) {
        if (e == null || !e.isJsonArray()) {
            return dflt;
        }
        List<String> out = new ArrayList<>();
        for (JsonElement x : (JsonArray) e) {
            String v = string(x);
            if (v != null && !v.isBlank()) {
                out.add(v.strip());
            }
        }
        return List.copyOf(out);
    }
}
