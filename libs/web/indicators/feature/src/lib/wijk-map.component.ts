import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { ComparisonClass, WijkBoundaries } from '@wk/contracts';

const WIDTH = 560;
const HEIGHT = 420;

/** What the map shows of one wijk: its class (the colour) and the text of its tooltip. */
export interface MapValue {
  comparison: ComparisonClass | null;
  text: string;
}

type Feature = WijkBoundaries['features'][number];

/**
 * RFC 7946 rings run counter-clockwise; d3-geo works on the sphere and takes the other winding (otherwise a
 * polygon is read as the whole globe minus the wijk). Turned here, once.
 */
function rewound(feature: Feature): Feature {
  const ring = (r: [number, number][]) => [...r].reverse();
  const g = feature.geometry;
  const coordinates =
    g.type === 'Polygon'
      ? (g.coordinates as [number, number][][]).map(ring)
      : (g.coordinates as [number, number][][][]).map((polygon) => polygon.map(ring));
  return { ...feature, geometry: { type: g.type, coordinates } };
}

/**
 * The gemeente's wijken coloured by how they stand against the city on one indicator (d3-geo, no tiles). The map
 * is one image for assistive technology; the table beside it gives the same figures.
 */
@Component({
  selector: 'wk-wijk-map',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg class="wk-map" [attr.viewBox]="'0 0 ' + width + ' ' + height" role="img" [attr.aria-label]="label()" focusable="false">
      @for (area of areas(); track area.code) {
        <path [attr.d]="area.d" [attr.class]="'wk-map__area wk-map__area--' + area.comparison">
          <title>{{ area.title }}</title>
        </path>
      }
    </svg>
  `,
})
export class WijkMapComponent {
  readonly boundaries = input.required<WijkBoundaries>();
  /** Per CBS wijk code of the map: the class and the tooltip text. */
  readonly values = input.required<ReadonlyMap<string, MapValue>>();
  /** The map's text alternative. */
  readonly label = input.required<string>();
  /** Tooltip of a wijk without a figure. */
  readonly noFigure = input('');

  readonly width = WIDTH;
  readonly height = HEIGHT;

  readonly #features = computed(() => this.boundaries().features.map(rewound));

  readonly areas = computed(() => {
    const features = this.#features();
    if (!features.length) return [];
    const collection = { type: 'FeatureCollection', features } as unknown as GeoPermissibleObjects;
    const projection = geoMercator().fitSize([WIDTH, HEIGHT], collection);
    const path = geoPath(projection);
    const values = this.values();
    return features.map((f) => {
      const value = values.get(f.properties.code);
      return {
        code: f.properties.code,
        d: path(f as unknown as GeoPermissibleObjects) ?? '',
        comparison: value?.comparison ?? 'none',
        title: `${f.properties.name}: ${value?.text ?? this.noFigure()}`,
      };
    });
  });
}
