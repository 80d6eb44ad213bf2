import { describe, expect, it } from 'vitest';
import { PropertyCatalog } from '../../../../connectors/hubspot/sandbox/state/property-catalog.ts';
import { OwnerDirectory } from '../../../../connectors/hubspot/sandbox/state/owners.ts';
import { PipelineCatalog } from '../../../../connectors/hubspot/sandbox/state/pipelines.ts';

const now = Date.UTC(2026, 0, 5);

function linkedCatalog() {
  const properties = new PropertyCatalog();
  const owners = new OwnerDirectory();
  const pipelines = new PipelineCatalog();
  properties.linkOwnersAndPipelines(owners, pipelines);
  const rep = owners.add({ email: 'rep@demo.example', firstName: 'Rae', lastName: 'Rep' });
  return { properties, owners, pipelines, rep };
}

describe('PropertyCatalog defaults', () => {
  it('knows the same object by plural name, singular and type id', () => {
    const catalog = new PropertyCatalog();
    expect(catalog.has('contacts', 'email')).toBe(true);
    expect(catalog.has('contact', 'email')).toBe(true);
    expect(catalog.has('0-1', 'email')).toBe(true);
    expect(catalog.has('0-2', 'domain')).toBe(true);
    expect(catalog.has('tickets', 'email')).toBe(false);
  });

  it('defines lifecyclestage with HubSpot\'s eight stages as enumeration options', () => {
    const stage = new PropertyCatalog().get('contacts', 'lifecyclestage')!;
    expect(stage.type).toBe('enumeration');
    expect(stage.hubspotDefined).toBe(true);
    expect(stage.options.map((o) => o.value)).toEqual([
      'subscriber', 'lead', 'marketingqualifiedlead', 'salesqualifiedlead', 'opportunity', 'customer', 'evangelist', 'other',
    ]);
  });

  it('marks HubSpot-maintained values such as hs_object_id and createdate read-only', () => {
    const catalog = new PropertyCatalog();
    expect(catalog.get('contacts', 'hs_object_id')?.modificationMetadata.readOnlyValue).toBe(true);
    expect(catalog.get('deals', 'createdate')?.modificationMetadata.readOnlyValue).toBe(true);
    expect(catalog.get('contacts', 'email')?.modificationMetadata.readOnlyValue).toBe(false);
  });

  it('gives every object its own created and modified property names', () => {
    const catalog = new PropertyCatalog();
    expect(catalog.has('contacts', 'lastmodifieddate')).toBe(true);
    expect(catalog.has('companies', 'hs_lastmodifieddate')).toBe(true);
    expect(catalog.has('tasks', 'hs_createdate')).toBe(true);
    expect(catalog.has('notes', 'hs_note_body')).toBe(true);
    expect(catalog.has('meetings', 'hs_meeting_outcome')).toBe(true);
  });
});

describe('PropertyCatalog.validateValues', () => {
  it('accepts well-formed values of every type, and null or "" to clear', () => {
    const { properties, rep } = linkedCatalog();
    expect(properties.validateValues('contacts', {
      email: 'a@b.example', lifecyclestage: 'lead', hs_lead_status: 'NEW', hubspot_owner_id: rep.id, firstname: null, phone: '',
    })).toEqual([]);
    expect(properties.validateValues('deals', {
      amount: '1250.50', closedate: '2026-03-31T00:00:00.000Z', pipeline: 'default', dealstage: 'qualifiedtobuy',
    })).toEqual([]);
    expect(properties.validateValues('deals', { closedate: '1767225600000' })).toEqual([]);
  });

  it('names each bad value with HubSpot\'s error code', () => {
    const { properties } = linkedCatalog();
    const issues = properties.validateValues('contacts', {
      favourite_colour: 'teal', lifecyclestage: 'prospect', hs_object_id: '5', hubspot_owner_id: '999', createdate: '2026-01-01',
    });
    expect(issues.map((i) => [i.name, i.code])).toEqual([
      ['favourite_colour', 'PROPERTY_DOESNT_EXIST'],
      ['lifecyclestage', 'INVALID_OPTION'],
      ['hs_object_id', 'READ_ONLY_VALUE'],
      ['hubspot_owner_id', 'INVALID_OWNER_ID'],
      ['createdate', 'READ_ONLY_VALUE'],
    ]);
  });

  it('refuses numbers, dates and booleans that do not parse', () => {
    const catalog = new PropertyCatalog();
    catalog.create('deals', { name: 'renewal_date', label: 'Renewal date', type: 'date', fieldType: 'date', groupName: 'dealinformation' }, now);
    catalog.create('deals', { name: 'is_strategic', label: 'Strategic', type: 'bool', fieldType: 'booleancheckbox', groupName: 'dealinformation' }, now);
    const codes = (values: Record<string, string>) => catalog.validateValues('deals', values).map((i) => i.code);
    expect(codes({ amount: 'ten' })).toEqual(['INVALID_INTEGER']);
    expect(codes({ amount: '10,5' })).toEqual(['INVALID_DECIMAL']);
    expect(codes({ closedate: 'next friday' })).toEqual(['INVALID_DATE']);
    expect(codes({ renewal_date: String(Date.UTC(2026, 5, 1, 10, 20)) })).toEqual(['INVALID_DATE']);
    expect(codes({ renewal_date: String(Date.UTC(2026, 5, 1)) })).toEqual([]);
    expect(codes({ is_strategic: 'yes' })).toEqual(['INVALID_BOOLEAN']);
    expect(codes({ is_strategic: 'true' })).toEqual([]);
  });

  it('checks dealstage against the named pipeline, or any pipeline when none is named', () => {
    const { properties, pipelines } = linkedCatalog();
    const created = pipelines.createPipeline('deals', {
      label: 'Renewals', displayOrder: 1, stages: [{ label: 'Up for renewal', displayOrder: 0, metadata: { probability: '0.5' } }],
    }, now);
    if (!created.ok) throw new Error(created.message);
    const renewalStage = created.value.stages[0]!.id;
    expect(properties.validateValues('deals', { pipeline: created.value.id, dealstage: renewalStage })).toEqual([]);
    expect(properties.validateValues('deals', { dealstage: renewalStage })).toEqual([]);
    expect(properties.validateValues('deals', { pipeline: 'default', dealstage: renewalStage }).map((i) => i.code)).toEqual(['INVALID_OPTION']);
    expect(properties.validateValues('deals', { pipeline: 'no-such-pipeline' }).map((i) => i.code)).toEqual(['INVALID_OPTION']);
  });

  it('splits multi-select (checkbox) values on semicolons', () => {
    const catalog = new PropertyCatalog();
    catalog.create('contacts', {
      name: 'interests', label: 'Interests', type: 'enumeration', fieldType: 'checkbox', groupName: 'contactinformation',
      options: [{ label: 'CRM', value: 'crm', hidden: false }, { label: 'Email', value: 'email', hidden: false }],
    }, now);
    expect(catalog.validateValues('contacts', { interests: 'crm;email' })).toEqual([]);
    expect(catalog.validateValues('contacts', { interests: 'crm;fax' }).map((i) => i.code)).toEqual(['INVALID_OPTION']);
  });
});

describe('PropertyCatalog custom properties', () => {
  it('creates, refuses the same name again, archives and lists archived ones apart', () => {
    const catalog = new PropertyCatalog();
    const input = { name: 'lead_score_ai', label: 'Lead score (AI)', type: 'number', fieldType: 'number', groupName: 'contactinformation' } as const;
    expect(catalog.create('contacts', input, now)).toMatchObject({ ok: true, property: { hubspotDefined: false, createdAt: now } });
    expect(catalog.create('contacts', input, now)).toMatchObject({ ok: false, problem: 'conflict' });
    expect(catalog.archive('contacts', 'lead_score_ai', now + 1)).toMatchObject({ ok: true });
    expect(catalog.has('contacts', 'lead_score_ai')).toBe(false);
    expect(catalog.list('contacts', { archived: true }).map((p) => p.name)).toEqual(['lead_score_ai']);
    expect(catalog.create('contacts', input, now)).toMatchObject({ ok: false, problem: 'conflict' });
  });

  it('lists unique-value properties and caps them at ten per object', () => {
    const catalog = new PropertyCatalog();
    for (let i = 0; i < 10; i += 1) {
      catalog.create('companies', { name: `ext_id_${i}`, label: `External id ${i}`, type: 'string', fieldType: 'text', groupName: 'companyinformation', hasUniqueValue: true }, now);
    }
    expect(catalog.uniqueProperties('companies')).toHaveLength(10);
    const eleventh = catalog.create('companies', { name: 'ext_id_x', label: 'x', type: 'string', fieldType: 'text', groupName: 'companyinformation', hasUniqueValue: true }, now);
    expect(eleventh).toMatchObject({ ok: false, problem: 'invalid' });
  });

  it('refuses reserved or malformed names, unknown groups and mismatched field types', () => {
    const catalog = new PropertyCatalog();
    const base = { label: 'x', type: 'string', fieldType: 'text', groupName: 'contactinformation' } as const;
    expect(catalog.create('contacts', { ...base, name: 'hs_mine' }, now)).toMatchObject({ ok: false, problem: 'invalid' });
    expect(catalog.create('contacts', { ...base, name: 'Score' }, now)).toMatchObject({ ok: false, problem: 'invalid' });
    expect(catalog.create('contacts', { ...base, name: 'score', groupName: 'nope' }, now)).toMatchObject({ ok: false, problem: 'invalid' });
    expect(catalog.create('contacts', { ...base, name: 'score', fieldType: 'select' }, now)).toMatchObject({ ok: false, problem: 'invalid' });
  });

  it('keeps HubSpot-defined definitions fixed', () => {
    const catalog = new PropertyCatalog();
    expect(catalog.update('contacts', 'email', { label: 'E-mail' }, now)).toMatchObject({ ok: false, problem: 'read_only' });
    expect(catalog.archive('contacts', 'email', now)).toMatchObject({ ok: false, problem: 'read_only' });
  });

  it('snapshots only custom properties and resets to the defaults', () => {
    const catalog = new PropertyCatalog();
    catalog.create('deals', { name: 'arr', label: 'ARR', type: 'number', fieldType: 'number', groupName: 'dealinformation' }, now);
    expect(catalog.snapshot().deals?.map((p) => p.name)).toEqual(['arr']);
    catalog.reset();
    expect(catalog.snapshot().deals).toEqual([]);
    expect(catalog.has('deals', 'dealname')).toBe(true);
  });
});
