/**
 * Expands a VS Code snippet body the way the editor does when the user accepts every default:
 * tabstops (`$1`, `${1}`), placeholders (`${1:default}`, nested), choices (`${1|a,b|}` → the first
 * choice), mirrors (a tabstop used twice shows the same text), variables (`$NAME`, `${NAME}`,
 * `${NAME:default}`; an unknown variable becomes its own name, as in VS Code) and escapes (`\$`,
 * `\}`, `\\`, and `\,` `\|` inside choices). `$0` is the final cursor and expands to nothing.
 * Variable transforms (`${NAME/regex/format/}`) are not used by our snippets and are rejected.
 *
 * Grammar: https://code.visualstudio.com/docs/editor/userdefinedsnippets#_grammar
 */

type Node =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'tabstop'; readonly index: number; readonly children: readonly Node[] | undefined }
  | { readonly kind: 'choice'; readonly index: number; readonly options: readonly string[] }
  | { readonly kind: 'variable'; readonly name: string; readonly children: readonly Node[] | undefined };

export class SnippetSyntaxError extends Error {}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parseAll(): Node[] {
    const nodes = this.parseUntil(false);
    if (this.pos < this.src.length) throw new SnippetSyntaxError(`unexpected '}' at ${this.pos}`);
    return nodes;
  }

  /** Parses until the end, or until an unescaped `}` when `inside` (the `}` is not consumed). */
  private parseUntil(inside: boolean): Node[] {
    const nodes: Node[] = [];
    let text = '';
    const flush = (): void => {
      if (text !== '') nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]!;
      if (c === '\\') {
        const next = this.src[this.pos + 1];
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          this.pos += 2;
        } else {
          text += c;
          this.pos += 1;
        }
      } else if (c === '}' && inside) {
        break;
      } else if (c === '$') {
        const node = this.parseDollar();
        if (node === undefined) {
          text += '$';
          this.pos += 1;
        } else {
          flush();
          nodes.push(node);
        }
      } else {
        text += c;
        this.pos += 1;
      }
    }
    flush();
    return nodes;
  }

  private match(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.src);
    if (m !== null) this.pos = re.lastIndex;
    return m;
  }

  /** At a `$`: returns the construct, or undefined when the `$` is plain text. */
  private parseDollar(): Node | undefined {
    const start = this.pos;
    let m = this.match(/\$([0-9]+)/y);
    if (m !== null) return { kind: 'tabstop', index: Number(m[1]), children: undefined };
    m = this.match(/\$([A-Za-z_][A-Za-z0-9_]*)/y);
    if (m !== null) return { kind: 'variable', name: m[1]!, children: undefined };
    m = this.match(/\$\{([0-9]+)/y);
    if (m !== null) {
      const index = Number(m[1]);
      if (this.match(/\}/y) !== null) return { kind: 'tabstop', index, children: undefined };
      if (this.match(/:/y) !== null) {
        const children = this.parseUntil(true);
        this.expect('}', start);
        return { kind: 'tabstop', index, children };
      }
      if (this.match(/\|/y) !== null) return { kind: 'choice', index, options: this.parseChoices(start) };
      throw new SnippetSyntaxError(`bad tabstop at ${start}`);
    }
    m = this.match(/\$\{([A-Za-z_][A-Za-z0-9_]*)/y);
    if (m !== null) {
      const name = m[1]!;
      if (this.match(/\}/y) !== null) return { kind: 'variable', name, children: undefined };
      if (this.match(/:/y) !== null) {
        const children = this.parseUntil(true);
        this.expect('}', start);
        return { kind: 'variable', name, children };
      }
      if (this.src[this.pos] === '/') throw new SnippetSyntaxError(`variable transforms are not supported (at ${start})`);
      throw new SnippetSyntaxError(`bad variable at ${start}`);
    }
    return undefined;
  }

  private parseChoices(start: number): string[] {
    const options: string[] = [];
    let current = '';
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]!;
      if (c === '\\' && this.pos + 1 < this.src.length && ',|\\$}'.includes(this.src[this.pos + 1]!)) {
        current += this.src[this.pos + 1]!;
        this.pos += 2;
      } else if (c === ',') {
        options.push(current);
        current = '';
        this.pos += 1;
      } else if (c === '|' && this.src[this.pos + 1] === '}') {
        options.push(current);
        this.pos += 2;
        return options;
      } else {
        current += c;
        this.pos += 1;
      }
    }
    throw new SnippetSyntaxError(`unterminated choice at ${start}`);
  }

  private expect(ch: string, start: number): void {
    if (this.src[this.pos] !== ch) throw new SnippetSyntaxError(`expected '${ch}' for the construct at ${start}`);
    this.pos += 1;
  }
}

export function parseSnippet(body: string): Node[] {
  return new Parser(body).parseAll();
}

/** Every choice in the body, by tabstop: the placeholders a user picks from. */
export function choicesOf(body: string): Map<number, readonly string[]> {
  const result = new Map<number, readonly string[]>();
  const walk = (nodes: readonly Node[]): void => {
    for (const n of nodes) {
      if (n.kind === 'choice' && !result.has(n.index)) result.set(n.index, n.options);
      if ((n.kind === 'tabstop' || n.kind === 'variable') && n.children) walk(n.children);
    }
  };
  walk(parseSnippet(body));
  return result;
}

/**
 * Expands `body` with every default accepted. `variables` supplies values for snippet variables
 * (TM_FILENAME, …); a variable without a value falls back to its default, else to its name.
 */
export function expandSnippet(body: string | readonly string[], variables: Readonly<Record<string, string>> = {}): string {
  const text = typeof body === 'string' ? body : body.join('\n');
  const nodes = parseSnippet(text);

  // A tabstop's text comes from its first occurrence that has a placeholder or choice; the other
  // occurrences mirror it.
  const defaults = new Map<number, readonly Node[] | string>();
  const collect = (list: readonly Node[]): void => {
    for (const n of list) {
      if (n.kind === 'tabstop' && n.children !== undefined) {
        if (!defaults.has(n.index)) defaults.set(n.index, n.children);
        collect(n.children);
      } else if (n.kind === 'choice') {
        if (!defaults.has(n.index)) defaults.set(n.index, n.options[0] ?? '');
      } else if (n.kind === 'variable' && n.children !== undefined) {
        collect(n.children);
      }
    }
  };
  collect(nodes);

  const render = (list: readonly Node[], active: ReadonlySet<number>): string =>
    list
      .map((n): string => {
        switch (n.kind) {
          case 'text':
            return n.value;
          case 'choice':
          case 'tabstop': {
            if (n.index === 0 || active.has(n.index)) return '';
            const d = defaults.get(n.index);
            if (d === undefined) return '';
            if (typeof d === 'string') return d;
            return render(d, new Set([...active, n.index]));
          }
          case 'variable': {
            const value = variables[n.name];
            if (value !== undefined) return value;
            return n.children !== undefined ? render(n.children, active) : n.name;
          }
        }
      })
      .join('');
  return render(nodes, new Set());
}
