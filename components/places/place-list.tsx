import type { Place } from '@/lib/data/schema';
import { PlaceLabel } from '@/components/map/place-label';

interface PlaceListProps {
  places: readonly Place[];
  selectedPlaceId: string | null;
  onSelectPlace: (id: string) => void;
}

/** The places as a plain list of buttons: the map's stand-in where WebGL is unavailable. */
export function PlaceList({ places, selectedPlaceId, onSelectPlace }: PlaceListProps) {
  return (
    <ul className="place-list">
      {places.map((place) => (
        <li key={place.id}>
          <button type="button" className="place-marker" aria-pressed={place.id === selectedPlaceId} onClick={() => onSelectPlace(place.id)}>
            <PlaceLabel place={place} />
          </button>
        </li>
      ))}
    </ul>
  );
}
