/** Towns and public venues of the demo content, with approximate real coordinates. */
import type { Geo } from '../../../../sdk/src/index.js';
export declare const HDF = 'Hauts-de-France';
export declare const BZH = 'Bretagne';
export declare const IDF = '\u00CEle-de-France';
export interface Town {
  locality: string;
  postalCode: string;
  region: string;
  geo: Geo;
}
export declare const TOWNS: {
  readonly lille: Town;
  readonly loos: Town;
  readonly dunkerque: Town;
  readonly amiens: Town;
  readonly arras: Town;
  readonly valenciennes: Town;
  readonly boulogne: Town;
  readonly brest: Town;
  readonly plouzane: Town;
  readonly paris: Town;
};
export type TownId = keyof typeof TOWNS;
export declare const VENUES: {
  readonly hotelDeVilleLille: {
    name?: string | undefined;
    address?: string | undefined;
    locality?: string | undefined;
    postalCode?: string | undefined;
    region?: string | undefined;
    geo?:
      | {
          lat: number;
          lon: number;
        }
      | undefined;
  };
  readonly gareSaintSauveur: {
    name?: string | undefined;
    address?: string | undefined;
    locality?: string | undefined;
    postalCode?: string | undefined;
    region?: string | undefined;
    geo?:
      | {
          lat: number;
          lon: number;
        }
      | undefined;
  };
  readonly mres: {
    name?: string | undefined;
    address?: string | undefined;
    locality?: string | undefined;
    postalCode?: string | undefined;
    region?: string | undefined;
    geo?:
      | {
          lat: number;
          lon: number;
        }
      | undefined;
  };
  readonly base11_19: {
    name?: string | undefined;
    address?: string | undefined;
    locality?: string | undefined;
    postalCode?: string | undefined;
    region?: string | undefined;
    geo?:
      | {
          lat: number;
          lon: number;
        }
      | undefined;
  };
  readonly halleAuxSucres: {
    name?: string | undefined;
    address?: string | undefined;
    locality?: string | undefined;
    postalCode?: string | undefined;
    region?: string | undefined;
    geo?:
      | {
          lat: number;
          lon: number;
        }
      | undefined;
  };
  readonly hotelDeVilleAmiens: {
    name?: string | undefined;
    address?: string | undefined;
    locality?: string | undefined;
    postalCode?: string | undefined;
    region?: string | undefined;
    geo?:
      | {
          lat: number;
          lon: number;
        }
      | undefined;
  };
  readonly citadelleAmiens: {
    name?: string | undefined;
    address?: string | undefined;
    locality?: string | undefined;
    postalCode?: string | undefined;
    region?: string | undefined;
    geo?:
      | {
          lat: number;
          lon: number;
        }
      | undefined;
  };
  readonly hotelDeVilleArras: {
    name?: string | undefined;
    address?: string | undefined;
    locality?: string | undefined;
    postalCode?: string | undefined;
    region?: string | undefined;
    geo?:
      | {
          lat: number;
          lon: number;
        }
      | undefined;
  };
  readonly placeArmesValenciennes: {
    name?: string | undefined;
    address?: string | undefined;
    locality?: string | undefined;
    postalCode?: string | undefined;
    region?: string | undefined;
    geo?:
      | {
          lat: number;
          lon: number;
        }
      | undefined;
  };
  readonly nausicaa: {
    name?: string | undefined;
    address?: string | undefined;
    locality?: string | undefined;
    postalCode?: string | undefined;
    region?: string | undefined;
    geo?:
      | {
          lat: number;
          lon: number;
        }
      | undefined;
  };
  readonly capucins: {
    name?: string | undefined;
    address?: string | undefined;
    locality?: string | undefined;
    postalCode?: string | undefined;
    region?: string | undefined;
    geo?:
      | {
          lat: number;
          lon: number;
        }
      | undefined;
  };
  readonly carene: {
    name?: string | undefined;
    address?: string | undefined;
    locality?: string | undefined;
    postalCode?: string | undefined;
    region?: string | undefined;
    geo?:
      | {
          lat: number;
          lon: number;
        }
      | undefined;
  };
  readonly campusUbo: {
    name?: string | undefined;
    address?: string | undefined;
    locality?: string | undefined;
    postalCode?: string | undefined;
    region?: string | undefined;
    geo?:
      | {
          lat: number;
          lon: number;
        }
      | undefined;
  };
  readonly technopole: {
    name?: string | undefined;
    address?: string | undefined;
    locality?: string | undefined;
    postalCode?: string | undefined;
    region?: string | undefined;
    geo?:
      | {
          lat: number;
          lon: number;
        }
      | undefined;
  };
  readonly citeU: {
    name?: string | undefined;
    address?: string | undefined;
    locality?: string | undefined;
    postalCode?: string | undefined;
    region?: string | undefined;
    geo?:
      | {
          lat: number;
          lon: number;
        }
      | undefined;
  };
};
//# sourceMappingURL=places.d.ts.map
