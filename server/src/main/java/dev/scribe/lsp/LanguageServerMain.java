package dev.scribe.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Starts the server on a pair of streams; stdout carries the protocol and nothing else. */
public final class LanguageServerMain {
    private LanguageServerMain() {
    }

    public static String version() {
        return ScribeServer.VERSION;
    }

    /**
     * LSP4J's server launcher, reading the editor's frames with {@link ResilientMessageProducer}
     * instead of its StreamMessageProducer, which one broken frame could desynchronise for good.
     */
    static Launcher<LanguageClient> launcher(ScribeServer server, InputStream in, OutputStream out) {
        return new LSPLauncher.Builder<LanguageClient>() {
            private MessageJsonHandler jsonHandler;
            private RemoteEndpoint remoteEndpoint;

            @Override
            protected MessageJsonHandler createJsonHandler() {
                jsonHandler = super.createJsonHandler();
                return jsonHandler;
            }

            @Override
            protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
                remoteEndpoint = super.createRemoteEndpoint(handler);
                return remoteEndpoint;
            }

            @Override
            protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer reader, MessageConsumer consumer,
                                                                        LanguageClient remoteProxy) {
                return super.createMessageProcessor(new ResilientMessageProducer(input, jsonHandler, remoteEndpoint),
                        consumer, remoteProxy);
            }
        }.setLocalService(server).setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).create();
    }

    public static int serve(InputStream in, PrintStream out, PrintStream err) {
        // Whatever prints to System.out from now on lands on stderr, not in the protocol.
        System.setOut(err);
        ClientLog log = ClientLog.install(err);
        ScribeServer server = new ScribeServer(() -> {
            // exit: 0 after shutdown, 1 without it, as the protocol asks.
        });
        server.logTo(log);
        Launcher<LanguageClient> launcher = launcher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        server.onExit(() -> {
            out.flush();
            Runtime.getRuntime().halt(server.isShutdown() ? 0 : 1);
        });
        try {
            listening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            Logger.getLogger(LanguageServerMain.class.getName()).log(Level.SEVERE, "the connection failed", e);
        }
        return server.isShutdown() ? 0 : 1;
    }
}
