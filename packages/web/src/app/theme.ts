import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A deep teal-blue: calm, readable on white, and distinct from the link blue of news sites.
const shahr: MantineColorsTuple = [
  '#e6f6f8',
  '#d3eaee',
  '#a8d3db',
  '#79bbc7',
  '#53a7b6',
  '#3a9aac',
  '#2b93a7',
  '#1b7f92',
  '#0b7183',
  '#006273',
];

const fontFamily = 'Vazirmatn, "Segoe UI", system-ui, -apple-system, sans-serif';

/**
 * The Mantine theme. Vazirmatn covers both Persian and Latin, so one font serves both languages and
 * mixed text keeps one rhythm; line height is a little taller than Mantine's default because Persian
 * glyphs have deep descenders that otherwise get clipped in inputs and badges.
 */
export const theme = createTheme({
  primaryColor: 'shahr',
  colors: { shahr },
  primaryShade: 8,
  fontFamily,
  headings: { fontFamily, fontWeight: '700' },
  lineHeights: { xs: '1.6', sm: '1.65', md: '1.7', lg: '1.7', xl: '1.7' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
});
