import { ERROR_CODES } from '@shahrnet/core';
import { z } from 'zod';

/**
 * Schemas shared by several route files: the error body, labels and partial dates. Each is registered
 * in zod's global registry with an id, so the OpenAPI document references it once under
 * `components.schemas` and the web client gets one named type.
 */
const errorCodes = Object.keys(ERROR_CODES) as [keyof typeof ERROR_CODES, ...(keyof typeof ERROR_CODES)[]];

/** One problem in an error: where (source/line/path) and what. */
export const errorDetailSchema = z
  .object({
    source: z.string().optional(),
    line: z.number().int().optional(),
    path: z.array(z.union([z.string(), z.number()])).optional(),
    message: z.string(),
  })
  .meta({ id: 'ErrorDetail' });

/** The one error body of every endpoint. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      details: z.array(errorDetailSchema),
    }),
  })
  .meta({ id: 'Error' });

/**
 * Response entries for the error statuses a route can produce, for the OpenAPI document
 * (`...errorResponses(401, 403)`). 400 and 500 are included for every route.
 */
export function errorResponses<S extends number>(...statuses: S[]): Record<S | 400 | 500, typeof errorSchema> {
  const out = {} as Record<S | 400 | 500, typeof errorSchema>;
  for (const s of [400, 500, ...statuses] as (S | 400 | 500)[]) out[s] = errorSchema;
  return out;
}

/** Labels in Persian and English. */
export const labelsSchema = z.object({ fa: z.string().optional(), en: z.string().optional() }).meta({ id: 'Labels' });

/** A date with its precision and the calendar it was stated in; `value` is always Gregorian ISO. */
export const partialDateSchema = z
  .object({
    value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    precision: z.enum(['year', 'month', 'day']),
    calendar: z.enum(['gregorian', 'jalali']),
  })
  .meta({ id: 'PartialDate' });

/** A date as accepted in inputs: `2023`, `2023-06`, `2023-06-20`, `jalali:1402`, `jalali:1402-09-10`. */
export const partialDateInputSchema = z
  .string()
  .regex(/^(jalali:)?\d{4}(-\d{2}(-\d{2})?)?$/, 'a date such as 2023, 2023-06, 2023-06-20 or jalali:1402-09-10')
  .meta({ id: 'DateString' });

/** A required reason for a change, recorded in the history. */
export const reasonSchema = z.string().trim().min(1, 'a reason is required').max(2000);

/** An id path parameter. */
export const idParamsSchema = z.object({ id: z.string().min(1).max(200) });
