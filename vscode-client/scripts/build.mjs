// Builds the extension: copies the server jar (and the licence) in, and bundles the TypeScript
// with esbuild. Usage: node scripts/build.mjs [--production] [--tests]
//   --production  minified bundle without source maps, for the .vsix
//   --tests       also bundles test/*.test.ts to out/test/ for `node --test`
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const production = process.argv.includes('--production');
const tests = process.argv.includes('--tests');

const jar = join(root, '..', 'server', 'target', 'scribe.jar');
if (!existsSync(jar)) {
    console.error(`${jar} is missing: build the server first (mvn -B -ntp package -DskipTests in the repository root).`);
    process.exit(1);
}
mkdirSync(join(root, 'server'), { recursive: true });
copyFileSync(jar, join(root, 'server', 'scribe.jar'));
copyFileSync(join(root, '..', 'LICENSE'), join(root, 'LICENSE'));

const common = { absWorkingDir: root, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' };
await build({
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    target: 'node18',
    minify: production,
    sourcemap: !production,
});
if (tests) {
    await build({
        ...common,
        entryPoints: readdirSync(join(root, 'test')).filter(f => f.endsWith('.test.ts')).map(f => `test/${f}`),
        outdir: 'out/test',
        // Tests load their libraries (and onig.wasm) from node_modules at run time.
        packages: 'external',
        target: 'node20',
        sourcemap: true,
    });
}
