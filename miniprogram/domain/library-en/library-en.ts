// The library-en subpackage (app.json root domain/library-en): the English of every comparison cell, under a key of
// its Chinese, and of the library's own strings, which a Chinese reader never needs (the rows' English is
// domain/steps-en's and domain/facts-en's, with what a plan says to prepare).
// loadLibrary (platform/subpackages.ts) loads it beside the library when the reader's language is English; until it
// is there, or if it fails, they read in Chinese. This file is the package's one door.
export { LIBRARY_EN } from './strings';
import { COMPARISON_TABLE_EN } from './comparison-table';

/** The English of every comparison cell, under a key of its Chinese. */
export const LIBRARY_TEXTS_EN: Readonly<Record<string, string>> = COMPARISON_TABLE_EN;
