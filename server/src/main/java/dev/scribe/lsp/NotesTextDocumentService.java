package dev.scribe.lsp;

import dev.scribe.features.CodeLenses;
import dev.scribe.features.Completion;
import dev.scribe.features.References;
import dev.scribe.features.Definitions;
import dev.scribe.features.Folding;
import dev.scribe.features.Hovers;
import dev.scribe.features.Outline;
import dev.scribe.features.Ranges;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * {@code textDocument/*}: keeps the open buffers in step with the editor and hands each
 * request to its feature class, against the buffer version the request arrived with.
 */
final class NotesTextDocumentService implements TextDocumentService {
    private static final Logger LOG = Logger.getLogger(NotesTextDocumentService.class.getName());

    private final ScribeServer server;

    NotesTextDocumentService(ScribeServer server) {
        this.server = server;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        TextDocumentItem item = params == null ? null : params.getTextDocument();
        if (item == null || item.getUri() == null) {
            LOG.warning("didOpen without a document: ignored");
            return;
        }
        server.documents.put(new OpenDocument(item.getUri(), item.getLanguageId(), item.getVersion(), item.getText()));
        server.diagnostics.schedule(item.getUri(), 0);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        if (params == null || params.getTextDocument() == null || params.getContentChanges() == null) {
            LOG.warning("didChange without a document or changes: ignored");
            return;
        }
        String uri = params.getTextDocument().getUri();
        OpenDocument doc = server.documents.get(uri);
        if (doc == null) {
            LOG.warning("didChange for " + uri + ", which is not open: ignored");
            return;
        }
        Integer version = params.getTextDocument().getVersion();
        int v = version == null ? doc.version() + 1 : version;
        if (version != null && version <= doc.version()) {
            LOG.warning("didChange for " + uri + " goes from version " + doc.version() + " back to " + version
                    + "; applying it, as the editor's text is what counts");
        }
        server.documents.put(doc.apply(v, params.getContentChanges()));
        server.diagnostics.schedule(uri, server.settings().debounceMs());
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        if (params == null || params.getTextDocument() == null) {
            return;
        }
        String uri = params.getTextDocument().getUri();
        server.documents.remove(uri);
        server.diagnostics.clear(uri);
        server.indexer.refresh(uri);
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // The buffer is already what the index holds.
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return server.requests.onDocument("documentSymbol", uri(params.getTextDocument()), List.of(), doc -> {
            List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
            for (DocumentSymbol s : Outline.symbols(doc.model(), server.settings().participantsInOutline())) {
                out.add(Either.forRight(s));
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return server.requests.onDocument("foldingRange", uri(params.getTextDocument()), List.of(),
                doc -> Folding.ranges(doc.model()));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return server.requests.onDocument("completion", uri(params.getTextDocument()),
                Either.forRight(new CompletionList(false, List.of())), doc -> {
                    int offset = Ranges.offset(doc.model().lines(), params.getPosition());
                    return Either.forRight(Completion.complete(doc.uri(), doc.model(), offset, server.index));
                });
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        return server.requests.onDocument("definition", uri(params.getTextDocument()), Either.forLeft(List.of()), doc -> {
            int offset = Ranges.offset(doc.model().lines(), params.getPosition());
            return Either.forLeft(Definitions.find(doc.uri(), doc.model(), offset, server.index));
        });
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return server.requests.onDocument("hover", uri(params.getTextDocument()), null, doc -> {
            int offset = Ranges.offset(doc.model().lines(), params.getPosition());
            return Hovers.hover(doc.uri(), doc.model(), offset, server.index);
        });
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        return server.requests.onDocument("references", uri(params.getTextDocument()), List.of(), doc -> {
            int offset = Ranges.offset(doc.model().lines(), params.getPosition());
            boolean declaration = params.getContext() == null || params.getContext().isIncludeDeclaration();
            return References.find(doc.uri(), doc.model(), offset, server.index, declaration);
        });
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return server.requests.onDocument("codeLens", uri(params.getTextDocument()), List.of(),
                doc -> CodeLenses.lenses(doc.uri(), doc.model(), server.index));
    }

    private static String uri(org.eclipse.lsp4j.TextDocumentIdentifier id) {
        return id == null ? null : id.getUri();
    }
}
