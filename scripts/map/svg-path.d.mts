export type Ring = readonly (readonly [number, number])[];
export declare function ringArea(ring: Ring): number;
export declare function polygonsPath(
  polygons: readonly (readonly Ring[])[],
  decimals: number,
): string;
export declare const PACKED_RANGE: number;
export declare function packedPath(polygons: readonly (readonly Ring[])[]): string;
