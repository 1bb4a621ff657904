import * as assert from 'node:assert/strict';
import { DIAGNOSTIC_SOURCE, describeDiagnostics, diagnosticCode, openFixture, ourDiagnostics, waitFor } from './helpers';

describe('diagnostics from the language server', () => {
  // Both fixtures start with `FROM ubuntu`: an image without a tag (hadolint DL3006).
  for (const file of ['Dockerfile', 'Containerfile']) {
    it(`reports DL3006 from ${DIAGNOSTIC_SOURCE} on line 1 when a ${file} uses an untagged image`, async () => {
      const document = await openFixture(file);
      const dl3006 = await waitFor(
        `a DL3006 diagnostic from ${DIAGNOSTIC_SOURCE} on ${file}`,
        () => ourDiagnostics(document.uri).find((d) => diagnosticCode(d) === 'DL3006'),
        { describe: () => describeDiagnostics(document.uri) },
      );
      assert.equal(dl3006.range.start.line, 0);
      assert.equal(document.getText(dl3006.range), 'ubuntu', 'the diagnostic covers the image name');
      assert.ok(dl3006.message.trim().length > 0, 'the diagnostic has a message');
    });
  }
});
