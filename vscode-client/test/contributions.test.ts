// The static parts of the extension: grammar, language configuration and settings.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';
import { IGrammar, INITIAL, parseRawGrammar, Registry } from 'vscode-textmate';

const root = path.resolve(__dirname, '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

describe('TextMate grammar', () => {
    let grammar: IGrammar;
    before(async () => {
        await loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
        const registry = new Registry({
            onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
            loadGrammar: async () => parseRawGrammar(readFileSync(path.join(root, 'syntaxes/meeting-notes.tmLanguage.json'), 'utf8'), 'grammar.json'),
        });
        const loaded = await registry.loadGrammar('text.meeting-notes');
        assert.ok(loaded);
        grammar = loaded;
    });

    /** The text of each token on the line whose innermost scope starts with `scope`. */
    function tokens(line: string, scope: string): string[] {
        return grammar.tokenizeLine(line, INITIAL).tokens
            .filter(token => token.scopes.some(s => s.startsWith(scope)))
            .map(token => line.slice(token.startIndex, token.endIndex));
    }

    it('colours speakers in their usual forms', () => {
        assert.deepEqual(tokens('Andy: yes it is acceptable', 'entity.name.tag.speaker'), ['Andy']);
        assert.deepEqual(tokens('  - Jörg: From face to face discussions at KVM forum:', 'entity.name.tag.speaker'), ['Jörg']);
        assert.deepEqual(tokens('Roger Pau Monné (Citrix): it boots', 'entity.name.tag.speaker'), ['Roger Pau Monné']);
        assert.deepEqual(tokens('_Christopher, Q: why not?_', 'entity.name.tag.speaker'), ['Christopher']);
        assert.deepEqual(tokens('??: Arm uses device tree', 'entity.name.tag.speaker'), ['??']);
        assert.deepEqual(tokens('agreed [alex] and [Arnd B.]', 'entity.name.tag.speaker'), ['alex', 'Arnd B.']);
    });

    it('leaves labels, links, checkboxes and mailing-list chrome alone', () => {
        assert.deepEqual(tokens('Topic: Getting device info to the toolstack', 'entity.name.tag.speaker'), []);
        assert.deepEqual(tokens('Q: is it fixed?', 'entity.name.tag.speaker'), []);
        assert.deepEqual(tokens('see [the spec](https://example.org) - [x] done', 'entity.name.tag.speaker'), []);
        assert.deepEqual(tokens('[Date Prev][Date Next][Thread Prev]', 'entity.name.tag.speaker'), []);
    });

    it('colours questions, and acronyms inside them', () => {
        const line = '_Christopher: Is the proposed LCM detection a reasonable upstreamable approach?_';
        assert.deepEqual(tokens(line, 'string.unquoted.question'),
            ['Is the proposed ', 'LCM', ' detection a reasonable upstreamable approach', '?']);
        assert.deepEqual(tokens(line, 'constant.language.acronym'), ['LCM']);
        assert.deepEqual(tokens('It is done. Will it be adopted widely ?', 'string.unquoted.question').join(''), 'Will it be adopted widely ?');
        assert.deepEqual(tokens('It is done. Nobody asked.', 'string.unquoted.question'), []);
    });

    it('keeps acronyms such as vTPM and SEV-SNP whole', () => {
        assert.deepEqual(tokens('the vTPM module for AMD SEV-SNP and CPL3 VMs, not DomB or Xen', 'constant.language.acronym'),
            ['vTPM', 'AMD', 'SEV-SNP', 'CPL3', 'VMs']);
        assert.deepEqual(tokens('Launch Control Module (LCM)-based', 'constant.language.acronym'), ['LCM']);
    });

    it('colours headings and section titles', () => {
        assert.deepEqual(tokens('## Session 1: Xen system boot', 'entity.name.section'), ['Session 1: Xen system boot']);
        assert.deepEqual(tokens('Participants', 'entity.name.section'), ['Participants']);
        assert.deepEqual(tokens('Development update from SUSE:', 'entity.name.section'), ['Development update from ', 'SUSE']);
        assert.deepEqual(tokens('* Questions:', 'entity.name.section'), ['Questions']);
    });
});

describe('language configuration', () => {
    it('has a word pattern that keeps vTPM, SEV-SNP and names whole', () => {
        const { pattern, flags } = readJson('language-configuration.json').wordPattern;
        const words = 'Claudio: the vTPM, SEV-SNP (Jörg’s fw_cfg)?'.match(new RegExp(pattern, `${flags}g`));
        assert.deepEqual(words, ['Claudio', 'the', 'vTPM', 'SEV-SNP', 'Jörg', 's', 'fw_cfg']);
    });
});

describe('package.json', () => {
    const manifest = readJson('package.json');
    const settings: Record<string, { default?: unknown; description?: string; markdownDescription?: string }> =
        manifest.contributes.configuration.properties;

    it('declares each setting the server reads, with its default and a description', () => {
        const serverDefaults: Record<string, unknown> = {
            'scribe.files.include': ['**/*.{md,txt,notes,minutes}'],
            'scribe.files.exclude': [],
            'scribe.files.maxSizeKb': 2048,
            'scribe.glossary.name': 'glossary',
            'scribe.diagnostics.debounceMs': 200,
            'scribe.diagnostics.openQuestions': false,
            'scribe.diagnostics.severity': {
                'unattributed-question': 'warning',
                'unknown-speaker': 'information',
                'misspelled-speaker': 'warning',
                'unowned-action': 'information',
            },
            'scribe.outline.participants': false,
            'scribe.outline.actionItems': true,
            'scribe.inlayHints.acronyms': false,
        };
        for (const [key, value] of Object.entries(serverDefaults)) {
            assert.deepEqual(settings[key]?.default, value, key);
        }
        for (const [key, setting] of Object.entries(settings)) {
            assert.ok(setting.description ?? setting.markdownDescription, `${key} has no description`);
        }
    });
});
