// Finds the Java runtime that runs the Scribe server. Kept free of the `vscode` module so that
// the unit tests can run it under plain Node.
import { execFile } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';

export const MINIMUM_JAVA_VERSION = 17;

export type JavaSource = 'scribe.java.home' | 'JAVA_HOME' | 'PATH';

export interface JavaRuntime {
    executable: string;
    version: number;
    source: JavaSource;
}

/** No usable Java; the message is one sentence meant for the user. */
export class JavaNotFoundError extends Error {}

const JAVA = process.platform === 'win32' ? 'java.exe' : 'java';

/**
 * The major version in `java -version` output: 17 for `openjdk version "17.0.15"`, 8 for the
 * legacy `java version "1.8.0_381"` form, or undefined when there is none.
 */
export function parseJavaVersion(output: string): number | undefined {
    const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
    if (!match) {
        return undefined;
    }
    const major = Number(match[1]);
    return major === 1 && match[2] !== undefined ? Number(match[2]) : major;
}

/** Runs `java -version`; undefined when it does not run or says no version. */
export function probeJavaVersion(executable: string): Promise<number | undefined> {
    return new Promise(resolve => {
        execFile(executable, ['-version'], { timeout: 10_000, windowsHide: true }, (error, stdout, stderr) => {
            // Java prints its version on stderr, after any "Picked up JAVA_TOOL_OPTIONS" line.
            resolve(error ? undefined : parseJavaVersion(`${stderr}\n${stdout}`));
        });
    });
}

/**
 * The Java to run the server with: the `scribe.java.home` setting when it is set, else the
 * first Java 17+ of `JAVA_HOME` and then `PATH`. A set `scribe.java.home` is never second-guessed:
 * when it is wrong the user is told so rather than silently given another Java.
 */
export async function findJava(configuredHome: string | undefined, env: NodeJS.ProcessEnv): Promise<JavaRuntime> {
    const setting = configuredHome?.trim();
    if (setting) {
        const home = setting.startsWith('~') ? path.join(homedir(), setting.slice(1)) : setting;
        const executable = path.join(home, 'bin', JAVA);
        if (!existsSync(executable)) {
            throw new JavaNotFoundError(`The scribe.java.home setting points to ${home}, which has no bin/${JAVA}.`);
        }
        const version = await probeJavaVersion(executable);
        if (version === undefined || version < MINIMUM_JAVA_VERSION) {
            throw new JavaNotFoundError(
                `The scribe.java.home setting points to ${describe(version)} at ${home}, but Scribe needs Java ${MINIMUM_JAVA_VERSION} or later.`);
        }
        return { executable, version, source: 'scribe.java.home' };
    }

    const candidates: Array<{ executable: string; source: JavaSource }> = [];
    if (env.JAVA_HOME) {
        candidates.push({ executable: path.join(env.JAVA_HOME, 'bin', JAVA), source: 'JAVA_HOME' });
    }
    for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
        candidates.push({ executable: path.join(dir, JAVA), source: 'PATH' });
    }
    const rejected: string[] = [];
    // PATH often reaches one java twice (/bin is /usr/bin on many systems): run each only once.
    const seen = new Set<string>();
    for (const candidate of candidates) {
        if (!existsSync(candidate.executable)) {
            continue;
        }
        const real = realpathSync(candidate.executable);
        if (seen.has(real)) {
            continue;
        }
        seen.add(real);
        const version = await probeJavaVersion(candidate.executable);
        if (version !== undefined && version >= MINIMUM_JAVA_VERSION) {
            return { ...candidate, version };
        }
        rejected.push(`${describe(version)} (${candidate.source})`);
    }
    throw new JavaNotFoundError(rejected.length === 0
        ? `Scribe needs Java ${MINIMUM_JAVA_VERSION} or later, but there is no Java in JAVA_HOME or on the PATH.`
        : `Scribe needs Java ${MINIMUM_JAVA_VERSION} or later, but found only ${rejected.join(' and ')}.`);
}

function describe(version: number | undefined): string {
    return version === undefined ? 'a Java that does not run' : `Java ${version}`;
}
