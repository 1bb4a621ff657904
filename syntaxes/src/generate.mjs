// @ts-check
// Generates syntaxes/dockerfile.tmLanguage.json.
//
//   node syntaxes/src/generate.mjs          write the grammar
//   node syntaxes/src/generate.mjs --check  exit 1 when the committed grammar is stale
//
// Why a generator: the escape character of a Dockerfile (`\` by default, `` ` `` after `# escape=``)
// changes line continuations and escapes everywhere, and TextMate cannot switch a character at run
// time. So the grammar holds every escape-dependent rule twice, once per escape character, and a
// top-level region that starts on the `# escape=`` directive line selects the backtick copy for the
// rest of the file. Writing both copies by hand would drift; here they come from one function.
//
// How the builder reads a file (facts from BuildKit's frontend/dockerfile/parser):
// - parser directives are `#` at column 0, then `key = value` with key syntax/escape/check (any case),
//   only in the leading run of such lines; the first other line (comment, blank, instruction) ends it.
// - a line ending in the escape character (plus blanks) continues; an escaped escape does not.
//   Inside a continuation, comment lines and blank lines are skipped.
// - RUN, COPY and ADD (also after ONBUILD) may carry heredocs: a word `<<NAME`, `<<-NAME`,
//   `<<"NAME"`, `<<'NAME'`; the body ends at a line equal to NAME (with `<<-`, after leading tabs).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', 'dockerfile.tmLanguage.json');

const INSTRUCTIONS = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
];

/** A directive line (BuildKit: `#` at column 0, key, `=`, non-empty value). */
const DIRECTIVE_SHAPE = String.raw`#[ \t]*(?i:syntax|escape|check)[ \t]*=[ \t]*\S`;

/** Start of an instruction keyword: at a line start, or right after ONBUILD (the \G anchor). */
const kw = (/** @type {string} */ word) => String.raw`(?:^|\G)[ \t]*((?i:${word}))(?=[ \t]|$)`;

/** A word start: not preceded by a non-blank character. */
const WORD_START = String.raw`(?<![^\s])`;

/**
 * The rules that depend on the escape character.
 * @param {'bs' | 'bt'} variant  bs = backslash (default), bt = backtick (`# escape=``)
 */
function variantRules(variant) {
  const E = variant === 'bs' ? String.raw`\\` : '`';
  const r = (/** @type {string} */ name) => `#${name}-${variant}`;
  const inc = (/** @type {string} */ name) => ({ include: r(name) });
  /** @type {Record<string, object>} */
  const rules = {};
  const add = (/** @type {string} */ name, /** @type {object} */ rule) => {
    rules[`${name}-${variant}`] = rule;
  };

  add('body', {
    patterns: [
      { include: '#comment' },
      ...INSTRUCTIONS.map((i) => inc(`instruction-${i.toLowerCase()}`)),
      { include: '#unknown-instruction' },
    ],
  });

  // A continuation swallows the comment lines and blank lines that follow it, so that the
  // instruction's own `$` end only fires at a line that really ends the instruction.
  add('continuation', {
    begin: String.raw`(?<!${E})(${E})[ \t]*$`,
    beginCaptures: { 1: { name: 'constant.character.escape.line-continuation.dockerfile' } },
    end: String.raw`^(?![ \t]*(?:#|$))`,
    patterns: [{ include: '#comment' }],
  });

  add('escape', { match: `${E}.`, name: 'constant.character.escape.dockerfile' });

  add('string-double', {
    begin: '"',
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.dockerfile' } },
    end: '(")|(?=$)',
    endCaptures: { 1: { name: 'punctuation.definition.string.end.dockerfile' } },
    name: 'string.quoted.double.dockerfile',
    patterns: [inc('continuation'), inc('escape'), inc('variable')],
  });

  add('string-single', {
    begin: "'",
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.dockerfile' } },
    end: "(')|(?=$)",
    endCaptures: { 1: { name: 'punctuation.definition.string.end.dockerfile' } },
    name: 'string.quoted.single.dockerfile',
    patterns: [inc('continuation')],
  });

  add('variable', {
    patterns: [
      {
        begin: String.raw`(\$)(\{)([A-Za-z_][A-Za-z0-9_]*)`,
        beginCaptures: {
          1: { name: 'punctuation.definition.variable.dockerfile' },
          2: { name: 'punctuation.section.braces.begin.dockerfile' },
          3: { name: 'variable.other.dockerfile' },
        },
        end: String.raw`(\})|(?=$)`,
        endCaptures: { 1: { name: 'punctuation.section.braces.end.dockerfile' } },
        name: 'meta.parameter-expansion.dockerfile',
        patterns: [
          {
            begin: String.raw`\G(:?[-+?]|##?|%%?|//?)`,
            beginCaptures: { 1: { name: 'keyword.operator.expansion.dockerfile' } },
            end: String.raw`(?=\})|(?=$)`,
            contentName: 'string.unquoted.expansion-word.dockerfile',
            patterns: [inc('continuation'), inc('escape'), inc('variable'), inc('string-double'), inc('string-single')],
          },
          { match: String.raw`[^}]+?(?=\}|$)`, name: 'invalid.illegal.expansion.dockerfile' },
        ],
      },
      {
        match: String.raw`(\$)([A-Za-z_][A-Za-z0-9_]*)`,
        captures: {
          1: { name: 'punctuation.definition.variable.dockerfile' },
          2: { name: 'variable.other.dockerfile' },
        },
      },
    ],
  });

  // Arguments: quoted strings, escapes and variables.
  add('words', { patterns: [inc('continuation'), inc('string-double'), inc('string-single'), inc('escape'), inc('variable')] });

  // --name, --name=value, value split into key=value,... pairs (for --mount, --secret, ...).
  add('flag', {
    patterns: [
      {
        begin: String.raw`${WORD_START}(--)((?i:from))(=)`,
        beginCaptures: {
          1: { name: 'punctuation.definition.flag.dockerfile' },
          2: { name: 'entity.other.attribute-name.flag.dockerfile' },
          3: { name: 'keyword.operator.assignment.dockerfile' },
        },
        end: String.raw`(?=\s|$)`,
        name: 'meta.flag.dockerfile',
        patterns: [inc('continuation'), inc('stage-reference')],
      },
      {
        begin: String.raw`${WORD_START}(--)([A-Za-z][A-Za-z0-9-]*)(=)`,
        beginCaptures: {
          1: { name: 'punctuation.definition.flag.dockerfile' },
          2: { name: 'entity.other.attribute-name.flag.dockerfile' },
          3: { name: 'keyword.operator.assignment.dockerfile' },
        },
        end: String.raw`(?=\s|$)`,
        name: 'meta.flag.dockerfile',
        patterns: [
          inc('continuation'),
          {
            begin: String.raw`(?<=[=,])((?i:from))(=)`,
            beginCaptures: {
              1: { name: 'support.type.property-name.dockerfile' },
              2: { name: 'keyword.operator.assignment.dockerfile' },
            },
            end: String.raw`(?=[,\s]|$)`,
            patterns: [inc('stage-reference')],
          },
          {
            match: String.raw`(?<=[=,])([A-Za-z][A-Za-z0-9_-]*)(=)`,
            captures: {
              1: { name: 'support.type.property-name.dockerfile' },
              2: { name: 'keyword.operator.assignment.dockerfile' },
            },
          },
          { match: ',', name: 'punctuation.separator.comma.dockerfile' },
          inc('string-double'),
          inc('string-single'),
          inc('escape'),
          inc('variable'),
          { match: String.raw`[^\s,=$"'${E}]+`, name: 'string.unquoted.flag-value.dockerfile' },
        ],
      },
      {
        match: String.raw`${WORD_START}(--)([A-Za-z][A-Za-z0-9-]*)(?=\s|$)`,
        captures: {
          1: { name: 'punctuation.definition.flag.dockerfile' },
          2: { name: 'entity.other.attribute-name.flag.dockerfile' },
        },
        name: 'meta.flag.dockerfile',
      },
    ],
  });

  // A stage name, a stage index, or (for COPY --from) an image reference.
  add('stage-reference', {
    patterns: [
      inc('variable'),
      { match: String.raw`\G[0-9]+(?=[\s,]|$)`, name: 'constant.numeric.stage-index.dockerfile' },
      { match: String.raw`[^\s,$"'${E}]+`, name: 'entity.name.function.stage.dockerfile' },
    ],
  });

  // Exec form: a JSON array of strings. What JSON does not allow is marked invalid: BuildKit would
  // silently run such a line through the shell instead.
  add('exec-form', {
    // `RUN [ "$a" = b ]` is a shell test, not an exec form: the first string must be followed by , or ].
    begin: String.raw`${WORD_START}(\[)(?=[ \t]*(?:"(?:[^"\\]|\\.)*"[ \t]*(?:,|\]|${E}[ \t]*$)|'|\]|${E}[ \t]*$))`,
    beginCaptures: { 1: { name: 'punctuation.definition.array.begin.dockerfile' } },
    end: String.raw`(\])|(?=$)`,
    endCaptures: { 1: { name: 'punctuation.definition.array.end.dockerfile' } },
    name: 'meta.exec-form.dockerfile',
    patterns: [
      inc('continuation'),
      {
        begin: '"',
        beginCaptures: { 0: { name: 'punctuation.definition.string.begin.dockerfile' } },
        end: '(")|(?=$)',
        endCaptures: { 1: { name: 'punctuation.definition.string.end.dockerfile' } },
        name: 'string.quoted.double.json.dockerfile',
        patterns: [
          inc('continuation'),
          { match: String.raw`\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})`, name: 'constant.character.escape.json.dockerfile' },
          { match: String.raw`\\.?`, name: 'invalid.illegal.unrecognized-string-escape.dockerfile' },
        ],
      },
      { match: String.raw`,(?=[ \t]*\])`, name: 'invalid.illegal.trailing-comma.dockerfile' },
      { match: ',', name: 'punctuation.separator.array.dockerfile' },
      { match: String.raw`'[^']*'?`, name: 'invalid.illegal.single-quoted-string.dockerfile' },
      { match: String.raw`[^\s,\]"]+`, name: 'invalid.illegal.expected-string.dockerfile' },
    ],
  });

  // Heredocs. Body lines run in a begin/while region that ends at any single-word line, so that the
  // region holding the delimiter (which only it knows) gets a chance to end there; if that line was
  // not the delimiter, the body simply starts again on it.
  /**
   * @param {string} kind 'run' | 'text' | 'text-literal'
   * @param {boolean} dash
   */
  const heredoc = (kind, dash) => {
    const quote = kind === 'text' ? '()' : String.raw`(["']?)`;
    const name = kind === 'text-literal' ? String.raw`(["'])([^\s<"'${E}]+)(\3)` : String.raw`${quote}([^\s<"'${E}]+)(\3)`;
    const body =
      kind === 'run'
        ? { contentName: 'meta.embedded.block.shell', patterns: [{ include: 'source.shell' }] }
        : { contentName: 'string.unquoted.heredoc.dockerfile', patterns: kind === 'text' ? [inc('variable')] : [] };
    return {
      begin: String.raw`${WORD_START}([0-9]*)(<<${dash ? '-' : ''})${name}`,
      beginCaptures: {
        1: { name: 'constant.numeric.file-descriptor.dockerfile' },
        2: { name: 'keyword.operator.heredoc.dockerfile' },
        3: { name: 'punctuation.definition.string.begin.dockerfile' },
        4: { name: 'keyword.control.heredoc-token.dockerfile' },
        5: { name: 'punctuation.definition.string.end.dockerfile' },
      },
      end: String.raw`^${dash ? String.raw`\t*` : ''}(\4)$`,
      endCaptures: { 1: { name: 'keyword.control.heredoc-token.dockerfile' } },
      name: 'meta.heredoc.dockerfile',
      patterns: [
        {
          begin: String.raw`\G(?=[^\n])`,
          end: '$',
          patterns: kind === 'run' ? [inc('shell-command-line')] : [inc('flag'), inc('words')],
        },
        { begin: '^', while: String.raw`^(?!\t*[^\s]+$)`, ...body },
      ],
    };
  };
  add('heredoc-run', { patterns: [heredoc('run', true), heredoc('run', false)] });
  add('heredoc-text', {
    patterns: [heredoc('text-literal', true), heredoc('text-literal', false), heredoc('text', true), heredoc('text', false)],
  });

  // Shell form. With the default escape the command is shell, embedded as source.shell. A file
  // with `# escape=`` is a Windows file whose commands are cmd or PowerShell: no shell embedding.
  if (variant === 'bs') {
    add('shell-form', {
      begin: String.raw`(?=[^\s])`,
      end: '$',
      contentName: 'meta.embedded.line.shell',
      patterns: [inc('continuation'), inc('heredoc-run'), { include: 'source.shell' }],
    });
    add('shell-command-line', { patterns: [{ include: 'source.shell' }] });
  } else {
    add('shell-form', {
      begin: String.raw`(?=[^\s])`,
      end: '$',
      name: 'meta.command.dockerfile',
      patterns: [inc('continuation'), inc('heredoc-run'), inc('command-string-double'), inc('string-single')],
    });
    add('shell-command-line', { patterns: [inc('command-string-double'), inc('string-single')] });
    // The builder does not expand variables in RUN/CMD: `${env:PATH}` here is PowerShell's.
    add('command-string-double', {
      begin: '"',
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.dockerfile' } },
      end: '(")|(?=$)',
      endCaptures: { 1: { name: 'punctuation.definition.string.end.dockerfile' } },
      name: 'string.quoted.double.dockerfile',
      patterns: [inc('continuation')],
    });
  }

  // Image reference: [registry/]name[:tag][@digest], any part may hold variables.
  add('image-reference', {
    begin: String.raw`${WORD_START}(?=[^\s])`,
    end: String.raw`(?=\s|$)`,
    name: 'meta.image-reference.dockerfile',
    patterns: [
      inc('continuation'),
      { match: String.raw`\G(?i:scratch)(?=\s|$)`, name: 'constant.language.scratch.dockerfile' },
      {
        match: String.raw`\G((?:[A-Za-z0-9-]+\.)+[A-Za-z0-9-]+(?::[0-9]+)?|[A-Za-z0-9-]+:[0-9]+|localhost)(/)`,
        captures: {
          1: { name: 'entity.name.namespace.registry.dockerfile' },
          2: { name: 'punctuation.separator.path.dockerfile' },
        },
      },
      inc('variable'),
      {
        match: String.raw`(@)([^\s${E}]+)`,
        captures: {
          1: { name: 'punctuation.separator.digest.dockerfile' },
          2: { name: 'constant.numeric.digest.dockerfile' },
        },
      },
      {
        begin: ':',
        beginCaptures: { 0: { name: 'punctuation.separator.tag.dockerfile' } },
        end: String.raw`(?=[\s@]|$)`,
        patterns: [inc('continuation'), inc('variable'), { match: String.raw`[^\s@$${E}]+`, name: 'constant.other.tag.dockerfile' }],
      },
      { match: String.raw`[^\s:@$${E}]+`, name: 'entity.name.type.image.dockerfile' },
    ],
  });

  const instruction = (/** @type {string} */ word, /** @type {object[]} */ patterns) =>
    add(`instruction-${word.toLowerCase()}`, {
      begin: kw(word),
      beginCaptures: { 1: { name: 'keyword.other.special-method.dockerfile' } },
      end: '$',
      name: `meta.instruction.${word.toLowerCase()}.dockerfile`,
      patterns: [inc('continuation'), ...patterns],
    });

  instruction('FROM', [
    inc('flag'),
    {
      match: String.raw`${WORD_START}((?i:AS))[ \t]+([^\s]+)`,
      captures: {
        1: { name: 'keyword.control.as.dockerfile' },
        2: { name: 'entity.name.function.stage.dockerfile' },
      },
    },
    inc('image-reference'),
  ]);
  instruction('RUN', [inc('flag'), inc('exec-form'), inc('heredoc-run'), inc('shell-form')]);
  instruction('CMD', [inc('exec-form'), inc('shell-form')]);
  instruction('ENTRYPOINT', [inc('exec-form'), inc('shell-form')]);
  instruction('SHELL', [inc('exec-form'), inc('words')]);
  instruction('COPY', [inc('flag'), inc('exec-form'), inc('heredoc-text'), inc('words')]);
  instruction('ADD', [inc('flag'), inc('exec-form'), inc('heredoc-text'), inc('words')]);
  instruction('ENV', [
    {
      // Legacy form `ENV KEY value…`: the first word holds no `=`.
      match: String.raw`\G[ \t]+([^\s=${E}]+)(?=[ \t]+[^\s])`,
      captures: { 1: { name: 'variable.other.env.dockerfile' } },
    },
    {
      match: String.raw`${WORD_START}([^\s=$"'${E}]+)(=)`,
      captures: {
        1: { name: 'variable.other.env.dockerfile' },
        2: { name: 'keyword.operator.assignment.dockerfile' },
      },
    },
    inc('words'),
  ]);
  instruction('ARG', [
    {
      match: String.raw`${WORD_START}([^\s=$"'${E}]+)(=)?`,
      captures: {
        1: { name: 'variable.other.arg.dockerfile' },
        2: { name: 'keyword.operator.assignment.dockerfile' },
      },
    },
    inc('words'),
  ]);
  instruction('LABEL', [
    {
      match: String.raw`${WORD_START}([^\s=$"'${E}]+)(=)`,
      captures: {
        1: { name: 'support.type.property-name.label.dockerfile' },
        2: { name: 'keyword.operator.assignment.dockerfile' },
      },
    },
    inc('words'),
  ]);
  instruction('EXPOSE', [
    {
      match: String.raw`${WORD_START}([0-9]+)(?:(-)([0-9]+))?(?:(/)([A-Za-z]+))?(?=\s|$)`,
      captures: {
        1: { name: 'constant.numeric.port.dockerfile' },
        2: { name: 'punctuation.separator.range.dockerfile' },
        3: { name: 'constant.numeric.port.dockerfile' },
        4: { name: 'punctuation.separator.protocol.dockerfile' },
        5: { name: 'support.constant.protocol.dockerfile' },
      },
    },
    inc('words'),
  ]);
  instruction('USER', [{ match: String.raw`(?<![^\s:])[0-9]+(?=[\s:]|$)`, name: 'constant.numeric.id.dockerfile' }, inc('words')]);
  instruction('WORKDIR', [inc('words')]);
  instruction('VOLUME', [inc('exec-form'), inc('words')]);
  instruction('STOPSIGNAL', [
    { match: String.raw`${WORD_START}(?i:SIG)[A-Za-z0-9+-]+`, name: 'support.constant.signal.dockerfile' },
    { match: String.raw`${WORD_START}[0-9]+(?=\s|$)`, name: 'constant.numeric.signal.dockerfile' },
    inc('words'),
  ]);
  instruction('MAINTAINER', [inc('words')]);
  instruction('HEALTHCHECK', [
    inc('flag'),
    { match: String.raw`${WORD_START}(?i:NONE)(?=\s|$)`, name: 'constant.language.none.dockerfile' },
    {
      begin: String.raw`${WORD_START}((?i:CMD))(?=\s|$)`,
      beginCaptures: { 1: { name: 'keyword.other.special-method.dockerfile' } },
      end: '(?=$)',
      patterns: [inc('continuation'), inc('exec-form'), inc('shell-form')],
    },
  ]);
  add('instruction-onbuild', {
    begin: kw('ONBUILD'),
    beginCaptures: { 1: { name: 'keyword.control.onbuild.dockerfile' } },
    end: '$',
    name: 'meta.instruction.onbuild.dockerfile',
    patterns: [inc('continuation'), ...INSTRUCTIONS.filter((i) => i !== 'ONBUILD').map((i) => inc(`instruction-${i.toLowerCase()}`))],
  });
  return rules;
}

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Dockerfile',
  scopeName: 'source.dockerfile',
  comment: 'Generated by syntaxes/src/generate.mjs: edit that file, then run it.',
  patterns: [{ include: '#directives' }, { include: '#body-bs' }],
  repository: {
    // The leading run of parser directive lines. `# escape=`` switches the rest of the file.
    directives: {
      begin: String.raw`\A(?=${DIRECTIVE_SHAPE})`,
      end: String.raw`^(?!${DIRECTIVE_SHAPE})`,
      patterns: [{ include: '#escape-backtick' }, { include: '#directive' }],
    },
    'escape-backtick': {
      begin: String.raw`^(#)[ \t]*((?i:escape))[ \t]*(=)[ \t]*(\`)[ \t]*$`,
      beginCaptures: {
        0: { name: 'meta.preprocessor.directive.dockerfile' },
        1: { name: 'punctuation.definition.directive.dockerfile' },
        2: { name: 'keyword.control.directive.dockerfile' },
        3: { name: 'keyword.operator.assignment.dockerfile' },
        4: { name: 'constant.character.escape.directive-value.dockerfile' },
      },
      end: '(?!)',
      patterns: [
        {
          begin: String.raw`\G`,
          end: String.raw`^(?!${DIRECTIVE_SHAPE})`,
          patterns: [{ include: '#directive' }],
        },
        { include: '#body-bt' },
      ],
    },
    directive: {
      patterns: [
        {
          // escape accepts only a backslash here (the backtick is handled by escape-backtick).
          match: String.raw`^(#)[ \t]*((?i:escape))[ \t]*(=)[ \t]*(?:(\\)|(.+?))[ \t]*$`,
          name: 'meta.preprocessor.directive.dockerfile',
          captures: {
            1: { name: 'punctuation.definition.directive.dockerfile' },
            2: { name: 'keyword.control.directive.dockerfile' },
            3: { name: 'keyword.operator.assignment.dockerfile' },
            4: { name: 'constant.character.escape.directive-value.dockerfile' },
            5: { name: 'invalid.illegal.escape-value.dockerfile' },
          },
        },
        {
          match: String.raw`^(#)[ \t]*((?i:syntax|check))[ \t]*(=)[ \t]*(.+?)[ \t]*$`,
          name: 'meta.preprocessor.directive.dockerfile',
          captures: {
            1: { name: 'punctuation.definition.directive.dockerfile' },
            2: { name: 'keyword.control.directive.dockerfile' },
            3: { name: 'keyword.operator.assignment.dockerfile' },
            4: { name: 'string.unquoted.directive-value.dockerfile' },
          },
        },
      ],
    },
    comment: {
      match: String.raw`^[ \t]*(#).*$`,
      name: 'comment.line.number-sign.dockerfile',
      captures: { 1: { name: 'punctuation.definition.comment.dockerfile' } },
    },
    'unknown-instruction': {
      match: String.raw`^[ \t]*([A-Za-z][A-Za-z0-9_-]*)(?=[ \t]|$)`,
      captures: { 1: { name: 'invalid.illegal.unknown-instruction.dockerfile' } },
    },
    ...variantRules('bs'),
    ...variantRules('bt'),
  },
};

const text = `${JSON.stringify(grammar, null, 2)}\n`;
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    process.stderr.write('syntaxes/dockerfile.tmLanguage.json is stale: run node syntaxes/src/generate.mjs\n');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
