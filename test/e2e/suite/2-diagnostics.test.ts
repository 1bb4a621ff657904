import * as assert from 'node:assert/strict';
import { DIAGNOSTIC_SOURCE, describeDiagnostics, openFixture, ourDiagnostics, waitFor } from './helpers';

describe('diagnostics from the language server', () => {
  for (const file of ['Dockerfile', 'Containerfile']) {
    it(`publishes diagnostics with source ${DIAGNOSTIC_SOURCE} for a ${file} with a known problem`, async () => {
      const document = await openFixture(file);
      const diagnostics = await waitFor(
        `diagnostics from ${DIAGNOSTIC_SOURCE} on ${file}`,
        () => {
          const ours = ourDiagnostics(document.uri);
          return ours.length > 0 ? ours : undefined;
        },
        { describe: () => describeDiagnostics(document.uri) },
      );
      for (const diagnostic of diagnostics) {
        assert.ok(diagnostic.message.trim().length > 0, 'every diagnostic has a message');
        assert.ok(diagnostic.range.start.line < document.lineCount, 'every diagnostic is inside the document');
      }
    });
  }
});
