/**
 * The field a refusal names for a value at `path` inside a request's arguments, given as the
 * names from the argument (or variable) down: the argument or variable that wraps an input
 * object is dropped (`input.title` is `title`), list positions are not names, and a plain
 * argument names itself (`search`).
 */
export function inputField(path: readonly string[]): string {
  const named = path.filter((part) => !/^\d+$/.test(part));
  return (named.length > 1 ? named.slice(1) : named).join('.');
}
