// Entry of the integration suite inside a real VS Code extension host: the `extensionTestsPath`
// module. VS Code (code-server through the workbench URL payload, or @vscode/test-electron) loads it
// after the extension under development and awaits run(); a rejection marks the run as failed.
import Mocha from 'mocha';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Where the counts go for test/e2e/run.sh (set in code-server's environment, inherited by the host). */
const RESULTS_ENV = 'DFT_E2E_SUITE_RESULTS';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  const suiteDir = path.join(__dirname, 'suite');
  for (const file of fs.readdirSync(suiteDir).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(suiteDir, file));
  }
  const { passed, failed } = await new Promise<{ passed: number; failed: number }>((resolve) => {
    const runner = mocha.run((failures) => resolve({ passed: runner.stats?.passes ?? 0, failed: failures }));
  });
  const resultsFile = process.env[RESULTS_ENV];
  if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify({ passed, failed }));
  if (failed > 0) throw new Error(`${failed} of ${passed + failed} in-host tests failed`);
  if (passed === 0) throw new Error('the in-host suite ran no test');
}
