import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ClientCapabilities, ProgressToken, WorkDoneProgressBegin, WorkDoneProgressEnd, WorkDoneProgressReport } from 'vscode-languageserver-protocol';
import { IndexingStatus, ProgressClient, StatusItem } from '../src/indexingStatus';

type Progress = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

/** A language client reduced to what the feature uses, driven by the test as the server would be. */
class FakeClient implements ProgressClient {
    createProgress?: (params: { token: ProgressToken }) => void;
    readonly listeners = new Map<ProgressToken, (value: Progress) => void>();

    onRequest(_type: unknown, handler: (params: { token: ProgressToken }) => void) {
        this.createProgress = handler;
        return { dispose: () => undefined };
    }

    onProgress<P>(_type: unknown, token: ProgressToken, handler: (value: P) => void) {
        this.listeners.set(token, handler as (value: Progress) => void);
        return { dispose: () => this.listeners.delete(token) };
    }

    progress(token: ProgressToken, value: Progress): void {
        this.listeners.get(token)?.(value);
    }
}

function statusItem(): StatusItem & { visible: boolean } {
    return {
        text: '',
        tooltip: undefined,
        visible: false,
        show() { this.visible = true; },
        hide() { this.visible = false; },
    };
}

describe('IndexingStatus', () => {
    it('asks for work-done progress', () => {
        const capabilities: ClientCapabilities = { window: { showDocument: { support: true } } };
        new IndexingStatus(new FakeClient(), statusItem()).fillClientCapabilities(capabilities);
        assert.deepEqual(capabilities.window, { showDocument: { support: true }, workDoneProgress: true });
    });

    it('shows indexing in the status bar from begin to end', () => {
        const client = new FakeClient();
        const item = statusItem();
        new IndexingStatus(client, item).initialize();
        client.createProgress!({ token: 'index-1' });

        client.progress('index-1', { kind: 'begin', title: 'Scribe: indexing notes', percentage: 0 });
        assert.equal(item.visible, true);
        assert.equal(item.text, '$(sync~spin) Scribe: indexing notes 0%');

        client.progress('index-1', { kind: 'report', message: '500/2000 notes', percentage: 25 });
        assert.equal(item.text, '$(sync~spin) Scribe: indexing notes 25%');
        assert.equal(item.tooltip, '500/2000 notes: click to show the server log.');

        client.progress('index-1', { kind: 'end', message: '2000 notes indexed' });
        assert.equal(item.visible, false);
        assert.equal(client.listeners.size, 0, 'the progress listener is left behind');
    });

    it('hides the item when the client stops mid-way', () => {
        const client = new FakeClient();
        const item = statusItem();
        const feature = new IndexingStatus(client, item);
        feature.initialize();
        client.createProgress!({ token: 7 });
        client.progress(7, { kind: 'begin', title: 'Scribe: indexing notes' });
        assert.equal(item.text, '$(sync~spin) Scribe: indexing notes');
        feature.clear();
        assert.equal(item.visible, false);
    });
});
