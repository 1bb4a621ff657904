import assert from 'node:assert/strict';
import { OVERLAPPING_EXTENSIONS, decideOverlapHint, rememberHinted, type OverlapState } from '../../client/src/overlap';

const base: OverlapState = { installed: [], hinted: [], diagnostics: true, hovers: true };

describe('overlap with other Docker extensions: the one-time hint', () => {
  it('stays silent when none of the overlapping extensions is installed', () => {
    assert.deepEqual(decideOverlapHint({ ...base, installed: ['ms-python.python', 'redhat.vscode-yaml'] }), { show: false });
  });

  it('offers the choice when Container Tools, the older Docker extension or Docker DX is installed', () => {
    for (const id of ['ms-azuretools.vscode-containers', 'ms-azuretools.vscode-docker', 'docker.docker']) {
      const d = decideOverlapHint({ ...base, installed: [id] });
      assert.ok(d.show, id);
      assert.deepEqual(d.extensions.map((e) => e.id), [id]);
    }
  });

  it('matches extension ids without regard to case, as VS Code does', () => {
    const d = decideOverlapHint({ ...base, installed: ['Docker.Docker'] });
    assert.ok(d.show);
    assert.equal(d.extensions[0]?.name, 'Docker DX');
  });

  it('does not show the hint again for an extension it was shown for, across restarts', () => {
    const first = decideOverlapHint({ ...base, installed: ['docker.docker'] });
    assert.ok(first.show);
    const stored = rememberHinted([], first.extensions);
    assert.deepEqual(decideOverlapHint({ ...base, installed: ['docker.docker'], hinted: stored }), { show: false });
  });

  it('shows it once more, naming only the new one, when another overlapping extension is installed later', () => {
    const stored = rememberHinted([], OVERLAPPING_EXTENSIONS.filter((e) => e.id === 'docker.docker'));
    const d = decideOverlapHint({ ...base, installed: ['docker.docker', 'ms-azuretools.vscode-containers'], hinted: stored });
    assert.ok(d.show);
    assert.deepEqual(d.extensions.map((e) => e.id), ['ms-azuretools.vscode-containers']);
    assert.deepEqual(rememberHinted(stored, d.extensions), ['docker.docker', 'ms-azuretools.vscode-containers']);
  });

  it('stays silent when the user already switched off both our diagnostics and hovers', () => {
    assert.deepEqual(decideOverlapHint({ ...base, installed: ['docker.docker'], diagnostics: false, hovers: false }), { show: false });
  });

  it('still offers the choice when only one of our overlapping parts is off', () => {
    assert.ok(decideOverlapHint({ ...base, installed: ['docker.docker'], hovers: false }).show);
  });
});
