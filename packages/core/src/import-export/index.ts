/** Loading the shipped data and the open exports/imports (Popolo JSON, CSV, QuickStatements, iCalendar). */
export * from './apply-records.js';
export * from './export-popolo.js';
export * from './import-popolo.js';
export * from './import-shipped-data.js';
export type * from './popolo.types.js';
export * from './registry-snapshot.js';
export * from './shipped-mapping.js';
export * from './export-csv.js';
export * from './export-icalendar.js';
export * from './export-quickstatements.js';
