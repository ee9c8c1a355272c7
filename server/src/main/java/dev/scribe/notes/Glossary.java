package dev.scribe.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entries of a glossary note: every line {@code TERM: explanation}, {@code TERM - explanation},
 * {@code TERM = explanation} or {@code TERM (explanation)} defines TERM, whether or not the
 * explanation spells the term's letters ("DomB: the boot domain that launches the others").
 */
public final class Glossary {
    private Glossary() {
    }

    private static final Pattern ENTRY = Pattern.compile(
            "^(?:[-*+•]\\s+)?[*_`]*([\\p{L}\\p{N}][\\p{L}\\p{N}&./+-]{0,30}(?: [\\p{L}\\p{N}][\\p{L}\\p{N}&./+-]{0,30}){0,2})[*_`]*"
            + "\\s*(?:(?::|=|\\s[-–—]\\s)\\s*(.+?)|\\(\\s*(.+?)\\)?)\\s*$");   // a ")" closes only a "("

    public static List<AcronymDefinition> entries(NotesDocument doc) {
        List<AcronymDefinition> out = new ArrayList<>();
        String text = doc.text();
        LineMap lines = doc.lines();
        for (int i = 0; i < lines.lineCount(); i++) {
            int start = lines.lineStart(i);
            String line = text.substring(start, lines.lineEnd(i));
            String stripped = line.stripLeading();
            Matcher m = ENTRY.matcher(stripped);
            if (!m.matches() || stripped.startsWith("#")) {
                continue;
            }
            String term = m.group(1);
            int said = m.group(2) != null ? 2 : 3;
            String explanation = m.group(said).strip();
            if (explanation.isEmpty() || Words.isCommon(term) && !AcronymFinder.isAcronym(term)) {
                continue;
            }
            int offset = start + (line.length() - stripped.length()) + m.start(said);
            out.add(new AcronymDefinition(term, explanation, new Span(offset, offset + explanation.length()),
                    AcronymDefinition.Form.GLOSSARY));
        }
        return out;
    }
}
