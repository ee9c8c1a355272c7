// Launches the bundled server jar, as the extension does, and talks LSP to it over stdio about
// a temporary copy of the seed notes.
import * as assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
    CompletionList,
    CompletionRequest,
    ConfigurationRequest,
    DefinitionRequest,
    Diagnostic,
    DiagnosticSeverity,
    DidChangeTextDocumentNotification,
    DidOpenTextDocumentNotification,
    DocumentSymbol,
    DocumentSymbolRequest,
    ExitNotification,
    HoverRequest,
    InitializeRequest,
    InitializeResult,
    InitializedNotification,
    Location,
    LocationLink,
    ProtocolConnection,
    PublishDiagnosticsNotification,
    ShutdownRequest,
    WorkDoneProgress,
    WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { findJava } from '../src/java';

const client = path.resolve(__dirname, '..', '..');
const seeds = path.resolve(client, '..', 'seeds');
const SVSM = '2023-09-13-svsm-call.txt';
const STRATOS = '2021-06-10-stratos-sync.txt';
const XEN = '2020-xen-summit-domb-design-session.txt';

/** The `scribe` settings object as package.json declares its defaults, as VS Code would send it. */
function declaredSettings(): object {
    const manifest = JSON.parse(readFileSync(path.join(client, 'package.json'), 'utf8'));
    const settings: Record<string, unknown> = {};
    for (const [key, { default: value }] of Object.entries<{ default: unknown }>(manifest.contributes.configuration.properties)) {
        const parts = key.split('.').slice(1);
        let node = settings;
        for (const part of parts.slice(0, -1)) {
            node = (node[part] ??= {}) as Record<string, unknown>;
        }
        node[parts[parts.length - 1]] = value;
    }
    return settings;
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = probe();
        if (value !== undefined) {
            return value;
        }
        if (Date.now() > deadline) {
            throw new Error(`timed out waiting for ${what}`);
        }
        await new Promise(resolve => setTimeout(resolve, 50));
    }
}

describe('the bundled server over stdio', () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'scribe-notes-'));
    const cacheHome = mkdtempSync(path.join(tmpdir(), 'scribe-cache-'));
    const uri = (file: string) => pathToFileURL(path.join(workspace, file)).href;
    const text = (file: string) => readFileSync(path.join(workspace, file), 'utf8');
    const diagnostics = new Map<string, Diagnostic[]>();
    const progress: string[] = [];
    let stderr = '';
    let server: ChildProcess;
    let connection: ProtocolConnection;
    let initialized: InitializeResult;

    function open(file: string): void {
        void connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: uri(file), languageId: 'plaintext', version: 1, text: text(file) },
        });
    }

    before(async () => {
        cpSync(seeds, workspace, { recursive: true });
        const java = await findJava(undefined, process.env);
        // The server's caches (index, class data) go to a temporary folder, not the user's.
        server = spawn(java.executable, ['-jar', path.join(client, 'server', 'scribe.jar')],
            { env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
        server.stderr!.on('data', chunk => stderr += chunk);
        connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => declaredSettings()));
        connection.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
            connection.onProgress(WorkDoneProgress.type, token, value => progress.push(value.kind));
        });
        connection.onNotification(PublishDiagnosticsNotification.type, params => diagnostics.set(params.uri, params.diagnostics));
        connection.listen();
        initialized = await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: pathToFileURL(workspace).href,
            workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'notes' }],
            initializationOptions: declaredSettings(),
            capabilities: {
                workspace: { configuration: true, workspaceFolders: true },
                window: { workDoneProgress: true },
                textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
            },
        });
        await connection.sendNotification(InitializedNotification.type, {});
    });

    after(async () => {
        // Shut down as VS Code does; the server must then exit on its own, with status 0.
        const exited = once(server, 'exit', { signal: AbortSignal.timeout(5_000) }).then(([code]) => code, () => 'still running');
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
        const status = await exited;
        connection.dispose();
        server.kill();
        rmSync(workspace, { recursive: true, force: true });
        rmSync(cacheHome, { recursive: true, force: true });
        assert.equal(status, 0, `the server did not exit cleanly; its log:\n${stderr}`);
    });

    it('announces the features the extension relies on', () => {
        assert.equal(initialized.serverInfo?.name, 'scribe');
        const capabilities = initialized.capabilities;
        assert.ok(capabilities.completionProvider && capabilities.definitionProvider && capabilities.documentSymbolProvider);
    });

    it('reports indexing the workspace as work-done progress', async () => {
        await waitFor('indexing to end', () => progress.includes('end') || undefined);
        assert.deepEqual([progress[0], progress[progress.length - 1]], ['begin', 'end']);
    });

    it('publishes unattributed-question warnings for the SVSM call', async () => {
        open(SVSM);
        const published = await waitFor('diagnostics', () => diagnostics.get(uri(SVSM))?.length ? diagnostics.get(uri(SVSM)) : undefined);
        assert.ok(published.every(d => d.source === 'scribe'));
        const questionLine = text(SVSM).split('\n').findIndex(line => line.includes('will this be adopted widely?'));
        const warning = published.find(d => d.range.start.line === questionLine);
        assert.equal(warning?.code, 'unattributed-question');
        assert.equal(warning?.severity, DiagnosticSeverity.Warning);
    });

    it('offers participants at the start of a new line', async () => {
        open(STRATOS);
        const line = text(STRATOS).split('\n').findIndex(l => l.startsWith('Cluster controller'));
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: uri(STRATOS), version: 2 },
            contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '\n' }],
        });
        const result = await connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri: uri(STRATOS) },
            position: { line, character: 0 },
        });
        const items = Array.isArray(result) ? result : (result as CompletionList).items;
        const labels = items.map(item => item.label);
        assert.ok(labels.includes('Alex') && labels.includes('Arnd'), `completion offered ${labels.join(', ')}`);
    });

    it('goes from LCM to the words that define it', async () => {
        open(XEN);
        const lines = text(XEN).split('\n');
        const use = lines.findIndex(l => l.startsWith('_Christopher: Is the proposed LCM'));
        const result = await connection.sendRequest(DefinitionRequest.type, {
            textDocument: { uri: uri(XEN) },
            position: { line: use, character: lines[use].indexOf('LCM') + 1 },
        });
        const targets = (Array.isArray(result) ? result : result ? [result] : []) as Array<Location | LocationLink>;
        const ranges = targets.map(t => 'targetUri' in t ? { uri: t.targetUri, range: t.targetSelectionRange } : t);
        assert.deepEqual(ranges.map(t => [t.uri, t.range.start.line]), [[uri(XEN), 62]]);
        assert.match(lines[62], /Launch Control Module/);

        const hover = await connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: uri(XEN) },
            position: { line: use, character: lines[use].indexOf('LCM') },
        });
        assert.match(JSON.stringify(hover?.contents), /Launch Control Module/);
    });

    it('outlines the sections of a note as a tree', async () => {
        const symbols = await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uri(XEN) } }) as DocumentSymbol[];
        const names = (list: DocumentSymbol[] | undefined) => (list ?? []).map(s => s.name);
        const flat = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap(s => [s, ...flat(s.children ?? [])]);
        const session2 = flat(symbols).find(s => s.name.startsWith('Session 2'));
        assert.ok(session2, `no "Session 2" among ${names(flat(symbols)).join(' | ')}`);
        assert.ok(names(session2.children).some(name => name.startsWith('Comments and discussion')), names(session2.children).join(' | '));
    });
});
