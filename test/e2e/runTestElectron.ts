// Runs the in-host integration suite (test/e2e/suite) in a downloaded VS Code through
// @vscode/test-electron: the same extensionTestsPath entry that test/e2e/run.sh runs in code-server.
// Use it where VS Code can be downloaded (a laptop, a hosted CI); the project's machines cannot, so
// run.sh does not call it.
//
//   bash test/e2e/run.sh --install-only      # or: npm install @vscode/test-electron@2.5.2 somewhere
//   npm run build && node test/e2e/build-suite.js
//   node -r ./test/register.js test/e2e/runTestElectron.ts
//
// Environment: E2E_TOOLS (where run.sh installs the tools), VSCODE_VERSION (default 1.100.3, the
// version of code-server's workbench; `stable` for the latest).
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

interface RunTestsOptions {
  version?: string;
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  launchArgs?: string[];
  extensionTestsEnv?: Record<string, string | undefined>;
}
interface TestElectron {
  runTests(options: RunTestsOptions): Promise<number>;
}

function isTestElectron(value: unknown): value is TestElectron {
  return typeof value === 'object' && value !== null && typeof (value as { runTests?: unknown }).runTests === 'function';
}

/** @vscode/test-electron from the e2e tools cache, else from wherever node resolves it. */
function loadTestElectron(): TestElectron {
  const tools = process.env.E2E_TOOLS ?? path.join(os.homedir(), '.cache', 'dockerfile-tutor-e2e', 'tools');
  for (const from of [path.join(tools, 'package.json'), __filename]) {
    try {
      const loaded: unknown = createRequire(from)('@vscode/test-electron');
      if (isTestElectron(loaded)) return loaded;
    } catch {
      // try the next place
    }
  }
  throw new Error(`@vscode/test-electron not found in ${tools}: run \`bash test/e2e/run.sh --install-only\` first`);
}

async function main(): Promise<number> {
  const repo = path.resolve(__dirname, '..', '..');
  const extensionTestsPath = path.join(repo, 'out', 'test', 'e2e', 'index.js');
  if (!fs.existsSync(extensionTestsPath)) {
    throw new Error(`${extensionTestsPath} is missing: run \`npm run build && node test/e2e/build-suite.js\` first`);
  }
  // The suite opens files of the fixture workspace; it runs on a scratch copy.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'dft-e2e-workspace-'));
  fs.cpSync(path.join(__dirname, 'fixtures', 'workspace'), workspace, { recursive: true });
  try {
    return await loadTestElectron().runTests({
      version: process.env.VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: repo,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
      extensionTestsEnv: { DFT_E2E_EXT_DEV: repo },
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
