import type { Migration } from './migration.ts';

// One row links a record in one system to its twin in another. The pair is stored in a fixed
// order (system_a < system_b) so each link exists once, and each side is unique: a record has at
// most one twin per other system.
export const createIdLinks: Migration = {
  version: 3,
  name: 'create cross-system id links',
  up: `
    CREATE TABLE id_links (
      tenant_id TEXT NOT NULL REFERENCES tenants (id),
      object_type TEXT NOT NULL,
      system_a TEXT NOT NULL,
      id_a TEXT NOT NULL,
      system_b TEXT NOT NULL,
      id_b TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (system_a < system_b),
      PRIMARY KEY (tenant_id, object_type, system_a, id_a, system_b),
      CONSTRAINT id_links_side_b_unique UNIQUE (tenant_id, object_type, system_b, id_b, system_a)
    );
  `,
};
