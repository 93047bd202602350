// Harness stand-in for Odoo's @web/core/utils/hooks: useService reads env.services like Odoo's.
import { useEnv } from "@odoo/owl";

export function useService(name) {
  const service = useEnv().services[name];
  if (!service) throw new Error(`Service ${name} is not available`);
  return service;
}
