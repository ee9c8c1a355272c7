package dev.scribe.lsp;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Runs each request on the request pool against the buffer version it arrived with: an
 * exception becomes an error response for that request alone (logged with its stack), and a
 * request the editor cancels stops at its next check.
 */
final class Requests {
    private static final Logger LOG = Logger.getLogger(Requests.class.getName());

    private final ScribeServer server;
    private final ExecutorService pool;

    Requests(ScribeServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    /** A request on an open document; answers {@code empty} when the document is not open. */
    <T> CompletableFuture<T> onDocument(String method, String uri, T empty, Function<OpenDocument, T> work) {
        OpenDocument doc = server.documents.get(uri);
        if (doc == null) {
            LOG.info(method + ": " + uri + " is not open; answering with nothing");
            return CompletableFuture.completedFuture(empty);
        }
        return run(method, () -> work.apply(doc));
    }

    <T> CompletableFuture<T> run(String method, java.util.function.Supplier<T> work) {
        return CompletableFutures.computeAsync(pool, cancel -> {
            cancel.checkCanceled();
            try {
                T result = work.get();
                cancel.checkCanceled();
                return result;
            } catch (CancellationException | ResponseErrorException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                LOG.log(Level.SEVERE, method + " failed", e);
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
                        method + " failed: " + e, null));
            }
        });
    }
}
