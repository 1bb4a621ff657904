/**
 * Fills `{name}` placeholders of a text template. Values are inserted as given: callers that render
 * markdown escape document text first. Unknown placeholders are left as written.
 */
export function fillTemplate(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (m, name: string) => params[name] ?? m);
}
