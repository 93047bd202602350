/** Fake `@web/core/registry` for tests: a category map like Odoo's registry. */
const categories = new Map<string, Map<string, unknown>>();

export const registry = {
  category(name: string) {
    let c = categories.get(name);
    if (!c) {
      c = new Map();
      categories.set(name, c);
    }
    const cat = c;
    const api = {
      add(key: string, value: unknown) {
        cat.set(key, value);
        return api;
      },
      get(key: string, d?: unknown) {
        return cat.has(key) ? cat.get(key) : d;
      },
      contains(key: string) {
        return cat.has(key);
      },
    };
    return api;
  },
};
