package dev.scribe.lsp;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The buffers the editor has open, by URI: these win over the files on disk. */
public final class OpenDocuments {
    private final Map<String, OpenDocument> docs = new ConcurrentHashMap<>();

    public OpenDocument get(String uri) {
        return uri == null ? null : docs.get(uri);
    }

    public void put(OpenDocument doc) {
        docs.put(doc.uri(), doc);
    }

    public OpenDocument remove(String uri) {
        return docs.remove(uri);
    }

    public boolean isOpen(String uri) {
        return docs.containsKey(uri);
    }

    public Collection<OpenDocument> all() {
        return docs.values();
    }
}
