package dev.scribe.lsp;

import java.io.PrintStream;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Logging: every record to stderr (never stdout, which carries the protocol), and INFO and up to
 * the editor's log through {@code window/logMessage} once a client is connected.
 */
public final class ClientLog extends Handler {
    private static final ThreadLocal<Boolean> SENDING = ThreadLocal.withInitial(() -> false);
    private volatile LanguageClient client;

    /** Routes java.util.logging to stderr with one-line records; returns the client handler. */
    public static ClientLog install(PrintStream stderr) {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        // A StreamHandler on stderr itself: ConsoleHandler.setOutputStream would first close the
        // handler's own stream, which is System.err, and every record after that was lost.
        Handler console = new StreamHandler(stderr, new OneLine()) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }

            @Override
            public synchronized void close() {
                flush();   // never close stderr
            }
        };
        console.setLevel(Level.ALL);
        root.addHandler(console);
        ClientLog toClient = new ClientLog();
        toClient.setLevel(Level.INFO);
        toClient.setFormatter(new OneLine());
        root.addHandler(toClient);
        root.setLevel(Level.INFO);
        Logger.getLogger("org.eclipse.lsp4j").setLevel(Level.WARNING);
        return toClient;
    }

    public void connect(LanguageClient client) {
        this.client = client;
    }

    @Override
    public void publish(LogRecord record) {
        LanguageClient c = client;
        if (c == null || !isLoggable(record) || SENDING.get()) {
            return;
        }
        MessageType type = record.getLevel().intValue() >= Level.SEVERE.intValue() ? MessageType.Error
                : record.getLevel().intValue() >= Level.WARNING.intValue() ? MessageType.Warning
                : record.getLevel().intValue() >= Level.INFO.intValue() ? MessageType.Info : MessageType.Log;
        SENDING.set(true);
        try {
            c.logMessage(new MessageParams(type, getFormatter().format(record).strip()));
        } catch (RuntimeException e) {
            // The client is gone; stderr still has the record.
        } finally {
            SENDING.set(false);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        client = null;
    }

    /** "[scribe WARNING] message" plus the stack trace, if any. */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder("[scribe ").append(r.getLevel().getName()).append("] ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                java.io.StringWriter w = new java.io.StringWriter();
                r.getThrown().printStackTrace(new java.io.PrintWriter(w));
                b.append(w);
            }
            return b.toString();
        }
    }
}
