/** A "check yourself" quiz: one group of choice buttons per question, the explanation after an answer. */
import type { PanelView } from '../../common/src/panelMessages';
import type { Quiz, QuizQuestion } from '../../server/src/knowledge/panel/types';
import { loc, notesLink, section, t } from './context';
import type { Ctx } from './context';
import { fill, h, paragraphs } from './dom';

export function renderQuiz(ctx: Ctx, view: PanelView, quiz: Quiz): HTMLElement {
  const answers = ctx.model.progress.answers;
  const total = quiz.questions.length;
  const correct = quiz.questions.filter((q) => answers[q.id]?.correct === true).length;
  const reset = h('button', { type: 'button', class: 'secondary', 'data-key': `quiz-reset-${view}` }, t(ctx, 'quizReset'));
  reset.addEventListener('click', () => {
    const questionIds = quiz.questions.map((q) => q.id);
    ctx.dispatch({ type: 'reset', questionIds });
    ctx.post({ type: 'quizReset', questionIds });
  });
  return section(
    `quiz-${view}`,
    fill(loc(ctx, quiz.title)),
    h('p', { class: 'quiz-progress', role: 'status', 'data-correct': correct, 'data-total': total }, t(ctx, 'quizProgress', { correct, total })),
    h('ol', { class: 'quiz' }, quiz.questions.map((q, i) => questionItem(ctx, q, i))),
    reset,
  );
}

function questionItem(ctx: Ctx, q: QuizQuestion, index: number): HTMLElement {
  const answered = ctx.model.progress.answers[q.id];
  const promptId = `q-${q.id.replace(/\./g, '-')}`;
  const choices = q.choices.map((choice, i) => {
    const picked = answered?.choice === i;
    const cls = ['choice', picked ? 'picked' : '', answered && i === q.answer ? 'right' : '', picked && !answered.correct ? 'wrong' : ''].filter(Boolean).join(' ');
    const button = h('button', { type: 'button', class: cls, 'data-key': `quiz-${q.id}-${i}`, 'data-choice': i, 'aria-pressed': picked ? 'true' : 'false' }, fill(loc(ctx, choice)));
    button.addEventListener('click', () => {
      const correct = i === q.answer;
      ctx.dispatch({ type: 'answer', questionId: q.id, choice: i, correct });
      ctx.post({ type: 'quizAnswer', questionId: q.id, choice: i, correct });
    });
    return h('li', {}, button);
  });
  const feedback = answered
    ? h(
        'div',
        { class: `feedback ${answered.correct ? 'is-correct' : 'is-wrong'}`, role: 'status' },
        h('p', { class: 'verdict' }, t(ctx, answered.correct ? 'quizCorrect' : 'quizWrong')),
        paragraphs(loc(ctx, q.explanation)),
        notesLink(ctx, q.section),
      )
    : null;
  return h(
    'li',
    { class: 'question', 'data-question': q.id },
    h('p', { class: 'prompt', id: promptId }, h('span', { class: 'question-no' }, t(ctx, 'quizQuestion', { n: index + 1 })), ' ', fill(loc(ctx, q.prompt))),
    h('ul', { class: 'plain choices', role: 'group', 'aria-labelledby': promptId }, choices),
    feedback,
  );
}
