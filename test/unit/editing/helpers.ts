import { analyze, type DockerfileModel } from '../../../server/src/model/model';

/** A document with one `|` caret: the model of the text without it and the caret's offset. */
export function caret(doc: string): { model: DockerfileModel; offset: number } {
  const offset = doc.indexOf('|');
  if (offset < 0) throw new Error('no caret in test document');
  return { model: analyze(doc.slice(0, offset) + doc.slice(offset + 1)), offset };
}
