/** Loading the shipped data and the open exports/imports (Popolo JSON, CSV). */
export * from './apply-records.js';
export * from './import-shipped-data.js';
export * from './shipped-mapping.js';
