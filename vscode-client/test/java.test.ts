import * as assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { findJava, JavaNotFoundError, parseJavaVersion } from '../src/java';

describe('parseJavaVersion', () => {
    const cases: Array<[string, number | undefined]> = [
        ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)', 17],
        ['java version "1.8.0_381"\nJava(TM) SE Runtime Environment (build 1.8.0_381-b09)', 8],
        ['openjdk version "21" 2023-09-19', 21],
        ['openjdk version "22-ea" 2024-03-19', 22],
        ['Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8\nopenjdk version "11.0.2" 2019-01-15', 11],
        ['The operation couldn’t be completed. Unable to locate a Java Runtime.', undefined],
        ['', undefined],
    ];
    for (const [output, expected] of cases) {
        it(`reads ${expected ?? 'nothing'} from ${JSON.stringify(output.split('\n')[0])}`, () => {
            assert.equal(parseJavaVersion(output), expected);
        });
    }
});

// Fake Java installations: shell scripts that print what `java -version` prints.
describe('findJava', { skip: process.platform === 'win32' && 'the fake java executables are shell scripts' }, () => {
    const root = mkdtempSync(path.join(tmpdir(), 'scribe-java-'));
    after(() => rmSync(root, { recursive: true, force: true }));

    /** A Java home whose bin/java reports the version; returns the home. */
    function fakeJava(name: string, version: string): string {
        const bin = path.join(root, name, 'bin');
        mkdirSync(bin, { recursive: true });
        const java = path.join(bin, 'java');
        writeFileSync(java, `#!/bin/sh\necho 'openjdk version "${version}" 2024-01-16' >&2\n`);
        chmodSync(java, 0o755);
        return path.join(root, name);
    }
    const java8 = fakeJava('jdk-8', '1.8.0_392');
    const java11 = fakeJava('jdk-11', '11.0.22');
    const java17 = fakeJava('jdk-17', '17.0.10');
    const java21 = fakeJava('jdk-21', '21.0.2');
    const bin = (home: string) => path.join(home, 'bin');

    it('takes scribe.java.home before JAVA_HOME and PATH', async () => {
        const java = await findJava(java17, { JAVA_HOME: java21, PATH: bin(java21) });
        assert.deepEqual(java, { executable: path.join(java17, 'bin', 'java'), version: 17, source: 'scribe.java.home' });
    });

    it('takes JAVA_HOME before PATH', async () => {
        const java = await findJava('', { JAVA_HOME: java17, PATH: bin(java21) });
        assert.deepEqual(java, { executable: path.join(java17, 'bin', 'java'), version: 17, source: 'JAVA_HOME' });
    });

    it('takes the first Java 17+ on PATH when JAVA_HOME is too old', async () => {
        const java = await findJava(undefined, { JAVA_HOME: java11, PATH: [bin(java11), '/nonexistent', bin(java21)].join(path.delimiter) });
        assert.deepEqual(java, { executable: path.join(java21, 'bin', 'java'), version: 21, source: 'PATH' });
    });

    it('does not replace a scribe.java.home that is too old', async () => {
        await assert.rejects(findJava(java11, { PATH: bin(java21) }), {
            message: `The scribe.java.home setting points to Java 11 at ${java11}, but Scribe needs Java 17 or later.`,
        });
    });

    it('says when scribe.java.home has no java', async () => {
        const empty = path.join(root, 'empty');
        await assert.rejects(findJava(empty, { PATH: bin(java21) }), (error: unknown) =>
            error instanceof JavaNotFoundError && error.message === `The scribe.java.home setting points to ${empty}, which has no bin/java.`);
    });

    it('names every Java it found too old, once each', async () => {
        const PATH = [bin(java11), bin(java8)].join(path.delimiter);
        await assert.rejects(findJava(undefined, { JAVA_HOME: java11, PATH }), {
            message: 'Scribe needs Java 17 or later, but found only Java 11 (JAVA_HOME) and Java 8 (PATH).',
        });
    });

    it('says where it looked when there is no Java at all', async () => {
        await assert.rejects(findJava(undefined, { PATH: path.join(root, 'nowhere') }), {
            message: 'Scribe needs Java 17 or later, but there is no Java in JAVA_HOME or on the PATH.',
        });
    });
});
