/*
 * Digit conversions between Persian, Arabic-Indic and ASCII digits. Length-preserving, so offsets into
 * the converted text stay valid.
 */

const TO_ASCII_RE = /[\u06F0-\u06F9\u0660-\u0669]/g;
const toAsciiChar = (c: string): string => {
  const code = c.charCodeAt(0);
  return String.fromCharCode(48 + (code >= 0x06f0 ? code - 0x06f0 : code - 0x0660));
};

/**
 * Persian (۰-۹) and Arabic-Indic (٠-٩) digits to ASCII; nothing else changes (length-preserving, so
 * offsets stay valid). `toAsciiDigits('۱۴۰۲/۰۹/۱۰') === '1402/09/10'`.
 */
export function toAsciiDigits(text: string): string {
  return text.replace(TO_ASCII_RE, toAsciiChar);
}

const TO_PERSIAN_RE = /[0-9\u0660-\u0669]/g;
const toPersianChar = (c: string): string => {
  const code = c.charCodeAt(0);
  return String.fromCharCode(0x06f0 + (code <= 57 ? code - 48 : code - 0x0660));
};

/** ASCII and Arabic-Indic digits to Persian (۰-۹); nothing else changes (length-preserving). */
export function toPersianDigits(text: string): string {
  return text.replace(TO_PERSIAN_RE, toPersianChar);
}
