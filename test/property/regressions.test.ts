/**
 * Every counterexample the property tests or `npm run fuzz` ever found (test/fixtures/regressions/) still
 * satisfies every robustness property.
 */
import * as assert from 'node:assert/strict';
import { problemsOf, regressionFixtures } from './check';

describe('property regressions', () => {
  const fixtures = regressionFixtures();

  it('keeps the regression fixtures', () => {
    assert.ok(fixtures.length > 0, 'test/fixtures/regressions/ is empty');
  });

  for (const { name, text } of fixtures) {
    it(`reports no throw, no range outside the document and no fix that breaks parsing for ${name}`, () => {
      assert.deepEqual(problemsOf(text), []);
    });
  }
});
