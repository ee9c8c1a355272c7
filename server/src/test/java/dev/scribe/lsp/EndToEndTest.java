package dev.scribe.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as an editor runs it: a separate Java process speaking LSP over its stdin and
 * stdout, on a workspace holding the three seed notes.
 */
class EndToEndTest {
    @TempDir
    Path dir;

    @Test
    void diagnosticsCompletionDefinitionAndOutlineOverAPipe() throws Exception {
        Path seeds = Path.of("..", "seeds").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.scribe.Main", "--stdio")
                .redirectError(dir.resolve("server.log").toFile()).start();
        TestClient client = new TestClient();
        try {
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, server.getInputStream(),
                    server.getOutputStream());
            launcher.startListening();
            LanguageServer remote = launcher.getRemoteProxy();

            InitializeParams init = new InitializeParams();
            init.setCapabilities(new ClientCapabilities());
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toASCIIString(), "seeds")));
            InitializeResult result = remote.initialize(init).get(30, TimeUnit.SECONDS);
            assertEquals("scribe", result.getServerInfo().getName());
            remote.initialized(new InitializedParams());

            String svsm = open(remote, dir.resolve("2023-09-13-svsm-call.txt"));
            String xen = open(remote, dir.resolve("2020-xen-summit-domb-design-session.txt"));
            // The Stratos note with the cursor on a new, empty last line.
            Path stratosFile = dir.resolve("2021-06-10-stratos-sync.txt");
            String stratosText = Files.readString(stratosFile, StandardCharsets.UTF_8).stripTrailing() + "\n";
            String stratos = stratosFile.toUri().toASCIIString();
            remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(stratos, "plaintext", 1, stratosText)));
            int lastLine = (int) stratosText.chars().filter(c -> c == '\n').count();

            List<Integer> flagged = new ArrayList<>();
            for (Diagnostic d : client.awaitDiagnostics(svsm, 0).getDiagnostics()) {
                assertEquals("unattributed-question", d.getCode().getLeft());
                flagged.add(d.getRange().getStart().getLine() + 1);
            }
            assertTrue(flagged.containsAll(List.of(80, 91)), "questions nobody asked: " + flagged);
            assertTrue(!flagged.contains(88), "line 88 continues Jörg's turn");

            var completion = remote.getTextDocumentService().completion(new CompletionParams(
                    new TextDocumentIdentifier(stratos), new Position(lastLine, 0))).get(30, TimeUnit.SECONDS);
            List<String> labels = new ArrayList<>();
            completion.getRight().getItems().forEach(i -> labels.add(i.getLabel()));
            assertTrue(labels.containsAll(List.of("Alex", "Arnd", "Vincent")), labels.toString());

            var definition = remote.getTextDocumentService().definition(new DefinitionParams(
                    new TextDocumentIdentifier(xen), new Position(133, 30))).get(30, TimeUnit.SECONDS);
            assertEquals(62, definition.getLeft().get(0).getRange().getStart().getLine(), "LCM is spelled out on line 63");

            var symbols = remote.getTextDocumentService().documentSymbol(
                    new DocumentSymbolParams(new TextDocumentIdentifier(svsm))).get(30, TimeUnit.SECONDS);
            var root = symbols.get(0).getRight();
            assertEquals("Notes: SVSM Call 2023-09-13", root.getName());
            List<String> sections = new ArrayList<>();
            root.getChildren().forEach(c -> sections.add(c.getName()));
            assertEquals(List.of("Agenda:", "Development update from SUSE:", "Crypto support", "Launch protocol",
                    "Priorities of features", "Governance"), sections);

            remote.shutdown().get(10, TimeUnit.SECONDS);
            remote.exit();
            assertTrue(server.waitFor(10, TimeUnit.SECONDS), "the server exits after exit");
            assertEquals(0, server.exitValue());
        } finally {
            server.destroyForcibly();
        }
    }

    @Test
    void theServerEndsWhenTheEditorThatStartedItIsGone() throws Exception {
        // The "editor": a process that would wait for a minute.
        Path editorSource = Files.writeString(dir.resolve("Editor.java"),
                "class Editor { public static void main(String[] a) throws Exception { Thread.sleep(60_000); } }");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process editor = new ProcessBuilder(java, editorSource.toString()).start();
        Process server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.scribe.Main", "--stdio")
                .redirectError(dir.resolve("server.log").toFile()).start();
        try {
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new TestClient(), server.getInputStream(),
                    server.getOutputStream());
            launcher.startListening();
            InitializeParams init = new InitializeParams();
            init.setCapabilities(new ClientCapabilities());
            init.setProcessId((int) editor.pid());
            launcher.getRemoteProxy().initialize(init).get(30, TimeUnit.SECONDS);

            editor.destroyForcibly().waitFor();

            assertTrue(server.waitFor(10, TimeUnit.SECONDS), "the server outlived its editor");
            assertEquals(1, server.exitValue(), "no shutdown came first");
        } finally {
            editor.destroyForcibly();
            server.destroyForcibly();
        }
    }

    private static String open(LanguageServer remote, Path file) throws IOException {
        String uri = file.toUri().toASCIIString();
        remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "plaintext", 1, Files.readString(file, StandardCharsets.UTF_8))));
        return uri;
    }
}
