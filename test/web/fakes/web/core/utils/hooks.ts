/** Fake `@web/core/utils/hooks`: useService reads env.services like Odoo's. */
import { useEnv } from "@odoo/owl";

export function useService<T = unknown>(name: string): T {
  const env = useEnv() as { services: Record<string, unknown> };
  const s = env.services[name];
  if (!s) throw new Error(`Service ${name} is not available`);
  return s as T;
}
