/**
 * Pieces of Dockerfile text that matter to how lines join: newlines, escapes, heredocs, comments, directives. Random
 * texts made of them reach the parser's corners far more often than random characters.
 */
export const DOCKERFILE_PIECES = [
  'FROM a\n', 'FROM b AS c\n', 'RUN x', 'RUN ', 'COPY ', 'ONBUILD ', 'ENV ', 'ARG ', 'LABEL ', 'a=b', '$A', '${A:-b}',
  '\n', '\n', '\n', '\r\n', ' ', '\t', '\\', '\\\n', '`', '`\n', '"', "'", '#', '# c\n', '# escape=`\n', '# escape=\\\n',
  '# syntax=x\n', '<<EOF', '<<-EOF', '<<', 'EOF\n', 'EOF', '\tEOF\n', '[', ']', '["a"]', '--from=c ', '\uFEFF', 'x',
];
