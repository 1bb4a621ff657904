/** Markdown helpers for hovers. Document text always goes through `escapeMarkdown` or `codeSpan`. */

/** Escapes every character markdown gives meaning to, so document text renders as text. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()<>#+\-.!|~&"'$:=@]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** Inline code that cannot be broken out of (a fence longer than any backtick run inside). */
export function codeSpan(s: string): string {
  const oneLine = s.replace(/\r?\n/g, ' ');
  let longest = 0;
  for (const m of oneLine.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') || oneLine.length === 0 ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/** A fenced code block that cannot be closed by its content. */
export function codeBlock(code: string, language: string): string {
  let longest = 2;
  for (const m of code.matchAll(/`{3,}/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${code}\n${fence}`;
}

/** A `command:` link to one of our own commands, with JSON arguments. */
export function commandLink(label: string, command: string, args: unknown): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}
