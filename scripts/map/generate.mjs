// Generates packages/elements/src/coalition-map/geo/france-regions.ts: the 18 French regions as
// SVG path data, projected, dissolved from départements and simplified here, at build time, so
// that the widget ships neither geodata nor d3. Run by hand: `node scripts/map/generate.mjs`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import topojsonClient from 'topojson-client';
import topojsonServer from 'topojson-server';
import topojsonSimplify from 'topojson-simplify';
import { buildFrames, conic, rewind } from './frames.mjs';
import { MIN_RING_AREA, SIMPLIFY_MIN_AREA, VIEW_BOX } from './layout.mjs';
import { REGIONS, departementCode } from './regions.mjs';
import { SOURCE, loadSource } from './source.mjs';
import { packedShapes, ringArea } from './svg-path.mjs';

const OUTPUT = fileURLToPath(
  new URL('../../packages/elements/src/coalition-map/geo/france-regions.ts', import.meta.url),
);

/** Source features grouped by region code, every département accounted for exactly once. */
function departementsByRegion(source) {
  const regionOf = new Map(REGIONS.flatMap((r) => r.departements.map((d) => [d, r.code])));
  const byRegion = new Map(REGIONS.map((r) => [r.code, []]));
  const seen = new Set();
  for (const feature of source.features) {
    const code = departementCode(feature.properties);
    const region = regionOf.get(code);
    if (!region) throw new Error(`Département ${code} (${feature.properties.name}) has no region`);
    if (seen.has(code)) throw new Error(`Département ${code} appears twice`);
    seen.add(code);
    byRegion
      .get(region)
      .push({ type: 'Feature', id: code, properties: {}, geometry: rewind(feature.geometry) });
  }
  const missing = [...regionOf.keys()].filter((code) => !seen.has(code));
  if (missing.length)
    throw new Error(`Départements missing from the source: ${missing.join(', ')}`);
  return byRegion;
}

const collection = (features) => ({ type: 'FeatureCollection', features });

function projectGeometry(geometry, projection) {
  const ring = (points) => points.map((point) => projection(point));
  if (geometry.type === 'Polygon')
    return { type: 'Polygon', coordinates: geometry.coordinates.map(ring) };
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((rings) => rings.map(ring)),
  };
}

/** Simplified region outlines: départements share arcs, so borders stay shared once simplified. */
function regionPolygons(projected) {
  // Quantized to a hundredth of a unit: the source repeats shared vertices with different last digits.
  const topology = topojsonServer.topology({ departements: collection(projected) }, 1e5);
  const simplified = topojsonSimplify.simplify(
    topojsonSimplify.presimplify(topology),
    SIMPLIFY_MIN_AREA,
  );
  const geometries = simplified.objects.departements.geometries;
  return new Map(
    REGIONS.map(({ code }) => {
      const merged = topojsonClient.merge(
        simplified,
        geometries.filter((g) => g.properties.region === code),
      );
      const polygons = merged.coordinates
        .map((rings) => rings.filter((ring) => Math.abs(ringArea(ring)) >= MIN_RING_AREA))
        .filter((rings) => rings.length > 0);
      return [code, polygons];
    }),
  );
}

/** A region as TypeScript: its path data read from the arcs when the module loads. */
function regionLiteral({ rings, ...region }) {
  const fields = Object.entries(region).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `{${fields.join(',')}, d: arcsPath(ARCS, ${JSON.stringify(rings)})}`;
}

function frameLiteral({ id, name, nameEn, box, bounds, projection }) {
  return { id, name, nameEn, box, bounds, projection };
}

async function main() {
  const byRegion = departementsByRegion(loadSource());
  const metroLand = collection(
    REGIONS.filter((r) => !r.inset).flatMap((r) => byRegion.get(r.code)),
  );
  const insetRegions = REGIONS.filter((r) => r.inset);
  const frames = buildFrames(
    metroLand,
    insetRegions.map((r) => ({
      id: r.inset,
      name: r.name,
      nameEn: r.nameEn,
      land: collection(byRegion.get(r.code)),
    })),
  );
  const frameOf = (region) => frames.find((f) => f.id === (region.inset ?? 'metropole'));

  const projected = REGIONS.flatMap((region) => {
    const projection = conic(frameOf(region).projection);
    return byRegion.get(region.code).map((feature) => ({
      ...feature,
      properties: { region: region.code },
      geometry: projectGeometry(feature.geometry, projection),
    }));
  });
  const polygons = regionPolygons(projected);
  const packed = packedShapes(REGIONS.map(({ code }) => polygons.get(code)));
  const regions = REGIONS.map(({ code, name, nameEn, inset }, i) => ({
    code,
    name,
    nameEn,
    rings: packed.rings[i],
    ...(inset ? { inset } : {}),
  }));
  for (const region of regions) {
    if (!region.rings)
      throw new Error(`Region ${region.code} has no path left after simplification`);
  }

  const [metro, ...insets] = frames.map(frameLiteral);
  const source = `// Generated by \`node scripts/map/generate.mjs\`: do not edit, change scripts/map/ and run it again.
// Source: ${SOURCE.dataset}, from the npm package ${SOURCE.package}@${SOURCE.version} (${SOURCE.file}).
// Projected with d3-geo's geoConicConformal, dissolved by region, simplified in viewBox units
// (Visvalingam, ${SIMPLIFY_MIN_AREA} square units), rounded to integers, packed: each border
// once, as an arc, and each region as its arcs (see packed-path.ts).
import { arcsPath, unpackArcs } from './packed-path.js';
import type { Box, Frame, Region } from './types.js';

export const VIEW_BOX: Box = ${JSON.stringify(VIEW_BOX)};

/** Credit to show on the map (Natural Earth is public domain; the credit is asked, not required). */
export const ATTRIBUTION = {
  fr: 'Fond de carte : Natural Earth',
  en: 'Base map: Natural Earth',
  url: 'https://www.naturalearthdata.com/',
} as const;

/** Metropolitan France with Corsica. */
export const METRO: Frame = ${JSON.stringify(metro)};

/** The overseas regions' insets, top to bottom. */
export const INSETS: readonly Frame[] = ${JSON.stringify(insets)};

/** The borders and coasts, each once: the lines between the points where borders meet. */
const ARCS = unpackArcs(${JSON.stringify(packed.arcs)});

/** The 18 regions, metropolitan first, then overseas, each in INSEE code order. */
export const REGIONS: readonly Region[] = [${regions.map(regionLiteral).join(',')}];
`;
  const options = (await prettier.resolveConfig(OUTPUT)) ?? {};
  writeFileSync(OUTPUT, await prettier.format(source, { ...options, filepath: OUTPUT }));
  console.error(
    `Wrote ${OUTPUT} (${packed.arcs.length} characters of packed arcs, ${regions.reduce((n, r) => n + r.rings.length, 0)} of rings)`,
  );
}

await main();
