import { useCallback, useState } from 'react';
import { readStored, writeStored } from '../../../app/browser-storage.util';
import { parseSavedViews, removeView, saveView, serialiseSavedViews, SAVED_VIEWS_STORAGE_KEY, type SaveViewResult, type SavedView } from '../saved-views.util';

let counter = 0;
const newId = () => `${Date.now().toString(36)}-${(counter++).toString(36)}`;

export function useSavedViews(): { views: SavedView[]; save: (name: string, query: string) => SaveViewResult; remove: (id: string) => void } {
  const [views, setViews] = useState<SavedView[]>(() => parseSavedViews(readStored(SAVED_VIEWS_STORAGE_KEY)));
  const save = useCallback(
    (name: string, query: string) => {
      const result = saveView(views, name, query, newId);
      if (result.ok) {
        setViews(result.views);
        writeStored(SAVED_VIEWS_STORAGE_KEY, serialiseSavedViews(result.views));
      }
      return result;
    },
    [views],
  );
  const remove = useCallback(
    (id: string) => {
      const next = removeView(views, id);
      setViews(next);
      writeStored(SAVED_VIEWS_STORAGE_KEY, serialiseSavedViews(next));
    },
    [views],
  );
  return { views, save, remove };
}
