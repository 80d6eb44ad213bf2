// User, Task and Event describe metadata (standard fields).
// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_user.htm
// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_task.htm
// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_event.htm
import { field, picklist, reference } from './field-def.ts';
import type { FieldDef } from './field-def.ts';
import { ownerField, sobjectDef, systemFields } from './sobject-def.ts';
import type { SObjectDef } from './sobject-def.ts';
import { ACTIVITY_TYPES, EVENT_SUBTYPES, SHOW_AS, TASK_PRIORITIES, TASK_STATUSES, TASK_SUBTYPES } from './picklists.ts';

/** The Time Zone picklist (a subset of Salesforce's IANA zones: those the demo's owners use, and GMT). */
const TIME_ZONES = [
  'America/Los_Angeles', 'America/Denver', 'America/Vancouver', 'America/Chicago', 'America/New_York', 'America/Toronto',
  'Europe/London', 'Europe/Amsterdam', 'Europe/Berlin', 'Europe/Paris', 'Asia/Singapore', 'Asia/Tokyo', 'Australia/Sydney', 'GMT',
];

/** Users have no recycle bin: they are deactivated, never deleted. */
export function userDef(): SObjectDef {
  return sobjectDef('User', { label: 'User', labelPlural: 'Users' }, [
    ...systemFields({ recycleBin: false }),
    field('Username', 'string', { length: 80, required: true, unique: true, idLookup: true }),
    field('LastName', 'string', { length: 80, required: true }),
    field('FirstName', 'string', { length: 40 }),
    field('Name', 'string', { label: 'Full Name', length: 121, readOnly: true, nameField: true, nillable: false }),
    field('Email', 'email', { length: 128, required: true }),
    field('Alias', 'string', { length: 8, required: true }),
    field('Title', 'string', { length: 80 }),
    field('Department', 'string', { length: 80 }),
    field('CompanyName', 'string', { label: 'Company Name', length: 80 }),
    field('Phone', 'phone'),
    field('IsActive', 'boolean', { label: 'Active', defaultValue: true }),
    field('TimeZoneSidKey', 'picklist', { label: 'Time Zone', required: true, restrictedPicklist: true, picklistValues: picklist(TIME_ZONES) }),
    field('LocaleSidKey', 'picklist', { label: 'Locale', required: true, restrictedPicklist: true, picklistValues: picklist(['en_US', 'en_GB', 'de_DE', 'fr_FR']) }),
    field('EmailEncodingKey', 'picklist', { label: 'Email Encoding', required: true, restrictedPicklist: true, picklistValues: picklist(['UTF-8', 'ISO-8859-1']) }),
    field('LanguageLocaleKey', 'picklist', { label: 'Language', required: true, restrictedPicklist: true, picklistValues: picklist(['en_US', 'de', 'fr']) }),
    reference('ProfileId', ['Profile'], { label: 'Profile ID', required: true }),
    reference('UserRoleId', ['UserRole'], { label: 'Role ID' }),
    reference('ManagerId', ['User'], { label: 'Manager ID' }),
  ], { deletable: false, undeletable: false });
}

function activityFields(): FieldDef[] {
  return [
    ...systemFields(),
    reference('WhoId', ['Contact', 'Lead'], { label: 'Name ID' }),
    reference('WhatId', ['Account', 'Opportunity'], { label: 'Related To ID' }),
    field('Subject', 'string', { length: 255, nameField: true }),
    field('ActivityDate', 'date', { label: 'Due Date Only' }),
    field('Description', 'textarea', { length: 32000 }),
    reference('AccountId', ['Account'], { label: 'Account ID', readOnly: true }),
    field('Type', 'picklist', { picklistValues: picklist(ACTIVITY_TYPES) }),
    ownerField(['User']),
  ];
}

export function taskDef(): SObjectDef {
  return sobjectDef('Task', { label: 'Task', labelPlural: 'Tasks' }, [
    ...activityFields(),
    field('Status', 'picklist', {
      nillable: false, defaultedOnCreate: true, defaultValue: 'Not Started', restrictedPicklist: true, picklistValues: picklist(TASK_STATUSES, 'Not Started'),
    }),
    field('Priority', 'picklist', {
      nillable: false, defaultedOnCreate: true, defaultValue: 'Normal', restrictedPicklist: true, picklistValues: picklist(TASK_PRIORITIES, 'Normal'),
    }),
    field('IsHighPriority', 'boolean', { label: 'High Priority', readOnly: true }),
    field('IsClosed', 'boolean', { label: 'Closed', readOnly: true }),
    field('TaskSubtype', 'picklist', { label: 'Task Subtype', updateable: false, restrictedPicklist: true, picklistValues: picklist(TASK_SUBTYPES) }),
    field('CallDurationInSeconds', 'int', { label: 'Call Duration', digits: 8 }),
    field('CompletedDateTime', 'datetime', { label: 'Completed Date/Time', readOnly: true }),
  ]);
}

export function eventDef(): SObjectDef {
  return sobjectDef('Event', { label: 'Event', labelPlural: 'Events' }, [
    ...activityFields(),
    field('Location', 'string', { length: 255 }),
    field('IsAllDayEvent', 'boolean', { label: 'All-Day Event' }),
    field('ActivityDateTime', 'datetime', { label: 'Due Date Time' }),
    field('StartDateTime', 'datetime', { label: 'Start Date Time' }),
    field('EndDateTime', 'datetime', { label: 'End Date Time' }),
    field('DurationInMinutes', 'int', { label: 'Duration', digits: 8 }),
    field('ShowAs', 'picklist', { label: 'Show Time As', picklistValues: picklist(SHOW_AS, 'Busy') }),
    field('EventSubtype', 'picklist', { label: 'Event Subtype', updateable: false, restrictedPicklist: true, picklistValues: picklist(EVENT_SUBTYPES) }),
  ]);
}
