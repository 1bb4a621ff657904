import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { HANGUL, PHASE_WORD, hoverText, openFixture, waitFor, withUserSetting } from './helpers';

/** Line 0 of the fixture Dockerfile starts with FROM; column 1 is inside the keyword. */
const ON_FROM = new vscode.Position(0, 1);

async function hoverOnFrom(condition: (text: string) => boolean, what: string): Promise<string> {
  const document = await openFixture('Dockerfile');
  let last = '';
  return waitFor(
    what,
    async () => {
      last = await hoverText(document.uri, ON_FROM);
      return condition(last) ? last : undefined;
    },
    { describe: () => JSON.stringify(last.slice(0, 400)) },
  );
}

describe('hover over an instruction keyword', () => {
  let restore: (() => Promise<void>) | undefined;

  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });

  it('explains FROM and names its phase in English when dockerfileTutor.language is en', async () => {
    restore = await withUserSetting('dockerfileTutor', 'language', 'en');
    const text = await hoverOnFrom((t) => t.includes('FROM') && PHASE_WORD.test(t), 'an English hover naming FROM and a phase');
    assert.doesNotMatch(text, HANGUL, 'the English hover has no Korean in it');
  });

  it('explains FROM in Korean when dockerfileTutor.language is ko', async () => {
    restore = await withUserSetting('dockerfileTutor', 'language', 'ko');
    const text = await hoverOnFrom((t) => HANGUL.test(t), 'a Korean hover');
    assert.match(text, /FROM/, 'the Korean hover still names the instruction');
  });
});
