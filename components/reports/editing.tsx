'use client';

import { createContext, useContext, type ReactNode } from 'react';

/**
 * What the reports need to offer corrections: whether this server writes, how many times each
 * event was corrected, and what to do once one has been (fetch the events again). Pages that do
 * not provide it show reports read-only.
 */
export interface Editing {
  editable: boolean;
  edits: Readonly<Record<string, number>>;
  onChanged: () => void;
}

const EditingContext = createContext<Editing>({ editable: false, edits: {}, onChanged: () => {} });

export function EditingProvider({ value, children }: { value: Editing; children: ReactNode }) {
  return <EditingContext.Provider value={value}>{children}</EditingContext.Provider>;
}

export const useEditing = () => useContext(EditingContext);
