package dev.scribe.lsp;

import dev.scribe.features.CodeActions;
import dev.scribe.features.CodeLenses;
import dev.scribe.features.Highlights;
import dev.scribe.features.InlayHints;
import dev.scribe.features.Links;
import dev.scribe.features.Rename;
import dev.scribe.features.SelectionRanges;
import dev.scribe.features.SemanticTokensProvider;
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
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
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
        if (version == null) {
            LOG.warning("didChange for " + uri + " without a version; counting on from " + doc.version());
        } else if (version <= doc.version()) {
            LOG.warning("didChange for " + uri + " goes from version " + doc.version() + " back to " + version
                    + "; applying it, as the editor's text is what counts");
        }
        server.documents.put(doc.apply(v, params.getContentChanges()));
        server.diagnostics.schedule(uri, server.settings().debounceMs());
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        if (params == null || params.getTextDocument() == null || params.getTextDocument().getUri() == null) {
            LOG.warning("didClose without a document: ignored");
            return;
        }
        String uri = params.getTextDocument().getUri();
        if (server.documents.remove(uri) == null) {
            LOG.warning("didClose for " + uri + ", which is not open");
        }
        server.diagnostics.clear(uri);
        server.indexer.refresh(uri);
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // The buffer is already what the index holds.
        if (params == null || params.getTextDocument() == null || params.getTextDocument().getUri() == null) {
            LOG.warning("didSave without a document: ignored");
        }
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return server.requests.onDocument("documentSymbol", uri(params.getTextDocument()), List.of(), doc -> {
            List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
            Settings settings = server.settings();
            for (DocumentSymbol s : Outline.symbols(doc.model(), settings.participantsInOutline(), settings.actionItemsInOutline())) {
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
                    return Either.forRight(Completion.complete(doc.uri(), doc.model(), offset, server.currentIndex()));
                });
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        return server.requests.onDocument("definition", uri(params.getTextDocument()), Either.forLeft(List.of()), doc -> {
            int offset = Ranges.offset(doc.model().lines(), params.getPosition());
            return Either.forLeft(Definitions.find(doc.uri(), doc.model(), offset, server.currentIndex()));
        });
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return server.requests.onDocument("hover", uri(params.getTextDocument()), null, doc -> {
            int offset = Ranges.offset(doc.model().lines(), params.getPosition());
            return Hovers.hover(doc.uri(), doc.model(), offset, server.currentIndex());
        });
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        return server.requests.onDocument("references", uri(params.getTextDocument()), List.of(), doc -> {
            int offset = Ranges.offset(doc.model().lines(), params.getPosition());
            boolean declaration = params.getContext() == null || params.getContext().isIncludeDeclaration();
            return References.find(doc.uri(), doc.model(), offset, server.currentIndex(), declaration);
        });
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return server.requests.onDocument("codeLens", uri(params.getTextDocument()), List.of(),
                doc -> CodeLenses.lenses(doc.uri(), doc.model(), server.currentIndex()));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return server.requests.onDocument("codeAction", uri(params.getTextDocument()), List.of(), doc -> {
            List<Diagnostic> diags = params.getContext() == null ? List.of() : params.getContext().getDiagnostics();
            return CodeActions.actions(doc.uri(), doc.model(), params.getRange(), diags, server.currentIndex(), server.texts,
                    server.settings().glossary());
        });
    }

    @Override
    public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(
            PrepareRenameParams params) {
        return server.requests.onDocument("prepareRename", uri(params.getTextDocument()), null, doc -> {
            PrepareRenameResult r = Rename.prepare(doc.model(), Ranges.offset(doc.model().lines(), params.getPosition()));
            return r == null ? null : Either3.forSecond(r);
        });
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        return server.requests.onDocument("rename", uri(params.getTextDocument()), null, doc -> {
            try {
                return Rename.rename(doc.uri(), doc.model(), Ranges.offset(doc.model().lines(), params.getPosition()),
                        params.getNewName(), server.currentIndex(), server.texts);
            } catch (IllegalArgumentException e) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                        "cannot rename: " + e.getMessage(), null));
            }
        });
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        return server.requests.onDocument("semanticTokens/full", uri(params.getTextDocument()),
                new SemanticTokens(List.of()), doc -> SemanticTokensProvider.full(doc.model()));
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensRange(SemanticTokensRangeParams params) {
        return server.requests.onDocument("semanticTokens/range", uri(params.getTextDocument()),
                new SemanticTokens(List.of()), doc -> SemanticTokensProvider.range(doc.model(),
                        params.getRange().getStart().getLine(), params.getRange().getEnd().getLine()));
    }

    @Override
    public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
        return server.requests.onDocument("documentHighlight", uri(params.getTextDocument()), List.of(),
                doc -> Highlights.of(doc.model(), Ranges.offset(doc.model().lines(), params.getPosition())));
    }

    @Override
    public CompletableFuture<List<DocumentLink>> documentLink(DocumentLinkParams params) {
        return server.requests.onDocument("documentLink", uri(params.getTextDocument()), List.of(),
                doc -> Links.of(doc.uri(), doc.model()));
    }

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        return server.requests.onDocument("inlayHint", uri(params.getTextDocument()), List.of(), doc -> {
            if (!server.settings().acronymInlayHints()) {
                return List.of();
            }
            var lines = doc.model().lines();
            return InlayHints.of(doc.uri(), doc.model(), Ranges.offset(lines, params.getRange().getStart()),
                    Ranges.offset(lines, params.getRange().getEnd()), server.currentIndex());
        });
    }

    @Override
    public CompletableFuture<List<SelectionRange>> selectionRange(SelectionRangeParams params) {
        return server.requests.onDocument("selectionRange", uri(params.getTextDocument()), List.of(),
                doc -> SelectionRanges.of(doc.model(), params.getPositions() == null ? List.of() : params.getPositions()));
    }

    private static String uri(org.eclipse.lsp4j.TextDocumentIdentifier id) {
        return id == null ? null : id.getUri();
    }
}
