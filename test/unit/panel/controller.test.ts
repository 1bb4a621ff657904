import assert from 'node:assert/strict';
import { ExplainController, parseExplainArgs } from '../../../client/src/panel/controller';
import type { ControllerPorts, EditorInfo } from '../../../client/src/panel/controller';
import type { ExplainResult, Lang } from '../../../common/src/protocol';
import type { QuizProgress, ToWebviewMessage } from '../../../common/src/panelMessages';
import { sampleResult } from './sample';

/** Fake VS Code: records what the controller does; timers run when the test says so. */
class Fake implements ControllerPorts {
  posted: ToWebviewMessage[] = [];
  requests: string[] = [];
  revealed: [string, number][] = [];
  notes: string[] = [];
  stored: unknown = undefined;
  timers: { run: () => void; ms: number; live: boolean }[] = [];
  failWith: Error | undefined;
  language: Lang = 'en';

  explain(uri: string, lang: Lang): Promise<ExplainResult> {
    this.requests.push(`${uri} ${lang}`);
    return this.failWith ? Promise.reject(this.failWith) : Promise.resolve(sampleResult(uri));
  }
  post(message: ToWebviewMessage): void {
    this.posted.push(message);
  }
  lang(): Lang {
    return this.language;
  }
  loadProgress(): QuizProgress {
    return (this.stored as QuizProgress | undefined) ?? { answers: {} };
  }
  saveProgress(p: QuizProgress): Promise<void> {
    this.stored = JSON.parse(JSON.stringify(p)) as unknown;
    return Promise.resolve();
  }
  schedule(run: () => void, ms: number): { cancel(): void } {
    const t = { run, ms, live: true };
    this.timers.push(t);
    return { cancel: () => { t.live = false; } };
  }
  runTimers(): void {
    const due = this.timers.filter((t) => t.live);
    this.timers = [];
    for (const t of due) t.run();
  }
  reveal(uri: string, line: number): Promise<void> {
    this.revealed.push([uri, line]);
    return Promise.resolve();
  }
  copy(): Promise<void> {
    return Promise.resolve();
  }
  openLesson(): Promise<void> {
    return Promise.resolve();
  }
  openNotes(section: string): Promise<void> {
    this.notes.push(section);
    return Promise.resolve();
  }
  failureText(error: unknown): string {
    return `failed: ${error instanceof Error ? error.message : 'unknown'}`;
  }
  types(): string[] {
    return this.posted.map((m) => m.type);
  }
}

const A = 'file:///w/a/Dockerfile';
const B = 'file:///w/b/Dockerfile';
const editor = (uri: string, cursorLine = 0, languageId = 'dockerfile'): EditorInfo => ({ uri, languageId, cursorLine });
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function readyPanel(fake: Fake, active: EditorInfo | undefined, args: unknown = undefined): Promise<ExplainController> {
  const c = new ExplainController(fake);
  c.attach(undefined);
  c.show(parseExplainArgs(args), active);
  await c.onMessage({ type: 'ready' });
  await settle();
  return c;
}

describe('Explain panel controller', function () {
  it('opens focused on the instruction under the cursor of the active Dockerfile', async function () {
    const fake = new Fake();
    await readyPanel(fake, editor(A, 4));
    assert.deepEqual(fake.types(), ['init', 'analysis']);
    const analysis = fake.posted[1];
    assert.ok(analysis?.type === 'analysis');
    assert.equal(analysis.result.uri, A);
    assert.deepEqual(analysis.focus, { line: 4 });
  });

  it('opens on a stage when the code lens passes one', async function () {
    const fake = new Fake();
    await readyPanel(fake, editor(A, 9), { uri: A, stage: 1 });
    const analysis = fake.posted[1];
    assert.ok(analysis?.type === 'analysis');
    assert.deepEqual(analysis.focus, { stage: 1 });
  });

  it('opens on the service models when no Dockerfile is active', async function () {
    const fake = new Fake();
    await readyPanel(fake, editor('file:///w/readme.md', 0, 'markdown'));
    assert.deepEqual(fake.types(), ['init', 'noDocument']);
    assert.deepEqual(fake.requests, []);
  });

  it('follows the active editor when it is another Dockerfile, and ignores other editors', async function () {
    const fake = new Fake();
    const c = await readyPanel(fake, editor(A));
    c.onActiveEditor(editor('file:///w/x.ts', 0, 'typescript'));
    c.onActiveEditor(undefined);
    c.onActiveEditor(editor(B, 2));
    await settle();
    assert.equal(c.followedUri, B);
    assert.deepEqual(fake.requests, [`${A} en`, `${B} en`]);
  });

  it('re-analyses once after a burst of edits to the followed document', async function () {
    const fake = new Fake();
    const c = await readyPanel(fake, editor(A));
    c.onDocumentChanged(A);
    c.onDocumentChanged(B);
    c.onDocumentChanged(A);
    c.onDocumentChanged(A);
    assert.equal(fake.timers.filter((t) => t.live).length, 1);
    fake.runTimers();
    await settle();
    assert.deepEqual(fake.requests, [`${A} en`, `${A} en`]);
    assert.equal(fake.types().at(-1), 'analysis');
  });

  it('sends the cursor line as a focus, after a pause, for the followed document only', async function () {
    const fake = new Fake();
    const c = await readyPanel(fake, editor(A));
    c.onCursor(B, 3);
    c.onCursor(A, 3);
    c.onCursor(A, 7);
    fake.runTimers();
    assert.deepEqual(fake.posted.at(-1), { type: 'focus', focus: { line: 7 } });
    assert.equal(fake.types().filter((t) => t === 'focus').length, 1);
  });

  it('reveals a clicked line of the followed document and refuses other documents', async function () {
    const fake = new Fake();
    const c = await readyPanel(fake, editor(A));
    await c.onMessage({ type: 'reveal', uri: A, line: 5 });
    await c.onMessage({ type: 'reveal', uri: 'file:///etc/passwd', line: 0 });
    await c.onMessage({ type: 'reveal', uri: A, line: -1 });
    assert.deepEqual(fake.revealed, [[A, 5]]);
  });

  it('keeps quiz answers in the store and hands them to a new webview', async function () {
    const fake = new Fake();
    const c = await readyPanel(fake, undefined);
    await c.onMessage({ type: 'quizAnswer', questionId: 'models.iaas-os', choice: 0, correct: true });
    c.detach();
    c.attach(undefined);
    fake.posted = [];
    await c.onMessage({ type: 'ready' });
    assert.deepEqual(fake.posted[0], { type: 'init', lang: 'en', progress: { answers: { 'models.iaas-os': { choice: 0, correct: true } } } });
  });

  it('follows the document saved in the panel state after a reload', async function () {
    const fake = new Fake();
    const c = new ExplainController(fake);
    c.attach(B);
    await c.onMessage({ type: 'ready' });
    await settle();
    assert.deepEqual(fake.requests, [`${B} en`]);
  });

  it('tells the webview when the analysis fails, and drops an answer overtaken by a newer request', async function () {
    const fake = new Fake();
    fake.failWith = new Error('server down');
    const c = await readyPanel(fake, editor(A));
    assert.deepEqual(fake.posted.at(-1), { type: 'error', message: 'failed: server down' });
    fake.failWith = undefined;
    c.onActiveEditor(editor(B));
    c.onActiveEditor(editor(A));
    await settle();
    const analyses = fake.posted.filter((m) => m.type === 'analysis');
    assert.equal(analyses.length, 1);
    assert.ok(analyses[0]?.type === 'analysis' && analyses[0].result.uri === A);
  });

  it('opens the notes only for a known section', async function () {
    const fake = new Fake();
    const c = await readyPanel(fake, undefined);
    await c.onMessage({ type: 'openNotes', section: 's2-iaas' });
    await c.onMessage({ type: 'openNotes', section: '../../etc' });
    assert.deepEqual(fake.notes, ['s2-iaas']);
  });

  it('reads only well-formed command arguments', function () {
    assert.deepEqual(parseExplainArgs({ uri: A, line: 3, stage: -1, extra: 1 }), { uri: A, line: 3 });
    assert.deepEqual(parseExplainArgs('file:///x'), {});
    assert.deepEqual(parseExplainArgs(undefined), {});
  });
});
