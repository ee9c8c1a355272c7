package dev.scribe;

import org.eclipse.lsp4j.Position;

/**
 * A note written with a {@code |} where the cursor stands, as in
 * {@code "Participants\nAlex\n\n|"}: the text without the marker and the cursor's LSP position.
 */
public record Cursor(String text, Position position) {

    public static Cursor of(String marked) {
        int at = marked.indexOf('|');
        if (at < 0 || marked.indexOf('|', at + 1) >= 0) {
            throw new IllegalArgumentException("mark the cursor with exactly one |");
        }
        String text = marked.substring(0, at) + marked.substring(at + 1);
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            char c = marked.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= at || marked.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Cursor(text, new Position(line, at - lineStart));
    }
}
