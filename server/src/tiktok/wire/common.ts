import { z } from 'zod';

/**
 * Building blocks for TikTok wire schemas. Every response field is optional (TikTok omits empty
 * fields and the official SDK models them all as optional) and unknown fields are kept, so a new
 * field never breaks parsing while a changed type of a known field is caught.
 */
export function wireObject<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.looseObject(shape).partial();
}

/**
 * A wire object whose unknown fields are dropped rather than copied: only for the orders of Search
 * Orders and Get Order Detail. A sync parses a thousand 400 KB pages per 100k orders, copying unknown
 * keys made that 2.5× slower (measured), and the hub stores only the order fields it knows.
 */
export function leanWireObject<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.object(shape).partial();
}

/** IDs are digit strings, some beyond 2^53, some not numeric at all: never numbers. */
export const id = z.string();
/** Money is a decimal string ("5000", "21.3", "-30"); never parsed to a float here. */
export const money = z.string();
/** Unix seconds. */
export const unixSeconds = z.number();
export const str = z.string();
export const int = z.number();
export const bool = z.boolean();

/**
 * A string enum that stays open: TikTok adds values without a version bump (API.md §13 notes), so
 * unknown values pass and the type still offers the known ones.
 */
export function openEnum<const Values extends readonly string[]>(_values: Values) {
  return z.string() as unknown as z.ZodType<Values[number] | (string & {}), string>;
}

/** A count that sources send as a number or as a digit string (`quantity`, `max_count`). */
export const intLike = z.union([
  z.number().int(),
  z
    .string()
    .regex(/^\s*-?\d+\s*$/)
    .transform((value) => Number(value.trim())),
]);

/** A number that some samples send as a string (delivery option limits, `expiration_time`). */
export const numberLike = z.union([
  z.number(),
  z
    .string()
    .regex(/^\s*-?\d+(\.\d+)?\s*$/)
    .transform((value) => Number(value.trim())),
]);

/** A boolean that the docs once send as `"true "` (Search Returns `is_combined_return`). */
export const boolLike = z.union([
  z.boolean(),
  z
    .string()
    .regex(/^\s*(true|false)\s*$/i)
    .transform((value) => value.trim().toLowerCase() === 'true'),
]);

/** Write endpoints with nothing to return answer `"data": {}`. */
export const emptyDataSchema = wireObject({});
export type EmptyData = z.infer<typeof emptyDataSchema>;

/** One failed item inside a successful batch response (`code: 0` with `data.errors[]`). */
export const batchErrorSchema = wireObject({
  code: int,
  message: str,
  detail: wireObject({
    package_id: id,
    sku_id: id,
    product_id: id,
    order_id: id,
    extra_errors: z.array(wireObject({ code: int, message: str, warehouse_id: id })),
  }),
});
export type BatchError = z.infer<typeof batchErrorSchema>;

/**
 * The envelope around every Open API and token response. Live errors come with `data: null` or no
 * `data` key at all (samples/errors).
 */
export const envelopeSchema = z.looseObject({
  code: z.number(),
  message: z.string().optional(),
  request_id: z.string().optional(),
  data: z.unknown().optional(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/** A full successful response with a typed `data`; used to check stored wire samples. */
export function envelopeOf<Data extends z.ZodType>(data: Data) {
  return envelopeSchema.extend({ data });
}

/** Paged responses carry an opaque cursor; empty or missing means last page. */
export interface Paged {
  next_page_token?: string;
  total_count?: number;
}

/** Query parameters of every cursor-paged endpoint. */
export interface PageQuery {
  page_size: number;
  page_token?: string;
}

const shippingAddressShape = (object: typeof wireObject) => ({
  name: str,
  first_name: str,
  last_name: str,
  first_name_local_script: str,
  last_name_local_script: str,
  phone_number: str,
  full_address: str,
  address_detail: str,
  address_line1: str,
  address_line2: str,
  address_line3: str,
  address_line4: str,
  postal_code: str,
  region_code: str,
  post_town: str,
  district_info: z.array(object({ address_level: str, address_level_name: str, address_name: str })),
  delivery_preferences: object({ drop_off_location: str }),
});
export const shippingAddressSchema = wireObject(shippingAddressShape(wireObject));
/** The same address inside an order (see `leanWireObject`). */
export const orderAddressSchema = leanWireObject(shippingAddressShape(leanWireObject));
export type ShippingAddress = z.infer<typeof shippingAddressSchema>;

export const imageSchema = wireObject({ url: str, width: int, height: int });

/** Package weight/dimensions are decimal strings (a unit leaked into `height` in one doc sample). */
export const weightSchema = wireObject({ value: str, unit: openEnum(['GRAM', 'POUND']) });
export const dimensionSchema = wireObject({
  length: str,
  width: str,
  height: str,
  unit: openEnum(['CM', 'INCH']),
});
export interface Weight {
  value: string;
  unit: 'GRAM' | 'POUND' | (string & {});
}
export interface Dimension {
  length: string;
  width: string;
  height: string;
  unit: 'CM' | 'INCH' | (string & {});
}
