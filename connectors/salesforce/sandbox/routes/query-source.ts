// The org's state as the SOQL evaluator sees it (soql/source.ts): describe of every queryable object,
// records in Id order with the recycle bin on request, lookups by 15- or 18-character id.
import type { SalesforceSandboxState } from '../state/index.ts';
import type { QuerySource } from '../soql/source.ts';

export function stateQuerySource(state: SalesforceSandboxState): QuerySource {
  return {
    sobjectNames: () => state.schema.names().filter((name) => state.schema.get(name).queryable),
    describe: (sobject) => {
      const def = state.schema.resolve(sobject);
      return def?.queryable ? { name: def.name, fields: def.fields } : undefined;
    },
    rows: (sobject, options) => state.records.all(sobject, options),
    byId: (id, options) => state.records.get(id, options),
  };
}
