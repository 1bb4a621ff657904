/**
 * The Explain panel's page in headless Chromium, fed the analyses that `dockerfile-tutor explain`
 * makes of real corpus files. Run by `node test/webview/run.js` (part of `npm run test:e2e`).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ExplainResult } from '../../common/src/protocol';
import type { QuizProgress } from '../../common/src/panelMessages';
import { QUIZZES } from '../../server/src/knowledge/panel/quiz';
import { ARTIFACTS, corpusDir, explainFile, explainText, launch } from './harness';
import type { Harness } from './harness';
import type { ThemeName } from './themes';

const MULTI_STAGE = 'jessfraz__dockerfiles__cfssl__Dockerfile';
const WINDOWS = 'StefanScherer__dockerfiles-windows__apache__Dockerfile';
const HEREDOC = 'docker__awesome-compose__flask__app__Dockerfile';

const corpus = corpusDir();
if (!corpus) {
  const message = 'DOCKERFILE_CORPUS not found: the corpus-based panel tests cannot run';
  if (process.env.CI === 'true') throw new Error(message);
  console.error(`\n!!!!!!!!!! ${message}; only the tests on generated Dockerfiles run !!!!!!!!!!\n`);
}

async function waitFor(h: Harness, selector: string): Promise<void> {
  await h.page.locator(selector).first().waitFor({ state: 'visible', timeout: 10000 });
}

async function texts(h: Harness, selector: string): Promise<string[]> {
  return (await h.page.locator(selector).allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
}

async function showAnalysis(h: Harness, result: ExplainResult, focus?: { line?: number; stage?: number }): Promise<void> {
  await h.send({ type: 'init', lang: result.lang, progress: { answers: {} } });
  await h.send(focus ? { type: 'analysis', result, focus } : { type: 'analysis', result });
  await waitFor(h, '#pipeline .stage-card');
}

describe('Explain panel page (Chromium)', function () {
  let h: Harness;
  const analyses = new Map<string, ExplainResult>();

  before(async function () {
    if (corpus) {
      for (const name of [MULTI_STAGE, WINDOWS, HEREDOC]) analyses.set(name, explainFile(path.join(corpus, 'dockerfiles', name)));
    }
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    h = await launch();
  });
  after(async function () {
    await h?.close();
  });
  afterEach(async function () {
    // Every page, whatever it showed: no CSP violation, no uncaught error.
    assert.deepEqual(await h.problems(), []);
  });

  function analysis(name: string): ExplainResult {
    const r = analyses.get(name);
    if (!r) throw new Error(`no analysis of ${name}`);
    return r;
  }

  if (corpus) {
    describe('a multi-stage build (cfssl)', function () {
      it('shows the stages as a pipeline, with the builder left behind and the last stage as the final image', async function () {
        await h.open();
        await showAnalysis(h, analysis(MULTI_STAGE));
        const cards = h.page.locator('#pipeline .stage-card');
        assert.equal(await cards.count(), 2);
        assert.match((await cards.nth(0).getAttribute('class')) ?? '', /stage-left-behind/);
        assert.match((await cards.nth(1).getAttribute('class')) ?? '', /stage-target/);
        const second = await texts(h, '#pipeline .stage-card:nth-child(2) .stage-facts li');
        assert.ok(second.includes('starts from the image alpine:latest'), second.join(' | '));
        assert.ok(second.includes('takes files from stage builder (line 29)'), second.join(' | '));
        assert.ok(second.includes('takes files from stage builder (line 30)'), second.join(' | '));
      });

      it('stacks the final image layers with their lines and lists the configuration apart', async function () {
        await h.open();
        await showAnalysis(h, analysis(MULTI_STAGE));
        const layers = await texts(h, '#image .layers > li > button');
        assert.deepEqual(layers, [
          'Layers of the base image alpine:latest',
          'line 29 COPY --from=builder /go/src/github.com/cloudflare/cfssl_trust /etc/cfssl',
          'line 30 COPY --from=builder /go/src/github.com/cloudflare/cfssl/bin/ /usr/bin',
        ]);
        const config = await texts(h, '#image .config > li > button .instr-text');
        assert.deepEqual(config, ['WORKDIR /etc/cfssl', 'EXPOSE 8888', 'ENTRYPOINT ["cfssl"]', 'CMD ["--help"]']);
        const buildOnly = await texts(h, '#image .build-only .left-behind summary');
        assert.deepEqual(buildOnly, ['Stage builder and all its layers']);
      });

      it('shows the exact command line that ENTRYPOINT and CMD produce, in exec form', async function () {
        await h.open();
        await showAnalysis(h, analysis(MULTI_STAGE));
        assert.equal(await h.page.locator('#life .process code').textContent(), 'cfssl --help');
        assert.equal(await h.page.locator('#life .argv code').textContent(), '["cfssl","--help"]');
        assert.deepEqual(await texts(h, '#life .forms li'), ['ENTRYPOINT in Exec form', 'CMD in Exec form']);
        assert.deepEqual(await texts(h, '#runtime dd .values code'), ['/etc/cfssl', '8888']);
        assert.deepEqual(await texts(h, '#commands .command-text'), [
          analysis(MULTI_STAGE).commands.build,
          'docker run --rm -p 8888:8888 my-image:dev',
          'docker image history my-image:dev',
        ]);
      });

      it('reveals the line of an element that is clicked, and copies a command through the extension', async function () {
        await h.open();
        await showAnalysis(h, analysis(MULTI_STAGE));
        await h.page.locator('#image .layers [data-line="28"]').click();
        await h.page.locator('[data-key="copy-run"]').click();
        const posted = await h.posted();
        assert.deepEqual(posted.find((m) => m.type === 'reveal'), { type: 'reveal', uri: analysis(MULTI_STAGE).uri, line: 28 });
        assert.deepEqual(posted.find((m) => m.type === 'copy'), { type: 'copy', text: 'docker run --rm -p 8888:8888 my-image:dev' });
      });

      it('highlights the instruction under the cursor when the analysis comes with a focus', async function () {
        await h.open();
        await showAnalysis(h, analysis(MULTI_STAGE), { line: 33 });
        const focused = h.page.locator('.is-focused');
        assert.equal(await focused.count(), 1);
        assert.equal(await focused.locator('.instr-text').textContent(), 'EXPOSE 8888');
        await h.send({ type: 'focus', focus: { stage: 0 } });
        await h.page.waitForFunction("document.querySelector('.is-focused')?.dataset.stage === '0'", undefined, { timeout: 5000 });
      });

      it('paints the last analysis again after a reload, from the saved state alone', async function () {
        await h.open({ keepState: true });
        await waitFor(h, '#pipeline .stage-card');
        assert.equal(await h.page.locator('#pipeline .stage-card').count(), 2);
        assert.equal(await h.page.locator('#life .process code').textContent(), 'cfssl --help');
      });

      for (const theme of ['light', 'dark', 'high-contrast'] as const satisfies readonly ThemeName[]) {
        it(`renders both views in the ${theme} theme (screenshots in test/webview/artifacts)`, async function () {
          await h.open({ theme });
          await showAnalysis(h, analysis(MULTI_STAGE), { line: 28 });
          await h.page.screenshot({ path: path.join(ARTIFACTS, `panel-lifecycle-${theme}.png`), fullPage: true });
          await h.page.locator('#tab-models').click();
          await waitFor(h, 'table.responsibility');
          await h.page.screenshot({ path: path.join(ARTIFACTS, `panel-models-${theme}.png`), fullPage: true });
          const bg = await h.page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
          const expected = { light: 'rgb(255, 255, 255)', dark: 'rgb(31, 31, 31)', 'high-contrast': 'rgb(0, 0, 0)' }[theme];
          assert.equal(bg, expected);
        });
      }
    });

    describe('a Windows Dockerfile with # escape=`', function () {
      it('lists the escape directive as build-only and runs the Windows path from CMD', async function () {
        await h.open();
        await showAnalysis(h, analysis(WINDOWS));
        assert.deepEqual(await texts(h, '#pipeline .build-only-list code'), ['# escape=`']);
        assert.equal(await h.page.locator('#pipeline .stage-card').count(), 2);
        const facts = await texts(h, '#pipeline .stage-card:nth-child(2) .stage-facts li');
        assert.deepEqual(facts.filter((f) => f.startsWith('takes files')), [
          'takes files from stage download (line 18)',
          'takes files from stage download (line 19)',
          'takes files from stage download (line 20)',
        ]);
        assert.equal(await h.page.locator('#life .process code').textContent(), 'C:\\Apache24\\bin\\httpd.exe');
        assert.deepEqual(await texts(h, '#life .forms li'), ['CMD in Exec form']);
        // The SHELL and the RUN layers of the download stage are left behind with it.
        const leftBehind = await texts(h, '#image .left-behind .instr-text');
        assert.ok(leftBehind.some((t) => t.startsWith('SHELL ["powershell"')), leftBehind.join(' | '));
      });
    });

    describe('a Dockerfile with heredocs and a cache mount', function () {
      it('keeps the builder stage in the image chain and the heredoc RUNs as layers', async function () {
        await h.open();
        await showAnalysis(h, analysis(HEREDOC));
        assert.match((await h.page.locator('#pipeline .stage-card').nth(0).getAttribute('class')) ?? '', /stage-in-image/);
        const layers = await texts(h, '#image .layers > li > button');
        assert.equal(layers[0], 'Layers of the base image python:3.10-alpine');
        assert.ok(layers.includes('line 17 RUN <<EOF'), layers.join(' | '));
        assert.ok(layers.includes('line 22 RUN <<EOF'), layers.join(' | '));
        assert.deepEqual(await texts(h, '#image .build-only .mounts'), ['--mount cache: present only while this RUN runs']);
        assert.equal(await h.page.locator('#life .process code').textContent(), 'python3 app.py');
      });
    });
  }

  describe('document text is data', function () {
    it('shows a LABEL holding <script> and <img onerror> as characters and runs nothing', async function () {
      const script = '<script>window.__xss = 1</script>';
      const img = '<img src=x onerror="window.__xss = 2">';
      const dockerfile = `FROM alpine:3.20\nLABEL evil="${script.replace(/"/g, '\\"')}" other='${img}'\nEXPOSE 80\nCMD ["sh", "-c", "echo ${script.replace(/"/g, '\\"')}"]\n`;
      const result = explainText(dockerfile, '<img src=x onerror=alert(1)>.Dockerfile');
      await h.open();
      await showAnalysis(h, result);
      const labels = await texts(h, '#runtime dd .values code');
      assert.ok(labels.some((l) => l.includes(script)), labels.join(' | '));
      assert.ok(labels.some((l) => l.includes(img)), labels.join(' | '));
      assert.match((await h.page.locator('h1').textContent()) ?? '', /<img src=x onerror=alert\(1\)>/);
      assert.equal(await h.page.locator('#app img, #app script').count(), 0);
      assert.equal(await h.page.evaluate<unknown>('window.__xss'), undefined);
    });

    it('ignores messages that do not have the protocol shape', async function () {
      await h.open();
      await h.send({ type: 'analysis', result: { uri: 'x', stages: '<img src=x onerror="window.__xss=3">' } });
      await h.send({ type: 'bogus' });
      await h.send({ type: 'noDocument' });
      await waitFor(h, 'table.responsibility');
      assert.equal(await h.page.locator('#pipeline').count(), 0);
      assert.equal(await h.page.evaluate<unknown>('window.__xss'), undefined);
    });
  });

  describe('service models', function () {
    it('opens on the service-models table when there is no Dockerfile', async function () {
      await h.open();
      await h.send({ type: 'init', lang: 'en', progress: { answers: {} } });
      await h.send({ type: 'noDocument' });
      await waitFor(h, 'table.responsibility');
      assert.equal(await h.page.locator('#tab-models').getAttribute('aria-selected'), 'true');
      assert.deepEqual(await texts(h, 'table.responsibility thead th'), ['Layer', 'On-premise', 'IaaS', 'PaaS', 'SaaS']);
      assert.equal(await h.page.locator('table.responsibility tbody tr').count(), 9);
      const cell = async (layer: string, model: string): Promise<string | null> =>
        h.page.locator(`tr[data-layer="${layer}"] td[data-model="${model}"]`).getAttribute('data-managed');
      assert.equal(await cell('os', 'iaas'), 'you');
      assert.equal(await cell('virtualization', 'iaas'), 'provider');
      assert.equal(await cell('runtime', 'paas'), 'provider');
      assert.equal(await cell('data', 'paas'), 'you');
      assert.equal(await cell('application', 'saas'), 'provider');
      assert.equal(await cell('networking', 'on-premise'), 'you');
      const services = await texts(h, '.run-option .services');
      for (const s of ['AWS EC2', 'Google Cloud Run', 'Azure Container Apps', 'Heroku Container Registry', 'NAVER Cloud Platform', 'NHN Cloud', 'KT Cloud']) {
        assert.ok(services.some((x) => x.includes(s)), `${s} missing from ${services.join(' | ')}`);
      }
    });

    it('speaks Korean when the language is ko', async function () {
      await h.open({ lang: 'ko' });
      await h.send({ type: 'init', lang: 'ko', progress: { answers: {} } });
      await h.send({ type: 'noDocument' });
      await waitFor(h, 'table.responsibility');
      assert.deepEqual(await texts(h, 'table.responsibility thead th'), ['계층', '온프레미스', 'IaaS', 'PaaS', 'SaaS']);
      assert.equal(await h.page.evaluate<string>('document.documentElement.lang'), 'ko');
      await h.page.screenshot({ path: path.join(ARTIFACTS, 'panel-models-ko.png'), fullPage: true });
    });

    it('is reachable by keyboard: the tabs switch with the arrow keys and focus is visible', async function () {
      await h.open();
      await h.send({ type: 'noDocument' });
      await waitFor(h, 'table.responsibility');
      await h.page.locator('#tab-models').focus();
      await h.page.keyboard.press('ArrowLeft');
      await h.page.waitForFunction("document.activeElement?.id === 'tab-lifecycle'", undefined, { timeout: 5000 });
      assert.equal(await h.page.locator('#tab-lifecycle').getAttribute('aria-selected'), 'true');
      const outline = await h.page.evaluate<string>('getComputedStyle(document.activeElement).outlineStyle');
      assert.equal(outline, 'solid');
    });
  });

  describe('quiz', function () {
    const first = QUIZZES.models.questions[0];
    const second = QUIZZES.models.questions[1];

    it('explains an answer, reports it to the extension and counts it', async function () {
      if (!first || !second) throw new Error('the models quiz has fewer than two questions');
      await h.open();
      await h.send({ type: 'init', lang: 'en', progress: { answers: {} } });
      await h.send({ type: 'noDocument' });
      await waitFor(h, '#quiz-models');
      await h.page.locator(`[data-key="quiz-${first.id}-${first.answer}"]`).click();
      const wrong = (second.answer + 1) % second.choices.length;
      await h.page.locator(`[data-key="quiz-${second.id}-${wrong}"]`).click();
      await waitFor(h, `[data-question="${second.id}"] .feedback.is-wrong`);
      assert.equal(await h.page.locator(`[data-question="${first.id}"] .verdict`).textContent(), 'Correct.');
      assert.equal(await h.page.locator(`[data-question="${second.id}"] .verdict`).textContent(), 'Not quite.');
      assert.equal(await h.page.locator('#quiz-models .quiz-progress').textContent(), `1 of ${QUIZZES.models.questions.length} answered correctly`);
      const answers = (await h.posted()).filter((m) => m.type === 'quizAnswer');
      assert.deepEqual(answers, [
        { type: 'quizAnswer', questionId: first.id, choice: first.answer, correct: true },
        { type: 'quizAnswer', questionId: second.id, choice: wrong, correct: false },
      ]);
    });

    it('shows the progress the extension kept when the page is loaded again', async function () {
      if (!first) throw new Error('empty quiz');
      const progress: QuizProgress = { answers: { [first.id]: { choice: first.answer, correct: true } } };
      await h.open();
      await h.send({ type: 'init', lang: 'en', progress });
      await h.send({ type: 'noDocument' });
      await waitFor(h, `[data-question="${first.id}"] .feedback.is-correct`);
      assert.equal(await h.page.locator('#quiz-models .quiz-progress').getAttribute('data-correct'), '1');
      await h.page.locator('[data-key="quiz-reset-models"]').click();
      await h.page.locator(`[data-question="${first.id}"] .feedback`).waitFor({ state: 'detached', timeout: 5000 });
      const resets = (await h.posted()).filter((m) => m.type === 'quizReset');
      assert.equal(resets.length, 1);
    });
  });
});
