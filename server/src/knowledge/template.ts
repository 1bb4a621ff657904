/**
 * Fills `{name}` placeholders of a text template. Values are inserted as given: callers that render
 * markdown escape document text first. Unknown placeholders are left as written.
 */
export function fillTemplate(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (m, name: string) => params[name] ?? m);
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
