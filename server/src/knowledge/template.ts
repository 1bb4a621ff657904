/**
 * Fills `{name}` placeholders of a text template. Values are inserted as given: callers that render
 * markdown escape document text first. Unknown placeholders are left as written.
 */
export function fillTemplate(template: string, params: Readonly<Record<string, string>>): string {
  const parts = partsOf(template);
  if (parts.length === 1) return template;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (params[name] ?? `{${name}}`) + parts[i + 1]!;
  }
  return out;
}

/**
 * A template split once into text and placeholder names (`['Line ', 'line', ' of ', 'file', '']`), so filling it
 * is a few appends: the server fills one message per finding (thousands for a large file), and a regular
 * expression with a callback per fill cost about a sixth of a corpus lint. Templates come from the knowledge
 * tables (a few hundred); the cache stops growing at TEMPLATE_CACHE_MAX all the same.
 */
const compiled = new Map<string, readonly string[]>();
const TEMPLATE_CACHE_MAX = 4096;
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

function partsOf(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (parts !== undefined) return parts;
  const out: string[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    out.push(template.slice(last, m.index), m[1]!);
    last = m.index + m[0].length;
  }
  out.push(template.slice(last));
  parts = out;
  if (compiled.size < TEMPLATE_CACHE_MAX) compiled.set(template, parts);
  return parts;
}

/** The `{name}` placeholders of a template literal type: `Placeholders<'Line {line} of {file}'>` is `'line' | 'file'`. */
export type Placeholders<T extends string> = T extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/**
 * Typed `fillTemplate`: with a template from the `as const` tables (ui.ts), the parameter names are
 * checked at compile time. Escapes nothing: pass markdown-escaped values when the result is markdown.
 */
export function format<T extends string>(template: T, params: { readonly [K in Placeholders<T>]: string | number }): string {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries<string | number>(params)) values[key] = String(value);
  return fillTemplate(template, values);
}
