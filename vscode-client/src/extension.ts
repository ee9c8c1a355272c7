import * as path from 'node:path';
import {
    commands,
    ExtensionContext,
    FileSystemWatcher,
    OutputChannel,
    StatusBarAlignment,
    StatusBarItem,
    window,
    workspace,
} from 'vscode';
import { DocumentFilter, LanguageClient, LanguageClientOptions } from 'vscode-languageclient/node';
import { IndexingStatus } from './indexingStatus';
import { findJava, JavaNotFoundError, JavaRuntime } from './java';

/** Settings the client reads to start the server: a change restarts it. */
const RESTART_SETTINGS = ['scribe.java.home', 'scribe.documentSelector', 'scribe.files.include'];
const SHOW_LOG = 'scribe.showServerLog';

let client: LanguageClient | undefined;
/** The client library does not dispose the watchers it is given, so a restart does. */
let watchers: FileSystemWatcher[] = [];
let starting: Promise<void> = Promise.resolve();
let log: OutputChannel;
let status: StatusBarItem;

export async function activate(context: ExtensionContext): Promise<void> {
    log = window.createOutputChannel('Scribe');
    status = window.createStatusBarItem('scribe.indexing', StatusBarAlignment.Left);
    status.name = 'Scribe indexing';
    status.command = SHOW_LOG;
    context.subscriptions.push(
        log,
        status,
        commands.registerCommand('scribe.restartServer', () => restart(context)),
        commands.registerCommand(SHOW_LOG, () => log.show(true)),
        workspace.onDidChangeConfiguration(event => {
            if (RESTART_SETTINGS.some(setting => event.affectsConfiguration(setting))) {
                void restart(context);
            }
        }),
    );
    starting = start(context);
    await starting;
}

export async function deactivate(): Promise<void> {
    await starting;
    await stop();
}

async function start(context: ExtensionContext): Promise<void> {
    const settings = workspace.getConfiguration('scribe');
    let java: JavaRuntime;
    try {
        java = await findJava(settings.get<string>('java.home'), process.env);
    } catch (error) {
        if (error instanceof JavaNotFoundError) {
            log.appendLine(error.message);
            void offerJavaSetting(error.message);
            return;
        }
        throw error;
    }
    log.appendLine(`Starting the Scribe server with Java ${java.version} from ${java.source}: ${java.executable}`);

    watchers = settings.get<string[]>('files.include', []).map(glob => workspace.createFileSystemWatcher(glob));
    const clientOptions: LanguageClientOptions = {
        documentSelector: notesSelector(settings.get<string[]>('documentSelector', [])),
        // The server reads the same `scribe` object from initializationOptions before it can
        // ask for workspace/configuration, so the first diagnostics already honour the settings.
        initializationOptions: workspace.getConfiguration().get('scribe'),
        synchronize: {
            configurationSection: 'scribe',
            fileEvents: watchers,
        },
        outputChannel: log,
    };
    const jar = context.asAbsolutePath(path.join('server', 'scribe.jar'));
    client = new LanguageClient('scribe', 'Scribe', { command: java.executable, args: ['-jar', jar] }, clientOptions);
    client.registerFeature(new IndexingStatus(client, status));
    try {
        await client.start();
    } catch {
        // The client library has already shown the failure and logged its cause.
    }
}

async function stop(): Promise<void> {
    const running = client;
    client = undefined;
    watchers.splice(0).forEach(watcher => watcher.dispose());
    if (running?.isRunning()) {
        await running.stop();
    }
}

async function restart(context: ExtensionContext): Promise<void> {
    await starting;
    await stop();
    starting = start(context);
    await starting;
}

async function offerJavaSetting(message: string): Promise<void> {
    const openSettings = 'Open Settings';
    if (await window.showErrorMessage(message, openSettings) === openSettings) {
        await commands.executeCommand('workbench.action.openSettings', 'scribe.java.home');
    }
}

/**
 * The documents the server sees: every `meeting-notes` document, and the Markdown and
 * plain-text files that match the notes globs (by default those in notes, meetings or minutes
 * folders), so that other Markdown files are left alone.
 */
function notesSelector(globs: string[]): DocumentFilter[] {
    return [
        { language: 'meeting-notes' },
        ...globs.flatMap(pattern => [{ language: 'markdown', pattern }, { language: 'plaintext', pattern }]),
    ];
}
