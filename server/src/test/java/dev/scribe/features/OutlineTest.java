package dev.scribe.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.scribe.lsp.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.SymbolKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outline view and folding. */
class OutlineTest {
    @TempDir
    Path dir;

    /** "name@line" for each symbol, indented by depth. */
    private static List<String> tree(List<DocumentSymbol> symbols) {
        List<String> out = new ArrayList<>();
        walk(symbols, 0, out);
        return out;
    }

    private static void walk(List<DocumentSymbol> symbols, int depth, List<String> out) {
        for (DocumentSymbol s : symbols) {
            out.add("  ".repeat(depth) + s.getName() + "@" + s.getSelectionRange().getStart().getLine());
            if (s.getChildren() != null) {
                walk(s.getChildren(), depth + 1, out);
            }
        }
    }

    private static final String NOTE = """
            2021-06-10 Project Stratos Sync
            Participants
            Alex
            Arnd
            Agenda
            Updates
            Discussion topics
            Updates on progress
            Alex: reviews are slow
            """;

    @Test
    void sectionsNestUnderTheTitleWithItsDate() throws Exception {
        try (Session s = new Session(dir)) {
            String uri = s.open("a.txt", NOTE);
            List<DocumentSymbol> symbols = s.symbols(uri);
            assertEquals(List.of("2021-06-10 Project Stratos Sync@0", "  Participants@1", "  Agenda@4",
                    "  Discussion topics@6", "  Updates on progress@7"), tree(symbols));
            DocumentSymbol title = symbols.get(0);
            assertEquals("2021-06-10", title.getDetail());
            assertEquals(SymbolKind.String, title.getKind());
            assertEquals("2 participants: Alex, Arnd", title.getChildren().get(0).getDetail());
            assertEquals(8, title.getRange().getEnd().getLine());
        }
    }

    @Test
    void participantsCanBeListedAsSymbols() throws Exception {
        try (Session s = new Session(dir)) {
            String uri = s.open("a.txt", NOTE);
            s.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                    JsonParser.parseString("{\"scribe\": {\"outline\": {\"participants\": true}}}")));
            List<String> got = tree(s.symbols(uri));
            assertTrue(got.containsAll(List.of("    Alex@2", "    Arnd@3")), got.toString());
        }
    }

    @Test
    void eachSectionFolds() throws Exception {
        try (Session s = new Session(dir)) {
            String uri = s.open("a.md", "# Sync\n\n## Agenda\n- a\n- b\n\n## Notes\ntext\n");
            List<String> got = new ArrayList<>();
            for (FoldingRange r : s.folding(uri)) {
                got.add(r.getStartLine() + "-" + r.getEndLine());
            }
            assertEquals(List.of("0-7", "2-4", "6-7"), got);
        }
    }
}
