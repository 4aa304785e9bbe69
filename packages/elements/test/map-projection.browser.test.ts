import { expect } from '@open-wc/testing';
import { INSETS, METRO, REGIONS, VIEW_BOX } from '../src/coalition-map/geo/france-regions.js';
import { invert, project } from '../src/coalition-map/geo/projection.js';
import { PLACES } from '../../../test/map/places.js';

const SVG = 'http://www.w3.org/2000/svg';

/** The base map as the browser draws it: one path per region, in the module's viewBox. */
function drawMap(): { svg: SVGSVGElement; paths: Map<string, SVGPathElement> } {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `${VIEW_BOX.x} ${VIEW_BOX.y} ${VIEW_BOX.w} ${VIEW_BOX.h}`);
  svg.setAttribute('width', '500');
  const paths = new Map<string, SVGPathElement>();
  for (const region of REGIONS) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', region.d);
    svg.append(path);
    paths.set(region.code, path);
  }
  document.body.append(svg);
  return { svg, paths };
}

describe('France base map in the browser', () => {
  let map: ReturnType<typeof drawMap>;
  beforeEach(() => {
    map = drawMap();
  });
  afterEach(() => map.svg.remove());

  it("parses every region's path data and draws it inside its frame", () => {
    for (const region of REGIONS) {
      const path = map.paths.get(region.code)!;
      expect(path.getTotalLength(), region.name).to.be.greaterThan(0);
      const box = (region.inset ? INSETS.find((i) => i.id === region.inset)! : METRO).box;
      const bbox = path.getBBox();
      expect(bbox.width * bbox.height, region.name).to.be.greaterThan(100);
      expect(bbox.x, region.name).to.be.at.least(box.x);
      expect(bbox.y, region.name).to.be.at.least(box.y);
      expect(bbox.x + bbox.width, region.name).to.be.at.most(box.x + box.w);
      expect(bbox.y + bbox.height, region.name).to.be.at.most(box.y + box.h);
    }
  });

  it('fills each inland town in its own region only, and no coastal town in another', () => {
    for (const place of PLACES) {
      const { x, y } = project(place.lat, place.lon)!;
      const filled = REGIONS.filter((r) =>
        map.paths.get(r.code)!.isPointInFill(new DOMPoint(x, y)),
      );
      const codes = filled.map((r) => r.code);
      if (place.coastal)
        expect(
          codes.filter((c) => c !== place.region),
          place.name,
        ).to.deep.equal([]);
      else expect(codes, place.name).to.deep.equal([place.region]);
    }
  });

  it('turns a click on a region back into a place in that region', () => {
    const paths = [...map.paths.entries()];
    for (const place of PLACES.filter((p) => !p.coastal)) {
      const { x, y } = project(place.lat, place.lon)!;
      const back = invert(x, y)!;
      expect(back.lat).to.be.closeTo(place.lat, 1e-9);
      expect(back.lon).to.be.closeTo(place.lon, 1e-9);
      const hit = paths.find(([, path]) => path.isPointInFill(new DOMPoint(x, y)));
      expect(hit?.[0], place.name).to.equal(place.region);
    }
  });
});
