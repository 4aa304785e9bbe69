// Types of docs-tables.mjs for the tests that import it.
export interface ManifestMember {
  name: string;
  description?: string;
}
export interface ManifestElement {
  tagName: string;
  summary?: string;
  attributes?: ManifestMember[];
  events?: ManifestMember[];
  slots?: ManifestMember[];
  cssParts?: ManifestMember[];
  cssProperties?: ManifestMember[];
  cssStates?: ManifestMember[];
}
export interface SdkExportGroup {
  module: string;
  values: string[];
  types: string[];
}
export const MANIFEST: string;
export const ELEMENTS_README: string;
export const SDK_README: string;
export const MEMBER_KINDS: [keyof ManifestElement, string][];
export function readElements(): ManifestElement[];
export function elementRows(
  element: ManifestElement,
): [kind: string, name: string, description: string][];
export function shownName(kind: string, name: string): string;
export function readSdkExports(): SdkExportGroup[];
export function fill(readme: string, blocks: Record<string, string>, file: string): string;
export function expectedReadmes(): [file: string, current: string, expected: string][];
