import type { StatusBarItem } from 'vscode';
import type { ClientCapabilities, FeatureState, StaticFeature } from 'vscode-languageclient/node';
import {
    Disposable,
    ProgressToken,
    ProgressType,
    WorkDoneProgress,
    WorkDoneProgressCreateParams,
    WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol';

/** What this feature needs of the language client: a narrow view that a test can fake. */
export interface ProgressClient {
    onRequest(type: typeof WorkDoneProgressCreateRequest.type, handler: (params: WorkDoneProgressCreateParams) => void): Disposable;
    onProgress<P>(type: ProgressType<P>, token: ProgressToken, handler: (value: P) => void): Disposable;
}

/** What this feature does with its status bar item. */
export type StatusItem = Pick<StatusBarItem, 'text' | 'tooltip' | 'show' | 'hide'>;

/**
 * Shows the server's work-done progress (indexing the workspace) in one status bar item that
 * opens the server log when clicked. It takes over `window/workDoneProgress/create` from the
 * library's default handler, which draws an anonymous spinner that leads nowhere; registered
 * after the built-in features, its handler is the one that stays.
 */
export class IndexingStatus implements StaticFeature {
    /** What each running task last said, in the order the tasks began. */
    private readonly tasks = new Map<ProgressToken, { title: string; message?: string; percentage?: number }>();

    constructor(private readonly client: ProgressClient, private readonly item: StatusItem) {}

    fillClientCapabilities(capabilities: ClientCapabilities): void {
        capabilities.window = { ...capabilities.window, workDoneProgress: true };
    }

    initialize(): void {
        this.client.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
            const listener = this.client.onProgress(WorkDoneProgress.type, token, value => {
                if (value.kind === 'end') {
                    listener.dispose();
                    this.tasks.delete(token);
                } else {
                    const title = value.kind === 'begin' ? value.title : this.tasks.get(token)?.title ?? '';
                    this.tasks.set(token, { title, message: value.message, percentage: value.percentage });
                }
                this.render();
            });
        });
    }

    getState(): FeatureState {
        return { kind: 'static' };
    }

    /** The client stopped: whatever was running is over. */
    clear(): void {
        this.tasks.clear();
        this.render();
    }

    private render(): void {
        const latest = [...this.tasks.values()].pop();
        if (!latest) {
            this.item.hide();
            return;
        }
        const percent = latest.percentage === undefined ? '' : ` ${latest.percentage}%`;
        this.item.text = `$(sync~spin) ${latest.title}${percent}`;
        this.item.tooltip = `${latest.message ?? latest.title}: click to show the server log.`;
        this.item.show();
    }
}
