package dev.scribe.features;

import dev.scribe.notes.NotesDocument;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.DocumentLink;

/**
 * Document links: URLs in the notes, and the targets of markdown links (relative paths resolve
 * against the note). Bracketed text without a target, such as a list archive's
 * {@code [Date Prev]}, is not a link.
 */
public final class Links {
    private Links() {
    }

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"'`\\]\\[]+");
    private static final Pattern MARKDOWN = Pattern.compile("\\[[^\\]\\n]*\\]\\(([^)\\s]+)\\)");

    public static List<DocumentLink> of(String uri, NotesDocument doc) {
        List<DocumentLink> out = new ArrayList<>();
        String text = doc.text();
        List<int[]> taken = new ArrayList<>();
        Matcher md = MARKDOWN.matcher(text);
        while (md.find()) {
            String target = md.group(1);
            String resolved = resolve(uri, target);
            if (resolved != null) {
                out.add(link(doc, md.start(1), md.end(1), resolved));
            }
            taken.add(new int[] {md.start(1), md.end(1)});
        }
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && ".,;:!?)".indexOf(text.charAt(end - 1)) >= 0) {
                end--;   // "see https://x.org/a." ends the sentence, not the URL
            }
            if (overlaps(taken, m.start(), end)) {
                continue;
            }
            String url = text.substring(m.start(), end);
            out.add(link(doc, m.start(), end, url.startsWith("www.") ? "https://" + url : url));
        }
        return out;
    }

    private static boolean overlaps(List<int[]> taken, int a, int b) {
        for (int[] t : taken) {
            if (a < t[1] && t[0] < b) {
                return true;
            }
        }
        return false;
    }

    /** An absolute URL as is; a relative path against the note's own URI; anchors alone, nothing. */
    private static String resolve(String base, String target) {
        if (target.startsWith("#")) {
            return null;
        }
        try {
            URI t = URI.create(target.replace(" ", "%20"));
            if (t.isAbsolute()) {
                return t.toString();
            }
            URI resolved = URI.create(base).resolve(t);
            // Java writes "file:/a/b" for "file:///a/b"; editors expect the latter.
            return "file".equals(resolved.getScheme()) ? java.nio.file.Path.of(resolved).toUri().toASCIIString() : resolved.toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static DocumentLink link(NotesDocument doc, int start, int end, String target) {
        DocumentLink l = new DocumentLink(Ranges.range(doc.lines(), start, end), target);
        l.setTooltip("Open " + target);
        return l;
    }
}
