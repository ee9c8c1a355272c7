package dev.scribe.features;

import dev.scribe.workspace.NoteSummary;
import dev.scribe.workspace.NotesIndex;
import java.util.Locale;
import org.eclipse.lsp4j.Location;

/** Which notes are glossaries: those whose file name starts with the configured name ("glossary"). */
public final class Glossaries {
    private final String name;

    public Glossaries(String name) {
        this.name = name == null || name.isBlank() ? "glossary" : name.toLowerCase(Locale.ROOT);
    }

    public boolean isGlossary(String uri) {
        int slash = uri.lastIndexOf('/');
        String file = uri.substring(slash + 1).toLowerCase(Locale.ROOT);
        int dot = file.indexOf('.');
        String base = dot < 0 ? file : file.substring(0, dot);
        return base.equals(name);
    }

    /** Where a glossary note of the workspace defines the acronym, or null. */
    public Location definition(NotesIndex index, String acronym) {
        for (NoteSummary s : index.byDate()) {
            if (isGlossary(s.uri())) {
                NoteSummary.Definition d = s.definitions().get(acronym);
                if (d != null) {
                    return new Location(s.uri(), Definitions.range(d.loc()));
                }
            }
        }
        return null;
    }
}
