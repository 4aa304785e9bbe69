export type Ring = readonly (readonly [number, number])[];
export declare function ringArea(ring: Ring): number;
export declare function polygonsPath(
  polygons: readonly (readonly Ring[])[],
  decimals: number,
): string;
export declare const PACKED_RANGE: number;
/** Several shapes (each polygons of rings) packed, each shared border once: `geo/packed-path.ts` reads them. */
export declare function packedShapes(shapes: readonly (readonly (readonly Ring[])[])[]): {
  arcs: string;
  rings: string[];
};
