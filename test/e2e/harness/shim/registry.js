// Harness stand-in for Odoo's @web/core/registry (one shared instance through the import map).
const categories = new Map();

export const registry = {
  category(name) {
    if (!categories.has(name)) categories.set(name, new Map());
    const cat = categories.get(name);
    const api = {
      add(key, value) {
        cat.set(key, value);
        return api;
      },
      get(key, d) {
        return cat.has(key) ? cat.get(key) : d;
      },
      contains(key) {
        return cat.has(key);
      },
    };
    return api;
  },
};
